"""Assumptions about a client: categories, statuses, confidence, and proposals from her words.

Confidence is a plain level with a reason code (renderers put it into words):
her own answer decides first (confirmed → high, corrected → low, rejected → none); then
contradictions that are newer than the support (a change of mind); then how many
*independent* sources support it (passages of one mail count once) and how recent they are.
Proposals come from what she said she does not want (no-go mentions) and from her voice
profile (du or Sie, gender style, I or we); they carry codes and parameters, not sentences.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime

from treffsicher.core.evidence import Evidence, Hit
from treffsicher.core.models import LanguageProfile, NoGo, VoiceProfile
from treffsicher.core.nogo import (
    NoGoMention,
    find_mentions,
    fold_term,
    has_rejection,
    join_wrapped_lines,
    split_sentences,
)

CATEGORIES = ("audience", "tone", "goals", "values", "offer", "nogo", "other")
STATUSES = ("proposed", "open", "confirmed", "corrected", "rejected")
ANSWERS = ("yes", "partly", "no")
LEVELS = ("high", "medium", "low", "none")

HIGH_MIN_SOURCES = 3
MEDIUM_MIN_SOURCES = 2
PROFILE_MIN_SHARE = 0.8  # a habit is proposed when this share of her uses agree
PROFILE_MIN_UNITS = 5  # … and rests on this many occurrences
WISH_MAX_CHARS = 220  # longer sentences are not one wish
# What she says about her customers (audience), her offer, what matters to her (values) and
# what the page should do (goals), and what she asks to be written (other). Weak verbs („ich
# möchte“) are left out: they open every second sentence of a mail. A claim about a group
# needs a verb that describes it („Meine Kunden sind/lesen/wollen …“), so that „Meine
# Kunden haben heute angerufen“ says nothing about them.
# The feminine plural also in its gender-marked spellings: Kund:innen, Kund*innen,
# Kund_innen, Kund/-innen, KundInnen (the cues ignore case).
_INNEN = r"(?:[:*_]|/-?)?innen"
_PEOPLE_DE = (
    rf"(?:kund(?:en|{_INNEN}|schaft)|gäste|leute|patient(?:en|{_INNEN})|"
    rf"klient(?:en|{_INNEN})|teilnehmer(?:{_INNEN})?|leser(?:{_INNEN})?|"
    rf"stammkund(?:en|{_INNEN}|schaft)|besucher(?:{_INNEN})?|schüler(?:{_INNEN})?|mitglieder)"
)
_PEOPLE_EN = (
    r"(?:customers|clients|guests|regulars|readers|students|patients|audience|visitors|"
    r"members|people|crowd|folk)"
)
_DESCRIBE_DE = (
    r"(?:sind|ist|lesen|wollen|möchten|mögen|suchen|kommen|fragen|brauchen|erwarten|kennen|"
    r"wissen|lieben|hassen|schätzen|haben (?:oft|meist|meistens|keine|wenig))"
)
_DESCRIBE_EN = r"(?:are|is|read|want|like|love|hate|come|ask|need|expect|know|tend|have no)"
# How a proposal of her words reads, per category (catalogue assume.proposal.<code>).
WISH_CODES = {"audience": "wish_audience", "offer": "wish_offer"}
WISH_CUES = (
    (
        "audience",
        re.compile(
            rf"(?i)\b(?:(?:meine|unsere) {_PEOPLE_DE}\b[^.!?]{{0,40}}\b{_DESCRIBE_DE}\b|"
            rf"(?:die meisten|viele) (?:meiner|unserer) {_PEOPLE_DE}\b|"
            r"wer (?:\w+ ){0,2}zu (?:mir|uns)\b[^.!?]{0,30}\bkommt|wer bei (?:mir|uns) bucht|"
            r"(?:meine|unsere) zielgruppe\b|zielgruppe (?:sind|ist)\b|"
            rf"(?:my|our) {_PEOPLE_EN}\b[^.!?]{{0,40}}\b{_DESCRIBE_EN}\b|"
            rf"most of (?:my|our) {_PEOPLE_EN}\b|"
            r"people who (?:come to|book with|shop with|visit) (?:me|us)\b|"
            r"who (?:\w+ )?comes? to (?:me|us|my|our)\b[^.!?]{0,40}[:?,]\s*\w|"
            r"target (?:group|audience))"
        ),
    ),
    (
        "values",
        re.compile(
            r"(?i)\b(?:mir ist (?:es )?(?:sehr |ganz |total |besonders )?wichtig|"
            r"uns ist (?:es )?(?:sehr |ganz |besonders )?wichtig|"
            r"(?:ich lege|wir legen) (?:großen |viel |besonderen )?wert auf|"
            r"mir liegt (?:sehr |viel )?(?:daran|am herzen)|uns liegt (?:sehr |viel )?am herzen|"
            r"für (?:mich|uns) zählt|(?:ich stehe|wir stehen) für(?![^.!?]{0,60}verfügung)|"
            r"it matters to (?:me|us)|(?:it'?s|it is) important to (?:me|us)|"
            r"(?:i|we) care (?:a lot |deeply |most )?about|what matters (?:most )?to (?:me|us)|"
            r"what matters most|(?:i|we) believe in)\b"
        ),
    ),
    (
        "offer",
        re.compile(
            r"(?i)\b(?:(?:ich biete|wir bieten)\b(?! ihnen| dir| euch)|"
            r"(?:ich|wir) (?:mache|machen) (?:vor allem|hauptsächlich|nur noch|ausschließlich)|"
            r"(?:ich|wir) (?:verkaufe|verkaufen|backe|backen|spezialisier\w*)\b|"
            r"unser (?:angebot|sortiment)\b(?! an\b)|unsere (?:leistungen|kurse|produkte)|"
            r"bei (?:mir|uns) kostet|"
            # Not "… what we bake, where we are": a relative clause names no offer.
            r"(?<!what )(?<!which )(?<!that )(?:i|we) (?:offer|sell|bake|specialise in|"
            r"specialize in|mostly do)\b|"
            r"our (?:range|services|menu|courses) (?:is|are|include)|"
            r"(?:course|class|session|package|tour) costs)\b"
        ),
    ),
    (
        "goals",
        re.compile(
            r"(?i)\b(?:die (?:seite|website|startseite|homepage) soll|der text soll|es soll|"
            r"ich wünsche mir|wir wünschen uns|"
            rf"(?:die|meine|unsere) {_PEOPLE_DE} sollen|"
            # „Ich will, dass man …“ is about her page; „Wir wollen, dass die Energiewende
            # gelingt“ is not.
            r"(?:ich will|wir wollen|ich möchte|wir möchten|ich hätte gerne?|wir hätten gerne?)"
            r",? dass\b[^.!?]{0,60}\b(?:man|leute|kund\w*|gäste|leser\w*|"
            r"besucher\w*|(?:start)?seite|website|homepage|text|jede[rn]?)\b|"
            r"(?:mein|unser) ziel (?:ist|wäre)|"
            r"the (?:site|page|website|text) should|i want people to|we want people to|"
            r"(?:i|we) want (?:visitors|readers|customers|them|guests) to|"
            r"(?:people|visitors|readers|customers|guests) should (?:know|feel|see|find|be able)|"
            r"the (?:goal|aim) is|i(?:'d| would) love (?:people|visitors) to|"
            r"(?:i|we)(?:'d| would) (?:like|love) (?:it )?(?:if )?the (?:site|page|website|text)\b|"
            r"(?:i|we) want the (?:site|page|website|text) to)\b"
        ),
    ),
    (
        # How the text should speak to her readers: du or Sie („bitte duzen“, „wir duzen
        # alle unsere Kund:innen“), casual or formal. Not how the writer may address her
        # („Sie können mich gern duzen“): that says nothing about the text.
        "tone",
        re.compile(
            r"(?i)\b(?:bitte (?:duzen|siezen)|(?:duzen|siezen),? bitte|"
            r"(?:ich|wir) (?:duze|duzen|sieze|siezen) (?:\w+ ){0,2}"
            r"(?:(?:meine|unsere|die) )?(?:kund(?::in|\*in|_in)?\w*|gäste|leute|patient\w*|"
            r"klient\w*|teilnehm\w*|leser\w*|besucher\w*|schüler\w*|mitglieder)|"
            r"(?:auf der (?:seite|website|homepage)|im text) (?:bitte )?(?:duzen|siezen)|"
            r"keep it (?:casual|informal|formal|relaxed|friendly|personal|chatty)|"
            r"(?:don'?t|do not) (?:make it|sound) (?:too |so )?(?:formal|stiff|corporate|salesy)"
            r")\b"
        ),
    ),
    (
        "other",
        re.compile(
            r"(?i)\b(?:bitte schreib\w*|schreib\w* bitte|bitte erwähn\w*|"
            r"bitte (?:nimm|nehmt) .{0,30}(?:rein|auf)|das soll so stehen bleiben|"
            r"please (?:mention|write|add|say|put in))\b"
        ),
    ),
)


@dataclass(frozen=True)
class Confidence:
    """How sure the assumption is: a level and why (a code with parameters)."""

    level: str  # LEVELS
    reason: str  # confirmed_by_her | corrected_by_her | rejected_by_her | contradicted_later |
    # contradicted | several_sources | two_sources | one_source | no_evidence | partly_confirmed
    n_sources: int = 0


@dataclass(frozen=True)
class Proposal:
    """An assumption treffsicher suggests from her words, for the user to accept or reject."""

    category: str
    code: str  # nogo | address_du | address_sie | gender_<style> | voice_personal | …
    params: dict[str, str] = field(default_factory=dict)
    terms: tuple[str, ...] = ()
    quotes: tuple[tuple[int, str], ...] = ()  # (passage id, her sentence)
    language: str = "de"


def status_after_answer(answer: str, note: str = "") -> str:
    """The status her answer gives: yes → confirmed; partly → corrected; no → corrected
    when she said what is right instead, else rejected."""
    if answer == "yes":
        return "confirmed"
    if answer == "partly":
        return "corrected"
    if answer == "no":
        return "corrected" if note.strip() else "rejected"
    raise ValueError(f"unknown answer {answer!r}")


def count_sources(hits: Sequence[Hit]) -> int:
    """Independent sources among the hits: passages of one source count once."""
    return len({h.source_id or -h.passage_id for h in hits})


def rate_confidence(status: str, evidence: Evidence, answer: str | None = None) -> Confidence:
    """The confidence of an assumption from her answer, contradictions and support."""
    live = [h for h in evidence.support if not h.superseded]
    n_sources = count_sources(live)
    if status == "confirmed":
        return Confidence("high", "confirmed_by_her", n_sources)
    if status == "rejected":
        return Confidence("none", "rejected_by_her", n_sources)
    if status == "corrected":
        level = "medium" if answer == "partly" else "low"
        return Confidence(level, "corrected_by_her", n_sources)
    if evidence.contradictions:
        if is_contradicted_later(evidence):
            return Confidence("low", "contradicted_later", n_sources)
        level = "medium" if n_sources >= HIGH_MIN_SOURCES else "low"
        return Confidence(level, "contradicted", n_sources)
    if n_sources >= HIGH_MIN_SOURCES:
        return Confidence("high", "several_sources", n_sources)
    if n_sources == MEDIUM_MIN_SOURCES:
        return Confidence("medium", "two_sources", n_sources)
    if n_sources == 1:
        return Confidence("low", "one_source", n_sources)
    return Confidence("none", "no_evidence", 0)


def is_contradicted_later(evidence: Evidence) -> bool:
    """True when a change or override contradicts, or a contradiction is newer than all
    live support (undated support counts as old: websites outlive mails)."""
    if any(h.kind in ("change", "override") for h in evidence.contradictions):
        return True
    live = [h.date for h in evidence.support if not h.superseded and h.date is not None]
    dated = [h.date for h in evidence.contradictions if h.date is not None]
    newest_support: datetime | None = max(live) if live else None
    return bool(dated) and (newest_support is None or max(dated) > newest_support)


def propose_nogos(mentions: Sequence[tuple[int, NoGoMention]]) -> list[Proposal]:
    """One no-go proposal per rejected term (case folded), with every sentence of hers that
    rejects it and the first replacement she named."""
    grouped: dict[str, list[tuple[int, NoGoMention]]] = {}
    for passage_id, mention in mentions:
        grouped.setdefault(fold_term(mention.term), []).append((passage_id, mention))
    proposals = []
    for group in grouped.values():
        first = group[0][1]
        replacement = next((m.replacement for _p, m in group if m.replacement), "")
        code = "nogo_replace" if replacement else "nogo"
        if first.kind == "figure":
            code = "nogo_figure"  # „Richtig ist „1987“, nicht „1990“.“
        quotes = tuple(dict.fromkeys((p, m.sentence) for p, m in group))
        proposals.append(
            Proposal(
                "nogo",
                code,
                {"term": first.term, "replacement": replacement},
                (first.term,),
                quotes,
                first.lang,
            )
        )
    return proposals


def find_wishes(text: str) -> list[tuple[str, str]]:
    """(category, her sentence) for every sentence stating a wish for the text; sentences
    that reject a word are no-gos, not wishes."""
    wishes = []
    for sentence in split_sentences(join_wrapped_lines(text)):
        words = " ".join(sentence.text.split())
        # A sentence that rejects a word is a no-go („bitte nicht „Fellnase““), not a wish;
        # one that rejects without naming a word („bitte nicht so geschleckt, meine Kunden
        # sind Hundeleute“) may still say who her customers are.
        if len(words) > WISH_MAX_CHARS or (has_rejection(words) and find_mentions(words)):
            continue
        for category, cue in WISH_CUES:
            if cue.search(words):
                wishes.append((category, words))
                break
    return wishes


def propose_wishes(wishes: Sequence[tuple[int, str, str]], language: str) -> list[Proposal]:
    """One proposal per wish (passage id, category, her sentence), quoted in her words."""
    seen: set[str] = set()
    proposals = []
    for passage_id, category, sentence in wishes:
        key = fold_term(sentence)
        if key in seen:
            continue
        seen.add(key)
        code = WISH_CODES.get(category, "wish")
        proposals.append(
            Proposal(category, code, {"wish": sentence}, (), ((passage_id, sentence),), language)
        )
    return proposals


def propose_from_profile(profile: VoiceProfile) -> list[Proposal]:
    """Her clear habits as proposals: du or Sie, gender style, Ich- or Wir-Form."""
    proposals = []
    for language, lp in profile.languages.items():
        for feature, prefix in (
            ("address_form", "address"),
            ("gender_style", "gender"),
            ("person_voice", "voice"),
        ):
            habit = find_habit(lp, feature)
            if habit is None:
                continue
            category, quotes = habit
            code = f"{prefix}_{category}"
            if language == "en" and prefix == "gender":
                continue
            proposals.append(Proposal("tone", code, {}, (), quotes, language))
    return proposals


def find_habit(lp: LanguageProfile, feature: str) -> tuple[str, tuple[tuple[int, str], ...]] | None:
    """(category, example quotes) when one category clearly dominates a feature, else None."""
    summary = lp.features.get(feature)
    if summary is None or not summary.distribution or summary.n_units < PROFILE_MIN_UNITS:
        return None
    category, share = max(summary.distribution.items(), key=lambda item: (item[1], item[0]))
    if share < PROFILE_MIN_SHARE or category in ("mixed", "none"):
        return None
    quotes = tuple((e.passage_id, e.text) for e in summary.examples)
    return category, quotes


def nogos_of(items: Sequence[tuple[str, str, Sequence[str], str]]) -> list[NoGo]:
    """NoGos from accepted no-go assumptions given as (status, replacement, terms, evidence):
    confirmed, open and corrected ones count; proposed and rejected ones do not."""
    nogos: list[NoGo] = []
    for status, replacement, terms, evidence in items:
        if status in ("open", "confirmed", "corrected"):
            nogos.extend(NoGo(term, evidence, replacement) for term in terms)
    return nogos
