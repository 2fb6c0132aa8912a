"""CLI end to end: chats (WhatsApp .txt and .zip, Telegram) and social posts are scanned,
imported with only her messages, and shown with their times."""

from __future__ import annotations

import json
import shlex
import zipfile
from collections.abc import Callable
from pathlib import Path

from typer.testing import Result

import treffsicher.cli.sources  # noqa: F401  (registers scan and passages)

Cli = Callable[..., Result]

ANDROID_DE = """12.05.25, 14:02 - Nachrichten und Anrufe sind Ende-zu-Ende-verschlüsselt.
12.05.25, 14:03 - Anna Berg: Hallo Johanna, hast du die Maße für die Küche schon?
12.05.25, 14:05 - Johanna Kellermann: Hallo Anna,
die Nische ist 2,40 m breit und die Höhe messe ich morgen früh nach.
12.05.25, 14:05 - Johanna Kellermann: <Medien ausgelassen>
12.05.25, 14:07 - Anna Berg: Super, danke dir!
12.05.25, 14:08 - Anna Berg: Diese Nachricht wurde gelöscht
13.05.25, 09:15 - Johanna Kellermann: Moin! Die Höhe ist 2,10 m, Muster am Freitag.
13.05.25, 09:20 - Verpasster Sprachanruf
"""
IOS_EN_GROUP = (
    "[12/05/2025, 08:00:01] Market stall: \u200eMessages and calls are end-to-end encrypted.\n"
    "[12/05/2025, 08:01:10] Sam Carter: Who is on the stall on Saturday morning?\n"
    "[12/05/2025, 08:02:30] Morwenna Pike: I am, and I will bring the sourdough loaves.\n"
    "\u200e[12/05/2025, 08:02:45] Morwenna Pike: \u200eimage omitted\n"
    "[12/05/2025, 08:03:00] Pike Bakery: We open at eight sharp, the rye comes warm.\n"
    "[12/05/2025, 08:04:00] Sam Carter: Lovely, see you there.\n"
)
TELEGRAM = {
    "name": "Werkstatt",
    "type": "personal_chat",
    "messages": [
        {"id": 1, "type": "service", "date": "2025-05-12T14:00:00", "action": "create_group"},
        {
            "id": 2,
            "type": "message",
            "date": "2025-05-12T14:03:00",
            "from": "Anna Berg",
            "text": "Wann kommt das Holz?",
        },
        {
            "id": 3,
            "type": "message",
            "date": "2025-05-12T14:05:00",
            "from": "Johanna Kellermann",
            "text": ["Das Holz kommt am ", {"type": "bold", "text": "Dienstag"}, " früh."],
        },
    ],
}
LINKEDIN = (
    "Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility\n"
    '2025-05-12 14:03:11,https://example.org/1,"Heute haben wir eine Treppe aus Buche '
    'eingebaut. Ich bin stolz auf mein Team. {hashtag|\\#|Handwerk}",,,PUBLIC\n'
)


def add_client(cli: Cli, name: str, *speakers: str) -> None:
    options = [f"--speaker={s}" for s in speakers]
    result = cli("client", "add", name, *options)
    assert result.exit_code == 0, result.output


def passages_json(cli: Cli, name: str) -> list[dict[str, object]]:
    result = cli("passages", name, "--json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    return [p for s in data["sources"] for p in s["passages"]]


def test_scan_lists_chat_senders_with_counts(cli: Cli, tmp_path: Path) -> None:
    chat = tmp_path / "WhatsApp Chat mit Anna Berg.txt"
    chat.write_text(ANDROID_DE, encoding="utf-8")
    result = cli("scan", str(chat))
    assert result.exit_code == 0, result.output
    rows = [line.split("│") for line in result.stdout.splitlines() if "│" in line]
    cells = [[c.strip() for c in row if c.strip()] for row in rows]
    assert ["Johanna Kellermann", "2"] in cells  # the media line is not a message
    assert ["Anna Berg", "2"] in cells  # nor is the deleted one


def test_android_chat_keeps_only_her_messages_with_times(cli: Cli, tmp_path: Path) -> None:
    chat = tmp_path / "WhatsApp Chat mit Anna Berg.txt"
    chat.write_text(ANDROID_DE, encoding="utf-8")
    add_client(cli, "Johanna Kellermann", "Johanna Kellermann")
    result = cli("import", "Johanna Kellermann", str(chat))
    assert result.exit_code == 0, result.output
    passages = passages_json(cli, "Johanna Kellermann")
    texts = " ".join(str(p["text"]) for p in passages)
    assert "2,40 m breit" in texts
    assert "Muster am Freitag." in texts
    assert "Anna" not in texts.replace("Hallo Anna", "")
    assert "Medien ausgelassen" not in texts
    assert "Sprachanruf" not in texts
    assert [p["timestamp"] for p in passages] == ["2025-05-12 14:05", "2025-05-13 09:15"]
    again = cli("import", "Johanna Kellermann", str(chat))
    assert again.exit_code == 0
    assert len(passages_json(cli, "Johanna Kellermann")) == 2


def test_chat_without_her_sender_says_who_is_in_it(cli: Cli, tmp_path: Path) -> None:
    chat = tmp_path / "chat.txt"
    chat.write_text(ANDROID_DE, encoding="utf-8")
    add_client(cli, "Johanna Kellermann")
    result = cli("import", "Johanna Kellermann", str(chat))
    assert result.exit_code == 1
    assert "Das ist ein Chat" in result.output
    assert "Johanna Kellermann" in result.output
    assert "Anna Berg" in result.output


def test_the_hint_after_a_chat_without_her_sender_works_when_pasted(
    cli: Cli, tmp_path: Path
) -> None:
    chat = tmp_path / "chat.txt"
    more = (
        "[13/05/2025, 07:10:00] Morwenna Pike: The oven is hot, first loaves at half seven.\n"
        "[13/05/2025, 09:30:00] Sam Carter: Great.\n"
        "[13/05/2025, 09:40:00] Morwenna Pike: Rye sold out by nine, sorry folks.\n"
    )
    chat.write_text(IOS_EN_GROUP + more, encoding="utf-8")
    add_client(cli, "Morwenna Pike")
    result = cli("--lang", "en", "import", "Morwenna Pike", str(chat))
    assert result.exit_code == 1
    [hint] = [line for line in result.stderr.splitlines() if "treffsicher client" in line]
    command = shlex.split(hint.split("for example: ", 1)[1])
    assert command[:4] == ["treffsicher", "client", "identity", "add"]
    assert command[4:] == ["Morwenna Pike", "--speaker", "Morwenna Pike"]  # most messages
    assert cli(*command[1:]).exit_code == 0
    again = cli("import", "Morwenna Pike", str(chat))
    assert again.exit_code == 0, again.output
    assert "sourdough" in " ".join(str(p["text"]) for p in passages_json(cli, "Morwenna Pike"))


def test_ios_group_chat_with_two_of_her_senders_in_a_zip(cli: Cli, tmp_path: Path) -> None:
    export = tmp_path / "WhatsApp Chat - Market stall.zip"
    with zipfile.ZipFile(export, "w") as package:
        package.writestr("_chat.txt", IOS_EN_GROUP)
        package.writestr("00000012-PHOTO-2025-05-12-08-02-45.jpg", b"\xff\xd8\xff\xe0 no photo")
    scan = cli("scan", str(export), lang="en")
    assert scan.exit_code == 0, scan.output
    assert "Morwenna Pike" in scan.stdout
    assert "Pike Bakery" in scan.stdout
    add_client(cli, "Morwenna Pike", "Morwenna Pike", "Pike Bakery")
    result = cli("import", "Morwenna Pike", str(export), lang="en")
    assert result.exit_code == 0, result.output
    passages = passages_json(cli, "Morwenna Pike")
    assert [p["speaker"] for p in passages] == ["Morwenna Pike", "Pike Bakery"]
    texts = " ".join(str(p["text"]) for p in passages)
    assert "sourdough" in texts
    assert "rye comes warm" in texts
    assert "Saturday morning" not in texts
    assert "omitted" not in texts


def test_telegram_and_linkedin_exports(cli: Cli, tmp_path: Path) -> None:
    telegram = tmp_path / "result.json"
    telegram.write_text(json.dumps(TELEGRAM, ensure_ascii=False), encoding="utf-8")
    shares = tmp_path / "Shares.csv"
    shares.write_text(LINKEDIN, encoding="utf-8")
    add_client(cli, "Johanna Kellermann", "Johanna Kellermann")
    result = cli("import", "Johanna Kellermann", str(telegram), str(shares))
    assert result.exit_code == 0, result.output
    texts = [str(p["text"]) for p in passages_json(cli, "Johanna Kellermann")]
    assert "Das Holz kommt am Dienstag früh." in texts
    assert any(t.startswith("Heute haben wir eine Treppe") for t in texts)
    assert not any("Wann kommt" in t for t in texts)


def test_json_that_is_neither_chat_nor_social_is_named(cli: Cli, tmp_path: Path) -> None:
    other = tmp_path / "settings.json"
    other.write_text('{"theme": "dark"}', encoding="utf-8")
    add_client(cli, "Johanna Kellermann")
    result = cli("import", "Johanna Kellermann", str(other))
    assert result.exit_code == 1
    assert "Weder ein Chat-Export" in result.output


def meta_json(value: object) -> bytes:
    """JSON as Meta writes it: UTF-8 text escaped as Latin-1 code points."""
    text = json.dumps(value, ensure_ascii=False)
    return json.dumps(json.loads(text.encode("utf-8").decode("latin-1"))).encode("ascii")


INSTAGRAM_POSTS = [
    {
        "media": [
            {
                "uri": "media/posts/202406/1.jpg",
                "creation_timestamp": 1717405200,
                "title": "Neue Schubladen aus Eiche, geölt und nicht lackiert.\n.\n.\n#tischlerei",
            }
        ]
    }
]
INSTAGRAM_CHAT = {
    "participants": [{"name": "Johanna Kellermann"}, {"name": "Anna Berg"}],
    "messages": [
        {
            "sender_name": "Johanna Kellermann",
            "timestamp_ms": 1717405300000,
            "content": "Die Griffe bringe ich dir am Freitag vorbei, versprochen.",
        },
        {"sender_name": "Anna Berg", "timestamp_ms": 1717405200000, "content": "Und die Griffe?"},
    ],
    "title": "Anna Berg",
}


def test_instagram_data_download_zip_reads_posts_and_chats_only(cli: Cli, tmp_path: Path) -> None:
    export = tmp_path / "instagram-johanna-2024-06-10.zip"
    with zipfile.ZipFile(export, "w") as package:
        package.writestr("your_instagram_activity/content/posts_1.json", meta_json(INSTAGRAM_POSTS))
        inbox = "your_instagram_activity/messages/inbox/annaberg_17/message_1.json"
        package.writestr(inbox, b"\xef\xbb\xbf" + meta_json(INSTAGRAM_CHAT))
        package.writestr("ads_information/ads_viewed.json", b'{"impressions": [{"title": "x"}]}')
        package.writestr(
            "personal_information/personal_information.json",
            b'{"profile_user": [{"string_map_data": {"Name": {"value": "J"}}}]}',
        )
        package.writestr("connections/contacts.csv", b"First Name,Last Name\nAnna,Berg\n")
        package.writestr("media/posts/202406/1.jpg", b"\xff\xd8\xff\xe0 no photo")
    add_client(cli, "Johanna Kellermann", "Johanna Kellermann")
    result = cli("import", "Johanna Kellermann", str(export))
    assert result.exit_code == 0, result.output
    texts = [str(p["text"]) for p in passages_json(cli, "Johanna Kellermann")]
    assert texts == [
        "Neue Schubladen aus Eiche, geölt und nicht lackiert.",
        "Die Griffe bringe ich dir am Freitag vorbei, versprochen.",
    ]


def test_scan_of_a_social_download_says_there_is_nothing_to_pick(cli: Cli, tmp_path: Path) -> None:
    posts = tmp_path / "posts_1.json"
    posts.write_bytes(meta_json(INSTAGRAM_POSTS))
    result = cli("scan", str(posts))
    assert result.exit_code == 1
    assert "posts_1.json: Ein Datenexport aus sozialen Netzwerken" in result.output
    assert "Traceback" not in result.output


def test_odd_telegram_json_fails_cleanly_and_stores_nothing(cli: Cli, tmp_path: Path) -> None:
    odd = tmp_path / "result.json"
    odd.write_text(
        json.dumps({"chats": {"list": [{"messages": 3}]}, "messages": [{"from": 1}]}),
        encoding="utf-8",
    )
    good = tmp_path / "good.json"
    good.write_text(json.dumps(TELEGRAM, ensure_ascii=False), encoding="utf-8")
    add_client(cli, "Johanna Kellermann", "Johanna Kellermann")
    result = cli("import", "Johanna Kellermann", str(odd), str(good))
    assert result.exit_code == 1
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert "result.json: Keine Chatnachrichten gefunden" in result.output
    sources = json.loads(cli("passages", "Johanna Kellermann", "--json").stdout)["sources"]
    assert [s["name"] for s in sources] == [str(good)]


ZOOM_SAVED_CHAT = (
    "10:02:48 From Johanna Kellermann to Everyone:\n"
    "\tKönnen wir die erste Zeile kurz halten?\n"
    "\tUnter dem Foto liest eh niemand weiter.\n"
    "10:03:05 From Anna Berg to Everyone:\n"
    '\tReacted to "Können wir die erst..." with 👍\n'
    "10:04:30 From Anna Berg to Everyone:\n"
    "\tWelche Fotos nehmen wir?\n"
    "10:05:02 From Johanna Kellermann to Me (Direct Message):\n"
    '\tReplying to "Welche Fotos nehmen...":\n'
    "\tNur die aus dem Garten, nicht das Wartezimmer.\n"
)
ZOOM_OLD_GERMAN = (
    "16:00:12\t Von  Morwenna Pike : Sorry, the kiln alarm went off.\n"
    "16:02:40\t Von  Sam Carter : No worries!\n"
    "16:03:01\t Von  Morwenna Pike  an  Sam Carter(Privat) : Send me the price list later?\n"
)


def test_zoom_saved_chat_is_scanned_and_imported_with_the_folder_date(
    cli: Cli, tmp_path: Path
) -> None:
    folder = tmp_path / "Zoom" / "2025-06-03 10.00.01 Website Hebammenpraxis"
    folder.mkdir(parents=True)
    chat = folder / "meeting_saved_chat.txt"
    chat.write_text(ZOOM_SAVED_CHAT, encoding="utf-8")
    scan = cli("scan", str(chat))
    assert scan.exit_code == 0, scan.output
    rows = [line.split("│") for line in scan.stdout.splitlines() if "│" in line]
    cells = [[c.strip() for c in row if c.strip()] for row in rows]
    assert ["Johanna Kellermann", "2"] in cells
    assert ["Anna Berg", "1"] in cells  # the reaction is no message
    add_client(cli, "Johanna Kellermann", "Johanna Kellermann")
    result = cli("import", "Johanna Kellermann", str(chat))
    assert result.exit_code == 0, result.output
    passages = passages_json(cli, "Johanna Kellermann")
    assert [(p["timestamp"], p["text"]) for p in passages] == [
        (
            "2025-06-03 10:02",
            "Können wir die erste Zeile kurz halten?\nUnter dem Foto liest eh niemand weiter.",
        ),
        ("2025-06-03 10:05", "Nur die aus dem Garten, nicht das Wartezimmer."),
    ]
    assert {p["speaker"] for p in passages} == {"Johanna Kellermann"}


def test_zoom_chat_without_her_sender_names_the_senders_and_the_hint_works(
    cli: Cli, tmp_path: Path
) -> None:
    chat = tmp_path / "meeting_saved_chat.txt"
    chat.write_text(ZOOM_OLD_GERMAN, encoding="utf-8")
    add_client(cli, "Morwenna Pike")
    result = cli("--lang", "en", "import", "Morwenna Pike", str(chat))
    assert result.exit_code == 1
    assert "This is a chat" in result.output
    assert "Morwenna Pike (2), Sam Carter (1)" in result.output
    [hint] = [line for line in result.stderr.splitlines() if "treffsicher client" in line]
    command = shlex.split(hint.split("for example: ", 1)[1])
    assert command[4:] == ["Morwenna Pike", "--speaker", "Morwenna Pike"]
    assert cli(*command[1:]).exit_code == 0
    again = cli("import", "Morwenna Pike", str(chat))
    assert again.exit_code == 0, again.output
    passages = passages_json(cli, "Morwenna Pike")
    assert [(p["timestamp"], p["text"]) for p in passages] == [
        ("16:00", "Sorry, the kiln alarm went off."),
        ("16:03", "Send me the price list later?"),
    ]
