"""Build a client's voice profile from her stored passages, and put it into words."""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any

from treffsicher.core.features.base import UNIT_CATEGORY, UNIT_SHARE, FeatureSpec
from treffsicher.core.models import FeatureSummary, Passage, VoiceProfile
from treffsicher.i18n import describe_counts, format_number, pick_language, quote, t

# SQLAlchemy, the ORM and the tables are imported inside the functions that use them: on a
# SQLite workspace `profile` takes build_client_profile_lite and never loads them
# (docs/decisions/0027-profile-without-sqlalchemy.md).
if TYPE_CHECKING:
    from sqlalchemy import Engine
    from sqlalchemy.orm import Session

EXAMPLE_MAX_CHARS = 160  # longer quotes are cut at a word boundary
DISTRIBUTION_TOP = 3  # categories shown for a categorical feature

REGISTER_PROFILES_KEY = "register_profiles"  # in the cached profile JSON

ProfileBuilder = Callable[[list[Passage]], VoiceProfile]


@dataclass(frozen=True)
class ClientProfile:
    """A client's voice profile with what it rests on, per language."""

    client: str
    profile: VoiceProfile
    # language → source kind → number of sources with passages in that language
    sources_by_kind: dict[str, dict[str, int]]


def load_passages(session: Session, client_id: int) -> tuple[list[Passage], dict[str, Any]]:
    """Her passages as core Passages, and per language the source kinds they come from."""
    from treffsicher.storage import repo

    passages = []
    kinds_seen: dict[str, dict[int, str]] = defaultdict(dict)
    for row in repo.list_passage_texts(session, client_id):
        passages.append(Passage(row.id, row.text, row.language, row.kind, row.source_name))
        kinds_seen[row.language][row.source_id] = row.source_kind
    by_kind: dict[str, Any] = {}
    for language, sources in kinds_seen.items():
        counts: dict[str, int] = defaultdict(int)
        for kind in sources.values():
            counts[kind] += 1
        by_kind[language] = dict(counts)
    return passages, by_kind


def count_sources_by_kind(engine: Engine, client_id: int) -> dict[str, dict[str, int]]:
    """Language → source kind → number of her sources, counted as the profile page does."""
    from sqlalchemy.orm import Session

    from treffsicher.storage import repo

    with Session(engine) as session:
        return repo.count_sources_by_language(session, client_id)


def build_client_profile(
    engine: Engine, name: str, lang: str = "en", builder: ProfileBuilder | None = None
) -> ClientProfile:
    """Her voice profile (NotFoundError for unknown names): from the profile cache when it is
    fresh, which needs only her passage ids, so memory does not grow with her words; her
    passages are loaded only to build it anew."""
    from sqlalchemy.orm import Session

    from treffsicher.services.clients import find_client

    with Session(engine) as session:
        client = find_client(session, name, lang)
        client_name, client_id = client.name, client.id
        if builder is not None:
            passages, by_kind = load_passages(session, client.id)
            return ClientProfile(client_name, builder(passages), by_kind)
    by_kind = count_sources_by_kind(engine, client_id)
    profile = read_fresh_profile(engine, client_id)
    if profile is None:
        with Session(engine) as session:
            passages, _by_kind = load_passages(session, client_id)
        profile = load_cached_profile(engine, client_id, passages)
        del passages
    return ClientProfile(client_name, profile, by_kind)


def read_fresh_profile(engine: Engine, client_id: int) -> VoiceProfile | None:
    """Her cached profile when it was built from exactly her passages now, else None."""
    from sqlalchemy.orm import Session

    from treffsicher.storage import checks_repo, repo

    with Session(engine) as session:
        ids = repo.list_passage_ids(session, client_id)
        key = checks_repo.make_passages_key(ids, describe_builder())
        cached = checks_repo.read_profile_cache(session, client_id, key)
    return parse_fresh_profile(cached)


def parse_fresh_profile(cached: str | None) -> VoiceProfile | None:
    """The profile in a cache row's JSON, None when there is none or core's schema changed."""
    core = load_core_profile()
    if not cached:
        return None
    data: dict[str, Any] = json.loads(cached)
    if data.get("schema_version") != core.SCHEMA_VERSION:
        return None
    profile: VoiceProfile = core.profile_from_dict(data)
    return profile


def load_cached_profile(
    engine: Engine, client_id: int, passages: list[Passage], kind: str | None = None
) -> VoiceProfile:
    """Her profile from the workspace's profile cache, rebuilt and stored when stale.

    For a check in under 1.5 s, the cache row holds core.profile.profile_to_dict of all her
    passages, keyed by a hash of their ids; profiles of one register (`kind`, e.g. her web
    texts) sit next to it under REGISTER_PROFILES_KEY and are built the first time needed.
    """
    from sqlalchemy.orm import Session

    from treffsicher.storage import checks_repo

    key = checks_repo.make_passages_key((p.id for p in passages), describe_builder())
    with Session(engine) as session, session.begin():
        cached = checks_repo.read_profile_cache(session, client_id, key)
        data, text = refresh_cached_data(cached, passages, kind)
        if text is not None:
            checks_repo.write_profile_cache(session, client_id, key, text)
    return profile_from_cached_data(data, kind)


def refresh_cached_data(
    cached: str | None, passages: list[Passage], kind: str | None
) -> tuple[dict[str, Any], str | None]:
    """The cache row's data, built anew from `passages` when missing or of another core
    schema, with the register `kind` added when asked; and the JSON to store when it
    changed (None: the row stays as it is)."""
    core = load_core_profile()
    data: dict[str, Any] | None = json.loads(cached) if cached else None
    if data is not None and data.get("schema_version") != core.SCHEMA_VERSION:
        data = None
    changed = data is None
    if data is None:
        data = core.profile_to_dict(core.build_profile(passages))
    registers: dict[str, Any] = data.setdefault(REGISTER_PROFILES_KEY, {})
    if kind is not None and kind not in registers:
        chosen = [p for p in passages if p.kind == kind]
        registers[kind] = core.profile_to_dict(core.build_profile(chosen))
        changed = True
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":")) if changed else None
    return data, text


def profile_from_cached_data(data: dict[str, Any], kind: str | None) -> VoiceProfile:
    """The profile (of the register `kind` when given) in a cache row's data."""
    core = load_core_profile()
    chosen: dict[str, Any] = data[REGISTER_PROFILES_KEY][kind] if kind else data
    profile: VoiceProfile = core.profile_from_dict(chosen)
    return profile


def build_client_profile_lite(
    database_url: str, name: str, ready: Callable[[], None] | None = None
) -> ClientProfile | None:
    """What build_client_profile gives for `name`, read and cached with storage.lite
    (sqlite3, no SQLAlchemy), step for step as there; None when that path cannot serve:
    not a SQLite file at the current schema, no client of that name (the other path says
    so, with its suggestion), a database error or a locked file. Nothing is written then,
    and the caller takes build_client_profile. `ready` runs once the client is found,
    before the profile is built (the CLI ends its start-up there)."""
    from treffsicher.storage import lite

    conn = lite.connect(database_url)
    if conn is None:
        return None
    try:
        found = lite.find_client(conn, name)
        if found is None:
            return None
        client_id, client_name = found
        if ready is not None:
            ready()
        by_kind = lite.count_sources_by_language(conn, client_id)
        ids = lite.list_passage_ids(conn, client_id)
        key = lite.make_passages_key(ids, describe_builder())
        profile = parse_fresh_profile(lite.read_profile_cache(conn, client_id, key))
        if profile is None:
            passages = [
                Passage(row[0], row[1], row[2], row[3], row[5])
                for row in lite.list_passage_texts(conn, client_id)
            ]
            key = lite.make_passages_key((p.id for p in passages), describe_builder())
            cached = lite.read_profile_cache(conn, client_id, key)
            data, text = refresh_cached_data(cached, passages, None)
            del passages
            if text is not None:
                lite.write_profile_cache(conn, client_id, key, text)
            profile = profile_from_cached_data(data, None)
    except lite.LiteUnavailable:
        return None
    finally:
        conn.close()
    return ClientProfile(client_name, profile, by_kind)


def describe_builder() -> str:
    """What built a cached profile: treffsicher's version, every feature's name and a hash
    of the profile code (core: features, tokens, word lists …), so that any change to how
    a feature is computed makes the cached profiles stale, also without a new version."""
    from treffsicher import __version__
    from treffsicher.core.features import ALL_SPECS

    names = ",".join(spec.name for spec in ALL_SPECS)
    return f"{__version__}:{names}:{hash_profile_code()}"


@lru_cache(maxsize=1)
def hash_profile_code() -> str:
    """The hash of core's source and data files (hash_folder), once per process."""
    from treffsicher import core

    return hash_folder(Path(core.__file__).parent)


def hash_folder(folder: Path) -> str:
    """sha256 over the relative paths and bytes of every file below `folder` (compiled
    caches left out), in path order."""
    digest = hashlib.sha256()
    for path in sorted(folder.rglob("*")):
        if not path.is_file() or "__pycache__" in path.parts or path.suffix == ".pyc":
            continue
        digest.update(path.relative_to(folder).as_posix().encode("utf-8") + b"\0")
        digest.update(path.read_bytes() + b"\0")
    return digest.hexdigest()


def profile_as_dict(client_profile: ClientProfile) -> dict[str, Any]:
    """The profile as JSON-ready data: the client's name, then core's profile_to_dict."""
    data: dict[str, Any] = {"client": client_profile.client}
    core_dict: dict[str, Any] = load_core_profile().profile_to_dict(client_profile.profile)
    data.update(core_dict)
    return data


def load_core_profile() -> ModuleType:
    """core.profile, imported when first needed (it pulls in numpy and word frequencies)."""
    from treffsicher.core import profile

    return profile


def describe_support(client_profile: ClientProfile, language: str, lang: str) -> str:
    """'Beruht auf 16 E-Mails, 1 Gespräch und 1 Website-Text, 6.120 Wörter'."""
    profile = client_profile.profile.languages[language]
    parts = describe_counts(client_profile.sources_by_kind.get(language, {}), lang)
    return t("profile.support", lang, parts=parts, words=format_number(profile.n_words, lang))


def format_value(value: float | None, unit: str, lang: str) -> str:
    """A feature value with its unit, as core.explain writes it: '34 %', '11 Wörter', '–'."""
    from treffsicher.core import explain

    if value is None:
        return t("profile.no_value", lang)
    return explain.format_value(value, shown_unit(unit), pick_language(lang))


def shown_unit(unit: str) -> str:
    """The unit a value is shown in: a categorical feature's value is the share of one of
    its categories, so it reads as a percentage like every other share."""
    return UNIT_SHARE if unit == UNIT_CATEGORY else unit


def format_range(summary: FeatureSummary, lang: str) -> str:
    """Her usual range with the unit once: '8 – 14,5 Wörter', '10 – 25 %', or '–'."""
    from treffsicher.core import explain

    if summary.low is None or summary.high is None:
        return t("profile.no_value", lang)
    lang = pick_language(lang)
    unit = shown_unit(summary.unit)
    high = explain.format_value(summary.high, unit, lang)
    if unit == UNIT_SHARE:
        low = explain.format_percent(summary.low, lang).removesuffix("%").rstrip()
    else:
        low = explain.format_number(summary.low, lang)
    measured = range_category_label(summary, lang)
    return f"{measured} {low} – {high}" if measured else f"{low} – {high}"


def range_category_label(summary: FeatureSummary, lang: str) -> str:
    """For a categorical feature whose range is one category's share, that category's
    label ("Ich-Form"), so that „Wir-Form 100 %“ and the range „Ich-Form 0 – 0 %“ read
    as one statement; '' for every other feature."""
    from treffsicher.core.features import SPECS_BY_NAME

    spec = SPECS_BY_NAME.get(summary.name)
    if spec is None or spec.range_category is None:
        return ""
    return spec.category_label(spec.range_category, lang) or spec.range_category


def format_typical(summary: FeatureSummary, spec: FeatureSpec | None, lang: str) -> str:
    """The typical value; for categorical features the most common categories with shares."""
    if summary.unit != UNIT_CATEGORY or not summary.distribution:
        return format_value(summary.typical, summary.unit, lang)
    ranked = sorted(summary.distribution.items(), key=lambda item: (-item[1], item[0]))
    shown = []
    prefix = spec.categories if spec and spec.categories else ""
    for key, share in ranked[:DISTRIBUTION_TOP]:
        # Keys may be bare categories ("du") or count keys ("address_form:du").
        category = key.removeprefix(prefix)
        label = (spec.category_label(category, lang) if spec else None) or category
        shown.append(f"{label} {format_value(share, UNIT_SHARE, lang)}")
    return ", ".join(shown)


def format_example(summary: FeatureSummary, lang: str) -> str:
    """The first example quote, shortened and in the language's quotation marks, or ''."""
    if not summary.examples:
        return ""
    return quote_text(summary.examples[0].text, lang)


def quote_text(text: str, lang: str) -> str:
    """`text` on one line, cut to EXAMPLE_MAX_CHARS at a word boundary, in quotes."""
    flat = " ".join(text.split())
    if len(flat) > EXAMPLE_MAX_CHARS:
        flat = flat[:EXAMPLE_MAX_CHARS].rsplit(" ", 1)[0] + " …"
    return quote(flat, lang)


def describe_feature(summary: FeatureSummary, spec: FeatureSpec | None, lang: str) -> str:
    """The plain-language sentence for a feature (core.explain), or '' for unknown names."""
    from treffsicher.core import explain

    return explain.describe_feature(summary, spec, pick_language(lang)) if spec else ""
