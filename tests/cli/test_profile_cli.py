"""CLI: the readable profile and --json, rendered from a hand-made VoiceProfile.

core.profile is replaced by a stand-in here so that these tests pin the CLI's rendering
with values written by hand; test_demo_cli.py runs the real pipeline.
"""

from __future__ import annotations

import json
import types
from collections.abc import Callable
from typing import Any

import pytest
from typer.testing import Result

from treffsicher.core.models import (
    Example,
    FeatureSummary,
    LanguageProfile,
    Passage,
    SignatureTerm,
    VoiceProfile,
)
from treffsicher.services import profiling

Cli = Callable[..., Result]  # the `cli` fixture of tests/cli/conftest.py

MAIL = "Hallo Anna,\n\nich freue mich [sehr] auf dich.\n"


def fake_build_profile(passages: list[Passage]) -> VoiceProfile:
    median = FeatureSummary(
        "sentence_length_words_median", "words", "length", 11.0, 8.0, 14.5, 2, 12,
        examples=(Example(passages[0].id, "ich freue mich [sehr] auf dich.", "mail.txt"),),
    )  # fmt: skip
    form = FeatureSummary(
        "address_form", "category", "address", None, None, None, 2, 2,
        distribution={"du": 0.75, "sie": 0.25},
    )  # fmt: skip
    term = SignatureTerm(
        "von Herzen", 5, 4, 12.5, (Example(passages[0].id, "Ich danke dir von Herzen."),)
    )
    german = LanguageProfile(
        "de", 2, 1234, 3, {"text": 2}, "too_little",
        {"sentence_length_words_median": median, "address_form": form},
        signature_terms=(term,), avoided_words=("jedoch", "somit"),
    )  # fmt: skip
    return VoiceProfile({"de": german}, 3, {"fr": 1})


def fake_profile_to_dict(profile: VoiceProfile) -> dict[str, Any]:
    return {
        "n_passages_total": profile.n_passages_total,
        "languages": {k: {"n_words": v.n_words} for k, v in profile.languages.items()},
        "excluded_passages": profile.excluded_passages,
    }


@pytest.fixture
def imported(cli: Cli, monkeypatch: pytest.MonkeyPatch) -> str:
    fake = types.SimpleNamespace(
        build_profile=fake_build_profile, profile_to_dict=fake_profile_to_dict
    )
    monkeypatch.setattr(profiling, "load_core_profile", lambda: fake)
    # The profile cache stores real profiles; here the stand-in builds each time.
    monkeypatch.setattr(
        profiling,
        "load_cached_profile",
        lambda engine, client_id, passages, kind=None: fake_build_profile(passages),
    )
    # ... so the engine's path, whose cache step that replaces, not the sqlite3 one
    # (tests/cli/test_profile_lite.py compares the two with real profiles).
    monkeypatch.setattr(profiling, "build_client_profile_lite", lambda *args: None)
    assert cli("client", "add", "Ulrike Berger").exit_code == 0
    result = cli("import", "Ulrike Berger", "-", "--kind", "email", stdin=MAIL.encode())
    assert result.exit_code == 0, result.output
    return "Ulrike Berger"


def test_readable_profile_in_german(cli: Cli, imported: str) -> None:
    result = cli("profile", imported)
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert out.startswith("Stimmprofil von Ulrike Berger\n")
    assert "Sprache: Deutsch — Beruht auf 1 E-Mail mit zusammen 1.234 Wörtern" in out
    assert "Zu wenig Text, um sicher zu sein." in out
    assert "SATZ- UND WORTLÄNGE" in out  # the family's heading
    assert "Satzlänge (Median)  11 Wörter   (üblich: 8 – 14,5 Wörter)" in out
    assert "„ich freue mich [sehr] auf dich.“" in out  # brackets are text, not markup
    assert "du 75 %, Sie 25 %" in out
    assert "von Herzen (5× in 4 Textstellen)\n    „Ich danke dir von Herzen.“" in out
    assert "jedoch, somit" in out
    assert "Nicht berücksichtigt: 1 Textstelle in anderen Sprachen (Französisch 1)." in out


def test_readable_profile_in_english(cli: Cli, imported: str) -> None:
    result = cli("profile", imported, "--lang", "en")
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert out.startswith("Voice profile of Ulrike Berger\n")
    assert "Language: German — Based on 1 email, 1,234 words in all" in out
    assert "Sentence length (median)  11 words   (usual: 8 – 14.5 words)" in out
    assert "How many words a typical sentence of hers has" in out
    assert "du (informal) 75%, Sie (formal) 25%" in out


def test_json_profile(cli: Cli, imported: str) -> None:
    result = cli("profile", imported, "--json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert list(data) == ["client", "n_passages_total", "languages", "excluded_passages"]
    assert data["client"] == "Ulrike Berger"
    assert data["languages"] == {"de": {"n_words": 1234}}


def test_profile_of_unknown_client(cli: Cli, imported: str) -> None:
    result = cli("profile", "Ulrike Bergr")
    assert result.exit_code == 1
    assert "Meinten Sie „Ulrike Berger“?" in result.stderr
