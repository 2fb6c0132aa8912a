"""Messages of the importing commands and services, German and English (merged by i18n.py)."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    # Mail files: reasons and notes of importers.mail.
    "mail.empty": {"de": "Die Datei ist leer.", "en": "The file is empty."},
    "mail.no_messages": {
        "de": "enthält keine E-Mail (kein mbox-, .eml- oder Maildir-Format).",
        "en": "contains no email (not mbox, .eml or Maildir).",
    },
    "mail.not_msg": {
        "de": "Das ist keine Outlook-Nachricht (.msg): beschädigt oder etwas anderes.",
        "en": "This is not an Outlook message (.msg); the file is damaged or something else.",
    },
    "mail.msg_damaged": {
        "de": "Die Outlook-Nachricht (.msg) lässt sich nicht lesen; sie ist beschädigt oder "
        "verschlüsselt.",
        "en": "The Outlook message (.msg) cannot be read; it is damaged or encrypted.",
    },
    "mail.part_too_large": {
        "de": "Der Textteil der Nachricht ist zu groß (über 5 MB) und wurde übersprungen.",
        "en": "The message's text part is too large (over 5 MB) and was skipped.",
    },
    "mail.broken_mime": {
        "de": "Der MIME-Aufbau der Nachricht ist kaputt; kein Text gefunden.",
        "en": "The message's MIME structure is broken; no text found.",
    },
    "mail.truncated": {
        "de": "Nachricht größer als {limit} MB: nur der Anfang gelesen, Anhänge übersprungen",
        "en": "message larger than {limit} MB: only its start read, attachments skipped",
    },
    "mail.charset_fallback": {
        "de": "angegebene Zeichenkodierung „{declared}“ passt nicht; als {used} gelesen",
        "en": "declared charset '{declared}' does not fit; read as {used}",
    },
    "mail.charset_assumed": {
        "de": "Zeichenkodierung nicht angegeben; als {used} gelesen",
        "en": "charset not declared; read as {used}",
    },
    # A saved call chat (importers.meetingchat) without a message of words.
    "reason.no_meeting_messages": {
        "de": "Keine Chatnachrichten gefunden: der gespeicherte Meeting-Chat enthält nur "
        "Reaktionen oder leere Nachrichten.",
        "en": "No chat messages found: the saved meeting chat holds only reactions or empty "
        "messages.",
    },
    # Summary of a mail import.
    "import.mail_file": {
        "de": "{name}: {seen:Nachricht|Nachrichten}, {client} von der Kundin, {stored} neu "
        "gespeichert ({passages:Textstelle|Textstellen}), {duplicates} schon vorhanden, "
        "{empty} ohne eigenen Text",
        "en": "{name}: {seen:message|messages}, {client} from the client, {stored} newly stored "
        "({passages:passage|passages}), {duplicates} already present, "
        "{empty} without text of her own",
    },
    "import.mail_none_from_client": {
        "de": "{name}: keine Nachricht stammt von einer Adresse der Kundin. "
        "Wer geschrieben hat, sehen Sie mit: {command}",
        "en": "{name}: no message is from one of the client's addresses. "
        "To see who wrote them: {command}",
    },
    "import.mail_name_hint": {
        "de": "  {count:Nachricht|Nachrichten} von „{sender_name}“ <{address}> – ist das "
        "die Kundin? Dann: {command}",
        "en": "  {count:message|messages} from '{sender_name}' <{address}> – is that the "
        "client? Then: {command}",
    },
    "import.speaker_hint": {
        "de": "  Ist einer davon die Kundin? Dann zum Beispiel: {command}",
        "en": "  Is one of them the client? Then for example: {command}",
    },
    "import.mail_summary": {
        "de": "Nachrichten gesehen: {seen}, von der Kundin: {client}, Textstellen "
        "gespeichert: {passages}, Duplikate übersprungen: {duplicates}, Probleme: {problems}.",
        "en": "Messages seen: {seen}, from the client: {client}, passages kept: {passages}, "
        "duplicates skipped: {duplicates}, problems: {problems}.",
    },
    "import.progress": {"de": "Importiere", "en": "Importing"},
    "import.progress_rate": {"de": "{rate} Nachr./s", "en": "{rate} msg/s"},
    # scan
    "scan.col_sender": {"de": "Absender", "en": "Sender"},
    "scan.col_address": {"de": "Adresse", "en": "Address"},
    "scan.col_count": {"de": "Nachrichten", "en": "Messages"},
    "scan.col_speaker": {"de": "Sprecher·in", "en": "Speaker"},
    "scan.col_turns": {"de": "Redebeiträge", "en": "Turns"},
    "scan.col_client": {"de": "Kundin", "en": "Client"},
    "scan.nothing": {
        "de": "{name}: keine Absender oder Sprecher gefunden",
        "en": "{name}: no senders or speakers found",
    },
    "scan.unsupported": {
        "de": "Nur E-Mail-Dateien (.eml, .mbox, .msg, Maildir), Transkripte und Chats "
        "(WhatsApp, Telegram, Messenger, Instagram, Zoom) lassen sich nach Absendern "
        "durchsuchen.",
        "en": "Only mail files (.eml, .mbox, .msg, Maildir), transcripts and chats (WhatsApp, "
        "Telegram, Messenger, Instagram, Zoom) can be scanned for senders.",
    },
    "scan.hint": {
        "de": "Adressen der Kundin hinzufügen: treffsicher client identity add NAME --email "
        "ADRESSE (oder --speaker NAME)",
        "en": "Add the client's addresses: treffsicher client identity add NAME --email "
        "ADDRESS (or --speaker NAME)",
    },
    # passages
    "passages.none": {
        "de": "Keine Textstellen gespeichert für „{name}“.",
        "en": "No passages stored for '{name}'.",
    },
    "passages.source_missing": {
        "de": "„{name}“ hat keine Quelle mit der Nummer {source}.",
        "en": "'{name}' has no source with id {source}.",
    },
    "passages.header": {
        "de": "Quelle {id}: {name}",
        "en": "Source {id}: {name}",
    },
    "passages.position": {
        "de": "Textstelle {position} · {language} · {words} Wörter · Zeichen {start}–{end}",
        "en": "passage {position} · {language} · {words} words · characters {start}–{end}",
    },
    "passages.date": {"de": "Datum", "en": "Date"},
    "passages.subject": {"de": "Betreff", "en": "Subject"},
    "passages.sender": {"de": "Von", "en": "From"},
    "passages.message": {"de": "Nachricht", "en": "Message"},
    "passages.speaker": {"de": "Sprecher·in", "en": "Speaker"},
    "passages.timestamp": {"de": "Zeitmarke", "en": "Timestamp"},
    "passages.role": {"de": "Rolle", "en": "Role"},
    "passages.note": {"de": "Hinweis", "en": "Note"},
    "passages.total": {
        "de": "{passages:Textstelle|Textstellen} aus {sources:Quelle|Quellen}, "
        "{words:Wort|Wörter}.",
        "en": "{passages:passage|passages} from {sources:source|sources}, {words:word|words}.",
    },
    # A source's note: its legal sections (importers.legal) are stored but left out.
    "import.legal_left_out": {
        "de": "{count:Textstelle|Textstellen} Rechtstext (Impressum, Datenschutz, AGB …) "
        "gespeichert, aber nicht Teil ihrer Stimme; zurückholen mit: treffsicher passage "
        "include NR (die Nummer zeigt: treffsicher passages)",
        "en": "{count:passage|passages} of legal text (imprint, privacy policy, terms …) "
        "stored but not part of her voice; take one back with: treffsicher passage include "
        "NO (the number is in: treffsicher passages)",
    },
}
