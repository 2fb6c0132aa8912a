"""Upgrading a workspace of the previous release (schema 0003, with rows) to the head,
and the accounts migration down and up again, on SQLite and PostgreSQL."""

from __future__ import annotations

from sqlalchemy import Engine, inspect, text

from treffsicher.services.accounts import add_user, check_login
from treffsicher.services.clients import add_client, list_clients
from treffsicher.storage.engine import make_engine
from treffsicher.storage.schema import (
    HEAD_REVISION,
    ensure_schema,
    read_schema_revision,
    upgrade_schema,
)

PASSWORD = "Kaffeebohne-Morgen-7"
ROWS = [
    "INSERT INTO clients (id, name, created_at) VALUES "
    "(1, 'Ulrike Berger', '2026-03-01 09:00:00'), (2, 'Fiona Reed', '2026-03-02 10:00:00')",
    "INSERT INTO identities (id, client_id, kind, value) VALUES "
    "(1, 1, 'email', 'ulrike@berger-coaching.example'), (2, 2, 'speaker', 'Fiona')",
    "INSERT INTO sources (id, client_id, name, content_hash, media_type, encoding, kind, "
    "imported_at, notes, message_id, container, container_index, subject, sender) VALUES "
    "(1, 1, 'angebot.eml', 'a1', 'message/rfc822', 'utf-8', 'email', '2026-03-03 08:00:00', "
    "'', '<m1@berger.example>', 'export.mbox', 1, 'Ihr Angebot', "
    "'ulrike@berger-coaching.example'), "
    "(2, 2, 'call.txt', 'b2', 'text/plain', 'utf-8', 'speech', '2026-03-04 08:00:00', '', "
    "NULL, '', NULL, '', '')",
    "INSERT INTO passages (id, source_id, position, text, language, kind, word_count, "
    "char_start, char_end, note, role, speaker, timestamp) VALUES "
    "(1, 1, 0, 'Ich mag es, wenn Texte klar und warm klingen – ohne Floskeln.', 'de', "
    "'email', 11, 0, 62, '', 'body', '', ''), "
    "(2, 2, 0, 'Honestly, I just want people to feel they can ring me.', 'en', 'speech', "
    "11, 0, 55, '', 'body', 'Fiona', '00:01:12')",
    "INSERT INTO checks (id, client_id, created_at, draft_name, draft_text, draft_hash, "
    "language, register, score, band, report) VALUES "
    "(1, 1, '2026-03-05 12:00:00', 'startseite.md', 'Willkommen bei Ulrike.', 'c3', 'de', "
    "'web', 71.5, 'close', '{}')",
    "INSERT INTO profile_cache (client_id, built_at, passages_key, data) VALUES "
    "(1, '2026-03-05 12:00:00', 'k1', '{}')",
]
COUNTED = ("clients", "identities", "sources", "passages", "checks", "profile_cache")


def count_rows(engine: Engine) -> dict[str, int]:
    with engine.connect() as conn:
        return {t: conn.execute(text(f"SELECT count(*) FROM {t}")).scalar_one() for t in COUNTED}


def fill_release_0003(database_url: str) -> Engine:
    """A workspace at schema 0003 (the previous release) with hand-written rows."""
    engine = make_engine(database_url)
    upgrade_schema(engine, "0003")
    assert read_schema_revision(engine) == "0003"
    with engine.begin() as conn:
        for statement in ROWS:
            conn.execute(text(statement))
        if engine.dialect.name == "postgresql":
            # Rows written with their ids: move the id sequences past them.
            for table in ("clients", "identities", "sources", "passages", "checks"):
                sequence = f"pg_get_serial_sequence('{table}', 'id')"
                conn.execute(text(f"SELECT setval({sequence}, max(id)) FROM {table}"))
    return engine


def test_a_filled_release_0003_workspace_upgrades_to_head(database_url: str) -> None:
    engine = fill_release_0003(database_url)
    before = count_rows(engine)
    assert ensure_schema(engine)
    assert read_schema_revision(engine) == HEAD_REVISION
    assert count_rows(engine) == before
    with engine.connect() as conn:
        passage = conn.execute(text("SELECT text, speaker FROM passages WHERE id = 2")).one()
        owners = conn.execute(text("SELECT owner_id FROM clients")).scalars().all()
        kinds = conn.execute(text("SELECT DISTINCT kind FROM clients")).scalars().all()
    assert passage == ("Honestly, I just want people to feel they can ring me.", "Fiona")
    assert owners == [None, None]  # every client of before is shared with the team
    assert kinds == ["client"]
    anna = add_user(engine, "anna", PASSWORD)
    add_client(engine, "Sabine Ohm", owner_id=anna.id)
    assert [c.name for c in list_clients(engine)] == ["Fiona Reed", "Sabine Ohm", "Ulrike Berger"]
    assert [c.n_passages for c in list_clients(engine)] == [1, 0, 1]
    engine.dispose()


def test_the_accounts_migration_goes_down_and_up_again(database_url: str) -> None:
    engine = fill_release_0003(database_url)
    ensure_schema(engine)
    add_user(engine, "anna", PASSWORD)
    upgrade_schema(engine, "head")
    from alembic import command

    from treffsicher.storage.schema import alembic_config

    with engine.connect() as conn, alembic_config() as config:
        if engine.dialect.name == "sqlite":
            # As in upgrade_schema: the batch rebuild of "clients" must not cascade.
            conn.exec_driver_sql("PRAGMA foreign_keys=OFF")
            conn.commit()
        with conn.begin():
            config.attributes["connection"] = conn
            command.downgrade(config, "0006")
        if engine.dialect.name == "sqlite":
            conn.exec_driver_sql("PRAGMA foreign_keys=ON")
            conn.commit()
    tables = set(inspect(engine).get_table_names())
    assert "users" not in tables
    assert "owner_id" not in {c["name"] for c in inspect(engine).get_columns("clients")}
    assert count_rows(engine)["passages"] == 2
    assert ensure_schema(engine)
    assert check_login(engine, "anna", PASSWORD) is None  # accounts went with the downgrade
    assert count_rows(engine)["passages"] == 2
    engine.dispose()
