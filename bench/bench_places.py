"""Place look-up speed and memory: the first look-up in a fresh process (as a CLI call would
make it) when the tables are built from the packages (cold, writes the cached extract) and
when they are read from that extract (warm); wall and CPU time, peak memory, and single
look-ups afterwards. German-speaking places first, then English-speaking ones (a checkout
that knows only DE/AT/CH prints „n/a“ for those).

Usage: .venv/bin/python bench/bench_places.py [--runs 3]
Before a change: PYTHONPATH=<export of the old src> .venv/bin/python bench/bench_places.py"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile

STEP = """
import json, resource, time
from treffsicher.errors import InputError
from treffsicher.services.places import find_place

def peak_mb():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

def timed(queries):
    wall, cpu = time.perf_counter(), time.process_time()
    for query in queries:
        find_place(query, "de")
    return time.perf_counter() - wall, time.process_time() - cpu

result = {"start_mb": peak_mb()}
result["dach_first"] = timed(["Göttingen"])
result["dach_mb"] = peak_mb()
dach = ["Bad Tölz", "8001 Zürich", "1010 Wien", "37073", "Kitzbühel", "München"]
result["dach_each"] = timed(dach)[0] / len(dach)
english = ["Cambridge, MA", "Perth, Scotland", "London, Ontario", "Auckland", "Dublin"]
try:
    result["english_first"] = timed(english[:1])
    result["english_each"] = timed(english[1:])[0] / (len(english) - 1)
except InputError:
    pass
result["end_mb"] = peak_mb()
print(json.dumps(result))
"""


def run(cache_dir: str) -> dict[str, object]:
    """The figures of one fresh process."""
    env = {"TREFFSICHER_CACHE_DIR": cache_dir, "PATH": ""}
    if os.environ.get("PYTHONPATH"):
        env["PYTHONPATH"] = os.environ["PYTHONPATH"]
    out = subprocess.run(
        [sys.executable, "-c", STEP], env=env, capture_output=True, text=True, check=True
    ).stdout
    result: dict[str, object] = json.loads(out)
    return result


def median(values: list[float]) -> str:
    """The median, or n/a when a checkout could not measure it."""
    return f"{statistics.median(values):.2f}" if values else "n/a"


def report(name: str, runs: list[dict[str, object]]) -> None:
    """One block of medians for the cold or the warm runs."""

    def pick(key: str, index: int | None = None, scale: float = 1.0) -> list[float]:
        values = []
        for run_ in runs:
            value = run_.get(key)
            if value is None:
                continue
            number = value[index] if isinstance(value, list) and index is not None else value
            values.append(float(number) * scale)  # type: ignore[arg-type]
        return values

    print(f"{name}:")
    print(f"  first DE/AT/CH look-up, wall s      {median(pick('dach_first', 0))}")
    print(f"  first DE/AT/CH look-up, CPU s       {median(pick('dach_first', 1))}")
    print(
        f"  peak MB before / after it          {median(pick('start_mb'))} / "
        f"{median(pick('dach_mb'))}"
    )
    print(f"  one DE/AT/CH look-up, ms            {median(pick('dach_each', scale=1000))}")
    print(f"  first English-speaking look-up, wall s  {median(pick('english_first', 0))}")
    print(f"  first English-speaking look-up, CPU s   {median(pick('english_first', 1))}")
    print(f"  one English-speaking look-up, ms    {median(pick('english_each', scale=1000))}")
    print(f"  peak MB at the end                  {median(pick('end_mb'))}")


def main() -> None:
    """Print the medians of cold and warm runs."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=3)
    runs = parser.parse_args().runs
    cold, warm = [], []
    for _ in range(runs):
        with tempfile.TemporaryDirectory() as folder:
            cold.append(run(folder))
            warm.append(run(folder))
    report("cold (tables built from the packages, cached extract written)", cold)
    report("warm (tables read from the cached extract)", warm)


if __name__ == "__main__":
    main()
