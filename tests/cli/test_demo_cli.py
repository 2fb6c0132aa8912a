"""CLI end to end on the shipped demo data: demo is idempotent, profile and --json work.

These run the real importer and the real core.profile; they skip until both exist.
"""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest
from typer.testing import Result

Cli = Callable[..., Result]  # the `cli` fixture of tests/cli/conftest.py

pytest.importorskip("treffsicher.core.profile")
pytest.importorskip("treffsicher.importers.documents")


@pytest.fixture
def demo(cli: Cli) -> Result:
    result = cli("demo")
    assert result.exit_code == 0, result.output
    return result


def test_demo_prints_the_primary_profile(demo: Result) -> None:
    from treffsicher.services.demo import default_data_root, read_manifest

    manifest = read_manifest(default_data_root())
    n_sources = sum(len(c.sources) for c in manifest.clients)
    n_clients = sum(c.kind == "client" for c in manifest.clients)  # the writer is not one
    assert demo.stdout.startswith(
        f"Demo geladen: {n_clients} Kundinnen, {n_sources} neue Quellen, 0 schon vorhanden.\n"
    )
    assert f"Stimmprofil von {manifest.primary}" in demo.stdout
    assert "Beruht auf " in demo.stdout


def test_demo_twice_adds_nothing(cli: Cli, demo: Result) -> None:
    again = cli("demo")
    assert again.exit_code == 0, again.output
    assert " 0 neue Quellen" in again.stdout


def test_profile_json_has_the_documented_keys(cli: Cli, demo: Result) -> None:
    from treffsicher.services.demo import default_data_root, read_manifest

    primary = read_manifest(default_data_root()).primary
    result = cli("profile", primary, "--json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["client"] == primary
    assert {"languages", "n_passages_total", "excluded_passages"} <= set(data)
    german = data["languages"]["de"]
    assert german["n_words"] >= 5000  # the German demo client has 5,000+ words
    assert "features" in german
