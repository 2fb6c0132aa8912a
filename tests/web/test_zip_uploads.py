"""A .zip upload that holds mail gets the sender pick step; on confirm her mails and the
other members are imported, the other sender's mail is not."""

from __future__ import annotations

import io
import zipfile

from sqlalchemy import select
from sqlalchemy.orm import Session
from web_helpers import WebClient, parse

from treffsicher.services.uploads import stage_folder
from treffsicher.storage.tables import PassageRow, Source

HER = "morwenna@pike-pottery.example"
OTHER = "orders@clayshop.example"
NOTE = (
    "Glaze notes for the spring firing. The blue came out far too dark last time, so "
    "I will thin it a little and fire the small bowls on the top shelf."
)
CALL = (
    b"WEBVTT\n\n00:00:01.000 --> 00:00:05.000\n<v Morwenna>I would love the bowls to feel "
    b"heavy in the hand, like river stones.\n\n00:00:06.000 --> 00:00:09.000\n<v Tom>Sounds "
    b"good, I can sell those easily.\n\n00:00:10.000 --> 00:00:15.000\n<v Morwenna>Then I "
    b"will make twelve of them before the market.\n"
)


def make_eml(number: int, sender: str, name: str, body: str) -> bytes:
    """One plain-text message from `sender`."""
    head = (
        f"From: {name} <{sender}>\nTo: studio@example.org\nSubject: Kiln {number}\n"
        f"Date: Thu, 05 Mar 2026 10:{number:02d}:00 +0000\nMessage-ID: <k{number}@example>\n"
        "Content-Type: text/plain; charset=utf-8\n"
    )
    return (head + "\n" + body + "\n").encode()


def make_zip() -> bytes:
    """Two of her mails (one in a folder), one from the clay shop, and a note of hers."""
    members = [
        (
            "mail/1.eml",
            make_eml(
                1,
                HER,
                "Morwenna Pike",
                "Hi Tom,\n\nthe mugs are out of the kiln and they look lovely. "
                "I will wrap them on Friday and send them on Monday.\n\nWarmly,\nMorwenna",
            ),
        ),
        (
            "2.eml",
            make_eml(
                2,
                OTHER,
                "Clay Shop",
                "Dear customer,\n\nyour order of stoneware clay has been dispatched "
                "and should arrive within three working days.\n\nKind regards",
            ),
        ),
        (
            "mail/3.eml",
            make_eml(
                3,
                HER,
                "Morwenna Pike",
                "Hello Ana,\n\nthank you for the lovely note about the teapot. "
                "It took me three tries to get the spout right.\n\nWarmly,\nMorwenna",
            ),
        ),
        ("notes/glaze.txt", NOTE.encode()),
    ]
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as package:
        for name, data in members:
            package.writestr(name, data)
    return buffer.getvalue()


def test_a_zip_with_mail_waits_for_the_pick_then_imports_her_mails_and_the_note(
    web: WebClient,
) -> None:
    client_id = web.add_client("Morwenna Pike", emails=HER)
    response = web.upload(client_id, [("export.zip", make_zip())], htmx=True)
    fragment = parse(response.text)
    boxes = fragment.select("#pick-identities input[type=checkbox]")
    found = {box["value"]: box.has_attr("checked") for box in boxes}
    assert found == {f"email:{HER}": True, f"email:{OTHER}": False}
    labels = [
        fragment.select_one(f"label[for='{box['id']}']").get_text(" ", strip=True) for box in boxes
    ]
    assert labels == [
        f"Morwenna Pike <{HER}> (2 Nachrichten)",
        f"Clay Shop <{OTHER}> (1 Nachricht)",
    ]
    legend = fragment.select_one("#pick-identities legend").get_text(strip=True)
    assert legend == "Absender in export.zip"
    assert fragment.select_one("#sources-table") is None  # nothing imported yet
    assert fragment.select(".result-problem") == []  # no "mail_elsewhere"
    token = fragment.select_one("#pick-identities input[name=token]")["value"]
    staging = stage_folder(web.http.app.state.staging_root, client_id, token)
    assert [p.name for p in staging.iterdir()] == ["export.zip"]

    confirmed = web.post(
        f"/clients/{client_id}/sources/confirm",
        {"token": token, "kind": "", "pick": [f"email:{HER}"]},
        headers={"HX-Request": "true"},
    )
    page = parse(confirmed.text)
    assert page.select(".result-problem") == []
    # One line for the zip's mail (words counted by hand: 26 + 23), one for the note (31).
    assert [li.get_text(" ", strip=True) for li in page.select(".result-ok")] == [
        "„export.zip“: 3 Nachrichten gelesen, 2 davon von ihr; 2 übernommen mit 2 Textstellen "
        "und 49 Wörtern, 0 waren schon da.",
        "Aus „notes/glaze.txt“ wurde 1 Textstelle mit 31 Wörtern übernommen.",
    ]
    assert not staging.exists()
    with Session(web.http.app.state.engine) as session:
        rows = session.execute(
            select(Source.name, Source.container, Source.sender).order_by(Source.name)
        ).all()
        texts = " ".join(session.scalars(select(PassageRow.text)))
    assert [tuple(row) for row in rows] == [
        ("export.zip/mail/1.eml", "export.zip", HER),
        ("export.zip/mail/3.eml", "export.zip", HER),
        ("notes/glaze.txt", "export.zip", ""),
    ]
    assert "mugs are out of the kiln" in texts
    assert "spout right" in texts
    assert "spring firing" in texts
    assert "stoneware clay" not in texts


def test_a_zip_with_mail_and_a_call_lists_senders_and_speakers(web: WebClient) -> None:
    client_id = web.add_client("Morwenna Pike", emails=HER)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as package:
        package.writestr(
            "1.eml", make_eml(1, HER, "Morwenna Pike", "Hi Tom,\n\nthe mugs are done.")
        )
        package.writestr("calls/market.vtt", CALL)
    fragment = parse(web.upload(client_id, [("export.zip", buffer.getvalue())]).text)
    fieldsets = [f.get_text(" ", strip=True) for f in fragment.select("#pick-identities fieldset")]
    assert fieldsets == [
        f"Absender in export.zip Morwenna Pike <{HER}> (1 Nachricht)",
        "Sprecher:innen in export.zip Morwenna (2 Redebeiträge) Tom (1 Redebeitrag)",
    ]
    token = fragment.select_one("#pick-identities input[name=token]")["value"]
    web.post(
        f"/clients/{client_id}/sources/confirm",
        {"token": token, "kind": "", "pick": [f"email:{HER}", "speaker:Morwenna"]},
    )
    with Session(web.http.app.state.engine) as session:
        turns = session.execute(
            select(PassageRow.speaker, PassageRow.text)
            .join(Source, PassageRow.source_id == Source.id)
            .where(Source.name == "calls/market.vtt")
            .order_by(PassageRow.position)
        ).all()
    assert [tuple(turn) for turn in turns] == [
        ("Morwenna", "I would love the bowls to feel heavy in the hand, like river stones."),
        ("Morwenna", "Then I will make twelve of them before the market."),
    ]
    overview = web.soup(f"/clients/{client_id}")
    assert [li.get_text() for li in overview.select(".identity-value")] == [HER, "Morwenna"]


def test_a_zip_without_mail_is_imported_at_once(web: WebClient) -> None:
    client_id = web.add_client("Morwenna Pike", emails=HER)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as package:
        package.writestr("glaze.txt", NOTE)
    page = parse(web.upload(client_id, [("notes.zip", buffer.getvalue())]).text)
    assert page.select_one("#pick-identities") is None
    assert [td.get_text(strip=True) for td in page.select("#sources-table tbody th")] == [
        "glaze.txt"
    ]
