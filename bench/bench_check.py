"""Speed of the draft check: in-process check_draft and the cold `treffsicher check`.

    .venv/bin/python bench/bench_check.py              # 200k-word profile, 1,000-word draft
    .venv/bin/python bench/bench_check.py --runs 50 --cli-runs 7
    .venv/bin/python bench/bench_check.py --pyinstrument

In-process: a profile is built from 200,000 generated words (bench/corpus.py, the "warm"
voice), stored as JSON (profile_to_dict) and read back (profile_from_dict), as the
workspace's profile cache does; then check_draft runs on a 1,000-word draft in the
"formal" voice (so there are deviations and sentence notes to find). Target: median at
most 50 ms. Loading the stored profile JSON is timed separately.

Cold command: the demo workspace in a temporary folder; the first `treffsicher check`
builds and caches the profile, the following runs are timed as fresh processes (Python
start, imports, workspace, cached profile, check, report). Target: under 1.5 s.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import make_passages

from treffsicher.core.check import check_draft
from treffsicher.core.comparison import KIND_OTHER, KIND_WRITER, Person
from treffsicher.core.fingerprint import compute_fingerprint
from treffsicher.core.models import Passage
from treffsicher.core.pool import cut_samples
from treffsicher.core.profile import build_profile, profile_from_dict, profile_to_dict

ROOT = Path(__file__).resolve().parents[1]
PYTHON = ROOT / ".venv" / "bin" / "python"
# The `treffsicher` entry point, with the check commands imported explicitly (they join
# cli/__init__.py's import line once the README documents them; same imports either way).
ENTRY = "from treffsicher.cli import checking, main; main()"
DRAFT = ROOT / "src" / "treffsicher" / "demo" / "data" / "drafts" / "startseite-steif.md"
TARGET_MS = 50.0
TARGET_CLI_S = 1.5


def make_draft(n_words: int) -> str:
    """About `n_words` words of generated formal German mail text."""
    passages = make_passages(n_words, lang="de", seed=7, voice="formal")
    words = "\n\n".join(p.text for p in passages).split(" ")
    return " ".join(words[:n_words])


def time_in_process(profile_words: int, draft_words: int, runs: int, profile: bool) -> None:
    """Print median ms of loading the stored profile and of check_draft."""
    passages = make_passages(profile_words, lang="de", seed=1)
    stored = json.dumps(profile_to_dict(build_profile(passages)))
    loads = []
    for _ in range(5):
        start = time.perf_counter()
        voice = profile_from_dict(json.loads(stored))
        loads.append(time.perf_counter() - start)
    draft = make_draft(draft_words)
    result = check_draft(draft, voice, name="Johanna")  # warm-up: word lists, references
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        check_draft(draft, voice, name="Johanna")
        times.append(time.perf_counter() - start)
    median = statistics.median(times) * 1000
    print(f"profile: {voice.languages['de'].n_words:,} words, JSON {len(stored) / 1e6:.1f} MB")
    print(
        f"load stored profile (json + profile_from_dict): {statistics.median(loads) * 1000:.1f} ms"
    )
    print(
        f"check_draft on {result.n_words:,} words: median {median:.1f} ms over {runs} runs "
        f"(min {min(times) * 1000:.1f}, max {max(times) * 1000:.1f}; target ≤ {TARGET_MS:.0f} ms)"
        f" — {len(result.deviations)} deviations, {len(result.sentence_notes)} sentence notes"
    )
    others, samples = make_others(passages)
    timed = []
    for _ in range(runs):
        start = time.perf_counter()
        check_draft(draft, voice, name="Johanna", others=others, her_samples=samples)
        timed.append(time.perf_counter() - start)
    print(
        f"check_draft with {len(others)} other people of the workspace (each a 20,000-word "
        f"fingerprint and up to 12 samples, her 12 samples): median "
        f"{statistics.median(timed) * 1000:.1f} ms over {runs} runs"
    )
    if profile:
        from pyinstrument import Profiler

        profiler = Profiler()
        profiler.start()
        for _ in range(runs):
            check_draft(draft, voice, name="Johanna")
        profiler.stop()
        print(profiler.output_text(unicode=True, color=False))


def make_others(her: list[Passage]) -> tuple[list[Person], list[str]]:
    """Three other people (the writer, two clients) in generated voices, and her samples."""
    others = []
    for seed, (kind, voice) in enumerate(
        [(KIND_WRITER, "formal"), (KIND_OTHER, "warm"), (KIND_OTHER, "formal")], start=11
    ):
        passages = make_passages(20_000, lang="de", seed=seed, voice=voice)
        texts = [p.text for p in passages]
        fingerprint = compute_fingerprint(texts, "de")
        others.append(Person(kind, f"{voice}-{seed}", fingerprint, tuple(cut_samples(texts))))
    return others, cut_samples([p.text for p in her])


def time_cli(runs: int) -> None:
    """Print the first (profile-building) and median cold `treffsicher check` times."""
    with tempfile.TemporaryDirectory() as folder:
        workspace = str(Path(folder) / "demo.sqlite")
        base = [str(PYTHON), "-c", ENTRY, "--workspace", workspace, "--lang", "de"]
        subprocess.run([*base, "demo"], check=True, capture_output=True)
        command = [*base, "check", "Johanna Kellermann", str(DRAFT), "--format", "json"]
        times = []
        for _ in range(runs + 1):
            start = time.perf_counter()
            subprocess.run(command, check=True, capture_output=True)
            times.append(time.perf_counter() - start)
    first, rest = times[0], times[1:]
    print(
        f"treffsicher check (demo workspace): first run {first:.2f} s (builds the cache), "
        f"then median {statistics.median(rest):.2f} s over {runs} cold runs "
        f"(min {min(rest):.2f}, max {max(rest):.2f}; target < {TARGET_CLI_S} s)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--profile-words", type=int, default=200_000)
    parser.add_argument("--draft-words", type=int, default=1_000)
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--cli-runs", type=int, default=5)
    parser.add_argument("--pyinstrument", action="store_true")
    parser.add_argument("--no-cli", action="store_true")
    args = parser.parse_args()
    time_in_process(args.profile_words, args.draft_words, args.runs, args.pyinstrument)
    if not args.no_cli:
        time_cli(args.cli_runs)


if __name__ == "__main__":
    main()
