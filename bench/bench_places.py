"""Place look-up speed: building the DE/AT/CH tables from the packages (cold), reading the
cached extract (warm), and single look-ups. Each step runs in a fresh process, as a CLI call
would. Usage: .venv/bin/python bench/bench_places.py"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile

STEP = """
import time
from treffsicher.services.places import find_place, load_gazetteer
start = time.perf_counter()
load_gazetteer()
loaded = time.perf_counter()
for query in ("Göttingen", "Bad Tölz", "8001 Zürich", "1010 Wien", "37073", "Kitzbühel"):
    find_place(query, "de")
done = time.perf_counter()
print(f"{loaded - start:.3f} {(done - loaded) / 6 * 1000:.2f}")
"""
RUNS = 3


def run(cache_dir: str) -> tuple[float, float]:
    """(seconds to load, milliseconds per look-up) in a fresh process."""
    env = {"TREFFSICHER_CACHE_DIR": cache_dir, "PATH": ""}
    out = subprocess.run(
        [sys.executable, "-c", STEP], env=env, capture_output=True, text=True, check=True
    ).stdout.split()
    return float(out[0]), float(out[1])


def main() -> None:
    """Print cold and warm load times and the look-up time (medians)."""
    cold, warm, lookups = [], [], []
    for _ in range(RUNS):
        with tempfile.TemporaryDirectory() as folder:
            seconds, per_lookup = run(folder)
            cold.append(seconds)
            seconds, per_lookup = run(folder)
            warm.append(seconds)
            lookups.append(per_lookup)
    print(f"cold load (from the packages, writes the cache): {statistics.median(cold):.2f} s")
    print(f"warm load (from the cached extract):             {statistics.median(warm):.2f} s")
    print(f"one look-up:                                     {statistics.median(lookups):.2f} ms")


if __name__ == "__main__":
    main()
