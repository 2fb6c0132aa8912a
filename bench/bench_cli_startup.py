"""CPU time of single CLI commands, this checkout against another one, in paired runs.

Every CLI call is a new process, and each pays its start-up (Python, typer, SQLAlchemy, the
tables) before it does any work. This times four commands as whole processes, CPU seconds
(user + system) of each finished child from `resource`:

    version                       start-up and almost nothing else
    client list                   start-up, the ORM's first query, a rich table
    import Bench <2,000 files>    into a copy of a workspace that holds only the client
    profile Bench                 from a copy of a workspace with the 2,000 files, no cache

With --baseline SRC (the `src` folder of another checkout, e.g. one made with
`git worktree add /tmp/base main`), the same commands run with PYTHONPATH=SRC in turn with
this checkout's (A B A B …), and the table gives the median of each and the median of the
pairwise ratios A/B, which holds when the machine's speed drifts. Both packages are
byte-compiled first, as an installed copy would be.

    .venv/bin/python bench/bench_cli_startup.py [--runs 7] [--baseline ../base/src]
"""

from __future__ import annotations

import argparse
import compileall
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_import_profile import make_texts

HERE = Path(__file__).resolve().parents[1] / "src"


def run(src: Path, args: list[str]) -> float:
    """CPU seconds of one `python -m treffsicher ARGS` with `src` first on the path."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(
        [sys.executable, "-m", "treffsicher", "--lang", "en", *args],
        check=True,
        stdout=subprocess.DEVNULL,
        env={**os.environ, "PYTHONPATH": str(src), "NO_COLOR": "1"},
    )
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main() -> None:
    """Print one Markdown table: command, median CPU s of each checkout, median ratio."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--files", type=int, default=2000)
    parser.add_argument("--baseline", type=Path, help="src folder of the other checkout")
    args = parser.parse_args()
    sources = {"A": HERE} | ({"B": args.baseline.resolve()} if args.baseline else {})
    for src in sources.values():
        compileall.compile_dir(src / "treffsicher", quiet=1)
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        files = []
        for i, text in enumerate(make_texts(args.files, args.files * 65)):
            path = root / f"text-{i:04d}.txt"
            path.write_text(text, encoding="utf-8")
            files.append(str(path))
        empty, full, work = root / "empty.sqlite", root / "full.sqlite", root / "work.sqlite"
        run(HERE, ["--workspace", str(empty), "client", "add", "Bench"])
        shutil.copy(empty, full)
        run(HERE, ["--workspace", str(full), "import", "Bench", *files])
        steps = {
            "version": (None, ["version"]),
            "client list": (full, ["client", "list"]),
            "import": (empty, ["import", "Bench", *files]),
            "profile": (full, ["profile", "Bench"]),
        }
        print(f"{args.runs} paired runs; load average {os.getloadavg()[0]:.1f}\n")
        print("| command | " + " | ".join(f"{k} CPU s (median)" for k in sources) + " | A/B |")
        print("| --- |" + " ---: |" * (len(sources) + 1))
        for name, (start, command) in steps.items():
            times: dict[str, list[float]] = {k: [] for k in sources}
            for _ in range(args.runs):
                for key, src in sources.items():
                    if start is not None:
                        shutil.copy(start, work)  # the same workspace for every run
                    times[key].append(run(src, ["--workspace", str(work), *command]))
                    for extra in ("", "-wal", "-shm"):
                        Path(f"{work}{extra}").unlink(missing_ok=True)
            medians = " | ".join(f"{statistics.median(v):.3f}" for v in times.values())
            ratio = "—"
            if "B" in times:
                pairs = zip(times["A"], times["B"], strict=True)
                ratio = f"{statistics.median(a / b for a, b in pairs):.3f}"
            print(f"| {name} | {medians} | {ratio} |")


if __name__ == "__main__":
    main()
