"""Repository functions on a real database: cascades, unique hash, identities."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from treffsicher.importers.base import ImportedPassage, ImportedSource
from treffsicher.storage import repo
from treffsicher.storage.tables import Client, Identity, PassageRow, Source


def make_source(content_hash: str = "a" * 64, n_passages: int = 2) -> ImportedSource:
    passages = tuple(
        ImportedPassage(text=f"Satz Nummer {i}.", language="de", kind="email", position=i)
        for i in range(n_passages)
    )
    return ImportedSource("mail.txt", content_hash, "text/plain", "utf-8", passages)


def count_rows(engine: Engine, table: type[object]) -> int:
    with Session(engine) as session:
        return int(session.scalar(select(func.count()).select_from(table)) or 0)


def test_deleting_a_client_cascades_to_everything(engine: Engine) -> None:
    with Session(engine) as session, session.begin():
        client = repo.add_client(session, "Ulrike Berger")
        repo.add_identity(session, client.id, "email", "ulrike@example.org")
        repo.add_source(session, client.id, make_source(), "email", [3, 3])
        client_id = client.id
    assert count_rows(engine, PassageRow) == 2
    with Session(engine) as session, session.begin():
        repo.delete_client(session, client_id)
    # Deleted by the database's ON DELETE CASCADE, not by the ORM: the statement is a bulk
    # DELETE on clients only, so this fails if foreign keys are off.
    assert count_rows(engine, Client) == 0
    assert count_rows(engine, Identity) == 0
    assert count_rows(engine, Source) == 0
    assert count_rows(engine, PassageRow) == 0


def test_same_hash_twice_for_one_client_is_rejected(engine: Engine) -> None:
    with Session(engine) as session, session.begin():
        client = repo.add_client(session, "Ulrike Berger")
        repo.add_source(session, client.id, make_source(), "email", [3, 3])
        client_id = client.id
    with pytest.raises(IntegrityError), Session(engine) as session, session.begin():
        repo.add_source(session, client_id, make_source(), "email", [3, 3])
    assert count_rows(engine, Source) == 1
    assert count_rows(engine, PassageRow) == 2


def test_same_hash_for_two_clients_is_fine(engine: Engine) -> None:
    with Session(engine) as session, session.begin():
        first = repo.add_client(session, "Ulrike Berger")
        second = repo.add_client(session, "Anna Roth")
        repo.add_source(session, first.id, make_source(), "email", [3, 3])
        repo.add_source(session, second.id, make_source(), "email", [3, 3])
    assert count_rows(engine, Source) == 2


def test_client_names_are_unique(engine: Engine) -> None:
    with Session(engine) as session, session.begin():
        repo.add_client(session, "Ulrike Berger")
    with pytest.raises(IntegrityError), Session(engine) as session, session.begin():
        repo.add_client(session, "Ulrike Berger")


def test_emails_are_lower_cased_and_not_doubled(engine: Engine) -> None:
    with Session(engine) as session, session.begin():
        client = repo.add_client(session, "Ulrike Berger")
        assert repo.add_identity(session, client.id, "email", " Ulrike@Example.ORG ")
        assert not repo.add_identity(session, client.id, "email", "ulrike@example.org")
        assert repo.add_identity(session, client.id, "speaker", "Ulrike Berger")
        assert repo.list_identities(session, client.id) == [
            ("email", "ulrike@example.org"),
            ("speaker", "Ulrike Berger"),
        ]


def test_passages_come_back_in_order_with_their_source(engine: Engine) -> None:
    with Session(engine) as session, session.begin():
        client = repo.add_client(session, "Ulrike Berger")
        repo.add_source(session, client.id, make_source("b" * 64, 3), "email", [3, 3, 3])
        rows = repo.list_passages(session, client.id)
        assert [(r.position, s.name) for r, s in rows] == [
            (0, "mail.txt"),
            (1, "mail.txt"),
            (2, "mail.txt"),
        ]
        totals = repo.count_client_totals(session, client.id)
    assert (totals.n_sources, totals.n_passages, totals.n_words) == (1, 3, 9)


def test_many_sources_in_one_call_keep_their_own_passages(engine: Engine) -> None:
    sources = [
        ImportedSource(
            f"notiz-{n}.txt",
            f"{99 - n:064x}",  # hashes in the opposite order: ids must not follow them
            "text/plain",
            "utf-8",
            tuple(
                ImportedPassage(
                    text=f"Notiz {n}, Absatz {i}.", language="de", kind="text", position=i
                )
                for i in range(n % 3 + 1)
            ),
        )
        for n in range(7)
    ]
    new = [repo.NewSource(s, "text", [4] * len(s.passages)) for s in sources]
    with Session(engine) as session, session.begin():
        client = repo.add_client(session, "Ulrike Berger")
        ids = repo.add_sources(session, client.id, new)
    assert len(set(ids)) == 7
    assert ids == sorted(ids)  # stored in the order given
    with Session(engine) as session:
        for source, source_id in zip(sources, ids, strict=True):
            assert session.get(Source, source_id).name == source.name
            texts = session.scalars(
                select(PassageRow.text)
                .where(PassageRow.source_id == source_id)
                .order_by(PassageRow.position)
            )
            assert list(texts) == [p.text for p in source.passages]


def test_passage_texts_match_the_passages_that_count(engine: Engine) -> None:
    with Session(engine) as session, session.begin():
        client = repo.add_client(session, "Ulrike Berger")
        repo.add_source(session, client.id, make_source("c" * 64, 3), "email", [3, 3, 3])
        repo.add_source(session, client.id, make_source("d" * 64, 2), "web", [3, 3])
        left_out = session.scalars(select(PassageRow).order_by(PassageRow.id)).all()[1]
        left_out.excluded = True
        client_id = client.id
    with Session(engine) as session:
        full = repo.list_passages(session, client_id)
        texts = repo.list_passage_texts(session, client_id)
    assert len(texts) == 4
    assert [(t.id, t.text, t.language, t.kind) for t in texts] == [
        (row.id, row.text, row.language, row.kind) for row, _source in full
    ]
    assert [(t.source_id, t.source_name, t.source_kind) for t in texts] == [
        (source.id, source.name, source.kind) for _row, source in full
    ]


def test_the_profile_cache_is_written_and_replaced_in_one_statement(engine: Engine) -> None:
    from treffsicher.storage import checks_repo

    with Session(engine) as session, session.begin():
        client = Client(name="Johanna Kellermann")
        session.add(client)
        session.flush()
        client_id = client.id
    with Session(engine) as session, session.begin():
        checks_repo.write_profile_cache(session, client_id, "key-1", '{"v": 1}')
    with Session(engine) as session, session.begin():
        # loaded first, as a check does, then rebuilt by this session: the new row is read
        assert checks_repo.read_profile_cache(session, client_id, "key-1") == '{"v": 1}'
        checks_repo.write_profile_cache(session, client_id, "key-2", '{"v": 2}')
        assert checks_repo.read_profile_cache(session, client_id, "key-2") == '{"v": 2}'
    with Session(engine) as session:
        assert checks_repo.read_profile_cache(session, client_id, "key-1") is None
        assert checks_repo.read_profile_cache(session, client_id, "key-2") == '{"v": 2}'
        assert session.scalar(select(func.count()).select_from(checks_repo.ProfileCacheRow)) == 1
