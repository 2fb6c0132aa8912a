"""CPU time of the per-word core steps of a voice profile besides feature extraction.

Tokenizing, the no-go mask, the signature collector (adding passages, then signature terms
and avoided words), the stylometric fingerprint, and reading wordfreq's frequency lists as
a fresh process does, on bench/corpus.py's German mails; the median of several runs.

    .venv/bin/python bench/bench_core_steps.py [--words 600000] [--runs 5]

Compare two trees by running this once with each on PYTHONPATH (their `src`), in turn.
"""

from __future__ import annotations

import argparse
import gc
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import make_passages

from treffsicher.core.fingerprint import compute_fingerprint
from treffsicher.core.nogo import mask_text
from treffsicher.core.signature import SignatureCollector
from treffsicher.core.tokens import tokenize

# Reading the lists in a fresh interpreter: a cached list would cost nothing.
WORDFREQ_SNIPPET = """
import time
from treffsicher.core import signature
start = time.process_time()
signature._frequency_list("de")
signature._common_words("de")
print(time.process_time() - start)
"""


def cpu_median(step: Callable[[], object], runs: int) -> float:
    """Median CPU seconds of `step` over `runs` runs (cycle collector paused, as in a build)."""
    times = []
    for _ in range(runs):
        gc.disable()
        start = time.process_time()
        step()
        times.append(time.process_time() - start)
        gc.enable()
        gc.collect()
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--words", type=int, default=600_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    passages = make_passages(args.words, "de", seed=1)
    texts = [p.text for p in passages]
    docs = [tokenize(text) for text in texts]

    def collect() -> SignatureCollector:
        collector = SignatureCollector("de")
        for passage, doc in zip(passages, docs, strict=True):
            collector.add(passage, doc)
        return collector

    collector = collect()
    collector.signature_terms()  # reads the lists once, outside the timing
    steps: dict[str, Callable[[], object]] = {
        "tokenize": lambda: [tokenize(text) for text in texts],
        "no-go mask": lambda: [mask_text(text, "de") for text in texts],
        "signature: add passages": collect,
        "signature terms + avoided words": lambda: (
            collector.signature_terms(),
            collector.avoided_words(),
        ),
        "fingerprint": lambda: compute_fingerprint(texts, "de"),
    }
    fresh = [
        float(
            subprocess.run(
                [sys.executable, "-c", WORDFREQ_SNIPPET], check=True, capture_output=True, text=True
            ).stdout
        )
        for _ in range(args.runs)
    ]
    print(f"{args.words:,} words requested, {len(passages):,} passages, median of {args.runs}\n")
    print("| step | CPU s |\n| --- | ---: |")
    for name, step in steps.items():
        print(f"| {name} | {cpu_median(step, args.runs):.3f} |")
    print(f"| wordfreq lists, fresh process | {statistics.median(fresh):.3f} |")


if __name__ == "__main__":
    main()
