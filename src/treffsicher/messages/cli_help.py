"""The CLI's --help texts, German and English (chosen by --lang or LANG before the
commands are built: cli.base.HELP_LANG)."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    # the app and its groups
    "help.app": {
        "de": "treffsicher: die Stimme einer Kundin aus ihren eigenen Worten lernen und "
        "Entwürfe daran prüfen.",
        "en": "treffsicher: learn a client's voice from her own words and check drafts against it.",
    },
    "help.client": {
        "de": "Kundinnen anlegen, auflisten und zeigen.",
        "en": "Add, list and show clients.",
    },
    "help.identity": {
        "de": "E-Mail-Adressen oder Namen als Sprecherin zu einer Kundin hinzufügen.",
        "en": "Add email addresses or speaker names to a client.",
    },
    # shared options
    "help.opt.workspace": {
        "de": "SQLite-Datei als Arbeitsbereich (Vorgabe: TREFFSICHER_WORKSPACE, "
        "TREFFSICHER_DATABASE_URL oder workspace.sqlite im Datenordner des Benutzers).",
        "en": "SQLite file to use as the workspace (default: TREFFSICHER_WORKSPACE, "
        "TREFFSICHER_DATABASE_URL, or workspace.sqlite in your user data folder).",
    },
    "help.opt.lang": {
        "de": "Sprache der Meldungen und Profiltexte: de oder en (Vorgabe: aus LANG).",
        "en": "Language of messages and profile texts: de or en (default: from LANG).",
    },
    "help.arg.client": {
        "de": "Der Name der Kundin, wie bei „client add“ angegeben.",
        "en": "The client's name, as given to 'client add'.",
    },
    "help.opt.email": {
        "de": "Eine E-Mail-Adresse der Kundin (mehrfach möglich).",
        "en": "An email address of the client (repeatable).",
    },
    "help.opt.speaker": {
        "de": "Ein Name, unter dem die Kundin in Gesprächsnotizen auftritt (mehrfach möglich).",
        "en": "A name the client appears under in call notes (repeatable).",
    },
    # clients
    "help.client_add": {
        "de": "Eine Kundin anlegen, auf Wunsch mit E-Mail-Adressen und Namen als Sprecherin.",
        "en": "Add a client, optionally with her email addresses and speaker names.",
    },
    "help.arg.new_client": {"de": "Der Name der neuen Kundin.", "en": "The new client's name."},
    "help.client_list": {
        "de": "Alle Kundinnen auflisten, mit der Menge ihres Textes im Arbeitsbereich.",
        "en": "List all clients with how much of their text the workspace holds.",
    },
    "help.client_show": {
        "de": "Eine Kundin zeigen: Kennungen und wie viel Text sie hat.",
        "en": "Show one client: identities and how much text she has.",
    },
    "help.identity_add": {
        "de": "E-Mail-Adressen oder Namen als Sprecherin zu einer Kundin hinzufügen.",
        "en": "Add email addresses or speaker names to an existing client.",
    },
    # import
    "help.import": {
        "de": "Dateien als Quellen der Kundin importieren; jede Datei für sich, fehlerhafte "
        "werden genannt.",
        "en": "Import files as the client's sources; each file on its own, bad ones are named.",
    },
    "help.arg.import_files": {
        "de": "Zu importierende Dateien: E-Mail ({mail}, Maildir-Ordner), Transkripte "
        "({transcript}), Webseiten ({web}), Dokumente ({document}), Chats und soziale Netzwerke "
        "(WhatsApp .txt/.zip, Telegram result.json, Instagram/Facebook .json, LinkedIn .csv) "
        "oder .zip-Archive davon; „-“ liest die Standardeingabe.",
        "en": "Files to import: mail ({mail}, Maildir folders), transcripts ({transcript}), "
        "web pages ({web}), documents ({document}), chats and social posts (WhatsApp "
        ".txt/.zip, Telegram result.json, Instagram/Facebook .json, LinkedIn .csv) or .zip "
        "archives of them; '-' reads stdin.",
    },
    "help.opt.kind": {
        "de": "Was die Dateien sind: email, speech (ihre Worte in einem Gespräch), web, "
        "document oder text (Vorgabe: aus dem Text geraten).",
        "en": "What the files are: email, speech (her words on a call), web, document "
        "or text (default: guessed from the text).",
    },
    # scan, passages
    "help.scan": {
        "de": "Absender oder Sprecher:innen in Dateien mit Anzahl auflisten, um die "
        "Kennungen der Kundin auszuwählen.",
        "en": "List the senders or speakers in files, with counts, to pick the client's "
        "identities.",
    },
    "help.arg.scan_files": {
        "de": "E-Mail-Dateien ({mail}, Maildir-Ordner), Transkripte oder Chat-Exporte "
        "(WhatsApp .txt/.zip, Telegram result.json).",
        "en": "Mail files ({mail}, Maildir folders), transcripts or chat exports (WhatsApp "
        ".txt/.zip, Telegram result.json).",
    },
    "help.passages": {
        "de": "Genau zeigen, welche Worte der Kundin übernommen wurden, mit Quelle, Datum "
        "und Stelle.",
        "en": "Show exactly which of the client's words were kept, with source, date and position.",
    },
    "help.opt.source": {
        "de": "Nur die Textstellen dieser Quelle (ihre Nummer).",
        "en": "Only the passages of this source (its id).",
    },
    "help.opt.json": {"de": "JSON statt Text ausgeben.", "en": "Print JSON instead of text."},
    # profile, demo, version
    "help.profile": {
        "de": "Das Stimmprofil der Kundin aus ihren importierten Textstellen bilden und ausgeben.",
        "en": "Build and print the client's voice profile from her imported passages.",
    },
    "help.opt.profile_json": {
        "de": "Das Profil als JSON statt als Tabellen ausgeben.",
        "en": "Print the profile as JSON instead of tables.",
    },
    "help.demo": {
        "de": "Die Demo-Kundinnen in den Arbeitsbereich laden (noch einmal: fügt nichts "
        "hinzu) und ein Profil ausgeben.",
        "en": "Load the demo clients into the workspace (again: adds nothing) and print a profile.",
    },
    "help.version": {
        "de": "Die Version von treffsicher ausgeben.",
        "en": "Print treffsicher's version.",
    },
    # check, checks, verify
    "help.check": {
        "de": "Einen Entwurf an der Stimme der Kundin prüfen; der Abgleich wird für den "
        "Verlauf gespeichert.",
        "en": "Check a draft against the client's voice; the check is stored for the history.",
    },
    "help.arg.draft": {
        "de": "Der Entwurf: eine Datei ({formats}) oder -.",
        "en": "The draft: a {formats} file, or -.",
    },
    "help.opt.format": {
        "de": "text (Terminal), html (ein Bericht) oder json.",
        "en": "text (terminal), html (a report) or json.",
    },
    "help.opt.out_report": {
        "de": "Den Bericht in diese Datei schreiben statt ins Terminal.",
        "en": "Write the report to this file instead of the terminal.",
    },
    "help.opt.register": {
        "de": "Was der Entwurf ist: web, email, … (Vorgabe: geraten).",
        "en": "What the draft is: web, email, … (default: guessed).",
    },
    "help.checks": {
        "de": "Die früheren Abgleiche der Kundin auflisten, neueste zuerst, mit dem Verlauf "
        "(„58 → 81“).",
        "en": 'List the client\'s earlier checks, newest first, with the trend ("58 → 81").',
    },
    "help.verify": {
        "de": "Autorschafts-Prüfungen mit dem Passungsmodell bewerten (0,5: nicht entscheidbar).",
        "en": "Score authorship-verification trials with the fit-score model (0.5: cannot tell).",
    },
    "help.arg.trials": {
        "de": "Prüfungen als JSON Lines: id, lang, known, unknown.",
        "en": "Trials as JSON Lines: id, lang, known, unknown.",
    },
    "help.opt.out_scores": {
        "de": "Wohin die Werte geschrieben werden (JSON Lines).",
        "en": "Where to write the scores (JSON Lines).",
    },
    # serve
    "help.serve": {
        "de": "Die Weboberfläche auf dem Arbeitsbereich anbieten (Vorgabe: http://127.0.0.1:8000).",
        "en": "Serve the web interface on the workspace (http://127.0.0.1:8000 by default).",
    },
    "help.opt.host": {
        "de": "Adresse, auf der gelauscht wird (Vorgabe: nur dieser Rechner).",
        "en": "Address to listen on (default: this computer only).",
    },
    "help.opt.port": {"de": "Port, auf dem gelauscht wird.", "en": "Port to listen on."},
    "help.opt.get": {
        "de": "Diesen Pfad (z. B. /clients) einmal darstellen, ausgeben und beenden.",
        "en": "Render this path (e.g. /clients) once, print it and exit.",
    },
    # forget, backup, restore
    "help.forget": {
        "de": "Eine Kundin und alles aus ihr Abgeleitete löschen, ohne dass eines ihrer "
        "Worte auf der Platte bleibt.",
        "en": "Erase a client and everything derived from her, leaving none of her words on disk.",
    },
    "help.client_remove": {
        "de": "Eine Kundin mit allem, was von ihr stammt, löschen (wie „forget“; fragt vorher).",
        "en": "Remove a client and everything derived from her (like 'forget'; asks first).",
    },
    "help.identity_remove": {
        "de": "E-Mail-Adressen oder Namen als Sprecherin einer Kundin entfernen.",
        "en": "Remove email addresses or speaker names from a client.",
    },
    "help.source": {"de": "Quellen entfernen.", "en": "Remove sources."},
    "help.source_remove": {
        "de": "Eine Quelle mit ihren Textstellen entfernen (Nummer aus „passages“).",
        "en": "Remove a source with its passages (number from 'passages').",
    },
    "help.passage": {
        "de": "Textstellen aus ihrer Stimme herausnehmen oder wieder hineinnehmen.",
        "en": "Leave passages out of her voice or take them back in.",
    },
    "help.passage_exclude": {
        "de": "Eine Textstelle, die nicht ihre Stimme ist, aus Profil und Belegen herausnehmen "
        "(sie bleibt gespeichert).",
        "en": "Leave a passage that is not her voice out of profile and evidence (it stays "
        "stored).",
    },
    "help.passage_include": {
        "de": "Eine ausgenommene Textstelle wieder zählen lassen.",
        "en": "Let a left-out passage count again.",
    },
    "help.arg.source_id": {"de": "Nummer der Quelle.", "en": "Number of the source."},
    "help.arg.passage_id": {"de": "Nummer der Textstelle.", "en": "Number of the passage."},
    "help.opt.yes": {"de": "Nicht nachfragen.", "en": "Do not ask for confirmation."},
    "help.backup": {
        "de": "Den Arbeitsbereich in eine Sicherungsdatei kopieren, sicher auch, während der "
        "Webserver läuft.",
        "en": "Copy the workspace to a backup file, safely while the web server runs.",
    },
    "help.opt.out_backup": {
        "de": "Die zu schreibende Sicherungsdatei (muss neu sein).",
        "en": "The backup file to write (must be new).",
    },
    "help.restore": {
        "de": "Den Arbeitsbereich durch eine Sicherung ersetzen (fragt vorher).",
        "en": "Replace the workspace with a backup (asks first).",
    },
    "help.arg.backup": {
        "de": "Eine von „backup“ geschriebene Sicherungsdatei.",
        "en": "A backup file written by 'backup'.",
    },
    "help.opt.public_url": {
        "de": "Adresse, unter der ihr Browser diesen Server erreicht (Tunnel oder Proxy), für "
        "die Rückfrage-Links; braucht TREFFSICHER_PASSWORD (mindestens 12 Zeichen), außer "
        "sie zeigt auf diesen Rechner.",
        "en": "Address her browser reaches this server under (a tunnel or proxy), used in "
        "check-back links; needs TREFFSICHER_PASSWORD (12+ characters) unless it is loopback.",
    },
    # understanding log, check-back, questionnaire
    "help.checkback": {
        "de": "Rückfrage bei der Kundin: private Runden, die sie beantwortet.",
        "en": "Check back with the client: private rounds she answers.",
    },
    "help.questionnaire": {
        "de": "Der Kennenlern-Fragebogen für eine neue Kundin.",
        "en": "The questionnaire (Kennenlern-Fragebogen) for a new client.",
    },
    "help.opt.pin": {
        "de": "Eine PIN (mindestens 4 Ziffern), die sie eingeben muss; getrennt schicken.",
        "en": "A PIN (4+ digits) she must enter; send it separately.",
    },
    "help.opt.days": {
        "de": "Tage, bis der Link abläuft.",
        "en": "Days until the link expires.",
    },
    "help.opt.her_language": {
        "de": "Die Sprache der Kundin (sonst die, in der die meisten ihrer Wörter stehen).",
        "en": "Her language (default: the one most of her words are in).",
    },
    "help.opt.address": {
        "de": "Wie die Mail sie anspricht: du oder sie (sonst: sie auf Deutsch).",
        "en": "How the email addresses her: du or sie (default: sie in de).",
    },
    "help.opt.link_url": {
        "de": "Adresse, unter der ihr Browser den Server erreicht (sonst TREFFSICHER_PUBLIC_URL "
        "oder http://127.0.0.1:8000).",
        "en": "Address her browser reaches the server under (default: TREFFSICHER_PUBLIC_URL or "
        "http://127.0.0.1:8000).",
    },
    "help.arg.assumption_text": {
        "de": "Die Annahme, in einfachen Worten.",
        "en": "The assumption, in plain words.",
    },
    "help.opt.category": {
        "de": "audience (Zielgruppe), tone (Ton), goals (Ziele), values (Werte), offer (Angebot), "
        "nogo, other.",
        "en": "audience, tone, goals, values, offer, nogo, other.",
    },
    "help.opt.propose": {
        "de": "Zuerst Annahmen aus ihren Worten vorschlagen.",
        "en": "First propose assumptions from her words.",
    },
    "help.arg.assumption_id": {
        "de": "Die Nummer der Annahme.",
        "en": "The assumption's number.",
    },
    "help.opt.status": {
        "de": "confirmed (bestätigt), corrected (korrigiert) oder rejected (verworfen).",
        "en": "confirmed, corrected or rejected.",
    },
    "help.opt.note": {
        "de": "Warum, oder die korrigierte Fassung.",
        "en": "Why, or the corrected wording.",
    },
    "help.opt.accept": {
        "de": "Einen Vorschlag annehmen.",
        "en": "Accept a proposal.",
    },
    "help.opt.pin_quote": {
        "de": "Diese Textstelle als Beleg festhalten.",
        "en": "Pin this passage as evidence.",
    },
    "help.opt.dismiss_quote": {
        "de": "Diese Textstelle als Beleg verwerfen.",
        "en": "Dismiss this passage as evidence.",
    },
    "help.opt.items": {
        "de": "Nummern der Annahmen: 3,5,8.",
        "en": "Assumption numbers: 3,5,8.",
    },
    "help.arg.round_id": {
        "de": "Die Nummer der Runde.",
        "en": "The round's number.",
    },
    "help.opt.revoke": {
        "de": "Den Link zurückziehen.",
        "en": "Withdraw the link.",
    },
    "help.opt.de_or_en": {
        "de": "de oder en.",
        "en": "de or en.",
    },
    "help.opt.questions_file": {
        "de": "Eine Textdatei mit einer Frage pro Zeile ersetzt sie.",
        "en": "A text file with one question per line replaces them.",
    },
    "help.opt.md_or_html": {
        "de": "md oder html.",
        "en": "md or html.",
    },
    "help.assume": {
        "de": "Eine Annahme über eine Kundin festhalten; gibt ihre Nummer aus.",
        "en": "Add an assumption about a client; prints its id.",
    },
    "help.assumptions": {
        "de": "Die Annahmen einer Kundin mit ihrer Sicherheit; --propose schlägt zuerst welche aus "
        "ihren Worten vor.",
        "en": "List a client's assumptions with confidence; --propose adds proposals from her "
        "words.",
    },
    "help.assumption": {
        "de": "Eine Annahme mit Belegen, Widersprüchen und Verlauf zeigen oder sie ändern.",
        "en": "Show an assumption with evidence, contradictions and history, or change it.",
    },
    "help.briefing": {
        "de": "Das Briefing-Protokoll: Annahmen, Belege, ihre Antworten mit Zeitpunkt.",
        "en": "The briefing record: assumptions, evidence, her answers with times.",
    },
    "help.checkback_create": {
        "de": "Eine Rückfrage-Runde anlegen: ein privater Link und eine fertige Mail.",
        "en": "Create a check-back round: a private link and a ready-to-send email.",
    },
    "help.checkback_list": {
        "de": "Die Rückfrage- und Fragebogen-Runden einer Kundin.",
        "en": "List a client's check-back and questionnaire rounds.",
    },
    "help.checkback_show": {
        "de": "Eine Runde zeigen: jede Aussage mit ihren Antworten und deren Zeitpunkt.",
        "en": "Show a round: each statement with her answers and their times.",
    },
    "help.questionnaire_create": {
        "de": "Einer neuen Kundin den Fragebogen schicken: offene Fragen, die sie in eigenen "
        "Worten beantwortet.",
        "en": "Send a new client the questionnaire: open questions she answers in her own words.",
    },
    "help.questionnaire_questions": {
        "de": "Die Fragen einer Sprache zeigen (oder ersetzen).",
        "en": "Show (or replace) the questionnaire's questions in a language.",
    },
    "help.export": {
        "de": "Alles zu einer Kundin in eine ZIP-Datei schreiben (Textstellen mit Herkunft, "
        "Abgleiche, Annahmen, Rückfragen und Antworten, Profil) – zum Weitergeben oder Umziehen.",
        "en": "Write everything about a client to a zip file (passages with provenance, checks, "
        "assumptions, check-backs and answers, profile), to hand over or to move.",
    },
    "help.opt.export_out": {
        "de": "Die ZIP-Datei, die geschrieben wird (muss neu sein).",
        "en": "The zip file to write (must be new).",
    },
    "help.import_export": {
        "de": "Einen Export von „treffsicher export“ in diesen Arbeitsbereich übernehmen.",
        "en": "Read an export written by 'treffsicher export' into this workspace.",
    },
    "help.arg.export_file": {
        "de": "Die ZIP-Datei von „treffsicher export“.",
        "en": "The zip file written by 'treffsicher export'.",
    },
    # me: the writer's own voice
    "help.me": {
        "de": "Ihre eigene Stimme: Ihre Kennungen und Texte, nie Teil des Profils einer Kundin.",
        "en": "Your own voice: your identities and texts, never part of a client's profile.",
    },
    "help.me_add": {
        "de": "Eigene Kennungen eintragen: von da an behält jeder Import Ihre eigenen "
        "Nachrichten und Redebeiträge als Ihre Stimme, um „klingt nach ihr“ von „klingt "
        "nach dir“ zu unterscheiden.",
        "en": "Register your own identities: from then on every import keeps your own messages "
        "and turns as your voice, to tell “sounds like her” from “sounds like you”.",
    },
    "help.me_import": {
        "de": "Ihre eigenen Worte aus Mail-Archiven, Gesprächsprotokollen oder eigenen Texten "
        "importieren.",
        "en": "Import your own words from mail archives, transcripts or your own texts.",
    },
    "help.me_list": {
        "de": "Ihre Kennungen zeigen und wie viel eigener Text im Arbeitsbereich liegt.",
        "en": "Show your identities and how much of your own text the workspace holds.",
    },
    "help.opt.my_email": {
        "de": "Eine Ihrer eigenen E-Mail-Adressen (mehrfach möglich).",
        "en": "One of your own email addresses (repeatable).",
    },
    "help.opt.my_name": {
        "de": "Ihr Name, wie er in Mails und Gesprächen steht.",
        "en": "Your name as it appears in mail and calls.",
    },
    "help.arg.my_files": {
        "de": "Früher für Kundinnen importierte Archive (nur Ihre Nachrichten und "
        "Redebeiträge werden behalten) oder eigene Texte.",
        "en": "Archives imported earlier for clients (only your messages and turns are kept) "
        "or texts of your own.",
    },
    "help.opt.my_kind": {
        "de": "Was für Dateien es sind (sonst geraten).",
        "en": "What the files are (default: guessed).",
    },
    # meeting, agenda
    "help.meeting": {
        "de": "Lohnt sich ein Treffen vor Ort? Kosten von Anruf, Video, Treffen und Workshop "
        "gegen Nacharbeit.",
        "en": "Is meeting in person worth it? Cost of call, video, meeting and workshop vs. "
        "rework.",
    },
    "help.agenda": {
        "de": "Die Tagesordnung für ein Treffen oder Gespräch: was noch offen ist, das "
        "Wertvollste zuerst, in Minuten.",
        "en": "The agenda for a meeting or call: what is still open, most valuable first, "
        "in minutes.",
    },
    "help.opt.second_person": {
        "de": "Eine zweite Person auf ihrer Seite redet mit.",
        "en": "A second person on her side has a say.",
    },
    "help.opt.returning_client": {
        "de": "Keine neue Kundin: Sie haben schon zusammengearbeitet.",
        "en": "Not a new client: you have worked together before.",
    },
    "help.opt.met_before": {
        "de": "Sie haben sie schon persönlich getroffen.",
        "en": "You have already met her in person.",
    },
    "help.opt.unanswered": {
        "de": "Unbeantwortete Rückfragen (Vorgabe: aus dem Protokoll).",
        "en": "Unanswered check-back items (default: from the log).",
    },
    "help.opt.from": {
        "de": "Wo Sie losfahren: ein Ort oder eine Postleitzahl (DE, AT, CH; Orte auch in "
        "GB, IE, US, CA, AU, NZ).",
        "en": "Where you start: a town or postcode (DE, AT, CH; towns also in GB, IE, US, "
        "CA, AU, NZ).",
    },
    "help.opt.to": {
        "de": "Wo sie ist: ein Ort oder eine Postleitzahl.",
        "en": "Where she is: a town or postcode.",
    },
    "help.opt.distance_km": {
        "de": "Die einfache Straßenentfernung in km, statt der Orte.",
        "en": "The one-way road distance in km, instead of places.",
    },
    "help.opt.mode": {
        "de": "car oder train (Vorgabe car).",
        "en": "car or train (default car).",
    },
    "help.opt.travel_paid_by": {
        "de": "client, writer oder shared (Vorgabe client).",
        "en": "client, writer or shared (default client).",
    },
    "help.opt.rework_factor": {
        "de": "Anteil des Projekts, der bei einem Fehler neu gemacht wird (Vorgabe 0.4).",
        "en": "Share of the project redone when wrong (default 0.4).",
    },
    "help.opt.detour_factor": {
        "de": "Straßen-km je km Luftlinie (Vorgabe 1.3).",
        "en": "Road km per km as the crow flies (default 1.3).",
    },
    "help.opt.set": {
        "de": "Jeder andere Modellwert: NAME=WERT (siehe assumptions_used).",
        "en": "Any other model value: NAME=VALUE (see assumptions_used).",
    },
    "help.opt.meeting_json": {
        "de": "Die Empfehlung als JSON ausgeben.",
        "en": "Print the advice as JSON.",
    },
    "help.opt.agenda_format": {
        "de": "md (Markdown), html (zum Drucken) oder json.",
        "en": "md (Markdown), html (printable) or json.",
    },
    "help.opt.out_agenda": {
        "de": "Die Tagesordnung in diese Datei schreiben.",
        "en": "Write the agenda to this file.",
    },
}
