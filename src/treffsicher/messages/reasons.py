"""Why a file could not be imported, and notes about a source, German and English: the
reason codes of the importers (documents, transcripts, web pages, office files, PDFs,
archives) as "reason.<code>", phrased by importers.documents.describe_reason."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "reason.empty": {"de": "Die Datei ist leer.", "en": "The file is empty."},
    "reason.blank": {
        "de": "Die Datei ist leer (nur Leerzeichen und Zeilenumbrüche).",
        "en": "The file is empty (only spaces and line breaks).",
    },
    "reason.no_text": {
        "de": "Nach dem Entfernen der Formatierung bleibt kein Text übrig.",
        "en": "No text is left once the formatting is removed.",
    },
    "reason.binary_format": {
        "de": "Das ist keine Textdatei, sondern {format}. Bitte den Text als .txt oder .md "
        "speichern oder kopieren und mit „-“ einfügen.",
        "en": "This is not a text file but {format}. Please save the text as .txt or .md, "
        'or copy it and paste it with "-".',
    },
    "reason.binary_nul": {
        "de": "Das ist keine Textdatei: sie enthält Null-Bytes (Binärdaten).",
        "en": "This is not a text file: it contains NUL bytes (binary data).",
    },
    "reason.binary_control": {
        "de": "Das ist keine Textdatei: {share} % der Zeichen sind Steuerzeichen.",
        "en": "This is not a text file: {share}% of its characters are control characters.",
    },
    "reason.long_line": {
        "de": "Ab Byte {offset} folgen über {limit} MB ohne Zeilenumbruch – das ist kein "
        "Fließtext (vielleicht eine Export- oder Datendatei).",
        "en": "From byte {offset} on, more than {limit} MB follow without a line break – "
        "that is not prose (perhaps an export or data file).",
    },
    "reason.too_large": {
        "de": "Die Datei ist {size} MB groß; erlaubt sind höchstens {limit} MB Text pro "
        "Quelle. Bitte in kleinere Dateien teilen.",
        "en": "The file is {size} MB; at most {limit} MB of text per source are allowed. "
        "Please split it into smaller files.",
    },
    "reason.bad_encoding": {
        "de": "Die Datei sieht nach {encoding} aus (Byte-Order-Mark oder Null-Bytes), ist "
        "aber kein gültiges {encoding}.",
        "en": "The file looks like {encoding} (byte order mark or NUL bytes) but is not "
        "valid {encoding}.",
    },
    "reason.not_a_draft": {
        "de": "Als Entwurf lassen sich {supported} lesen, nicht „{suffix}“.",
        "en": 'Drafts can be read from {supported}, not "{suffix}".',
    },
    "reason.unsupported": {
        "de": "Dateityp „{suffix}“ wird nicht unterstützt. Unterstützt: {supported}.",
        "en": 'File type "{suffix}" is not supported. Supported: {supported}.',
    },
    # Transcripts, web pages, office documents, PDFs and archives.
    "reason.no_speaker": {
        "de": "Das ist ein Gesprächsprotokoll. Bitte angeben, wer davon die Kundin ist "
        "(Sprecher als Kennung der Kundin hinzufügen). Sprecher in der Datei: {found}.",
        "en": "This is a transcript. Please say which speaker is the client (add the speaker "
        "as one of her identities). Speakers in the file: {found}.",
    },
    "reason.speaker_missing": {
        "de": "Die Sprecher der Kundin ({wanted}) kommen nicht vor. Sprecher in der Datei: "
        "{found}.",
        "en": "The client's speakers ({wanted}) do not occur. Speakers in the file: {found}.",
    },
    "reason.no_turns": {
        "de": "Keine Redebeiträge gefunden (erwartet: WebVTT, SRT oder Zeilen wie "
        "„Name: …“ bzw. „[00:01:02] Name: …“).",
        "en": 'No speaker turns found (expected WebVTT, SRT or lines like "Name: …" or '
        '"[00:01:02] Name: …").',
    },
    # Chats and social-media exports.
    "reason.no_messages": {
        "de": "Keine Chatnachrichten gefunden (erwartet: WhatsApp-Export mit Zeilen wie "
        "„12.05.25, 14:03 - Name: …“ oder „[12.05.25, 14:03:11] Name: …“, Telegram result.json, "
        "message_1.json aus Messenger oder Instagram oder der gespeicherte Chat eines "
        "Zoom-Gesprächs).",
        "en": 'No chat messages found (expected a WhatsApp export with lines like "12/05/2025, '
        '14:03 - Name: …" or "[12/05/2025, 14:03:11] Name: …", Telegram\'s result.json, '
        "message_1.json from Messenger or Instagram, or a Zoom call's saved chat).",
    },
    "reason.no_sender": {
        "de": "Das ist ein Chat. Bitte angeben, wer davon die Kundin ist (Absender als Kennung "
        "der Kundin hinzufügen). Absender im Chat: {found}.",
        "en": "This is a chat. Please say which sender is the client (add the sender as one "
        "of her identities). Senders in the chat: {found}.",
    },
    "reason.sender_missing": {
        "de": "Die Absender der Kundin ({wanted}) kommen im Chat nicht vor. Absender im Chat: "
        "{found}.",
        "en": "The client's senders ({wanted}) do not occur in the chat. Senders in the chat: "
        "{found}.",
    },
    "reason.no_chat_in_zip": {
        "de": "Im ZIP steht kein WhatsApp-Chat (erwartet: „_chat.txt“ oder „WhatsApp Chat mit "
        "….txt“).",
        "en": 'The zip file holds no WhatsApp chat (expected "_chat.txt" or "WhatsApp Chat with '
        '….txt").',
    },
    "reason.unknown_export": {
        "de": "Weder ein Chat-Export (Telegram result.json) noch ein Export aus sozialen "
        "Netzwerken (Instagram- oder Facebook-JSON, LinkedIn Shares.csv oder Comments.csv).",
        "en": "Neither a chat export (Telegram result.json) nor a social-media export "
        "(Instagram or Facebook JSON, LinkedIn Shares.csv or Comments.csv).",
    },
    "reason.social_no_pick": {
        "de": "Ein Datenexport aus sozialen Netzwerken: Alle Beiträge darin sind ihre, es gibt "
        "keinen Absender auszuwählen. Direkt importieren.",
        "en": "A social-media data download: every post in it is hers; there is no sender to "
        "pick. Import it directly.",
    },
    "reason.bad_json": {
        "de": "Die Datei ist kein gültiges JSON (Fehler in Zeile {line}).",
        "en": "The file is not valid JSON (error in line {line}).",
    },
    "reason.no_posts": {
        "de": "Keine eigenen Beiträge gefunden (erwartet: Instagram- oder Facebook-Datenexport "
        "als JSON oder LinkedIn-Export Shares.csv).",
        "en": "No posts of her own found (expected an Instagram or Facebook data download as "
        "JSON or LinkedIn's Shares.csv).",
    },
    "reason.no_main_text": {
        "de": "Auf der Seite steht kein Haupttext (nur Navigation, Skripte oder Formatierung).",
        "en": "The page has no main text (only navigation, scripts or formatting).",
    },
    "reason.corrupt": {
        "de": "Die Datei ist beschädigt oder kein gültiges {format}.",
        "en": "The file is damaged or not a valid {format}.",
    },
    "reason.not_a_file": {
        "de": "Das ist keine gewöhnliche Datei (sondern ein Gerät oder eine Pipe).",
        "en": "This is not a regular file (but a device or a pipe).",
    },
    "reason.unreadable": {
        "de": "Die Datei lässt sich nicht lesen: {error}",
        "en": "The file cannot be read: {error}",
    },
    "reason.missing_part": {"de": "„{part}“ fehlt", "en": '"{part}" is missing'},
    "reason.password": {
        "de": "Die Datei ist passwortgeschützt. Bitte ohne Passwort speichern und erneut "
        "importieren.",
        "en": "The file is password-protected. Please save it without a password and import "
        "it again.",
    },
    "reason.old_word": {
        "de": "Das ist eine ältere Word-Datei (.doc) oder eine verschlüsselte .docx. Bitte in "
        "Word als .docx ohne Passwort speichern.",
        "en": "This is an old Word file (.doc) or an encrypted .docx. Please save it in Word "
        "as .docx without a password.",
    },
    "reason.nested_unpacked_too_large": {
        "de": "Nicht mehr entpackt: die ZIP-Dateien in dieser ZIP-Datei ergäben zusammen mehr "
        "als {limit} MB (Schutz vor Zip-Bomben).",
        "en": "Not unpacked: the zip files inside this zip would come to more than {limit} MB "
        "together (protection against zip bombs).",
    },
    "reason.unpacked_too_large": {
        "de": "Entpackt wäre die Datei {size} MB groß; erlaubt sind höchstens {limit} MB "
        "(Schutz vor Zip-Bomben).",
        "en": "Unpacked, the file would be {size} MB; at most {limit} MB are allowed "
        "(protection against zip bombs).",
    },
    "reason.too_many_members": {
        "de": "Das Archiv enthält {count} Einträge; erlaubt sind höchstens {limit}.",
        "en": "The archive holds {count} entries; at most {limit} are allowed.",
    },
    "reason.nested_too_deep": {
        "de": "Archive sind mehr als {limit} Ebenen tief ineinander verschachtelt.",
        "en": "Archives are nested more than {limit} levels deep.",
    },
    "reason.no_text_layer": {
        "de": "Die PDF-Datei hat keinen Textlayer (gescannte Seiten) – bitte OCR ausführen "
        "und die Datei erneut importieren.",
        "en": "The PDF has no text layer (scanned pages) – please run OCR and import it again.",
    },
    "reason.nothing_supported": {
        "de": "Darin ist keine Datei, die importiert werden kann. Unterstützt: {supported}.",
        "en": "It holds no file that can be imported. Supported: {supported}.",
    },
    "reason.mail_elsewhere": {
        "de": "E-Mail-Dateien ({suffix}) liest der Mail-Import, nicht der Dokument-Import.",
        "en": "Mail files ({suffix}) are read by the mail import, not the document import.",
    },
    # Notes on sources that were imported.
    "reason.encoding_assumed": {
        "de": "nicht UTF-8; als {encoding} gelesen",
        "en": "not UTF-8; read as {encoding}",
    },
    "reason.pages_without_text": {
        "de": "{count} von {total} Seiten ohne Textlayer (gescannt?) – für sie bitte OCR",
        "en": "{count} of {total} pages have no text layer (scanned?) – run OCR for them",
    },
    "reason.no_language": {
        "de": "keine erkennbare Sprache (z. B. nur Zahlen); bleibt im Stimmprofil außen vor",
        "en": "no recognisable language (e.g. only numbers); left out of the voice profile",
    },
    "reason.page_label": {"de": "S. {page}", "en": "p. {page}"},
}
