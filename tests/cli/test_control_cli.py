"""CLI: what counts as her — remove a source, an identity or a client; leave a passage out
of her profile and take it back in."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from mailfixtures import ADDRESS, write_archive
from typer.testing import Result

Cli = Callable[..., Result]

SLOGAN = "Holz, das lebt. Handwerk, das bleibt. Ihre Tischlerei für Generationen."
HER_OWN = (
    "Hallo Anna, ich hab die Maße genommen, die Nische ist schmaler als gedacht. "
    "Ich ruf dich morgen an, dann überlegen wir zusammen, was passt."
)


def write_texts(tmp_path: Path) -> list[str]:
    slogan = tmp_path / "slogan.txt"
    slogan.write_text(SLOGAN + "\n", encoding="utf-8")
    note = tmp_path / "notiz.txt"
    note.write_text(HER_OWN + "\n", encoding="utf-8")
    return [str(note), str(slogan)]


def listing(cli: Cli, name: str) -> dict[str, object]:
    result = cli("passages", name, "--json")
    assert result.exit_code == 0, result.output
    data: dict[str, object] = json.loads(result.stdout)
    return data


def passage_ids(data: dict[str, object]) -> dict[str, int]:
    sources = data["sources"]
    assert isinstance(sources, list)
    return {s["name"].rsplit("/", 1)[-1]: s["passages"][0]["id"] for s in sources}


def test_excluded_passage_stays_listed_but_leaves_the_profile(cli: Cli, tmp_path: Path) -> None:
    assert cli("client", "add", "Johanna Kellermann").exit_code == 0
    assert cli("import", "Johanna Kellermann", *write_texts(tmp_path)).exit_code == 0
    before = cli("profile", "Johanna Kellermann", "--json")
    assert before.exit_code == 0, before.output
    slogan_id = passage_ids(listing(cli, "Johanna Kellermann"))["slogan.txt"]
    result = cli("passage", "exclude", str(slogan_id))
    assert result.exit_code == 0, result.output
    assert f"Textstelle {slogan_id} (" in result.stdout
    assert "bleibt gespeichert" in result.stdout
    data = listing(cli, "Johanna Kellermann")
    flags = {s["name"].rsplit("/", 1)[-1]: s["passages"][0]["excluded"] for s in data["sources"]}
    assert flags == {"notiz.txt": False, "slogan.txt": True}
    text = cli("passages", "Johanna Kellermann").stdout
    assert "AUSGENOMMEN" in text
    assert SLOGAN in text
    after = cli("profile", "Johanna Kellermann", "--json")
    assert after.stdout != before.stdout  # the cached profile noticed
    assert cli("passage", "exclude", str(slogan_id)).stdout.startswith(
        f"Textstelle {slogan_id} war schon ausgenommen"
    )
    assert cli("passage", "include", str(slogan_id)).exit_code == 0
    assert cli("profile", "Johanna Kellermann", "--json").stdout == before.stdout
    missing = cli("passage", "exclude", "99999")
    assert missing.exit_code == 1
    assert "Textstelle 99999 gibt es nicht" in missing.output


def test_source_remove_asks_then_removes(cli: Cli, tmp_path: Path) -> None:
    assert cli("client", "add", "Johanna Kellermann").exit_code == 0
    assert cli("import", "Johanna Kellermann", *write_texts(tmp_path)).exit_code == 0
    data = listing(cli, "Johanna Kellermann")
    source_id = next(s["id"] for s in data["sources"] if s["name"].endswith("slogan.txt"))
    assert all(len(s["content_hash"]) == 64 for s in data["sources"])
    declined = cli("source", "remove", str(source_id), stdin="n\n")
    assert declined.exit_code == 1
    assert "Nichts geändert" in declined.stdout
    assert len(listing(cli, "Johanna Kellermann")["sources"]) == 2
    done = cli("source", "remove", str(source_id), "--yes")
    assert done.exit_code == 0, done.output
    assert f"Quelle {source_id}" in done.stdout
    assert "entfernt" in done.stdout
    names = [s["name"] for s in listing(cli, "Johanna Kellermann")["sources"]]
    assert [n.rsplit("/", 1)[-1] for n in names] == ["notiz.txt"]
    again = cli("source", "remove", str(source_id), "--yes")
    assert again.exit_code == 1
    assert "Diese Quelle gibt es nicht" in again.output


def test_identity_remove_and_client_remove(cli: Cli, tmp_path: Path) -> None:
    assert cli("client", "add", "Ulrike Berger", "--email", ADDRESS).exit_code == 0
    assert cli("client", "identity", "add", "Ulrike Berger", "--speaker", "Ulrike").exit_code == 0
    removed = cli("client", "identity", "remove", "Ulrike Berger", "--email", ADDRESS.upper())
    assert removed.exit_code == 0, removed.output
    assert f"{ADDRESS} entfernt" in removed.stdout
    assert ADDRESS not in cli("client", "show", "Ulrike Berger").stdout
    unknown = cli("client", "identity", "remove", "Ulrike Berger", "--speaker", "Anna")
    assert unknown.exit_code == 1
    assert "Anna war keine ihrer Kennungen" in unknown.stdout
    assert cli("import", "Ulrike Berger", str(write_archive(tmp_path / "a.mbox"))).exit_code == 0
    kept = cli("client", "remove", "Ulrike Berger", stdin="n\n")
    assert kept.exit_code == 1
    assert "Ulrike Berger" in cli("client", "list").stdout
    gone = cli("client", "remove", "Ulrike Berger", "--yes")
    assert gone.exit_code == 0, gone.output
    assert "Ulrike Berger" not in cli("client", "list").stdout
