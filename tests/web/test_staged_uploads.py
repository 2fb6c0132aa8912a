"""Mail files and transcripts: pick her senders/speakers before anything is imported."""

from __future__ import annotations

from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import format_datetime

from sqlalchemy import select
from sqlalchemy.orm import Session
from web_helpers import WebClient, parse

from treffsicher.services.uploads import stage_folder
from treffsicher.storage.tables import Source

HER = "ulrike@example.org"
MESSAGES = [
    (
        HER,
        "Ulrike Berger",
        "Hallo Anna,\n\nich finde den Entwurf ganz wunderbar, nur die "
        "Überschrift ist mir zu laut. Magst du sie ruhiger machen?\n\nLiebe Grüße\nUlrike\n",
    ),
    (
        "anna@example.net",
        "Anna Texterin",
        "Hallo Ulrike,\n\nich schicke dir morgen eine neue "
        "Fassung mit einer leiseren Überschrift.\n\nViele Grüße\nAnna\n",
    ),
    (
        HER,
        "Ulrike Berger",
        "Hallo Anna,\n\ndanke dir! Die neue Überschrift passt, ehrlich "
        "gesagt genau so hatte ich mir das vorgestellt.\n\nLiebe Grüße\nUlrike\n",
    ),
]
TRANSCRIPT = (
    "WEBVTT\n\n00:00:01.000 --> 00:00:05.000\n<v Ulrike Berger>Also, mir ist wichtig, dass "
    "die Seite ruhig wirkt, ne?\n\n00:00:06.000 --> 00:00:09.000\n<v Anna Texterin>Das "
    "bekommen wir hin.\n\n00:00:10.000 --> 00:00:15.000\n<v Ulrike Berger>Und bitte keine "
    "Werbesprache, das passt nicht zu mir.\n"
)


def make_mbox() -> bytes:
    """Three messages in mbox format: two from her, one from Anna."""
    parts = []
    for number, (address, name, body) in enumerate(MESSAGES, start=1):
        message = EmailMessage()
        message["From"] = f"{name} <{address}>"
        message["To"] = "someone@example.com"
        message["Subject"] = f"Entwurf {number}"
        message["Date"] = format_datetime(datetime(2026, 3, number, 9, 30, tzinfo=UTC))
        message["Message-ID"] = f"<m{number}@example.org>"
        message.set_content(body)
        parts.append(f"From {address} Mon Mar  {number}09:30:00 2026\n".encode())
        parts.append(message.as_bytes() + b"\n")
    return b"".join(parts)


def test_mbox_waits_for_the_pick_then_imports_her_messages(web: WebClient) -> None:
    client_id = web.add_client("Ulrike Berger", emails=HER)
    response = web.upload(client_id, [("postfach.mbox", make_mbox())], htmx=True)
    fragment = parse(response.text)
    assert fragment.find(True)["id"] == "sources-area"
    boxes = fragment.select("#pick-identities input[type=checkbox]")
    found = {box["value"]: box.has_attr("checked") for box in boxes}
    assert found == {f"email:{HER}": True, "email:anna@example.net": False}
    for box in boxes:  # every checkbox has its label
        assert fragment.select_one(f"label[for='{box['id']}']") is not None
    assert fragment.select_one("#sources-table") is None  # nothing imported yet
    token = fragment.select_one("#pick-identities input[name=token]")["value"]
    staging = stage_folder(web.http.app.state.staging_root, client_id, token)
    assert staging.is_dir()
    confirmed = web.post(
        f"/clients/{client_id}/sources/confirm",
        {"token": token, "kind": "", "pick": [f"email:{HER}"]},
        headers={"HX-Request": "true"},
    )
    page = parse(confirmed.text)
    line = page.select_one(".result-ok").get_text(" ", strip=True)
    assert line.startswith("„postfach.mbox“: 3 Nachrichten gelesen, 2 davon von ihr; 2 übernommen")
    assert not staging.exists()
    with Session(web.http.app.state.engine) as session:
        names = sorted(session.scalars(select(Source.name)))
        containers = set(session.scalars(select(Source.container)))
    assert len(names) == 2
    assert all(str(staging) not in n for n in names)
    assert containers == {"postfach.mbox"}
    again = web.post(
        f"/clients/{client_id}/sources/confirm", {"token": token, "kind": "", "pick": []}
    )
    assert "nicht mehr bereit" in parse(again.text).select_one("#error-message").get_text()


def test_transcript_speaker_is_picked_and_saved(web: WebClient) -> None:
    client_id = web.add_client("Ulrike Berger")
    response = web.upload(client_id, [("gespraech.vtt", TRANSCRIPT.encode())])
    page = parse(response.text)
    values = [box["value"] for box in page.select("#pick-identities input[type=checkbox]")]
    assert sorted(values) == ["speaker:Anna Texterin", "speaker:Ulrike Berger"]
    token = page.select_one("#pick-identities input[name=token]")["value"]
    done = parse(
        web.post(
            f"/clients/{client_id}/sources/confirm",
            {"token": token, "kind": "speech", "pick": ["speaker:Ulrike Berger"]},
        ).text
    )
    assert (
        done.select_one(".result-ok")
        .get_text(" ", strip=True)
        .startswith("Aus „gespraech.vtt“ wurden 2 Textstellen mit 19 Wörtern übernommen")
    )
    overview = web.soup(f"/clients/{client_id}")
    assert [li.get_text() for li in overview.select(".identity-value")] == ["Ulrike Berger"]


def test_a_forged_token_is_refused(web: WebClient) -> None:
    client_id = web.add_client("Ulrike Berger")
    response = web.post(f"/clients/{client_id}/sources/confirm", {"token": "../../etc", "kind": ""})
    assert response.status_code == 400


def test_a_token_staged_for_one_client_does_not_import_into_another(web: WebClient) -> None:
    ulrike = web.add_client("Ulrike Berger", emails=HER)
    other = web.add_client("Bernd Maier")
    page = parse(web.upload(ulrike, [("postfach.mbox", make_mbox())]).text)
    token = page.select_one("#pick-identities input[name=token]")["value"]
    wrong = web.post(
        f"/clients/{other}/sources/confirm", {"token": token, "kind": "", "pick": [f"email:{HER}"]}
    )
    assert wrong.status_code == 400
    with Session(web.http.app.state.engine) as session:
        assert list(session.scalars(select(Source.name))) == []
    # Her own page can still take it.
    right = web.post(
        f"/clients/{ulrike}/sources/confirm", {"token": token, "kind": "", "pick": [f"email:{HER}"]}
    )
    assert parse(right.text).select_one(".result-ok") is not None


WHATSAPP = (
    "12.05.25, 14:03 - Anna Texterin: Hallo Ulrike, passt dir der Entwurf?\n"
    "12.05.25, 14:05 - Ulrike Berger: Ja, er passt, nur die Überschrift ist mir zu laut.\n"
    "12.05.25, 14:05 - Ulrike Berger: <Medien ausgelassen>\n"
    "12.05.25, 14:07 - Anna Texterin: Mache ich leiser.\n"
)


def test_whatsapp_chat_waits_for_the_pick_of_her_sender(web: WebClient) -> None:
    client_id = web.add_client("Ulrike Berger")
    upload = [("WhatsApp Chat mit Anna.txt", WHATSAPP.encode())]
    fragment = parse(web.upload(client_id, upload, htmx=True).text)
    boxes = fragment.select("#pick-identities input[type=checkbox]")
    assert {box["value"] for box in boxes} == {"speaker:Ulrike Berger", "speaker:Anna Texterin"}
    token = fragment.select_one("#pick-identities input[name=token]")["value"]
    web.post(
        f"/clients/{client_id}/sources/confirm",
        {"token": token, "kind": "", "pick": ["speaker:Ulrike Berger"]},
        headers={"HX-Request": "true"},
    )
    with Session(web.http.app.state.engine) as session:
        senders = list(session.scalars(select(Source.sender)))
    assert senders == ["Ulrike Berger"]
