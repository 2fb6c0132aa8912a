"""The draft check (Abgleich): fit score, deviations, sentence notes, suggestions.

check_draft is pure: a draft and a stored voice profile in, a CheckResult out. The fit
score is core.verification's validated model (score × 100); the report's "what drove the
score" are that model's own component contributions, nothing invented here.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from treffsicher.core.deviations import Deviation, find_deviations
from treffsicher.core.explain import format_number
from treffsicher.core.features import extract_stats
from treffsicher.core.languages import name_language
from treffsicher.core.models import (
    KIND_EMAIL,
    KIND_WEB,
    UNDETERMINED,
    WORD,
    LanguageProfile,
    NoGo,
    VoiceProfile,
)
from treffsicher.core.sentence_notes import SentenceNote, note_sentences
from treffsicher.core.suggestions import (
    Suggestion,
    conversational_share,
    describe_register,
    guess_register,
    suggest_formulas,
    suggest_terms,
)
from treffsicher.core.text import guess_language, normalize_text
from treffsicher.core.tokens import tokenize
from treffsicher.core.verification import COMPONENT_LABELS, MIN_UNKNOWN_WORDS, score_fingerprint
from treffsicher.errors import InputError, TooLittleTextError

SCHEMA_VERSION = 1
# Bands of the fit score (0–100). The model reports "cannot tell" as exactly 50 (its
# undecided band, fitted for c@1: 0.12 shipped, so 38–62 shows as 50), which falls in
# "teils"; "klingt nach ihr" needs odds of about 2:1 for "same author" (65), "klingt nicht
# nach ihr" odds of 3:2 or more against (< 40). See docs/decisions/0003-draft-check.md.
BAND_FITS = "fits"
BAND_PARTLY = "partly"
BAND_NOT = "does_not_fit"
BAND_NONE = "no_score"
FITS_FROM = 65.0
PARTLY_FROM = 40.0
BAND_LABELS = {
    BAND_FITS: {"de": "klingt nach ihr", "en": "sounds like her"},
    BAND_PARTLY: {"de": "teils", "en": "partly"},
    BAND_NOT: {"de": "klingt nicht nach ihr", "en": "does not sound like her"},
    BAND_NONE: {"de": "kein Wert", "en": "no score"},
}
MIN_SCORE_WORDS = MIN_UNKNOWN_WORDS  # below this the model says "cannot tell"
MAX_DRAFT_CHARS = 1_000_000  # ~150,000 words, a book; beyond that: split the draft
WARNINGS = {
    "too_short": {
        "de": "Der Entwurf ist zu kurz für einen Wert ({words} Wörter, nötig sind {least}). "
        "Was sich trotzdem sagen lässt, steht unten.",
        "en": "The draft is too short for a score ({words} words, {least} needed). "
        "What can still be said is below.",
    },
    "profile_too_small": {
        "de": "Ihr Profil beruht auf zu wenig Text für einen Wert ({words} Wörter).",
        "en": "Her profile rests on too little text for a score ({words} words).",
    },
    "profile_thin": {
        "de": "Vorsicht: ihr Profil beruht auf wenig Text ({words} Wörter); der Wert ist unsicher.",
        "en": "Careful: her profile rests on little text ({words} words); the score is uncertain.",
    },
    "language_assumed": {
        "de": "Die Sprache des Entwurfs ließ sich nicht erkennen; geprüft wird auf {language}.",
        "en": "The draft's language could not be recognised; it is checked as {language}.",
    },
    "undecided": {
        "de": "Das Modell kann hier nicht entscheiden (Wert nahe 50).",
        "en": "The model cannot tell here (score near 50).",
    },
}


class LanguageMissingError(InputError):
    """The profile has no passages in the draft's language."""


@dataclass(frozen=True)
class Component:
    """One named part of the fit-score model and what it contributed (log-odds)."""

    name: str
    label: str
    similarity: float
    contribution: float


@dataclass(frozen=True)
class CheckWarning:
    """Something the reader must know to read the result, with a stable code."""

    code: str
    text: str


@dataclass(frozen=True)
class CheckResult:
    """Everything one check found; to_dict gives the stable JSON report (schema_version 1)."""

    language: str
    register: str
    register_guessed: bool
    basis: str  # "all" (every passage of hers) or "web" (her own web texts)
    register_note: str
    n_words: int
    n_sentences: int
    score: float | None  # 0–100, None when there is no score (see warnings)
    band: str
    decided: bool
    reference: str
    components: tuple[Component, ...]
    support: dict[str, Any]
    warnings: tuple[CheckWarning, ...] = ()
    deviations: tuple[Deviation, ...] = ()
    sentence_notes: tuple[SentenceNote, ...] = ()
    suggestions: tuple[Suggestion, ...] = ()
    text: str = ""  # the draft as checked (normalised); note offsets point into it

    def to_dict(self) -> dict[str, Any]:
        """JSON-safe report data with "schema_version": 1 (keys and order are stable)."""
        return {
            "schema_version": SCHEMA_VERSION,
            "language": self.language,
            "register": self.register,
            "register_guessed": self.register_guessed,
            "basis": self.basis,
            "register_note": self.register_note,
            "n_words": self.n_words,
            "n_sentences": self.n_sentences,
            "score": None if self.score is None else round(self.score, 1),
            "band": self.band,
            "decided": self.decided,
            "reference": self.reference,
            "components": [
                {
                    "name": c.name,
                    "label": c.label,
                    "similarity": round(c.similarity, 4),
                    "contribution": round(c.contribution, 4),
                }
                for c in self.components
            ],
            "support": dict(self.support),
            "warnings": [{"code": w.code, "text": w.text} for w in self.warnings],
            "deviations": [d.to_dict() for d in self.deviations],
            "sentence_notes": [n.to_dict() for n in self.sentence_notes],
            "suggestions": [s.to_dict() for s in self.suggestions],
            "text": self.text,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> CheckResult:
        """The result to_dict described: a stored report read back, so that a stored check
        renders like a fresh one. Exact inverse: to_dict(from_dict(d)) == d for
        every d that to_dict made. ValueError for another schema_version; KeyError or
        TypeError for data to_dict did not make."""
        version = data.get("schema_version")
        if version != SCHEMA_VERSION:
            raise ValueError(f"report schema_version {version!r}, expected {SCHEMA_VERSION}")
        return cls(
            language=data["language"],
            register=data["register"],
            register_guessed=data["register_guessed"],
            basis=data["basis"],
            register_note=data["register_note"],
            n_words=data["n_words"],
            n_sentences=data["n_sentences"],
            score=data["score"],
            band=data["band"],
            decided=data["decided"],
            reference=data["reference"],
            components=tuple(
                Component(c["name"], c["label"], c["similarity"], c["contribution"])
                for c in data["components"]
            ),
            support=dict(data["support"]),
            warnings=tuple(CheckWarning(w["code"], w["text"]) for w in data["warnings"]),
            deviations=tuple(Deviation.from_dict(d) for d in data["deviations"]),
            sentence_notes=tuple(SentenceNote.from_dict(n) for n in data["sentence_notes"]),
            suggestions=tuple(Suggestion.from_dict(s) for s in data["suggestions"]),
            text=data["text"],
        )


def band_of(score: float | None) -> str:
    """The band of a 0–100 score: fits (≥ 65), partly (40–65), does_not_fit (< 40).

    Judged on the score as shown (a whole number), so "65" never reads "teils"."""
    if score is None:
        return BAND_NONE
    score = round(score)
    if score >= FITS_FROM:
        return BAND_FITS
    return BAND_PARTLY if score >= PARTLY_FROM else BAND_NOT


def warn(code: str, lang: str, **params: object) -> CheckWarning:
    """A CheckWarning with its text in `lang`."""
    return CheckWarning(code, WARNINGS[code]["de" if lang == "de" else "en"].format(**params))


def pick_language(text: str, profile: VoiceProfile, name: str, lang: str) -> tuple[str, bool]:
    """The draft's language and whether it was assumed; LanguageMissingError if she lacks it."""
    guessed = guess_language(text)
    if guessed == UNDETERMINED and profile.languages:
        # Too few words to tell: check in the language she has most text in.
        best = max(profile.languages.values(), key=lambda lp: lp.n_words)
        return best.language, True
    if guessed not in profile.languages:
        language = name_language(guessed, lang)
        raise LanguageMissingError(
            f"Für {language} gibt es noch keine Textstellen von {name}."
            if lang == "de"
            else f"There are no passages by {name} in {language} yet."
        )
    return guessed, False


def check_draft(
    draft_text: str,
    profile: VoiceProfile,
    register: str | None = None,
    *,
    name: str = "",
    lang: str = "de",
    register_profile: VoiceProfile | None = None,
    no_gos: Sequence[NoGo] = (),
) -> CheckResult:
    """Check a draft against her voice profile; texts of the result are in `lang`.

    `register` is "web", "email", … (None: guessed). `register_profile` is a profile of her
    passages of that register (her website); when it has the draft's language, deviations
    and sentence notes are measured against it, the fit score still against all her text.
    Raises InputError for an empty or oversized draft, LanguageMissingError when she has
    no passages in the draft's language.
    """
    lang = "de" if lang == "de" else "en"
    name = name or ("die Kundin" if lang == "de" else "the client")
    text = normalize_text(draft_text)
    if not text.strip():
        raise InputError("Der Entwurf ist leer." if lang == "de" else "The draft is empty.")
    if len(text) > MAX_DRAFT_CHARS:
        limit = format_number(MAX_DRAFT_CHARS, lang, 0)
        raise InputError(
            f"Der Entwurf ist zu lang für einen Abgleich (mehr als {limit} Zeichen); "
            "bitte in Teilen prüfen."
            if lang == "de"
            else f"The draft is too long to check (over {limit} characters); "
            "please check it in parts."
        )
    if not profile.languages:
        raise TooLittleTextError(
            f"Für {name} gibt es noch keine Textstellen."
            if lang == "de"
            else f"There are no passages by {name} yet."
        )
    language, assumed = pick_language(text, profile, name, lang)
    her = profile.languages[language]
    guessed_register = register is None
    register = register or guess_register(text)
    basis_profile, basis = her, "all"
    if register_profile is not None and language in register_profile.languages:
        basis_profile, basis = register_profile.languages[language], register
    warnings: list[CheckWarning] = []
    if assumed:
        warnings.append(warn("language_assumed", lang, language=name_language(language, lang)))
    doc = tokenize(text)
    stats = extract_stats(doc, language)
    n_words = sum(1 for k in doc.kinds if k == WORD)
    score, decided, reference, components = _score(her, text, language, lang, warnings)
    web = register == KIND_WEB
    differ = web and basis == "all" and conversational_share(her) > 0.5
    deviations = find_deviations(
        stats, basis_profile, lang=lang, name=name, web_draft=web, registers_differ=differ
    )
    notes = note_sentences(doc, basis_profile, lang=lang, name=name, no_gos=no_gos)
    suggestions = suggest_terms(doc, her, lang=lang, name=name)
    if register == KIND_EMAIL:
        suggestions += suggest_formulas(stats.counts, her, lang=lang, name=name)
    return CheckResult(
        language=language,
        register=register,
        register_guessed=guessed_register,
        basis=basis,
        register_note=describe_register(register, her, basis, lang),
        n_words=n_words,
        n_sentences=len(doc.sentences),
        score=score,
        band=band_of(score),
        decided=decided,
        reference=reference,
        components=components,
        support={
            "n_words": basis_profile.n_words,
            "n_passages": basis_profile.n_passages,
            "passages_by_kind": dict(basis_profile.passages_by_kind),
            "reliability": basis_profile.reliability,
            "score_n_words": her.n_words,
        },
        warnings=tuple(warnings),
        deviations=tuple(deviations),
        sentence_notes=tuple(notes),
        suggestions=tuple(suggestions),
        text=text,
    )


def _score(
    her: LanguageProfile, text: str, language: str, lang: str, warnings: list[CheckWarning]
) -> tuple[float | None, bool, str, tuple[Component, ...]]:
    """(score 0–100 or None, decided, reference genre, components) from V's model."""
    fingerprint = her.fingerprint
    n_her = fingerprint.n_words if fingerprint else 0
    if fingerprint is None:
        warnings.append(warn("profile_too_small", lang, words=n_her))
        return None, False, "", ()
    try:
        result = score_fingerprint(fingerprint, text, language)
    except TooLittleTextError:
        warnings.append(warn("profile_too_small", lang, words=format_number(n_her, lang, 0)))
        return None, False, "", ()
    if result.n_unknown_words < MIN_SCORE_WORDS:
        warnings.append(
            warn("too_short", lang, words=result.n_unknown_words, least=MIN_SCORE_WORDS)
        )
        return None, False, result.reference, ()
    if her.reliability != "good":
        warnings.append(warn("profile_thin", lang, words=format_number(her.n_words, lang, 0)))
    if not result.decided:
        warnings.append(warn("undecided", lang))
    components = tuple(
        Component(
            name,
            COMPONENT_LABELS.get(name, {}).get(lang, name),
            result.similarities[name],
            contribution,
        )
        for name, contribution in sorted(
            result.contributions.items(), key=lambda item: -abs(item[1])
        )
    )
    return result.score * 100, result.decided, result.reference, components
