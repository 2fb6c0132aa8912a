"""Two versions of treffsicher, paired: the first profile of one imported workspace, run by
each in turn, so that a machine whose speed drifts compares them fairly.

Imports bench/corpus.py's German mails (one text file per mail) once with this checkout,
then for each pair copies the workspace twice and runs `python -m treffsicher profile` on
one copy with PYTHONPATH=BEFORE and on the other with PYTHONPATH=AFTER, in alternating
order. CPU = the child's user + system time. A version's `src` folder is enough; an older
commit can be checked out beside this one with `git worktree add --detach DIR COMMIT`
(a version with the C module, core/_speedups.c, needs it built there: `make venv` in DIR;
without it that version runs its Python twins).

    .venv/bin/python bench/bench_paired.py --before DIR/src --after src [--words 2800000]
        [--pairs 3]

Prints each pair and the median ratio after / before as a Markdown table.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from cli_steps import run_step, write_mail_files
from corpus import make_passages


def main() -> None:
    """Import the corpus once, then time the first profile of both versions in turn."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--before", type=Path, required=True, help="src folder of one version")
    parser.add_argument("--after", type=Path, required=True, help="src folder of the other")
    parser.add_argument("--words", type=int, default=2_800_000)
    parser.add_argument("--pairs", type=int, default=3)
    args = parser.parse_args()
    for src in (args.before, args.after):
        if not (src / "treffsicher" / "__init__.py").is_file():
            parser.error(f"{src}: not a src folder with the treffsicher package")
    passages = make_passages(args.words, "de", seed=1)
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        files = write_mail_files(passages, root)
        imported = root / "imported.sqlite"
        run_step(["client", "add", "Bench"], imported)
        run_step(["import", "Bench", str(files)], imported)
        rows = []
        for pair in range(args.pairs):
            order = [args.before, args.after] if pair % 2 == 0 else [args.after, args.before]
            cpu = {}
            for src in order:
                workspace = root / "copy.sqlite"
                shutil.copyfile(imported, workspace)
                cpu[src] = run_step(["profile", "Bench"], workspace, src)[1]
                workspace.unlink()
            rows.append((cpu[args.before], cpu[args.after]))
    print(f"{len(passages):,} files; load average {os.getloadavg()[0]:.1f}\n")
    print("| pair | before CPU s | after CPU s | after / before |\n| --- | ---: | ---: | ---: |")
    for n, (before, after) in enumerate(rows, 1):
        print(f"| {n} | {before:.2f} | {after:.2f} | {after / before:.3f} |")
    ratio = statistics.median(after / before for before, after in rows)
    print(f"\nmedian ratio after / before: {ratio:.3f}")


if __name__ == "__main__":
    main()
