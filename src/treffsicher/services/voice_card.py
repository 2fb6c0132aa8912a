"""The voice card in words: core.voice_card's statements worded per language, and the
card as a Markdown style guide (the web renders the same card as HTML)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from babel.dates import format_date

from treffsicher.core.features import ALL_SPECS
from treffsicher.core.models import NoGo
from treffsicher.core.voice_card import CardLine, DoDont, VoiceCard, build_voice_card
from treffsicher.i18n import format_number, name_language, pick_language, t
from treffsicher.services.profiling import ClientProfile, quote_text

FORMAL_GREETINGS = frozenset({"sehr_geehrte", "guten_tag", "dear", "to_whom"})
LABEL_KEYS = (
    "intro",
    "lines_heading",
    "words_heading",
    "avoided_heading",
    "pairs_heading",
    "do",
    "dont",
)
CATEGORY_LABELS = {s.name: s.category_labels for s in ALL_SPECS if s.categories}


@dataclass(frozen=True)
class CardSentence:
    """A statement and, when there is one, her quote that shows it."""

    text: str
    quote: str = ""


@dataclass(frozen=True)
class CardPair:
    """Do (her words) and don't (a counter-example)."""

    do: str
    dont: str


@dataclass(frozen=True)
class WordedCard:
    """One language's voice card, ready to show or export."""

    title: str
    language: str
    language_name: str
    warning: str
    sentences: tuple[CardSentence, ...]
    words: tuple[str, ...]
    avoided: tuple[str, ...]
    pairs: tuple[CardPair, ...]
    labels: dict[str, str]  # headings: intro, lines, words, avoided, pairs, do, dont


def first_name(client: str) -> str:
    """„Johanna“ from „Johanna Kellermann“ (the whole name when it is one word)."""
    parts = client.split()
    return parts[0] if parts else client


def name_category(feature: str, key: str) -> str:
    """The words of a greeting or sign-off category as she writes them."""
    return CATEGORY_LABELS.get(feature, {}).get(key, {}).get("de", key)


def word_line(line: CardLine, name: str, lang: str) -> str:
    """The statement of one card line."""
    values: dict[str, object] = {"name": name}
    for key in ("low", "high", "typical"):
        if key in line.values:
            values[key] = format_number(float(line.values[key]), lang, 0)
    if "rate" in line.values:
        rate = float(line.values["rate"])
        values["every"] = format_number(1 / rate, lang, 0) if rate > 0 else "–"
    if "greeting" in line.values:
        values["greeting"] = name_category("greeting", str(line.values["greeting"]))
    if "signoff" in line.values:
        values["signoff"] = name_category("signoff", str(line.values["signoff"]))
    for feature in ("quote_style", "dash_char"):
        if feature in line.values:
            labels = CATEGORY_LABELS.get(feature, {}).get(str(line.values[feature]), {})
            values[feature] = labels.get(pick_language(lang), str(line.values[feature]))
    return t("voice." + line.code, lang, **values)


def dont_key(pair: DoDont) -> str:
    """The catalogue key of a pair's counter-example."""
    topic = pair.code.split(".")[0]
    if topic == "gender":
        return "voice.dont.gender.none" if pair.code == "gender.none" else "voice.dont.gender"
    if topic == "greeting":
        formal = pair.values.get("greeting") in FORMAL_GREETINGS
        return "voice.dont.greeting." + ("formal" if formal else "warm")
    return "voice.dont." + pair.code


def word_card(card: VoiceCard, client: str, lang: str) -> WordedCard:
    """A voice card in `lang` (quotes stay in her language)."""
    name = first_name(client)
    sentences = tuple(
        CardSentence(
            word_line(line, name, lang),
            quote_text(line.quote.text, card.language) if line.quote else "",
        )
        for line in card.lines
    )
    pairs = tuple(
        CardPair(quote_text(pair.quote.text, card.language), t(dont_key(pair), card.language))
        for pair in card.pairs
    )
    return WordedCard(
        title=t("voice.title", lang, name=name),
        language=card.language,
        language_name=name_language(card.language, lang),
        warning=t("voice.too_little", lang) if card.reliability != "good" else "",
        sentences=sentences,
        words=card.words,
        avoided=card.avoided,
        pairs=pairs,
        labels={key: t(f"voice.{key}", lang) for key in LABEL_KEYS},
    )


def build_worded_cards(
    client_profile: ClientProfile, lang: str, no_gos: Sequence[NoGo] = ()
) -> list[WordedCard]:
    """Her voice card in every language her profile has, worded in `lang`; her no-gos (the
    words she asked not to see) in place of the words she merely never uses."""
    lang = pick_language(lang)
    cards = []
    for code, profile in client_profile.profile.languages.items():
        # A figure she corrected is a fact for the draft check, not a word of her voice.
        terms = [n.term for n in no_gos if n.lang == code and not n.corrects_figure]
        card = word_card(build_voice_card(profile, terms), client_profile.client, lang)
        if terms:
            card.labels["avoided_heading"] = t("voice.nogo_heading", lang)
        cards.append(card)
    return cards


def render_markdown(cards: list[WordedCard], lang: str, today: date | None = None) -> str:
    """The voice cards as one Markdown style guide."""
    lang = pick_language(lang)
    lines: list[str] = []
    for card in cards:
        lines += [f"# {card.title}", "", card.labels["intro"], ""]
        if len(cards) > 1:
            lines += [f"*{t('voice.language', lang, language=card.language_name)}*", ""]
        if card.warning:
            lines += [f"> {card.warning}", ""]
        lines += [f"## {card.labels['lines_heading']}", ""]
        for sentence in card.sentences:
            lines.append(f"- {sentence.text}" + (f" {sentence.quote}" if sentence.quote else ""))
        if card.words:
            lines += ["", f"## {card.labels['words_heading']}", "", ", ".join(card.words)]
        if card.avoided:
            lines += ["", f"## {card.labels['avoided_heading']}", "", ", ".join(card.avoided)]
        if card.pairs:
            lines += ["", f"## {card.labels['pairs_heading']}", ""]
            lines += [f"| {card.labels['do']} | {card.labels['dont']} |", "| --- | --- |"]
            lines += [f"| {p.do.replace('|', '/')} | {p.dont} |" for p in card.pairs]
        lines.append("")
    locale = "de_DE" if lang == "de" else "en_GB"
    stamp = format_date(today or date.today(), format="long", locale=locale)
    lines.append(f"*{t('voice.source', lang, date=stamp)}*")
    return "\n".join(lines) + "\n"
