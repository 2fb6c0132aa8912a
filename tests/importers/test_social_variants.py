"""Social-media downloads beyond the plain layouts: captions full of hashtags, mentions and
filler dots, photo-only posts, Facebook comments of others and photo descriptions, Meta's
broken umlauts, LinkedIn CSVs with a BOM, CRLF, quotes, mentions or ";" columns."""

from __future__ import annotations

import csv
import io
import json

import pytest

from treffsicher.importers.social import (
    format_unix,
    looks_like_social,
    read_social,
    split_hashtags,
)


def meta_json(value: object) -> bytes:
    """JSON as Meta writes it: UTF-8 text escaped as Latin-1 code points ("\\u00c3\\u00bc")."""
    text = json.dumps(value, ensure_ascii=False)
    return json.dumps(json.loads(text.encode("utf-8").decode("latin-1"))).encode("ascii")


def test_meta_escapes_umlauts_as_latin1_code_points() -> None:
    data = meta_json([{"media": [{"uri": "a.jpg", "title": "Schöne Grüße"}]}])
    assert b"\\u00c3\\u00b6" in data  # the "ö" as Meta writes it
    source = read_social(data, "posts_1.json")
    assert [p.text for p in source.passages] == ["Schöne Grüße"]


INSTAGRAM = [
    {"media": [{"uri": "media/posts/1.jpg", "creation_timestamp": 1717405200, "title": ""}]},
    {
        "media": [
            {
                "uri": "media/posts/2.jpg",
                "creation_timestamp": 1717491600,
                "title": "Neue Schubladen für @paul.brenner – geölt, nicht lackiert! "
                "Danke @holz_nord für die Eiche.\n.\n.\n.\n"
                "#tischlerei #eiche #handwerk #möbelbau #lindenfeld #werkstatt",
            }
        ]
    },
    {
        "media": [{"uri": "media/posts/3.jpg", "creation_timestamp": 1717578000}],
        "title": "Feierabend • #werkstatt",
    },
    {"media": [{"uri": "media/posts/4.jpg", "title": "@paul.brenner @holz_nord\n#werkstatt"}]},
]


def test_instagram_caption_prose_apart_from_tags_and_mentions() -> None:
    source = read_social(meta_json(INSTAGRAM), "posts_1.json")
    assert [p.text for p in source.passages] == [
        "Neue Schubladen für – geölt, nicht lackiert! Danke für die Eiche.",
        "Feierabend",
    ]
    assert [p.note for p in source.passages] == [
        "2024-06-04 09:00 UTC #tischlerei #eiche #handwerk #möbelbau #lindenfeld #werkstatt "
        "@paul.brenner @holz_nord",
        "2024-06-05 09:00 UTC #werkstatt",
    ]


@pytest.mark.parametrize(
    ("text", "prose", "tags"),
    [
        ("Schreib an info@holz-nord.de", "Schreib an info@holz-nord.de", []),
        ("Danke @greta.vogt!", "Danke!", ["@greta.vogt"]),
        ("@paul, @ben: schaut mal rein.", "schaut mal rein.", ["@paul", "@ben"]),
        ("Erster Absatz.\n\nZweiter Absatz.\n—\n#x", "Erster Absatz.\n\nZweiter Absatz.", ["#x"]),
        ("Na ja …", "Na ja …", []),
    ],
)
def test_split_hashtags_mentions_and_filler(text: str, prose: str, tags: list[str]) -> None:
    assert split_hashtags(text) == (prose, tags)


FACEBOOK_COMMENTS = {
    "comments_v2": [
        {
            "timestamp": 1717405200,
            "data": [
                {
                    "comment": {
                        "timestamp": 1717405200,
                        "comment": "Sehr gern, die Kanten sind von Hand gebrochen.",
                        "author": "Greta Vögt",
                    }
                }
            ],
            "title": "Greta Vögt hat einen Beitrag kommentiert.",
        },
        {
            "timestamp": 1717405300,
            "data": [
                {
                    "comment": {
                        "timestamp": 1717405300,
                        "comment": "Das hat jemand anderes geschrieben.",
                        "author": "Paul Brenner",
                    }
                }
            ],
            "title": "Greta Vögt hat auf einen Kommentar von Paul Brenner geantwortet.",
        },
    ]
}


def test_facebook_comments_of_others_are_left_out() -> None:
    # one comment each: the titles ("Greta Vögt hat …") say whose file it is
    source = read_social(meta_json(FACEBOOK_COMMENTS), "comments.json")
    assert [p.text for p in source.passages] == ["Sehr gern, die Kanten sind von Hand gebrochen."]


FACEBOOK_POSTS = [
    {
        "timestamp": 1717405200,
        "data": [
            {"update_timestamp": 1717405200},
            {"post": "Heute fertig: eine Treppe aus Buche."},
        ],
        "attachments": [
            {
                "data": [
                    {
                        "media": {
                            "uri": "1.jpg",
                            "description": "Heute fertig: eine Treppe aus Buche.",
                        }
                    }
                ]
            }
        ],
        "title": "Greta Vögt hat ein Foto geteilt.",
    },
    {
        "timestamp": 1717491600,
        "data": [{"update_timestamp": 1717491600}],
        "attachments": [
            {"data": [{"media": {"uri": "2.jpg", "description": "Die Stufen vor dem Ölen."}}]}
        ],
    },
    {"timestamp": 1717578000, "attachments": [{"data": [{"media": {"uri": "3.jpg"}}]}]},
]


def test_facebook_photo_description_kept_once_photo_only_skipped() -> None:
    source = read_social(meta_json(FACEBOOK_POSTS), "your_posts_1.json")
    assert [p.text for p in source.passages] == [
        "Heute fertig: eine Treppe aus Buche.",
        "Die Stufen vor dem Ölen.",
    ]


def test_a_time_beyond_the_calendar_is_no_crash() -> None:
    assert format_unix(10**20) == ""
    assert format_unix(float("nan")) == ""
    data = meta_json([{"title": "Ein Beitrag ohne Datum.", "media": [], "timestamp": 10**20}])
    assert [p.note for p in read_social(data, "posts_1.json").passages] == [""]


def linkedin_csv(rows: list[list[str]], *, delimiter: str = ",") -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(["Date", "ShareLink", "ShareCommentary", "SharedUrl", "MediaUrl", "Visibility"])
    writer.writerows(rows)
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


SHARES = [
    [
        "2024-06-03 08:15:00",
        "https://www.linkedin.com/feed/update/urn:li:share:1",
        'Was ich gelernt habe, in 20 Jahren: Holz "arbeitet".\n\nUnd wir auch, '
        "jeden Tag.\n{hashtag|\\#|Handwerk} {hashtag|\\#|Tischlerei}",
        "",
        "",
        "PUBLIC",
    ],
    ["2024-06-04 08:15:00", "https://x/2", "", "https://example.org/artikel", "", "PUBLIC"],
    [
        "2024-06-05 08:15:00",
        "https://x/3",
        '"Geht nicht" gibt es nicht, sagt mein Meister.',
        "",
        "",
        "PUBLIC",
    ],
    [
        "2024-06-06 08:15:00",
        "https://x/4",
        '"Ein Jahr Werkstatt Lindenfeld. Danke ""allen""!"',
        "",
        "",
        "PUBLIC",
    ],
    [
        "2024-06-07 08:15:00",
        "https://x/5",
        "Danke @[Paul Brenner](urn:li:person:AbC123) für die Empfehlung!",
        "",
        "",
        "PUBLIC",
    ],
]
SHARES_TEXTS = [
    'Was ich gelernt habe, in 20 Jahren: Holz "arbeitet".\n\nUnd wir auch, jeden Tag.',
    '"Geht nicht" gibt es nicht, sagt mein Meister.',
    'Ein Jahr Werkstatt Lindenfeld. Danke "allen"!',
    "Danke Paul Brenner für die Empfehlung!",
]


@pytest.mark.parametrize("delimiter", [",", ";", "\t"], ids=["comma", "semicolon", "tab"])
def test_linkedin_shares_bom_crlf_quotes_and_mentions(delimiter: str) -> None:
    data = linkedin_csv(SHARES, delimiter=delimiter)
    assert looks_like_social(data)
    source = read_social(data, "Shares.csv")
    assert [p.text for p in source.passages] == SHARES_TEXTS
    assert source.passages[0].note == "2024-06-03 08:15 #Handwerk #Tischlerei"


@pytest.mark.parametrize(
    "data",
    [
        b"Date;Name;Email\n2024-06-03;Anna;a@b.de\n",  # a contact list with ";"
        json.dumps({"profile_user": [{"string_map_data": {"Name": {"value": "G"}}}]}).encode(),
    ],
)
def test_other_files_of_a_download_are_not_social(data: bytes) -> None:
    assert not looks_like_social(data)
