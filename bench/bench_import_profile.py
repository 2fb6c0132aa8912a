"""End to end through the CLI: import 2,000 small text files, then build the profile.

Writes 2,000 German text files of about 65 words each (130,000 words, from bench/corpus.py's
generated mails, cut at sentence ends) into a temporary folder, then runs the installed
command in a fresh workspace, as a user would:

    treffsicher client add Bench
    treffsicher import Bench <2,000 files>
    treffsicher profile Bench

Reports wall time and CPU time (of the child processes) per step and words per second for
import + profile (the target; `client add` is a one-off) and for all three steps.
textstat's German readability (flesch_reading_ease + wiener_sachtextformel, set_lang("de"))
runs on the same 2,000 texts in the same run, one call per file; the ratio is our words per
second (import + profile) / textstat's. Prints a Markdown table for bench/RESULTS.md.

    .venv/bin/python bench/bench_import_profile.py [--files 2000] [--words 130000]
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from cli_steps import compile_package, run_step, time_textstat
from corpus import make_passages

SENTENCE_END_RE = re.compile(r"(?<=[.!?])\s+")
TARGET_WORDS_PER_S = 60_000  # import + profile, CPU, one core


def make_texts(n_files: int, n_words: int) -> list[str]:
    """Return n_files texts of about n_words / n_files words each, cut at sentence ends."""
    per_file = n_words // n_files
    sentences = [
        " ".join(s.split())
        for p in make_passages(int(n_words * 1.2), "de", seed=7)
        for s in SENTENCE_END_RE.split(p.text)
        if s.strip()
    ]
    texts: list[str] = []
    current: list[str] = []
    words = 0
    for sentence in sentences:
        current.append(sentence)
        words += len(sentence.split())
        if words >= per_file - 4:  # sentences run over; this lands near the total
            texts.append(" ".join(current) + "\n")
            current, words = [], 0
            if len(texts) == n_files:
                break
    return texts


def main() -> None:
    """Print one Markdown table of the three steps, end to end and textstat."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--files", type=int, default=2000)
    parser.add_argument("--words", type=int, default=130_000)
    args = parser.parse_args()
    compile_package()
    texts = make_texts(args.files, args.words)
    n_words = sum(len(t.split()) for t in texts)
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        paths = []
        for i, text in enumerate(texts):
            path = root / f"text-{i:04d}.txt"
            path.write_text(text, encoding="utf-8")
            paths.append(str(path))
        workspace = root / "bench.sqlite"
        steps = {
            "client add": run_step(["client", "add", "Bench"], workspace)[:2],
            "import": run_step(["import", "Bench", *paths], workspace)[:2],
            "profile": run_step(["profile", "Bench"], workspace)[:2],
        }
    wall = sum(w for w, _ in steps.values())
    cpu = sum(c for _, c in steps.values())
    # The target counts import + profile; `client add` is a one-off before them.
    core_wall = steps["import"][0] + steps["profile"][0]
    core_cpu = steps["import"][1] + steps["profile"][1]
    ts_wall, ts_cpu = time_textstat(texts)
    print(f"{len(texts)} files, {n_words:,} words; load average {os.getloadavg()[0]:.1f}\n")
    print("| step | wall s | CPU s |\n| --- | ---: | ---: |")
    for name, (step_wall, step_cpu) in steps.items():
        print(f"| {name} | {step_wall:.2f} | {step_cpu:.2f} |")
    print(f"| import + profile | {core_wall:.2f} | {core_cpu:.2f} |")
    print(f"| all three | {wall:.2f} | {cpu:.2f} |")
    print(
        f"\nwords/s import + profile: {n_words / core_wall:,.0f} (wall), "
        f"{n_words / core_cpu:,.0f} (CPU; target ≥ {TARGET_WORDS_PER_S:,})"
    )
    print(f"words/s all three steps: {n_words / wall:,.0f} (wall), {n_words / cpu:,.0f} (CPU)")
    print(f"textstat de, words/s: {n_words / ts_wall:,.0f} (wall), {n_words / ts_cpu:,.0f} (CPU)")
    print(f"ratio treffsicher (import + profile) / textstat (CPU): {ts_cpu / core_cpu:.3f}")


if __name__ == "__main__":
    main()
