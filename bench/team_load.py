"""Several server processes on one PostgreSQL: concurrent imports, checks and check-back
answers through `uvicorn --workers N`, then the counts in the database are verified.

    URL=$(.ci/start-postgres)
    .venv/bin/python bench/team_load.py --database-url "$URL"              # 2 workers
    .venv/bin/python bench/team_load.py --database-url "$URL" --threads 8 --per-thread 12

The workspace lives in a fresh schema of that database (dropped afterwards). Three demo
clients, a user „anna“ and a check-back round per client are prepared; then every thread
logs in and, per step, uploads a new text file (and, every third step, the same file
again from two threads at once: a duplicate that must be stored once), stores a check
and answers a check-back item. Afterwards: sources = before + distinct uploads, checks =
before + accepted checks, answers = accepted answers, no request failed. Prints the
figures for bench/RESULTS.md; exit status 1 when a count is off.
"""

from __future__ import annotations

import argparse
import os
import re
import socket
import subprocess
import sys
import time
import uuid
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from threading import Barrier, Lock
from urllib.parse import quote

import httpx
from sqlalchemy import create_engine, text

from treffsicher.services.accounts import add_user
from treffsicher.services.checkback import create_round
from treffsicher.services.clients import list_clients
from treffsicher.services.demo import load_demo
from treffsicher.services.understanding import propose_assumptions
from treffsicher.services.workspace import open_workspace

TOKEN = re.compile(r'name="csrf_token" value="([^"]+)"')
PASSWORD = "Lasttest-Passwort-2026"
TEXT = (
    "Liebe Frau Kellermann, danke für Ihre Nachricht vom {n}. Ich habe mir die Texte für "
    "die Startseite noch einmal angesehen und finde, wir sind nah dran. Mir ist wichtig, "
    "dass es warm und klar klingt, ohne Floskeln – so, wie ich am Telefon auch rede. "
    "Können wir am Donnerstag kurz sprechen? Herzliche Grüße, Johanna (Nachricht {n})\n"
)
DRAFT = (
    "Willkommen! Ich begleite Sie dabei, Ihre Stimme wiederzufinden – klar, warm und ohne "
    "Floskeln. Schreiben Sie mir, dann sprechen wir in Ruhe. (Entwurf {n})"
)


@dataclass
class Tally:
    """What the threads sent and what the server accepted."""

    lock: Lock = field(default_factory=Lock)
    statuses: Counter[str] = field(default_factory=Counter)
    uploads: set[str] = field(default_factory=set)
    checks: int = 0
    answers: int = 0
    latencies: list[float] = field(default_factory=list)

    def note(self, kind: str, response: httpx.Response, started: float) -> bool:
        ok = response.status_code in (200, 303)
        with self.lock:
            self.statuses[f"{kind} {response.status_code}"] += 1
            self.latencies.append(time.perf_counter() - started)
        return ok


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def schema_url(base: str, schema: str) -> str:
    separator = "&" if "?" in base else "?"
    return f"{base}{separator}options={quote(f'-csearch_path={schema}')}"


def prepare(url: str) -> list[tuple[int, str, list[int]]]:
    """Demo clients, the user, a check-back round per client: (client id, token, items)."""
    engine = open_workspace(url)
    load_demo(engine, lang="de")
    add_user(engine, "anna", PASSWORD)
    rounds = []
    for client in list_clients(engine):
        proposed = propose_assumptions(engine, client.name, "de")
        if not proposed:
            continue
        created = create_round(engine, client.name, [a.id for a in proposed[:3]], lang="de")
        token = created.link.rsplit("/r/", 1)[1]
        with engine.connect() as conn:
            items = conn.execute(
                text("SELECT id FROM checkback_items WHERE round_id = :r"), {"r": created.id}
            ).scalars()
            rounds.append((client.id, token, list(items)))
    engine.dispose()
    return rounds


def start_server(url: str, port: int, workers: int) -> subprocess.Popen[bytes]:
    env = {**os.environ, "TREFFSICHER_DATABASE_URL": url, "LANG": "de_DE.UTF-8"}
    command = [
        sys.executable, "-m", "uvicorn", "--factory", "treffsicher.web.server:app_from_env",
        "--host", "127.0.0.1", "--port", str(port), "--workers", str(workers),
        "--log-level", "warning",
    ]  # fmt: skip
    process = subprocess.Popen(command, env=env)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/login", timeout=2).status_code == 200:
                return process
        except httpx.HTTPError:
            time.sleep(0.3)
    process.terminate()
    raise SystemExit("the server did not start")


def log_in(base: str) -> tuple[httpx.Client, str]:
    http = httpx.Client(base_url=base, timeout=120)
    token = TOKEN.search(http.get("/login").text)
    assert token, "no CSRF token on the login page"
    form = {"csrf_token": token.group(1), "name": "anna", "password": PASSWORD}
    response = http.post("/login", data=form)
    assert response.status_code in (200, 303), response.text[:300]
    page = TOKEN.search(http.get("/clients").text)
    assert page, "not logged in"
    return http, page.group(1)


def work(base: str, thread: int, steps: int, rounds: list[tuple[int, str, list[int]]],
         tally: Tally, barrier: Barrier, run_id: str) -> None:  # fmt: skip
    http, csrf = log_in(base)
    barrier.wait()
    for step in range(steps):
        # Every third step, threads of a pair upload the same file to the same client at
        # about the same time: one copy must be stored.
        shared = step % 3 == 0
        owner = thread // 2 if shared else thread
        client_id, token, items = rounds[(owner + step) % len(rounds)]
        key = f"{run_id}-{client_id}-{step}-{owner}-{shared}"
        started = time.perf_counter()
        response = http.post(
            f"/clients/{client_id}/sources",
            data={"csrf_token": csrf, "kind": "email"},
            files={"files": (f"{key}.txt", TEXT.format(n=key).encode(), "text/plain")},
        )
        if tally.note("import", response, started):
            with tally.lock:
                tally.uploads.add(f"{client_id}:{key}")
        started = time.perf_counter()
        draft = {"csrf_token": csrf, "draft_text": DRAFT.format(n=key), "draft_name": key}
        response = http.post(f"/clients/{client_id}/check", data=draft)
        if tally.note("check", response, started):
            with tally.lock:
                tally.checks += 1
        started = time.perf_counter()
        item = items[step % len(items)]
        answer = {"csrf_token": csrf, "answer": ("yes", "partly", "no")[step % 3]}
        response = http.post(f"/r/{token}/items/{item}", data=answer)
        if tally.note("answer", response, started):
            with tally.lock:
                tally.answers += 1


def count(url: str, table: str) -> int:
    engine = create_engine(url.replace("postgresql://", "postgresql+psycopg://", 1))
    with engine.connect() as conn:
        value = int(conn.execute(text(f"SELECT count(*) FROM {table}")).scalar_one())
    engine.dispose()
    return value


def run(base_url: str, workers: int, threads: int, steps: int) -> int:
    schema = "load_" + uuid.uuid4().hex[:10]
    admin = create_engine(base_url)
    with admin.begin() as conn:
        conn.execute(text(f"CREATE SCHEMA {schema}"))
    url = schema_url(base_url, schema)
    try:
        rounds = prepare(url)
        before = {t: count(url, t) for t in ("sources", "checks", "checkback_answers")}
        port = free_port()
        server = start_server(url, port, workers)
        tally = Tally()
        barrier = Barrier(threads)
        started = time.perf_counter()
        try:
            with ThreadPoolExecutor(threads) as pool:
                futures = [
                    pool.submit(work, f"http://127.0.0.1:{port}", n, steps, rounds, tally,
                                barrier, schema)
                    for n in range(threads)
                ]  # fmt: skip
                for future in futures:
                    future.result()
        finally:
            elapsed = time.perf_counter() - started
            server.terminate()
            server.wait(timeout=30)
        after = {t: count(url, t) for t in ("sources", "checks", "checkback_answers")}
        return report(tally, before, after, elapsed, workers, threads, steps)
    finally:
        with admin.begin() as conn:
            conn.execute(text(f"DROP SCHEMA {schema} CASCADE"))
        admin.dispose()


def report(tally: Tally, before: dict[str, int], after: dict[str, int], elapsed: float,
           workers: int, threads: int, steps: int) -> int:  # fmt: skip
    expected = {
        "sources": before["sources"] + len(tally.uploads),
        "checks": before["checks"] + tally.checks,
        "checkback_answers": before["checkback_answers"] + tally.answers,
    }
    requests = sum(tally.statuses.values())
    latencies = sorted(tally.latencies)
    print(f"workers {workers}, threads {threads}, steps per thread {steps}")
    print(f"{requests} requests in {elapsed:.1f} s ({requests / elapsed:.1f}/s); "
          f"p50 {latencies[len(latencies) // 2] * 1000:.0f} ms, "
          f"p95 {latencies[int(len(latencies) * 0.95)] * 1000:.0f} ms")  # fmt: skip
    print("statuses:", dict(sorted(tally.statuses.items())))
    failed = sum(n for k, n in tally.statuses.items() if not k.endswith((" 200", " 303")))
    ok = failed == 0
    for table, want in expected.items():
        got = after[table]
        print(f"{table}: before {before[table]}, after {got}, expected {want}")
        ok = ok and got == want
    print("counts verified: nothing lost, nothing duplicated" if ok else "MISMATCH")
    return 0 if ok else 1


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--database-url", default=os.environ.get("TREFFSICHER_TEST_DATABASE_URL"))
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--threads", type=int, default=8)
    parser.add_argument("--per-thread", type=int, default=12)
    args = parser.parse_args()
    if not args.database_url:
        raise SystemExit("--database-url (a PostgreSQL URL) is needed")
    raise SystemExit(run(args.database_url, args.workers, args.threads, args.per_thread))


if __name__ == "__main__":
    main()
