"""The one message catalogue (German and English) and its formatters: t(key, lang, **kw).

Messages live in dict modules (here, treffsicher.messages.<area>, and the web interface's
strings in web.messages under the "ui." prefix), merged into MESSAGES; a key may be
defined once. Unknown languages fall back to German (DEFAULT_LANGUAGE). Numbers are
formatted by format_number only.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

# Re-exported: the CLI, web and reports name languages through i18n.
from treffsicher.core.imported import NoteValue, SourceNote, decode_note
from treffsicher.core.languages import LANGUAGE_NAMES as LANGUAGE_NAMES
from treffsicher.core.languages import name_language as name_language
from treffsicher.messages import accounts as _accounts
from treffsicher.messages import checking as _checking
from treffsicher.messages import control as _control
from treffsicher.messages import export as _export
from treffsicher.messages import features as _features
from treffsicher.messages import fitscore as _fitscore
from treffsicher.messages import importing as _importing
from treffsicher.messages import limits as _limits
from treffsicher.messages import meeting as _meeting
from treffsicher.messages import privacy as _privacy
from treffsicher.messages import report as _report
from treffsicher.messages import understanding as _understanding
from treffsicher.messages import voice_card as _voice_card
from treffsicher.messages import workspace as _workspace

LANGUAGES = ("de", "en")
DEFAULT_LANGUAGE = "de"  # German first: the fallback for any other language
UI_PREFIX = "ui."  # the web interface's strings (web.messages) in the catalogue

# One entry per message id; German first (German first, English second).
# Placeholders use str.format; a test checks both languages use the same ones.
MESSAGES: dict[str, dict[str, str]] = {
    # clients
    "client.added": {
        "de": "Kundin „{name}“ angelegt.",
        "en": "Added client '{name}'.",
    },
    "client.exists": {
        "de": "Es gibt schon eine Kundin namens „{name}“.",
        "en": "A client named '{name}' already exists.",
    },
    "client.name_empty": {
        "de": "Der Name der Kundin darf nicht leer sein.",
        "en": "The client's name must not be empty.",
    },
    "client.name_too_long": {
        "de": "Der Name ist zu lang (höchstens {limit} Zeichen).",
        "en": "The name is too long (at most {limit} characters).",
    },
    "client.speaker_too_long": {
        "de": "Ein Name als Sprecherin ist zu lang (höchstens {limit} Zeichen).",
        "en": "A speaker name is too long (at most {limit} characters).",
    },
    "client.not_found": {
        "de": "Keine Kundin namens „{name}“.",
        "en": "No client named '{name}'.",
    },
    "client.not_found_suggest": {
        "de": "Keine Kundin namens „{name}“. Meinten Sie „{suggestion}“?",
        "en": "No client named '{name}'. Did you mean '{suggestion}'?",
    },
    "client.none_yet": {
        "de": "Noch keine Kundinnen. Legen Sie eine an: treffsicher client add NAME",
        "en": "No clients yet. Add one with: treffsicher client add NAME",
    },
    "client.identity_added": {
        "de": "Kennung {value} für „{name}“ hinzugefügt.",
        "en": "Added identity {value} to '{name}'.",
    },
    "client.identity_exists": {
        "de": "„{name}“ hat die Kennung {value} schon.",
        "en": "'{name}' already has the identity {value}.",
    },
    "client.identity_missing": {
        "de": "Bitte mindestens eine --email oder --speaker angeben.",
        "en": "Please give at least one --email or --speaker.",
    },
    "client.email_invalid": {
        "de": "„{value}“ ist keine E-Mail-Adresse.",
        "en": "'{value}' is not an email address.",
    },
    "client.col_name": {"de": "Name", "en": "Name"},
    "client.col_identities": {"de": "Kennungen", "en": "Identities"},
    "client.col_sources": {"de": "Quellen", "en": "Sources"},
    "client.col_passages": {"de": "Textstellen", "en": "Passages"},
    "client.col_words": {"de": "Wörter", "en": "Words"},
    "client.emails": {"de": "E-Mail-Adressen", "en": "Email addresses"},
    "client.speakers": {"de": "Namen als Sprecherin", "en": "Speaker names"},
    "client.created": {"de": "Angelegt", "en": "Created"},
    "client.none": {"de": "keine", "en": "none"},
    # importing
    "import.source_ok": {
        "de": "{name}: {passages:Textstelle|Textstellen}, {words:Wort|Wörter}",
        "en": "{name}: {passages:passage|passages}, {words:word|words}",
    },
    "import.duplicate": {
        "de": "{name}: schon importiert, nichts hinzugefügt",
        "en": "{name}: already imported, nothing added",
    },
    "import.problem": {"de": "{path}: {reason}", "en": "{path}: {reason}"},
    "import.interrupted": {
        "de": "Abgebrochen. Bis dahin importiert: {sources:Quelle|Quellen} mit "
        "{passages:Textstelle|Textstellen} ({seen} Nachrichten gelesen); nichts ist halb "
        "gespeichert. Derselbe Befehl noch einmal setzt den Import fort (schon Importiertes "
        "wird übersprungen).",
        "en": "Stopped. Imported until then: {sources:source|sources} with "
        "{passages:passage|passages} ({seen} messages read); nothing is half-stored. Running "
        "the same command again continues the import (what is already imported is skipped).",
    },
    "import.summary": {
        "de": "{sources:Quelle|Quellen} importiert: {passages:Textstelle|Textstellen}, "
        "{words:Wort|Wörter}. {duplicates} schon vorhanden, {problems} mit Fehlern.",
        "en": "{sources:source|sources} imported: {passages:passage|passages}, "
        "{words:word|words}. "
        "{duplicates} already present, {problems} failed.",
    },
    "import.excluded": {
        "de": "Gespeichert, aber im Stimmprofil nicht berücksichtigt: "
        "{count:Textstelle|Textstellen} in anderer oder unbekannter Sprache ({languages}).",
        "en": "Stored but left out of the voice profile: {count:passage|passages} in another "
        "or unknown language ({languages}).",
    },
    "import.file_not_found": {"de": "Datei nicht gefunden", "en": "file not found"},
    "import.not_readable": {
        "de": "kann nicht gelesen werden ({error})",
        "en": "cannot be read ({error})",
    },
    "import.no_passages": {
        "de": "enthält keinen Text, der sich importieren lässt",
        "en": "contains no text that can be imported",
    },
    "import.storage_failed": {
        "de": "konnte nicht gespeichert werden, nichts davon übernommen ({error})",
        "en": "could not be stored, nothing of it was kept ({error})",
    },
    "import.kind_invalid": {
        "de": "Unbekannte Art „{kind}“; erlaubt: {allowed}.",
        "en": "Unknown kind '{kind}'; allowed: {allowed}.",
    },
    # profile
    "profile.title": {"de": "Stimmprofil von {name}", "en": "Voice profile of {name}"},
    "profile.language": {"de": "Sprache: {language}", "en": "Language: {language}"},
    "profile.support": {
        "de": "Beruht auf {parts} mit zusammen {words} Wörtern",
        "en": "Based on {parts}, {words} words in all",
    },
    "profile.reliability.good": {"de": "", "en": ""},
    "profile.reliability.thin": {
        "de": "Noch wenig Text: die Werte sind vorläufig.",
        "en": "Still little text: the values are provisional.",
    },
    "profile.reliability.too_little": {
        "de": "Zu wenig Text, um sicher zu sein.",
        "en": "Too little text to be sure.",
    },
    "profile.empty": {
        "de": "Für „{name}“ gibt es noch keine Textstellen auf Deutsch oder Englisch. "
        'Importieren Sie zuerst Texte: treffsicher import "{name}" DATEI …',
        "en": "'{name}' has no German or English passages yet. "
        'Import some text first: treffsicher import "{name}" FILE …',
    },
    "profile.usual": {"de": "üblich:", "en": "usual:"},
    "profile.signature": {
        "de": "Typische Wörter und Wendungen",
        "en": "Signature words and phrases",
    },
    "profile.signature_line": {
        "de": "{term} ({count}× in {passages:Textstelle|Textstellen})",
        "en": "{term} ({count}× in {passages:passage|passages})",
    },
    "profile.avoided": {
        "de": "Häufige Wörter, die sie nie verwendet",
        "en": "Common words she never uses",
    },
    "profile.excluded": {
        "de": "Nicht berücksichtigt: {count:Textstelle|Textstellen} in anderen Sprachen "
        "({languages}).",
        "en": "Left out: {count:passage|passages} in other languages ({languages}).",
    },
    "profile.no_value": {"de": "–", "en": "–"},
    # families (headings of the tables)
    "family.address": {"de": "Anrede und Gruß", "en": "Address and greeting"},
    "family.length": {"de": "Satz- und Wortlänge", "en": "Sentence and word length"},
    "family.vocabulary": {"de": "Wortschatz", "en": "Vocabulary"},
    "family.readability": {"de": "Lesbarkeit", "en": "Readability"},
    "family.syntax": {"de": "Satzbau", "en": "Sentence structure"},
    "family.person": {"de": "Ich, wir, man", "en": "I, we, one"},
    "family.punctuation": {"de": "Satzzeichen und Emoji", "en": "Punctuation and emoji"},
    "family.typography": {"de": "Typografie", "en": "Typography"},
    "family.gender": {"de": "Gendern", "en": "Gender-fair language"},
    "family.wording": {"de": "Wortwahl", "en": "Word choice"},
    # demo
    "demo.loaded": {
        "de": "Demo geladen: {clients} Kundinnen, {sources} neue Quellen, {duplicates} schon "
        "vorhanden.",
        "en": "Demo loaded: {clients} clients, {sources} new sources, {duplicates} already "
        "present.",
    },
    "demo.missing": {
        "de": "Die Demo-Daten fehlen ({path}).",
        "en": "The demo data is missing ({path}).",
    },
    "demo.invalid": {
        "de": "Die Demo-Beschreibung {path} ist fehlerhaft: {error}",
        "en": "The demo manifest {path} is invalid: {error}",
    },
    # storage
    "storage.unavailable": {
        "de": "Der Arbeitsbereich {url} lässt sich nicht öffnen: {error}",
        "en": "The workspace {url} cannot be opened: {error}",
    },
}

# Each area keeps its messages in treffsicher.messages.<area> (a MESSAGES dict), added
# below, so that work on several areas does not collide in this file; keys must not
# repeat across catalogues. docs/architecture.md says how to add one.


def merge_catalogues(
    base: dict[str, dict[str, str]], *areas: Mapping[str, dict[str, str]]
) -> dict[str, dict[str, str]]:
    """`base` with every area's messages added; ValueError when a key repeats."""
    merged = dict(base)
    for area in areas:
        repeated = sorted(merged.keys() & area.keys())
        if repeated:
            raise ValueError(f"message keys defined twice: {', '.join(repeated)}")
        merged.update(area)
    return merged


MESSAGES = merge_catalogues(
    MESSAGES,
    _checking.MESSAGES,
    _importing.MESSAGES,
    _privacy.MESSAGES,
    _export.MESSAGES,
    _workspace.MESSAGES,
    _meeting.MESSAGES,
    _fitscore.MESSAGES,
    _understanding.MESSAGES,
    _voice_card.MESSAGES,
    _limits.MESSAGES,
    _control.MESSAGES,
    _report.MESSAGES,
    _features.MESSAGES,
    _accounts.MESSAGES,
)

# Source kinds in running text, singular and (German: dative, after „auf“) plural, for the
# support line.
KIND_NAMES: dict[str, dict[str, tuple[str, str]]] = {
    "de": {
        "email": ("E-Mail", "E-Mails"),
        "speech": ("Gespräch", "Gesprächen"),
        "web": ("Website-Text", "Website-Texten"),
        "document": ("Dokument", "Dokumenten"),
        "text": ("Text", "Texten"),
    },
    "en": {
        "email": ("email", "emails"),
        "speech": ("call", "calls"),
        "web": ("website text", "website texts"),
        "document": ("document", "documents"),
        "text": ("text", "texts"),
    },
}
AND_WORD = {"de": "und", "en": "and"}


def register_catalogues() -> dict[str, dict[str, str]]:
    """MESSAGES with the importers' reasons and the web interface's strings added (their
    keys prefixed UI_PREFIX)."""
    from treffsicher.messages import cli_help, reasons, suggestions
    from treffsicher.web.messages import UI_MESSAGES

    ui = {UI_PREFIX + key: texts for key, texts in UI_MESSAGES.items()}
    areas = (cli_help.MESSAGES, reasons.MESSAGES, suggestions.MESSAGES, ui)
    return merge_catalogues(MESSAGES, *areas)


MESSAGES = register_catalogues()


def pick_language(lang: str | None) -> str:
    """'de' or 'en' for any requested language (unknown ones fall back to German)."""
    return lang if lang in LANGUAGES else DEFAULT_LANGUAGE


class Counted:
    """A count that formats as a counted noun in its language:
    f"{Counted(1, 'de'):Quelle|Quellen}" → "1 Quelle", "{Counted(1234, 'de'):…}" → "1.234 …"."""

    def __init__(self, value: int, lang: str | None) -> None:
        self.value = value
        self.lang = lang

    def __format__(self, spec: str) -> str:
        if "|" not in spec:
            return format(self.value, spec)
        singular, plural = spec.split("|", 1)
        noun = singular if self.value == 1 else plural
        return f"{format_number(self.value, self.lang)} {noun}"


def t(key: str, lang: str | None, **kwargs: object) -> str:
    """The message `key` in `lang`, formatted with `kwargs`; KeyError for unknown keys.

    Integers may be formatted as counted nouns with a "singular|plural" format spec:
    "{passages:Textstelle|Textstellen}".
    """
    template = MESSAGES[key][pick_language(lang)]
    if not kwargs:
        return template
    values = {
        k: Counted(v, lang)
        if type(v) is int
        else nest_quotes(v)
        if type(v) is str and is_double_quoted(template, k) and DOUBLE_QUOTES_RE.search(v)
        else v
        for k, v in kwargs.items()
    }
    return template.format(**values)


# Double quotation marks of German and English; inside a quote they become single ones.
DOUBLE_QUOTES_RE = re.compile("[„“”]")
SINGLE_FOR_DOUBLE = str.maketrans({"„": "‚", "“": "‘", "”": "’"})


def is_double_quoted(template: str, name: str) -> bool:
    """True when the placeholder {name} stands in double quotes: „{name}“ / “{name}”."""
    return f"„{{{name}}}“" in template or f"“{{{name}}}”" in template


def nest_quotes(text: str) -> str:
    """`text` for use inside double quotes: its own double quotes as single ones
    („Nicht „Wellness““ → „Nicht ‚Wellness‘“; "the word “X”" → "the word ‘X’")."""
    return text.translate(SINGLE_FOR_DOUBLE)


def phrase(key: str, lang: str | None, params: Mapping[str, object]) -> str:
    """t(key, lang, **params) with floats shown with at most one decimal ("2,5", "20")."""
    shown = {
        k: format_number(v, lang, 1, trim=True) if isinstance(v, float) else v
        for k, v in params.items()
    }
    return t(key, lang, **shown)


def describe_note(stored: str, lang: str | None) -> str:
    """A source note as stored (core.imported.encode_note) in `lang`: a code with
    parameters is phrased from the catalogue, plain text and unknown keys stay as they are."""
    decoded = decode_note(stored)
    if decoded is None or decoded[0] not in MESSAGES:
        return stored
    return phrase(decoded[0], lang, decoded[1])


def make_note(key: str, lang: str | None, **params: NoteValue) -> SourceNote:
    """A SourceNote: the message `key` in `lang`, keeping key and parameters for storage."""
    return SourceNote(phrase(key, lang, params), key, params)


def format_number(
    value: float, lang: str | None, digits: int | None = 0, *, trim: bool = False
) -> str:
    """A number with the language's separators: 6.120 and 1,5 in German; 6,120 and 1.5 in
    English. With `trim`, zeros after the decimal point are dropped (200, 1,5). With
    `digits=None`, the digits follow the size (2 under 1, 1 under 20, none above), trimmed:
    the plain-language sentences' numbers ("11", "11,5", "0,09")."""
    if digits is None:
        size = abs(value)
        digits, trim = (0 if size >= 20 else 1 if size >= 1 else 2), True
    text = f"{value:,.{digits}f}"
    if trim and "." in text:
        text = text.rstrip("0").rstrip(".")
    if trim and text in ("-0", ""):
        text = "0"
    if pick_language(lang) == "de":
        text = text.replace(",", "\0").replace(".", ",").replace("\0", ".")
    return text


def quote(text: str, lang: str | None) -> str:
    """`text` in the language's double quotes: „…“ / “…”."""
    return t("quote.double", lang, text=text)


def quote_single(text: str, lang: str | None) -> str:
    """`text` in the language's single quotes: ‚du‘ / ‘you’."""
    return t("quote.single", lang, text=text)


def join_words(items: list[str], lang: str | None) -> str:
    """'a, b und c' / 'a, b and c'."""
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + f" {AND_WORD[pick_language(lang)]} " + items[-1]


def name_kind(kind: str, count: int, lang: str | None) -> str:
    """'16 E-Mails', '1 Gespräch', '2 website texts'."""
    names = KIND_NAMES[pick_language(lang)]
    singular, plural = names.get(kind, names["text"])
    return f"{format_number(count, lang)} {singular if count == 1 else plural}"


def describe_counts(counts: Mapping[str, int], lang: str | None) -> str:
    """'16 E-Mails, 1 Gespräch und 1 Website-Text' from counts per kind (known order)."""
    order = list(KIND_NAMES["en"])
    kinds = sorted(counts, key=lambda k: (order.index(k) if k in order else len(order), k))
    return join_words([name_kind(k, counts[k], lang) for k in kinds if counts[k]], lang)
