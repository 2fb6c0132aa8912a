"""Mail importer: .eml/mbox/Maildir built in code, encodings, broken input, identities."""

from __future__ import annotations

import base64
import quopri
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from treffsicher.errors import InputError
from treffsicher.importers.mail import MailIdentities, MailItem, iter_mail, scan_senders
from treffsicher.importers.mailparse import parse_mail
from treffsicher.importers.mbox import is_mail_path

FIXTURE_CHECK = [HealthCheck.function_scoped_fixture]  # tmp_path is rewritten per example
HER = MailIdentities.of(["johanna@hebamme-lindenfeld.de"], ["Johanna Kellermann"])
BODY_DE = (
    "Hallo Anna,\n\nschön, dass es mit den Fotos klappt. Ich freue mich.\n\nLiebe Grüße\nJohanna"
)
BODY_EN = "Hi Anna,\n\nthe new photos look lovely, thank you so much.\n\nBest wishes\nJohanna"


def message(
    body: bytes,
    sender: str = "Johanna Kellermann <johanna@hebamme-lindenfeld.de>",
    headers: str = "",
    message_id: str = "<1@lindenfeld>",
) -> bytes:
    """A simple message with the given (already encoded) body and extra headers."""
    head = (
        f"From: {sender}\nTo: anna@berg-text.de\nSubject: Fotos\n"
        f"Date: Tue, 03 Jun 2025 10:12:00 +0200\nMessage-ID: {message_id}\n{headers}"
    )
    return head.encode() + b"\n" + body


def read_one(path: Path) -> MailItem:
    items = list(iter_mail(path, HER, "de"))
    assert len(items) == 1
    return items[0]


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def texts(item: MailItem) -> list[str]:
    assert item.source is not None
    return [p.text for p in item.source.passages]


def test_plain_utf8_eml_is_one_source_with_provenance(tmp_path: Path) -> None:
    headers = "Content-Type: text/plain; charset=utf-8\n"
    path = write(tmp_path, "a.eml", message(BODY_DE.encode(), headers=headers))
    item = read_one(path)
    assert item.from_client
    assert texts(item) == [BODY_DE]
    source = item.source
    assert source is not None
    assert source.message_id == "1@lindenfeld"
    assert source.subject == "Fotos"
    assert source.sender == "johanna@hebamme-lindenfeld.de"
    assert source.occurred_at == datetime(2025, 6, 3, 8, 12, tzinfo=UTC)
    assert source.container == ""
    assert source.passages[0].language == "de"
    assert source.passages[0].kind == "email"


def test_rfc2047_headers_and_quoted_printable_latin1(tmp_path: Path) -> None:
    body = quopri.encodestring(BODY_DE.encode("latin-1"))
    headers = (
        "Content-Type: text/plain; charset=iso-8859-1\n"
        "Content-Transfer-Encoding: quoted-printable\n"
    )
    data = message(
        body,
        sender="=?utf-8?q?Johanna_K=C3=B6ller?= <johanna@hebamme-lindenfeld.de>",
        headers=headers,
    )
    data = data.replace(b"Subject: Fotos", b"Subject: =?iso-8859-1?q?Gr=FC=DFe_und_Fotos?=")
    item = read_one(write(tmp_path, "a.eml", data))
    assert item.sender_name == "Johanna Köller"
    assert item.source is not None
    assert item.source.subject == "Grüße und Fotos"
    assert texts(item) == [BODY_DE]


def test_base64_windows1252_body(tmp_path: Path) -> None:
    body = base64.encodebytes("Hallo Anna,\n\n„Schön“ – das passt.\n\nLG Johanna".encode("cp1252"))
    headers = "Content-Type: text/plain; charset=windows-1252\nContent-Transfer-Encoding: base64\n"
    item = read_one(write(tmp_path, "a.eml", message(body, headers=headers)))
    assert texts(item) == ["Hallo Anna,\n\n„Schön“ – das passt.\n\nLG Johanna"]


def test_wrong_declared_charset_falls_back_with_a_note(tmp_path: Path) -> None:
    # Declared UTF-8, but the bytes are Latin-1 ("schön" as 0xF6).
    headers = "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n"
    item = read_one(write(tmp_path, "a.eml", message(BODY_DE.encode("latin-1"), headers=headers)))
    assert texts(item) == [BODY_DE]
    assert item.source is not None
    assert any("utf-8" in note for note in item.source.notes)


def test_unknown_declared_charset_falls_back(tmp_path: Path) -> None:
    headers = "Content-Type: text/plain; charset=x-bogus-42\n"
    item = read_one(write(tmp_path, "a.eml", message(BODY_EN.encode(), headers=headers)))
    assert texts(item) == [BODY_EN]
    assert item.source is not None
    assert item.source.notes == (
        "angegebene Zeichenkodierung „x-bogus-42“ passt nicht; als utf-8 gelesen",
    )


def test_plain_part_preferred_over_html(tmp_path: Path) -> None:
    body = (
        b'Content-Type: multipart/alternative; boundary="b"\n\n--b\n'
        b"Content-Type: text/plain; charset=utf-8\n\n" + BODY_EN.encode() + b"\n--b\n"
        b"Content-Type: text/html; charset=utf-8\n\n<p>HTML version</p>\n--b--\n"
    )
    data = message(b"", headers="MIME-Version: 1.0\n").rstrip(b"\n") + b"\n" + body
    item = read_one(write(tmp_path, "a.eml", data))
    assert texts(item) == [BODY_EN]


def test_html_only_mail_becomes_text_without_the_blockquote(tmp_path: Path) -> None:
    html = (
        "<html><head><style>p {color: red}</style></head><body>"
        "<p>Hi Anna,</p><p>the new photos look <b>lovely</b>,<br>thank you!</p>"
        "<p>Best wishes<br>Johanna</p>"
        '<div class="gmail_quote">On Mon, Anna wrote:<blockquote>Old text</blockquote></div>'
        "</body></html>"
    )
    headers = "Content-Type: text/html; charset=utf-8\n"
    item = read_one(write(tmp_path, "a.eml", message(html.encode(), headers=headers)))
    assert texts(item) == [
        "Hi Anna,\n\nthe new photos look lovely,\nthank you!\n\nBest wishes\nJohanna"
    ]


def test_attachment_is_not_decoded_and_large_message_is_cut(tmp_path: Path) -> None:
    blob = base64.encodebytes(b"\x00" * 12_000_000)  # 16 MB of base64: over the 8 MB limit
    data = (
        message(b"", headers='MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary="m"\n')
        + b"--m\nContent-Type: text/plain; charset=utf-8\n\n"
        + BODY_DE.encode()
        + b"\n--m\nContent-Type: application/pdf\nContent-Disposition: attachment\n"
        b"Content-Transfer-Encoding: base64\n\n" + blob + b"\n--m--\n"
    )
    item = read_one(write(tmp_path, "big.eml", data))
    assert texts(item) == [BODY_DE]
    assert item.source is not None
    assert item.source.notes == (
        "Nachricht größer als 8 MB: nur der Anfang gelesen, Anhänge übersprungen",
    )


def test_mbox_streams_messages_counts_others_and_numbers_them(tmp_path: Path) -> None:
    mine = message(BODY_DE.encode(), message_id="<a@x>")
    other = message(
        b"Liebe Johanna,\n\nwann passt es?\n\nAnna",
        sender="Anna <anna@berg-text.de>",
        message_id="<b@x>",
    )
    mine2 = message(BODY_EN.encode(), message_id="<c@x>")
    sep = b"From MAILER-DAEMON Tue Jun  3 10:12:00 2025\n"
    path = write(tmp_path, "export", sep + mine + b"\n" + sep + other + b"\n" + sep + mine2)
    assert is_mail_path(path)  # no suffix: recognised by its "From " line
    items = list(iter_mail(path, HER, "de"))
    assert [(i.index, i.from_client) for i in items] == [(1, True), (2, False), (3, True)]
    assert items[1].source is None
    third = items[2].source
    assert third is not None
    assert third.container == str(path)
    assert third.container_index == 3
    assert third.name == f"{path} #3"
    assert [p.language for p in third.passages] == ["en"]


def test_truncated_mbox_keeps_whole_messages_and_the_readable_start(tmp_path: Path) -> None:
    sep = b"From x@y Tue Jun  3 10:12:00 2025\n"
    first = message(BODY_DE.encode() + b"\n", message_id="<a@x>")
    cut = message(BODY_EN.encode(), message_id="<b@x>")[:-21]  # sign-off and name lost
    items = list(iter_mail(write(tmp_path, "cut.mbox", sep + first + sep + cut), HER, "de"))
    assert len(items) == 2
    assert texts(items[0]) == [BODY_DE]
    assert texts(items[1]) == ["Hi Anna,\n\nthe new photos look lovely, thank you so much."]


def test_broken_mime_without_text_is_a_problem_naming_the_message(tmp_path: Path) -> None:
    body = b"--nothere\nContent-Type: text/plain\n\n"  # boundary never declared in the parts
    headers = 'MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary="zz"\n'
    sep = b"From x@y Tue Jun  3 10:12:00 2025\n"
    data = (
        sep + message(body, headers=headers) + sep + message(BODY_DE.encode(), message_id="<2@x>")
    )
    items = list(iter_mail(write(tmp_path, "k.mbox", data), HER, "de"))
    assert items[0].problem is not None
    assert items[0].problem.path == f"{tmp_path / 'k.mbox'} #1"
    assert "MIME" in items[0].problem.reason
    assert texts(items[1]) == [BODY_DE]


def test_zero_byte_file_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="leer"):
        list(iter_mail(write(tmp_path, "empty.mbox", b""), HER, "de"))


def test_maildir_cur_and_new(tmp_path: Path) -> None:
    folder = tmp_path / "Maildir"
    for sub in ("cur", "new", "tmp"):
        (folder / sub).mkdir(parents=True)
    (folder / "cur" / "1.eml").write_bytes(message(BODY_DE.encode(), message_id="<a@x>"))
    (folder / "new" / "2.eml").write_bytes(message(BODY_EN.encode(), message_id="<b@x>"))
    (folder / "tmp" / "3.eml").write_bytes(message(b"not yet delivered", message_id="<c@x>"))
    assert is_mail_path(folder)
    items = list(iter_mail(folder, HER, "de"))
    assert [texts(i) for i in items] == [[BODY_DE], [BODY_EN]]


def test_apple_mail_emlx(tmp_path: Path) -> None:
    data = message(BODY_DE.encode())
    plist = b'<?xml version="1.0"?>\n<plist version="1.0"><dict></dict></plist>\n'
    item = read_one(write(tmp_path, "1.emlx", str(len(data)).encode() + b"\n" + data + plist))
    assert texts(item) == [BODY_DE]


def test_display_name_alone_is_a_hint_not_a_match(tmp_path: Path) -> None:
    data = message(BODY_DE.encode(), sender="Johanna Kellermann <jo@other.example>")
    item = read_one(write(tmp_path, "a.eml", data))
    assert not item.from_client
    assert item.name_hint
    assert item.source is None


def test_scan_senders_counts_messages_per_address(tmp_path: Path) -> None:
    sep = b"From x@y Tue Jun  3 10:12:00 2025\n"
    data = b"".join(
        sep + message(b"Text\n", sender=s, message_id=f"<{i}@x>")
        for i, s in enumerate(
            [
                "Johanna <johanna@hebamme-lindenfeld.de>",
                "Anna <anna@berg-text.de>",
                "J. K. <Johanna@Hebamme-Lindenfeld.de>",
            ]
        )
    )
    counts = scan_senders(write(tmp_path, "s.mbox", data))
    assert dict(counts) == {
        ("johanna@hebamme-lindenfeld.de", "Johanna"): 2,
        ("anna@berg-text.de", "Anna"): 1,
    }


def test_parse_mail_survives_garbage_headers() -> None:
    parsed = parse_mail(b"From: <<<@@@>>>\nDate: yesterday-ish\nSubject: =?x?q?broken\n\nHi")
    assert parsed.date is None
    assert parsed.body == "Hi"


@settings(
    max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.binary(max_size=2000))
def test_any_bytes_give_items_or_an_input_error(tmp_path: Path, data: bytes) -> None:
    for suffix in (".eml", ".mbox"):
        path = tmp_path / f"fuzz{suffix}"
        path.write_bytes(data)
        try:
            items = list(iter_mail(path, HER, "de"))
        except InputError:
            continue
        for item in items:
            if item.source is not None:
                assert item.source.passages


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(body=st.text(max_size=600), name=st.text(max_size=30))
def test_any_text_as_a_mail_of_hers(tmp_path: Path, body: str, name: str) -> None:
    header_name = name.replace("\n", " ").replace("\r", " ")
    data = message(
        body.encode("utf-8", "surrogatepass"),
        sender=f"{header_name} <johanna@hebamme-lindenfeld.de>",
        headers="Content-Type: text/plain; charset=utf-8\n",
    )
    path = tmp_path / "fuzz.eml"
    path.write_bytes(data)
    try:
        items = list(iter_mail(path, HER, "de"))
    except InputError:
        return
    for item in items:
        if item.source is not None:
            assert all(p.text.strip() for p in item.source.passages)


def test_mbox_reader_bounds_memory_for_a_giant_line(tmp_path: Path) -> None:
    from treffsicher.importers.mbox import iter_mbox

    sep = b"From x@y Tue Jun  3 10:12:00 2025\n"
    # 3 MB without a line break, with "From " lookalikes inside, then a second message.
    giant = (b"x" * 1_048_570 + b"From a@b Tue Jun  3 10:12:00 2025 ") * 3
    data = sep + message(b"Hallo\n" + giant + b"\n") + sep + message(BODY_DE.encode())
    raws = list(iter_mbox(write(tmp_path, "g.mbox", data), max_bytes=1_000_000))
    assert [(r.index, r.truncated) for r in raws] == [(1, True), (2, False)]
    assert len(raws[0].data) <= 1_000_000
    assert raws[1].data.endswith(BODY_DE.encode())


OUT_OF_OFFICE = (
    "Sehr geehrte Damen und Herren,\n\nich bin bis zum 13.06.2025 nicht in der Praxis. Ihre "
    "Nachricht wird nicht weitergeleitet.\n\nMit freundlichen Grüßen\nJohanna Kellermann"
)


@pytest.mark.parametrize(
    "headers",
    [
        "Auto-Submitted: auto-replied\n",
        "Auto-Submitted: auto-generated; owner-email=johanna@hebamme-lindenfeld.de\n",
        "X-Autoreply: yes\n",
        "X-Autorespond: Abwesenheit\n",
        "Precedence: auto_reply\n",
    ],
)
def test_her_automatic_reply_holds_no_words_of_hers(tmp_path: Path, headers: str) -> None:
    # An out-of-office note is not her voice („Sehr geehrte Damen und Herren“ from a
    # client who writes „du“ to everyone).
    path = write(tmp_path, "a.eml", message(OUT_OF_OFFICE.encode(), headers=headers))
    item = read_one(path)
    assert item.from_client
    assert item.source is None
    assert item.problem is None


@pytest.mark.parametrize(
    ("subject", "automatic"),
    [
        ("Automatische Antwort: Fotos", True),
        ("Abwesenheitsnotiz: Fotos", True),
        ("Automatic reply: Photos", True),
        ("Out of Office: Photos", True),
        ("Auto-Reply: Photos", True),
        ("Out of office next week - can we move the call?", False),
        ("Abwesenheit im Juni", False),
        ("Auto-Submitted: no", False),
    ],
)
def test_an_auto_responders_subject_marks_it(tmp_path: Path, subject: str, automatic: bool) -> None:
    head = (
        "From: Johanna Kellermann <johanna@hebamme-lindenfeld.de>\nTo: anna@berg-text.de\n"
        f"Subject: {subject}\nDate: Tue, 03 Jun 2025 10:12:00 +0200\n"
    )
    item = read_one(write(tmp_path, "a.eml", (head + "\n" + OUT_OF_OFFICE).encode()))
    assert (item.source is None) is automatic


def test_auto_submitted_no_is_her_own_mail(tmp_path: Path) -> None:
    path = write(tmp_path, "a.eml", message(BODY_DE.encode(), headers="Auto-Submitted: no\n"))
    assert texts(read_one(path)) == [BODY_DE]


PGP_SIGNED = (
    "-----BEGIN PGP SIGNED MESSAGE-----\nHash: SHA256\n\n"
    + BODY_DE
    + "\n- -- \nPraxis Kellermann\n"
    "-----BEGIN PGP SIGNATURE-----\n\n"
    "iQEzBAEBCAAdFiEEk3l5qR0aZ1Tb9wXhH7xv0s2mQ5gFAmZ9abcACgkQH7xv0s2m\n=Ab3d\n"
    "-----END PGP SIGNATURE-----\n"
)


def test_an_inline_signed_mail_keeps_her_words_without_the_armour(tmp_path: Path) -> None:
    # Her text sits between the armour lines; her dash-escaped signature line („- -- “)
    # is a signature again once unescaped, and goes.
    path = write(tmp_path, "a.eml", message(PGP_SIGNED.encode()))
    assert texts(read_one(path)) == [BODY_DE]


def test_an_encrypted_block_and_a_quoted_signed_one(tmp_path: Path) -> None:
    body = (
        BODY_DE + "\n\n-----BEGIN PGP MESSAGE-----\n\nhQEMA0x9yZ1d2vXzAQf/\n=x1y2\n"
        "-----END PGP MESSAGE-----\n"
    )
    assert texts(read_one(write(tmp_path, "a.eml", message(body.encode())))) == [BODY_DE]
    quoted = (
        BODY_DE + "\n\nAm 02.06.2025 um 09:00 schrieb Anna Berg <anna@berg-text.de>:\n"
        "> -----BEGIN PGP SIGNED MESSAGE-----\n> Hash: SHA256\n>\n> Hallo Johanna\n"
    )
    assert texts(read_one(write(tmp_path, "b.eml", message(quoted.encode())))) == [BODY_DE]


def multipart(body: str, second: str, outer: str = "multipart/alternative") -> bytes:
    """A message of two parts: her text/plain `body` and the part `second` (with headers)."""
    return message(
        (
            f"--B\nContent-Type: text/plain; charset=utf-8\n\n{body}\n--B\n{second}\n--B--\n"
        ).encode(),
        headers=f'MIME-Version: 1.0\nContent-Type: {outer}; boundary="B"\n',
    )


CALENDAR = "BEGIN:VCALENDAR\nBEGIN:VEVENT\nSUMMARY:Fototermin\nEND:VEVENT\nEND:VCALENDAR"
INVITE_TEXT = (
    "Fototermin Praxis\nDonnerstag, 12. Juni 2025 10:00 – 12:00\n\nHallo Anna, bring gern "
    "die Kamera mit.\n\nSie erhalten diese E-Mail, weil Sie ein Gast bei diesem Termin sind."
)


@pytest.mark.parametrize(
    ("body", "second", "outer"),
    [
        (  # a read receipt from her Outlook
            "Ihre Nachricht wurde am Mittwoch, 4. Juni 2025 08:14 gelesen.",
            "Content-Type: message/disposition-notification\n\nDisposition: manual-action/"
            "MDN-sent-manually; displayed",
            "multipart/report; report-type=disposition-notification",
        ),
        (  # an invitation from her calendar: the calendar's words, not hers
            INVITE_TEXT,
            f"Content-Type: text/calendar; charset=utf-8; method=REQUEST\n\n{CALENDAR}",
            "multipart/alternative",
        ),
        (  # her answer to an invitation
            "Johanna Kellermann hat die Einladung angenommen.",
            f"Content-Type: text/calendar; method=REPLY\n\n{CALENDAR}",
            "multipart/alternative",
        ),
    ],
    ids=["read-receipt", "invitation", "accepted"],
)
def test_what_a_program_wrote_from_her_address_is_not_hers(
    tmp_path: Path, body: str, second: str, outer: str
) -> None:
    item = read_one(write(tmp_path, "a.eml", multipart(body, second, outer)))
    assert item.from_client
    assert item.source is None


def test_her_mail_with_a_calendar_file_attached_is_hers(tmp_path: Path) -> None:
    second = (
        'Content-Type: text/calendar; name="termin.ics"\n'
        'Content-Disposition: attachment; filename="termin.ics"\n\n' + CALENDAR
    )
    item = read_one(write(tmp_path, "a.eml", multipart(BODY_DE, second, "multipart/mixed")))
    assert texts(item) == [BODY_DE]
