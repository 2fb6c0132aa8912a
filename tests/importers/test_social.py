"""Social-media exports: Instagram and Facebook JSON (mojibake), LinkedIn CSV, hashtags."""

from __future__ import annotations

import json

import pytest

from treffsicher.errors import InputError
from treffsicher.importers.social import (
    fix_mojibake,
    looks_like_social,
    read_social,
    split_hashtags,
)


def meta_json(value: object) -> bytes:
    """JSON as Meta writes it: UTF-8 text escaped as Latin-1 code points."""
    text = json.dumps(value, ensure_ascii=False)
    escaped = text.encode("utf-8").decode("latin-1")
    return json.dumps(json.loads(escaped)).encode("ascii")


INSTAGRAM_POSTS = [
    {
        "media": [
            {
                "uri": "media/posts/202505/1.jpg",
                "creation_timestamp": 1747051380,
                "title": "Neue Küche in Eiche geölt – ganz in Ruhe gebaut, Stück für Stück.\n\n"
                "#handwerk #tischlerei #eiche",
            }
        ]
    },
    {
        "title": "Unser #Team freut sich auf Samstag! Grüße aus der Werkstatt. #lindenfeld",
        "creation_timestamp": 1747137780,
        "media": [{"uri": "media/posts/202505/2.jpg", "title": ""}],
    },
    {"media": [{"uri": "media/posts/202505/3.jpg", "title": "#werkstatt #holz"}]},
]
INSTAGRAM_COMMENTS = [
    {
        "string_map_data": {
            "Comment": {"value": "Danke dir, Anna! Die Fronten sind handgehobelt."},
            "Media Owner": {"value": "anna.berg"},
            "Time": {"timestamp": 1747224180},
        }
    }
]
FACEBOOK_POSTS = [
    {
        "timestamp": 1747051380,
        "data": [{"post": "Heute fertig geworden: eine Treppe aus Buche. Ich bin stolz."}],
        "title": "Johanna Kellermann hat ihren Status aktualisiert.",
    },
    {"timestamp": 1747137780, "attachments": [{"data": [{"media": {"uri": "x.jpg"}}]}]},
]
FACEBOOK_COMMENTS = {
    "comments_v2": [
        {
            "timestamp": 1747224180,
            "data": [
                {
                    "comment": {
                        "timestamp": 1747224180,
                        "comment": "Sehr gern, meldet euch einfach!",
                        "author": "Johanna Kellermann",
                    }
                }
            ],
            "title": "Johanna Kellermann hat den Beitrag von Anna Berg kommentiert.",
        }
    ]
}
LINKEDIN_SHARES = (
    "Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility\n"
    '2025-05-12 14:03:11,https://www.linkedin.com/feed/update/urn:li:share:1,"Was ich in '
    "30 Jahren Backstube gelernt habe: Teig braucht Zeit.\n\nUnd Menschen auch. "
    '{hashtag|\\#|Handwerk} {hashtag|\\#|Bäckerei}",,,MEMBER_NETWORK\n'
    "2025-05-13 09:00:00,https://www.linkedin.com/feed/update/urn:li:share:2,,"
    "https://example.org/artikel,,PUBLIC\n"
)


@pytest.mark.parametrize(
    ("data", "texts", "notes"),
    [
        (
            meta_json(INSTAGRAM_POSTS),
            [
                "Neue Küche in Eiche geölt – ganz in Ruhe gebaut, Stück für Stück.",
                "Unser Team freut sich auf Samstag! Grüße aus der Werkstatt.",
            ],
            [
                "2025-05-12 12:03 UTC #handwerk #tischlerei #eiche",
                "2025-05-13 12:03 UTC #Team #lindenfeld",
            ],
        ),
        (
            meta_json(INSTAGRAM_COMMENTS),
            ["Danke dir, Anna! Die Fronten sind handgehobelt."],
            ["2025-05-14 12:03 UTC"],
        ),
        (
            meta_json(FACEBOOK_POSTS),
            ["Heute fertig geworden: eine Treppe aus Buche. Ich bin stolz."],
            ["2025-05-12 12:03 UTC"],
        ),
        (
            meta_json(FACEBOOK_COMMENTS),
            ["Sehr gern, meldet euch einfach!"],
            ["2025-05-14 12:03 UTC"],
        ),
        (
            LINKEDIN_SHARES.encode(),
            [
                "Was ich in 30 Jahren Backstube gelernt habe: Teig braucht Zeit.\n\n"
                "Und Menschen auch."
            ],
            ["2025-05-12 14:03 #Handwerk #Bäckerei"],
        ),
    ],
    ids=[
        "instagram-posts",
        "instagram-comments",
        "facebook-posts",
        "facebook-comments",
        "linkedin",
    ],
)
def test_her_posts_without_hashtags_and_mojibake(
    data: bytes, texts: list[str], notes: list[str]
) -> None:
    assert looks_like_social(data)
    source = read_social(data, "export")
    assert [p.text for p in source.passages] == texts
    assert [p.note for p in source.passages] == notes
    assert "Ã" not in "".join(texts)


@pytest.mark.parametrize(
    ("broken", "fixed"),
    [
        ("GrÃ¼Ã\x9fe aus KÃ¶ln", "Grüße aus Köln"),
        ("Grüße aus Köln", "Grüße aus Köln"),  # already right: unchanged
        ("Caf\xe9 in Falmouth", "Caf\xe9 in Falmouth"),  # real Latin-1: unchanged
        ("â\x80\x9eSo!â\x80\x9c ð\x9f\x98\x8a", "„So!“ 😊"),
    ],
)
def test_fix_mojibake(broken: str, fixed: str) -> None:
    assert fix_mojibake(broken) == fixed


@pytest.mark.parametrize(
    ("text", "prose", "tags"),
    [
        (
            "Frisch aus dem Ofen!\n#sourdough #bakery",
            "Frisch aus dem Ofen!",
            ["#sourdough", "#bakery"],
        ),
        ("Fresh rye today #bakery #cornwall", "Fresh rye today", ["#bakery", "#cornwall"]),
        ("Our #team says hi.", "Our team says hi.", ["#team"]),
        ("Preis: 25 € (Nr. #3 ist weg)", "Preis: 25 € (Nr. #3 ist weg)", []),
    ],
)
def test_split_hashtags(text: str, prose: str, tags: list[str]) -> None:
    assert split_hashtags(text) == (prose, tags)


def test_export_without_posts_of_hers_is_rejected() -> None:
    with pytest.raises(InputError):
        read_social(
            meta_json([{"media": [{"uri": "a.jpg", "title": "#nur #tags"}]}]), "posts_1.json"
        )
    with pytest.raises(InputError, match="JSON"):
        read_social(b'{"media": [', "posts_1.json")


@pytest.mark.parametrize(
    "data",
    [b'{"name": "config"}', b"Name,Email\nAnna,a@b.de\n", b"Hallo Anna,\nwie geht's?"],
)
def test_other_files_are_not_social(data: bytes) -> None:
    assert not looks_like_social(data)
