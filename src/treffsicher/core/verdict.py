"""The verdict of a check: the model's score, held to her habits, to the others and to doubt.

Three rules sit on top of the fit-score model (docs/decisions/0002-fit-score.md):
- „lässt sich nicht sicher sagen“ when the score rests on too little: a short draft, too
  few words of hers, or a high score with no other people of that language to compare
  with (it may just sound friendly) show 50; a model between the two answers keeps its
  own number (inside its undecided band, never in „klingt nach ihr“);
- at most „teils“ (64) when the draft breaks one of her explicit habits, or sounds more
  like someone else in the workspace (the writer, another client); a broken habit holds
  however little there is to go on: then the draft is „teils“ (50), or lower when the
  model says so, and the doubts say why no finer figure is given;
- otherwise the model's score and its band.
The model's own figure stays in the report (`support["model_score"]`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from treffsicher.core.comparison import KIND_CLIENT, KIND_WRITER, Comparison
from treffsicher.core.deviations import Deviation
from treffsicher.core.habits import list_broken_habits
from treffsicher.core.phrases import Phrase, nested, number, say
from treffsicher.i18n import t

SHORT_DRAFT_WORDS = 100  # fewer draft words: the score moves too much to say
MIN_PROFILE_WORDS = 1_000  # fewer words of hers: the same (the dev trials have 1,500+)
FITS_FROM = 65.0
CAP_SCORE = 64.0  # the highest „teils“
UNSURE_SCORE = 50.0
LOWEST, HIGHEST = 1.0, 99.0  # a verdict is never certain: no 0 and no 100


@dataclass(frozen=True)
class Verdict:
    """The score shown, whether it is decided, and the reasons that shaped it (code, text),
    each also as a Phrase (in the same order)."""

    score: float | None
    decided: bool
    unsure: bool
    reasons: tuple[tuple[str, str], ...]
    phrases: tuple[Phrase, ...] = ()


def judge(
    model_score: float | None,
    decided: bool,
    *,
    n_draft_words: int,
    n_her_words: int,
    people: int,
    deviations: Sequence[Deviation],
    closest: Comparison | None,
    name: str,
    lang: str,
) -> Verdict:
    """Return the verdict for a model score (0–100) in `lang`."""
    if model_score is None:
        return Verdict(None, False, False, ())
    doubts = list_doubts(model_score, decided, n_draft_words, n_her_words, people, lang)
    habits = list_habit_caps(deviations, lang)
    if doubts and habits:
        # Her explicit habits can never be outvoted, nor excused by a short draft.
        shown = min(max(model_score, LOWEST), UNSURE_SCORE)
        more = list_doubts(
            model_score, decided, n_draft_words, n_her_words, people, lang, suffix="_more"
        )
        return Verdict(shown, True, False, *split_reasons([*habits, *more]))
    if doubts:
        # Only the model's own indecision keeps its number (inside its band, 30–70):
        # a high score that rests on too little is not shown at all.
        shown = model_score if [c for c, _, _ in doubts] == ["undecided"] else UNSURE_SCORE
        return Verdict(shown, False, True, *split_reasons(doubts))
    shown = min(max(model_score, LOWEST), HIGHEST)
    caps = list_caps(deviations, closest, name, lang)
    if caps and round(shown) >= FITS_FROM:
        return Verdict(CAP_SCORE, True, False, *split_reasons(caps))
    return Verdict(shown, True, False, ())


Reason = tuple[str, str, Phrase]  # code, text, phrase


def split_reasons(
    reasons: Sequence[Reason],
) -> tuple[tuple[tuple[str, str], ...], tuple[Phrase, ...]]:
    """(code, text) pairs and their phrases."""
    return tuple((c, text) for c, text, _ in reasons), tuple(p for _, _, p in reasons)


def list_doubts(
    score: float,
    decided: bool,
    n_draft: int,
    n_her: int,
    people: int,
    lang: str,
    suffix: str = "",
) -> list[Reason]:
    """Return (code, text, phrase) of every reason the score cannot be trusted; `suffix`
    "_more" words them as why no finer figure is given (after a broken habit)."""
    doubts = []
    if n_draft < SHORT_DRAFT_WORDS:
        short = say(f"fit.reason.short_draft{suffix}", lang, words=n_draft, least=SHORT_DRAFT_WORDS)
        doubts.append(("short_draft", *short))
    if n_her < MIN_PROFILE_WORDS:
        words, least = number(n_her, 0), number(MIN_PROFILE_WORDS, 0)
        thin = say(f"fit.reason.thin_profile{suffix}", lang, words=words, least=least)
        doubts.append(("thin_profile", *thin))
    if not decided:
        doubts.append(("undecided", *say(f"fit.reason.undecided{suffix}", lang)))
    elif people == 0 and round(score) >= FITS_FROM:
        doubts.append(("no_comparison", *say(f"fit.reason.no_comparison{suffix}", lang)))
    return doubts


def list_habit_caps(deviations: Sequence[Deviation], lang: str) -> list[Reason]:
    """Return (code, text, phrase) of every explicit habit of hers the draft breaks."""
    caps = []
    for habit in list_broken_habits(deviations):
        what = nested(f"habit.broken.{habit}")
        caps.append((f"habit_{habit}", *say("fit.reason.habit", lang, what=what)))
    return caps


def list_caps(
    deviations: Sequence[Deviation], closest: Comparison | None, name: str, lang: str
) -> list[Reason]:
    """Return (code, text, phrase) of every reason the verdict is at most „teils“."""
    caps = list_habit_caps(deviations, lang)
    if closest is not None and closest.kind != KIND_CLIENT:
        other = nested("fit.you") if closest.kind == KIND_WRITER else closest.name
        caps.append(("closer", *say("fit.reason.closer", lang, other=other, name=name)))
    return caps


def describe_closest(closest: Comparison | None, people: int, name: str, lang: str) -> str:
    """Return „Klingt eher nach dir als nach Johanna.“ and the like ("" without others)."""
    phrase = closest_phrase(closest, people, name)
    return "" if phrase is None else phrase.say(lang)


def closest_phrase(closest: Comparison | None, people: int, name: str) -> Phrase | None:
    """The Phrase of describe_closest's sentence (None without others)."""
    if people == 0:
        return None
    if closest is None:
        return Phrase("fit.closest.none")
    if closest.kind == KIND_CLIENT:
        return Phrase("fit.closest.client", {"name": name})
    if closest.kind == KIND_WRITER:
        return Phrase("fit.closest.writer", {"name": name})
    return Phrase("fit.closest.other", {"other": closest.name, "name": name})


def describe_drivers(contributions: dict[str, float], lang: str) -> str:
    """Return „Satzbau und kleine Wörter wie bei ihr; Wortschatz eher nicht.“ (plain words)."""
    like = [t(f"fit.view.{v}", lang) for v, c in contributions.items() if c >= 0]
    unlike = [t(f"fit.view.{v}", lang) for v, c in contributions.items() if c < 0]
    parts = []
    if like:
        parts.append(t("fit.drivers.like", lang, views=join_words(like, lang)))
    if unlike:
        parts.append(t("fit.drivers.unlike", lang, views=join_words(unlike, lang)))
    text = "; ".join(parts)
    return text[:1].upper() + text[1:] + "." if text else ""


def join_words(items: Sequence[str], lang: str) -> str:
    """„A“, „A sowie B“, „A, B sowie C“ (English: "A, B and C")."""
    if len(items) < 2:
        return "".join(items)
    return ", ".join(items[:-1]) + t("fit.drivers.join", lang) + items[-1]
