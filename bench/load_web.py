"""Load on the web interface: 20 connections for 30 s on the check endpoint, then
on the profile page, against the real server (`treffsicher serve`) on the demo workspace.

    .venv/bin/python bench/load_web.py                     # 20 connections, 30 s each
    .venv/bin/python bench/load_web.py --connections 20 --duration 30 --endpoint check

An equivalent of `wrk` in Python (httpx + asyncio): each connection sends its next
request as soon as the last one is answered. The check endpoint is the re-check while
typing (POST …/check?live=1 with a 1,000-word draft, HTMX, not stored); the profile page
is GET …/profile. Prints requests/s, errors (any status but 200 or a failed request) and
the latency percentiles p50/p90/p99/max.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_web import make_draft

ROOT = Path(__file__).resolve().parents[1]
TOKEN = re.compile(r'name="csrf_token" value="([^"]+)"')
# The real command line, as a user starts it.
SERVE = [sys.executable, "-m", "treffsicher"]


def free_port() -> int:
    """A port nothing listens on."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def start_server(workspace: Path, port: int) -> subprocess.Popen[bytes]:
    """The demo workspace served on `port`; returns once it answers."""
    env = {**os.environ, "LANG": "de_DE.UTF-8"}
    subprocess.run(
        [*SERVE, "--workspace", str(workspace), "demo"],
        env=env,
        check=True,
        stdout=subprocess.DEVNULL,
    )
    process = subprocess.Popen(
        [*SERVE, "--workspace", str(workspace), "serve", "--port", str(port)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            httpx.get(f"http://127.0.0.1:{port}/clients", timeout=2)
            return process
        except httpx.HTTPError:
            time.sleep(0.2)
    process.kill()
    raise SystemExit("server did not start: " + process.communicate()[1].decode())


async def run_load(
    base: str, endpoint: str, connections: int, duration: float, draft: str
) -> tuple[list[float], int, float]:
    """(latencies in ms of answered requests, errors, seconds) of one load phase."""
    limits = httpx.Limits(max_connections=connections, max_keepalive_connections=connections)
    async with httpx.AsyncClient(base_url=base, limits=limits, timeout=60) as client:
        page = await client.get("/clients/1/check")
        match = TOKEN.search(page.text)
        assert match, "no CSRF token on the check page"
        headers = {"X-CSRF-Token": match.group(1), "HX-Request": "true", "Origin": base}
        latencies: list[float] = []
        errors = 0
        stop = time.monotonic() + duration

        async def worker() -> None:
            nonlocal errors
            while time.monotonic() < stop:
                start = time.perf_counter()
                try:
                    if endpoint == "check":
                        reply = await client.post(
                            "/clients/1/check?live=1", data={"draft_text": draft}, headers=headers
                        )
                    else:
                        reply = await client.get("/clients/1/profile")
                    ok = reply.status_code == 200
                except httpx.HTTPError:
                    ok = False
                if ok:
                    latencies.append((time.perf_counter() - start) * 1000)
                else:
                    errors += 1

        began = time.monotonic()
        await asyncio.gather(*(worker() for _ in range(connections)))
        return latencies, errors, time.monotonic() - began


def percentile(values: list[float], share: float) -> float:
    """The value below which `share` of `values` lie (nearest rank)."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(share * len(ordered)) - 1))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--connections", type=int, default=20)
    parser.add_argument("--duration", type=float, default=30.0)
    parser.add_argument("--endpoint", choices=["check", "profile", "both"], default="both")
    args = parser.parse_args()
    draft = make_draft(1_000)
    endpoints = ["check", "profile"] if args.endpoint == "both" else [args.endpoint]
    with tempfile.TemporaryDirectory() as folder:
        port = free_port()
        server = start_server(Path(folder) / "load.sqlite", port)
        base = f"http://127.0.0.1:{port}"
        try:
            cpus = os.cpu_count()
            print(f"{args.connections} connections, {args.duration:.0f} s each, {cpus} CPUs")
            print(
                f"{'endpoint':<10} {'requests':>8} {'req/s':>7} {'errors':>6} "
                f"{'p50 ms':>8} {'p90 ms':>8} {'p99 ms':>8} {'max ms':>8}"
            )
            for endpoint in endpoints:
                latencies, errors, seconds = asyncio.run(
                    run_load(base, endpoint, args.connections, args.duration, draft)
                )
                print(
                    f"{endpoint:<10} {len(latencies):>8} {len(latencies) / seconds:>7.1f} "
                    f"{errors:>6} {statistics.median(latencies):>8.0f} "
                    f"{percentile(latencies, 0.9):>8.0f} {percentile(latencies, 0.99):>8.0f} "
                    f"{max(latencies):>8.0f}"
                )
        finally:
            server.terminate()
            server.wait(timeout=10)


if __name__ == "__main__":
    main()
