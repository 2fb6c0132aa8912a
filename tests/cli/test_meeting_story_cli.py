"""The story end to end through the CLI: assumptions written down with `assume` drive the
meeting advice and its agenda (understanding log and Treffen-Check together)."""

from __future__ import annotations

import json
from collections.abc import Callable

from typer.testing import Result

Cli = Callable[..., Result]  # the `cli` fixture of tests/cli/conftest.py

MONEY = ["--day-rate", "800", "--hourly-rate", "95", "--project-value", "15000"]
MAIL = (
    "Hallo Anna,\n\n"
    "danke für den netten Anruf. Meine Kundinnen sind vor allem junge Familien aus dem "
    "Umland, oft zum ersten Mal schwanger und ziemlich unsicher. Die Seite soll ihnen Mut "
    "machen und nicht noch mehr Druck. Ehrlich gesagt weiß ich noch nicht, ob ich eher "
    "Geburtsvorbereitung oder Rückbildung nach vorne stellen will.\n\n"
    "Liebe Grüße\nMareike\n"
)
ASSUMPTIONS = [
    ("Ihre Zielgruppe sind junge Familien aus dem Umland.", "audience"),
    ("Die Leserinnen sind beim ersten Kind und unsicher.", "audience"),
    ("Geburtsvorbereitung steht auf der Seite vorne.", "offer"),
    ("Der Ton ist ermutigend, nicht belehrend.", "tone"),
]


def meeting(cli: Cli) -> dict[str, object]:
    result = cli("meeting", "Mareike Sommer", "--distance-km", "500", *MONEY, "--json")
    assert result.exit_code == 0, result.output
    data: dict[str, object] = json.loads(result.output)
    return data


def test_open_assumptions_make_the_trip_worth_it_and_fill_the_agenda(
    cli: Cli,
) -> None:
    assert cli("client", "add", "Mareike Sommer").exit_code == 0
    assert cli("import", "Mareike Sommer", "-", stdin=MAIL).exit_code == 0
    before = meeting(cli)
    ids = []
    for text, category in ASSUMPTIONS:
        added = cli("assume", "Mareike Sommer", text, "--category", category, "--json")
        assert added.exit_code == 0, added.output
        ids.append(json.loads(added.output)["id"])

    open_advice = meeting(cli)
    assert open_advice["recommendation"] in ("in_person", "in_person_workshop")
    uncertainty = open_advice["uncertainty"]
    assert isinstance(uncertainty, dict)
    assert isinstance(before["uncertainty"], dict)
    assert uncertainty["value"] >= before["uncertainty"]["value"]
    agenda = open_advice["agenda"]
    assert isinstance(agenda, list)
    agenda_text = " ".join(str(item["text"]) for item in agenda)
    for text, _category in ASSUMPTIONS:
        assert text.rstrip(".") in agenda_text

    for assumption_id in ids:
        confirmed = cli("assumption", str(assumption_id), "--status", "confirmed")
        assert confirmed.exit_code == 0, confirmed.output
    settled = meeting(cli)
    settled_uncertainty = settled["uncertainty"]
    assert isinstance(settled_uncertainty, dict)
    assert settled_uncertainty["value"] < uncertainty["value"]
    settled_agenda = settled["agenda"]
    assert isinstance(settled_agenda, list)
    assert not any("Zielgruppe" in str(item["text"]) for item in settled_agenda)
