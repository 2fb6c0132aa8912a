"""Her explicit habits in a draft: a switch of the form of address, her no-go words.

Statistics can never outvote these: a deviation from them ranks above every other and caps
the verdict at „teils“ (core.verdict).
"""

from __future__ import annotations

from collections.abc import Sequence

from treffsicher.core.deviations import HABIT_IMPORTANCE, Deviation
from treffsicher.core.features import PassageStats
from treffsicher.core.models import LanguageProfile, NoGo
from treffsicher.core.nogo import find_nogo_in
from treffsicher.core.phrases import nested, say
from treffsicher.i18n import t

ADDRESS_FORMS = ("du", "sie", "ihr")
FORM_LABELS = {"du": "du", "sie": "Sie", "ihr": "ihr"}
RARE_FOR_HER = 0.15  # a form she uses in fewer than 15 % of her passages is not hers
MIN_SWITCH_TOKENS = 2  # a single „Sie“ may be a quote
MIN_SWITCH_SHARE = 0.2  # … and a fifth of the draft's address forms
MIN_PASSAGES = 3
HABIT_FEATURES = frozenset({"address_form", "gender_style", "no_go"})


def find_address_switch(
    stats: PassageStats, her: LanguageProfile, *, lang: str, name: str
) -> Deviation | None:
    """Return a deviation when part of the draft addresses readers in a form not hers.

    The dominant-form deviation misses a draft that starts in her „du“ and switches to
    „Sie“ half-way; here every form counts that is rare for her and makes up at least a
    fifth of the draft's address words.
    """
    summary = her.features.get("address_form")
    if summary is None or not summary.distribution or summary.n_units < MIN_PASSAGES:
        return None
    tokens = {f: stats.counts.get(f"address_{f}_tokens", 0.0) for f in ADDRESS_FORMS}
    total = sum(tokens.values())
    her_form = max(summary.distribution.items(), key=lambda item: (item[1], item[0]))[0]
    for form in ADDRESS_FORMS:
        share = summary.distribution.get(form, 0.0)
        count = tokens[form]
        if share >= RARE_FOR_HER or count < MIN_SWITCH_TOKENS or count < MIN_SWITCH_SHARE * total:
            continue
        text, phrase = say(
            "habit.address_switch",
            lang,
            count=int(count),
            quoted=nested("quote.double", text=FORM_LABELS[form]),
            name=name,
            n_her=round(summary.distribution[her_form] * summary.n_units),
            n_all=summary.n_units,
            her_quoted=nested("quote.double", text=FORM_LABELS.get(her_form, her_form)),
        )
        return Deviation(
            feature="address_form",
            family="address",
            label=summary_label(lang),
            importance=HABIT_IMPORTANCE + 2.0 * (1.0 - share / RARE_FOR_HER) + 1.0,
            text=text,
            draft_value=None,
            her_typical=summary.typical,
            her_low=None,
            her_high=None,
            draft_category=form,
            her_category=her_form,
            her_share_of_draft_category=share,
            examples=summary.examples[:2],
            phrase=phrase,
        )
    return None


def summary_label(lang: str) -> str:
    """The address feature's label in `lang`."""
    from treffsicher.core.features import SPECS_BY_NAME

    return SPECS_BY_NAME["address_form"].label(lang)


def find_no_gos(text: str, no_gos: Sequence[NoGo], *, lang: str, name: str) -> list[Deviation]:
    """Return one deviation per no-go word of hers that the draft uses, found as the
    sentence notes find them (core.nogo.find_nogo_in: whole words, inflected forms)."""
    hits: dict[str, int] = {}
    first: dict[str, NoGo] = {}
    for _start, _end, no_go in find_nogo_in(text, no_gos):  # it skips empty terms
        term = no_go.term.strip()
        hits[term] = hits.get(term, 0) + 1
        first.setdefault(term, no_go)
    found = []
    for term, no_go in first.items():
        replacement = nested("quote.double", text=no_go.replacement)
        instead = (
            nested("habit.no_go_instead", replacement=replacement) if no_go.replacement else ""
        )
        quoted = nested("quote.double", text=term)
        if no_go.corrects_figure:
            message, phrase = say(
                "habit.no_go_figure", lang, term=quoted, name=name, replacement=replacement
            )
        else:
            message, phrase = say("habit.no_go", lang, term=quoted, name=name, instead=instead)
        found.append(
            Deviation(
                feature="no_go",
                family="wording",
                label=t("habit.no_go_label", lang),
                importance=HABIT_IMPORTANCE + 3.0 + min(hits[term], 5) * 0.1,
                text=message,
                draft_value=float(hits[term]),
                her_typical=0.0,
                her_low=None,
                her_high=None,
                draft_category=term,
                phrase=phrase,
            )
        )
    return found


def list_broken_habits(deviations: Sequence[Deviation]) -> list[str]:
    """Return the habit features among the top-importance deviations, in order, once each."""
    broken: list[str] = []
    for deviation in deviations:
        if deviation.importance >= HABIT_IMPORTANCE and deviation.feature not in broken:
            broken.append(deviation.feature)
    return broken
