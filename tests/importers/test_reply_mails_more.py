"""The second table of reply mails: headers, quotes, footers and look-alikes the first
table does not vary. Her words stay exactly; the other person's words do not leak."""

from __future__ import annotations

import pytest
from reply_mails import REPLY_MAILS
from reply_mails_more import MORE_MAILS, MoreMail

from treffsicher.importers.quotes import clean_mail_body


@pytest.mark.parametrize("mail", MORE_MAILS, ids=[m.case for m in MORE_MAILS])
def test_reply_header_quote_and_footer_do_not_leak(mail: MoreMail) -> None:
    kept = clean_mail_body(mail.text)
    assert [leak for leak in mail.leaks if leak in kept] == []


@pytest.mark.parametrize("mail", MORE_MAILS, ids=[m.case for m in MORE_MAILS])
def test_her_words_stay_exactly(mail: MoreMail) -> None:
    assert clean_mail_body(mail.text) == mail.her


def test_the_table_is_new_and_covers_fifty_mails_in_both_languages() -> None:
    languages = [m.language for m in MORE_MAILS]
    assert len(MORE_MAILS) >= 50
    assert languages.count("de") >= 20
    assert languages.count("en") >= 20
    assert len({m.case for m in MORE_MAILS}) == len(MORE_MAILS)
    assert not {m.body for m in MORE_MAILS} & {m.body for m in REPLY_MAILS}


def test_every_mail_has_something_to_keep_and_the_lookalikes_stay_whole() -> None:
    assert all(m.her.strip() for m in MORE_MAILS)
    # Mails without a leak string are her own text only: the body is exactly hers.
    assert all(m.body == m.her for m in MORE_MAILS if not m.leaks)
    # The leak strings are not in her text (else the test could not fail for them).
    assert all(leak not in m.her for m in MORE_MAILS for leak in m.leaks)


# Her own lines near the new rules (footer words, "| " tables, a weekday line, a name
# with a possessive before "wrote:", "ich schrieb … :"): everything stays.
HER_OWN = [
    "Hi Dan,\n\nour company number is on the invoice, and I think I received it in error at "
    "first.\n\nBest\nMorwenna",
    "Hallo Thomas,\n\nDiese E-Mail ist vertraulich, bitte nicht weiterleiten.\n\nLG Jo",
    "Hallo Thomas,\n\ndie Preise:\n| Eiche | 80 € |\n| Buche | 60 € |\n\nLG Jo",
    "Hi Dan,\n\nMy sister Kate wrote:\nthe van is free after all.\n\nM",
    "Hallo Thomas,\n\nAm Dienstag,\ndas weißt du ja, bin ich nicht da.\n\nLG Jo",
    "Hallo Thomas,\n\nich schrieb dir am 12.05. um 14:03:\nDie Treppe kommt später.\n\nLG Jo",
]


@pytest.mark.parametrize("her", HER_OWN)
def test_her_own_lines_near_the_new_rules_stay(her: str) -> None:
    assert clean_mail_body(her) == her


def test_her_answer_after_a_blank_line_is_no_wrapped_quote() -> None:
    # The quoted line is long and unfinished, but a blank line stands between: hers.
    her = "Hi Dan,\n\nwe can do the whole day.\n\nM"
    body = her.replace(
        "\n\nwe", "\n\n> the festival is on the 21st and we need bakers for the whole day\n\nwe"
    )
    assert clean_mail_body(body) == her
