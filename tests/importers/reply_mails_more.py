"""A second table of hand-written reply mails: the cases the first table does not vary.

tests/importers/reply_mails.py follows one mail program per row. This table varies what a
tester of a reply parser varies: headers wrapped over two or three lines at other places
(a bare weekday on the first line), headers with only an address or without a name, the
headers of Mutt, GroupWise, KMail, Evolution, Claws, Alpine and Lotus Notes, quotes marked
with "|" or nested ">>", quoted lines the sender's program wrapped without a marker,
forwards, bottom-posting and inline answers, her whole mail under a quote, signatures
after "--" without a space or a "__" rule, name-and-phone signatures, German and English
legal footers and confidentiality notices, device lines and scanner taglines, emoji,
HTML-only mails (`html=True`: the body goes through importers.htmltext first) and very
short mails — and her own sentences that look like headers ("Am 9. Mai schrieb mir der
Statiker:", "The council wrote to me on 9 May:", "Von: Montag / Bis: Mittwoch"), which
must stay.

As in the first table, `her` is exactly the text that must remain and `leaks` are strings
of the other person's mail, the reply header or the signature that must not. Every text
is ours. Used by tests/importers/test_reply_mails_more.py and bench/bench_replies.py.
"""

from __future__ import annotations

from typing import NamedTuple

from treffsicher.importers.htmltext import html_to_text


class MoreMail(NamedTuple):
    """One reply mail: what it varies, language, her words, the body, strings that must go."""

    case: str
    language: str
    her: str
    body: str
    leaks: tuple[str, ...]
    html: bool = False

    @property
    def program(self) -> str:
        """The case name (the first table calls it `program`)."""
        return self.case

    @property
    def text(self) -> str:
        """The body as the cleaner sees it: HTML converted to text first."""
        return html_to_text(self.body) if self.html else self.body


TW = "thomas.weber@weber-planung.de"
DH = "dan.hughes@harbour-events.co.uk"
HERS_DE_ADDR = "info@kellermann-holz.de"
HERS_EN_ADDR = "hello@pikes-bakery.co.uk"

ORIG_DE = (
    "Hallo Frau Kellermann,\nkönnen Sie uns bis Freitag ein Angebot für die Treppe schicken?\n"
    "Beste Grüße\nThomas Weber"
)
ORIG_EN = "Hi Morwenna,\nwould you cater the harbour festival on the 21st?\nBest,\nDan"
QD = ("Angebot für die Treppe",)
QE = ("cater the harbour festival",)


def quoted(text: str, mark: str = "> ") -> str:
    """Return `text` with every line marked as a quote."""
    return "\n".join(mark + line if line else mark.rstrip() for line in text.split("\n"))


DE1 = (
    "Hallo Herr Weber,\n\ndas Angebot für die Eichentreppe schicke ich Ihnen bis Donnerstag. "
    "Das Holz ist schon bestellt.\n\nViele Grüße\nJohanna Kellermann"
)
DE2 = (
    "Guten Morgen Herr Weber,\n\nleider klappt Freitag nicht, wir sind bis Mittwoch auf einer "
    "Baustelle in Hohenfeld. Passt Ihnen der Montag darauf?\n\nBeste Grüße\nJohanna"
)
DE3 = "Hallo Thomas,\n\nkurz und knapp: ja, machen wir.\n\nLG Jo"
DE4 = (
    "Sehr geehrter Herr Weber,\n\nanbei wie besprochen das Angebot. Bei Fragen rufen Sie mich "
    "gern an.\n\nMit freundlichen Grüßen"
)
DE5 = (
    "Moin Thomas,\n\ndie Stufen sind fertig geschliffen 🙂 Morgen kommt das Öl drauf.\n\nGrüße\nJo"
)
EN1 = (
    "Hi Dan,\n\nhappy to cater the festival. I'll need the final numbers by the 14th so I can "
    "order the flour.\n\nBest wishes\nMorwenna"
)
EN2 = (
    "Dear Mr Hughes,\n\nthank you for thinking of us. Unfortunately the 21st is already booked, "
    "but we could do the 28th.\n\nKind regards,"
)
EN3 = "Dan,\n\nyes! Count us in.\n\nM x"
EN4 = (
    "Morning Dan,\n\nquick update: the new oven arrives on Tuesday, so we can take bigger "
    "orders from next week.\n\nCheers,\nMorwenna"
)
EN5 = "Hi Dan,\n\nthe menu is attached 🎉 Let me know what you think!\n\nThanks\nMorwenna"
ENGLISH = (EN1, EN2, EN3, EN4, EN5)


def reply(case: str, her: str, after: str, leaks: tuple[str, ...]) -> MoreMail:
    """A top-posted reply: her text, then what the program appends."""
    return MoreMail(case, "en" if her in ENGLISH else "de", her, her + after, leaks)


HEADERS: list[MoreMail] = [
    reply(
        "Gmail (de), header over three lines, 24 h clock",
        DE1,
        f"\n\nAm Mo., 12. Mai 2025 um 14:03 Uhr\nschrieb Thomas Weber\n<{TW}>:\n\n"
        + quoted(ORIG_DE),
        (*QD, "schrieb Thomas", "14:03", TW),
    ),
    reply(
        "Gmail (en), 12 h clock, original not quoted",
        EN1,
        f"\n\nOn Mon, May 12, 2025 at 2:03 PM Dan Hughes <{DH}> wrote:\n\n" + ORIG_EN,
        (*QE, "2:03 PM", DH),
    ),
    reply(
        "Apple Mail (en), header starts with a bare weekday line",
        EN2,
        f"\n\nOn Monday,\n12 May 2025 at 14:03, Dan Hughes <{DH}>\nwrote:\n\n" + quoted(ORIG_EN),
        (*QE, "On Monday,", DH),
    ),
    reply(
        "German header, weekday and „den“ on the first line",
        DE2,
        f"\n\nAm Montag, den\n12.05.2025 um 14:03 schrieb Thomas Weber <{TW}>:\n\n" + ORIG_DE,
        (*QD, "Am Montag, den", TW),
    ),
    reply(
        "English header wrapped before the month (en)",
        EN4,
        f"\n\nOn Tuesday,\nMay 13, 2025 at 9:41 AM Dan Hughes <\n{DH}> wrote:\n\n"
        + quoted(ORIG_EN),
        (*QE, "On Tuesday,", "9:41 AM"),
    ),
    reply(
        "Thunderbird (de), address only",
        DE3,
        f"\n\nAm 12.05.25 um 14:03 schrieb {TW}:\n> Hallo Jo,\n> passt dir Dienstag?",
        ("schrieb thomas", "passt dir Dienstag"),
    ),
    reply(
        "Thunderbird (en), address only, original not quoted",
        EN3,
        f"\n\nOn 12/05/2025 14:03, {DH} wrote:\n\n" + ORIG_EN,
        (*QE, DH),
    ),
    reply(
        "header without a name, address in brackets (en)",
        EN4,
        f"\n\nOn Mon, 12 May 2025 at 14:03, <{DH}> wrote:\n\n" + quoted(ORIG_EN),
        (*QE, DH),
    ),
    reply(
        "Evolution (de)",
        DE4,
        "\n\nAm Montag, den 12.05.2025, 14:03 +0200 schrieb Thomas Weber:\n" + quoted(ORIG_DE),
        (*QD, "+0200"),
    ),
    reply(
        "Evolution (en), ISO date",
        EN5,
        "\n\nOn Mon, 2025-05-12 at 14:03 +0100, Dan Hughes wrote:\n" + quoted(ORIG_EN),
        (*QE, "2025-05-12"),
    ),
    reply(
        "KMail (en), time zone name",
        EN1,
        "\n\nOn Monday, 12 May 2025 14:03:45 BST Dan Hughes wrote:\n" + quoted(ORIG_EN),
        (*QE, "BST"),
    ),
    reply(
        "KMail (de), time zone name",
        DE5,
        "\n\nAm Montag, 12. Mai 2025, 14:03:45 MESZ schrieb Thomas Weber:\n" + quoted(ORIG_DE),
        (*QD, "MESZ"),
    ),
    reply(
        "Claws (en), header on two lines",
        EN3,
        f"\n\nOn Mon, 12 May 2025 14:03:45 +0100\nDan Hughes <{DH}> wrote:\n\n" + quoted(ORIG_EN),
        (*QE, "+0100", DH),
    ),
    reply(
        "Alpine (en), date without time",
        EN4,
        "\n\nOn Mon, 12 May 2025, Dan Hughes wrote:\n\n" + quoted(ORIG_EN),
        (*QE, "Dan Hughes wrote"),
    ),
    reply(
        "Mutt (en), asterisk header with date in brackets",
        EN1,
        f"\n\n* Dan Hughes <{DH}> [2025-05-12 14:03]:\n" + quoted(ORIG_EN),
        (*QE, "[2025-05-12", DH),
    ),
    reply(
        "Mutt (de), asterisk header with time zone",
        DE5,
        f"\n\n* Thomas Weber <{TW}> [12.05.2025 14:03 +0200]:\n" + quoted(ORIG_DE),
        (*QD, "[12.05.2025", TW),
    ),
    reply(
        "GroupWise (en), original not quoted",
        EN2,
        f'\n\n>>> "Dan Hughes" <{DH}> 12/05/2025 14:03 >>>\n' + ORIG_EN,
        (*QE, DH),
    ),
    reply(
        "GroupWise (de), original not quoted",
        DE4,
        f"\n\n>>> Thomas Weber <{TW}> 12.05.2025 14:03 >>>\n" + ORIG_DE,
        (*QD, TW),
    ),
    reply(
        "Lotus Notes (de), name and date on lines of their own",
        DE4,
        f"\n\n\n\nThomas Weber <{TW}>\n12.05.2025 14:03\n\nAn\nJohanna Kellermann "
        f"<{HERS_DE_ADDR}>\nKopie\n\nThema\nTreppe\n\n" + ORIG_DE,
        (*QD, TW, "Thema"),
    ),
    reply(
        "Lotus Notes (en), name and date on lines of their own",
        EN1,
        f"\n\n\n\nDan Hughes <{DH}>\n12/05/2025 14:03\n\nTo\nMorwenna Pike <{HERS_EN_ADDR}>\n"
        "cc\n\nSubject\nFestival\n\n" + ORIG_EN,
        (*QE, DH, "Subject"),
    ),
    reply(
        "name-first header with „wrote on“ (en)",
        EN5,
        f"\n\nDan Hughes <{DH}> wrote on 12/05/2025 14:03:\n\n" + ORIG_EN,
        (*QE, "wrote on"),
    ),
    reply(
        "name-first header with „hat geschrieben“, quoted (de)",
        DE3,
        "\n\nThomas Weber hat geschrieben:\n" + quoted(ORIG_DE),
        (*QD, "hat geschrieben"),
    ),
    reply(
        "Outlook (en), On Behalf Of and Cc",
        EN2,
        f"\n\nFrom: Dan Hughes <{DH}> On Behalf Of Harbour Events\nSent: Monday, May 12, 2025 "
        f"2:03 PM\nTo: Morwenna Pike <{HERS_EN_ADDR}>\nCc: events@harbour-events.co.uk\n"
        "Subject: RE: Festival\n\n" + ORIG_EN,
        (*QE, "On Behalf Of", "Subject: RE"),
    ),
    reply(
        "Outlook Express (en), Original Message with spaces, Sent below To",
        EN5,
        f'\n\n----- Original Message -----\nFrom: "Dan Hughes" <{DH}>\nTo: <{HERS_EN_ADDR}>\n'
        "Sent: Monday, May 12, 2025 2:03 PM\nSubject: Menu\n\n" + ORIG_EN,
        (*QE, "Original Message"),
    ),
    reply(
        "Outlook (de), rule and header with Cc, original not quoted",
        DE4,
        f"\n\n________________________________\nVon: Thomas Weber <{TW}>\nGesendet: Montag, 12. "
        f"Mai 2025 14:03\nAn: Johanna Kellermann <{HERS_DE_ADDR}>\nCc: Büro Weber "
        "<buero@weber-planung.de>\nBetreff: AW: Treppe\n\n" + ORIG_DE,
        (*QD, "Gesendet: Montag", "Büro Weber"),
    ),
    reply(
        "Outlook (en), labels without addresses, 24 h",
        EN1,
        "\n\n________________________________________\nFrom: Dan Hughes\nSent: 12 May 2025 14:03"
        "\nTo: Morwenna Pike\nSubject: Festival\n\n" + ORIG_EN,
        (*QE, "Sent: 12 May"),
    ),
]

FORWARDS: list[MoreMail] = [
    MoreMail(
        "Gmail (en), forwarded to a colleague",
        "en",
        "Hi Sam,\n\nsee Dan's request below. Can you check the van is free on the 21st?\n\n"
        "Thanks\nMorwenna",
        "Hi Sam,\n\nsee Dan's request below. Can you check the van is free on the 21st?\n\n"
        f"Thanks\nMorwenna\n\n---------- Forwarded message ---------\nFrom: Dan Hughes <{DH}>\n"
        f"Date: Mon, 12 May 2025 at 14:03\nSubject: Festival\nTo: Morwenna Pike <{HERS_EN_ADDR}>"
        "\n\n\n" + ORIG_EN,
        (*QE, "Forwarded message", DH),
    ),
    MoreMail(
        "Apple Mail (de), Anfang der weitergeleiteten Nachricht",
        "de",
        "Hallo Peter,\n\nschau mal unten, das ist die Anfrage von Herrn Weber. Kannst du am "
        "Freitag aufmessen?\n\nDanke dir\nJohanna",
        "Hallo Peter,\n\nschau mal unten, das ist die Anfrage von Herrn Weber. Kannst du am "
        "Freitag aufmessen?\n\nDanke dir\nJohanna\n\nAnfang der weitergeleiteten Nachricht:\n\n"
        f"Von: Thomas Weber <{TW}>\nBetreff: Treppe\nDatum: 12. Mai 2025 um 14:03:22 MESZ\n"
        f"An: Johanna Kellermann <{HERS_DE_ADDR}>\n\n" + ORIG_DE,
        (*QD, "weitergeleiteten", TW),
    ),
    MoreMail(
        "Apple Mail (en), Begin forwarded message, no sign-off",
        "en",
        "Sam – this one's for you, the festival again.",
        "Sam – this one's for you, the festival again.\n\nBegin forwarded message:\n\n"
        f"From: Dan Hughes <{DH}>\nSubject: Festival\nDate: 12 May 2025 at 14:03:22 BST\n"
        f"To: Morwenna Pike <{HERS_EN_ADDR}>\n\n" + ORIG_EN,
        (*QE, "Begin forwarded", DH),
    ),
    MoreMail(
        "Lotus Notes (de), forwarded with a framed line",
        "de",
        "Hallo Peter,\n\nbitte bis Mittwoch kalkulieren.\n\nGruß\nJohanna",
        "Hallo Peter,\n\nbitte bis Mittwoch kalkulieren.\n\nGruß\nJohanna\n\n"
        "----- Weitergeleitet von Thomas Weber/Hohenfeld am 12.05.2025 14:03 -----\n\n" + ORIG_DE,
        (*QD, "Weitergeleitet von"),
    ),
    MoreMail(
        "Lotus Notes (en), forwarded by",
        "en",
        "Sam, for the rota.\n\nM",
        "Sam, for the rota.\n\nM\n\n----- Forwarded by Dan Hughes/Falmouth on 12/05/2025 "
        "14:03 -----\n\n" + ORIG_EN,
        (*QE, "Forwarded by"),
    ),
]

QUOTES: list[MoreMail] = [
    MoreMail(
        "Mutt (de), bottom-posted under an asterisk header",
        "de",
        "Ja, Dienstag passt.\n\nGruß\nJohanna",
        f"* Thomas Weber <{TW}> [12.05.2025 14:03 +0200]:\n> Passt Ihnen Dienstag?\n\n"
        "Ja, Dienstag passt.\n\nGruß\nJohanna",
        ("Passt Ihnen Dienstag", TW, "[12.05.2025"),
    ),
    MoreMail(
        "Mutt (en), inline answers under an asterisk header",
        "en",
        "Hi Dan,\n\nYes, two hundred.\n\nM",
        f"Hi Dan,\n\n* Dan Hughes <{DH}> [2025-05-12 14:03]:\n> How many can you feed?\n\n"
        "Yes, two hundred.\n\nM",
        ("How many can you feed", DH, "[2025-05-12"),
    ),
    reply(
        "original quoted with „|“ under a name-only header (de)",
        DE2,
        "\n\nThomas Weber schrieb:\n" + quoted(ORIG_DE, "| "),
        (*QD, "Thomas Weber schrieb"),
    ),
    MoreMail(
        "inline answers between „|“-quoted lines (en)",
        "en",
        "Hi Dan,\n\nYes, happily.\n\nAbout two hundred, more with a week's notice.\n\n"
        "Best\nMorwenna",
        "Hi Dan,\n\n| Would you cater the harbour festival?\n\nYes, happily.\n\n| How many "
        "people can you feed?\n\nAbout two hundred, more with a week's notice.\n\nBest\nMorwenna",
        ("Would you cater", "How many people"),
    ),
    MoreMail(
        "bottom-posted under nested quotes with two headers (de)",
        "de",
        "Dienstag passt gut, wir sind um acht da.\n\nGrüße\nJohanna",
        f"Am 12.05.2025 um 14:03 schrieb Thomas Weber <{TW}>:\n> Passt Ihnen Dienstag?\n>\n"
        f"> Am 11.05.2025 um 09:10 schrieb Johanna Kellermann <{HERS_DE_ADDR}>:\n"
        ">> Wann sollen wir kommen?\n\nDienstag passt gut, wir sind um acht da.\n\nGrüße\n"
        "Johanna",
        ("Passt Ihnen Dienstag", "Wann sollen wir", "schrieb Thomas"),
    ),
    MoreMail(
        "quote marks „> >“ with spaces and a blank quoted line (en)",
        "en",
        "Hi Dan,\n\nthe 21st is fine, see you at six.\n\nMorwenna",
        "Hi Dan,\n\nthe 21st is fine, see you at six.\n\nMorwenna\n\n"
        f"On Mon, 12 May 2025 at 14:03, Dan Hughes <{DH}> wrote:\n> Shall we say six?\n> \n"
        "> > On Sun, 11 May 2025 at 09:10, Morwenna Pike wrote:\n> > What time do we start?",
        ("Shall we say six", "What time do we start", DH),
    ),
    MoreMail(
        "quoted line wrapped by the sender's program without a marker (de)",
        "de",
        "Hallo Herr Weber,\n\nja, das schaffe ich bis Freitag.\n\nGrüße\nJohanna",
        "Hallo Herr Weber,\n\n> können Sie uns bis Freitag ein Angebot für die Treppe aus Eiche "
        "mit\ngeschlossenen Stufen schicken?\n\nja, das schaffe ich bis Freitag.\n\nGrüße\nJohanna",
        ("geschlossenen Stufen", "Treppe aus Eiche"),
    ),
    MoreMail(
        "quoted line wrapped without a marker (en)",
        "en",
        "Hi Dan,\n\nyes, gluten-free is no problem.\n\nM x",
        "Hi Dan,\n\n> could you also do a few gluten-free loaves for the stall on the harbour\n"
        "side?\n> Thanks\n\nyes, gluten-free is no problem.\n\nM x",
        ("stall on the harbour", "side?"),
    ),
    MoreMail(
        "her answers right under the quoted lines, no blank lines (de)",
        "de",
        "Ja.\nLieber um neun.\n\nLG Jo",
        "> Passt Dienstag?\nJa.\n> Um acht?\nLieber um neun.\n\nLG Jo",
        ("Passt Dienstag", "Um acht"),
    ),
    MoreMail(
        "her whole mail under a quote without header (de)",
        "de",
        "Hallo Herr Weber,\n\nja, das Angebot kommt bis Donnerstag.\n\nBeste Grüße\n"
        "Johanna Kellermann",
        quoted(ORIG_DE) + "\n\nHallo Herr Weber,\n\nja, das Angebot kommt bis Donnerstag.\n\n"
        "Beste Grüße\nJohanna Kellermann",
        QD,
    ),
    MoreMail(
        "her whole mail under header and quote, with signature (en)",
        "en",
        "Hi Dan,\n\nwe'd love to. Two stalls or one?\n\nBest,\nMorwenna",
        f"On Mon, May 12, 2025 at 2:03 PM Dan Hughes <{DH}> wrote:\n\n"
        + quoted(ORIG_EN)
        + "\n\nHi Dan,\n\nwe'd love to. Two stalls or one?\n\nBest,\nMorwenna\n\n-- \n"
        "Pike's Bakery · Falmouth\n01326 555123",
        (*QE, DH, "555123"),
    ),
    MoreMail(
        "bottom-posted, her text says „schrieb mir“ (de)",
        "de",
        "Hallo Herr Weber,\n\nder Statiker schrieb mir gestern, dass die Wand tragend ist. "
        "Wir brauchen also einen Träger.\n\nViele Grüße\nJohanna Kellermann",
        f"Am 12.05.2025 um 14:03 schrieb Thomas Weber <{TW}>:\n> Hallo Frau Kellermann,\n"
        "> wie war das Gespräch mit dem Statiker?\n\nHallo Herr Weber,\n\nder Statiker schrieb "
        "mir gestern, dass die Wand tragend ist. Wir brauchen also einen Träger.\n\n"
        "Viele Grüße\nJohanna Kellermann",
        ("wie war das Gespräch", "schrieb Thomas"),
    ),
    MoreMail(
        "inline answers, her line says „wrote back“ (en)",
        "en",
        "Hi Dan,\n\nThey wrote back on Friday: we get the corner pitch.\n\n"
        "Sorted, two sockets.\n\nBest\nMorwenna",
        "Hi Dan,\n\n> Did the council reply about the stall?\n\nThey wrote back on Friday: we get "
        "the corner pitch.\n\n> And the power supply?\n\nSorted, two sockets.\n\nBest\nMorwenna",
        ("Did the council reply", "power supply"),
    ),
]

SIGNATURES: list[MoreMail] = [
    MoreMail(
        "„--“ without trailing space, company and name below (de)",
        "de",
        "Hallo Thomas,\n\ndie Zeichnung ist im Anhang.\n\nGruß\nJohanna",
        "Hallo Thomas,\n\ndie Zeichnung ist im Anhang.\n\nGruß\nJohanna\n--\nTischlerei "
        "Kellermann\nJohanna Kellermann\nAm Mühlbach 4, 37000 Lindenfeld\nTel. 05551 98765-0",
        ("Tischlerei Kellermann", "Am Mühlbach", "98765"),
    ),
    MoreMail(
        "„__“ line before the signature (en)",
        "en",
        "Hi Dan,\n\nall booked in for the 21st.\n\nBest,\nMorwenna",
        "Hi Dan,\n\nall booked in for the 21st.\n\nBest,\nMorwenna\n__\nMorwenna Pike\n"
        "Pike's Bakery, Falmouth\n07700 900123",
        ("Morwenna Pike", "Falmouth", "900123"),
    ),
    MoreMail(
        "name and phone only, no sign-off (de)",
        "de",
        "Hallo Thomas,\n\nich bin ab 10 Uhr auf der Baustelle, ruf einfach an.",
        "Hallo Thomas,\n\nich bin ab 10 Uhr auf der Baustelle, ruf einfach an.\n\n"
        "Johanna Kellermann\n0170 1234567",
        ("Johanna Kellermann", "1234567"),
    ),
    MoreMail(
        "first name and mobile under the sign-off (en)",
        "en",
        "Hi Dan,\n\nvan's free.\n\nThanks\nMorwenna",
        "Hi Dan,\n\nvan's free.\n\nThanks\nMorwenna\nMob: 07700 900123",
        ("900123",),
    ),
    MoreMail(
        "German legal footer without separator, with middle dots (de)",
        "de",
        DE4,
        DE4 + "\n\nTischlerei Kellermann GmbH · Am Mühlbach 4 · 37000 Lindenfeld\n"
        "Sitz der Gesellschaft: Lindenfeld · Amtsgericht Hohenfeld HRB 4711\n"
        "Geschäftsführerin: Johanna Kellermann · USt-IdNr.: DE 123 456 789",
        ("Kellermann GmbH", "Sitz der Gesellschaft", "HRB 4711", "DE 123"),
    ),
    MoreMail(
        "German footer with Geschäftsführer and Handelsregister, no colons (de)",
        "de",
        DE2,
        DE2 + "\n\nTischlerei Kellermann GmbH\nGeschäftsführer Peter Kellermann\n"
        "Handelsregister Amtsgericht Hohenfeld HRB 4711\nUSt-IdNr. DE123456789",
        ("Kellermann GmbH", "Peter Kellermann", "HRB 4711"),
    ),
    MoreMail(
        "German footer: Steuernummer and a sentence on Datenschutz (de)",
        "de",
        DE3,
        DE3 + "\n\nSteuernummer 21/345/67890\nInformationen zum Datenschutz finden Sie unter "
        "www.kellermann-holzbau.de/datenschutz",
        ("21/345", "Datenschutz"),
    ),
    MoreMail(
        "English legal footer: registered in England and Wales, company number (en)",
        "en",
        EN2,
        EN2 + "\n\nPike's Bakery Ltd is registered in England and Wales under company number "
        "01234567. Registered address: 4 Harbour Road, Falmouth TR11 2AB.",
        ("registered in England", "01234567", "Harbour Road"),
    ),
    MoreMail(
        "English footer: VAT registration and company number lines (en)",
        "en",
        EN4,
        EN4 + "\n\nPike's Bakery Ltd\nCompany No. 01234567\nVAT Reg No. GB 123 4567 89",
        ("Company No", "VAT Reg", "Bakery Ltd"),
    ),
    MoreMail(
        "English confidentiality notice: this message and any attachments (en)",
        "en",
        EN1,
        EN1 + "\n\nCONFIDENTIAL: This message and any attachments are intended for the named "
        "recipient only. If you have received it in error, please tell the sender and delete it.",
        ("named recipient", "received it in error"),
    ),
    MoreMail(
        "German confidentiality notice: Diese E-Mail ist vertraulich (de)",
        "de",
        DE4,
        DE4 + "\n\nDiese E-Mail ist vertraulich und nur für den angegebenen Empfänger bestimmt. "
        "Wenn Sie diese E-Mail irrtümlich erhalten haben, informieren Sie bitte den Absender "
        "und löschen Sie die Nachricht.",
        ("vertraulich", "irrtümlich"),
    ),
    MoreMail(
        "German notice: Der Inhalt dieser E-Mail ist vertraulich (de)",
        "de",
        DE1,
        DE1 + "\n\nDer Inhalt dieser E-Mail ist vertraulich. Falls Sie nicht der richtige "
        "Adressat sind, löschen Sie diese E-Mail bitte.",
        ("Inhalt dieser E-Mail", "richtige Adressat"),
    ),
    MoreMail(
        "own motto under the first name (de)",
        "de",
        "Hallo Thomas,\n\nbis morgen!\n\nBeste Grüße\nJohanna",
        "Hallo Thomas,\n\nbis morgen!\n\nBeste Grüße\nJohanna\n\n„Gutes Holz braucht Zeit“",
        ("Gutes Holz braucht Zeit",),
    ),
    MoreMail(
        "signature with M:/E:/W: labels under name and title (en)",
        "en",
        "Hi Dan,\n\nprices attached.\n\nBest wishes",
        "Hi Dan,\n\nprices attached.\n\nBest wishes\n\nMorwenna Pike\nFounder\nPike's Bakery\n"
        f"M: 07700 900123\nE: {HERS_EN_ADDR}\nW: pikes-bakery.co.uk",
        ("Morwenna Pike", "Founder", "900123", "W: pikes"),
    ),
]

DEVICES: list[MoreMail] = [
    reply(
        "Sent from my Galaxy, then Samsung's original (en)",
        EN3,
        f"\n\nSent from my Galaxy\n\n\n-------- Original message --------\nFrom: Dan Hughes <{DH}>"
        f"\nDate: 12/05/2025 14:03 (GMT+00:00)\nTo: {HERS_EN_ADDR}\nSubject: Festival\n\n"
        + ORIG_EN,
        (*QE, "Galaxy", "Original message"),
    ),
    reply(
        "Sent from my T-Mobile device (en)",
        EN4,
        "\n\nSent from my T-Mobile 5G Device",
        ("T-Mobile", "Device"),
    ),
    reply(
        "Gesendet mit der WEB.DE Mail App (de)",
        DE3,
        "\n\nGesendet mit der WEB.DE Mail App",
        ("WEB.DE",),
    ),
    reply(
        "Von meinem Fairphone gesendet, Gmail header right below (de)",
        DE5,
        "\n\nVon meinem Fairphone gesendet\n"
        f"Am Mo., 12. Mai 2025, 14:03 schrieb Thomas Weber <{TW}>:\n" + quoted(ORIG_DE),
        (*QD, "Fairphone", TW),
    ),
    reply(
        "Avast sentence and link without a sign-off (de)",
        "Hallo Thomas,\n\ndie Rechnung ist raus.",
        "\n\n---\nDiese E-Mail wurde von Avast Antivirus-Software auf Viren geprüft.\n"
        "https://www.avast.com/antivirus",
        ("Avast", "auf Viren"),
    ),
    reply(
        "mail scanner tagline of the company (en)",
        EN5,
        "\n\nThis email has been scanned by the Harbourmail Security service.\n"
        "For more information please visit www.harbourmail.example",
        ("scanned by", "harbourmail"),
    ),
]

SHORT: list[MoreMail] = [
    MoreMail(
        "one line with sign-off, iPhone and quote (de)",
        "de",
        "Passt! LG Jo",
        f"Passt! LG Jo\n\nVon meinem iPhone gesendet\n\n> Am 12.05.2025 um 14:03 schrieb Thomas "
        f"Weber <{TW}>:\n> \n> Dienstag um acht?",
        ("iPhone", "Dienstag um acht"),
    ),
    MoreMail(
        "emoji and initial, Apple header (en)",
        "en",
        "👍 see you then!\nM x",
        f"👍 see you then!\nM x\n\nSent from my iPhone\n\nOn 12 May 2025, at 14:03, Dan Hughes "
        f"<{DH}> wrote:\n\n> Tuesday at eight?",
        ("iPhone", "Tuesday at eight", DH),
    ),
    MoreMail(
        "emoji in text and sign-off, Outlook header (de)",
        "de",
        DE5,
        DE5 + f"\n\nVon: Thomas Weber <{TW}>\nGesendet: Montag, 12. Mai 2025 14:03\n"
        f"An: Johanna Kellermann <{HERS_DE_ADDR}>\nBetreff: Stufen\n\n" + ORIG_DE,
        (*QD, "Gesendet: Montag"),
    ),
    MoreMail(
        "a word and a name, Gmail quote (en)",
        "en",
        "Perfect.\n\nMorwenna",
        f"Perfect.\n\nMorwenna\n\nOn Mon, 12 May 2025 at 14:03, Dan Hughes <{DH}> wrote:\n"
        + quoted(ORIG_EN),
        (*QE, DH),
    ),
]

HTML: list[MoreMail] = [
    MoreMail(
        "HTML only: Gmail with signature and quote containers (de)",
        "de",
        "Hallo Thomas,\n\ndie Stufen sind verleimt, morgen wird geölt.\n\nLG Jo",
        '<div dir="ltr">Hallo Thomas,<div><br></div><div>die Stufen sind verleimt, morgen wird '
        'geölt.</div><div><br></div><div>LG Jo</div><br><div class="gmail_signature">'
        "Johanna Kellermann<br>Tischlerei Kellermann<br>Tel. 05551 98765-0</div></div><br>"
        '<div class="gmail_quote"><div class="gmail_attr">Am Mo., 12. Mai 2025 um 14:03 Uhr '
        f'schrieb Thomas Weber &lt;{TW}&gt;:<br></div><blockquote class="gmail_quote">Hallo '
        "Frau Kellermann,<br>können Sie uns bis Freitag ein Angebot für die Treppe schicken?"
        "</blockquote></div>",
        (*QD, "Tischlerei Kellermann", "98765", TW),
        html=True,
    ),
    MoreMail(
        "HTML only: Outlook with signature div and reply marker (en)",
        "en",
        "Hi Dan,\n\nthe quote is attached.\n\nKind regards,\nMorwenna",
        "<html><body><p>Hi Dan,</p><p>the quote is attached.</p><p>Kind regards,<br>Morwenna"
        '</p><div id="Signature"><p>Morwenna Pike | Pike\'s Bakery<br>07700 900123</p></div>'
        '<hr style="display:inline-block;width:98%"><div id="divRplyFwdMsg"><b>From:</b> Dan '
        f"Hughes &lt;{DH}&gt;<br><b>Sent:</b> Monday, May 12, 2025 2:03 PM<br><b>To:</b> "
        "Morwenna Pike</div><div>Hi Morwenna, would you cater the harbour festival on the 21st?"
        "</div></body></html>",
        (*QE, "Morwenna Pike |", "900123", DH),
        html=True,
    ),
    MoreMail(
        "HTML only: Apple Mail with header above the blockquote (de)",
        "de",
        "Passt, bis Dienstag!\n\nLG Jo",
        '<html><body dir="auto">Passt, bis Dienstag!<div><br></div><div>LG Jo</div><div><br>'
        f"<div>Am 12.05.2025 um 14:03 schrieb Thomas Weber &lt;{TW}&gt;:<br><br></div>"
        '<blockquote type="cite"><div>Hallo Frau Kellermann,<br>können Sie uns bis Freitag ein '
        "Angebot für die Treppe schicken?</div></blockquote></div></body></html>",
        (*QD, TW),
        html=True,
    ),
    MoreMail(
        "HTML only: Outlook (de) with border-top header and plain original",
        "de",
        "Hallo Herr Weber,\n\ndas Aufmaß machen wir am Dienstag.\n\nMit freundlichen Grüßen\n"
        "Johanna Kellermann",
        "<div><p>Hallo Herr Weber,</p><p>das Aufmaß machen wir am Dienstag.</p><p>Mit "
        'freundlichen Grüßen<br>Johanna Kellermann</p></div><div style="border:none;border-top:'
        'solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm"><p><b>Von:</b> Thomas Weber '
        f"&lt;{TW}&gt;<br><b>Gesendet:</b> Montag, 12. Mai 2025 14:03<br><b>An:</b> Johanna "
        "Kellermann<br><b>Betreff:</b> Treppe</p></div><p>Hallo Frau Kellermann, können Sie "
        "uns bis Freitag ein Angebot für die Treppe schicken?</p>",
        (*QD, "Gesendet:", TW),
        html=True,
    ),
]

# Her own text that looks like a header or a footer: it must all stay; the strings that
# must go come from a real header appended below, where there is one.
OUTLOOK_TW = (
    f"\n\nVon: Thomas Weber <{TW}>\nGesendet: Montag, 12. Mai 2025 14:03\n"
    f"An: Johanna Kellermann <{HERS_DE_ADDR}>\nBetreff: AW: Treppe\n\n" + ORIG_DE
)
LOOKALIKE_DE1 = (
    "Hallo Thomas,\n\nAm 9. Mai schrieb mir der Statiker:\ndie Wand ist tragend, wir brauchen "
    "einen Stahlträger.\nDas verschiebt alles um eine Woche.\n\nLG Jo"
)
LOOKALIKE_DE2 = (
    "Hallo Thomas,\n\nwegen der Lieferung:\nMein Kollege Peter schrieb:\nDie Platten kommen erst "
    "am Freitag.\nWir fangen also am Montag an.\n\nGruß\nJohanna"
)
LOOKALIKE_DE3 = (
    "Hallo Thomas,\n\nhier der Plan für die Montage:\nVon: Montag\nBis: Mittwoch\n"
    "An: Baustelle Hohenfeld, Haus 3\n\nLG Jo"
)
LOOKALIKE_DE4 = (
    "Hallo Herr Weber,\n\nam 12. Mai hat mir Frau Brandt geschrieben:\nsie möchte doch "
    "Buche statt Eiche.\nIch passe das Angebot an.\n\nViele Grüße\nJohanna Kellermann"
)
LOOKALIKE_EN1 = (
    "Hi Dan,\n\nOn Monday at 10:30 I wrote to the council:\nwe need the corner pitch and two "
    "sockets.\nNo answer yet.\n\nCheers,\nMorwenna"
)
LOOKALIKE_EN2 = (
    "Hi Dan,\n\nthe stall hire runs\nFrom: Friday 20th\nTo: Sunday 22nd\n\nCheers,\nMorwenna"
)
LOOKALIKE_EN3 = (
    "Hi Dan,\n\nThe council wrote to me on 9 May:\nthe pitch is ours if we bring our own "
    "gazebo.\n\nBest\nMorwenna"
)
LOOKALIKE_DE5 = (
    "Hallo Thomas,\n\nAm 14.05. um 7:30 schrieb der Spediteur:\nAuslieferung erst ab Mittag."
    "\nIch sag dir Bescheid, wenn er da ist.\n\nJo"
)
LOOKALIKES: list[MoreMail] = [
    MoreMail(
        "her sentence „Am 14.05. um 7:30 schrieb der Spediteur:“ (de)",
        "de",
        LOOKALIKE_DE5,
        LOOKALIKE_DE5 + "\n\nGesendet mit der GMX Mail App",
        ("GMX",),
    ),
    MoreMail(
        "her sentence „Am 9. Mai schrieb mir der Statiker:“, Outlook header below (de)",
        "de",
        LOOKALIKE_DE1,
        LOOKALIKE_DE1 + OUTLOOK_TW,
        (*QD, "Gesendet: Montag"),
    ),
    MoreMail(
        "her line „Mein Kollege Peter schrieb:“ (de)",
        "de",
        LOOKALIKE_DE2,
        LOOKALIKE_DE2 + OUTLOOK_TW,
        (*QD, "Gesendet: Montag"),
    ),
    MoreMail(
        "her list „Von: Montag / Bis: Mittwoch / An: Baustelle“ (de)",
        "de",
        LOOKALIKE_DE3,
        LOOKALIKE_DE3 + OUTLOOK_TW,
        (*QD, "Gesendet: Montag"),
    ),
    MoreMail(
        "her sentence „am 12. Mai hat mir Frau Brandt geschrieben:“ (de)",
        "de",
        LOOKALIKE_DE4,
        LOOKALIKE_DE4,
        (),
    ),
    MoreMail(
        "her sentence „On Monday at 10:30 I wrote to the council:“ (en)",
        "en",
        LOOKALIKE_EN1,
        LOOKALIKE_EN1
        + f"\n\nOn Mon, 12 May 2025 at 14:03, Dan Hughes <{DH}> wrote:\n"
        + quoted(ORIG_EN),
        (*QE, DH),
    ),
    MoreMail(
        "her list „From: Friday / To: Sunday“ (en)",
        "en",
        LOOKALIKE_EN2,
        LOOKALIKE_EN2,
        (),
    ),
    MoreMail(
        "her sentence „The council wrote to me on 9 May:“ (en)",
        "en",
        LOOKALIKE_EN3,
        LOOKALIKE_EN3 + "\n\nSent from my iPhone",
        ("iPhone",),
    ),
]

# Written after the first fixes, to check that they solved classes and not rows.
ROUND_TWO: list[MoreMail] = [
    reply(
        "iPhone (de), device line with a request to excuse typos",
        DE3,
        "\n\nVon meinem iPhone gesendet (bitte Tippfehler entschuldigen)",
        ("iPhone", "Tippfehler"),
    ),
    reply(
        "iPhone (en), device line with an excuse after a dash",
        EN4,
        "\n\nSent from my iPhone - please excuse any typos",
        ("iPhone", "typos"),
    ),
    reply(
        "Austrian footer: Firmenbuch and UID (de)",
        DE4,
        "\n\nTischlerei Kellermann GmbH\nFirmenbuchnummer: FN 123456a, Landesgericht Salzburg\n"
        "UID: ATU12345678",
        ("Firmenbuch", "ATU12345678", "Kellermann GmbH"),
    ),
    reply(
        "Swiss footer: UID with MWST (de)",
        DE2,
        "\n\nKellermann Holzbau AG\nHandelsregister des Kantons Bern\nUID CHE-123.456.789 MWST",
        ("CHE-123", "Kantons Bern", "Holzbau AG"),
    ),
    reply(
        "English notice: contents are confidential, views of the author (en)",
        EN1,
        "\n\nThe contents of this email are confidential. Any views or opinions expressed in "
        "this email are solely those of the author.",
        ("contents of this email", "views or opinions"),
    ),
    reply(
        "English footer: registered charity (en)",
        EN5,
        "\n\nHarbour Kitchen Trust is a registered charity in England and Wales (no. 1234567).",
        ("registered charity", "1234567"),
    ),
    reply(
        "German notice: ausschließlich für den bezeichneten Adressaten bestimmt (de)",
        DE1,
        "\n\nDiese Nachricht ist ausschließlich für den bezeichneten Adressaten bestimmt. "
        "Eine Weitergabe an Dritte ist nicht gestattet.",
        ("bezeichneten Adressaten", "Weitergabe an Dritte"),
    ),
    MoreMail(
        "HTML only: Thunderbird with moz-signature and cite prefix (de)",
        "de",
        "Hallo Thomas,\n\ndas Geländer kommt am Freitag.\n\nGruß\nJohanna",
        "<html><body><p>Hallo Thomas,</p><p>das Geländer kommt am Freitag.</p><p>Gruß<br>"
        'Johanna</p><div class="moz-signature">-- <br>Tischlerei Kellermann<br>Am Mühlbach 4'
        '</div><div class="moz-cite-prefix">Am 12.05.25 um 14:03 schrieb Thomas Weber:<br>'
        '</div><blockquote type="cite">Hallo Frau Kellermann, können Sie uns bis Freitag ein '
        "Angebot für die Treppe schicken?</blockquote></body></html>",
        (*QD, "Tischlerei Kellermann", "Am Mühlbach"),
        html=True,
    ),
    MoreMail(
        "header wrapped over four lines with a bare weekday first (en)",
        "en",
        EN2,
        EN2 + f"\n\nOn Monday,\nMay 12, 2025 at 2:03 PM,\nDan Hughes <{DH}>\nwrote:\n\n" + ORIG_EN,
        (*QE, "On Monday,", DH),
    ),
    MoreMail(
        "German header, weekday line, > quote, her answer below (de)",
        "de",
        "Ja, Dienstag passt.\n\nLG Jo",
        f"Am Dienstag,\n13. Mai 2025 um 09:41 schrieb Thomas Weber <{TW}>:\n> Passt Dienstag?"
        "\n\nJa, Dienstag passt.\n\nLG Jo",
        ("Am Dienstag,", "Passt Dienstag?", TW),
    ),
    MoreMail(
        "signature with a social line, no sign-off (en)",
        "en",
        "Hi Dan,\n\nsee you on Friday at the harbour.",
        "Hi Dan,\n\nsee you on Friday at the harbour.\n\nMorwenna Pike\nPike's Bakery\n"
        "Follow us on Instagram @pikesbakery",
        ("Morwenna Pike", "Instagram"),
    ),
    MoreMail(
        "Gmail (en), sender via a group, original not quoted",
        "en",
        EN4,
        EN4 + "\n\nOn Mon, May 12, 2025 at 2:03 PM Dan Hughes via Harbour Events <"
        "events@harbour-events.co.uk> wrote:\n\n" + ORIG_EN,
        (*QE, "via Harbour Events"),
    ),
    MoreMail(
        "her inline answers, one directly under a long quoted line ending in „?“ (de)",
        "de",
        "Hallo Herr Weber,\nja, bis Freitag.\n\nViele Grüße\nJohanna Kellermann",
        "Hallo Herr Weber,\n> Können Sie uns bitte bis Freitag ein Angebot für die Treppe aus "
        "Eiche schicken?\nja, bis Freitag.\n\nViele Grüße\nJohanna Kellermann",
        ("Können Sie uns bitte",),
    ),
    MoreMail(
        "her sentence „Am Montag schrieb Frau Brandt:“ with her words below (de)",
        "de",
        "Hallo Thomas,\n\nAm Montag um 8:15 schrieb die Bauleiterin:\nBitte erst ab neun "
        "anliefern.\nDas kriegen wir hin.\n\nGruß\nJohanna",
        "Hallo Thomas,\n\nAm Montag um 8:15 schrieb die Bauleiterin:\nBitte erst ab neun "
        "anliefern.\nDas kriegen wir hin.\n\nGruß\nJohanna",
        (),
    ),
    MoreMail(
        "header over four lines under her text without a sign-off (en)",
        "en",
        "Hi Dan,\n\nyes, that works for us.",
        f"Hi Dan,\n\nyes, that works for us.\n\nOn Monday,\nMay 12, 2025 at 2:03 PM,\n"
        f"Dan Hughes <{DH}>\nwrote:\n> Hi Morwenna,\n> would you cater the harbour festival?",
        (*QE, "On Monday,", "2:03 PM", DH),
    ),
    MoreMail(
        "header over four lines under her text without a sign-off (de)",
        "de",
        "Hallo Thomas,\n\nja, passt.",
        "Hallo Thomas,\n\nja, passt.\n\nAm Montag, den\n12.05.2025 um 14:03\nschrieb Thomas "
        f"Weber\n<{TW}>:\n\n" + ORIG_DE,
        (*QD, "Am Montag, den", "14:03", TW),
    ),
]

MORE_MAILS: list[MoreMail] = HEADERS + FORWARDS + QUOTES + SIGNATURES + DEVICES + SHORT + HTML
MORE_MAILS += LOOKALIKES + ROUND_TWO
