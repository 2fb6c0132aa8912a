"""The check result as the page shows it, built from a stored or fresh check (its report
data, core.check's schema_version 1): score and band, deviations, the draft with its
deviating sentences marked, the notes as a list, suggestions."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from markupsafe import Markup

from treffsicher.core.text import normalize_text
from treffsicher.i18n import Counted, describe_counts, format_number, name_language, t
from treffsicher.reports.view import band_label
from treffsicher.services.checking import CheckOutcome
from treffsicher.services.profiling import quote_text
from treffsicher.web.draft_markup import Mark, render_draft
from treffsicher.web.i18n import ui_text

EXAMPLES_SHOWN = 2
KNOWN_BANDS = ("fits", "partly", "does_not_fit", "unsure", "no_score")


@dataclass(frozen=True)
class DeviationView:
    """One deviation: feature label, sentence, quotes from her passages."""

    label: str
    text: str
    examples: tuple[str, ...]


@dataclass(frozen=True)
class NoteView:
    """A marked sentence with its reasons, for the list under the draft."""

    index: int
    sentence: str
    reasons: tuple[str, ...]


@dataclass(frozen=True)
class DriverView:
    """One part of the fit-score model and what it did to the score, in plain words."""

    label: str
    direction: str
    positive: bool


@dataclass(frozen=True)
class ComparisonView:
    """One person the draft was held against (the client, the writer, another client)."""

    name: str
    role: str
    score: str
    closest: bool


@dataclass(frozen=True)
class CheckView:
    """Everything the result section shows."""

    score: float | None
    band: str
    band_key: str
    warnings: list[str]
    support: str
    deviations: list[DeviationView]
    draft_html: Markup
    notes: list[NoteView]
    suggestions: list[str]
    check_id: int | None
    drivers: list[DriverView] = field(default_factory=list)
    basis: str = ""
    drivers_text: str = ""
    comparisons: list[ComparisonView] = field(default_factory=list)
    closest_text: str = ""


def build_check_view(
    outcome: CheckOutcome, lang: str, sources: dict[str, dict[str, int]] | None = None
) -> CheckView:
    """The view of one check (fresh, preview or stored) over the draft it was run on;
    `sources` (language → kind → her sources) words what it rests on as the profile does."""
    report = outcome.to_dict()
    draft_text, check_id = outcome.draft_text, outcome.check_id
    band_key = str(report.get("band") or "no_score")
    if band_key not in KNOWN_BANDS:
        band_key = "no_score"
    score = report.get("score")
    text = normalize_text(draft_text)
    notes, marks = mark_sentences(text, report.get("sentence_notes") or [])
    warnings = [str(w.get("text", "")) for w in report.get("warnings") or [] if isinstance(w, dict)]
    if report.get("register_note"):
        warnings.append(str(report["register_note"]))
    return CheckView(
        score=float(score) if isinstance(score, int | float) else None,
        band=band_label(band_key, lang),
        band_key=band_key,
        warnings=[w for w in warnings if w],
        support=describe_basis(report, lang),
        deviations=[view_deviation(d, lang) for d in report.get("deviations") or []],
        draft_html=render_draft(text, marks),
        notes=notes,
        suggestions=[str(s.get("text", "")) for s in report.get("suggestions") or []],
        check_id=check_id,
        drivers=list_drivers(report, lang),
        basis=describe_her_words(report, lang, sources or {}),
        drivers_text=str(report.get("drivers_text") or ""),
        comparisons=list_comparisons(report, lang),
        closest_text=str(report.get("closest_text") or ""),
    )


def list_comparisons(report: dict[str, Any], lang: str) -> list[ComparisonView]:
    """The people the draft was held against, highest score first."""
    found = [c for c in report.get("comparisons") or [] if isinstance(c, dict)]
    found.sort(
        key=lambda c: -(float(c["score"]) if isinstance(c.get("score"), int | float) else -1)
    )
    closest = report.get("closest") if isinstance(report.get("closest"), dict) else None
    views = []
    for c in found:
        kind = str(c.get("kind", ""))
        name = str(c.get("name", ""))
        score = c.get("score")
        views.append(
            ComparisonView(
                name=name,
                role=t(f"fit.kind.{kind}", lang) if kind else "",
                score=str(round(score)) if isinstance(score, int | float) else "–",
                closest=closest is not None and closest.get("name") == c.get("name"),
            )
        )
    return views


def list_drivers(report: dict[str, Any], lang: str) -> list[DriverView]:
    """The model's component contributions as stored in the report, largest first."""
    components = [c for c in report.get("components") or [] if isinstance(c, dict)]
    components.sort(key=lambda c: -abs(float(c.get("contribution", 0.0))))
    drivers = []
    for component in components:
        contribution = float(component.get("contribution", 0.0))
        positive = contribution >= 0
        name = str(component.get("name", ""))
        drivers.append(
            DriverView(
                label=t(f"fit.view.{name}", lang) if name else str(component.get("label", "")),
                direction=t("check.driver_for" if positive else "check.driver_against", lang),
                positive=positive,
            )
        )
    return drivers


def describe_her_words(
    report: dict[str, Any], lang: str, sources: dict[str, dict[str, int]]
) -> str:
    """'Beruht auf 6.420 Wörtern von ihr auf Deutsch (19 E-Mails, …).': her sources of the
    kinds the check drew on, counted as the profile page counts them."""
    support = report.get("support")
    language = report.get("language")
    if not isinstance(support, dict) or not isinstance(language, str):
        return ""
    words = support.get("n_words")
    if not isinstance(words, int | float):
        return ""
    used = support.get("passages_by_kind") or {}
    counted = sources.get(language, {})
    parts = describe_counts({k: n for k, n in counted.items() if k in used} or used, lang)
    return t(
        "check.support",
        lang,
        words=format_number(words, lang),
        language=name_language(language, lang),
        parts=parts,
    )


def describe_basis(report: dict[str, Any], lang: str) -> str:
    """'1.024 Wörter, 58 Sätze' of the draft."""
    words, sentences = report.get("n_words"), report.get("n_sentences")
    if not isinstance(words, int) or not isinstance(sentences, int):
        return ""
    return ui_text(
        "check.draft_size", lang, words=Counted(words, lang), sentences=Counted(sentences, lang)
    )


def view_deviation(data: dict[str, Any], lang: str) -> DeviationView:
    """A deviation with up to EXAMPLES_SHOWN quotes of hers."""
    examples = tuple(
        quote_text(str(e.get("text", "")), lang)
        for e in (data.get("examples") or [])[:EXAMPLES_SHOWN]
        if isinstance(e, dict)
    )
    label, text = str(data.get("label", "")), str(data.get("text", ""))
    if label and text.startswith(label):
        label = ""  # the sentence already names the feature ("Anrede: …")
    return DeviationView(label, text, examples)


def mark_sentences(text: str, notes: list[dict[str, Any]]) -> tuple[list[NoteView], list[Mark]]:
    """The notes in draft order with their marks (overlapping or impossible ones skipped)."""
    views: list[NoteView] = []
    marks: list[Mark] = []
    position = 0
    for data in sorted(notes, key=lambda n: int(n.get("start", 0))):
        start, end = int(data.get("start", 0)), int(data.get("end", 0))
        if start < position or end <= start or end > len(text):
            continue
        reasons = tuple(str(r.get("text", "")) for r in data.get("reasons") or [])
        index = len(views) + 1
        views.append(NoteView(index, text[start:end], reasons))
        marks.append(Mark(start, end, index, reasons))
        position = end
    return views, marks
