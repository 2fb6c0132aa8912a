"""Reply headers and signatures: leaks and kept text of treffsicher and two reply parsers.

Runs the hand-written reply mails of tests/importers/reply_mails.py (or, with
`--table more`, the second table tests/importers/reply_mails_more.py, with `--table third`
the third, tests/importers/reply_mails_third.py, whose HTML-only mails are converted by
importers.htmltext first; `--table both` runs the first two, `--table all` all three)
through treffsicher's clean_mail_body and,
when installed, mail-parser-reply and email-reply-parser (benchmark only, not
dependencies). A leak is a string of a quote,
reply header or signature found in the kept text; kept is the share of her own text
(characters of her non-blank lines) that is found in the kept text.

    .venv/bin/pip install mail-parser-reply email-reply-parser   # once, for the comparison
    .venv/bin/python bench/bench_replies.py [--table first|more|third|both|all] [--show]
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "importers"))

from reply_mails import REPLY_MAILS, ReplyMail
from reply_mails_more import MORE_MAILS, MoreMail
from reply_mails_third import THIRD_MAILS, ThirdMail

from treffsicher.importers.quotes import clean_mail_body

Cleaner = Callable[[str], str]
Mail = ReplyMail | MoreMail | ThirdMail
TABLES: dict[str, list[Mail]] = {
    "first": list(REPLY_MAILS),
    "more": list(MORE_MAILS),
    "third": list(THIRD_MAILS),
    "both": [*REPLY_MAILS, *MORE_MAILS],
    "all": [*REPLY_MAILS, *MORE_MAILS, *THIRD_MAILS],
}


def body_text(mail: Mail) -> str:
    """The body as a cleaner sees it (HTML-only mails of the later tables as text)."""
    return mail.text if isinstance(mail, MoreMail | ThirdMail) else mail.body


def load_cleaners() -> dict[str, Cleaner]:
    """Return the cleaners that are installed, treffsicher first."""
    cleaners: dict[str, Cleaner] = {"treffsicher": clean_mail_body}
    try:
        from mailparser_reply import EmailReplyParser as MailParserReply

        def mail_parser_reply(body: str) -> str:
            parsed = MailParserReply(languages=["de", "en"]).read(body)
            return str(parsed.replies[0].body) if parsed.replies else ""

        cleaners["mail-parser-reply"] = mail_parser_reply
    except ImportError:
        pass
    try:
        from email_reply_parser import EmailReplyParser

        cleaners["email-reply-parser"] = lambda body: str(EmailReplyParser.parse_reply(body))
    except ImportError:
        pass
    return cleaners


def count_kept(mail: Mail, kept: str) -> tuple[int, int]:
    """Return (characters of her lines found in `kept`, characters of her lines)."""
    lines = [line.strip() for line in mail.her.split("\n") if line.strip()]
    found = sum(len(line) for line in lines if line in kept)
    return found, sum(len(line) for line in lines)


def measure(cleaner: Cleaner, mails: list[Mail], show: bool) -> tuple[int, int, float]:
    """Return (leaks, leak strings, share of her text kept) of one cleaner."""
    leaks = strings = found = total = 0
    for mail in mails:
        kept = cleaner(body_text(mail))
        leaked = [leak for leak in mail.leaks if leak in kept]
        mail_found, mail_total = count_kept(mail, kept)
        leaks += len(leaked)
        strings += len(mail.leaks)
        found += mail_found
        total += mail_total
        if show and (leaked or mail_found < mail_total):
            print(f"  {mail.program}: leaked {leaked}, kept {mail_found}/{mail_total}")
    return leaks, strings, found / total


def main() -> None:
    """Print one table row per cleaner."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--show", action="store_true", help="list the mails that leak or cut")
    parser.add_argument(
        "--table", choices=sorted(TABLES), default="first", help="which table of reply mails"
    )
    args = parser.parse_args()
    mails = TABLES[args.table]
    languages = [m.language for m in mails]
    print(f"{len(mails)} mails ({languages.count('de')} German, {languages.count('en')} English)\n")
    print("| cleaner | leaks | of strings | her text kept |\n| --- | ---: | ---: | ---: |")
    for name, cleaner in load_cleaners().items():
        if args.show:
            print(name)
        leaks, strings, kept = measure(cleaner, mails, args.show)
        print(f"| {name} | {leaks} | {strings} | {kept:.1%} |")


if __name__ == "__main__":
    main()
