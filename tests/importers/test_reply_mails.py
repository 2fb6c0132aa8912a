"""Reply headers and signatures of many mail programs: her words stay, theirs go."""

from __future__ import annotations

import pytest
from reply_mails import REPLY_MAILS, ReplyMail

from treffsicher.importers.quotes import clean_mail_body


@pytest.mark.parametrize("mail", REPLY_MAILS, ids=[m.program for m in REPLY_MAILS])
def test_reply_header_and_signature_do_not_leak(mail: ReplyMail) -> None:
    kept = clean_mail_body(mail.body)
    assert [leak for leak in mail.leaks if leak in kept] == []


@pytest.mark.parametrize("mail", REPLY_MAILS, ids=[m.program for m in REPLY_MAILS])
def test_her_words_stay_exactly(mail: ReplyMail) -> None:
    assert clean_mail_body(mail.body) == mail.her


def test_the_table_covers_sixty_mails_in_both_languages() -> None:
    languages = [m.language for m in REPLY_MAILS]
    assert len(REPLY_MAILS) >= 60
    assert languages.count("de") >= 25
    assert languages.count("en") >= 25


# Her own text that looks like a header, a device line or a signature: it all stays.
LOOKALIKES = [
    "Moin Anna,\n\nbin gleich da\n\nJohanna",
    "Servus Anna,\n\npasst scho.\n\nServus\nJohanna",
    "Hallo Anna,\n\nich habe die Küche mit dem iPhone fotografiert, die Bilder kommen gleich."
    "\n\nLG Johanna",
    "Hi Anna,\n\nsent from the shop in a hurry, sorry! The rye is ready at four.\n\nBest,\n"
    "Morwenna",
    "Hallo Anna,\n\nvon Montag bis Freitag bin ich in der Werkstatt.\nAn den Wochenenden "
    "nicht.\n\nViele Grüße\nJohanna",
    "Hallo Anna,\n\nder Kunde meinte am Telefon:\nDas Holz ist zu hell.\n\nLG Johanna",
    "Hi Anna,\n\nthanks\nfor the lovely card, it made my whole week and the team loved it too."
    "\n\nLove\nMorwenna xx",
    "Hallo Anna,\n\ndanke dir.\n\nViele Grüße und bis bald\nJohanna\n\nPS: Die Maße stehen "
    "auf www.kellermann-holzbau.de/kuechen.",
    "Dear Anna,\n\nThe order is confirmed.\n\n- two loaves\n- six scones\n\nBest wishes\n"
    "Morwenna Pike",
    "Liebe Anna,\n\nbitte denk an die Muster.\nUnd an die Rechnung.\n\nBussi\nJohanna",
    "Hi Anna,\n\nsee you at the market!\n\nx",
    "Hallo Anna,\n\nDanke!\nDas hilft mir sehr, ich melde mich morgen bei dir.\n\nJohanna",
    "Hallo Anna,\n\nViel Erfolg morgen\nund toi toi toi\n\nDein Team Kellermann",
    "Hallo Anna,\n\nhier die Eckdaten:\nDatum: 14. Juni\nVon: 9 Uhr\nBis: 12 Uhr\nAn: "
    "der Werkbank\n\nLG Johanna",
    "Hallo Anna,\n\nVon meinem Handy aus habe ich es gestern gesendet.\n"
    "Diese Nachricht wurde gestern schon an alle gesendet.\n\nLG Johanna",
    "Hi Anna,\n\nthe order is in.\n\nSent from my desk, much easier than from my phone.",
    "Hi Anna,\n\nthe new mugs arrived.\nLovely stuff\nReally happy with them",
    "Hallo Anna,\n\ndie Lieferung kam heute.\nBestellung 4711\nalles vollständig",
    "Hallo Anna,\n\nanbei die Maße\nBreite 2,40 m\nHöhe 2,10 m\n\nJohanna",
    "Hallo Anna,\n\n---- Neue Preise ----\nEiche 80 €, Buche 60 €.\n\nGrüße\nJohanna",
]


@pytest.mark.parametrize("her", LOOKALIKES)
def test_lookalikes_of_her_own_stay(her: str) -> None:
    assert clean_mail_body(her) == her
