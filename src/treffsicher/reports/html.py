"""A draft check as one self-contained HTML page (Jinja2, autoescape on; inline CSS, no JS).

Every piece of text — draft, her examples, names — goes through Jinja2's autoescaping;
nothing is marked safe (a draft with <script> stays text).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from jinja2 import Environment, PackageLoader, select_autoescape

from treffsicher.core.sentence_notes import SentenceNote
from treffsicher.i18n import pick_language, t
from treffsicher.reports import view
from treffsicher.services.checking import CheckOutcome
from treffsicher.services.profiling import quote_text

TEMPLATE = "check.html"


@dataclass(frozen=True)
class Segment:
    """A piece of the draft: plain text, or a noted sentence with its number."""

    text: str
    number: int = 0  # 0: not noted
    note: SentenceNote | None = None


@lru_cache(maxsize=1)
def make_environment() -> Environment:
    """The Jinja2 environment for the report templates, autoescaping everything."""
    return Environment(
        loader=PackageLoader("treffsicher.reports", "templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )


def split_draft(outcome: CheckOutcome) -> list[Segment]:
    """The draft cut into plain segments and noted sentences, in order."""
    text = outcome.draft_text
    segments: list[Segment] = []
    position = 0
    for number, note in enumerate(outcome.result.sentence_notes, start=1):
        if note.start > position:
            segments.append(Segment(text[position : note.start]))
        segments.append(Segment(text[note.start : note.end], number, note))
        position = note.end
    if position < len(text):
        segments.append(Segment(text[position:]))
    return segments


def render_check_html(outcome: CheckOutcome, lang: str) -> str:
    """The check report as a complete HTML document in `lang`."""
    lang = pick_language(lang)
    result = outcome.result
    template = make_environment().get_template(TEMPLATE)
    return template.render(
        lang=lang,
        t=lambda key, **kw: t(key, lang, **kw),
        outcome=outcome,
        result=result,
        score_line=view.describe_score(result, lang),
        band_class=result.band,
        progress=view.describe_progress(outcome, lang),
        support=view.describe_support(result, lang),
        draft_line=view.describe_draft(result, lang),
        drivers=view.list_drivers(result, lang),
        comparisons=view.list_comparisons(result, lang),
        segments=split_draft(outcome),
        quote=lambda text: quote_text(text, lang),
        created=outcome.created_at.strftime("%Y-%m-%d %H:%M"),
    )
