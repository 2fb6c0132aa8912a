"""The first voice profile of a big client, through the CLI, as a user meets it.

Writes a generated German corpus of about 2.8 million words (bench/corpus.py's mails, one
text file per mail) into a temporary folder, imports it into a fresh SQLite workspace with
the installed command, then times `treffsicher profile` twice in fresh processes: first
with no cached profile (it reads her passages, builds every feature and stores the cache),
then again (it reads the cache). CPU = the child's user+system time.

    .venv/bin/python bench/bench_first_profile.py [--words 2800000]

Prints a Markdown table for bench/RESULTS.md. Target: first profile ≤ 8 s on one core.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from cli_steps import compile_package, run_step, time_textstat, write_mail_files
from corpus import make_passages

TARGET_S = 8.0


def main() -> None:
    """Import the corpus, then time the first and the cached profile."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--words", type=int, default=2_800_000)
    args = parser.parse_args()
    compile_package()
    passages = make_passages(args.words, "de", seed=1)
    n_words = sum(len(p.text.split()) for p in passages)
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        files = write_mail_files(passages, root)
        workspace = root / "bench.sqlite"
        run_step(["client", "add", "Bench"], workspace)
        steps = {
            "import (folder)": run_step(["import", "Bench", str(files)], workspace),
            "first profile": run_step(["profile", "Bench"], workspace),
            "profile again (cached)": run_step(["profile", "Bench"], workspace),
        }
    print(
        f"{len(passages):,} files, {n_words:,} words (by spaces); "
        f"load average {os.getloadavg()[0]:.1f}\n"
    )
    print("| step | wall s | CPU s | peak RSS MB (so far) |\n| --- | ---: | ---: | ---: |")
    for name, (wall, cpu, peak) in steps.items():
        print(f"| {name} | {wall:.2f} | {cpu:.2f} | {peak:.0f} |")
    first_cpu = steps["first profile"][1]
    verdict = "meets" if first_cpu <= TARGET_S else "misses"
    print(f"\nfirst profile: {first_cpu:.2f} s CPU, {verdict} the ≤ {TARGET_S:.0f} s target")
    # The same text through textstat's German scores in this run: a yardstick of the
    # machine's speed, so that figures from different machines can be compared.
    _wall, ts_cpu = time_textstat([p.text for p in passages])
    print(f"textstat de on the same text: {ts_cpu:.2f} s CPU ({n_words / ts_cpu:,.0f} words/s)")
    print(f"ratio first profile / textstat (CPU): {first_cpu / ts_cpu:.3f}")


if __name__ == "__main__":
    main()
