"""A legal page imported with her website is stored but stays out of her profile."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine

from treffsicher.services.clients import add_client
from treffsicher.services.control import set_passage_excluded
from treffsicher.services.importing import import_sources
from treffsicher.services.profiling import build_client_profile
from treffsicher.services.sources import list_source_passages

ABOUT = (
    "<html><head><title>Über mich</title></head><body><main><h1>Über mich</h1><p>Ich bin "
    "Johanna, seit vierzehn Jahren Hebamme in Lindenfeld. Ich begleite dich von der ersten "
    "Frage bis zur letzten Windel, so wie es zu dir passt, und ich bin da, wenn du mich "
    "brauchst.</p></main></body></html>"
)
POLICY = (
    "<html><head><title>Datenschutzerklärung | Praxis</title></head><body><main>"
    "<h2>Allgemeine Hinweise</h2><p>Die folgenden Hinweise geben einen Überblick darüber, was "
    "mit Ihren personenbezogenen Daten passiert, wenn Sie diese Website besuchen, und welche "
    "Rechte Sie haben.</p></main></body></html>"
)


def test_the_privacy_policy_is_stored_but_not_her_voice(engine: Engine, tmp_path: Path) -> None:
    add_client(engine, "Johanna Kellermann", lang="de")
    (tmp_path / "ueber.html").write_text(ABOUT, encoding="utf-8")
    (tmp_path / "datenschutz.html").write_text(POLICY, encoding="utf-8")
    summary = import_sources(engine, "Johanna Kellermann", [str(tmp_path)], lang="de")
    assert not summary.problems
    assert summary.passages == 2  # both stored
    profile = build_client_profile(engine, "Johanna Kellermann", "de")
    german = profile.profile.languages["de"]
    assert german.n_passages == 1
    # the policy's formal „Sie“ is not her address: she writes „du“
    assert german.features["address_du_share"].typical == 1.0
    # taken back by hand, it counts again
    _name, sources = list_source_passages(engine, "Johanna Kellermann")
    policy_id = next(p.id for source in sources for p in source.passages if p.excluded)
    set_passage_excluded(engine, policy_id, False, "de")
    again = build_client_profile(engine, "Johanna Kellermann", "de")
    assert again.profile.languages["de"].n_passages == 2
