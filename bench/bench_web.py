"""Server time of the web interface: the check page for a 1,000-word draft.

    .venv/bin/python bench/bench_web.py                    # 200k-word client + demo client
    .venv/bin/python bench/bench_web.py --profile-words 50000 --runs 30

A fresh workspace gets the demo clients and a client "Bench" whose 200,000 words of
generated mails (bench/corpus.py, "warm" voice) are uploaded through the web form. Then,
in-process (FastAPI's TestClient, so the figure is the app's own time plus a little
client overhead, no network): POST the check form with a 1,000-word draft in the
"formal" voice, saved (the button) and live (the re-check while typing), and GET the
profile and the clients page. The first request of each kind warms the caches and is
not counted. Target: check page median at most 150 ms.
"""

from __future__ import annotations

import argparse
import re
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import make_passages
from fastapi.testclient import TestClient

from treffsicher.services.demo import load_demo
from treffsicher.settings import Settings, sqlite_url
from treffsicher.web.app import WebOptions, create_app

TARGET_MS = 150.0
TOKEN = re.compile(r'name="csrf_token" value="([^"]+)"')
MAILS_PER_UPLOAD = 20


def make_draft(n_words: int) -> str:
    """About `n_words` words of generated formal German text."""
    passages = make_passages(n_words, lang="de", seed=7, voice="formal")
    words = "\n\n".join(p.text for p in passages).split(" ")
    return " ".join(words[:n_words])


def median_ms(action: Callable[[], Any], runs: int) -> tuple[float, float]:
    """(median, max) in ms of `runs` calls after one warm-up call."""
    action()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), max(times)


def add_bench_client(client: TestClient, token: str, n_words: int) -> int:
    """A client whose generated mails are uploaded through the sources form."""
    response = client.post(
        "/clients", data={"name": "Bench", "csrf_token": token}, follow_redirects=False
    )
    client_id = int(response.headers["location"].split("/")[2].split("?")[0])
    passages = make_passages(n_words, lang="de", seed=1)
    start = time.perf_counter()
    for first in range(0, len(passages), MAILS_PER_UPLOAD):
        chunk = passages[first : first + MAILS_PER_UPLOAD]
        files = [("files", (p.source_name, p.text.encode(), "text/plain")) for p in chunk]
        reply = client.post(
            f"/clients/{client_id}/sources", data={"csrf_token": token}, files=files
        )
        assert reply.status_code == 200, reply.text[:300]
    seconds = time.perf_counter() - start
    print(f"uploaded {len(passages)} mails ({n_words:,} words) in {seconds:.1f} s")
    return client_id


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--profile-words", type=int, default=200_000)
    parser.add_argument("--draft-words", type=int, default=1_000)
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        settings = Settings(database_url=sqlite_url(Path(folder) / "bench.sqlite"), lang="de")
        app = create_app(settings, WebOptions())
        load_demo(app.state.engine, lang="de")
        client = TestClient(app, base_url="http://127.0.0.1")  # the host check
        page = client.get("/clients")
        match = TOKEN.search(page.text)
        assert match
        token = match.group(1)
        bench_id = add_bench_client(client, token, args.profile_words)
        draft = make_draft(args.draft_words)
        print(f"draft: {len(draft.split()):,} words; {args.runs} runs after one warm-up\n")
        print(f"{'client':<10} {'request':<28} {'median ms':>10} {'max ms':>8}")
        for label, client_id in (("Bench", bench_id), ("demo", 1)):

            def save(cid: int = client_id) -> None:
                data = {"csrf_token": token, "draft_text": draft, "draft_name": "bench"}
                assert client.post(f"/clients/{cid}/check", data=data).status_code == 200

            def live(cid: int = client_id) -> None:
                data = {"csrf_token": token, "draft_text": draft}
                headers = {"HX-Request": "true"}
                reply = client.post(f"/clients/{cid}/check?live=1", data=data, headers=headers)
                assert reply.status_code == 200

            def profile(cid: int = client_id) -> None:
                assert client.get(f"/clients/{cid}/profile").status_code == 200

            def check_page(cid: int = client_id) -> None:
                assert client.get(f"/clients/{cid}/check").status_code == 200

            rows = [
                ("POST check (saved)", save),
                ("POST check?live=1 (HTMX)", live),
                ("GET profile (after checks)", profile),
                ("GET check page (history)", check_page),
            ]
            for name, action in rows:
                median, worst = median_ms(action, args.runs)
                flag = "" if "POST" not in name or median <= TARGET_MS else "  (over target)"
                print(f"{label:<10} {name:<28} {median:>10.1f} {worst:>8.1f}{flag}")
        median, worst = median_ms(lambda: client.get("/clients"), args.runs)
        print(f"{'all':<10} {'GET clients':<28} {median:>10.1f} {worst:>8.1f}")
        print(f"\ntarget: check page median <= {TARGET_MS:.0f} ms")


if __name__ == "__main__":
    main()
