"""Saved call chats (Zoom's meeting_saved_chat.txt and the cloud recording's chat): only her
messages, reactions out, replies without their quote, the date from the folder's name; and
the texts that only look like one stay what they are.

Every sample is hand-written for these tests (German and English). The layouts are
recognised by their shape; a case's id names the client that writes that shape.
"""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from test_chat import ANDROID_DE, ANDROID_UK_GROUP, ANDROID_US, IOS_DE, IOS_US
from test_transcript_tools import LOOKALIKES as TRANSCRIPT_LOOKALIKES
from test_transcript_tools import TOOL_LAYOUTS

from treffsicher.errors import InputError
from treffsicher.importers.chat import looks_like_chat, read_chat, scan_chat
from treffsicher.importers.dispatch import import_data, read_data, scan_file_speakers
from treffsicher.importers.meetingchat import (
    date_from_name,
    looks_like_meeting_chat,
    parse_meeting_chat,
)
from treffsicher.importers.transcript import looks_like_transcript
from treffsicher.importers.whatsapp import looks_like_whatsapp

HER = "Johanna Kellermann"
FOLDER = "Zoom/2025-06-03 10.00.01 Website Hebammenpraxis/meeting_saved_chat.txt"


class Layout(NamedTuple):
    """A saved chat: its text, the file's path, her sender name, her expected passages
    as (stamp, text) and the senders `scan` lists with their message counts."""

    text: str
    name: str
    speaker: str
    expected: list[tuple[str, str]]
    senders: dict[str, int]


LAYOUTS = {
    # Newer Zoom, English: header line, message on tab-indented lines; a private message
    # to the saver, one to a named person, a reaction and a reply to her question.
    "zoom_new_english": Layout(
        "10:02:11 From Anna Berg to Everyone:\n"
        "\tWelcome! I'll drop the draft of the homepage in here in a second.\n"
        "10:02:48 From Johanna Kellermann to Everyone:\n"
        "\tGreat. Could we keep the first line short?\n"
        "\tNobody reads past the photo anyway.\n"
        "10:03:05 From Anna Berg to Everyone:\n"
        '\tReacted to "Great. Could we keep..." with 👍\n'
        "10:04:30 From Sam Carter to Everyone:\n"
        "\tI can send the photos tonight.\n"
        "10:05:02 From Johanna Kellermann to Me (Direct Message):\n"
        '\tReplying to "I can send the photo...":\n'
        "\tPlease only the ones from the garden, not the waiting room.\n"
        "10:06:40 From Johanna Kellermann to Sam Carter(privately):\n"
        "\tThanks, Sam!\n",
        FOLDER,
        HER,
        [
            (
                "2025-06-03 10:02",
                "Great. Could we keep the first line short?\nNobody reads past the photo anyway.",
            ),
            (
                "2025-06-03 10:05",
                "Please only the ones from the garden, not the waiting room.\nThanks, Sam!",
            ),
        ],
        {HER: 3, "Anna Berg": 1, "Sam Carter": 1},
    ),
    # Newer Zoom, German client: "Von … an Alle:", "an mich (Direktnachricht)", a German
    # reaction and a reply; no date anywhere in the path.
    "zoom_new_german": Layout(
        "09:58:02 Von Anna Berg an Alle:\n"
        "\tGuten Morgen! Heute geht es um die Kursseite.\n"
        "09:58:40 Von Johanna Kellermann an Alle:\n"
        "\tMorgen! Ich hab mir ein paar Stichworte gemacht.\n"
        "09:59:13 Von Anna Berg an Alle:\n"
        "\tHat mit 👍 auf „Morgen! Ich hab mir…“ reagiert\n"
        "10:01:55 Von Anna Berg an Alle:\n"
        "\tWelche Kurse laufen gerade?\n"
        "10:02:30 Von Johanna Kellermann an mich (Direktnachricht):\n"
        "\tAntwort auf „Welche Kurse laufen…“:\n"
        "\tGeburtsvorbereitung und Rückbildung.\n"
        "\tDie Babymassage pausiert bis zum Herbst.\n",
        "Kunden/Kellermann/meeting_saved_chat.txt",
        HER,
        [
            ("09:58", "Morgen! Ich hab mir ein paar Stichworte gemacht."),
            (
                "10:02",
                "Geburtsvorbereitung und Rückbildung.\nDie Babymassage pausiert bis zum Herbst.",
            ),
        ],
        {"Anna Berg": 2, HER: 2},
    ),
    # Older Zoom: one line per message, a tab and doubled spaces; a private message; a
    # message over two lines.
    "zoom_old_english": Layout(
        "14:30:05\t From  Sam Carter : Can everyone hear me?\n"
        "14:30:19\t From  Morwenna Pike : Loud and clear.\n"
        "14:31:02\t From  Morwenna Pike  to  Sam Carter(Privately) : The kiln is on, so I may "
        "vanish for a minute.\n"
        "Back soon, promise.\n"
        "14:33:47\t From  Sam Carter : Shall we start with the shop page?\n",
        "2024-11-20 14.29.58 Pottery website/meeting_saved_chat.txt",
        "Morwenna Pike",
        [
            (
                "2024-11-20 14:30",
                "Loud and clear.\nThe kiln is on, so I may vanish for a minute.\n"
                "Back soon, promise.",
            ),
        ],
        {"Morwenna Pike": 2, "Sam Carter": 2},
    ),
    # Older Zoom in German.
    "zoom_old_german": Layout(
        "16:00:12\t Von  Johanna Kellermann : Bin gleich da, das WLAN hakt.\n"
        "16:02:40\t Von  Anna Berg : Kein Problem!\n"
        "16:03:01\t Von  Johanna Kellermann  an  Anna Berg(Privat) : Ich schicke dir "
        "nachher noch die Preisliste.\n",
        "2025-01-14 16.00.00 Kursseite/meeting_saved_chat.txt",
        HER,
        [
            ("2025-01-14 16:00", "Bin gleich da, das WLAN hakt."),
            ("2025-01-14 16:03", "Ich schicke dir nachher noch die Preisliste."),
        ],
        {HER: 2, "Anna Berg": 1},
    ),
    # A 12-hour clock, "To" in capitals and a date in the file's own name.
    "zoom_twelve_hour_clock": Layout(
        "11:58:30 AM From  Sam Carter  To  Everyone:\n"
        "\tLunch in five?\n"
        "12:01:10 PM From  Morwenna Pike  To  Everyone:\n"
        "\tGive me ten, the glaze needs stirring.\n"
        "01:15:00 PM From  Morwenna Pike  To  Everyone:\n"
        "\tBack. Where were we?\n",
        "chat 2024-03-08.txt",
        "Morwenna Pike",
        [
            (
                "2024-03-08 12:01",
                "Give me ten, the glaze needs stirring.\nBack. Where were we?",
            ),
        ],
        {"Morwenna Pike": 2, "Sam Carter": 1},
    ),
    # Zoom's cloud recording: tabs around the name, times since the recording started.
    "zoom_cloud_recording": Layout(
        "00:01:12\tAnna Berg:\tIch teile gleich den Bildschirm.\n"
        "00:02:40\tJohanna Kellermann:\tDas Logo ist noch das alte, bitte nicht wundern.\n"
        "00:02:51\tJohanna Kellermann:\tDas neue kommt nächste Woche.\n"
        '00:05:03\tAnna Berg:\tReacted to "Das neue kommt näc..." with ❤️\n',
        "2025-06-03 10.00.01 Website/chat.txt",
        HER,
        [
            (
                "00:02:40",
                "Das Logo ist noch das alte, bitte nicht wundern.\nDas neue kommt nächste Woche.",
            ),
        ],
        {"Anna Berg": 1, HER: 2},
    ),
    # Names holding " an " and " to ": the recipient is the group after the last one.
    "names_with_an_and_to": Layout(
        "08:15:00 Von Maria an der Heiden an Alle:\n"
        "\tIch bin die Kollegin aus der Praxis.\n"
        "08:15:30 Von Anna Berg an Maria an der Heiden(privat):\n"
        "\tWillkommen!\n"
        "08:16:02 Von Maria an der Heiden an Alle:\n"
        "\tJohanna kommt zehn Minuten später.\n",
        "meeting_saved_chat.txt",
        "Maria an der Heiden",
        [
            ("08:15", "Ich bin die Kollegin aus der Praxis."),
            ("08:16", "Johanna kommt zehn Minuten später."),
        ],
        {"Maria an der Heiden": 2, "Anna Berg": 1},
    ),
    # A call over midnight: the date turns with the clock.
    "over_midnight": Layout(
        "23:58:40 From Morwenna Pike to Everyone:\n"
        "\tThe firing finishes at midnight, I'll report back.\n"
        "23:59:59 From Sam Carter to Everyone:\n"
        "\tFingers crossed.\n"
        "00:01:30 From Morwenna Pike to Everyone:\n"
        "\tAll twelve bowls survived!\n",
        "2024-12-31 23.50.00 Kiln night/meeting_saved_chat.txt",
        "Morwenna Pike",
        [
            ("2024-12-31 23:58", "The firing finishes at midnight, I'll report back."),
            ("2025-01-01 00:01", "All twelve bowls survived!"),
        ],
        {"Morwenna Pike": 2, "Sam Carter": 1},
    ),
    # Windows line ends and a byte order mark, blank lines inside a message.
    "crlf_and_bom": Layout(
        "\ufeff10:10:10 From Johanna Kellermann to Everyone:\r\n"
        "\tErstens: ruhig.\r\n"
        "\t\r\n"
        "\tZweitens: nicht nach Klinik.\r\n"
        "10:11:00 From Anna Berg to Everyone:\r\n"
        "\tNotiert.\r\n",
        "meeting_saved_chat.txt",
        HER,
        [("10:10", "Erstens: ruhig.\nZweitens: nicht nach Klinik.")],
        {HER: 1, "Anna Berg": 1},
    ),
}


@pytest.mark.parametrize("layout", LAYOUTS.values(), ids=LAYOUTS.keys())
def test_each_layout_keeps_exactly_her_messages_with_times(layout: Layout) -> None:
    source = read_chat(layout.text.encode(), layout.name, speakers=[layout.speaker])
    assert [(p.timestamp, p.text) for p in source.passages] == layout.expected
    assert {p.speaker for p in source.passages} == {layout.speaker}
    assert {p.kind for p in source.passages} == {"text"}  # her written words, not speech
    assert source.media_type == "text/plain"
    assert scan_chat(layout.text.encode(), layout.name) == layout.senders


@pytest.mark.parametrize("layout", LAYOUTS.values(), ids=LAYOUTS.keys())
def test_each_layout_is_sniffed_as_a_chat_and_read_as_one(layout: Layout) -> None:
    data = layout.text.encode()
    assert looks_like_meeting_chat(layout.text.lstrip("\ufeff"))
    assert looks_like_chat(data, layout.name)
    assert not looks_like_whatsapp(layout.text)
    [source] = read_data(data, layout.name, speakers=[layout.speaker])
    assert [(p.timestamp, p.text) for p in source.passages] == layout.expected


def test_a_cloud_chat_that_reads_like_a_transcript_is_still_a_chat() -> None:
    # "00:02:40\tJohanna Kellermann:\tDas Logo …" has the shape of a stamped turn, which
    # the transcript rule takes for speech; the chat is sniffed first.
    layout = LAYOUTS["zoom_cloud_recording"]
    assert looks_like_transcript(layout.text)
    [source] = read_data(layout.text.encode(), layout.name, speakers=[HER])
    assert {p.kind for p in source.passages} == {"text"}
    assert [(p.timestamp, p.text) for p in source.passages] == layout.expected


# Message bodies: what is left of her words (None: nothing, the message goes).
BODIES = {
    "reaction_english": ('Reacted to "Could we keep the firs..." with 👍🏽', None),
    "reaction_removed": ('Removed a 👍 reaction from "Could we keep the firs..."', None),
    "reaction_short_add": ("add ❤️", None),
    "reaction_short_remove": ("remove 👍", None),
    "reaction_german": ("Hat mit 😂 auf „Das Logo ist noch…“ reagiert", None),
    "reaction_german_past": ("Reagierte auf „Das Logo ist noch…“ mit 👏", None),
    "reply_quote_alone": (
        'Replying to "Which pages do we ne...":\nHome, courses, contact.',
        "Home, courses, contact.",
    ),
    "reply_on_one_line": (
        'Replying to "Which pages do we ne..." Home and contact.',
        "Home and contact.",
    ),
    # Zoom cuts the quote and ends it with "...": a quote mark inside it is no end.
    "reply_quote_holding_quotes": (
        'Replying to "You wrote "calm, not cli..." Yes, that one.',
        "Yes, that one.",
    ),
    "reply_untruncated_quote": ('Replying to "Ready?" Yes, ready.', "Yes, ready."),
    "reply_german": (
        "Antwort auf „Welche Seiten brau…“:\nStartseite und Kurse.",
        "Startseite und Kurse.",
    ),
    "reply_quote_only": ('Replying to "Which pages do we ne..."', None),
    # Her own words that merely mention a reaction or start like a reply stay.
    "her_words_on_reactions": (
        "I reacted to the draft with joy, honestly.",
        "I reacted to the draft with joy, honestly.",
    ),
    "her_words_add_text": ("add the opening hours please", "add the opening hours please"),
    "her_words_german": (
        "Antwort auf deine Frage: ja, gerne.",
        "Antwort auf deine Frage: ja, gerne.",
    ),
    "emoji_alone": ("🙂", "🙂"),
}


@pytest.mark.parametrize(("body", "kept"), BODIES.values(), ids=BODIES.keys())
def test_reactions_go_and_replies_keep_only_her_reply(body: str, kept: str | None) -> None:
    lines = "".join(f"\t{line}\n" for line in body.split("\n"))
    text = f"10:00:00 From Morwenna Pike to Everyone:\n{lines}"
    messages = parse_meeting_chat(text)
    assert [m.text for m in messages] == ([kept] if kept is not None else [])


@pytest.mark.parametrize(
    ("name", "day"),
    [
        ("Zoom/2025-06-03 10.00.01 Website/meeting_saved_chat.txt", "2025-06-03"),
        ("C:\\Users\\anna\\Documents\\Zoom\\2025-06-03 10.00.01 Website\\chat.txt", "2025-06-03"),
        ("Kellermann 2025-02-28.txt", "2025-02-28"),
        ("2025-06-03 Kunden/Kellermann/meeting_saved_chat.txt", None),  # not its own folder
        ("2025-13-40 10.00.01 Website/meeting_saved_chat.txt", None),  # no date
        ("12025-06-033 Website/meeting_saved_chat.txt", None),  # digits around it
        ("meeting_saved_chat.txt", None),
        ("", None),
    ],
)
def test_the_date_comes_from_the_file_or_its_folder_only(name: str, day: str | None) -> None:
    found = date_from_name(name)
    assert (found.isoformat() if found else None) == day
    text = "10:03:15 From Johanna Kellermann to Everyone:\n\tHallo!\n"
    [message] = parse_meeting_chat(text, name)
    assert message.stamp == (f"{day} 10:03" if day else "10:03")


# Texts with times, names and colons that are no saved call chat: each stays what it is.
# (text, what dispatch makes of it: "document", "speech" or "whatsapp").
LOOKALIKES = {
    # An agenda with clock times and seconds, no "From".
    "agenda_with_seconds": (
        "Ablauf Livestream\n"
        "10:00:00 Begrüßung durch Anna Berg\n"
        "10:05:00 Von der Hebamme zur Unternehmerin: Vortrag\n"
        "10:45:00 Fragen aus dem Chat\n",
        "document",
    ),
    # Minutes: a time without seconds, "Name: text".
    "minutes": (
        "Protokoll Kursplanung\n\n"
        "10:00 Anna Berg: Begrüßung und Ziel des Treffens.\n"
        "10:10 Johanna Kellermann: Die Kurse im Herbst bleiben wie gehabt.\n"
        "10:25 Anna Berg: Neue Fotos bis Ende des Monats.\n"
        "10:40 Johanna Kellermann: Preise werden nicht erhöht.\n",
        "document",
    ),
    # A note that quotes a "From …:" line in its middle: the first line is no header.
    "note_quoting_a_header": (
        "Notiz zum Call mit Johanna\n"
        "Sie schrieb im Chat:\n"
        "10:03:15 From Johanna Kellermann to Everyone:\n"
        "\tBitte ruhig, nicht nach Klinik.\n"
        "Das nehme ich als Leitlinie für alle Seiten.\n",
        "document",
    ),
    # "Von Anna Berg:" at a time with seconds, but no recipient and words after the colon.
    "log_with_von": (
        "10:00:00 Von Anna Berg: Entwurf verschickt.\n"
        "11:30:00 Von Johanna Kellermann: Entwurf gelesen, zwei Anmerkungen.\n",
        "document",
    ),
    # A spreadsheet of times and tasks pasted with tabs, but no colon after the name.
    "tab_table": (
        "09:00:00\tAufbau\tAnna\n09:30:00\tEinlass\tJohanna\n10:00:00\tStart\tAlle\n",
        "document",
    ),
    # One cloud-looking line alone is not enough, and times running backwards are none.
    "cloud_backwards": (
        "00:05:00\tAnna Berg:\tZweiter Teil.\n00:01:00\tJohanna Kellermann:\tErster Teil.\n",
        "document",
    ),
    # Zoom's saved transcript: "[Name] 10:03:15" above the turn.
    "zoom_transcript": (TOOL_LAYOUTS["zoom_saved_transcript"].text, "speech"),
    # tactiq: "00:03 Name: text".
    "tactiq_transcript": (
        "00:03 Anna Berg: Wie klingt die Praxis, wenn man anruft?\n"
        "00:09 Johanna Kellermann: Freundlich, hoffe ich. Meist geht die Mailbox ran.\n"
        "00:15 Anna Berg: Dann schreiben wir die Ansage neu.\n"
        "00:21 Johanna Kellermann: Gern, die alte ist von 2019.\n",
        "speech",
    ),
    # WhatsApp exports: a date first.
    "whatsapp_android": (ANDROID_DE, "whatsapp"),
    "whatsapp_ios": (IOS_DE, "whatsapp"),
}


@pytest.mark.parametrize(("text", "becomes"), LOOKALIKES.values(), ids=LOOKALIKES.keys())
def test_lookalikes_stay_what_they_are(text: str, becomes: str) -> None:
    assert not looks_like_meeting_chat(text)
    [source] = read_data(text.encode(), "notiz.txt", speakers=[HER])
    kinds = {p.kind for p in source.passages}
    if becomes == "document":
        assert kinds != {"speech"}
        assert " ".join(p.text for p in source.passages).split() == text.split()
    elif becomes == "speech":
        assert kinds == {"speech"}
    else:
        assert looks_like_chat(text.encode())
        assert all(p.timestamp.startswith("2025-05-1") for p in source.passages)


@pytest.mark.parametrize(
    "text",
    [
        *(layout.text for layout in TOOL_LAYOUTS.values()),
        *TRANSCRIPT_LOOKALIKES.values(),
        ANDROID_DE,
        ANDROID_UK_GROUP,
        ANDROID_US,
        IOS_DE,
        IOS_US,
    ],
)
def test_no_transcript_whatsapp_export_or_document_of_other_tests_is_a_meeting_chat(
    text: str,
) -> None:
    assert not looks_like_meeting_chat(text)


def test_problems_are_named_like_those_of_other_chats() -> None:
    data = LAYOUTS["zoom_new_english"].text.encode()
    with pytest.raises(InputError, match=r"Johanna Kellermann \(3\), Anna Berg \(1\)"):
        read_chat(data, "meeting_saved_chat.txt", speakers=[], lang="de")
    with pytest.raises(InputError, match=r"\(Morwenna Pike\) do not occur.*Sam Carter \(1\)"):
        read_chat(data, "meeting_saved_chat.txt", speakers=["Morwenna Pike"], lang="en")
    reactions = (
        "10:00:00 From Anna Berg to Everyone:\n"
        '\tReacted to "Hallo" with 👍\n'
        "10:00:05 From Johanna Kellermann to Everyone:\n"
        "\tadd 😀\n"
    )
    with pytest.raises(InputError, match="nur Reaktionen"):
        read_chat(reactions.encode(), "meeting_saved_chat.txt", speakers=[HER], lang="de")
    with pytest.raises(InputError, match="only reactions"):
        read_chat(reactions.encode(), "meeting_saved_chat.txt", speakers=[HER], lang="en")


def test_a_zipped_zoom_folder_reads_the_chat_with_its_folder_date() -> None:
    import io
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as package:
        folder = "2025-06-03 10.00.01 Website Hebammenpraxis"
        package.writestr(f"{folder}/meeting_saved_chat.txt", LAYOUTS["zoom_new_english"].text)
        package.writestr(f"{folder}/notizen.txt", "Startseite: ruhig, nicht nach Klinik.\n")
    result = import_data(buffer.getvalue(), "zoom.zip", speakers=[HER])
    assert result.problems == []
    by_kind = {s.name.rsplit("/", 1)[-1]: s for s in result.sources}
    chat = by_kind["meeting_saved_chat.txt"]
    assert [p.timestamp for p in chat.passages] == ["2025-06-03 10:02", "2025-06-03 10:05"]
    assert by_kind["notizen.txt"].passages[0].text.startswith("Startseite")


def test_scan_of_a_saved_chat_file_lists_its_senders(tmp_path: Path) -> None:
    folder = tmp_path / "2025-06-03 10.00.01 Website"
    folder.mkdir()
    path = folder / "meeting_saved_chat.txt"
    path.write_text(LAYOUTS["zoom_new_german"].text, encoding="utf-8")
    assert scan_file_speakers(path) == {"Anna Berg": 2, HER: 2}


# Inputs that would make a pattern backtrack over a long line or rescan it: a regression
# shows as a test that does not finish, not as a timing assertion.
PATHOLOGICAL_LINES = [
    "10:00:00 From " + " to " * 50_000 + ":",
    "10:00:00 From Anna" + " " * 200_000 + "to Everyone:",
    "10:00:00 Von " + "an " * 60_000,
    "10:00:00\t From  Anna" + " :" * 80_000,
    "10:00:00\t" + "Anna:" * 40_000 + "\tja",
    "\t" + 'Reacted to "' + '"' * 100_000 + " with 👍",
    "\t" + 'Replying to "' + "..." * 60_000,
    "\t" + "Antwort auf „" + "“" * 100_000,
    "\tadd " + "👍" * 100_000,
    "10:00:00 " * 40_000,
]


@pytest.mark.parametrize("line", PATHOLOGICAL_LINES, ids=range(len(PATHOLOGICAL_LINES)))
def test_pathological_lines_finish(line: str) -> None:
    text = f"10:00:00 From Anna Berg to Everyone:\n{line}\n{line}\n"
    assert looks_like_meeting_chat(text)
    parse_meeting_chat(text, "2025-06-03/chat.txt")
    assert isinstance(looks_like_meeting_chat(f"{line}\n{line}\n"), bool)
    looks_like_chat(f"{line}\n".encode())


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "",
                "10:03:15 From Anna Berg to Everyone:",
                "10:03:16 Von Johanna Kellermann an Alle:",
                "10:03:17 From Johanna Kellermann to Me (Direct Message):",
                "10:03:18\t From  Anna Berg : ja",
                "00:00:19\tAnna Berg:\tja",
                '\tReacted to "ja" with 👍',
                '\tReplying to "ja":',
                "\tadd 👍",
                "\tJa, gern.",
                "[Anna Berg] 10:03:15",
                "12.05.25, 14:03 - Anna: Hallo",
                "23:59:59 From Anna to Everyone:",
            ]
        )
        | st.text(max_size=30),
        max_size=30,
    )
)
def test_any_mix_of_chat_lines_gives_messages_or_an_input_error(lines: list[str]) -> None:
    text = "\n".join(lines)
    for message in parse_meeting_chat(text, "2025-06-03 x/chat.txt"):
        assert message.sender.strip()
        assert message.text.strip()
    try:
        source = read_chat(text.encode(), "chat.txt", speakers=["Johanna Kellermann"])
    except InputError:
        return
    assert all(p.text.strip() and p.speaker for p in source.passages)
