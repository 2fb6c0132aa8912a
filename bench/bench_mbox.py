"""End-to-end speed and memory of importing a generated mbox.

    .venv/bin/python bench/bench_mbox.py                      # 10,000 messages, median of 3
    .venv/bin/python bench/bench_mbox.py --messages 50000 --runs 1
    .venv/bin/python bench/bench_mbox.py --pyinstrument       # where the time goes

End to end = parse, clean (quotes, signatures, footers), features done at import (language
guess and word count per passage) and store into a fresh SQLite workspace, through
services.importing.import_sources exactly as `treffsicher import` calls it. Each run is a
child process on a fresh workspace; it reports wall and CPU time and its peak resident
memory (ru_maxrss), so runs do not share caches or memory. The mbox comes from
bench/make_mbox.py (generated once per size into the temp folder).
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from make_mbox import CLIENT, CLIENT_2, write_mbox

CLIENT_NAME = CLIENT[0]


def run_once(mbox: Path, workspace: Path, profile: bool) -> dict[str, float]:
    """Import `mbox` into a fresh workspace; return timings and counts."""
    from treffsicher.services.clients import add_client
    from treffsicher.services.importing import import_sources
    from treffsicher.services.workspace import open_workspace

    engine = open_workspace(f"sqlite:///{workspace}", "en")
    add_client(engine, CLIENT_NAME, emails=[CLIENT[1], CLIENT_2[1]])
    profiler = None
    if profile:
        from pyinstrument import Profiler

        profiler = Profiler(interval=0.002)
        profiler.start()
    wall, cpu = time.perf_counter(), time.process_time()
    summary = import_sources(engine, CLIENT_NAME, [str(mbox)], lang="en")
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    if profiler is not None:
        profiler.stop()
        print(profiler.output_text(unicode=True, color=False, show_all=False), file=sys.stderr)
    return {
        "wall": wall,
        "cpu": cpu,
        "seen": summary.messages_seen,
        "from_client": summary.messages_from_client,
        "stored": summary.sources_imported,
        "passages": summary.passages,
        "problems": len(summary.problems),
        "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


def run_child(mbox: Path, profile: bool) -> dict[str, float]:
    """Run one import in a child process on a fresh workspace; its result."""
    with tempfile.TemporaryDirectory() as folder:
        workspace = Path(folder) / "bench.sqlite"
        command = [sys.executable, __file__, "--child", str(mbox), str(workspace)]
        if profile:
            command.append("--pyinstrument")
        out = subprocess.run(command, check=True, capture_output=not profile, text=True)
        lines = (out.stdout or "").strip().splitlines()
        return json.loads(lines[-1]) if lines else {}


def main() -> None:
    """Command line: generate the mbox if needed, run, print a Markdown row."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--messages", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--pyinstrument", action="store_true")
    parser.add_argument("--child", nargs=2, type=Path, metavar=("MBOX", "WORKSPACE"))
    args = parser.parse_args()
    if args.child:
        result = run_once(args.child[0], args.child[1], args.pyinstrument)
        print(json.dumps(result), flush=True)
        return
    mbox = Path(tempfile.gettempdir()) / f"treffsicher-bench-{args.messages}.mbox"
    if not mbox.exists():
        size = write_mbox(mbox, args.messages)
        print(f"generated {mbox} ({size / 1e6:.1f} MB)", file=sys.stderr)
    if args.pyinstrument:
        run_child(mbox, True)
        return
    results = [run_child(mbox, False) for _ in range(args.runs)]
    wall = statistics.median(r["wall"] for r in results)
    cpu = statistics.median(r["cpu"] for r in results)
    peak = max(r["peak_mb"] for r in results)
    first = results[0]
    size = mbox.stat().st_size / 1e6
    print(
        "| messages | MB | from client | stored | passages | wall s | msg/s (wall) "
        "| msg/s (CPU) | peak MB |"
    )
    print("| --- | --- | --- | --- | --- | --- | --- | --- | --- |")
    print(
        f"| {first['seen']:,.0f} | {size:.1f} | {first['from_client']:,.0f} "
        f"| {first['stored']:,.0f} | {first['passages']:,.0f} | {wall:.1f} "
        f"| {first['seen'] / wall:,.0f} | {first['seen'] / cpu:,.0f} | {peak:.0f} |"
    )


if __name__ == "__main__":
    main()
