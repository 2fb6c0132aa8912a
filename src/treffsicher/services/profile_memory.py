"""Her profile for the web pages: the workspace's stored profile cache, kept decoded in
memory while its row is unchanged, so that a profile page does not read and decode all
her passages and the cached profile on every request.

This is not a second cache with rules of its own: an entry is used only while the stored
row has the same passages key (her passages and the profile code) and the same build time;
any import, removal, rebuild or erasure changes one of them.
"""

from __future__ import annotations

import threading
from collections import OrderedDict

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from treffsicher.services.clients import find_client_by_id
from treffsicher.services.profiling import ClientProfile, build_client_profile, describe_builder
from treffsicher.storage import checks_repo, repo

MEMORY_SIZE = 16  # clients whose decoded profile stays in memory

Stamp = tuple[str, str, tuple[str, str] | None]  # name, passages key, stored row's stamp
ENTRIES: OrderedDict[tuple[str, int], tuple[Stamp, ClientProfile]] = OrderedDict()
LOCK = threading.Lock()


def load_client_profile(engine: Engine, client_id: int, lang: str = "en") -> ClientProfile:
    """Her voice profile (NotFoundError for an unknown id), decoded once per stored row."""
    slot = (str(engine.url), client_id)
    stamp = read_stamp(engine, client_id, lang)
    with LOCK:
        found = ENTRIES.get(slot)
        if found is not None and found[0] == stamp and stamp[2] is not None:
            ENTRIES.move_to_end(slot)
            return found[1]
    client_profile = build_client_profile(engine, stamp[0], lang)
    stamp = read_stamp(engine, client_id, lang)  # the row as this build left it
    with LOCK:
        ENTRIES[slot] = (stamp, client_profile)
        ENTRIES.move_to_end(slot)
        while len(ENTRIES) > MEMORY_SIZE:
            ENTRIES.popitem(last=False)
    return client_profile


def read_stamp(engine: Engine, client_id: int, lang: str) -> Stamp:
    """Her name, the key her passages give and the stored profile row's stamp."""
    with Session(engine) as session:
        name = find_client_by_id(session, client_id, lang).name
        ids = repo.list_passage_ids(session, client_id)
        stored = checks_repo.read_profile_cache_stamp(session, client_id)
    return name, checks_repo.make_passages_key(ids, describe_builder()), stored


def drop_client_profile(engine: Engine, client_id: int) -> None:
    """Remove her decoded profile from memory (when she is erased)."""
    with LOCK:
        ENTRIES.pop((str(engine.url), client_id), None)
