"""Chat exports beyond the plain layouts: iOS marks, BOM and CRLF, 12-hour clocks with a
narrow no-break space or "nachm.", captions under media, names with colons, one-message
chats, zips named in other languages or damaged, odd Telegram JSON, Messenger and
Instagram chats (Meta's message_1.json)."""

from __future__ import annotations

import io
import json
import zipfile

import pytest

from treffsicher.errors import InputError
from treffsicher.importers.chat import looks_like_chat, read_chat, scan_chat
from treffsicher.importers.dispatch import import_data
from treffsicher.importers.whatsapp import parse_whatsapp

LRM = "\u200e"
NNBSP = "\u202f"

# iOS, German, as the phone writes it: BOM, CRLF, marks before attachments and system lines.
IOS_DE_MARKED = (
    "\ufeff[03.06.24, 09:00:01] Werkstatt Lindenfeld: "
    + LRM
    + "Nachrichten und Anrufe sind Ende-zu-Ende-verschlüsselt. Niemand außerhalb dieses "
    "Chats kann sie lesen.\r\n"
    + LRM
    + "[03.06.24, 09:00:02] Werkstatt Lindenfeld: "
    + LRM
    + "Paul Brenner hat dich hinzugefügt.\r\n"
    "[03.06.24, 09:01:15] Paul Brenner: Wann kannst du die Schubladen liefern?\r\n"
    "[03.06.24, 09:04:40] Greta Vogt: Morgen früh,\r\n"
    "12:30 Uhr passt dir?\r\n"
    "Sonst Donnerstag.\r\n"
    + LRM
    + "[03.06.24, 09:05:00] Greta Vogt: "
    + LRM
    + "Sticker weggelassen\r\n"
    + LRM
    + "[03.06.24, 09:05:02] Greta Vogt: "
    + LRM
    + "Audio weggelassen\r\n"
    + LRM
    + "[03.06.24, 09:05:09] Greta Vogt: "
    + LRM
    + "<Anhang: 00000031-PHOTO-2024-06-03-09-05-09.jpg>\r\n"
    "[03.06.24, 09:06:00] Paul Brenner: " + LRM + "Diese Nachricht wurde gelöscht.\r\n"
    "[03.06.24, 09:07:30] Greta Vogt: Ich bring die Griffe gleich mit. "
    + LRM
    + "<Diese Nachricht wurde bearbeitet>\r\n"
)


def test_ios_marks_bom_and_crlf_leave_only_her_words() -> None:
    data = IOS_DE_MARKED.encode("utf-8")
    assert looks_like_chat(data)
    assert scan_chat(data) == {"Greta Vogt": 2, "Paul Brenner": 1}
    source = read_chat(data, "_chat.txt", speakers=["Greta Vogt"])
    assert [p.text for p in source.passages] == [
        "Morgen früh,\n12:30 Uhr passt dir?\nSonst Donnerstag.\nIch bring die Griffe gleich mit."
    ]
    assert source.passages[0].timestamp == "2024-06-03 09:04"


@pytest.mark.parametrize(
    ("export", "stamps"),
    [
        (  # US order, four-digit year, narrow no-break space, midnight and noon
            f"6/3/2024, 12:04{NNBSP}AM - Tamsin Hale: Still up baking.\n"
            f"6/3/2024, 12:10{NNBSP}PM - Tamsin Hale: Lunch rush now.\n"
            f"6/3/2024, 1:15{NNBSP}PM - Ollie: ok\n",
            ["2024-06-03 00:04", "2024-06-03 12:10", "2024-06-03 13:15"],
        ),
        (  # iOS US with seconds and the narrow space inside the brackets
            f"[6/13/24, 9:05:10{NNBSP}PM] Tamsin Hale: Ovens off.\n"
            f"[6/13/24, 9:06:00{NNBSP}PM] Ollie: night\n",
            ["2024-06-13 21:05", "2024-06-13 21:06"],
        ),
        (  # German 12-hour clock: vorm./nachm.
            "03.06.24, 2:30 nachm. - Greta Vogt: Bin in der Werkstatt.\n"
            "04.06.24, 9:05 vorm. - Greta Vogt: Moin!\n",
            ["2024-06-03 14:30", "2024-06-04 09:05"],
        ),
        (  # Android German with seconds and a four-digit year
            "03.06.2024, 14:30:12 - Greta Vogt: Bin da.\n03.06.2024, 14:31:40 - Paul: Gut.\n",
            ["2024-06-03 14:30", "2024-06-03 14:31"],
        ),
        (  # slashes, day first, no AM/PM
            "25/06/2024, 07:45 - Tamsin Hale: Morning all.\n25/06/2024, 07:46 - Ollie: hi\n",
            ["2024-06-25 07:45", "2024-06-25 07:46"],
        ),
    ],
    ids=["us-4digit-nnbsp", "ios-us-seconds", "de-vorm-nachm", "de-4digit-seconds", "uk-slash"],
)
def test_date_and_time_layouts(export: str, stamps: list[str]) -> None:
    assert looks_like_chat(export.encode())
    assert [m.stamp for m in parse_whatsapp(export)] == stamps


def test_caption_under_an_attachment_is_kept() -> None:
    export = (
        "03.06.24, 10:00 - Paul Brenner: Wie sieht die Kante aus?\n"
        "03.06.24, 10:02 - Greta Vogt: IMG-20240603-WA0007.jpg (Datei angehängt)\n"
        "So sieht die Kante nach dem Ölen aus.\n"
        "03.06.24, 10:03 - Greta Vogt: <Medien ausgelassen>\n"
        "03.06.24, 10:04 - Greta Vogt: Gefällt sie dir?\n"
    )
    source = read_chat(export.encode(), "chat.txt", speakers=["Greta Vogt"])
    assert [p.text for p in source.passages] == [
        "So sieht die Kante nach dem Ölen aus.\nGefällt sie dir?"
    ]


def test_names_with_colons_emoji_and_phone_numbers() -> None:
    export = (
        "03.06.24, 10:00 - Praxis: Dr. Lenz: Ihr Termin ist am Freitag.\n"
        "03.06.24, 10:01 - Greta 🪚 Vogt: Danke: ich komme um zehn.\n"
        "03.06.24, 10:02 - Praxis: Dr. Lenz: Bitte bringen Sie die Karte mit.\n"
        "03.06.24, 10:03 - +49 151 2345678: Wer ist das?\n"
        "03.06.24, 10:04 - Greta 🪚 Vogt: Mach ich: bis Freitag!\n"
    )
    # "Praxis: Dr. Lenz" starts both of its lines, so the colon belongs to the name; Greta's
    # lines go on differently after her first colon, so that colon is hers to write.
    assert scan_chat(export.encode()) == {
        "Greta 🪚 Vogt": 2,
        "Praxis: Dr. Lenz": 2,
        "+49 151 2345678": 1,
    }
    source = read_chat(export.encode(), "chat.txt", speakers=["Greta 🪚 Vogt"])
    assert [p.text for p in source.passages] == [
        "Danke: ich komme um zehn.",
        "Mach ich: bis Freitag!",
    ]


@pytest.mark.parametrize(
    "export",
    [
        "03.06.24, 10:00 - Greta Vogt: Nur eine Nachricht in diesem Chat.\n",
        f"[03.06.24, 10:00:00] Greta Vogt: {LRM}Nur eine Nachricht.\n",
    ],
    ids=["android", "ios"],
)
def test_a_chat_of_one_message_is_a_chat(export: str) -> None:
    assert looks_like_chat(export.encode())


def test_a_chat_of_only_system_lines_is_named_not_imported_as_a_document() -> None:
    export = (
        "03.06.24, 10:00 - Nachrichten und Anrufe sind Ende-zu-Ende-verschlüsselt.\n"
        "03.06.24, 10:00 - Paul Brenner hat die Gruppe „Werkstatt“ erstellt\n"
    )
    assert looks_like_chat(export.encode())
    with pytest.raises(InputError, match="Keine Chatnachrichten"):
        read_chat(export.encode(), "chat.txt", speakers=["Greta Vogt"])


def make_zip(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as package:
        for member, data in members.items():
            package.writestr(member, data)
    return buffer.getvalue()


CHAT = (
    "03.06.24, 10:00 - Paul Brenner: Hast du Zeit?\n"
    "03.06.24, 10:01 - Greta Vogt: Ja, ab elf bin ich frei.\n"
)


@pytest.mark.parametrize(
    "member", ["WhatsApp Chat mit Paul Brenner.txt", "_chat.txt", "Chat de WhatsApp con Paul.txt"]
)
def test_zip_chat_is_found_by_name_or_by_content(member: str) -> None:
    data = make_zip(
        {
            "Notizen.txt": b"Einkaufsliste: Leim, Schrauben",
            member: CHAT.encode(),
            "IMG-20240603-WA0007.jpg": b"\xff\xd8\xff\xe0",
        }
    )
    assert looks_like_chat(data, "chat.zip")
    source = read_chat(data, "chat.zip", speakers=["Greta Vogt"])
    assert [p.text for p in source.passages] == ["Ja, ab elf bin ich frei."]


def test_damaged_chat_in_a_zip_names_the_member() -> None:
    data = bytearray(make_zip({"_chat.txt": (CHAT * 40).encode()}))
    start = data.find(b"_chat.txt") + len(b"_chat.txt")
    data[start : start + 16] = b"\xff" * 16
    assert looks_like_chat(bytes(data), "chat.zip")
    with pytest.raises(InputError, match="beschädigt") as caught:
        read_chat(bytes(data), "chat.zip", speakers=["Greta Vogt"])
    assert "chat.zip/_chat.txt" in str(caught.value)


@pytest.mark.parametrize(
    "export",
    [
        {"messages": 7, "from": "x"},
        {"chats": {"list": [{"messages": [{"type": "message", "from": 5, "text": "x"}]}]}},
        {"messages": [{"type": "message", "from": "Greta", "text": {"a": 1}, "date": 7}]},
        {"messages": [{"type": "message", "from": "Greta", "text": [3, None, {"x": 1}]}]},
        {"messages": [{"type": "message", "from": " ", "text": "Hallo"}]},
    ],
)
def test_odd_telegram_json_is_named_not_a_crash(export: object) -> None:
    with pytest.raises(InputError, match="Keine Chatnachrichten"):
        read_chat(json.dumps(export).encode(), "result.json", speakers=["Greta"])


TELEGRAM_FULL = {
    "about": "Here is the data you requested.",
    "chats": {
        "about": "This page lists all chats from this export.",
        "list": [
            {
                "name": "Paul Brenner",
                "type": "personal_chat",
                "id": 11,
                "messages": [
                    {
                        "id": 1,
                        "type": "message",
                        "date": "2024-06-03T10:00:00",
                        "from": "Paul Brenner",
                        "text": "Schickst du mir den Link?",
                    },
                    {
                        "id": 2,
                        "type": "message",
                        "date": "2024-06-03T10:02:00",
                        "edited": "2024-06-03T10:05:00",
                        "from": "Greta Vogt",
                        "text": [
                            "Hier: ",
                            {"type": "link", "text": "https://example.org/kante"},
                            " – frag ",
                            {"type": "mention", "text": "@paulb"},
                            ", ob ",
                            {"type": "bold", "text": "Eiche"},
                            " geht. ",
                            {"type": "hashtag", "text": "#werkstatt"},
                        ],
                    },
                    {
                        "id": 3,
                        "type": "message",
                        "date": "2024-06-03T10:03:00",
                        "from": "Greta Vogt",
                        "forwarded_from": "Holzhandel Nord",
                        "text": "Eiche ab Lager verfügbar",
                    },
                    {
                        "id": 4,
                        "type": "service",
                        "date": "2024-06-03T10:04:00",
                        "actor": "Greta Vogt",
                        "action": "pin_message",
                        "text": "",
                    },
                ],
            },
            {
                "name": "Werkstatt",
                "type": "private_group",
                "id": 12,
                "messages": [
                    {
                        "id": 1,
                        "type": "message",
                        "date": "2024-06-04T08:00:00",
                        "from": "Greta Vogt",
                        "text": "Moin zusammen, heute wird geölt.",
                    }
                ],
            },
        ],
    },
}


def test_telegram_full_export_entities_forwards_and_service() -> None:
    data = json.dumps(TELEGRAM_FULL, ensure_ascii=False).encode()
    assert looks_like_chat(data)
    assert scan_chat(data) == {"Greta Vogt": 2, "Paul Brenner": 1}
    source = read_chat(data, "result.json", speakers=["Greta Vogt"])
    assert [p.text for p in source.passages] == [
        "Hier: https://example.org/kante – frag @paulb, ob Eiche geht.",
        "Moin zusammen, heute wird geölt.",
    ]
    assert [p.timestamp for p in source.passages] == ["2024-06-03 10:02", "2024-06-04 08:00"]
    assert source.passages[0].note.endswith("Greta Vogt #werkstatt")  # her tag, kept apart


def meta_json(value: object) -> bytes:
    """JSON as Meta writes it: UTF-8 text escaped as Latin-1 code points."""
    text = json.dumps(value, ensure_ascii=False)
    return json.dumps(json.loads(text.encode("utf-8").decode("latin-1"))).encode("ascii")


MESSENGER = {
    "participants": [{"name": "Greta Vögt"}, {"name": "Paul Brenner"}],
    "messages": [  # newest first, as Meta writes them
        {
            "sender_name": "Greta Vögt",
            "timestamp_ms": 1717408000000,
            "content": "Greta Vögt hat ein Foto gesendet.",
            "photos": [{"uri": "messages/inbox/paul_1/photos/1.jpg"}],
        },
        {
            "sender_name": "Paul Brenner",
            "timestamp_ms": 1717407900000,
            "content": "Hat mit ❤ auf deine Nachricht reagiert",
        },
        {
            "sender_name": "Greta Vögt",
            "timestamp_ms": 1717407840000,
            "content": "Ich habe dir gestern das Angebot gesendet.",
        },
        {
            "sender_name": "Greta Vögt",
            "timestamp_ms": 1717407810000,
            "content": "Gut, danke! Die Maße für die Küche schicke ich dir morgen.",
        },
        {
            "sender_name": "Greta Vögt",
            "timestamp_ms": 1717407805000,
            "content": "zurückgenommen",
            "is_unsent": True,
        },
        {
            "sender_name": "Paul Brenner",
            "timestamp_ms": 1717407800000,
            "content": "Hallo Greta, wie geht’s?",
        },
        {
            "sender_name": "Paul Brenner",
            "timestamp_ms": 1717407700000,
            "type": "Call",
            "content": "Der Anruf wurde beendet.",
        },
        {
            "sender_name": "Greta Vögt",
            "timestamp_ms": 1717407600000,
            "type": "Share",
            "content": "https://example.org/kueche",
            "share": {"link": "https://example.org/kueche"},
        },
    ],
    "title": "Paul Brenner",
    "thread_path": "inbox/paulbrenner_123",
}


def test_messenger_chat_oldest_first_without_notices() -> None:
    data = meta_json(MESSENGER)
    assert looks_like_chat(data, "message_1.json")
    assert scan_chat(data) == {"Greta Vögt": 2, "Paul Brenner": 1}
    source = read_chat(data, "message_1.json", speakers=["Greta Vögt"])
    assert [p.text for p in source.passages] == [
        "Gut, danke! Die Maße für die Küche schicke ich dir morgen.\n"
        "Ich habe dir gestern das Angebot gesendet."
    ]
    assert source.passages[0].timestamp == "2024-06-03 09:43 UTC"
    assert source.media_type == "application/json"


def test_data_download_zip_skips_other_json_and_names_an_empty_one() -> None:
    post = {"uri": "1.jpg", "creation_timestamp": 1717405200, "title": "Frisch geölt."}
    posts = json.dumps([{"media": [post]}]).encode()
    data = make_zip(
        {
            "content/posts_1.json": posts,
            "content/profile_photos.json": json.dumps(
                {"ig_profile_picture": [{"uri": "p.jpg", "creation_timestamp": 1717405200}]}
            ).encode(),
            "ads/ads_viewed.json": b'{"impressions": []}',
            "connections/contacts.csv": b"First Name,Last Name\nPaul,Brenner\n",
        }
    )
    result = import_data(data, "instagram.zip", lang="de")
    assert result.problems == []
    assert [p.text for s in result.sources for p in s.passages] == ["Frisch geölt."]
    empty = import_data(make_zip({"a.jpg": b"\xff\xd8", "b.json": b"{}"}), "fotos.zip")
    assert [p.path for p in empty.problems] == ["fotos.zip"]
    assert "keine Datei, die importiert werden kann" in empty.problems[0].reason
