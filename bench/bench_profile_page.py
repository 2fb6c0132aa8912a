"""Peak memory and time of the Stimmprofil page against the number of her words.

Generates a client of N words (bench/corpus.py mails, stored as sources through the
services), then renders /clients/1/profile in a fresh process twice: cold (the profile is
built and cached) and warm (read from the cache by her passage ids). Each render runs in its
own subprocess so its peak RSS (ru_maxrss) is its own. Usage:

    .venv/bin/python bench/bench_profile_page.py 100000 400000 1600000
"""

from __future__ import annotations

import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from corpus import make_passages

HERE = Path(__file__).parent
PER_SOURCE = 200  # mails per stored source (well under the per-source word limit)


def fill(database: Path, words: int) -> None:
    """A workspace with one client of about `words` words."""
    from treffsicher.core.imported import ImportedPassage, ImportedSource
    from treffsicher.services.clients import add_client
    from treffsicher.services.importing import store_source
    from treffsicher.services.workspace import open_workspace

    engine = open_workspace(f"sqlite:///{database}", "de")
    client = add_client(engine, "Jule Brandt", [], [], "de")
    passages = make_passages(words, lang="de", seed=7)
    for start in range(0, len(passages), PER_SOURCE):
        chunk = passages[start : start + PER_SOURCE]
        source = ImportedSource(
            name=f"mails-{start // PER_SOURCE + 1}.txt",
            content_hash=f"bench-{words}-{start}",
            media_type="text/plain",
            encoding="utf-8",
            passages=tuple(ImportedPassage(p.text, "de", "email", i) for i, p in enumerate(chunk)),
        )
        store_source(engine, client.id, source, "email", "de")


def render(database: Path) -> None:
    """Render the profile page once; print seconds and peak RSS in MB."""
    from fastapi.testclient import TestClient

    from treffsicher.settings import Settings
    from treffsicher.web.app import create_app

    app = create_app(Settings(database_url=f"sqlite:///{database}", lang="de"))
    with TestClient(app, base_url="http://127.0.0.1") as http:
        started = time.perf_counter()
        response = http.get("/clients/1/profile")
        seconds = time.perf_counter() - started
    assert response.status_code == 200, response.text[:300]
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{seconds:.2f} {peak_mb:.0f}")


def measure(database: Path) -> tuple[str, str]:
    """Run `render` in a fresh interpreter; its seconds and peak MB."""
    output = subprocess.run(
        [sys.executable, __file__, "--render", str(database)],
        check=True,
        capture_output=True,
        text=True,
        cwd=HERE,
    ).stdout.split()
    return output[0], output[1]


def main(sizes: list[int]) -> None:
    print("| her words | cold: s | cold: peak MB | warm: s | warm: peak MB |")
    print("| ---: | ---: | ---: | ---: | ---: |")
    for words in sizes:
        with tempfile.TemporaryDirectory() as folder:
            database = Path(folder) / "bench.sqlite"
            fill(database, words)
            cold, warm = measure(database), measure(database)
            print(f"| {words:,} | {cold[0]} | {cold[1]} | {warm[0]} | {warm[1]} |", flush=True)


if __name__ == "__main__":
    if sys.argv[1:2] == ["--render"]:
        render(Path(sys.argv[2]))
    else:
        main([int(a) for a in sys.argv[1:]] or [100_000, 400_000, 1_600_000])
