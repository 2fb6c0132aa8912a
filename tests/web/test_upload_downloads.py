"""Web upload: a data download's chats are picked like an mbox's senders; mail files that
cannot be read are named once, by their problem."""

from __future__ import annotations

import io
import json
import zipfile

from bs4 import BeautifulSoup
from web_helpers import WebClient


def make_download() -> bytes:
    """A Meta data download (hand-written): one Messenger chat and a photo."""
    chat = {
        "participants": [{"name": "Vroni Huber"}, {"name": "Lisa Brandl"}],
        "messages": [
            {
                "sender_name": "Vroni Huber",
                "timestamp_ms": 1715515380000,
                "content": "Servus Lisa, des Angebot passt scho, mia ham am Freitag Zeit!",
            },
            {"sender_name": "Lisa Brandl", "timestamp_ms": 1715515300000, "content": "Hallo!"},
        ],
        "title": "Lisa Brandl",
    }
    data = io.BytesIO()
    with zipfile.ZipFile(data, "w") as package:
        package.writestr("your_activity/messages/inbox/lisa_1/message_1.json", json.dumps(chat))
        package.writestr("your_activity/messages/photos/bild.png", b"\x89PNG\r\n\x1a\n")
    return data.getvalue()


def test_chats_of_a_data_download_are_picked_then_imported(web: WebClient) -> None:
    client_id = web.add_client("Vroni Huber")
    page = BeautifulSoup(
        web.upload(client_id, [("facebook.zip", make_download())]).text, "html.parser"
    )
    form = page.find("form", action=f"/clients/{client_id}/sources/confirm")
    assert form is not None, "the download's senders are offered to pick"
    picks = [i["value"] for i in form.find_all("input", attrs={"name": "pick"})]
    assert sorted(picks) == ["speaker:Lisa Brandl", "speaker:Vroni Huber"]
    fields = {
        i["name"]: i.get("value", "")
        for i in form.find_all("input")
        if i.get("name") not in ("pick", "csrf_token", None)
    }
    done = web.post(
        f"/clients/{client_id}/sources/confirm", {**fields, "pick": ["speaker:Vroni Huber"]}
    )
    assert done.status_code == 200
    text = BeautifulSoup(done.text, "html.parser").get_text(" ")
    assert "wurde 1 Textstelle mit 11 Wörtern übernommen" in text
    assert "nicht importiert" not in text


def test_unreadable_mail_files_are_named_by_their_problem_only(web: WebClient) -> None:
    client_id = web.add_client("Vroni Huber", emails="vroni@schreinerei-huber.de")
    broken = [
        ("kaputt.msg", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600)),
        ("foto.mbox", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8),
    ]
    response = web.upload(client_id, broken)
    page = BeautifulSoup(response.text, "html.parser")
    form = page.find("form", action=f"/clients/{client_id}/sources/confirm")
    if form is not None:  # mail files are staged for the sender pick first
        fields = {
            i["name"]: i.get("value", "")
            for i in form.find_all("input")
            if i.get("name") not in ("pick", "csrf_token", None)
        }
        response = web.post(f"/clients/{client_id}/sources/confirm", fields)
        page = BeautifulSoup(response.text, "html.parser")
    ok = [li.get_text(" ", strip=True) for li in page.select(".result-ok")]
    problems = [li.get_text(" ", strip=True) for li in page.select(".result-problem")]
    assert ok == []
    assert any("kaputt.msg" in p and "lässt sich nicht lesen" in p for p in problems)
    assert any("foto.mbox" in p and "Null-Bytes" in p for p in problems)
    assert "Error" not in " ".join(problems)
