"""Sentence notes: each draft sentence that deviates from her voice, with reasons and offsets.

Every draft sentence is measured as its own small text (the same feature
families as the profile), then compared with her profile: address form, length, nominal
style, passive, buzzwords, words she never uses, gender style, typography, and her wish
for du or Sie. Not the
speaking voice: one "wir" in a sentence is ordinary even for an "ich" writer ("Wir finden
einen Weg"); the draft-level deviation covers it. Offsets are into the draft, so
renderers can highlight the sentence in place.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from treffsicher.core.deviations import RARE_SHARE, quoted_category
from treffsicher.core.features import SPECS_BY_NAME, PassageStats, extract_stats
from treffsicher.core.habits import FORM_LABELS, count_unwished
from treffsicher.core.models import (
    WORD,
    LanguageProfile,
    NoGo,
    Sentence,
    TokenizedText,
    ToneWish,
)
from treffsicher.core.nogo import find_nogo_in
from treffsicher.core.phrases import Phrase, nested, say
from treffsicher.i18n import pick_language, t

LENGTH_FENCE_IQR = 2.0  # Tukey-like fence: median + 2 IQR ≈ Q3 + 1.5 IQR of her sentences
MIN_LONG_SENTENCE = 15  # never call a sentence of fewer words long
MIN_NOMINALISATIONS = 2  # one -ung in a sentence is ordinary
RARE_RATE_PER_100 = 0.5  # she uses buzzwords/passive this rarely: one in a sentence is news
RARE_PASSIVE_SHARE = 0.05
MIN_CATEGORY_SUPPORT = 3
# Categorical features noted per sentence, with the reason code they produce.
CATEGORY_REASONS = (
    ("address_form", "address"),
    ("gender_style", "gender"),
    ("quote_style", "typography"),
    ("dash_char", "typography"),
)


@dataclass(frozen=True)
class NoteReason:
    """Why a sentence stands out: a stable code and the words for it."""

    code: str  # address | length | nominal | passive | buzzword | avoided | gender | …
    text: str
    phrase: Phrase | None = field(default=None, compare=False)  # to say `text` again

    @classmethod
    def said(cls, code: str, key: str, lang: str, **params: Any) -> NoteReason:
        """The reason `code` with the message `key` in `lang`, keeping its Phrase."""
        text, phrase = say(key, lang, **params)
        return cls(code, text, phrase)


@dataclass(frozen=True)
class SentenceNote:
    """A draft sentence that deviates: its span in the draft and the reasons."""

    start: int
    end: int
    text: str
    reasons: tuple[NoteReason, ...]

    def to_dict(self) -> dict[str, Any]:
        """JSON-safe data (report schema_version 1)."""
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "reasons": [{"code": r.code, "text": r.text} for r in self.reasons],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> SentenceNote:
        """The note to_dict described (a stored report read back)."""
        reasons = tuple(NoteReason(r["code"], r["text"]) for r in data["reasons"])
        return cls(data["start"], data["end"], data["text"], reasons)


def sentence_doc(doc: TokenizedText, sentence: Sentence) -> TokenizedText:
    """The sentence as its own small text (offsets relative to sentence.start)."""
    a, b, off = sentence.first_token, sentence.end_token, sentence.start
    return TokenizedText(
        text=doc.text[sentence.start : sentence.end],
        starts=[s - off for s in doc.starts[a:b]],
        ends=[e - off for e in doc.ends[a:b]],
        kinds=doc.kinds[a:b],
        texts=doc.texts[a:b],
        sentences=[Sentence(0, sentence.end - off, 0, b - a)],
    )


def note_sentences(
    doc: TokenizedText,
    her: LanguageProfile,
    *,
    lang: str,
    name: str,
    no_gos: Sequence[NoGo] = (),
    tone_wish: ToneWish | None = None,
) -> list[SentenceNote]:
    """Return a note for every sentence of `doc` that deviates from her profile, uses
    one of her no-gos or addresses readers in a form she asked not to be used (her
    `tone_wish` then replaces what her profile says about the form of address)."""
    rules = _Rules(her, lang, name, tone_wish)
    uses = find_nogo_in(doc.text, no_gos)
    notes = []
    for sentence in doc.sentences:
        if sentence.end_token <= sentence.first_token:
            continue
        words = [doc.texts[i] for i in range(sentence.first_token, sentence.end_token)]
        stats = extract_stats(sentence_doc(doc, sentence), her.language)
        text = doc.text[sentence.start : sentence.end]
        kinds = doc.kinds[sentence.first_token : sentence.end_token]
        reasons = rules.judge(stats, words, kinds, text.lower())
        inside = [n for start, _end, n in uses if sentence.start <= start < sentence.end]
        reasons = [*(note_nogo(n, lang, rules.name) for n in dict.fromkeys(inside)), *reasons]
        if tone_wish is not None:
            wish_reason = note_tone_wish(stats, tone_wish, lang, rules.name)
            reasons = [wish_reason, *reasons] if wish_reason is not None else reasons
        if reasons:
            notes.append(SentenceNote(sentence.start, sentence.end, text, tuple(reasons)))
    return notes


def note_nogo(nogo: NoGo, lang: str, name: str) -> NoteReason:
    """The reason for a sentence that uses her no-go: her own rejecting sentence (and her
    replacement)."""
    term = nested("quote.single", text=nogo.term)
    evidence = nested("quote.single", text=nogo.evidence or nogo.term)
    if nogo.replacement:
        replacement = nested("quote.single", text=nogo.replacement)
        return NoteReason.said(
            "nogo",
            "note.nogo_figure" if nogo.corrects_figure else "note.nogo_replaced",
            lang,
            term=term,
            name=name,
            evidence=evidence,
            replacement=replacement,
        )
    return NoteReason.said("nogo", "note.nogo", lang, term=term, name=name, evidence=evidence)


def note_tone_wish(stats: PassageStats, wish: ToneWish, lang: str, name: str) -> NoteReason | None:
    """The reason for a sentence that addresses readers in a form she asked not to be used."""
    used = list(count_unwished(stats, wish))
    if not used:
        return None
    return NoteReason.said(
        "address",
        "note.tone_wish",
        lang,
        quoted=nested("quote.single", text=FORM_LABELS[used[0]]),
        name=name,
        wanted=nested("quote.single", text=FORM_LABELS[wish.form]),
        evidence=nested("quote.single", text=wish.evidence or FORM_LABELS[wish.form]),
    )


class _Rules:
    """Her thresholds, worked out once per check, applied to every sentence."""

    def __init__(
        self, her: LanguageProfile, lang: str, name: str, tone_wish: ToneWish | None = None
    ) -> None:
        self.lang, self.name = pick_language(lang), name
        self.text_lang = her.language if her.language in ("de", "en") else "de"
        features = her.features
        median = _typical(her, "sentence_length_words_median")
        iqr = _typical(her, "sentence_length_words_iqr")
        self.long_limit: float | None = None
        if median is not None:
            self.long_limit = max(MIN_LONG_SENTENCE, median + LENGTH_FENCE_IQR * (iqr or 0.0))
        self.median = median
        self.nominal_rate = _typical(her, "nominal_style_per_100_words")
        passive = features.get("passive_sentences_share")
        self.rare_passive = passive is not None and (passive.typical or 0.0) < RARE_PASSIVE_SHARE
        buzz = _typical(her, "buzzword_rate_per_100_words")
        self.rare_buzz = buzz is not None and buzz < RARE_RATE_PER_100
        self.avoided = frozenset(her.avoided_words)
        # Her own signature phrases are hers even when a list calls them buzzwords
        # ("auf Augenhöhe" in a midwife's mails).
        self.own_terms = tuple(t.term.lower() for t in her.signature_terms)
        self.categories = [
            (feature, code, features[feature])
            for feature, code in CATEGORY_REASONS
            # Her wish for du or Sie replaces what her texts show (note_tone_wish).
            if feature in features
            and not (tone_wish is not None and feature == "address_form")
            and features[feature].distribution
            and features[feature].n_units >= MIN_CATEGORY_SUPPORT
        ]

    def judge(
        self, stats: PassageStats, tokens: list[str], kinds: list[str], sentence_lower: str
    ) -> list[NoteReason]:
        """The reasons this sentence stands out (empty when it sounds like her)."""
        counts = stats.counts
        reasons: list[NoteReason] = []
        for feature, code, her in self.categories:
            reason = self._judge_category(feature, code, her.distribution or {}, counts)
            if reason:
                reasons.append(reason)
        n_words = stats.sentence_lengths[0] if stats.sentence_lengths else 0
        if self.long_limit is not None and n_words > self.long_limit:
            median = round(self.median or 0)
            reasons.append(
                NoteReason.said("length", "note.length", self.lang, words=n_words, median=median)
            )
        nominal = int(counts.get("nominalisations", 0))
        expected = (self.nominal_rate or 0.0) * n_words / 100
        if nominal >= MIN_NOMINALISATIONS and nominal >= expected + 2:
            # The suffixes named are those of the text's language, the words of the UI's.
            suffixes = t(f"note.nominal_suffixes.{self.text_lang}", self.lang)
            reasons.append(
                NoteReason.said(
                    "nominal", "note.nominal_of", self.lang, count=nominal, suffixes=suffixes
                )
            )
        if self.rare_passive and counts.get("passive_sentences", 0) > 0:
            reasons.append(NoteReason.said("passive", "note.passive", self.lang, name=self.name))
        own = any(term in sentence_lower for term in self.own_terms)
        if self.rare_buzz and counts.get("buzzwords", 0) > 0 and not own:
            reasons.append(NoteReason.said("buzzword", "note.buzzword", self.lang, name=self.name))
        avoided = sorted(
            {t.lower() for t, k in zip(tokens, kinds, strict=True) if k == WORD} & self.avoided
        )
        if avoided:
            listed = {"join": [nested("quote.single", text=w) for w in avoided], "sep": ", "}
            reasons.append(
                NoteReason.said("avoided", "note.avoided", self.lang, listed=listed, name=self.name)
            )
        return reasons

    def _judge_category(
        self, feature: str, code: str, distribution: dict[str, float], counts: dict[str, float]
    ) -> NoteReason | None:
        spec = SPECS_BY_NAME[feature]
        prefix = spec.categories or ""
        used = [k[len(prefix) :] for k, v in counts.items() if v > 0 and k.startswith(prefix)]
        rare = [c for c in used if distribution.get(c, 0.0) < RARE_SHARE]
        if not rare:
            return None
        hers = max(distribution.items(), key=lambda item: (item[1], item[0]))[0]
        draft = {"join": [quoted_category(spec, c) for c in rare], "sep": ", "}
        her = quoted_category(spec, hers)
        label = nested(f"feature.{spec.name}.label")
        return NoteReason.said(
            code, "note.category", self.lang, label=label, draft=draft, name=self.name, her=her
        )


def _typical(her: LanguageProfile, feature: str) -> float | None:
    summary = her.features.get(feature)
    return summary.typical if summary is not None else None
