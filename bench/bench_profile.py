"""Speed and memory of core.profile.build_profile on a generated German corpus.

    .venv/bin/python bench/bench_profile.py                 # 1M words, median of 3
    .venv/bin/python bench/bench_profile.py --words 200000  # quicker
    .venv/bin/python bench/bench_profile.py --pyinstrument  # where the time goes
    .venv/bin/python bench/bench_profile.py --reliability   # how much text a profile needs
    .venv/bin/python bench/bench_profile.py --first-profile # 2.8M words: where the time goes
    .venv/bin/python bench/bench_profile.py --small-files   # 2,000 passages of 65 words

The corpus comes from bench/corpus.py (our own templates). Words/s counts WORD tokens of
the tokenizer. Peak memory is measured in a child process (ru_maxrss of the child that
generates the corpus and builds one profile), so the parent's timing runs do not count.
textstat's German readability (flesch_reading_ease + wiener_sachtextformel, set_lang("de"))
runs on the same passages in the same run; the ratio is ours / textstat's words per second.
Prints a Markdown table for bench/RESULTS.md.
"""

from __future__ import annotations

import argparse
import gc
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import make_passages

from treffsicher.core.models import Passage
from treffsicher.core.profile import build_profile

TARGET_WORDS_PER_S = 200_000
MAX_PEAK_MB = 500


def time_profile(passages: list[Passage], repeats: int) -> tuple[list[float], list[float], int]:
    """Wall and CPU seconds per build_profile run, and the words (WORD tokens) measured.

    CPU time (time.process_time) is reported beside wall time because the benchmark
    machine is shared: wall time includes waiting for the core.
    """
    wall, cpu = [], []
    n_words = 0
    for _ in range(repeats):
        gc.collect()
        start, start_cpu = time.perf_counter(), time.process_time()
        profile = build_profile(passages)
        wall.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
        n_words = profile.languages["de"].n_words
        del profile
    return wall, cpu, n_words


def time_textstat(passages: list[Passage], repeats: int) -> tuple[list[float], list[float]]:
    """Wall and CPU seconds per run of textstat's two German scores over every passage."""
    import textstat

    textstat.set_lang("de")
    wall, cpu = [], []
    for _ in range(repeats):
        start, start_cpu = time.perf_counter(), time.process_time()
        for p in passages:
            textstat.flesch_reading_ease(p.text)
            textstat.wiener_sachtextformel(p.text, 1)
        wall.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
    return wall, cpu


def measure_peak_mb(n_words: int, build: bool) -> float:
    """Peak RSS in MB of a child that generates the corpus (and builds one profile).

    Read from the child's own /proc/self/status VmHWM: ru_maxrss would include the
    parent's memory, which a forked child inherits before exec.
    """
    here = str(Path(__file__).resolve().parent)
    code = (
        f"import sys; sys.path.insert(0, {here!r})\n"
        "from corpus import make_passages\n"
        "from treffsicher.core.profile import build_profile\n"
        f"p = make_passages({n_words}, 'de', 1)\n"
    )
    if build:
        code += "build_profile(p)\n"
    code += "print(open('/proc/self/status').read())\n"
    out = subprocess.run(
        [sys.executable, "-c", code], check=True, capture_output=True, text=True
    ).stdout
    for line in out.splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024  # kB
    raise RuntimeError("no VmHWM in /proc/self/status")


def run_pyinstrument(passages: list[Passage]) -> None:
    """Print pyinstrument's call tree of one build_profile run."""
    from pyinstrument import Profiler

    build_profile(passages[:50])  # warm caches and lazy loads outside the profile
    profiler = Profiler(interval=0.0005)
    profiler.start()
    build_profile(passages)
    profiler.stop()
    print(profiler.output_text(unicode=True, color=False, show_all=False))


FIRST_PROFILE_WORDS = 2_800_000  # the first voice profile of a large client
# Stages of build_profile by their names in core.profile; the time outside tokenize and
# extract_stats is profile assembly (no-go mask, fingerprint, pooling, signature terms).
STAGES = ("tokenize", "extract_stats", "mask_text", "compute_fingerprint")
SMALL_FILES, SMALL_FILE_WORDS = 2_000, 65


def run_first_profile(passages: list[Passage], repeats: int) -> None:
    """CPU time of build_profile, and the CPU time of its stages (the functions in STAGES,
    timed by wrapping their names in core.profile; the machine is shared, so wall time and
    pyinstrument's wall-clock samples would count the waits for the other jobs)."""
    from collections import Counter

    from treffsicher.core import profile as core_profile

    build_profile(passages[:50])  # warm caches and lazy loads outside the measurement
    originals = {name: getattr(core_profile, name) for name in STAGES}
    spent: Counter[str] = Counter()

    def timed(name: str, function: Any) -> Any:
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            start = time.process_time()
            try:
                return function(*args, **kwargs)
            finally:
                spent[name] += time.process_time() - start

        return wrapper

    totals = []
    for _ in range(repeats):
        spent.clear()
        for name, function in originals.items():
            setattr(core_profile, name, timed(name, function))
        try:
            gc.collect()
            start = time.process_time()
            build_profile(passages)
            totals.append(time.process_time() - start)
        finally:
            for name, function in originals.items():
                setattr(core_profile, name, function)
        total = totals[-1]
        assembly = total - spent["tokenize"] - spent["extract_stats"]
        print(
            f"run: build_profile {total:.2f} CPU s; "
            + ", ".join(f"{name} {spent[name]:.2f}" for name in STAGES)
            + f"; all but tokenize and extract_stats {assembly:.2f}"
        )
    print(f"build_profile CPU s, median of {repeats}: {statistics.median(totals):.2f}")


def run_small_files() -> None:
    """CPU time of a fresh process that imports core.profile and profiles 2,000 passages
    of 65 words each (a typical import of small files): fixed costs show here."""
    here = str(Path(__file__).resolve().parent)
    code = (
        f"import sys; sys.path.insert(0, {here!r})\n"
        "import time\n"
        "from corpus import make_passages\n"
        "from treffsicher.core.models import Passage\n"
        f"words = ' '.join(p.text for p in make_passages({SMALL_FILES * SMALL_FILE_WORDS}, "
        "'de', 1)).split()\n"
        f"n = {SMALL_FILE_WORDS}\n"
        "passages = [Passage(i + 1, ' '.join(words[k : k + n]), 'de', 'email')\n"
        f"            for i, k in enumerate(range(0, n * {SMALL_FILES}, n))]\n"
        "start = time.process_time()\n"
        "from treffsicher.core.profile import build_profile\n"
        "imported = time.process_time()\n"
        "build_profile(passages)\n"
        "end = time.process_time()\n"
        "print(f'{imported - start:.3f} {end - imported:.3f} {\"wordfreq\" in sys.modules}')\n"
    )
    runs = []
    for _ in range(3):
        out = subprocess.run(
            [sys.executable, "-c", code], check=True, capture_output=True, text=True
        ).stdout.split()
        runs.append((float(out[0]), float(out[1]), out[2]))
    imports = statistics.median(r[0] for r in runs)
    builds = statistics.median(r[1] for r in runs)
    print(f"{SMALL_FILES} passages of {SMALL_FILE_WORDS} words, fresh process, median of 3:")
    print(f"import core.profile CPU s: {imports:.3f}; build_profile CPU s: {builds:.3f}")
    print(f"wordfreq imported: {runs[0][2]}")


RELIABILITY_FEATURES = (
    "sentence_length_words_median",
    "address_du_share",
    "nominal_style_per_100_words",
    "flesch_amstad_score",
    "ich_forms_per_100_words",
)
RELIABILITY_SIZES = (500, 1_000, 2_500, 5_000)
BOOTSTRAP_ROUNDS = 400


def load_demo_passages() -> list[Passage]:
    """The demo client Johanna Kellermann's mails, notes and web text: one real voice."""
    root = Path(__file__).resolve().parent.parent / "src/treffsicher/demo/data/johanna-kellermann"
    files = sorted(root.rglob("*.txt")) + sorted(root.rglob("*.md"))
    return [Passage(i + 1, f.read_text(encoding="utf-8"), "de") for i, f in enumerate(files)]


def bootstrap_spread(passages: list[Passage], seed: int = 7) -> dict[int, dict[str, float]]:
    """Per text size: half-width of the 90 % interval of each feature over resamples.

    Resamples whole passages with replacement until the sample holds the size in words,
    pools their additive counts and computes the feature as the profile does.
    """
    import random

    from treffsicher.core.features import SPECS_BY_NAME, PassageStats, extract_stats
    from treffsicher.core.features.lexical import quantile
    from treffsicher.core.tokens import tokenize

    stats = [extract_stats(tokenize(p.text), "de") for p in passages]
    rng = random.Random(seed)
    result: dict[int, dict[str, float]] = {}
    for size in RELIABILITY_SIZES:
        values: dict[str, list[float]] = {name: [] for name in RELIABILITY_FEATURES}
        for _ in range(BOOTSTRAP_ROUNDS):
            pooled = PassageStats()
            while pooled.counts.get("words", 0) < size:
                pooled.merge(rng.choice(stats))
            for name in RELIABILITY_FEATURES:
                value_fn = SPECS_BY_NAME[name].value
                v = value_fn(pooled.counts, pooled.sentence_lengths) if value_fn else None
                if v is not None:
                    values[name].append(v)
        result[size] = {
            name: (quantile(sorted(v), 0.95) - quantile(sorted(v), 0.05)) / 2
            for name, v in values.items()
            if v
        }
    return result


def pooled_values(passages: list[Passage]) -> dict[str, float | None]:
    """The features over all of the passages, as a profile's typical value."""
    profile = build_profile(passages).languages["de"]
    return {name: profile.features[name].typical for name in RELIABILITY_FEATURES}


def run_reliability() -> None:
    """Print the bootstrap table: how far key features move with 500 … 5,000 words."""
    demo = load_demo_passages()
    generated = make_passages(40_000, "de", seed=3)
    other = pooled_values(make_passages(40_000, "de", seed=4, voice="formal"))
    for title, passages in (("demo client (hand-written)", demo), ("generated warm", generated)):
        typical = pooled_values(passages)
        spread = bootstrap_spread(passages)
        words = sum(len(p.text.split()) for p in passages)
        print(f"\n{title}: {len(passages)} passages, ~{words:,} words; ± = half the 90 % range")
        print(
            "| feature | all her text | other writer | "
            + " | ".join(f"± at {n:,} words" for n in RELIABILITY_SIZES)
            + " |"
        )
        print("| --- | ---: | ---: |" + " ---: |" * len(RELIABILITY_SIZES))
        for name in RELIABILITY_FEATURES:
            cells = [f"{spread[n].get(name, float('nan')):.2f}" for n in RELIABILITY_SIZES]
            print(
                f"| {name} | {typical[name] or 0:.2f} | {other[name] or 0:.2f} | "
                + " | ".join(cells)
                + " |"
            )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=1_000_000)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--pyinstrument", action="store_true")
    parser.add_argument("--no-textstat", action="store_true")
    parser.add_argument("--reliability", action="store_true")
    parser.add_argument("--first-profile", action="store_true")
    parser.add_argument("--small-files", action="store_true")
    args = parser.parse_args()
    if args.reliability:
        run_reliability()
        return
    if args.small_files:
        run_small_files()
        return
    if args.first_profile:
        run_first_profile(make_passages(FIRST_PROFILE_WORDS, "de", seed=1), args.repeats)
        return

    passages = make_passages(args.words, "de", seed=1)
    if args.pyinstrument:
        run_pyinstrument(passages)
        return
    wall, cpu, n_words = time_profile(passages, args.repeats)
    ours_wall = n_words / statistics.median(wall)
    ours_cpu = n_words / statistics.median(cpu)
    print(f"corpus: {len(passages)} passages, {n_words} words")
    print(
        f"build_profile wall s: {[round(t, 2) for t in wall]}, cpu s: {[round(t, 2) for t in cpu]}"
    )
    rows = [
        ("build_profile words/s, CPU time", f"{ours_cpu:,.0f}", f"≥ {TARGET_WORDS_PER_S:,}"),
        ("build_profile words/s, wall time", f"{ours_wall:,.0f}", f"≥ {TARGET_WORDS_PER_S:,}"),
    ]
    if not args.no_textstat:
        ts_wall, ts_cpu = time_textstat(passages, args.repeats)
        theirs_cpu = n_words / statistics.median(ts_cpu)
        theirs_wall = n_words / statistics.median(ts_wall)
        rows.append(("textstat FRE + WSTF (de) words/s, CPU time", f"{theirs_cpu:,.0f}", ""))
        rows.append(("textstat FRE + WSTF (de) words/s, wall time", f"{theirs_wall:,.0f}", ""))
        rows.append(("ratio ours / textstat (CPU time)", f"{ours_cpu / theirs_cpu:.2f}", ""))
    corpus_mb = measure_peak_mb(args.words, build=False)
    peak_mb = measure_peak_mb(args.words, build=True)
    rows.append(("peak RSS, corpus only (MB)", f"{corpus_mb:.0f}", ""))
    rows.append(("peak RSS, corpus + profile (MB)", f"{peak_mb:.0f}", f"< {MAX_PEAK_MB}"))
    print()
    print(f"| measure ({n_words:,} German words, median of {args.repeats}) | value | target |")
    print("| --- | ---: | --- |")
    for name, value, target in rows:
        print(f"| {name} | {value} | {target} |")


if __name__ == "__main__":
    main()
