"""HTML mail bodies to text: quote containers of Gmail, Apple Mail, Thunderbird, Outlook."""

from __future__ import annotations

import pytest

from treffsicher.importers.htmltext import html_to_text

CASES = [
    (
        "paragraphs and line breaks",
        "<p>Hallo Anna,</p><p>eins<br>zwei</p>",
        "Hallo Anna,\n\neins\nzwei",
    ),
    ("entities", "<div>Gr&uuml;&szlig;e &amp; &bdquo;Dank&ldquo;</div>", "Grüße & „Dank“"),
    (
        "Apple Mail / Thunderbird blockquote",
        '<div>Ja, gern.</div><blockquote type="cite"><div>Passt Montag?</div></blockquote>',
        "Ja, gern.",
    ),
    (
        "Gmail quote container",
        '<div dir="ltr">Sounds good.</div><div class="gmail_quote"><div>On Mon, Anna wrote:'
        "</div><blockquote>Old</blockquote></div>",
        "Sounds good.",
    ),
    (
        "Outlook reply marker cuts the rest",
        '<p>Danke dir!</p><div id="divRplyFwdMsg"><b>Von:</b> Anna</div><p>Alter Text</p>',
        "Danke dir!",
    ),
    (
        "scripts, styles and the head are not text",
        "<html><head><title>T</title><style>p{}</style></head><body><script>x=1</script>"
        "<p>Nur das.</p></body></html>",
        "Nur das.",
    ),
    ("unclosed tags", "<div><p>Offen<div>und weiter", "Offen\nund weiter"),
]


@pytest.mark.parametrize(("html", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_html_to_text(html: str, expected: str) -> None:
    assert html_to_text(html) == expected
