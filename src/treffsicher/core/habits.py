"""Her explicit habits in a draft: a switch of the form of address, her no-go words, her
wish for du or Sie.

Statistics can never outvote these: a deviation from them ranks above every other and caps
the verdict at „teils“ (core.verdict).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from treffsicher.core.deviations import HABIT_IMPORTANCE, Deviation
from treffsicher.core.features import PassageStats
from treffsicher.core.models import LanguageProfile, NoGo, ToneWish
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

# A wish for du or Sie, in German or English words: „bitte duzen“, „Die Leser werden
# gesiezt“, „keine Du-Form“, "informal “du”", "use Sie". A mention is negated by a
# „nicht“/"not" shortly before it („bitte nicht duzen“) or right after it („wir duzen
# nicht“); after a comma it belongs to the next clause („wir duzen, nicht siezen“).
_QUOTE = "[„“”\"'‚‘’»«]?"
_WISH_FORM_RES = (
    (
        "du",
        re.compile(
            rf"(?i)\b(?:ge)?duz\w*|\bdu-?(?:form|ton|anrede)\w*|"
            rf"\b(?:informal|informell\w*|with|as|use|using|mit|per)\s+(?:the\s+)?{_QUOTE}du\b"
        ),
    ),
    (
        "sie",
        re.compile(
            rf"(?i)\b(?:ge)?siez\w*|\bsie-?(?:form|anrede)\w*|"
            rf"\b(?:formal|förmlich\w*|with|as|use|using)\s+(?:the\s+)?{_QUOTE}sie\b|"
            rf"\b(?:mit|per)\s+{_QUOTE}Sie\b"
        ),
    ),
)
_NEGATION_BEFORE_RE = re.compile(
    r"(?i)\b(?:nicht|nie|niemals|keine?[nmrs]?|not|never|no|don['’]?t|do not)\b[^,;.!?]{0,20}$"
)
_NEGATION_AFTER_RE = re.compile(r"(?i)\s+(?:nicht|nie|not)\b")


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


def read_address_wish(text: str) -> str | None:
    """The form of address ("du" or "sie") that `text` asks for, None when it names none,
    both, or only negated ones that leave no clear choice („bitte nicht duzen“ → "sie")."""
    wanted: set[str] = set()
    negated: set[str] = set()
    for form, pattern in _WISH_FORM_RES:
        for match in pattern.finditer(text):
            before = text[max(0, match.start() - 40) : match.start()]
            if _NEGATION_BEFORE_RE.search(before) or _NEGATION_AFTER_RE.match(text, match.end()):
                negated.add(form)
            else:
                wanted.add(form)
    if len(wanted) == 1:
        return wanted.pop()
    if not wanted and len(negated) == 1:
        return "sie" if negated == {"du"} else "du"
    return None


def pick_tone_wish(wishes: Sequence[ToneWish]) -> ToneWish | None:
    """The wish that holds: the first one (the caller orders them, her answers first) when
    no other asks for a different form; None when they disagree."""
    if not wishes or len({w.form for w in wishes}) > 1:
        return None
    return wishes[0]


def count_unwished(stats: PassageStats, wish: ToneWish) -> dict[str, int]:
    """How often the text uses each address form that breaks her wish (Sie for a du wish,
    du and ihr for a Sie wish), the forms it does not use left out."""
    forms = ("sie",) if wish.form == "du" else ("du", "ihr")
    counts = {f: int(stats.counts.get(f"address_{f}_tokens", 0.0)) for f in forms}
    return {f: n for f, n in counts.items() if n > 0}


def find_tone_wish_break(
    stats: PassageStats, wish: ToneWish, *, lang: str, name: str
) -> Deviation | None:
    """A deviation when the draft addresses readers in a form she asked not to be used.

    Her wish outranks her habits: it holds however little text she has (as her no-gos do),
    and a draft in her wished form is never told that her texts use another."""
    used = count_unwished(stats, wish)
    if not used:
        return None
    count = sum(used.values())
    form = max(used, key=used.__getitem__)
    text, phrase = say(
        "habit.tone_wish",
        lang,
        count=count,
        quoted=nested("quote.double", text=FORM_LABELS[form]),
        name=name,
        wanted=nested("quote.double", text=FORM_LABELS[wish.form]),
        # The message ends with its own full stop: „… allen“. rather than „… allen.“.
        evidence=nested(
            "quote.double", text=(wish.evidence or FORM_LABELS[wish.form]).removesuffix(".")
        ),
    )
    return Deviation(
        feature="address_form",
        family="address",
        label=t("habit.tone_wish_label", lang),
        importance=HABIT_IMPORTANCE + 3.0 + min(count, 5) * 0.1,
        text=text,
        draft_value=float(count),
        her_typical=None,
        her_low=None,
        her_high=None,
        draft_category=form,
        her_category=wish.form,
        phrase=phrase,
    )


def list_broken_habits(deviations: Sequence[Deviation]) -> list[str]:
    """Return the habit features among the top-importance deviations, in order, once each."""
    broken: list[str] = []
    for deviation in deviations:
        if deviation.importance >= HABIT_IMPORTANCE and deviation.feature not in broken:
            broken.append(deviation.feature)
    return broken
