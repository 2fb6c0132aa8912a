"""Two server processes on one PostgreSQL under concurrent imports, checks and check-back
answers: afterwards every accepted request is stored exactly once (bench/team_load.py,
smaller)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))

from team_load import run

POSTGRES_ENV = "TREFFSICHER_TEST_DATABASE_URL"


@pytest.mark.postgres
def test_two_workers_lose_and_duplicate_nothing(capsys: pytest.CaptureFixture[str]) -> None:
    url = os.environ.get(POSTGRES_ENV)
    if not url:
        pytest.skip(f"{POSTGRES_ENV} not set")
    status = run(url, workers=2, threads=4, steps=3)
    output = capsys.readouterr().out
    assert status == 0, output
    assert "counts verified" in output
    assert "'import 200': 12" in output
