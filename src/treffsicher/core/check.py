"""The draft check (Abgleich): fit score, deviations, sentence notes, suggestions.

check_draft is pure: a draft and a stored voice profile in, a CheckResult out. The fit
score is core.verification's validated model (score × 100); the report's "what drove the
score" are that model's own component contributions, nothing invented here.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from treffsicher.core.check_result import (
    BAND_FITS,
    BAND_LABELS,
    BAND_NONE,
    BAND_NOT,
    BAND_PARTLY,
    BAND_UNSURE,
    FITS_FROM,
    PARTLY_FROM,
    SCHEMA_VERSION,
    CheckResult,
    CheckWarning,
    Component,
    band_of,
    read_comparison,
)
from treffsicher.core.comparison import ComparisonResult, Person, compare_draft
from treffsicher.core.deviations import find_deviations
from treffsicher.core.features import extract_stats
from treffsicher.core.habits import (
    find_address_switch,
    find_no_gos,
    find_tone_wish_break,
    pick_tone_wish,
)
from treffsicher.core.languages import name_language
from treffsicher.core.models import (
    KIND_EMAIL,
    KIND_WEB,
    UNDETERMINED,
    WORD,
    LanguageProfile,
    NoGo,
    ToneWish,
    VoiceProfile,
)
from treffsicher.core.phrases import Phrase, number, say
from treffsicher.core.sentence_notes import note_sentences
from treffsicher.core.suggestions import (
    conversational_share,
    describe_register,
    guess_register,
    register_key,
    suggest_formulas,
    suggest_terms,
)
from treffsicher.core.text import guess_language, normalize_text
from treffsicher.core.tokens import tokenize
from treffsicher.core.verdict import closest_phrase, describe_closest, describe_drivers, judge
from treffsicher.core.verification import (
    COMPONENT_LABELS,
    MIN_UNKNOWN_WORDS,
    VerificationResult,
    score_fingerprint,
)
from treffsicher.errors import InputError, TooLittleTextError
from treffsicher.i18n import format_number, t
from treffsicher.i18n import pick_language as choose_language

# The check's public names; the report's parts live in core.check_result.
__all__ = [
    "BAND_FITS",
    "BAND_LABELS",
    "BAND_NONE",
    "BAND_NOT",
    "BAND_PARTLY",
    "BAND_UNSURE",
    "FITS_FROM",
    "MAX_DRAFT_CHARS",
    "MIN_SCORE_WORDS",
    "PARTLY_FROM",
    "SCHEMA_VERSION",
    "CheckResult",
    "CheckWarning",
    "Component",
    "LanguageMissingError",
    "band_of",
    "check_draft",
    "read_comparison",
]

MIN_SCORE_WORDS = MIN_UNKNOWN_WORDS  # below this the model says "cannot tell"
MAX_DRAFT_CHARS = 1_000_000  # ~150,000 words, a book; beyond that: split the draft


class LanguageMissingError(InputError):
    """The profile has no passages in the draft's language."""


def warn(code: str, lang: str, **params: object) -> CheckWarning:
    """A CheckWarning with its text in `lang` (catalogue key check.warning.<code>)."""
    text, phrase = say(f"check.warning.{code}", lang, **params)
    return CheckWarning(code, text, phrase)


def pick_language(text: str, profile: VoiceProfile, name: str, lang: str) -> tuple[str, bool]:
    """The draft's language and whether it was assumed; LanguageMissingError if she lacks it."""
    guessed = guess_language(text)
    if guessed == UNDETERMINED and profile.languages:
        # Too few words to tell: check in the language she has most text in.
        best = max(profile.languages.values(), key=lambda lp: lp.n_words)
        return best.language, True
    if guessed not in profile.languages:
        language = name_language(guessed, lang)
        raise LanguageMissingError(t("check.language_missing", lang, language=language, name=name))
    return guessed, False


def check_draft(
    draft_text: str,
    profile: VoiceProfile,
    register: str | None = None,
    *,
    name: str = "",
    lang: str = "de",
    register_profile: VoiceProfile | None = None,
    others: Sequence[Person] = (),
    her_samples: Sequence[str] = (),
    no_gos: Sequence[NoGo] = (),
    tone_wishes: Sequence[ToneWish] = (),
) -> CheckResult:
    """Check a draft against her voice profile; texts of the result are in `lang`.

    `others` are the other people of the workspace (the writer, other clients) with
    `her_samples`, pieces of her own words: the draft is held against all of them
    (core.comparison). `no_gos` are words she asked not to see: a draft using one is
    never „klingt nach ihr“. `tone_wishes` are her wishes for du or Sie (German drafts):
    when they agree, a draft in another form breaks her wish, and her texts' own form of
    address is not held against a draft in the wished one.

    `register` is "web", "email", … (None: guessed). `register_profile` is a profile of her
    passages of that register (her website); when it has the draft's language, deviations
    and sentence notes are measured against it, the fit score still against all her text.
    Raises InputError for an empty or oversized draft, LanguageMissingError when she has
    no passages in the draft's language.
    """
    lang = choose_language(lang)
    name = name or t("check.default_name", lang)
    text = normalize_text(draft_text)
    if not text.strip():
        raise InputError(t("check.draft_empty", lang))
    if len(text) > MAX_DRAFT_CHARS:
        limit = format_number(MAX_DRAFT_CHARS, lang, 0)
        raise InputError(t("check.draft_too_long", lang, limit=limit))
    if not profile.languages:
        raise TooLittleTextError(t("check.no_passages", lang, name=name))
    language, assumed = pick_language(text, profile, name, lang)
    her = profile.languages[language]
    guessed_register = register is None
    register = register or guess_register(text)
    basis_profile, basis = her, "all"
    if register_profile is not None and language in register_profile.languages:
        basis_profile, basis = register_profile.languages[language], register
    warnings: list[CheckWarning] = []
    if assumed:
        warnings.append(warn("language_assumed", lang, language={"language": language}))
    doc = tokenize(text)
    stats = extract_stats(doc, language)
    n_words = sum(1 for k in doc.kinds if k == WORD)
    web = register == KIND_WEB
    differ = web and basis == "all" and conversational_share(her) > 0.5
    deviations = find_deviations(
        stats, basis_profile, lang=lang, name=name, web_draft=web, registers_differ=differ
    )
    if not any(d.feature == "address_form" for d in deviations):
        switch = find_address_switch(stats, basis_profile, lang=lang, name=name)
        deviations += [switch] if switch is not None else []
    tone_wish = pick_tone_wish(tone_wishes) if language == "de" else None
    if tone_wish is not None:
        deviations = [d for d in deviations if d.feature != "address_form"]
        wish_break = find_tone_wish_break(stats, tone_wish, lang=lang, name=name)
        deviations += [wish_break] if wish_break is not None else []
    deviations += find_no_gos(text, [g for g in no_gos if g.lang == language], lang=lang, name=name)
    deviations.sort(key=lambda d: (-d.importance, d.feature))
    compared = _score(her, text, language, lang, warnings, others, her_samples, name)
    result = compared.result if compared is not None else None
    verdict = judge(
        None if result is None else result.probability * 100,
        bool(result and result.decided),
        n_draft_words=n_words,
        n_her_words=her.fingerprint.n_words if her.fingerprint else 0,
        people=compared.people if compared is not None else 0,
        deviations=deviations,
        closest=compared.closest if compared is not None else None,
        name=name,
        lang=lang,
    )
    warnings += [
        CheckWarning(code, text, phrase)
        for (code, text), phrase in zip(verdict.reasons, verdict.phrases, strict=True)
    ]
    notes = note_sentences(
        doc, basis_profile, lang=lang, name=name, no_gos=no_gos, tone_wish=tone_wish
    )
    suggestions = suggest_terms(doc, her, lang=lang, name=name)
    if register == KIND_EMAIL:
        suggestions += suggest_formulas(stats.counts, her, lang=lang, name=name)
    checked = CheckResult(
        language=language,
        register=register,
        register_guessed=guessed_register,
        basis=basis,
        register_note=describe_register(register, her, basis, lang),
        said={"register_note": Phrase(register_key(register, her, basis))},
        n_words=n_words,
        n_sentences=len(doc.sentences),
        score=verdict.score,
        band=band_of(verdict.score, verdict.unsure),
        decided=verdict.decided,
        reference=result.reference if result is not None else "",
        components=list_components(result, lang) if result is not None else (),
        support={
            "n_words": basis_profile.n_words,
            "n_passages": basis_profile.n_passages,
            "passages_by_kind": dict(basis_profile.passages_by_kind),
            "reliability": basis_profile.reliability,
            "score_n_words": her.n_words,
            "model_score": None if result is None else round(result.probability * 100, 1),
            "people_compared": compared.people if compared is not None else 0,
        },
        warnings=tuple(warnings),
        deviations=tuple(deviations),
        sentence_notes=tuple(notes),
        suggestions=tuple(suggestions),
        text=text,
    )
    return add_comparisons(checked, compared, name, lang)


def add_comparisons(
    checked: CheckResult, compared: ComparisonResult | None, name: str, lang: str
) -> CheckResult:
    """The result with the comparisons and the plain-word lines on closest and drivers."""
    if compared is None or not compared.result.contributions:
        return checked
    said = dict(checked.said)
    phrase = closest_phrase(compared.closest, compared.people, name)
    if phrase is not None:
        said["closest_text"] = phrase
    return replace(
        checked,
        said=said,
        comparisons=compared.comparisons,
        closest=compared.closest,
        closest_text=describe_closest(compared.closest, compared.people, name, lang),
        drivers_text=describe_drivers(compared.result.contributions, lang),
    )


def list_components(result: VerificationResult, lang: str) -> tuple[Component, ...]:
    """The model's parts, strongest contribution first."""
    return tuple(
        Component(
            name,
            t(COMPONENT_LABELS[name], lang) if name in COMPONENT_LABELS else name,
            result.similarities[name],
            contribution,
        )
        for name, contribution in sorted(
            result.contributions.items(), key=lambda item: -abs(item[1])
        )
    )


def _score(
    her: LanguageProfile,
    text: str,
    language: str,
    lang: str,
    warnings: list[CheckWarning],
    others: Sequence[Person],
    her_samples: Sequence[str],
    name: str,
) -> ComparisonResult | None:
    """The model's result for her (and the others), or None with a warning why not."""
    fingerprint = her.fingerprint
    n_her = fingerprint.n_words if fingerprint else 0
    if fingerprint is None:
        warnings.append(warn("profile_too_small", lang, words=n_her))
        return None
    try:
        if others:
            compared = compare_draft(fingerprint, her_samples, text, language, others, name=name)
        else:
            compared = ComparisonResult(score_fingerprint(fingerprint, text, language))
    except TooLittleTextError:
        warnings.append(warn("profile_too_small", lang, words=number(n_her, 0)))
        return None
    if compared.result.n_unknown_words < MIN_SCORE_WORDS:
        count = compared.result.n_unknown_words
        warnings.append(warn("too_short", lang, words=count, least=MIN_SCORE_WORDS))
        return None
    if her.reliability != "good":
        warnings.append(warn("profile_thin", lang, words=number(her.n_words, 0)))
    return compared
