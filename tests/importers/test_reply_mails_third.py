"""The third table of reply mails: headers, separators, device lines and footers of other
programs and countries, and her look-alikes. Her words stay exactly; theirs do not leak."""

from __future__ import annotations

import pytest
from reply_mails import REPLY_MAILS
from reply_mails_more import MORE_MAILS
from reply_mails_third import THIRD_MAILS, ThirdMail

from treffsicher.importers.quotes import clean_mail_body


@pytest.mark.parametrize("mail", THIRD_MAILS, ids=[m.case for m in THIRD_MAILS])
def test_reply_header_footer_and_device_line_do_not_leak(mail: ThirdMail) -> None:
    kept = clean_mail_body(mail.text)
    assert [leak for leak in mail.leaks if leak in kept] == []


@pytest.mark.parametrize("mail", THIRD_MAILS, ids=[m.case for m in THIRD_MAILS])
def test_her_words_stay_exactly(mail: ThirdMail) -> None:
    assert clean_mail_body(mail.text) == mail.her


def test_the_table_is_new_and_covers_both_languages() -> None:
    languages = [m.language for m in THIRD_MAILS]
    assert len(THIRD_MAILS) >= 80
    assert languages.count("de") >= 30
    assert languages.count("en") >= 30
    assert len({m.case for m in THIRD_MAILS}) == len(THIRD_MAILS)
    earlier = {m.body for m in REPLY_MAILS} | {m.body for m in MORE_MAILS}
    assert not {m.body for m in THIRD_MAILS} & earlier


def test_every_mail_has_something_to_keep_and_the_lookalikes_stay_whole() -> None:
    assert all(m.her.strip() for m in THIRD_MAILS)
    # Mails without a leak string are her own text only: the body is exactly hers.
    assert all(m.body == m.her for m in THIRD_MAILS if not m.leaks)
    # The leak strings are not in her text (else the test could not fail for them).
    assert all(leak not in m.her for m in THIRD_MAILS for leak in m.leaks)


# Her own lines near the new rules (a list's name, an app-like place, a dated block with
# a recipient but no address, a rule line followed by her text, a Polish-looking label,
# "our … wrote", a date-first line without an address): everything stays.
HER_OWN = [
    "Hi Raj,\n\nWelcome to the Potters mailing list\nwas the subject, nothing else.\n\nIsla",
    "Hi Raj,\n\nall packed.\n\nSent from Cornwall",
    "Hi Raj,\n\nall packed.\n\nSent with love from the studio",
    "Hallo Markus,\n\nDatum: 14.06.2025, 10:00 Uhr\nAn: alle Helferinnen\n\nLG Greta",
    "Hallo Markus,\n\nerster Teil.\n\n______________\n\nzweiter Teil.\n\nLG\nGreta",
    "Hallo Markus,\n\nOd: Montag bis Mittwoch\nDo: Abnahme\n\nLG Greta",
    "Hi Raj,\n\nOn Monday at 9:41 our driver wrote:\nlate again.\n\nIsla",
    "Hallo Markus,\n\nDi. 13.05.2025 um 9.41 kam die Lieferung.\n\nGruß\nGreta",
    "Hi Raj,\n\nFine. On the other hand, the glaze is late.\n\nIsla",
    "Hallo Markus,\n\nanmelden kannst du dich unter "
    "https://lists.example.org/mailman/listinfo/gartenfreunde, es lohnt sich.\n\nLG Greta",
]


@pytest.mark.parametrize("her", HER_OWN)
def test_her_own_lines_near_the_new_rules_stay(her: str) -> None:
    assert clean_mail_body(her) == her


def test_a_header_glued_to_her_sentence_is_split_off_and_goes() -> None:
    body = (
        "Fine. On Tue, 13 May 2025 at 09:41, Raj Patel <raj@patel-interiors.co.uk> wrote:\n"
        "> Shall we say Friday?"
    )
    assert clean_mail_body(body) == "Fine."


def test_an_underscore_rule_with_a_header_below_still_cuts() -> None:
    her = "Hi Raj,\n\nyes.\n\nIsla"
    body = (
        her + "\n\n______________________\nKimden: Raj Patel\nKonu: Tiles\n\nHi Isla,\nBest,\nRaj"
    )
    assert clean_mail_body(body) == her
