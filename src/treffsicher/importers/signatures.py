"""The end of a mail that is not hers: signatures, device lines, taglines and legal footers.

Works on the lines of her part of a body (the quoted original already cut, see
importers.quotes), in this order:

1. A "-- " separator cuts the rest. Device lines ("Von meinem iPhone gesendet", "Sent
   via Superhuman", "Outlook für Android herunterladen", "via mobile", "Sent from my
   TI-30", "Skickat från min iPhone") and product taglines ("Virenfrei. www.avast.com",
   "Sent with Mailtrack", "Bitte denken Sie an die Umwelt …") go wherever they stand: they
   name a device, an app or a scanner, never her; a line that goes on with a sentence
   after the device is hers (docs/decisions/0018-reply-formats-of-other-programs.md).
2. Legal and mailing-list footers cut from the start of their paragraph: German, Austrian
   and Swiss company data (Geschäftsführer, Amtsgericht, HRB, USt-IdNr., Firmenbuch, UID),
   English company data (registered in England and Wales, company number, VAT
   registration, registered charity), confidentiality notices in both languages ("This
   message and any attachments …", "Diese E-Mail ist vertraulich und nur …") and list
   footers ("To unsubscribe …", "Abmelden: https://…", "… mailing list" with its address).
3. After her sign-off ("Liebe Grüße", "Pfiat di", "Cheers") one typed name line may stay:
   a first name ("Johanna", "Morwenna x"), or a full name when nothing follows it. A full
   name with title, company or contact lines below is the program's signature and goes,
   with everything after it.
4. Without a sign-off, a trailing block with contact lines ("t. 05551 …", "skype: …",
   "Instagram: @…", web and mail addresses) goes, and so do the name, title and company
   lines right above it.
"""

from __future__ import annotations

import re

from treffsicher.core.wordlists import load_wordlist

# Trailing links that programs add to a device line or tagline ("…<https://aka.ms/…>").
LINK_RE = re.compile(r"<(?:https?|mailto):[^>]{0,300}>|\(\s*https?://[^)]{0,300}\)")
SIGNATURE_SEPARATOR = frozenset({"--", "—", "-- -"})
# Words that name a device, a mail app or a mail provider.
DEVICE = (
    r"(?:i?phone|ipad|ipod|android|samsung|galaxy|huawei|honor|xiaomi|redmi|pixel|nokia"
    r"|blackberry|motorola|oneplus|fairphone|xperia|handy|smartphone|tablet|mobil\w*|mobile"
    r"|outlook|e-?mail|mail|app|spark|polymail|superhuman|proton\s?mail|proton|gmx|web\.de"
    r"|t-online(?:\.de)?|telekom|yahoo|aol|mailtrack|airmail|newton|edison|bluemail|windows"
    r"|mac|ios|ipados|front|hey|tuta\w*|zoho|mailbird|thunderbird|fastmail|mimestream|canary"
    r"|freemail|unterwegs|phone|telefon|on the go|device)"
)
# "Sent from my …" and its translations name her device whatever it is ("Sent from my
# TI-30", "Skickat från min iPhone", "Gesendet von meinem Tolino"): up to four words after
# the possessive, nothing else on the line.
MY_DEVICE = (
    r"(?:sent|gesendet|versendet|verschickt|geschickt|envoyé|enviado|inviato|verzonden"
    r"|verstuurd|skickat|sendt|wysłano|lähetetty)\s(?:from|von|desde|de|do|da|depuis|vanaf"
    r"|van|från|fra|z|ze)\s(?:my|meinem|meiner|mon|ma|mi|meu|mio"
    r"|il mio|mijn|min|mitt|mojego|mojej)\s[^\s,.;:!?()]+(?:\s[^\s,.;:!?()]+){0,3}"
)
# A mail app named by its capitalised name: "Sent with Mixmax", and "Sent from" a name
# that reads as an app (TypeApp, BlueMail, Mailbox, Windows Mail) or with its platform
# ("… for iPad"). "Sent with love" and "Sent from Cornwall" are hers.
APP_NAME = r"(?:[A-Z][a-z]+[A-Z][\w.-]*|[A-Z][\w.-]*(?:mail|box|app|Mail|Box|App))"
PLATFORM = r"(?: (?:for|on) (?:iPad|iPhone|iOS|Android|Windows(?: \d+)?|Mac|macOS|the [Ww]eb))"
SENT_WITH_APP = (
    rf"(?-i:[Ss]ent (?:with|via|using) [A-Z][\w.-]*(?: [A-Z][\w.-]*)?{PLATFORM}?"
    rf"|[Ss]ent from (?:[A-Z][\w.-]* )?{APP_NAME}{PLATFORM}?"
    rf"|[Ss]ent from [A-Z][\w.-]*(?: [A-Z][\w.-]*)?{PLATFORM})"
)
# "Get Outlook for iOS" as the app writes it in the languages of her correspondents.
GET_OUTLOOK = (
    r"(?:télécharger|obtenir|obtener|descargar|scarica|ottieni|baixe|obter|hent|skaffa|pobierz"
    r"|lataa)\s(?:l')?outlook\s(?:pour|para|per|til|för|dla|for|voor)\s(?:ios|android)"
    r"|outlook\s(?:voor|para|per|pour|til|för|dla)\s(?:ios|android)\s?(?:downloaden|ophalen"
    r"|herunterladen)?|(?:hent|få)\s.{0,20}\boutlook\b.{0,30}"
)
DEVICE_RE = re.compile(
    rf"(?i)^(?:[-–—]\s*)?[(<]{{0,2}}(?:"
    rf"{MY_DEVICE}|{SENT_WITH_APP}|{GET_OUTLOOK}"
    rf"|(?:sent|gesendet|versendet|verschickt|geschickt|getippt|typed|written|enviado|envoyé"
    rf"|inviato|verzonden|verstuurd)\s"
    rf"(?:from|with|via|using|by|on|von|mit|vom|über|auf|aus|desde|de|da|depuis|met|vanaf|van)\s"
    rf"(?:[^,.;!?]{{0,40}}[\s-])?{DEVICE}\b[^,:;!?]{{0,60}}"
    rf"|lähetetty\s\S+sta|wysłan[oe]\sz\s(?:mojego\s)?[^\s,.;:!?]+(?:\s[^\s,.;:!?]+){{0,2}}"
    # Czech, Slovak, Russian, Ukrainian, Romanian, Greek, Turkish, Chinese and Japanese.
    rf"|(?:odesláno|odoslané|отправлено|надіслано)\s(?:z|zo|с|из|з)\s\S+(?:\s\S+){{0,2}}"
    rf"|trimis de pe\s\S+(?:\s\S+){{0,2}}|στάλθηκε από\s.{{1,40}}"
    rf"|\S{{2,30}}(?:'?umdan|'?dan|'?den) gönderildi|发自我的\s?\S{{1,30}}|\S{{2,30}}から送信"
    rf"|sent on the go"
    rf"|von\s(?:meinem|meiner|meinem/meiner|der|dem)(?:\s\S+){{1,4}}\s"
    rf"(?:gesendet|verschickt|geschickt|versandt)"
    rf"|von\s(?:unterwegs\s)?{DEVICE}\b(?:\s\S+){{0,3}}\s(?:gesendet|verschickt)"
    rf"|diese (?:nachricht|e-?mail|mail) wurde .{{0,100}}\b{DEVICE}\b.{{0,60}}(?:gesendet"
    rf"|verschickt|versandt|geschrieben)"
    rf"|(?:get|download|holen sie sich|hol dir|jetzt)\s.{{0,40}}\b(?:outlook|spark|app)\b.{{0,40}}"
    rf"|outlook (?:für|for) (?:ios|android)\s?(?:herunterladen|beziehen|downloaden)?"
    rf"|(?:sent |gesendet )?(?:via|vom|von) (?:mobile|mobil|handy|smartphone|phone|unterwegs)"
    rf"|(?:please |bitte )?(?:excuse|entschuldigen sie|entschuldige)\b.{{0,40}}"
    rf"(?:brevity|typos|tippfehler|kürze)"
    # "Von meinem iPhone gesendet (bitte Tippfehler entschuldigen)", "… - please excuse typos"
    rf")(?:[\s.,;:–—-]*\(?(?:bitte|please|sorry|entschuldig\w*|excuse)\b[^()]{{0,60}}\)?)?"
    rf"[\s.!)>]*$"
)
TAGLINE_RE = re.compile(
    r"(?i)(?:virenfrei|virus-?free|(?:checked|scanned) for viruses|auf viren\b.{0,40}\bgeprüft"
    r"|antivirus|anti-virus|sent with mailtrack|\bmailtrack\b|powered by \w+"
    r"|(?:has|have) been (?:scanned|checked) (?:by|for|with)\b"
    r"|(?:denken sie|denk|consider|think)\b.{0,40}\b(?:umwelt|environment|before printing"
    r"|ausdrucken|print this))"
)
TAGLINE_MAX_WORDS = 20
# Speed: TAGLINE_RE, LEGAL_RE and LEGAL_WEAK_RE are slow to search (case-insensitive, no
# fixed start) and most lines hold none of them. Every match of TAGLINE_RE contains one of
# TAGLINE_HINTS, and every match of the two legal patterns one of LEGAL_HINTS, in lower
# case ("HR" of HRA/HRB in its own case); a line without any is not searched. The
# patterns' IGNORECASE also matches "İ", "ı" and "ſ" to i and s, which str.lower() does
# not do: a line with one of them is always searched.
TAGLINE_HINTS = (
    "vir",  # virenfrei, virus-free, viruses, viren, antivirus
    "mailtrack",
    "powered by",
    "umwelt",
    "environment",
    "before printing",
    "ausdrucken",
    "print this",
    "been scanned",
    "been checked",
)
LEGAL_HINTS = (
    "geschäftsführ",
    "vorstand",
    "registergericht",
    "handelsregister",
    "ust-id",
    "ustid",
    "umsatzsteuer",
    "steuernummer",
    "datenschutz",
    "vertraulich",
    "this e",
    "this message",
    "in error",
    "registered in",
    "company n",
    "company reg",
    "vat reg",
    "confidentiality notice",
    "company registered in",
    "registered office",
    "vat ",
    "intended",
    "the information",
    "disclaimer",
    "haftungsausschluss",
    "sie nicht der",
    "irrtümlich",
    "inhalt dieser",
    "amtsgericht",
    "sitz der gesellschaft",
    "content of this",
    "contents of this",
    "views or opinions",
    "registered charity",
    "ausschließlich für den",
    "firmenbuch",
    "uid",
    "che-",
)
LEGAL_CASED_HINT = "HR"
# Mailing-list footers (Mailman, Google Groups, list servers in German): the list, how to
# leave it, why the mail came. Her "To unsubscribe I would need the password" and "kannst
# du mich abmelden?" are sentences of hers.
LIST_FOOTER_RE = re.compile(
    r"(?i)(?:^<?https?://\S*/listinfo/\S*$"
    r"|^to unsubscribe(?: from this (?:group|list)|,| send| e-?mail| visit| click| go to)"
    r"|^(?:unsubscribe|abmelden|austragen|abbestellen)\s*:\s*(?:<?https?://|<?mailto:|\S+@)"
    r"|^you (?:received|are receiving) this (?:message|e-?mail) because you (?:are|were) subscribed"
    r"|^sie erhalten diese (?:nachricht|e-?mail|mail),? weil sie .{0,80}"
    r"(?:abonniert|angemeldet|eingetragen))"
)
# The list's name line ("Potters' Guild mailing list") counts only with the list's address
# or web page on it or right below it: "Welcome to the potters mailing list" alone is hers.
LIST_NAME_RE = re.compile(r"(?i)^[\w' .-]{2,60} (?:mailing list|mailingliste)\b")
LIST_HINTS = (
    "mailing list",
    "listinfo",
    "unsubscribe",
    "abmelden",
    "austragen",
    "abbestellen",
    "subscribed",
    "sie erhalten diese",
)
CASE_ODD = ("İ", "ı", "ſ")
# Legal footers: keyword forms that real prose rarely uses (with colon or number) …
LEGAL_RE = re.compile(
    r"(?i)(?:^|\s)(?:geschäftsführer(?:in)?\s*:|geschäftsführung\s*:|vorstand\s*:"
    r"|registergericht\s*:|handelsregister\s*:|(?-i:\bHR[AB])\s*\d"
    r"|ust-?id(?:nr|\.-?nr)?\.?\s*:?\s*de\s?\d|umsatzsteuer-?id\w*\s*:|steuernummer\s*:"
    r"|datenschutz\w*\s*:|diese (?:e-?mail|nachricht) (?:enthält|kann) vertrauliche"
    r"|(?:diese|der inhalt dieser) (?:e-?mail|nachricht) ist vertraulich"
    r" und (?:nur|ausschließlich)"
    r"|(?:e-?mail|nachricht) irrtümlich erhalten"
    r"|this (?:e-?mail|message) (?:and any|is confidential|may contain|\(including)"
    r"|confidentiality notice|company registered in|registered office\s*:|vat (?:no|number)\.?\s*:"
    r"|registered in (?:england|scotland|wales|northern ireland|ireland)\b|registered charity\b"
    r"|(?:the )?contents? of this (?:e-?mail|message) (?:is|are) (?:strictly )?confidential"
    r"|views or opinions (?:presented|expressed) in this (?:e-?mail|message)"
    r"|ausschließlich für den (?:bezeichneten |genannten |angegebenen )?(?:adressaten|empfänger)"
    r" bestimmt|firmenbuch\w*\s*:|uid(?:-nr\.?)?\s*:?\s*(?:atu\s?\d{8}|che-\d{3}\.\d{3}\.\d{3})"
    r"|che-\d{3}\.\d{3}\.\d{3}\s*(?:mwst|tva|iva)"
    r"|company (?:no|number|reg(?:istration)?(?: no)?)\.?\s*:?\s*\d"
    r"|vat reg(?:istration)?\.?\s(?:no|number)\.?\s*:?\s*(?:gb)?\s?\d"
    r"|if you are not the intended recipient"
    r"|intended (?:only |solely )?for the (?:named |intended )?(?:use|addressee|recipient)"
    r"|if you (?:have )?received (?:this (?:e-?mail|message)|it) in error"
    r"|the information (?:contained )?in this (?:e-?mail|message)|disclaimer\s*:"
    r"|haftungsausschluss\s*:|(?:wenn|falls|sofern) sie nicht der (?:richtige|beabsichtigte)"
    r" (?:adressat|empfänger)|sollten sie (?:diese|die) (?:e-?mail|nachricht) irrtümlich)"
)
# … and weaker ones that count only on a line that is not a sentence ("ich war heute beim
# Amtsgericht." is hers).
LEGAL_WEAK_RE = re.compile(
    r"(?i)(?:amtsgericht\s+(?-i:[A-ZÄÖÜ])\w+|sitz der gesellschaft|datenschutzhinweis"
    r"|informationen zum datenschutz|geschäftsführer(?:in)?\s+(?-i:[A-ZÄÖÜ]))"
)
# Sign-off lines (whole line), standard and regional or personal forms.
SIGNOFF_LINE_RE = re.compile(
    r"(?i)^(?:(?:viele|liebe|herzliche|beste|freundliche|sonnige|schöne|liebste|ganz liebe"
    r"|ganz herzliche|kollegiale)\s+grüße|(?:mit\s+)?(?:freundlichen|herzlichen|besten|lieben"
    r"|vielen|sonnigen)\s+grüßen?|(?:liebe|viele|herzliche|beste)\s+grüsse|grüße|gruß|grüsse"
    r"|lg|glg|vg|mfg|herzlichst|herzlich|alles liebe|alles gute|bis bald|bis dann|bis später"
    r"|bis morgen|bis demnächst|danke und (?:viele|liebe) grüße|ciao|tschüss|tschüs|tschö"
    r"|danke(?: dir| euch| ihnen| schön| sehr)?|vielen dank|herzlichen dank|merci"
    r"|(?:liebe |viele )?grü(?:ß|ss)le|grüessli|gruß und kuss|bis denne|mach's gut|machs gut"
    r"|servus|pfiat di|pfiat eich|pfiat ihna|baba|ade|adele|bussi|bussi baba|moin|gruß und kuss"
    r"|liebe grüße aus \w+|schönen (?:abend|tag|feierabend)|schönes wochenende"
    r"|best|best wishes|best regards|kind regards|warm regards|warmest regards|warmly|regards"
    r"|many thanks|thanks|thank you|cheers|love|lots of love|all the best|yours|sincerely"
    r"|yours sincerely|take care|thanks again|with thanks|speak soon|talk soon|see you soon"
    r"|xo|xx+|x)(?!\w)[\s,.!/&]*(?:\w+[,.!/&]?\s*){0,3}(?:\s+x{1,3})?$"
)
# "Herzliche Grüße aus Lindenfeld", "Sonnige Grüße vom Deich", "Warm regards from Cornwall".
SIGNOFF_WITH_PLACE_RE = re.compile(
    r"(?i)^[\w\s]{0,25}\b(?:grüße|grüsse|gruß|regards|wishes)\s+(?:aus|vom|von|from)\b[\w\s.,!-]{0,30}$"
)
CONTACT_RE = re.compile(
    r"(?i)(?:\b(?:tel|telefon|fon|phone|mobil|mobile|handy|fax|telefax|cell|mob|[tfmp])\b\.?\s*:?"
    r"\s*[+(\d]"
    r"|\+\d{2}[\s\d()/-]{6,}|\b0\d{2,5}[\s/-]?\d{3,}|\(\d{3}\)\s?\d{3}-\d{4}|\b\d{3}[.-]\d{3}[.-]\d{4}"
    r"|https?://|www\.\S+\.\w|\S+@\S+\.\w|\b[\w-]{2,}\.(?:de|at|ch|com|net|org|eu|info|io|shop"
    r"|co\.uk|uk)\b(?:/\S*)?\s*$"
    r"|\b(?:skype|xing|linkedin|instagram|facebook|twitter|threema|signal|whatsapp|telegram"
    r"|web|website|homepage|internet|e-?mail|mail)\s*:\s*\S"
    r"|(?:^|\s)@[A-Za-z0-9_.]{3,}\s*$"
    r"|\b\d{5}\s+[A-ZÄÖÜ]\w+|\b[A-ZÄÖÜ]\w+(?:straße|str\.|weg|platz|gasse|allee)\s*\d"
    r"|\b\d+\s+\w+\s+(?:street|road|lane|avenue)\b|\b[A-Z]{1,2}\d{1,2}\s?\d[A-Z]{2}\b)"
)
# Company and role markers of a signature line ("Kellermann Holzbau GmbH", "Owner | Baker").
COMPANY_RE = re.compile(
    r"(?:\b(?:GmbH|mbH|AG|UG|KG|OHG|GbR|PartG|e\.\s?K\.|e\.\s?V\.|Ltd|LLC|Inc|PLC|LLP|Co\.)\b"
    r"|\s[|·•]\s)"
)
IMAGE_RE = re.compile(r"^\[(?:cid:|image|logo|bild|grafik)[^\]]{0,120}\]$", re.IGNORECASE)
PS_RE = re.compile(r"(?i)^\s*p\.?\s?p?\.?\s?s\b[.:]?")
KISS_RE = re.compile(r"(?i)^x{1,3}$")
SENTENCE_END = (".", "!", "?", "…", ":", ")")
NAME_LINE_MAX_WORDS = 4
SIGNOFF_SEARCH_LINES = 14  # the sign-off is among the last lines of her part
SIGNATURE_BLOCK_MAX_LINES = 5  # name, title, company lines above a contact block


def cut_signature(lines: list[str]) -> list[str]:
    """Return her lines without signature, device lines, taglines and legal footers."""
    kept = cut_at_separator(lines)
    kept = trim_after_signoff(kept)
    while kept and (not kept[-1].strip() or is_rule_line(kept[-1])):
        kept.pop()
    return kept


def cut_at_separator(lines: list[str]) -> list[str]:
    """Return the lines before a "-- " separator or legal footer, without device lines."""
    # Speed: when no line can hold a tagline or footer (no hint in the whole text), the
    # lines are not checked one by one.
    text = "\n".join(lines)
    taglines = may_hold(text, TAGLINE_HINTS)
    footers = may_hold(text, LEGAL_HINTS, LEGAL_CASED_HINT)
    lists = may_hold(text, LIST_HINTS)
    kept: list[str] = []
    for i, raw in enumerate(lines):
        line = raw.strip()
        if line in SIGNATURE_SEPARATOR:
            break
        if line and (is_device_line(line) or (taglines and is_tagline(line))):
            continue
        if line and ((footers and is_legal_line(line)) or (lists and is_list_footer(lines, i))):
            # The footer's paragraph started at the last blank line.
            while kept and kept[-1].strip():
                kept.pop()
            break
        kept.append(raw)
    return kept


def is_list_footer(lines: list[str], i: int) -> bool:
    """True for a line of a mailing list's footer (see LIST_FOOTER_RE, LIST_NAME_RE)."""
    line = lines[i].strip()
    if LIST_FOOTER_RE.search(line):
        return True
    if not LIST_NAME_RE.match(line):
        return False
    below = lines[i + 1] if i + 1 < len(lines) else ""
    return any("@" in x or "://" in x for x in (line, below))


def strip_links(line: str) -> str:
    """Return a line without "<https://…>" and "( https://… )" links that programs append."""
    return LINK_RE.sub(" ", line).strip() if "://" in line or "mailto:" in line else line


def is_device_line(line: str) -> bool:
    """True for "Sent from my iPhone", "Gesendet mit der GMX Mail App", "via mobile" …"""
    return len(line) <= 200 and DEVICE_RE.match(strip_links(line)) is not None


def is_tagline(line: str) -> bool:
    """True for an antivirus, tracking or print-less tagline under a message."""
    if not may_hold(line, TAGLINE_HINTS):
        return False
    return len(line.split()) <= TAGLINE_MAX_WORDS and TAGLINE_RE.search(line) is not None


def may_hold(line: str, hints: tuple[str, ...], cased: str = "") -> bool:
    """False when `line` holds none of the lower-case `hints` (nor `cased` as written), so
    that a pattern whose every match contains one of them cannot match (speed)."""
    if cased and cased in line:
        return True
    return any(map(line.lower().__contains__, hints)) or any(map(line.__contains__, CASE_ODD))


def is_rule_line(line: str) -> bool:
    """True for a line of only dashes, underscores or similar marks."""
    return bool(line.strip()) and not any(c.isalnum() for c in line)


def is_legal_line(line: str) -> bool:
    """True for a line of a legal footer or disclaimer (see LEGAL_RE, LEGAL_WEAK_RE)."""
    if not may_hold(line, LEGAL_HINTS, LEGAL_CASED_HINT):
        return False
    if LEGAL_RE.search(line):
        return True
    return not line.endswith((".", "!", "?")) and LEGAL_WEAK_RE.search(line) is not None


def is_signoff_line(line: str) -> bool:
    """True for a sign-off line ("Liebe Grüße", "LG Johanna", "Grüße aus Lindenfeld"),
    also two-language ones ("Med venlig hilsen / Kind regards")."""
    parts = [line, *line.split(" / ")] if " / " in line else [line]
    return any(SIGNOFF_LINE_RE.match(p) or SIGNOFF_WITH_PLACE_RE.match(p) for p in parts)


def is_contact_line(line: str) -> bool:
    """True for a phone, address, web, mail or social-media line of a signature."""
    return CONTACT_RE.search(strip_links(line)) is not None


def is_contact_or_company(line: str) -> bool:
    """True for a contact line or a company line ("Kellermann Holzbau GmbH"); a P.S. or
    a sentence that names her web site is neither."""
    line = line.strip()
    if PS_RE.match(line) or (len(line.split()) >= 5 and line.endswith((".", "!", "?"))):
        return False
    return (
        is_contact_line(line)
        or IMAGE_RE.match(line) is not None
        or (COMPANY_RE.search(line) is not None and not line.rstrip().endswith((".", "!", "?")))
    )


def is_her_sentence(line: str) -> bool:
    """True for a line after a sign-off that is still her text: a P.S. or a sentence of
    five words or more (a long line without a full stop is a tagline or company line)."""
    if PS_RE.match(line):
        return True
    if is_contact_line(line) or COMPANY_RE.search(line):
        return False
    words = len(line.split())
    return words >= 20 or (words >= 5 and line.rstrip().endswith(SENTENCE_END))


def is_name_line(line: str) -> bool:
    """True for a short line that can be a name ("Johanna", "Anna Müller", "J.")."""
    words = line.split()
    return (
        0 < len(words) <= NAME_LINE_MAX_WORDS
        and any(c.isalpha() for c in line)
        and not is_contact_line(line)
        and COMPANY_RE.search(line) is None
    )


def is_first_name_line(line: str) -> bool:
    """True for a typed first name under a sign-off ("Johanna", "Morwenna x", "J.")."""
    words = line.split()
    while len(words) > 1 and KISS_RE.match(words[-1]):
        words.pop()
    return len(words) == 1 and is_name_line(line)


def trim_after_signoff(lines: list[str]) -> list[str]:
    """Return the lines up to her sign-off and typed name, or without a trailing
    signature block when she signed off nowhere."""
    while lines and not lines[-1].strip():
        lines.pop()
    first = next((i for i, line in enumerate(lines) if line.strip()), len(lines))
    # The first line is her greeting, not a sign-off ("Moin Anna,", "Servus Anna,").
    start = max(first + 1, len(lines) - SIGNOFF_SEARCH_LINES)
    for i in range(len(lines) - 1, start - 1, -1):
        line = lines[i].strip()
        if line and len(line) <= 60 and is_signoff_line(line):
            # Everything after the sign-off must be name or signature lines; otherwise
            # this "Thanks" is part of her text and nothing is cut.
            tail = [x.strip() for x in lines[i + 1 :] if x.strip()]
            if any(is_her_sentence(x) for x in tail):
                break
            return lines[: i + 1 + count_name_lines(lines, i + 1, len(tail))]
    return drop_signature_block(lines)


def count_name_lines(lines: list[str], at: int, tail: int) -> int:
    """Return how many lines from `at` to keep under the sign-off: her typed name (after
    at most one blank line, "Beste Grüße / (blank) / Willi") and the blank before it."""
    skip = 1 if at < len(lines) and not lines[at].strip() else 0
    if at + skip >= len(lines) or not lines[at + skip].strip():
        return 0
    line = lines[at + skip].strip()
    if is_first_name_line(line):
        return skip + 1
    # A full name counts as typed only when nothing follows: with a title, company or
    # phone below it, the whole block is the mail program's signature.
    return skip + 1 if tail == 1 and is_name_line(line) else 0


def drop_signature_block(lines: list[str]) -> list[str]:
    """Return the lines without a trailing block of contact lines and the name, title
    and company lines right above it (and short lines such as a country below it)."""
    end = len(lines)
    below = 0
    while end > 0 and below < SIGNATURE_BLOCK_MAX_LINES:
        line = lines[end - 1].strip()
        if line and (is_contact_or_company(line) or not is_signature_like(line)):
            break
        below += bool(line)
        end -= 1
    contacts = 0
    while end > 0 and (not lines[end - 1].strip() or is_contact_or_company(lines[end - 1])):
        contacts += bool(lines[end - 1].strip())
        end -= 1
    if contacts == 0:
        return drop_full_name_block(lines)
    above = 0
    while end > 0 and above < SIGNATURE_BLOCK_MAX_LINES and is_signature_like(lines[end - 1]):
        end -= 1
        above += 1
    return lines[: drop_name_paragraph(lines, end)]


def drop_full_name_block(lines: list[str]) -> list[str]:
    """Return the lines without a last paragraph that is a signature without contact
    lines: a full name that starts with a common first name ("Johanna Kellermann"), then
    title or company lines ("Tischlermeisterin", "Kellermann Holzbau")."""
    end = len(lines)
    start = end
    while start > 0 and lines[start - 1].strip() and is_signature_like(lines[start - 1]):
        start -= 1
    if end - start < 2 or start == 0 or lines[start - 1].strip():
        return lines
    words = lines[start].split()
    if not 2 <= len(words) <= 3 or words[0].lower() not in load_wordlist("first_names"):
        return lines
    return lines[:start]


def drop_name_paragraph(lines: list[str], end: int) -> int:
    """Return where her text ends when a paragraph of name and title lines ("Johanna
    Kellermann", "Tischlermeisterin") stands above the block that ended at `end`; a
    single line ("Johanna") is her typed name and stays."""
    while end > 0 and not lines[end - 1].strip():
        end -= 1
    start = end
    while start > 0 and lines[start - 1].strip() and is_signature_like(lines[start - 1]):
        start -= 1
    if end - start >= 2 and (start == 0 or not lines[start - 1].strip()):
        return start
    return end


def is_signature_like(line: str) -> bool:
    """True for a short line of a signature block: name, title, company, country, logo."""
    line = line.strip()
    if not line or is_signoff_line(line) or line.endswith((".", "!", "?", ",", ":")):
        return False
    if COMPANY_RE.search(line) or IMAGE_RE.match(line):
        return True
    return len(line.split()) <= 8 and line[0].isupper()
