"""The check report: its bands, its parts and its stable JSON form (schema_version 1)."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

from treffsicher.core.comparison import Comparison
from treffsicher.core.deviations import Deviation
from treffsicher.core.phrases import Phrase
from treffsicher.core.sentence_notes import SentenceNote
from treffsicher.core.suggestions import Suggestion
from treffsicher.i18n import MESSAGES, t

SCHEMA_VERSION = 1
SAID = ("register_note", "closest_text")  # single sentences kept as Phrases when stored
# Bands of the fit score (0–100); "unsure" is core.verdict's „lässt sich nicht sicher
# sagen“; "klingt nach ihr" needs odds of about 2:1 for "same author" (65), "klingt nicht
# nach ihr" odds of 3:2 or more against (< 40). See docs/decisions/0003-draft-check.md.
BAND_FITS = "fits"
BAND_PARTLY = "partly"
BAND_NOT = "does_not_fit"
BAND_NONE = "no_score"
BAND_UNSURE = "unsure"
FITS_FROM = 65.0
PARTLY_FROM = 40.0
# Catalogue keys of the bands' names (messages/report.py).
BAND_LABELS = {
    band: f"band.{band}" for band in (BAND_FITS, BAND_PARTLY, BAND_NOT, BAND_NONE, BAND_UNSURE)
}


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
    phrase: Phrase | None = field(default=None, compare=False)  # to say it again


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
    comparisons: tuple[Comparison, ...] = ()  # the draft held against her and the others
    closest: Comparison | None = None  # whom it sounds most like; None: no one clearly
    closest_text: str = ""  # „Klingt eher nach dir als nach Johanna.“
    drivers_text: str = ""  # „Satzbau und kleine Wörter wie bei ihr; Wortschatz eher nicht.“
    # Phrases of register_note and closest_text, to say them again (not in to_dict).
    said: dict[str, Phrase] = field(default_factory=dict, compare=False)

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
            "comparisons": [c.to_dict() for c in self.comparisons],
            "closest": None if self.closest is None else self.closest.to_dict(),
            "closest_text": self.closest_text,
            "drivers_text": self.drivers_text,
        }

    def to_stored(self) -> dict[str, Any]:
        """to_dict with the warnings' and deviations' Phrases under "phrases", so that
        in_language can say them again (the form a workspace stores)."""
        data = self.to_dict()
        data["phrases"] = {
            "warnings": [w.phrase.to_dict() if w.phrase else None for w in self.warnings],
            "deviations": [d.phrase.to_dict() if d.phrase else None for d in self.deviations],
            "sentence_notes": [
                [r.phrase.to_dict() if r.phrase else None for r in n.reasons]
                for n in self.sentence_notes
            ],
            **{name: phrase.to_dict() for name, phrase in self.said.items()},
        }
        return data

    def in_language(self, lang: str) -> CheckResult:
        """The result with its warnings, deviations, sentence notes and the model's part
        names said in `lang` where their Phrase or key is known (a report stored before
        Phrases were stored keeps its sentences)."""
        warnings = tuple(
            replace(w, text=w.phrase.say(lang)) if w.phrase else w for w in self.warnings
        )
        deviations = tuple(restate_deviation(d, lang) for d in self.deviations)
        notes = tuple(
            replace(
                n,
                reasons=tuple(
                    replace(r, text=r.phrase.say(lang)) if r.phrase else r for r in n.reasons
                ),
            )
            for n in self.sentence_notes
        )
        components = tuple(restate_component(c, lang) for c in self.components)
        said = {name: phrase.say(lang) for name, phrase in self.said.items()}
        return replace(
            self,
            register_note=said.get("register_note", self.register_note),
            closest_text=said.get("closest_text", self.closest_text),
            warnings=warnings,
            deviations=deviations,
            sentence_notes=notes,
            components=components,
        )

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> CheckResult:
        """The result to_dict described: a stored report read back, so that a stored check
        renders like a fresh one. Exact inverse: to_dict(from_dict(d)) == d for
        every d that to_dict made. ValueError for another schema_version; KeyError or
        TypeError for data to_dict did not make."""
        version = data.get("schema_version")
        if version != SCHEMA_VERSION:
            raise ValueError(f"report schema_version {version!r}, expected {SCHEMA_VERSION}")
        phrases = data.get("phrases") or {}
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
            warnings=attach_phrases(
                [CheckWarning(w["code"], w["text"]) for w in data["warnings"]],
                phrases.get("warnings"),
            ),
            deviations=attach_phrases(
                [Deviation.from_dict(d) for d in data["deviations"]], phrases.get("deviations")
            ),
            sentence_notes=attach_note_phrases(
                [SentenceNote.from_dict(n) for n in data["sentence_notes"]],
                phrases.get("sentence_notes"),
            ),
            suggestions=tuple(Suggestion.from_dict(s) for s in data["suggestions"]),
            text=data["text"],
            comparisons=tuple(read_comparison(c) for c in data.get("comparisons", [])),
            closest=read_comparison(data["closest"]) if data.get("closest") else None,
            closest_text=data.get("closest_text", ""),
            drivers_text=data.get("drivers_text", ""),
            said=read_said(phrases),
        )


def attach_phrases(items: list[Any], stored: list[Any] | None) -> tuple[Any, ...]:
    """Warnings or deviations with their stored Phrases (kept apart from the public JSON
    report, whose schema stays as it was); without any: as they are."""
    if not stored or len(stored) != len(items):
        return tuple(items)
    return tuple(replace(i, phrase=Phrase.from_dict(p)) for i, p in zip(items, stored, strict=True))


def read_said(phrases: dict[str, Any]) -> dict[str, Phrase]:
    """The stored Phrases of the register note and the closest-voice line."""
    read = {name: Phrase.from_dict(phrases.get(name)) for name in SAID}
    return {name: phrase for name, phrase in read.items() if phrase is not None}


def attach_note_phrases(
    notes: list[SentenceNote], stored: list[Any] | None
) -> tuple[SentenceNote, ...]:
    """Sentence notes with their reasons' stored Phrases (see attach_phrases)."""
    if not stored or len(stored) != len(notes):
        return tuple(notes)
    return tuple(
        replace(n, reasons=attach_phrases(list(n.reasons), p))
        for n, p in zip(notes, stored, strict=True)
    )


def restate_component(component: Component, lang: str) -> Component:
    """A part of the model with its plain name in `lang` (fit.component.<name>)."""
    key = f"fit.component.{component.name}"
    return replace(component, label=t(key, lang)) if key in MESSAGES else component


def restate_deviation(deviation: Deviation, lang: str) -> Deviation:
    """A deviation with its text and label in `lang`, when its Phrase is known."""
    if deviation.phrase is None:
        return deviation
    key = f"feature.{deviation.feature}.label"
    label = t(key, lang) if key in MESSAGES else t("habit.no_go_label", lang)
    return replace(deviation, text=deviation.phrase.say(lang), label=label)


def read_comparison(data: dict[str, Any]) -> Comparison:
    """A Comparison from its report form (a stored score was decided unless it is 50)."""
    score = data["score"]
    return Comparison(data["kind"], data["name"], score, score is not None and score != 50.0)


def band_of(score: float | None, unsure: bool = False) -> str:
    """The band of a 0–100 score: fits (≥ 65), partly (40–65), does_not_fit (< 40).

    Judged on the score as shown (a whole number), so "65" never reads "teils";
    `unsure`: „lässt sich nicht sicher sagen“ (core.verdict)."""
    if score is None:
        return BAND_NONE
    score = round(score)
    if unsure:
        return BAND_UNSURE
    if score >= FITS_FROM:
        return BAND_FITS
    return BAND_PARTLY if score >= PARTLY_FROM else BAND_NOT
