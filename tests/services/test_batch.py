"""Sources stored in batches: few commits, and one bad source never loses the others."""

from __future__ import annotations

import hashlib

import pytest
from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from treffsicher.core.imported import ImportedPassage, ImportedSource, ImportProblem
from treffsicher.services import batch as batch_module
from treffsicher.services.batch import SourceBatch
from treffsicher.services.import_summary import SourceReport
from treffsicher.storage import repo
from treffsicher.storage.tables import Source


def make_source(name: str, text: str, positions: tuple[int, ...] = (0,)) -> ImportedSource:
    passages = tuple(ImportedPassage(text, "de", "text", p) for p in positions)
    digest = hashlib.sha256(name.encode()).hexdigest()
    return ImportedSource(name, digest, "text/plain", "utf-8", passages)


def add_client(engine: Engine) -> int:
    with Session(engine) as session, session.begin():
        return repo.add_client(session, "Johanna Kellermann").id


def stored_names(engine: Engine) -> list[str]:
    with Session(engine) as session:
        return sorted(session.scalars(select(Source.name)))


def test_a_failing_source_is_named_and_the_batch_is_kept(engine: Engine) -> None:
    client_id = add_client(engine)
    good = make_source("a.txt", "Die Nische ist 2,40 m breit.")
    broken = make_source("b.txt", "Zweimal dieselbe Stelle.", positions=(0, 0))
    later = make_source("c.txt", "Ich bring die Muster am Freitag vorbei.")
    with SourceBatch(engine, client_id, None, "de") as batch:
        for source in (good, broken, later, good):
            batch.add(source, [5] * len(source.passages), "text")
    reports = list(batch.reports)  # a batch's reports come when it is stored (here: at the end)
    assert stored_names(engine) == ["a.txt", "c.txt"]
    problems = [r for r in reports if isinstance(r, ImportProblem)]
    assert [p.path for p in problems] == ["b.txt"]
    names = [(r.name, r.duplicate) for r in reports if isinstance(r, SourceReport)]
    assert ("a.txt", False) in names
    assert ("a.txt", True) in names


def test_reports_only_after_their_batch_is_committed(
    engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(batch_module, "BATCH_SIZE", 2)
    client_id = add_client(engine)
    sources = [make_source(f"{n}.txt", f"Text Nummer {n} von ihr.") for n in range(3)]
    try:
        with SourceBatch(engine, client_id, None, "de") as batch:
            for source in sources:
                batch.add(source, [4], "text")
            committed = [r.name for r in batch.reports if isinstance(r, SourceReport)]
            raise KeyboardInterrupt
    except KeyboardInterrupt:
        pass
    assert committed == ["0.txt", "1.txt"]
    assert stored_names(engine) == ["0.txt", "1.txt"]  # the third was rolled back
    with Session(engine) as session:
        assert session.scalar(select(func.count()).select_from(Source)) == 2
