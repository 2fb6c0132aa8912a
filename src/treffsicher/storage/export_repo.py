"""Every row that belongs to one client, as plain data, and the same rows written back.

A row belongs to the client when one of its foreign keys points at a row that belongs to
her, starting from her row in `clients` (identities, sources, passages, checks, the cached
profile, assumptions and their events, check-back rounds, items and answers …). The walk
follows the schema's own foreign keys in dependency order, so a table added later is
exported without a change here. Values become JSON-safe (datetimes as ISO 8601 in UTC);
on the way back, integer ids are given anew and every foreign key is mapped to the new id.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Column, Connection, Table, insert, or_, select

from treffsicher.storage.tables import load_all_tables

ROOT_TABLE = "clients"
DATETIME_TAG = "$datetime"
OWNER_COLUMN = "owner_id"  # clients.owner_id: the user a private client belongs to


def client_tables() -> list[Table]:
    """The tables whose rows can belong to a client, parents before children."""
    scoped: set[str] = {ROOT_TABLE}
    found = []
    for table in load_all_tables().sorted_tables:
        if table.name == ROOT_TABLE or any(
            fk.column.table.name in scoped for fk in table.foreign_keys
        ):
            scoped.add(table.name)
            found.append(table)
    return found


def dump_client_rows(connection: Connection, client_id: int) -> dict[str, list[dict[str, Any]]]:
    """Per table name, the client's rows as JSON-safe dicts, ordered by primary key."""
    selected: dict[str, set[Any]] = {}
    dumped: dict[str, list[dict[str, Any]]] = {}
    for table in client_tables():
        if table.name == ROOT_TABLE:
            condition = table.c.id == client_id
        else:
            parts = [
                fk.parent.in_(selected[fk.column.table.name])
                for fk in table.foreign_keys
                if selected.get(fk.column.table.name)
            ]
            if not parts:
                continue
            condition = or_(*parts)
        order = list(table.primary_key.columns)
        result = connection.execute(select(table).where(condition).order_by(*order))
        rows = [dict(r._mapping) for r in result]
        if not rows:
            continue
        key = primary_key_column(table)
        selected[table.name] = {row[key.name] for row in rows}
        dumped[table.name] = [{k: to_json(v) for k, v in row.items()} for row in rows]
    return dumped


def load_client_rows(connection: Connection, data: dict[str, list[dict[str, Any]]]) -> int:
    """Insert dumped rows with new ids, foreign keys mapped; returns the new client id.
    KeyError/ValueError for data that does not fit this schema (the caller names it)."""
    unknown = set(data) - {t.name for t in client_tables()}
    if unknown:
        raise ValueError(f"unknown tables: {', '.join(sorted(unknown))}")
    new_ids: dict[str, dict[Any, Any]] = {}
    for table in client_tables():
        key = primary_key_column(table)
        mapping = new_ids.setdefault(table.name, {})
        for row in data.get(table.name, []):
            values = from_json_row(table, row)
            if table.name == ROOT_TABLE:
                # User ids mean nothing in another workspace: an imported client is shared.
                values.pop(OWNER_COLUMN, None)
            old_key = values.get(key.name)
            for fk in table.foreign_keys:
                parent = fk.parent.name
                target = fk.column.table.name
                # Keys into tables outside the client (shared rows) stay as they are.
                if values.get(parent) is not None and target in new_ids:
                    values[parent] = new_ids[target][values[parent]]
            if not key.foreign_keys and is_generated(key):
                values.pop(key.name, None)
                inserted = connection.execute(insert(table).values(values).returning(key))
                mapping[old_key] = inserted.scalar_one()
            else:
                connection.execute(insert(table).values(values))
                mapping[old_key] = values[key.name]
    roots = list(new_ids.get(ROOT_TABLE, {}).values())
    if len(roots) != 1:
        raise ValueError("the export holds no client or more than one")
    return int(roots[0])


def primary_key_column(table: Table) -> Column[Any]:
    """The one primary-key column of a client table."""
    columns = list(table.primary_key.columns)
    if len(columns) != 1:
        raise ValueError(f"{table.name}: expected one primary-key column")
    return columns[0]


def is_generated(column: Column[Any]) -> bool:
    """True for an integer id the database assigns."""
    return column.autoincrement in (True, "auto") and column.type.python_type is int


def to_json(value: Any) -> Any:
    """A column value as JSON data; datetimes tagged and in UTC."""
    if isinstance(value, datetime):
        aware = value if value.tzinfo else value.replace(tzinfo=UTC)
        return {DATETIME_TAG: aware.astimezone(UTC).isoformat()}
    return value


def from_json_row(table: Table, row: dict[str, Any]) -> dict[str, Any]:
    """A dumped row back as column values; ValueError for columns this schema lacks."""
    columns = {c.name for c in table.columns}
    extra = set(row) - columns
    if extra:
        raise ValueError(f"{table.name}: unknown columns {', '.join(sorted(extra))}")
    return {k: from_json(v) for k, v in row.items()}


def from_json(value: Any) -> Any:
    """The inverse of to_json."""
    if isinstance(value, dict) and set(value) == {DATETIME_TAG}:
        return datetime.fromisoformat(value[DATETIME_TAG])
    return value


def count_rows(data: dict[str, list[dict[str, Any]]], names: Iterable[str]) -> dict[str, int]:
    """How many rows of each named table the dump holds."""
    return {name: len(data.get(name, [])) for name in names}
