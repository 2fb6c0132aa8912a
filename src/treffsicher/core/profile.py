"""The voice profile: typical value, usual range and examples of every feature, per language.

build_profile(passages) tokenizes and measures each passage once, pools the additive
counts per language, and takes the usual range from the passages themselves.
profile_to_dict / profile_from_dict give a stable JSON schema ("schema_version": 1).
"""

from __future__ import annotations

import bisect
import gc
import math
import zlib
from collections import Counter
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, fields, replace
from functools import lru_cache
from typing import Any

from treffsicher.core.features import PassageStats, extract_stats, specs_for
from treffsicher.core.features.base import FeatureSpec, ValueFunction
from treffsicher.core.features.lexical import quantile
from treffsicher.core.fingerprint import compute_fingerprint
from treffsicher.core.models import (
    PROFILE_LANGUAGES,
    Example,
    FeatureSummary,
    Fingerprint,
    LanguageProfile,
    Passage,
    SignatureTerm,
    TokenizedText,
    VoiceProfile,
)
from treffsicher.core.nogo import mask_text
from treffsicher.core.signature import SignatureCollector
from treffsicher.core.tokens import tokenize

SCHEMA_VERSION = 1
# Reliability of a language profile. Measured by bootstrap on the demo client's
# hand-written mails (bench/bench_profile.py --reliability; table in the README): half the
# 90 % range of resampled values at 1,000 / 5,000 words is ±2.0 / ±1.0 words for the median
# sentence length, ±7.9 / ±3.6 for Flesch-Amstad, ±0.63 / ±0.29 nominalisations per 100
# words. Against a formal writer (13 words, Flesch-Amstad 52, 9.0 per 100 words) her 9
# words, 79 and 0.8 stand out clearly from 5,000 words on; under 1,500 words sentence
# length still moves by half of that gap. The usual range needs passages too: ten give
# quartiles that rest on two or three passages each; three are the least for any range.
GOOD_MIN_WORDS = 5_000
GOOD_MIN_PASSAGES = 10
THIN_MIN_WORDS = 1_500
THIN_MIN_PASSAGES = 3
RELIABILITY_GOOD = "good"
RELIABILITY_THIN = "thin"
RELIABILITY_TOO_LITTLE = "too_little"
# A passage joins a feature's usual range (25th–75th percentile across passages) only when
# it has this much of the feature's unit: a 20-word mail says little about a per-100-words
# rate. Other unit keys (address forms, quotes, …) need one occurrence.
MIN_SPREAD_UNITS = {"words": 50.0, "mtld_words": 50.0, "sentences": 3.0}
EXAMPLES_PER_FEATURE = 3
QUOTE_MAX_CHARS = 160


# The features that rest on one units key, as _add_passage needs them: the key, the least
# units for the usual range, and (name, value function) of those with a value.
_SpreadSpec = tuple[str, float, list[tuple[str, ValueFunction]]]


@dataclass
class _ExamplePick:
    """The passages chosen so far for one feature's examples: (key, Example), key-sorted."""

    picks: list[tuple[int, Example]] = field(default_factory=list)

    def add(self, key: int, example: Example) -> None:
        bisect.insort(self.picks, (key, example), key=lambda pick: pick[0])
        del self.picks[EXAMPLES_PER_FEATURE:]


@dataclass
class _LanguageAccumulator:
    """Everything a language profile needs, gathered passage by passage."""

    pooled: PassageStats = field(default_factory=PassageStats)
    values: dict[str, list[float]] = field(default_factory=dict)
    passages_with_units: Counter[str] = field(default_factory=Counter)  # by units key
    examples: dict[str, _ExamplePick] = field(default_factory=dict)
    # Features whose picks are full: name → (CRC of "<name>\0", key of the last pick).
    full_picks: dict[str, tuple[int, int]] = field(default_factory=dict)
    by_kind: Counter[str] = field(default_factory=Counter)
    n_passages: int = 0


def build_profile(passages: Sequence[Passage]) -> VoiceProfile:
    """The voice profile of her passages; other languages than de/en are only counted."""
    excluded: Counter[str] = Counter()
    by_language: dict[str, list[Passage]] = {}
    for passage in passages:
        if passage.language in PROFILE_LANGUAGES:
            by_language.setdefault(passage.language, []).append(passage)
        else:
            excluded[passage.language] += 1
    with _cycle_collection_paused():
        languages = {
            lang: _build_language_profile(lang, by_language[lang])
            for lang in PROFILE_LANGUAGES
            if lang in by_language
        }
    return VoiceProfile(languages, len(passages), dict(sorted(excluded.items())))


@contextmanager
def _cycle_collection_paused() -> Iterator[None]:
    """Pause Python's cycle collector while a profile is built (speed).

    A build allocates millions of small lists and tuples that reference counting frees; the
    collector would still walk the growing heap again and again (about a tenth of the CPU
    time of a 1 M-word build). What the build leaves in cycles is collected once it is done.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _build_language_profile(lang: str, passages: list[Passage]) -> LanguageProfile:
    """Measure each passage, pool the counts, then summarise every feature of `lang`."""
    specs = specs_for(lang)
    acc = _LanguageAccumulator(values={spec.name: [] for spec in specs})
    spread = _spread_specs(specs)
    # Memory (< 500 MB for 1M words): the fingerprint works on the raw texts, so
    # it runs first, before any token list exists. Signature terms and avoided words take
    # each passage right after it is tokenized and keep its body tokens and sentences only.
    # Words she mentions to reject („das Wort „X“ kann ich nicht mehr hören“) are not her
    # usage: they are blanked out before anything is counted, and the sentences that
    # reject them give no examples of her voice.
    masked = [mask_text(p.text, lang) for p in passages]
    fingerprint = compute_fingerprint([text for text, _spans in masked], lang)
    signature = SignatureCollector(lang)
    for passage, (text, rejecting) in zip(passages, masked, strict=True):
        passage = replace(passage, text=text) if rejecting else passage
        doc = tokenize(passage.text)
        stats = extract_stats(doc, lang, _examples_not_wanted(acc, passage))
        _add_passage(acc, spread, passage, doc, stats, rejecting)
        signature.add(passage, doc)
    features = {spec.name: _summarise(spec, acc) for spec in specs}
    counts = acc.pooled.counts
    n_words = int(counts.get("words", 0))
    return LanguageProfile(
        language=lang,
        n_passages=acc.n_passages,
        n_words=n_words,
        n_sentences=int(counts.get("sentences", 0)),
        passages_by_kind=dict(sorted(acc.by_kind.items())),
        reliability=rate_reliability(n_words, acc.n_passages),
        features=features,
        signature_terms=signature.signature_terms(),
        avoided_words=signature.avoided_words(),
        fingerprint=fingerprint,
    )


def _add_passage(
    acc: _LanguageAccumulator,
    specs: Sequence[_SpreadSpec],
    passage: Passage,
    doc: TokenizedText,
    stats: PassageStats,
    rejecting: Sequence[tuple[int, int]] = (),
) -> None:
    """Pool one passage's counts, keep its feature values and offer its examples (none
    from the `rejecting` spans: her sentences that reject a word)."""
    acc.n_passages += 1
    acc.by_kind[passage.kind] += 1
    counts = stats.counts
    # Speed: PassageStats.merge inlined (the same additions in the same order).
    pooled = acc.pooled.counts
    pooled_get = pooled.get
    for count_key, amount in counts.items():
        pooled[count_key] = pooled_get(count_key, 0.0) + amount
    acc.pooled.sentence_lengths.extend(stats.sentence_lengths)
    counts_get = counts.get
    lengths = stats.sentence_lengths
    with_units = acc.passages_with_units
    values = acc.values
    isfinite = math.isfinite
    for units_key, min_units, valued in specs:
        units = counts_get(units_key, 0.0)
        if units <= 0:
            continue
        with_units[units_key] += 1
        if units < min_units:
            continue
        for name, value_of in valued:
            value = value_of(counts, lengths)
            if value is not None and isfinite(value):
                values[name].append(value)
    passage_id = str(passage.id).encode()
    for name, spans in stats.examples.items():
        if rejecting:
            spans = [span for span in spans if not _overlaps(span, rejecting)]
        if not spans:
            continue
        # Deterministic but spread over her passages: rank passages by a hash of
        # (feature, passage id), so every feature gets its own stable choice. The CRC of
        # "<name>\0" is cached and continued with the id (the same as the CRC of both).
        key = zlib.crc32(passage_id, _name_crc(name))
        pick = acc.examples.get(name)
        if pick is None:
            pick = acc.examples[name] = _ExamplePick()
        picks = pick.picks  # wanted while not full or ranked before the last pick
        if len(picks) < EXAMPLES_PER_FEATURE or key < picks[-1][0]:
            quote = quote_span(doc, *spans[0])
            pick.add(key, Example(passage.id, quote, passage.source_name))
            if len(picks) >= EXAMPLES_PER_FEATURE:
                acc.full_picks[name] = (_name_crc(name), picks[-1][0])


def _examples_not_wanted(acc: _LanguageAccumulator, passage: Passage) -> set[str]:
    """The features for which an example from `passage` could not enter the picks: they
    have all they keep, each ranked before this passage (the test in _add_passage). Their
    example work is skipped; the profile stays the same (a test builds it both ways)."""
    passage_id = str(passage.id).encode()
    crc32 = zlib.crc32
    return {
        name
        for name, (name_crc, last_key) in acc.full_picks.items()
        if crc32(passage_id, name_crc) >= last_key
    }


def _spread_specs(specs: Sequence[FeatureSpec]) -> list[_SpreadSpec]:
    """The specs grouped by units key (see _SpreadSpec), in the order of their first spec,
    so that a passage's units are looked up once per key, not once per feature (speed)."""
    groups: dict[str, list[tuple[str, ValueFunction]]] = {}
    for spec in specs:
        valued = groups.setdefault(spec.units_key, [])
        if spec.value is not None:
            valued.append((spec.name, spec.value))
    return [(key, MIN_SPREAD_UNITS.get(key, 1.0), valued) for key, valued in groups.items()]


@lru_cache(maxsize=1024)
def _name_crc(name: str) -> int:
    """CRC-32 of "<name>\0", the start of every example key of feature `name`."""
    return zlib.crc32(f"{name}\0".encode())


def _overlaps(span: tuple[int, int], ranges: Sequence[tuple[int, int]]) -> bool:
    """True when text[span] touches one of the ranges."""
    return any(span[0] < end and start < span[1] for start, end in ranges)


def _summarise(spec: FeatureSpec, acc: _LanguageAccumulator) -> FeatureSummary:
    """Typical value from pooled counts, usual range from the passages' own values."""
    counts = acc.pooled.counts
    typical = spec.value(counts, acc.pooled.sentence_lengths) if spec.value else None
    distribution = None
    if spec.categories:
        distribution = _distribution(counts, spec.categories)
        if typical is None and distribution:
            typical = max(distribution.values())
    values = sorted(acc.values.get(spec.name, ()))
    pick = acc.examples.get(spec.name)
    typical = _finite(typical)
    low, high = _usual_range(values, typical if spec.value else None)
    return FeatureSummary(
        name=spec.name,
        unit=spec.unit,
        family=spec.family,
        typical=typical,
        low=low,
        high=high,
        n_passages=acc.passages_with_units[spec.units_key],
        n_units=int(counts.get(spec.units_key, 0)),
        distribution=distribution,
        examples=tuple(example for _key, example in pick.picks) if pick else (),
    )


def _usual_range(
    values: Sequence[float], typical: float | None
) -> tuple[float | None, float | None]:
    """Her usual range: the middle half of her passages' own values (25th to 75th
    percentile), reaching to her overall value when that lies outside. The overall value
    pools all her text, so a few long passages can pull it out of the middle half (most
    texts all "du", one long one all "Sie": 91 % overall, 100 – 100 % per text); the check
    compares drafts with both together (core.deviations), and so does the range shown."""
    if not values:
        return None, None
    low, high = quantile(values, 0.25), quantile(values, 0.75)
    if typical is None:
        return low, high
    return min(low, typical), max(high, typical)


def _distribution(counts: dict[str, float], prefix: str) -> dict[str, float] | None:
    """Shares of the categories under `prefix` (keys without it), or None without any."""
    found = {k[len(prefix) :]: v for k, v in counts.items() if k.startswith(prefix) and v > 0}
    total = sum(found.values())
    if total <= 0:
        return None
    return {k: found[k] / total for k in sorted(found)}


def _finite(value: float | None) -> float | None:
    return value if value is not None and math.isfinite(value) else None


def rate_reliability(n_words: int, n_passages: int) -> str:
    """ "good", "thin" or "too_little" by words and passages (thresholds above)."""
    if n_words >= GOOD_MIN_WORDS and n_passages >= GOOD_MIN_PASSAGES:
        return RELIABILITY_GOOD
    if n_words >= THIN_MIN_WORDS and n_passages >= THIN_MIN_PASSAGES:
        return RELIABILITY_THIN
    return RELIABILITY_TOO_LITTLE


def quote_span(doc: TokenizedText, start: int, end: int) -> str:
    """The sentence around text[start:end], on one line, cut to ~160 chars with "…"."""
    text = doc.text
    sentence_starts = [s.start for s in doc.sentences]
    k = bisect.bisect_right(sentence_starts, start) - 1
    low, high = start, end
    if 0 <= k < len(doc.sentences):
        low = min(start, doc.sentences[k].start)
        high = max(end, doc.sentences[k].end)
    if high - low > QUOTE_MAX_CHARS:
        # Centre the window on the span, then cut at word boundaries.
        room = max(QUOTE_MAX_CHARS - (end - start), 0)
        left = max(low, start - room // 2)
        right = min(high, left + QUOTE_MAX_CHARS)
        left = max(low, right - QUOTE_MAX_CHARS)
        head = "" if left == low else "…"
        tail = "" if right == high else "…"
        piece = text[left:right]
        if head and " " in piece:
            piece = piece.split(" ", 1)[1]
        if tail and " " in piece:
            piece = piece.rsplit(" ", 1)[0]
        return head + " ".join(piece.split()) + tail
    return " ".join(text[low:high].split())


def profile_to_dict(profile: VoiceProfile) -> dict[str, Any]:
    """The profile as JSON-safe data (schema_version 1; key order is stable)."""
    return {
        "schema_version": SCHEMA_VERSION,
        "n_passages_total": profile.n_passages_total,
        "excluded_passages": dict(profile.excluded_passages),
        "languages": {lang: _language_to_dict(lp) for lang, lp in profile.languages.items()},
    }


def _language_to_dict(lp: LanguageProfile) -> dict[str, Any]:
    fingerprint = None
    if lp.fingerprint is not None:
        fingerprint = {f.name: getattr(lp.fingerprint, f.name) for f in fields(lp.fingerprint)}
    return {
        "language": lp.language,
        "n_passages": lp.n_passages,
        "n_words": lp.n_words,
        "n_sentences": lp.n_sentences,
        "passages_by_kind": dict(lp.passages_by_kind),
        "reliability": lp.reliability,
        "features": {name: summary.to_dict() for name, summary in lp.features.items()},
        "signature_terms": [
            {
                "term": t.term,
                "count": t.count,
                "n_passages": t.n_passages,
                "keyness": _finite(t.keyness),
                "examples": [_example_to_dict(e) for e in t.examples],
            }
            for t in lp.signature_terms
        ],
        "avoided_words": list(lp.avoided_words),
        "fingerprint": fingerprint,
    }


def _example_to_dict(example: Example) -> dict[str, Any]:
    return {"passage_id": example.passage_id, "text": example.text, "source": example.source_name}


def _example_from_dict(data: dict[str, Any]) -> Example:
    return Example(int(data["passage_id"]), str(data["text"]), str(data.get("source", "")))


def profile_from_dict(data: dict[str, Any]) -> VoiceProfile:
    """The profile from profile_to_dict's data (ValueError for another schema version)."""
    version = data.get("schema_version")
    if version != SCHEMA_VERSION:
        raise ValueError(f"unsupported voice profile schema_version {version!r}")
    return VoiceProfile(
        languages={lang: _language_from_dict(d) for lang, d in data["languages"].items()},
        n_passages_total=int(data["n_passages_total"]),
        excluded_passages={k: int(v) for k, v in data["excluded_passages"].items()},
    )


def _language_from_dict(d: dict[str, Any]) -> LanguageProfile:
    fingerprint = Fingerprint(**d["fingerprint"]) if d.get("fingerprint") else None
    return LanguageProfile(
        language=d["language"],
        n_passages=int(d["n_passages"]),
        n_words=int(d["n_words"]),
        n_sentences=int(d["n_sentences"]),
        passages_by_kind={k: int(v) for k, v in d["passages_by_kind"].items()},
        reliability=d["reliability"],
        features={name: _summary_from_dict(s) for name, s in d["features"].items()},
        signature_terms=tuple(
            SignatureTerm(
                term=t["term"],
                count=int(t["count"]),
                n_passages=int(t["n_passages"]),
                keyness=float(t["keyness"] or 0.0),
                examples=tuple(_example_from_dict(e) for e in t["examples"]),
            )
            for t in d["signature_terms"]
        ),
        avoided_words=tuple(d["avoided_words"]),
        fingerprint=fingerprint,
    )


def _summary_from_dict(s: dict[str, Any]) -> FeatureSummary:
    return FeatureSummary(
        name=s["name"],
        unit=s["unit"],
        family=s["family"],
        typical=s["typical"],
        low=s["low"],
        high=s["high"],
        n_passages=int(s["n_passages"]),
        n_units=int(s["n_units"]),
        distribution=s["distribution"],
        examples=tuple(_example_from_dict(e) for e in s["examples"]),
    )
