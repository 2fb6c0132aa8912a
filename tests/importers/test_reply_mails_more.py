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
