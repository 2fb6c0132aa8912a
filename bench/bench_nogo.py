"""How well her own words become proposals: no-go words in the ways clients phrase a
rejection, and what she says about her customers, offer, values and goals.

Runs core.nogo.find_mentions over the hand-written table in tests/core/nogo_phrasings.py:
rejecting sentences (the term she rejects and her replacement) and neutral ones (a quoted
word she keeps, which must give no no-go); then core.assumptions.find_wishes over
tests/core/wish_phrasings.py (each sentence with its category, and ordinary mail talk that
must give none). Prints Markdown tables for bench/RESULTS.md.

    .venv/bin/python bench/bench_nogo.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "core"))

from nogo_phrasings import NEUTRAL, REJECTING
from wish_phrasings import NEUTRAL as TALK
from wish_phrasings import SAYING

from treffsicher.core.assumptions import find_wishes
from treffsicher.core.nogo import find_mentions


def main() -> None:
    """Count terms found, replacements right and false alarms, per language."""
    print("| language | rejecting | term found | with her replacement | neutral | false alarms |")
    print("| --- | ---: | ---: | ---: | ---: | ---: |")
    for lang in ("de", "en"):
        rows = [r for r in REJECTING if r[0] == lang]
        found = replaced = 0
        for _lang, sentence, term, replacement in rows:
            mentions = find_mentions(sentence, lang)
            if [m.term for m in mentions] == [term]:
                found += 1
                replaced += not replacement or mentions[0].replacement == replacement
        neutral = [s for code, s in NEUTRAL if code == lang]
        alarms = sum(1 for sentence in neutral if find_mentions(sentence, lang))
        print(f"| {lang} | {len(rows)} | {found} | {replaced} | {len(neutral)} | {alarms} |")

    print("\n| language | category | sentences | found in its category |")
    print("| --- | --- | ---: | ---: |")
    for lang in ("de", "en"):
        for category in ("audience", "offer", "values", "goals"):
            rows = [s for code, s, c in SAYING if code == lang and c == category]
            right = sum(1 for sentence in rows if find_wishes(sentence) == [(category, sentence)])
            print(f"| {lang} | {category} | {len(rows)} | {right} |")
    talk = [s for _code, s in TALK]
    alarms = sum(1 for sentence in talk if find_wishes(sentence))
    print(f"\nordinary mail talk: {len(talk)} sentences, {alarms} taken for a proposal")


if __name__ == "__main__":
    main()
