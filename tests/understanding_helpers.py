"""Hand-written clients of the understanding tests: a German midwife's practice that dropped
massages in May and rejects some words, and an English bakery that changed its mind."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine

from treffsicher.services.clients import add_client
from treffsicher.services.importing import import_sources

DATA = Path(__file__).parent / "services" / "understanding_data"


def add_praxis(engine: Engine) -> None:
    """Sabine Ohm with three mails (March, March, May)."""
    add_client(engine, "Sabine Ohm", ["sabine@praxis.example"], lang="de")
    paths = [str(DATA / f"praxis-0{i}.eml") for i in (1, 2, 3)]
    summary = import_sources(engine, "Sabine Ohm", paths, lang="de")
    assert not summary.problems


def add_bakery(engine: Engine) -> None:
    """Morwenna Pike with two mails (June, July)."""
    add_client(engine, "Morwenna Pike", ["pike@bakery.example"], lang="en")
    paths = [str(DATA / f"bakery-0{i}.eml") for i in (1, 2)]
    assert not import_sources(engine, "Morwenna Pike", paths, lang="en").problems
