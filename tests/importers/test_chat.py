"""Chat exports: WhatsApp (Android, iOS, German, English, zip) and Telegram result.json."""

from __future__ import annotations

import io
import json
import zipfile

import pytest

from treffsicher.errors import InputError
from treffsicher.importers.chat import looks_like_chat, read_chat, scan_chat
from treffsicher.importers.whatsapp import parse_whatsapp

ENCRYPTED_DE = (
    "12.05.25, 14:02 - Nachrichten und Anrufe sind Ende-zu-Ende-verschlüsselt. Niemand "
    "außerhalb dieses Chats kann sie lesen oder anhören, nicht einmal WhatsApp."
)
ANDROID_DE = (
    ENCRYPTED_DE
    + """
12.05.25, 14:03 - Anna Berg: Hallo Johanna, hast du die Maße?
12.05.25, 14:05 - Johanna Kellermann: Hallo Anna,
die Nische ist 2,40 m breit.
Höhe kommt morgen.
12.05.25, 14:05 - Johanna Kellermann: <Medien ausgelassen>
12.05.25, 14:06 - Johanna Kellermann: Ich bring die Muster am Freitag vorbei.
12.05.25, 14:07 - Anna Berg: Super, danke!
12.05.25, 14:08 - Anna Berg: Diese Nachricht wurde gelöscht
13.05.25, 09:15 - Johanna Kellermann: Moin! Die Höhe ist 2,10 m. <Diese Nachricht wurde bearbeitet>
13.05.25, 09:16 - Johanna Kellermann: Du hast diese Nachricht gelöscht
13.05.25, 09:20 - Verpasster Sprachanruf
"""
)
IOS_DE = (
    "[12.05.25, 14:02:11] Küche Berg: \u200eNachrichten und Anrufe sind Ende-zu-Ende-"
    "verschlüsselt.\n"
    "[12.05.25, 14:03:40] Anna Berg: Hallo Johanna, hast du die Maße?\n"
    "[12.05.25, 14:05:02] Johanna Kellermann: Hallo Anna,\ndie Nische ist 2,40 m breit.\n"
    "\u200e[12.05.25, 14:05:30] Johanna Kellermann: \u200eBild weggelassen\n"
    "\u200e[12.05.25, 14:05:31] Johanna Kellermann: \u200e<Anhang: 00000012-PHOTO-2025-05-12"
    ".jpg>\n"
    "[12.05.25, 14:06:12] Johanna Kellermann: Ich bring die Muster am Freitag vorbei.\n"
    "[12.05.25, 14:07:00] Anna Berg: Super, danke!\n"
)
ANDROID_US = (
    "5/12/25, 2:03\u202fPM - Anna Berg: Hi Morwenna, are the scones ready?\n"
    "5/12/25, 2:05\u202fPM - Morwenna Pike: Hiya! Twenty minutes, they're proving.\n"
    "5/12/25, 2:05\u202fPM - Morwenna Pike: <Media omitted>\n"
    "5/12/25, 2:06\u202fPM - Morwenna Pike: This message was deleted\n"
    "5/13/25, 9:15\u202fAM - Morwenna Pike: Morning! Rye's out of the oven.\n"
    "Come by whenever. <This message was edited>\n"
)
ANDROID_UK_GROUP = (
    "12/05/2025, 14:00 - Messages and calls are end-to-end encrypted. No one outside of this "
    "chat, not even WhatsApp, can read or listen to them.\n"
    '12/05/2025, 14:00 - Morwenna Pike created group "Market stall"\n'
    "12/05/2025, 14:01 - Morwenna Pike added Anna Berg\n"
    "12/05/2025, 14:02 - Morwenna Pike: Right, who's on the stall Saturday?\n"
    "12/05/2025, 14:03 - Anna Berg: Me!\n"
    "12/05/2025, 14:04 - +44 7700 900123: Me too\n"
    "12/05/2025, 14:05 - Pike's Bakery: Lovely, I'll bring the float.\n"
    "12/05/2025, 14:06 - Anna Berg: POLL:\nWhich cake?\nOPTION: Lemon (2 votes)\n"
    "12/05/2025, 14:07 - Morwenna Pike: location: https://maps.google.com/?q=50.15,-5.07\n"
)
IOS_US = (
    "[5/12/25, 2:03:11 PM] Anna Berg: Hi Morwenna, are the scones ready?\n"
    "[5/12/25, 2:05:40 PM] Morwenna Pike: Twenty minutes!\n"
    "[5/12/25, 2:06:00 PM] Morwenna Pike: \u200eimage omitted\n"
)


@pytest.mark.parametrize(
    ("export", "speakers", "texts", "notes"),
    [
        (
            ANDROID_DE,
            ["Johanna Kellermann"],
            [
                "Hallo Anna,\ndie Nische ist 2,40 m breit.\nHöhe kommt morgen.\n"
                "Ich bring die Muster am Freitag vorbei.",
                "Moin! Die Höhe ist 2,10 m.",
            ],
            ["2025-05-12 14:05 Johanna Kellermann", "2025-05-13 09:15 Johanna Kellermann"],
        ),
        (
            IOS_DE,
            ["Kellermann, Johanna"],
            ["Hallo Anna,\ndie Nische ist 2,40 m breit.\nIch bring die Muster am Freitag vorbei."],
            ["2025-05-12 14:05 Johanna Kellermann"],
        ),
        (
            ANDROID_US,
            ["morwenna pike"],
            [
                "Hiya! Twenty minutes, they're proving.",
                "Morning! Rye's out of the oven.\nCome by whenever.",
            ],
            ["2025-05-12 14:05 Morwenna Pike", "2025-05-13 09:15 Morwenna Pike"],
        ),
        (
            ANDROID_UK_GROUP,
            ["Morwenna Pike", "Pike's Bakery"],
            ["Right, who's on the stall Saturday?", "Lovely, I'll bring the float."],
            ["2025-05-12 14:02 Morwenna Pike", "2025-05-12 14:05 Pike's Bakery"],
        ),
        (IOS_US, ["Morwenna Pike"], ["Twenty minutes!"], ["2025-05-12 14:05 Morwenna Pike"]),
    ],
    ids=["android-de", "ios-de", "android-us-12h", "android-uk-group", "ios-us-12h"],
)
def test_whatsapp_keeps_exactly_her_messages(
    export: str, speakers: list[str], texts: list[str], notes: list[str]
) -> None:
    source = read_chat(export.encode(), "chat.txt", speakers=speakers)
    assert [p.text for p in source.passages] == texts
    assert [p.note for p in source.passages] == notes


def test_scan_lists_senders_with_counts_and_no_system_lines() -> None:
    assert scan_chat(ANDROID_UK_GROUP.encode()) == {
        "Morwenna Pike": 1,
        "+44 7700 900123": 1,
        "Anna Berg": 1,
        "Pike's Bakery": 1,
    }
    assert scan_chat(ANDROID_DE.encode()) == {"Johanna Kellermann": 3, "Anna Berg": 2}


def test_day_and_month_order_is_read_from_the_whole_file() -> None:
    # "03/04/25" alone is ambiguous; "13/04/25" later in the file says: day first.
    text = "03/04/25, 10:00 - Anna: eins\n13/04/25, 10:00 - Anna: zwei\n"
    assert [m.stamp for m in parse_whatsapp(text)] == ["2025-04-03 10:00", "2025-04-13 10:00"]
    text = "03/04/25, 10:00 - Anna: one\n04/13/25, 10:00 - Anna: two\n"
    assert [m.stamp for m in parse_whatsapp(text)] == ["2025-03-04 10:00", "2025-04-13 10:00"]


def whatsapp_zip(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as package:
        for member, data in members.items():
            package.writestr(member, data)
    return buffer.getvalue()


def test_zip_with_media_reads_only_the_chat() -> None:
    data = whatsapp_zip(
        {
            "_chat.txt": IOS_DE.encode(),
            "00000012-PHOTO-2025-05-12.jpg": b"\xff\xd8\xff\xe0 not really a photo",
        }
    )
    assert looks_like_chat(data, "WhatsApp Chat - Küche Berg.zip")
    source = read_chat(data, "WhatsApp Chat - Küche Berg.zip", speakers=["Johanna Kellermann"])
    assert source.media_type == "application/zip"
    assert source.passages[0].text.startswith("Hallo Anna,\ndie Nische")


def test_zip_without_chat_is_rejected() -> None:
    data = whatsapp_zip({"a.jpg": b"x", "b.jpg": b"y"})
    assert not looks_like_chat(data)
    # one text file and photos: a zip of sources, not a chat
    assert not looks_like_chat(whatsapp_zip({"brief.txt": b"Liebe Anna,\nhier.", "a.jpg": b"x"}))
    with pytest.raises(InputError, match="WhatsApp"):
        read_chat(data, "fotos.zip", speakers=["Anna"])


def test_no_sender_named_lists_the_senders() -> None:
    with pytest.raises(InputError, match=r"Johanna Kellermann \(3\), Anna Berg \(2\)"):
        read_chat(ANDROID_DE.encode(), "chat.txt", speakers=[], lang="de")
    with pytest.raises(InputError, match="Ben"):
        read_chat(ANDROID_DE.encode(), "chat.txt", speakers=["Ben"], lang="en")


TELEGRAM = {
    "name": "Anna Berg",
    "type": "personal_chat",
    "id": 4711,
    "messages": [
        {"id": 1, "type": "service", "date": "2025-05-12T14:00:00", "action": "phone_call"},
        {
            "id": 2,
            "type": "message",
            "date": "2025-05-12T14:03:11",
            "from": "Anna Berg",
            "from_id": "user1",
            "text": "Hast du die Maße?",
        },
        {
            "id": 3,
            "type": "message",
            "date": "2025-05-12T14:05:40",
            "from": "Johanna Kellermann",
            "from_id": "user2",
            "text": ["Die Nische ist ", {"type": "bold", "text": "2,40 m"}, " breit."],
        },
        {
            "id": 4,
            "type": "message",
            "date": "2025-05-12T14:06:00",
            "from": "Johanna Kellermann",
            "photo": "photos/photo_1.jpg",
            "text": "",
        },
        {
            "id": 5,
            "type": "message",
            "date": "2025-05-12T14:07:00",
            "from": "Johanna Kellermann",
            "forwarded_from": "Holzhandel Nord",
            "text": "Lieferung Eiche KW 21",
        },
        {
            "id": 6,
            "type": "message",
            "date": "2025-05-12T14:08:00",
            "from": "Johanna Kellermann",
            "text": "Ich komme Freitag vorbei.",
        },
    ],
}


def test_telegram_single_chat_and_full_export() -> None:
    single = json.dumps(TELEGRAM, ensure_ascii=False).encode()
    full = json.dumps({"chats": {"list": [TELEGRAM]}}).encode()
    for data in (single, full):
        assert looks_like_chat(data)
        source = read_chat(data, "result.json", speakers=["Johanna Kellermann"])
        assert [p.text for p in source.passages] == [
            "Die Nische ist 2,40 m breit.\nIch komme Freitag vorbei."
        ]
        assert source.passages[0].note == "2025-05-12 14:05 Johanna Kellermann"
    assert scan_chat(single) == {"Johanna Kellermann": 2, "Anna Berg": 1}


@pytest.mark.parametrize(
    "text",
    [
        "Liebe Anna,\n\nhier ist der Brief. Am 12.05.25, 14:03 - das war der Termin.\n",
        "Anna: Hallo\nBen: Hi\nAnna: Wie gehts?\n",  # a transcript, not WhatsApp
        '{"name": "config", "values": [1, 2]}',
    ],
)
def test_other_texts_are_no_chat(text: str) -> None:
    assert not looks_like_chat(text.encode())


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-16-be"])
def test_whatsapp_saved_as_utf16_is_read_as_a_chat(codec: str) -> None:
    # Windows editors save the export as UTF-16, with a byte order mark ("utf-16") or
    # without one; read as a plain text, the other sender's words would become hers.
    data = ANDROID_DE.encode(codec)
    assert looks_like_chat(data, "WhatsApp Chat mit Anna Berg.txt")
    assert scan_chat(data) == {"Johanna Kellermann": 3, "Anna Berg": 2}
    source = read_chat(data, "chat.txt", speakers=["Johanna Kellermann"])
    assert all("Maße" not in p.text for p in source.passages)
    assert source.passages[0].text.startswith("Hallo Anna,\ndie Nische ist 2,40 m breit.")


def test_utf16_whatsapp_inside_a_zip_is_found() -> None:
    data = whatsapp_zip({"_chat.txt": IOS_DE.encode("utf-16"), "a.jpg": b"\xff\xd8\xff"})
    assert looks_like_chat(data, "WhatsApp Chat - Küche Berg.zip")


CHAT_WITH_TAGS = (
    "03.06.25, 09:00 - Lena Vogt: Neue Kurse ab Juli! Wir lieben #Wellenreiten am Morgen.\n"
    "#surfen #ostsee\n"
    "03.06.25, 09:02 - Mia Sommer: Schön, ich nehme das auf. #notiz\n"
    "03.06.25, 09:05 - Lena Vogt: Bitte kurz und locker schreiben. #sommer #ferien\n"
    "03.06.25, 09:06 - Lena Vogt: #surfschule #kiel\n"
    "03.06.25, 09:30 - Lena Vogt: ...\n"
    "03.06.25, 09:31 - Lena Vogt: @Mia hast du Zeit?\n"
)


def test_chat_hashtags_are_kept_apart_from_her_prose() -> None:
    source = read_chat(CHAT_WITH_TAGS.encode(), "chat.txt", speakers=["Lena Vogt"])
    texts = [p.text for p in source.passages]
    assert texts[0] == "Neue Kurse ab Juli! Wir lieben Wellenreiten am Morgen."
    assert "#" not in "".join(texts)
    assert "#surfen #ostsee" in source.passages[0].note
    assert "#Wellenreiten" in source.passages[0].note
    # A message of hashtags only holds no words of hers; dots and mentions are chat talk.
    assert texts[1:] == ["Bitte kurz und locker schreiben.\n...\n@Mia hast du Zeit?"]
    assert source.passages[1].note.endswith("#sommer #ferien #surfschule #kiel")
    # The other sender's hashtags are not hers, and her messages are all there.
    assert "#notiz" not in " ".join(p.note for p in source.passages)


def test_her_hashtag_only_message_after_someone_else_keeps_its_tags() -> None:
    # Not merged with a message of hers (another day, someone else in between): its tags
    # go to her message before it, or, before her first words, to her next one.
    text = (
        "02.06.25, 18:00 - Lena Vogt: #sommerkurs\n"
        "03.06.25, 09:00 - Lena Vogt: Die Kurse starten im Juli.\n"
        "03.06.25, 09:02 - Mia Sommer: Prima.\n"
        "03.06.25, 09:05 - Lena Vogt: #surfen #ostsee\n"
        "03.06.25, 09:06 - Mia Sommer: #notiz\n"
        "04.06.25, 10:00 - Lena Vogt: Und bitte locker schreiben.\n"
    )
    source = read_chat(text.encode(), "chat.txt", speakers=["Lena Vogt"])
    assert [p.text for p in source.passages] == [
        "Die Kurse starten im Juli.",
        "Und bitte locker schreiben.",
    ]
    first, second = (p.note for p in source.passages)
    assert "#sommerkurs" in first
    assert "#surfen #ostsee" in first
    assert "#" not in second
    assert "#notiz" not in first


def test_a_chat_of_her_hashtags_only_has_no_messages() -> None:
    text = "03.06.25, 09:00 - Lena Vogt: #surfen\n03.06.25, 09:01 - Mia Sommer: Gut.\n"
    with pytest.raises(InputError):
        read_chat(text.encode(), "chat.txt", speakers=["Lena Vogt"])


LINKEDIN_MESSAGES = (
    "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,"
    "DATE,SUBJECT,CONTENT,FOLDER\n"
    "2-abc,,Carla Reuter,https://www.linkedin.com/in/carla,Mia Sommer,"
    "https://www.linkedin.com/in/mia,2025-03-05 14:31:02 UTC,,"
    '"Genau, und bitte ohne ""Lösungen"" – wir bauen Treppen, Punkt.",INBOX\n'
    "2-abc,,Mia Sommer,https://www.linkedin.com/in/mia,Carla Reuter,"
    "https://www.linkedin.com/in/carla,2025-03-05 14:25:40 UTC,,"
    "Verstehe. Soll ich die Texte eher sachlich halten?,INBOX\n"
    "2-abc,,Carla Reuter,https://www.linkedin.com/in/carla,Mia Sommer,"
    "https://www.linkedin.com/in/mia,2025-03-05 14:20:11 UTC,,"
    '"<p>Hallo Mia,</p><p>wir sind ein Familienbetrieb &amp; machen Holztreppen.</p>",INBOX\n'
    "7-xyz,,Carla Reuter,https://www.linkedin.com/in/carla,Jonas Keil,"
    "https://www.linkedin.com/in/jonas,2025-04-01 09:00:00 UTC,,,INBOX\n"
)


def test_linkedin_messages_csv_is_a_chat_with_her_messages_only() -> None:
    data = LINKEDIN_MESSAGES.encode()
    assert looks_like_chat(data, "messages.csv")
    assert scan_chat(data) == {"Carla Reuter": 2, "Mia Sommer": 1}
    source = read_chat(data, "messages.csv", speakers=["Carla Reuter"])
    assert source.media_type == "text/csv"
    assert [p.text for p in source.passages] == [
        "Hallo Mia,\n\nwir sind ein Familienbetrieb & machen Holztreppen.",
        'Genau, und bitte ohne "Lösungen" – wir bauen Treppen, Punkt.',
    ]
    assert [p.timestamp for p in source.passages] == ["2025-03-05 14:20", "2025-03-05 14:31"]
    assert all("sachlich" not in p.text for p in source.passages)


def test_linkedin_shares_csv_is_no_chat() -> None:
    shares = 'Date,ShareLink,ShareCommentary\n2025-01-02 10:00:00,https://x,"Neue Treppe!"\n'
    assert not looks_like_chat(shares.encode(), "Shares.csv")


AWAY = "Hallo und danke für deine Nachricht! Wir sind gerade in der Werkstatt und melden uns bald."
REPLIES = (
    "Moin! Ja, nächste Woche ginge Dienstag. Passt dir das?",
    "Moin, das Regal schaffen wir bis Freitag.",
    "Klar, komm einfach vorbei, ich bin bis sechs da.",
    "Das Holz ist da, wir fangen Montag an.",
)


def business_chat(away: str, times: int) -> bytes:
    lines = []
    for day in range(times):
        lines += [
            f"0{day + 1}.05.25, 09:00 - Kunde {day}: Hallo, habt ihr noch Termine frei?",
            f"0{day + 1}.05.25, 09:01 - Tischlerei Brandt: {away}",
            f"0{day + 1}.05.25, 09:02 - Kunde {day}: Danke.",
            f"0{day + 1}.05.25, 11:00 - Tischlerei Brandt: {REPLIES[day % len(REPLIES)]}",
        ]
    return ("\n".join(lines) + "\n").encode()


def test_her_away_message_sent_again_and_again_counts_once() -> None:
    source = read_chat(business_chat(AWAY, 4), "chat.txt", speakers=["Tischlerei Brandt"])
    text = "\n".join(p.text for p in source.passages)
    assert text.count("Werkstatt") == 1
    assert all(reply in text for reply in REPLIES)  # her own words, each one


def test_a_short_or_rare_repeat_is_hers_every_time() -> None:
    short = read_chat(
        business_chat("Ok, danke dir!", 4), "chat.txt", speakers=["Tischlerei Brandt"]
    )
    assert "\n".join(p.text for p in short.passages).count("Ok, danke dir!") == 4
    twice = read_chat(business_chat(AWAY, 2), "chat.txt", speakers=["Tischlerei Brandt"])
    assert "\n".join(p.text for p in twice.passages).count("Werkstatt") == 2
