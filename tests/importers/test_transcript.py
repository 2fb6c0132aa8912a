"""Transcripts: the client's turns from WebVTT, SRT and "Name: …" text."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from treffsicher.errors import InputError
from treffsicher.importers.documents import RejectedSourceError
from treffsicher.importers.transcript import (
    format_stamp,
    has_two_label_lines,
    looks_like_transcript,
    normalize_speaker,
    read_transcript,
    scan_speakers,
)

TEAMS_VTT = """WEBVTT

NOTE Besprechung mit Hebammenpraxis

1a2b-3c4d/11-0
00:00:01.200 --> 00:00:04.000
<v Anna Berg>Hallo Frau Kellermann, schön, dass es klappt.</v>

1a2b-3c4d/12-0
00:00:04.500 --> 00:00:08.000
<v Kellermann, Johanna (Gast)>Hallo! Ja, ich freue mich auch, ich habe
heute Vormittag frei.</v>

1a2b-3c4d/12-1
00:00:08.000 --> 00:00:10.900
<v Kellermann, Johanna (Gast)>Worum geht es &amp; was braucht ihr?</v>

1a2b-3c4d/13-0
00:00:11.000 --> 00:00:14.000
<v Anna Berg>Um Ihre neue Website.</v>

1a2b-3c4d/14-0
00:01:02.000 --> 00:01:09.000
<v Kellermann, Johanna (Gast)>Ah, <i>endlich</i>! Die alte Seite ist wirklich von 2012.</v>
"""

ZOOM_VTT = """WEBVTT

1
00:00:03.100 --> 00:00:06.000
Morwenna Pike: Right, so the kiln was playing up again this morning.

2
00:00:06.200 --> 00:00:08.000
Sam Carter: Oh no. Did you lose the batch?

3
00:00:08.500 --> 00:00:12.000
Morwenna Pike: Only three mugs, thankfully.

4
00:00:12.000 --> 00:00:15.000
I'll fire them again on Friday.
"""

SRT = """1
00:00:01,000 --> 00:00:03,500
Sam Carter: How long have you been potting?

2
00:00:04,000 --> 00:00:09,000
MORWENNA PIKE: Nearly twenty years now.
I started in a night class in Penzance.

3
00:00:09,500 --> 00:00:11,000
{\\an8}Sam Carter: Lovely.
"""

PLAIN = """Telefonat mit Johanna, 3. Mai
[00:00:01] Anna: Hallo, wie geht es dir?
[00:00:04] Johanna: Gut, danke! Wichtig: ich habe nur zehn Minuten.
Danach kommt eine Schwangere zur Vorsorge.
[00:01:10] Anna: Okay, dann mache ich schnell.
[00:01:15] Johanna: Prima.
"""

UNSTAMPED = """Anna: Wie soll die Startseite klingen?
Johanna: Warm, aber nicht kitschig. Hinweis: keine Babyfotos von Agenturen.
Anna: Verstanden.
Johanna: Und bitte duzen, so rede ich auch im Kurs.
"""

OTTER = """Johanna Kellermann  0:03
Also ich fange mal an. Die Kurse sind donnerstags.

Anna Berg  0:09
Und am Wochenende?

Johanna Kellermann  1:02:03
Nur nach Absprache.
"""


def test_teams_vtt_keeps_her_merged_turns_with_timestamps() -> None:
    source = read_transcript(TEAMS_VTT, "call.vtt", speakers=["Johanna Kellermann"], lang="de")
    texts = [p.text for p in source.passages]
    assert texts == [
        "Hallo! Ja, ich freue mich auch, ich habe heute Vormittag frei. "
        "Worum geht es & was braucht ihr?",
        "Ah, endlich! Die alte Seite ist wirklich von 2012.",
    ]
    assert [p.timestamp for p in source.passages] == ["00:00:04", "00:01:02"]
    assert [p.speaker for p in source.passages] == ["Kellermann, Johanna (Gast)"] * 2
    assert source.passages[0].note == "00:00:04 Kellermann, Johanna (Gast)"
    assert {p.kind for p in source.passages} == {"speech"}
    assert {p.language for p in source.passages} == {"de"}
    assert source.media_type == "text/vtt"
    assert source.sender == "Kellermann, Johanna (Gast)"
    # Offsets point into her passages joined by blank lines.
    assert source.passages[1].char_start == len(texts[0]) + 2
    assert source.passages[1].char_end == len(texts[0]) + 2 + len(texts[1])


def test_zoom_vtt_label_lines_and_unlabelled_cue_continue_the_turn() -> None:
    source = read_transcript(ZOOM_VTT, "zoom.vtt", speakers=["morwenna pike"], lang="en")
    assert [(p.timestamp, p.text) for p in source.passages] == [
        ("00:00:03", "Right, so the kiln was playing up again this morning."),
        ("00:00:08", "Only three mugs, thankfully. I'll fire them again on Friday."),
    ]
    assert {p.language for p in source.passages} == {"en"}


def test_srt_with_name_prefixes_and_ass_tags() -> None:
    source = read_transcript(SRT.encode(), "talk.srt", speakers=["Morwenna Pike"], lang="en")
    assert [p.text for p in source.passages] == [
        "Nearly twenty years now. I started in a night class in Penzance."
    ]
    assert source.passages[0].speaker == "MORWENNA PIKE"
    assert source.media_type == "application/x-subrip"
    assert scan_speakers(SRT) == {"Sam Carter": 2, "MORWENNA PIKE": 1}


def test_plain_text_with_timestamps_keeps_continuation_lines_and_colons() -> None:
    source = read_transcript(PLAIN.encode(), "notiz.txt", speakers=["Johanna"], lang="de")
    assert [(p.timestamp, p.text) for p in source.passages] == [
        (
            "00:00:04",
            "Gut, danke! Wichtig: ich habe nur zehn Minuten. "
            "Danach kommt eine Schwangere zur Vorsorge.",
        ),
        ("00:01:15", "Prima."),
    ]
    # "Prima." alone has no language; the call's language (German) is given to it.
    assert source.passages[1].language == "de"


def test_plain_text_without_timestamps_needs_a_label_twice() -> None:
    source = read_transcript(UNSTAMPED, "notiz.txt", speakers=["Johanna"], lang="de")
    assert [p.text for p in source.passages] == [
        "Warm, aber nicht kitschig. Hinweis: keine Babyfotos von Agenturen.",
        "Und bitte duzen, so rede ich auch im Kurs.",
    ]
    assert [p.timestamp for p in source.passages] == ["", ""]
    assert scan_speakers(UNSTAMPED) == {"Anna": 2, "Johanna": 2}


def test_faq_labels_count_only_when_named_as_hers() -> None:
    faq = "Frage: Wie lange dauert der Kurs?\nAntwort: Acht Wochen.\nFrage: Wo?\nAntwort: Hier.\n"
    assert scan_speakers(faq) == {}
    source = read_transcript(faq, "faq.txt", speakers=["Antwort"], lang="de")
    assert [p.text for p in source.passages] == ["Acht Wochen.", "Hier."]


def test_otter_style_name_and_time_above_the_turn() -> None:
    source = read_transcript(OTTER, "otter.txt", speakers=["Johanna Kellermann"], lang="de")
    assert [(p.timestamp, p.text) for p in source.passages] == [
        ("00:00:03", "Also ich fange mal an. Die Kurse sind donnerstags."),
        ("01:02:03", "Nur nach Absprache."),
    ]


@pytest.mark.parametrize("mark", ["-", "–", "|"])
def test_name_and_time_with_a_mark_between_above_the_turn(mark: str) -> None:
    # Fireflies and others: "Anna Berg - 00:09" — the name is "Anna Berg", not "Anna Berg -".
    text = OTTER.replace("  0:03", f" {mark} 00:03").replace("  0:09", f" {mark} 00:09")
    text = text.replace("  1:02:03", f" {mark} 1:02:03")
    assert scan_speakers(text) == {"Johanna Kellermann": 2, "Anna Berg": 1}
    source = read_transcript(text, "fireflies.txt", speakers=["Johanna Kellermann"], lang="de")
    assert [(p.timestamp, p.text) for p in source.passages] == [
        ("00:00:03", "Also ich fange mal an. Die Kurse sind donnerstags."),
        ("01:02:03", "Nur nach Absprache."),
    ]


def test_google_meet_times_on_their_own_line() -> None:
    text = (
        "Besprechung – Transkript\n\n00:00:00\n\n"
        "Anna Berg: Legen wir los?\nJohanna Kellermann: Ja, gern.\nAnna Berg: Gut.\n\n"
        "00:05:00\n\n"
        "Johanna Kellermann: Noch eine Frage zu den Fotos.\nAnna Berg: Klar.\n"
    )
    source = read_transcript(text, "meet.txt", speakers=["Johanna Kellermann"], lang="de")
    assert [(p.timestamp, p.text) for p in source.passages] == [
        ("", "Ja, gern."),
        ("00:05:00", "Noch eine Frage zu den Fotos."),
    ]


def test_two_of_her_names_in_a_row_are_one_turn() -> None:
    text = (
        "[00:00:01] Anna: Bist du da?\n"
        "[00:00:03] Johanna (Handy): Ja, hier bin ich.\n"
        "[00:00:05] Dr. Johanna Kellermann: Jetzt auch am Laptop.\n"
        "[00:00:09] Anna: Gut.\n"
    )
    speakers = ["Johanna", "Johanna Kellermann"]
    source = read_transcript(text, "t.txt", speakers=speakers, lang="de")
    assert [p.text for p in source.passages] == ["Ja, hier bin ich. Jetzt auch am Laptop."]
    assert source.passages[0].speaker == "Johanna (Handy)"
    assert source.sender == "Dr. Johanna Kellermann, Johanna (Handy)"


def test_no_speaker_named_lists_the_speakers_found() -> None:
    with pytest.raises(RejectedSourceError) as info:
        read_transcript(TEAMS_VTT, "call.vtt", speakers=[], lang="de")
    assert info.value.code == "no_speaker"
    assert info.value.reason == (
        "Das ist ein Gesprächsprotokoll. Bitte angeben, wer davon die Kundin ist (Sprecher "
        "als Kennung der Kundin hinzufügen). Sprecher in der Datei: Anna Berg (2), "
        "Kellermann, Johanna (Gast) (2)."
    )
    with pytest.raises(RejectedSourceError) as info:
        read_transcript(ZOOM_VTT, "zoom.vtt", speakers=[], lang="en")
    assert info.value.reason.endswith("Speakers in the file: Morwenna Pike (2), Sam Carter (1).")


def test_speaker_not_in_the_file() -> None:
    with pytest.raises(RejectedSourceError) as info:
        read_transcript(ZOOM_VTT, "zoom.vtt", speakers=["Morwenna"], lang="en")
    assert info.value.code == "speaker_missing"
    assert "(Morwenna)" in info.value.reason


@pytest.mark.parametrize(
    "data", [b"", b"   \n", b"Hallo Welt, nur Text ohne Sprecher.\n", b"WEBVTT\n\nNOTE leer\n"]
)
def test_files_without_turns_are_rejected(data: bytes) -> None:
    with pytest.raises(RejectedSourceError) as info:
        read_transcript(data, "x.vtt", speakers=["Johanna"], lang="de")
    assert info.value.code in ("empty", "blank", "no_turns")


def test_scan_speakers_reads_a_path(tmp_path: Path) -> None:
    file = tmp_path / "call.vtt"
    file.write_text(TEAMS_VTT, encoding="utf-8")
    assert scan_speakers(file) == {"Anna Berg": 2, "Kellermann, Johanna (Gast)": 2}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (PLAIN, True),
        (UNSTAMPED, True),
        (ZOOM_VTT, True),
        (SRT, True),
        ("Liebe Anna,\nTermin: Dienstag\nOrt: Praxis\n\nViele Grüße\nJohanna\n", False),
        ("Hinweis: bitte mitbringen.\nWichtig: Handtuch.\nHinweis: Socken.\n", False),
        ("Frage: Wie lange?\nAntwort: Acht Wochen.\nFrage: Wo?\nAntwort: In der Praxis.\n", False),
        ("Q: How long?\nA: Eight weeks.\nQ: Where?\nA: In the studio.\n", False),
        ("Ich finde das gut. Wirklich.\n", False),
        # Prose that leads into a colon, twice each, is a mail, not two speakers.
        (
            "Hallo Anna,\n\nKurz noch: der Flyer bitte ohne Sternchen.\n\n"
            "Was mir wichtig ist: dass es ruhig klingt.\n\nKurz noch: Freitag passt.\n\n"
            "Was mir wichtig ist: keine Eile.\n\nLG Johanna\n",
            False,
        ),
        (
            "One more thing: no stars on the flyer.\nWhat I care about: a calm tone.\n"
            "One more thing: Friday works.\nWhat I care about: no rush.\n",
            False,
        ),
        (
            "Anna von Berg: Wie war die Woche?\nJohanna Kellermann: Voll, aber gut.\n"
            "Anna von Berg: Und der Flyer?\nJohanna Kellermann: Fast fertig.\n",
            True,
        ),
        (
            "Dr. med. Berg: Wie geht es Ihnen?\nJohanna Kellermann: Gut, danke.\n"
            "Dr. med. Berg: Und dem Kind?\nJohanna Kellermann: Auch gut.\n",
            True,
        ),
    ],
)
def test_looks_like_transcript(text: str, expected: bool) -> None:
    assert looks_like_transcript(text) is expected


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Kellermann, Johanna (Gast)", "johanna kellermann"),
        ("Dr. Johanna Kellermann", "johanna kellermann"),
        ("JOHANNA  KELLERMANN [Extern]", "johanna kellermann"),
        ("Frau", "frau"),
        ("johanna@example.org", "johanna@example.org"),
    ],
)
def test_normalize_speaker(name: str, key: str) -> None:
    assert normalize_speaker(name) == key


@pytest.mark.parametrize(
    ("stamp", "expected"),
    [("1:02", "00:01:02"), ("00:00:04.500", "00:00:04"), ("1:02:03,9", "01:02:03")],
)
def test_format_stamp(stamp: str, expected: str) -> None:
    assert format_stamp(stamp) == expected


def test_long_turn_is_cut_into_passages_with_the_same_timestamp() -> None:
    sentence = "Ich erkläre das gern noch einmal ganz in Ruhe für euch. "  # 11 words
    turn = sentence * 120  # 1,320 words in one turn
    text = f"[00:00:01] Anna: Erzähl mal.\n[00:00:05] Johanna: {turn}\n[00:09:00] Anna: Danke.\n"
    source = read_transcript(text, "t.txt", speakers=["Johanna"], lang="de")
    sizes = [len(p.text.split()) for p in source.passages]
    # Cut at sentence ends, at most 800 words: 72 sentences (792 words), then 48 (528).
    assert sizes == [792, 528]
    assert {p.timestamp for p in source.passages} == {"00:00:05"}


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=2000))
def test_any_bytes_give_a_source_or_an_input_error(data: bytes) -> None:
    try:
        source = read_transcript(data, "x.vtt", speakers=["Anna"], lang="de")
    except InputError:
        return
    assert source.passages


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "WEBVTT",
                "",
                "00:00:01.000 --> 00:00:02.000",
                "<v Anna>Hallo",
                "Anna: ja",
                "Ben: nein",
                "[00:01] Anna:",
                "1",
                "</v>",
                "NOTE x",
                "Anna  0:03",
                "&amp;",
            ]
        )
        | st.text(max_size=30),
        max_size=30,
    )
)
def test_any_line_mix_gives_a_source_or_an_input_error(lines: list[str]) -> None:
    text = "\n".join(lines)
    try:
        source = read_transcript(text, "x.vtt", speakers=["Anna"], lang="de")
    except InputError:
        return
    assert all(p.text.strip() and p.speaker for p in source.passages)
    scan_speakers(text)


# Lines for the shortcut test: speaker lines with and without times, prose with a colon,
# Meet's time lines, a mail header, lines without any colon.
SNIFF_LINES = [
    "Johanna Kellermann: Ich freue mich auf den Kurs am Montag.",
    "Anna Berg: Wie viele Plätze sind noch frei?",
    "[00:01:12] Johanna: Drei, glaube ich.",
    "00:02:47 Anna Berg: Dann melde ich mich gleich an.",
    "Mira (00:03:05): Sounds good to me, see you there!",
    "Johanna: ja",
    "Wichtig: Handtuch und dicke Socken mitbringen.",
    "One more thing: Friday works for me.",
    "10:30",
    "Von: Anna Berg",
    "Gesendet: Montag, 12. Mai",
    "Ich finde das wirklich gut, danke dir für alles.",
    "I throw every mug on the wheel in my shed.",
    "",
]


def full_rule(text: str) -> bool:
    """looks_like_transcript without the shortcut: every text through all of its rules."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("treffsicher.importers.transcript.has_two_label_lines", lambda _: True)
        return looks_like_transcript(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Johanna: Hallo. Anna: Hallo.\nWir fangen gleich an.\n", False),
        ("Johanna: Hallo.\nAnna: Hallo.", True),
        ("Liebe Anna,\nTermin: Dienstag\n\nViele Grüße: Johanna", True),
        ("Ohne Doppelpunkt.\nAuch hier nicht.", False),
        ("Ende:\n", False),
        ("", False),
    ],
)
def test_two_label_lines(text: str, expected: bool) -> None:
    assert has_two_label_lines(text) is expected


@pytest.mark.parametrize(
    "text",
    [
        "Johanna: Hallo. Anna: Hallo. Johanna: Wie geht es? Anna: Gut, danke dir.",
        "Johanna: Hallo zusammen, schön dass ihr da seid.\nUnd heute geht es um Atmung.\n",
        "Ein Brief ohne Doppelpunkt.\nZweite Zeile.\n",
        "Anna: Wie war die Woche?\nJohanna: Voll, aber gut.\n"
        "Anna: Und der Flyer?\nJohanna: Fast fertig.\n",
        ":\n:",
        "Text:",
    ],
)
def test_the_colon_shortcut_answers_as_the_full_rule(text: str) -> None:
    assert looks_like_transcript(text) is full_rule(text)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(SNIFF_LINES) | st.text(max_size=20), max_size=12))
def test_the_colon_shortcut_never_changes_the_answer(lines: list[str]) -> None:
    text = "\n".join(lines)
    assert looks_like_transcript(text) is full_rule(text)
