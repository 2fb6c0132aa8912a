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
