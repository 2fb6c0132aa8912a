"""Reply, forward, signature and footer styles: the exact text of hers that must remain."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from treffsicher.importers.quotes import (
    ATTRIBUTION_MAX_CHARS,
    ATTRIBUTION_MAX_LINES,
    ATTRIBUTION_RE,
    ATTRIBUTION_START_RE,
    DATED_RE,
    clean_mail_body,
    ends_sentence,
    find_attribution,
    is_attribution,
    join_lines,
)

HERS_DE = "Hallo Anna,\n\ndas klingt gut. Ich schicke dir morgen die Fotos.\n\nLiebe Grüße\nJohanna"
HERS_EN = "Hi Anna,\n\nthat sounds lovely. I'll send the photos tomorrow.\n\nBest wishes\nMorwenna"

LINE_POOL = [
    "Hallo Anna,",
    "",
    "> Liebe Johanna,",
    "Am 03.06.2025 um 10:12 schrieb Anna <anna@berg-text.de>:",
    "On Tue, 3 Jun 2025, Anna wrote:",
    "-- ",
    "Liebe Grüße",
    "Johanna",
    "Tel. 05551 123456",
    "Von: Anna",
    "Gesendet: Montag",
    "Amtsgericht Lindenfeld HRB 12345",
    "Ich freue mich auf Montag.",
    "Von meinem iPhone gesendet",
    "PS: bis bald",
    "Passt. Am 03.06.2025 um 10:12 schrieb Anna <anna@berg-text.de>:",
    "________________________________",
    "Fra: Anna <anna@berg-text.de>",
    "Sendt: 3. juni 2025 10:12",
]
CASES: list[tuple[str, str, str]] = [
    ("plain German mail stays whole", HERS_DE, HERS_DE),
    (
        "German attribution line and > quote below (top-posting)",
        HERS_DE + "\n\nAm 03.06.2025 um 10:12 schrieb Anna Berg <anna@berg-text.de>:\n"
        "> Liebe Johanna,\n> wann passt es dir?\n> Anna",
        HERS_DE,
    ),
    (
        "German attribution wrapped over two lines",
        HERS_DE + "\n\nAm Di., 3. Juni 2025 um 10:12 Uhr schrieb Anna Berg\n"
        "<anna@berg-text.de>:\n> Liebe Johanna,\n> wann passt es dir?",
        HERS_DE,
    ),
    (
        "English attribution line and > quote",
        HERS_EN + "\n\nOn Tue, 3 Jun 2025 at 10:12, Anna Berg <anna@berg-text.de> wrote:\n"
        "> Dear Morwenna,\n> when would suit you?",
        HERS_EN,
    ),
    (
        "Outlook German header block, original not quoted",
        HERS_DE + "\n\nVon: Anna Berg <anna@berg-text.de>\nGesendet: Dienstag, 3. Juni 2025 "
        "10:12\nAn: Johanna Kellermann\nBetreff: Fotos\n\nLiebe Johanna,\nwann passt es dir?",
        HERS_DE,
    ),
    (
        "Outlook English header block after an underscore rule",
        HERS_EN + "\n\n________________________________\nFrom: Anna Berg\nSent: 03 June 2025 "
        "10:12\nTo: Morwenna Pike\nSubject: Photos\n\nDear Morwenna, when would suit you?",
        HERS_EN,
    ),
    (
        "Outlook header block flattened to one line",
        HERS_DE + "\n\nVon: Anna Berg Gesendet: Dienstag, 3. Juni 2025 10:12 An: Johanna "
        "Betreff: Fotos\nLiebe Johanna, wann passt es dir?",
        HERS_DE,
    ),
    (
        "Ursprüngliche Nachricht separator",
        HERS_DE + "\n\n-----Ursprüngliche Nachricht-----\nVon: Anna\nDas ist der alte Text.",
        HERS_DE,
    ),
    (
        "Original Message separator",
        HERS_EN + "\n\n-----Original Message-----\nFrom: Anna\nOld text here.",
        HERS_EN,
    ),
    (
        "German forward marker",
        "Hallo Anna,\n\nschau mal, was mir die Kollegin geschickt hat.\n\nLG Johanna\n\n"
        "---------- Weitergeleitete Nachricht ---------\nVon: Kollegin\nText der Kollegin.",
        "Hallo Anna,\n\nschau mal, was mir die Kollegin geschickt hat.\n\nLG Johanna",
    ),
    (
        "Apple Mail forward",
        "Hi Anna, see below.\n\nBegin forwarded message:\n\nFrom: Someone\nSubject: x\n\nHello.",
        "Hi Anna, see below.",
    ),
    (
        "bottom-posting: her answers between quote blocks stay",
        "Anna Berg schrieb:\n> Passt dir Montag?\n\nJa, Montag passt.\n\n> Und 10 Uhr?\n\n"
        "Lieber 11 Uhr.\n\nLG\nJohanna",
        "Ja, Montag passt.\n\nLieber 11 Uhr.\n\nLG\nJohanna",
    ),
    (
        "signature separator with contact lines",
        HERS_DE + "\n\n-- \nHebammenpraxis Kellermann\nLindenallee 12, 37000 Lindenfeld\n"
        "Tel. 05551 123456",
        HERS_DE,
    ),
    (
        "signature separator sent without the trailing space",
        HERS_EN + "\n--\nMorwenna Pike Pottery\nwww.pike-pottery.co.uk",
        HERS_EN,
    ),
    (
        "German legal footer without separator",
        HERS_DE + "\n\nKellermann GmbH\nGeschäftsführerin: Johanna Kellermann\n"
        "Amtsgericht Lindenfeld HRB 12345\nUSt-IdNr.: DE123456789",
        HERS_DE,
    ),
    (
        "Datenschutzhinweis paragraph",
        HERS_DE + "\n\nDatenschutzhinweis: Informationen zur Verarbeitung Ihrer Daten finden "
        "Sie auf unserer Website.",
        HERS_DE,
    ),
    (
        "English confidentiality disclaimer",
        HERS_EN + "\n\nThis email and any attachments are confidential and intended solely "
        "for the addressee.",
        HERS_EN,
    ),
    ("German mobile footer", HERS_DE + "\n\nVon meinem iPhone gesendet", HERS_DE),
    ("English mobile footer", HERS_EN + "\n\nSent from my iPhone", HERS_EN),
    (
        "contact block right after the name, without separator",
        HERS_DE + "\nHebammenpraxis Kellermann\nTel.: 05551 123456\nwww.hebamme-lindenfeld.de",
        HERS_DE,
    ),
    (
        "contact block without a sign-off",
        "Hallo Anna,\n\ndie Termine stehen.\n\nJohanna Kellermann\nMobil: 0170 1234567",
        "Hallo Anna,\n\ndie Termine stehen.",
    ),
    (
        "a thank-you in the middle of the mail is no sign-off",
        "Hallo Anna,\n\nThanks\nfür die schnelle Antwort, das hilft mir sehr weiter und ich "
        "melde mich nächste Woche mit allen Fotos bei dir.\n\nLG Johanna",
        "Hallo Anna,\n\nThanks\nfür die schnelle Antwort, das hilft mir sehr weiter und ich "
        "melde mich nächste Woche mit allen Fotos bei dir.\n\nLG Johanna",
    ),
    (
        "her own sentence about the Amtsgericht stays",
        "Hallo Anna,\n\nich war heute beim Amtsgericht wegen der Praxis.\n\nLG Johanna",
        "Hallo Anna,\n\nich war heute beim Amtsgericht wegen der Praxis.\n\nLG Johanna",
    ),
    ("only a quote leaves nothing", "> Liebe Johanna,\n> wann passt es dir?", ""),
    (
        "her own 'schrieb … :' line without date or address is no attribution",
        "Hallo Anna,\n\nam Freitag schrieb mir eine Mutter:\nDanke für alles!\n\nLG Johanna",
        "Hallo Anna,\n\nam Freitag schrieb mir eine Mutter:\nDanke für alles!\n\nLG Johanna",
    ),
    (
        "sign-off with a place, then name and signature",
        "Hallo Anna,\n\ndanke dir.\n\nHerzliche Grüße aus Lindenfeld\nJohanna\nHebamme\n"
        "Lindenallee 12",
        "Hallo Anna,\n\ndanke dir.\n\nHerzliche Grüße aus Lindenfeld\nJohanna",
    ),
    (
        "a short last sentence is no sign-off",
        "Hi Anna,\n\nLove the new logo\nIt looks great.\nSee you soon\nMorwenna",
        "Hi Anna,\n\nLove the new logo\nIt looks great.\nSee you soon\nMorwenna",
    ),
    (
        "a P.S. after the sign-off stays",
        "Hallo Anna,\n\ndanke dir.\n\nLiebe Grüße\nJohanna\n\nPS: Die Fotos kommen morgen.",
        "Hallo Anna,\n\ndanke dir.\n\nLiebe Grüße\nJohanna\n\nPS: Die Fotos kommen morgen.",
    ),
]


@pytest.mark.parametrize(("body", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_clean_mail_body_keeps_exactly_her_words(body: str, expected: str) -> None:
    assert clean_mail_body(body) == expected


def test_greeting_and_signoff_stay_on_lines_of_their_own() -> None:
    lines = clean_mail_body(HERS_DE + "\n\n-- \nPraxis").split("\n")
    assert lines[0] == "Hallo Anna,"
    assert lines[-2:] == ["Liebe Grüße", "Johanna"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(LINE_POOL) | st.text(max_size=40), max_size=25))
def test_cleaning_only_removes_lines(lines: list[str]) -> None:
    # Whatever the mix of her lines, quotes and footers: every kept line is an input line,
    # or the start of one whose end was a header glued to her last sentence.
    body = "\n".join(lines)
    kept = clean_mail_body(body)
    originals = {line.strip() for line in body.split("\n")}
    assert all(
        line.strip() in originals or any(o.startswith(line.strip()) for o in originals)
        for line in kept.split("\n")
        if line.strip()
    )


def find_attribution_by_joining(lines: list[str], i: int) -> int:
    """find_attribution as first written: every size joined and matched (the reference
    for the version that joins only lines ending in a colon)."""
    line = lines[i].strip()
    if not line or len(line) > ATTRIBUTION_MAX_CHARS:
        return 0
    for size in range(1, ATTRIBUTION_MAX_LINES + 1):
        if i + size > len(lines) or not lines[i + size - 1].strip():
            return 0
        joined = join_lines(lines, i, size)
        if len(joined) > ATTRIBUTION_MAX_CHARS:
            return 0
        if joined.endswith(":") and ATTRIBUTION_RE.match(joined):
            if (
                size > 1
                and not ATTRIBUTION_START_RE.match(line)
                and is_attribution(join_lines(lines, i + 1, size - 1))
            ):
                return 0
            return size if size == 1 or DATED_RE.search(joined) else 0
        if ends_sentence(lines[i + size - 1]):
            return 0
    return 0


ATTRIBUTION_PIECES = [
    "Am 03.06.2025 um 10:12 schrieb Anna Berg",
    "<anna@berg-text.de>:",
    "<mailto:anna@berg-text.de>",
    "Anna Berg <anna@berg-text.de> schrieb am Di., 3. Juni 2025, 10:12:",
    "Anna Berg <anna@berg-text.de> schrieb am Di., 3.",
    "Juni 2025, 10:12:",
    "On Tue, Jun 3, 2025 at 10:12 AM Anna Berg",
    "wrote:",
    "<https://example.de/a:b>",
    "Am 3.6.2025 um 10:12 schrieb Anna Berg: <mailto:anna@berg-text.de>",
    "Anna Berg wrote: <https://example.de/x>",
    "Am heutigen Tage",
    "schrieb sie mir:",
    "Anna Berg wrote:",
    "Zitat von Anna:",
    "Ich freue mich.",
    "Liebe Grüße",
    "x" * 200 + ":",
    "y" * 150,
    "",
    "   ",
    "> Liebe Johanna,",
    "Danke!",
    "Termine:",
]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(ATTRIBUTION_PIECES), min_size=1, max_size=6), st.data())
def test_find_attribution_answers_as_joining_every_size(
    lines: list[str], data: st.DataObject
) -> None:
    i = data.draw(st.integers(0, len(lines) - 1))
    assert find_attribution(lines, i) == find_attribution_by_joining(lines, i)


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (["Am 03.06.2025 um 10:12 schrieb Anna Berg", "<anna@berg-text.de>:"], 2),
        (["Anna Berg wrote:"], 1),
        (["Ich freue mich.", "Anna Berg wrote:"], 0),
        (["x" * 200, "y" * 150 + " schrieb Anna am 3.6.2025:"], 0),  # too long
    ],
)
def test_find_attribution_by_hand(lines: list[str], expected: int) -> None:
    assert find_attribution(lines, 0) == expected


# Reply headers of mail programs set to other languages (written for this test): her
# answer above, the quoted original below; the header and the original must go.
FOREIGN_HEADERS = {
    "nl": "Op di 12 mrt. 2024 om 10:43 schreef Mia Sommer <mia@texte.example>:",
    "pl": "wt., 12 mar 2024 o 10:43 Mia Sommer <mia@texte.example> napisał(a):",
    "sv": "Den tis 12 mars 2024 kl 10:43 skrev Mia Sommer <mia@texte.example>:",
    "fi": "ti 12.3.2024 klo 10.43 Mia Sommer (mia@texte.example) kirjoitti:",
    "cs": "Dne út 12. 3. 2024 10:43 uživatel Mia Sommer <mia@texte.example> napsal:",
    "sk": "Dňa 12. 3. 2024 o 10:43 Mia Sommer <mia@texte.example> napísal(a):",
    "ru": "12.03.2024 10:43, Mia Sommer пишет:",
    "uk": "вт, 12 бер. 2024 р. о 10:43 Mia Sommer <mia@texte.example> пише:",
    "ro": "Pe mar., 12 mar. 2024 la 10:43, Mia Sommer <mia@texte.example> a scris:",
    "el": "Στις Τρί 12 Μαρ 2024 στις 10:43, ο/η Mia Sommer <mia@texte.example> έγραψε:",
    "hu": "Mia Sommer <mia@texte.example> ezt írta (időpont: 2024. márc. 12., K, 10:43):",
    "zh": "Mia Sommer <mia@texte.example> 于2024年3月12日周二 10:43写道：",
    "ja": "2024年3月12日(火) 10:43 Mia Sommer <mia@texte.example>:",
    "ko": "2024년 3월 12일 (화) 오전 10:43, Mia Sommer <mia@texte.example>님이 작성:",
    "tr": "12 Mar 2024 Sal, 10:43 tarihinde Mia Sommer <mia@texte.example> şunu yazdı:",
}


@pytest.mark.parametrize("header", FOREIGN_HEADERS.values(), ids=FOREIGN_HEADERS.keys())
def test_reply_headers_of_programs_in_other_languages_go(header: str) -> None:
    her = "Danke, das passt so. Bis Freitag!"
    body = f"{her}\n\n{header}\nHallo, anbei der Entwurf für die Startseite.\nViele Grüße, Mia\n"
    assert clean_mail_body(body).strip() == her


# "Sent from my phone" in the languages of other countries' programs (written for this test).
FOREIGN_DEVICE_LINES = [
    "Wysłane z iPhone'a",
    "Odesláno z iPhonu",
    "Odoslané z iPhonu",
    "Отправлено с iPhone",
    "Надіслано з iPhone",
    "Trimis de pe iPhone-ul meu",
    "Στάλθηκε από το iPhone μου",
    "iPhone'umdan gönderildi",
    "发自我的iPhone",
    "iPhoneから送信",
    "Sent on the go",
]


@pytest.mark.parametrize("line", FOREIGN_DEVICE_LINES)
def test_device_lines_of_programs_in_other_languages_go(line: str) -> None:
    her = "Hallo Mia,\n\ndanke, das passt so. Bis Freitag!\n\nLG Sabine"
    assert clean_mail_body(f"{her}\n\n{line}\n").strip() == her
