"""What every rendering of a check shows, as plain strings: score line, support, drivers.

Shared by the terminal and HTML reports, so both say the same thing.
"""

from __future__ import annotations

from dataclasses import dataclass

from treffsicher.core.check import BAND_LABELS, BAND_NONE, CheckResult
from treffsicher.i18n import (
    KIND_NAMES,
    describe_counts,
    format_number,
    name_language,
    pick_language,
    t,
)
from treffsicher.services.checking import CheckOutcome

BAND_STYLES = {
    "fits": "green",
    "partly": "yellow",
    "does_not_fit": "red",
    "unsure": "dim",
    BAND_NONE: "dim",
}


@dataclass(frozen=True)
class Driver:
    """One part of the fit-score model in plain words: what it is, for or against her.

    The figures (log-odds, similarities) stay in the JSON report."""

    label: str
    direction: str  # "speaks for her" / "spricht gegen sie"
    positive: bool


@dataclass(frozen=True)
class ComparisonLine:
    """One person the draft was held against: who, in what role, and the score."""

    name: str
    role: str  # „Kundin“, „du selbst“, „andere Kundin“
    score: str  # "82" or "–"
    closest: bool


def band_label(band: str, lang: str) -> str:
    """ "klingt nach ihr", "teils", … in `lang`."""
    return t(BAND_LABELS.get(band, BAND_LABELS[BAND_NONE]), lang)


def describe_score(result: CheckResult, lang: str) -> str:
    """ "Passung: 82 von 100 – klingt nach ihr" or "Passung: kein Wert"."""
    if result.score is None:
        return t("check.no_score", lang)
    score = format_number(round(result.score), pick_language(lang), 0)
    return t("check.score", lang, score=score, band=band_label(result.band, lang))


def describe_progress(outcome: CheckOutcome, lang: str) -> str:
    """ "Beim letzten Abgleich dieses Entwurfs: 58 → jetzt 81", or "" without one."""
    if outcome.previous_at is None:
        return ""
    before = "–" if outcome.previous_score is None else str(round(outcome.previous_score))
    now = "–" if outcome.result.score is None else str(round(outcome.result.score))
    return t("check.progress", lang, before=before, now=now)


def describe_support(result: CheckResult, lang: str) -> str:
    """What the comparison rests on: her words, language, kinds of passage."""
    words = format_number(result.support.get("n_words", 0), pick_language(lang), 0)
    parts = describe_counts(result.support.get("passages_by_kind", {}), lang)
    language = name_language(result.language, lang)
    return t("check.support", lang, words=words, language=language, parts=parts)


def describe_draft(result: CheckResult, lang: str) -> str:
    """ "Entwurf: 328 Wörter, 30 Sätze, Textsorte: Website-Text (vermutet)."."""
    names = KIND_NAMES[pick_language(lang)]
    register = names.get(result.register, (result.register, ""))[0]
    guessed = t("check.register_guessed", lang) if result.register_guessed else ""
    return t(
        "check.draft_size",
        lang,
        words=int(result.n_words),
        sentences=int(result.n_sentences),
        register=register,
        guessed=guessed,
    )


def list_drivers(result: CheckResult, lang: str) -> list[Driver]:
    """The model's own parts, strongest first, in plain words (truthful, no figures)."""
    drivers = []
    for component in result.components:
        positive = component.contribution >= 0
        drivers.append(
            Driver(
                label=t(f"fit.view.{component.name}", lang),
                direction=t("check.driver_for" if positive else "check.driver_against", lang),
                positive=positive,
            )
        )
    return drivers


def list_comparisons(result: CheckResult, lang: str) -> list[ComparisonLine]:
    """The people the draft was held against, highest score first."""
    lines = []
    ordered = sorted(result.comparisons, key=lambda c: -(c.score if c.score is not None else -1))
    for comparison in ordered:
        name = comparison.name
        score = "–" if comparison.score is None else str(round(comparison.score))
        closest = result.closest is not None and result.closest.name == comparison.name
        lines.append(ComparisonLine(name, t(f"fit.kind.{comparison.kind}", lang), score, closest))
    return lines
