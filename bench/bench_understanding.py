"""Speed of the understanding log's core: no-go mentions, the evidence index and a search.

Generated German client mails (bench/corpus.py), in memory; CPU time of this process.
Run: .venv/bin/python bench/bench_understanding.py [WORDS]
"""

from __future__ import annotations

import sys
import time

from corpus import make_passages

from treffsicher.core.evidence import EvidencePassage, find_evidence, index_passages
from treffsicher.core.nogo import find_mentions

ASSUMPTIONS = (
    "Ihre Zielgruppe sind junge Familien.",
    "Sie bietet Geburtsvorbereitung an.",
    "Sie will keine Anglizismen.",
)


def timed(label: str, words: int, action: object) -> object:
    start = time.process_time()
    result = action()  # type: ignore[operator]
    seconds = time.process_time() - start
    print(f"{label}: {seconds:.2f} s CPU, {words / seconds:,.0f} words/s")
    return result


def main() -> None:
    n_words = int(sys.argv[1]) if len(sys.argv) > 1 else 200_000
    passages = make_passages(n_words, lang="de", seed=1)
    words = sum(len(p.text.split()) for p in passages)
    print(f"{len(passages)} passages, {words:,} words")
    timed("find_mentions", words, lambda: [find_mentions(p.text, "de") for p in passages])
    evidence = [EvidencePassage(p.id, p.text, "de", p.source_name, None, p.id) for p in passages]
    index = timed("index_passages", words, lambda: index_passages(evidence))
    start = time.process_time()
    for text in ASSUMPTIONS:
        find_evidence(text, index, "de")  # type: ignore[arg-type]
    per_search = (time.process_time() - start) / len(ASSUMPTIONS)
    print(f"find_evidence on the index: {per_search * 1000:.0f} ms CPU per assumption")


if __name__ == "__main__":
    main()
