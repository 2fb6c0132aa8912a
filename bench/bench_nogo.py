"""How well no-go words are recognised in the ways clients phrase a rejection.

Runs core.nogo.find_mentions over the hand-written table in tests/core/nogo_phrasings.py:
rejecting sentences (the term she rejects and her replacement) and neutral ones (a quoted
word she keeps, which must give no no-go). Prints a Markdown table for bench/RESULTS.md.

    .venv/bin/python bench/bench_nogo.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "core"))

from nogo_phrasings import NEUTRAL, REJECTING

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


if __name__ == "__main__":
    main()
