"""Hand-written reply mails as mail programs format them: her words, and what must go.

Each ReplyMail is one message body after decoding: `her` is exactly the text of hers that
must stay (greeting, body, sign-off), `body` the whole body as the program sends it, and
`leaks` strings of the quoted original, the reply header and the signature that must not
end up in her passages. The reply headers and signatures follow the layouts of the mail
programs named in `program` (German and English user interfaces); every text is ours.
Used by tests/importers/test_reply_mails.py and bench/bench_replies.py.
"""

from __future__ import annotations

from typing import NamedTuple


class ReplyMail(NamedTuple):
    """One reply mail: program, language, her words, the full body, strings that must go."""

    program: str
    language: str
    her: str
    body: str
    leaks: tuple[str, ...]


ADDR = "anna@berg-text.de"
QUOTE_DE = "Liebe Johanna,\nwann können wir die Küche ausmessen?\nViele Grüße\nAnna"
QUOTE_EN = "Dear Morwenna,\ncould you bake forty scones for Saturday?\nThanks, Anna"
Q_DE = ("wann können wir die Küche ausmessen",)
Q_EN = ("could you bake forty scones",)

DE1 = (
    "Hallo Anna,\n\ndanke für die Fotos von der Küche. Die Eichenplatten kommen am Donnerstag, "
    "dann können wir am Freitag mit dem Einbau anfangen.\n\nLiebe Grüße\nJohanna"
)
DE2 = (
    "Liebe Frau Berg,\n\nvielen Dank für Ihre Nachricht. Den Termin am Mittwoch um 9 Uhr "
    "bestätige ich gern; bitte räumen Sie vorher die Hängeschränke leer.\n\n"
    "Mit freundlichen Grüßen"
)
DE3 = "Servus Anna,\n\npasst, ich bring die Muster morgen vorbei.\n\nPfiat di\nJohanna"
DE4 = (
    "Moin Anna,\n\nkurz zur Info: Die Lieferung verschiebt sich um eine Woche, der Spediteur "
    "hat sich gemeldet. Ich rufe dich später noch an.\n\nViele Grüße"
)
DE5 = (
    "Hallo zusammen,\n\nhier die Punkte für Montag:\n- Maße der Nische prüfen\n- Farbe der "
    "Fronten festlegen\n- Termin für die Montage\n\nBis dann\nJohanna"
)
DE6 = (
    "Hallo Anna,\n\nja, das geht. Am Montag schrieb mir der Kunde schon, dass er es eilig hat."
    "\n\nLG Johanna\n\nPS: Die Rechnung kommt separat."
)
EN1 = (
    "Hi Anna,\n\nyes, forty scones for Saturday is fine. I'll bring them round by nine, "
    "still warm if the oven behaves.\n\nBest wishes\nMorwenna"
)
EN2 = (
    "Dear Ms Berg,\n\nthank you for your order. Please find the invoice attached; payment "
    "is due within fourteen days.\n\nKind regards,"
)
EN3 = "Hiya Anna,\n\nlovely to hear from you! Saturday works a treat.\n\nCheers\nMorwenna x"
EN4 = (
    "Hi Anna,\n\nquick one: the sourdough class moves to the 14th because the hall is "
    "booked. Hope that still suits.\n\nBest,\nMorwenna"
)
EN5 = (
    "Morning all,\n\nthree things for Friday:\n- collect the flour order\n- label the jars\n"
    "- ring the caterer\n\nThanks\nMorwenna"
)
EN6 = (
    "Hi Anna,\n\nall sorted. On Monday a customer wrote to me that she loved the rye.\n\n"
    "Speak soon\nMorwenna xx\n\nP.S. The invoice follows separately."
)

OUTLOOK_DE = (
    f"Von: Anna Berg <{ADDR}>\nGesendet: Dienstag, 3. Juni 2025 10:12\n"
    "An: Johanna Kellermann <info@kellermann-holz.de>\nBetreff: Küche\n\n"
)
OUTLOOK_EN = (
    f"From: Anna Berg <{ADDR}>\nSent: Tuesday, June 3, 2025 10:12 AM\n"
    "To: Morwenna Pike <hello@pikes-bakery.co.uk>\nSubject: Scones\n\n"
)
SIG_DE_FULL = (
    "Johanna Kellermann\nTischlermeisterin | Geschäftsführerin\nKellermann Holzbau GmbH\n"
    "Am Mühlbach 4 · 37000 Lindenfeld\nTel. 05551 98765-0\nwww.kellermann-holzbau.de"
)
SIG_DE_LEAKS = ("Johanna Kellermann", "Tischlermeisterin", "Holzbau GmbH", "Am Mühlbach", "98765")
SIG_EN_FULL = (
    "Morwenna Pike\nOwner & Head Baker\nPike's Bakery Ltd\nt. 01326 555 123\nf. 01326 555 124\n"
    "skype: morwenna.pike\nwww.pikes-bakery.co.uk"
)
SIG_EN_LEAKS = ("Morwenna Pike", "Head Baker", "Bakery Ltd", "555 123", "skype")


def reply(program: str, her: str, after: str, leaks: tuple[str, ...]) -> ReplyMail:
    """A top-posted reply: her text, then what the program appends."""
    language = "en" if her in ENGLISH else "de"
    return ReplyMail(program, language, her, her + after, leaks)


ENGLISH = (EN1, EN2, EN3, EN4, EN5, EN6)

TOP_POSTED: list[ReplyMail] = [
    reply("Outlook desktop (de)", DE1, "\n\n" + OUTLOOK_DE + QUOTE_DE, (*Q_DE, "Gesendet:")),
    reply(
        "Outlook desktop (de), rule and mailto",
        DE2,
        f"\n\n________________________________\nVon: Anna Berg [mailto:{ADDR}]\n"
        "Gesendet: Dienstag, 3. Juni 2025 10:12\nAn: info@kellermann-holz.de\n"
        "Betreff: Termin\n\n" + QUOTE_DE,
        (*Q_DE, "mailto", "Gesendet:"),
    ),
    reply(
        "Outlook desktop (en), Original Message and mailto",
        EN2,
        f"\n\n-----Original Message-----\nFrom: Anna Berg [mailto:{ADDR}] \n"
        "Sent: Tuesday, June 3, 2025 10:12 AM\nTo: hello@pikes-bakery.co.uk\n"
        "Subject: RE: Order\n\n" + QUOTE_EN,
        (*Q_EN, "mailto", "Original Message"),
    ),
    reply(
        "Outlook desktop (de), Ursprüngliche Nachricht",
        DE4,
        "\n\n-----Ursprüngliche Nachricht-----\n" + OUTLOOK_DE + QUOTE_DE,
        (*Q_DE, "Ursprüngliche Nachricht"),
    ),
    reply(
        "Outlook web (de), bold labels",
        DE1,
        f"\n\n*Von:* Anna Berg <{ADDR}>\n*Gesendet:* Dienstag, 3. Juni 2025 10:12\n"
        "*An:* Johanna Kellermann\n*Betreff:* Küche\n\n" + QUOTE_DE,
        (*Q_DE, "*Von:*"),
    ),
    reply(
        "Outlook web (en), labels on lines of their own",
        EN4,
        f"\n\n________________________________\nFrom:\nAnna Berg <{ADDR}>\nSent:\n"
        "Tuesday, June 3, 2025 10:12\nTo:\nMorwenna Pike\nSubject:\nClass\n\n" + QUOTE_EN,
        (*Q_EN, "Tuesday, June 3"),
    ),
    reply(
        "Outlook for Mac (de)",
        DE3,
        f"\n\nVon: Anna Berg <{ADDR}>\nDatum: Dienstag, 3. Juni 2025 um 10:12\n"
        "An: Johanna Kellermann <info@kellermann-holz.de>\nBetreff: Muster\n\n" + QUOTE_DE,
        (*Q_DE, "Datum: Dienstag"),
    ),
    reply(
        "Outlook for Mac (en), header with blank lines between",
        EN1,
        f"\n\nFrom: Anna Berg <{ADDR}>\n\nDate: Tuesday, 3 June 2025 at 10:12\n\n"
        "To: Morwenna Pike <hello@pikes-bakery.co.uk>\n\nSubject: Scones\n\n" + QUOTE_EN,
        (*Q_EN, "Date: Tuesday"),
    ),
    reply(
        "Outlook iOS (en)",
        EN1,
        "\n\nGet Outlook for iOS<https://aka.ms/o0ukef>\n________________________________\n"
        + OUTLOOK_EN
        + QUOTE_EN,
        (*Q_EN, "Get Outlook", "aka.ms"),
    ),
    reply(
        "Outlook Android (de)",
        DE4,
        "\n\nOutlook für Android herunterladen<https://aka.ms/AAb9ysg>\n"
        "________________________________\n" + OUTLOOK_DE + QUOTE_DE,
        (*Q_DE, "Outlook für Android", "aka.ms"),
    ),
    reply(
        "Outlook iOS (de), Von Outlook gesendet",
        DE1,
        "\n\nVon Outlook für iOS gesendet<https://aka.ms/o0ukef>\n\n" + OUTLOOK_DE + QUOTE_DE,
        (*Q_DE, "Outlook für iOS"),
    ),
    reply(
        "Outlook desktop signature without separator (de)",
        DE2,
        "\n\n" + SIG_DE_FULL + "\n\n" + OUTLOOK_DE + QUOTE_DE,
        Q_DE + SIG_DE_LEAKS,
    ),
    reply(
        "Outlook desktop signature without separator (en)",
        EN2,
        "\n\n" + SIG_EN_FULL + "\n\n" + OUTLOOK_EN + QUOTE_EN,
        Q_EN + SIG_EN_LEAKS,
    ),
    reply(
        "Outlook signature right under the sign-off (de)",
        DE4,
        "\nJohanna Kellermann\nKellermann Holzbau GmbH – Ihre Tischlerei seit 1982 in Lindenfeld "
        "und Umgebung\nTelefon: +49 5551 98765-0 | Mobil: +49 170 1234567",
        ("Johanna Kellermann", "Tischlerei seit 1982", "1234567"),
    ),
    reply(
        "Apple Mail (en), header wrapped after the time",
        EN1,
        f"\n\nOn 3 Jun 2025, at 10:12,\nAnna Berg <{ADDR}> wrote:\n\n" + QUOTE_EN,
        (*Q_EN, "On 3 Jun 2025", "wrote:"),
    ),
    reply(
        "Apple Mail (en), header wrapped before the address",
        EN3,
        f"\n\nOn Jun 3, 2025, at 10:12 AM, Anna Berg\n<{ADDR}> wrote:\n\n" + QUOTE_EN,
        (*Q_EN, "On Jun 3, 2025", "wrote:"),
    ),
    reply(
        "Apple Mail (en), wrapped header and > quote",
        EN4,
        f"\n\n> On 3 Jun 2025, at 10:12, Anna Berg <{ADDR}>\n> wrote:\n> \n> Dear Morwenna,\n"
        "> could you bake forty scones for Saturday?",
        (*Q_EN, "On 3 Jun 2025"),
    ),
    reply(
        "Apple Mail (de)",
        DE1,
        f"\n\n> Am 03.06.2025 um 10:12 schrieb Anna Berg <{ADDR}>:\n> \n> Liebe Johanna,\n"
        "> wann können wir die Küche ausmessen?",
        (*Q_DE, "schrieb Anna"),
    ),
    reply(
        "iPhone Mail (de), device line and unquoted original",
        DE3,
        f"\n\nVon meinem iPhone gesendet\n\nAm 03.06.2025 um 10:12 schrieb Anna Berg <{ADDR}>:"
        "\n\n" + QUOTE_DE,
        (*Q_DE, "iPhone", "schrieb Anna"),
    ),
    reply(
        "iPad Mail (en)",
        EN3,
        f"\n\nSent from my iPad\n\n> On 3 Jun 2025, at 10:12, Anna Berg <{ADDR}> wrote:\n>\n"
        "> Dear Morwenna,\n> could you bake forty scones for Saturday?",
        (*Q_EN, "iPad"),
    ),
    reply(
        "Gmail (de), address wrapped",
        DE1,
        f"\n\nAm Di., 3. Juni 2025 um 10:12 Uhr schrieb Anna Berg <\n{ADDR}>:\n\n> Liebe "
        "Johanna,\n> wann können wir die Küche ausmessen?",
        (*Q_DE, "schrieb Anna", ADDR),
    ),
    reply(
        "Gmail (en), wrote on the next line",
        EN1,
        f"\n\nOn Tue, Jun 3, 2025 at 10:12 AM Anna Berg <{ADDR}>\nwrote:\n\n" + QUOTE_EN,
        (*Q_EN, "Tue, Jun 3"),
    ),
    reply(
        "Gmail (en), mailto in the header",
        EN4,
        f"\n\nOn Tue, Jun 3, 2025 at 10:12 AM Anna Berg <{ADDR}<mailto:{ADDR}>> wrote:\n\n"
        + QUOTE_EN,
        (*Q_EN, "mailto"),
    ),
    reply(
        "Gmail, date-first header",
        DE4,
        f"\n\n2014-10-17 11:28 GMT+02:00 Anna Berg <{ADDR}>:\n\n" + QUOTE_DE,
        (*Q_DE, "GMT+02:00"),
    ),
    reply(
        "Gmail, date-first header with > quote",
        EN5,
        f"\n\n2014-10-17 11:28 GMT+03:00 Anna Berg <{ADDR}>:\n\n> Dear Morwenna,\n"
        "> could you bake forty scones for Saturday?",
        (*Q_EN, "GMT+03:00"),
    ),
    reply(
        "Gmail Android (de), name first",
        DE3,
        f"\n\nAnna Berg <{ADDR}> schrieb am Di., 3. Juni 2025, 10:12:\n\n" + QUOTE_DE,
        (*Q_DE, "schrieb am"),
    ),
    reply(
        "Gmail (de), forwarded",
        DE5,
        f"\n\n---------- Forwarded message ---------\nVon: Anna Berg <{ADDR}>\n"
        "Date: Di., 3. Juni 2025 um 10:12 Uhr\nSubject: Montag\nTo: <info@kellermann-holz.de>"
        "\n\n" + QUOTE_DE,
        (*Q_DE, "Forwarded message"),
    ),
    reply(
        "Thunderbird (de)",
        DE1,
        "\n\nAm 03.06.25 um 10:12 schrieb Anna Berg:\n> Liebe Johanna,\n> wann können wir "
        "die Küche ausmessen?",
        (*Q_DE, "schrieb Anna"),
    ),
    reply(
        "Thunderbird (en)",
        EN1,
        "\n\nOn 03/06/2025 10:12, Anna Berg wrote:\n> Dear Morwenna,\n> could you bake forty "
        "scones for Saturday?",
        (*Q_EN, "Anna Berg wrote"),
    ),
    reply(
        "Thunderbird (de), forwarded table",
        DE5,
        "\n\n\n-------- Weitergeleitete Nachricht --------\nBetreff: \tMontag\n"
        f"Datum: \tTue, 3 Jun 2025 10:12:34 +0200\nVon: \tAnna Berg <{ADDR}>\n"
        "An: \tJohanna Kellermann <info@kellermann-holz.de>\n\n" + QUOTE_DE,
        (*Q_DE, "Weitergeleitete Nachricht"),
    ),
    reply(
        "GMX (de), Gesendet first",
        DE1,
        "\n\nGesendet: Dienstag, 03. Juni 2025 um 10:12 Uhr\n"
        f'Von: "Anna Berg" <{ADDR}>\nAn: info@kellermann-holz.de\nBetreff: Küche\n\n' + QUOTE_DE,
        (*Q_DE, "Gesendet: Dienstag"),
    ),
    reply(
        "GMX Mail App (de)",
        DE3,
        "\n\nGesendet mit der GMX Mail App\n\nGesendet: Dienstag, 03. Juni 2025 um 10:12 Uhr\n"
        f'Von: "Anna Berg" <{ADDR}>\nAn: info@kellermann-holz.de\nBetreff: Muster\n\n' + QUOTE_DE,
        (*Q_DE, "GMX Mail App"),
    ),
    reply(
        "GMX (de), old Original-Nachricht with > header",
        DE4,
        "\n\n-------- Original-Nachricht --------\n> Datum: Tue, 03 Jun 2025 10:12:34 +0200\n"
        f"> Von: Anna Berg <{ADDR}>\n> An: info@kellermann-holz.de\n> Betreff: Lieferung\n\n"
        "> Liebe Johanna,\n> wann können wir die Küche ausmessen?",
        (*Q_DE, "Original-Nachricht"),
    ),
    reply(
        "web.de Android (de)",
        DE1,
        "\n\n--\nDiese Nachricht wurde von meinem Android Mobiltelefon mit WEB.DE Mail gesendet."
        f"\n\nAm 03.06.25, 10:12 schrieb Anna Berg <{ADDR}>:\n\n" + QUOTE_DE,
        (*Q_DE, "WEB.DE"),
    ),
    reply(
        "web.de (de), device line without separator",
        DE4,
        "\n\nDiese Nachricht wurde von meinem Android Mobiltelefon mit WEB.DE Mail gesendet.\n\n"
        "Gesendet: Dienstag, 03. Juni 2025 um 10:12 Uhr\n"
        f'Von: "Anna Berg" <{ADDR}>\nAn: info@kellermann-holz.de\nBetreff: Lieferung\n\n'
        + QUOTE_DE,
        (*Q_DE, "WEB.DE", "Gesendet: Dienstag"),
    ),
    reply(
        "T-Online (de)",
        DE2,
        "\n\n-----Original-Nachricht-----\nBetreff: Termin\nDatum: 2025-06-03T10:12:34+0200\n"
        f'Von: "Anna Berg" <{ADDR}>\nAn: "info@kellermann-holz.de" <info@kellermann-holz.de>'
        "\n\n" + QUOTE_DE,
        (*Q_DE, "Original-Nachricht", "2025-06-03T10"),
    ),
    reply(
        "Telekom Mail App (de)",
        DE3,
        "\n\nGesendet mit der Telekom Mail App<https://kommunikationsdienste.t-online.de/redirects/"
        f"email_app_android_sendmail_footer>\n\n--- Original-Nachricht ---\nVon: Anna Berg <{ADDR}>"
        "\nBetreff: Muster\nDatum: 03.06.2025, 10:12 Uhr\nAn: info@kellermann-holz.de\n\n"
        + QUOTE_DE,
        (*Q_DE, "Telekom Mail App", "Original-Nachricht"),
    ),
    reply(
        "Samsung Email (de)",
        DE4,
        "\n\n\n\nVon meinem Samsung Galaxy Smartphone gesendet.\n\n"
        f"-------- Ursprüngliche Nachricht --------\nVon: Anna Berg <{ADDR}> \n"
        "Datum: 03.06.25 10:12 (GMT+01:00) \nAn: info@kellermann-holz.de \nBetreff: Lieferung "
        "\n\n" + QUOTE_DE,
        (*Q_DE, "Samsung", "Ursprüngliche Nachricht"),
    ),
    reply(
        "Samsung Email (en)",
        EN4,
        f"\n\nSent from my Galaxy\n\n\n-------- Original message --------\nFrom: Anna Berg <{ADDR}>"
        " \nDate: 6/3/25 10:12 (GMT+00:00) \nTo: hello@pikes-bakery.co.uk \nSubject: Class \n\n"
        + QUOTE_EN,
        (*Q_EN, "Galaxy", "Original message"),
    ),
    reply(
        "Android, Huawei device line (de)",
        DE3,
        "\n\nVon meinem/meiner Huawei-Handy gesendet\n\n"
        f"Am 03.06.2025 10:12 schrieb Anna Berg <{ADDR}>:\n" + QUOTE_DE,
        (*Q_DE, "Huawei"),
    ),
    reply(
        "Yahoo (de)",
        DE1,
        "\n\nVon Yahoo Mail auf Android gesendet\n\n"
        f"  Am Di., 3. Juni 2025 um 10:12 schrieb Anna Berg<{ADDR}>:   "
        + QUOTE_DE.replace("\n", "\n   "),
        (*Q_DE, "Yahoo"),
    ),
    reply(
        "Yahoo (en), Folgendes/wrote with time zone",
        EN1,
        "\n\nSent from Yahoo Mail on Android\n\n\nOn Tuesday, June 3, 2025, 10:12:34 AM GMT+1, "
        f"Anna Berg <{ADDR}> wrote:\n\n" + QUOTE_EN,
        (*Q_EN, "Yahoo", "GMT+1"),
    ),
    reply(
        "Yahoo (de), hat … Folgendes geschrieben",
        DE2,
        "\n\n\nAm Dienstag, 3. Juni 2025, 10:12:34 MESZ hat Anna Berg "
        f"<{ADDR}> Folgendes geschrieben:\n\n" + QUOTE_DE,
        (*Q_DE, "Folgendes geschrieben"),
    ),
    reply(
        "Polymail (en)",
        EN4,
        f"\n\nSent with Polymail\n\nOn Tue, Jun 3, 2025 at 10:12 AM Anna Berg < {ADDR} > wrote:"
        "\n\n> Dear Morwenna,\n> could you bake forty scones for Saturday?",
        (*Q_EN, "Polymail"),
    ),
    reply(
        "Superhuman (en)",
        EN1,
        "\n\nSent via Superhuman ( https://sprh.mn/?vip=hello@pikes-bakery.co.uk )\n\n"
        f"On Tue, Jun 03, 2025 at 10:12 AM, Anna Berg < {ADDR} > wrote:\n\n" + QUOTE_EN,
        (*Q_EN, "Superhuman", "sprh.mn"),
    ),
    reply(
        "Superhuman iOS (en)",
        EN3,
        f"\n\nSent via Superhuman iOS\n\nOn Tue, Jun 03, 2025 at 10:12 AM, Anna Berg < {ADDR} > "
        "wrote:\n\n> Dear Morwenna,\n> could you bake forty scones for Saturday?",
        (*Q_EN, "Superhuman"),
    ),
    reply(
        "Spark (de)",
        DE1,
        f"\n\nAm 3. Juni 2025, 10:12 +0200 schrieb Anna Berg <{ADDR}>:\n> Liebe Johanna,\n"
        "> wann können wir die Küche ausmessen?",
        (*Q_DE, "+0200"),
    ),
    reply(
        "Spark (en), sent with Spark",
        EN4,
        f"\n\nSent with Spark\nOn 3 Jun 2025, 10:12 +0100, Anna Berg <{ADDR}>, wrote:\n" + QUOTE_EN,
        (*Q_EN, "Spark", "+0100"),
    ),
    reply(
        "Zoho, header framed by dashes (en)",
        EN1,
        f"\n\n---- On Tue, 03 Jun 2025 10:12:34 +0100 Anna Berg <{ADDR}> wrote ----\n\n" + QUOTE_EN,
        (*Q_EN, "---- On Tue"),
    ),
    reply(
        "Zoho, header framed by dashes (de)",
        DE1,
        f"\n\n---- Am Di, 03 Jun 2025 10:12:34 +0200 schrieb Anna Berg <{ADDR}> ----\n\n"
        + QUOTE_DE,
        (*Q_DE, "---- Am Di"),
    ),
    reply(
        "framed header with name only",
        DE4,
        "\n\n---- Anna Berg schrieb ----\n\n" + QUOTE_DE,
        (*Q_DE, "Anna Berg schrieb"),
    ),
    reply(
        "framed header with name only (en)",
        EN5,
        "\n\n---- Anna Berg wrote ----\n\n" + QUOTE_EN,
        (*Q_EN, "Anna Berg wrote"),
    ),
    reply(
        "Antwort Nachricht frame (de)",
        DE3,
        f"\n\n-----Antwort Nachricht-----\nVon: Anna Berg <{ADDR}>\n" + QUOTE_DE,
        (*Q_DE, "Antwort Nachricht"),
    ),
    reply(
        "Reply Message frame (en)",
        EN1,
        f"\n\n-----Reply Message-----\nFrom: Anna Berg <{ADDR}>\nTo: hello@pikes-bakery.co.uk\n"
        + QUOTE_EN,
        (*Q_EN, "Reply Message"),
    ),
    reply(
        "Proton Mail (en)",
        EN4,
        "\n\nSent with Proton Mail secure email.\n\n------- Original Message -------\n"
        f"On Tuesday, June 3rd, 2025 at 10:12, Anna Berg <{ADDR}> wrote:\n\n"
        "> Dear Morwenna,\n> could you bake forty scones for Saturday?",
        (*Q_EN, "Proton Mail", "Original Message"),
    ),
    reply(
        "Tuta (de), date and address first",
        DE4,
        f"\n\n03.06.2025 10:12 von {ADDR}:\n\n> Liebe Johanna,\n> wann können wir die Küche "
        "ausmessen?",
        (*Q_DE, "10:12 von"),
    ),
    reply(
        "Fastmail (en)",
        EN1,
        "\n\nOn Tue, 3 Jun 2025, at 10:12, Anna Berg wrote:\n> Dear Morwenna,\n> could you bake "
        "forty scones for Saturday?",
        (*Q_EN, "Anna Berg wrote"),
    ),
    reply(
        "Lotus Notes (de)",
        DE2,
        f"\n\nAnna Berg <{ADDR}> hat am 03.06.2025 10:12:48 geschrieben:\n\n" + QUOTE_DE,
        (*Q_DE, "hat am 03.06.2025"),
    ),
    reply(
        "Horde webmail (de), Zitat von",
        DE1,
        f"\n\nZitat von Anna Berg <{ADDR}>:\n\n" + QUOTE_DE,
        (*Q_DE, "Zitat von"),
    ),
    reply(
        "Roundcube (en), quoting header",
        EN1,
        "\n\nOn 2025-06-03 10:12, Anna Berg wrote:\n> Dear Morwenna,\n> could you bake forty "
        "scones for Saturday?",
        (*Q_EN, "2025-06-03"),
    ),
    reply(
        "contact lines t./f./m./e. without a sign-off name",
        DE5,
        "\n\nKellermann Holzbau GmbH\nt. 05551 98765-0\nf. 05551 98765-9\nm. 0170 1234567\n"
        "e. info@kellermann-holz.de",
        ("Holzbau GmbH", "98765", "1234567", "e. info@"),
    ),
    reply(
        "contact lines with skype and social links (en)",
        EN3,
        "\n\nPike's Bakery | Falmouth\nskype: morwenna.pike\nInstagram: @pikesbakery\n"
        "T: +44 1326 555123",
        ("Falmouth", "skype", "@pikesbakery", "555123"),
    ),
    reply(
        "signature line with pipes after the name (de)",
        DE3,
        "\nJohanna Kellermann | Tischlermeisterin | Kellermann Holzbau GmbH\nMobil 0170 1234567",
        ("Tischlermeisterin", "1234567"),
    ),
    reply("via mobile (en)", EN4, "\n\nSent via mobile", ("via mobile",)),
    reply("via mobile, short (en)", EN3, "\n\n- via mobile", ("via mobile",)),
    reply("vom Handy (de)", DE3, "\n\nGesendet vom Handy", ("vom Handy",)),
    reply("von unterwegs (de)", DE4, "\n\nVon unterwegs gesendet", ("unterwegs",)),
    reply(
        "BlackBerry (en)",
        EN1,
        "\n\nSent from my BlackBerry 10 smartphone.\nFrom: Anna Berg\nSent: Tuesday, 3 June "
        "2025 10:12\nTo: Morwenna Pike\nSubject: Scones\n\n" + QUOTE_EN,
        (*Q_EN, "BlackBerry"),
    ),
    reply(
        "Mail for Windows (de)",
        DE1,
        "\n\nGesendet von Mail für Windows\n\n" + OUTLOOK_DE + QUOTE_DE,
        (*Q_DE, "Mail für Windows"),
    ),
    reply(
        "Avast tagline (de)",
        DE2,
        "\n\n\n<https://www.avast.com/sig-email?utm_medium=email>\tVirenfrei. www.avast.com "
        "<https://www.avast.com/sig-email>",
        ("Virenfrei", "avast"),
    ),
    reply(
        "antivirus tagline (en)",
        EN2,
        "\n\n---\nThis email has been checked for viruses by Avast antivirus software.\n"
        "https://www.avast.com/antivirus",
        ("checked for viruses", "avast"),
    ),
    reply(
        "Mailtrack tagline (en)",
        EN4,
        "\n\n\nSent with Mailtrack<https://mailtrack.io?source=signature>",
        ("Mailtrack",),
    ),
    reply(
        "environment tagline (de)",
        DE2,
        "\n\nBitte denken Sie an die Umwelt, bevor Sie diese E-Mail ausdrucken.",
        ("an die Umwelt",),
    ),
    reply(
        "company slogan under the signature (de)",
        DE1,
        "\n\nKellermann Holzbau – Handwerk mit Herz\nwww.kellermann-holzbau.de",
        ("Handwerk mit Herz",),
    ),
    reply(
        "company slogan under the signature (en)",
        EN1,
        "\nPike's Bakery – real bread since 1987\npikes-bakery.co.uk",
        ("real bread since 1987",),
    ),
]

INLINE: list[ReplyMail] = [
    ReplyMail(
        "Thunderbird (de), answers between quotes",
        "de",
        "Hallo Anna,\n\nJa, Mittwoch passt gut.\n\nLieber um elf, vorher bin ich beim Kunden."
        "\n\nLG\nJohanna",
        "Hallo Anna,\n\nAm 03.06.25 um 10:12 schrieb Anna Berg:\n> Passt dir Mittwoch?\n\n"
        "Ja, Mittwoch passt gut.\n\n> Und um zehn?\n\nLieber um elf, vorher bin ich beim Kunden."
        "\n\nLG\nJohanna\n\n-- \nKellermann Holzbau GmbH\nTel. 05551 98765-0",
        ("Passt dir Mittwoch", "Und um zehn", "Holzbau GmbH"),
    ),
    ReplyMail(
        "Gmail (en), bottom-posted",
        "en",
        "Yes please, two dozen.\n\nCheers\nMorwenna",
        f"On Tue, Jun 3, 2025 at 10:12 AM Anna Berg <{ADDR}> wrote:\n> Shall I order the "
        "rye flour?\n\nYes please, two dozen.\n\nCheers\nMorwenna\n\nSent from my iPhone",
        ("Shall I order", "iPhone"),
    ),
    ReplyMail(
        "Outlook (de), full signature with title and no separator",
        "de",
        "Sehr geehrte Frau Berg,\n\nanbei das Angebot für die Einbauküche.\n\n"
        "Mit freundlichen Grüßen",
        "Sehr geehrte Frau Berg,\n\nanbei das Angebot für die Einbauküche.\n\n"
        "Mit freundlichen Grüßen\n\nJohanna Kellermann\nGeschäftsführerin\n\n"
        "Kellermann Holzbau GmbH\nAm Mühlbach 4\n37000 Lindenfeld\n\nGeschäftsführerin: "
        "Johanna Kellermann\nAmtsgericht Lindenfeld HRB 4711",
        ("Johanna Kellermann", "Geschäftsführerin", "Am Mühlbach", "HRB 4711"),
    ),
    ReplyMail(
        "Outlook (en), name and title under the sign-off",
        "en",
        "Dear Anna,\n\nplease find our price list attached.\n\nKind regards",
        "Dear Anna,\n\nplease find our price list attached.\n\nKind regards\n"
        "Morwenna Pike\nOwner, Pike's Bakery Ltd\nM +44 7700 900123",
        ("Morwenna Pike", "Owner,", "900123"),
    ),
    ReplyMail(
        "iPhone (de), first name under sign-off stays",
        "de",
        "Hi Anna,\n\nich bin in zehn Minuten da.\n\nLG Johanna",
        "Hi Anna,\n\nich bin in zehn Minuten da.\n\nLG Johanna\n\nVon meinem iPhone gesendet"
        f"\n\n> Am 03.06.2025 um 10:12 schrieb Anna Berg <{ADDR}>:\n> \n> Wo bist du?",
        ("iPhone", "Wo bist du"),
    ),
]

EXTRA: list[ReplyMail] = [
    ReplyMail(
        "signature in two paragraphs with a country line, no sign-off (de)",
        "de",
        "Hallo Anna,\n\ndie Platten sind da.",
        "Hallo Anna,\n\ndie Platten sind da.\n\nJohanna Kellermann\nTischlermeisterin\n\n"
        "Kellermann Holzbau GmbH\nAm Mühlbach 4\n37000 Lindenfeld\nDeutschland",
        ("Johanna Kellermann", "Tischlermeisterin", "Holzbau GmbH", "Deutschland"),
    ),
    ReplyMail(
        "bilingual sign-off, logo placeholder (de/en)",
        "de",
        "Guten Tag Frau Berg,\n\ndas Angebot gilt bis Ende Juni.\n\n"
        "Mit freundlichen Grüßen / Kind regards",
        "Guten Tag Frau Berg,\n\ndas Angebot gilt bis Ende Juni.\n\n"
        "Mit freundlichen Grüßen / Kind regards\nJohanna Kellermann\n"
        "[cid:image001.png@01D9A1B2.3C4D5E60]\nTel 05551 98765-0",
        ("Johanna Kellermann", "cid:", "98765"),
    ),
    ReplyMail(
        "weekday-first header with address (en)",
        "en",
        EN4,
        EN4 + f"\n\nTue, 3 Jun 2025 10:12:34 +0100, Anna Berg <{ADDR}>:\n\n" + QUOTE_EN,
        (*Q_EN, "10:12:34"),
    ),
    ReplyMail(
        "sign-off „Danke!“, then an Outlook name block (de)",
        "de",
        "Hallo Anna,\n\npasst, ich komme um acht.\n\nDanke!\nJohanna",
        "Hallo Anna,\n\npasst, ich komme um acht.\n\nDanke!\nJohanna\n\nJohanna Kellermann\n"
        "Tischlermeisterin",
        ("Johanna Kellermann", "Tischlermeisterin"),
    ),
    ReplyMail(
        "name and title block without contact lines (de)",
        "de",
        "Hallo Anna,\n\ndie Fronten sind lackiert.",
        "Hallo Anna,\n\ndie Fronten sind lackiert.\n\nJohanna Kellermann\nTischlermeisterin\n"
        "Kellermann Holzbau",
        ("Johanna Kellermann", "Tischlermeisterin", "Kellermann Holzbau"),
    ),
    ReplyMail(
        "iPhone in Spanish, device line (en)",
        "en",
        EN4,
        EN4 + "\n\nEnviado desde mi iPhone",
        ("Enviado",),
    ),
    ReplyMail(
        "attribution without date or address, original not quoted (en)",
        "en",
        EN1,
        EN1 + "\n\nAnna Berg wrote:\n\n" + QUOTE_EN,
        (*Q_EN, "Anna Berg wrote"),
    ),
    ReplyMail(
        "Gmail (de), name-first header wrapped after the date",
        "de",
        DE4,
        DE4 + f"\n\n\n\nAnna Berg <{ADDR}> schrieb am Di., 3. Juni 2025,\n10:12:\n\n"
        "> Liebe Johanna,\n> wann können wir die Küche ausmessen?",
        (*Q_DE, "schrieb am"),
    ),
    ReplyMail(
        "Outlook (de), signature under a rule with pipes",
        "de",
        "Hallo Anna,\n\nanbei das Aufmaß.\n\nBeste Grüße",
        "Hallo Anna,\n\nanbei das Aufmaß.\n\nBeste Grüße\n\nJohanna Kellermann\n"
        "Geschäftsführerin\n________________________________\nKellermann Holzbau GmbH | "
        "Am Mühlbach 4 | 37000 Lindenfeld",
        ("Johanna Kellermann", "Geschäftsführerin", "Am Mühlbach"),
    ),
    ReplyMail(
        "her last line starts like a header, the Gmail header below is wrapped (de)",
        "de",
        "Hallo Anna,\n\npasst.\nAm besten gleich morgen",
        "Hallo Anna,\n\npasst.\nAm besten gleich morgen\nAm Di., 3. Juni 2025 um 10:12 Uhr\n"
        f"schrieb Anna Berg <\n{ADDR}>:\n\n> Liebe Johanna,\n> wann können wir die Küche "
        "ausmessen?",
        (*Q_DE, "schrieb Anna"),
    ),
    ReplyMail(
        "name with initial and role, company line starting with X (en)",
        "en",
        "Hi Anna,\n\nthe invoice is paid.",
        "Hi Anna,\n\nthe invoice is paid.\n\nMorwenna J. Pike | Head Baker\nXYZ Trading",
        ("Morwenna J. Pike", "Head Baker", "XYZ Trading"),
    ),
    ReplyMail(
        "header wrapped over three lines: date and name, address, wrote (en)",
        "en",
        EN3,
        EN3 + f"\n\nOn Wed, Jun 4, Anna Berg\n<{ADDR}>\nwrote:\n> Dear Morwenna,\n"
        "> could you bake forty scones for Saturday?",
        (*Q_EN, "On Wed, Jun 4"),
    ),
    ReplyMail(
        "two-language sign-off, then name and title after a blank line (de)",
        "de",
        "Hallo Anna,\n\ngute Idee!\n\nSaludos / Viele Grüße",
        "Hallo Anna,\n\ngute Idee!\n\nSaludos / Viele Grüße\n\nJohanna Kellermann\nCEO\n",
        ("Johanna Kellermann", "CEO"),
    ),
    ReplyMail(
        "first name after a blank line under the sign-off, Outlook header (de)",
        "de",
        "Hallo Anna,\n\ndas ist erledigt.\n\nBeste Grüße\n\nJohanna",
        "Hallo Anna,\n\ndas ist erledigt.\n\nBeste Grüße\n\nJohanna\n\n\n\n"
        f"Von: {ADDR} [mailto:{ADDR}]\nGesendet: Donnerstag, 5. Juni 2025 14:52\n"
        "An: info@kellermann-holz.de\nBetreff: Antwort: Küche\n\n" + QUOTE_DE,
        (*Q_DE, "mailto", "Donnerstag"),
    ),
    ReplyMail(
        "Swabian sign-off, signature between underscore rules, mobile line (de)",
        "de",
        "Hallo zusammen,\n\nVorschlag: wir treffen uns am Montag.\n\nGrüßle - Johanna",
        "Hallo zusammen,\n\nVorschlag: wir treffen uns am Montag.\n\nGrüßle - Johanna\n"
        "_____________________________\n\nJohanna Kellermann\nLindenfeld\n\nSent via mobile "
        f'device\n_____________________________\n\nAm 09.06.2025 um 14:03 schrieb "{ADDR}'
        f'<mailto:{ADDR}>" <{ADDR}<mailto:{ADDR}>>:\n\n[Logo]\n\n' + QUOTE_DE,
        (*Q_DE, "Johanna Kellermann", "Sent via", "[Logo]"),
    ),
    ReplyMail(
        "wrapped header with „wrote“ glued to the address (en)",
        "en",
        EN5,
        EN5 + f"\n\nOn Tue, Jun 3, 2025 at 10:12 AM, Anna Berg\n<{ADDR}>wrote:\n\n"
        "> Dear Morwenna,\n> could you bake forty scones for Saturday?",
        (*Q_EN, "On Tue, Jun 3"),
    ),
    ReplyMail(
        "English disclaimer without a separator",
        "en",
        EN2,
        EN2 + "\n\nThe information contained in this email is confidential and may be legally "
        "privileged. If you are not the intended recipient, please delete it.",
        ("information contained", "intended recipient"),
    ),
]

REPLY_MAILS: list[ReplyMail] = TOP_POSTED + INLINE + EXTRA
