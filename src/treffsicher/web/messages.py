"""The web interface's strings in German and English (all UI text in catalogues).

Keys are grouped by page; placeholders use str.format and are the same in both languages
(a test checks it). Feature labels and explanations come from core (FeatureSpec, explain).
"""

from __future__ import annotations

UI_MESSAGES: dict[str, dict[str, str]] = {
    # layout
    "app.name": {"de": "treffsicher", "en": "treffsicher"},
    "app.footer": {
        "de": "Alle Daten bleiben auf diesem Rechner.",
        "en": "All data stays on this computer.",
    },
    "nav.skip": {"de": "Zum Inhalt springen", "en": "Skip to content"},
    "nav.main": {"de": "Hauptnavigation", "en": "Main navigation"},
    "nav.clients": {"de": "Kundinnen", "en": "Clients"},
    "nav.language": {"de": "Sprache", "en": "Language"},
    "lang.name.de": {"de": "Deutsch", "en": "Deutsch"},
    "lang.name.en": {"de": "English", "en": "English"},
    # clients
    "clients.title": {"de": "Kundinnen", "en": "Clients"},
    "clients.list_heading": {"de": "Alle Kundinnen", "en": "All clients"},
    "clients.col.name": {"de": "Name", "en": "Name"},
    "clients.col.sources": {"de": "Quellen", "en": "Sources"},
    "clients.col.words": {"de": "Wörter", "en": "Words"},
    "clients.col.score": {"de": "Letzter Abgleich", "en": "Latest fit score"},
    "clients.no_score": {"de": "noch keiner", "en": "none yet"},
    "clients.none_yet": {
        "de": "Noch keine Kundinnen. Legen Sie unten die erste an.",
        "en": "No clients yet. Add the first one below.",
    },
    "clients.add_heading": {"de": "Kundin anlegen", "en": "Add a client"},
    "clients.field.name": {"de": "Name", "en": "Name"},
    "clients.field.emails": {"de": "E-Mail-Adressen", "en": "Email addresses"},
    "clients.field.emails_hint": {
        "de": "Optional; mehrere durch Komma getrennt. Daran erkennt treffsicher ihre Mails.",
        "en": "Optional; separate several with commas. treffsicher recognises her emails by them.",
    },
    "clients.field.speakers": {"de": "Namen als Sprecherin", "en": "Speaker names"},
    "clients.field.speakers_hint": {
        "de": "Optional; wie sie in Gesprächsprotokollen heißt, mehrere durch Komma getrennt.",
        "en": "Optional; how she appears in call transcripts, separate several with commas.",
    },
    "clients.add_button": {"de": "Anlegen", "en": "Add client"},
    # one client
    "client.nav_label": {"de": "Bereiche für {name}", "en": "Sections for {name}"},
    "client.tab.overview": {"de": "Übersicht", "en": "Overview"},
    "client.tab.sources": {"de": "Quellen", "en": "Sources"},
    "client.tab.profile": {"de": "Stimmprofil", "en": "Voice profile"},
    "client.tab.check": {"de": "Entwurf prüfen", "en": "Check a draft"},
    "client.totals_heading": {"de": "Wie viel Text es gibt", "en": "How much text there is"},
    "client.passages": {"de": "Textstellen", "en": "Passages"},
    "client.created": {"de": "Angelegt", "en": "Added"},
    "client.added": {"de": "Kundin „{name}“ angelegt.", "en": "Added client “{name}”."},
    "client.renamed": {"de": "Umbenannt in „{name}“.", "en": "Renamed to “{name}”."},
    "client.identities_heading": {"de": "Kennungen", "en": "Identities"},
    "client.identities_hint": {
        "de": "E-Mail-Adressen und Sprechernamen, an denen ihre eigenen Worte zu erkennen sind.",
        "en": "Email addresses and speaker names that mark her own words.",
    },
    "client.emails": {"de": "E-Mail-Adressen", "en": "Email addresses"},
    "client.speakers": {"de": "Namen als Sprecherin", "en": "Speaker names"},
    "client.none": {"de": "keine", "en": "none"},
    "client.identity_kind": {"de": "Art", "en": "Kind"},
    "client.identity_kind.email": {"de": "E-Mail-Adresse", "en": "Email address"},
    "client.identity_kind.speaker": {"de": "Sprechername", "en": "Speaker name"},
    "client.identity_value": {"de": "Wert", "en": "Value"},
    "client.identity_add": {"de": "Kennung hinzufügen", "en": "Add identity"},
    "client.rename_heading": {"de": "Umbenennen", "en": "Rename"},
    "client.rename_label": {"de": "Neuer Name", "en": "New name"},
    "client.rename_button": {"de": "Umbenennen", "en": "Rename"},
    # sources
    "sources.title": {"de": "Quellen", "en": "Sources"},
    "sources.upload_heading": {"de": "Dateien importieren", "en": "Import files"},
    "sources.files_label": {"de": "Dateien auswählen", "en": "Choose files"},
    "sources.files_hint": {
        "de": "Mails, Gesprächsprotokolle, gespeicherte Webseiten, Dokumente und ZIP-Archive "
        "davon; mehrere auf einmal, höchstens {limit} pro Datei.",
        "en": "Mail, call transcripts, saved web pages, documents and zip archives of them; "
        "several at once, at most {limit} per file.",
    },
    "sources.drop_hint": {
        "de": "… oder Dateien hierher ziehen.",
        "en": "… or drop files here.",
    },
    "sources.kind_label": {"de": "Art der Texte", "en": "Kind of text"},
    "sources.kind.auto": {"de": "selbst erkennen", "en": "detect"},
    "sources.upload_button": {"de": "Importieren", "en": "Import"},
    "sources.uploading": {"de": "Wird hochgeladen und gelesen …", "en": "Uploading and reading …"},
    "sources.too_large_client": {
        "de": "Mindestens eine Datei ist größer als {limit} und wird nicht hochgeladen.",
        "en": "At least one file is larger than {limit} and is not uploaded.",
    },
    "sources.too_large": {
        "de": "Die Datei ist größer als {limit}.",
        "en": "The file is larger than {limit}.",
    },
    "sources.no_files": {
        "de": "Bitte mindestens eine Datei auswählen.",
        "en": "Please choose at least one file.",
    },
    "sources.result_heading": {"de": "Ergebnis des Imports", "en": "Import result"},
    "sources.result.ok": {
        "de": "Aus „{name}“ wurden {passages} Textstellen mit {words} Wörtern übernommen.",
        "en": "{passages} passages with {words} words were taken from “{name}”.",
    },
    "sources.result.ok.one": {
        "de": "Aus „{name}“ wurde {passages} Textstelle mit {words} Wörtern übernommen.",
        "en": "{passages} passage with {words} words was taken from “{name}”.",
    },
    "sources.result.duplicate": {
        "de": "„{name}“ war schon importiert; nichts hinzugefügt.",
        "en": "“{name}” was already imported; nothing was added.",
    },
    "sources.result.problem": {
        "de": "„{name}“ wurde nicht importiert. {reason}",
        "en": "“{name}” was not imported. {reason}",
    },
    "sources.list_heading": {"de": "Importierte Quellen", "en": "Imported sources"},
    "sources.none_yet": {
        "de": "Noch keine Quellen. Importieren Sie ihre Mails, Notizen oder Webtexte.",
        "en": "No sources yet. Import her emails, notes or web texts.",
    },
    "sources.col.name": {"de": "Quelle", "en": "Source"},
    "sources.col.kind": {"de": "Art", "en": "Kind"},
    "sources.col.passages": {"de": "Textstellen", "en": "Passages"},
    "sources.col.words": {"de": "Wörter", "en": "Words"},
    "sources.col.imported": {"de": "Importiert", "en": "Imported"},
    "sources.col.actions": {"de": "Aktionen", "en": "Actions"},
    "sources.other_languages": {
        "de": "{count} Textstellen in anderer Sprache (nicht im Stimmprofil)",
        "en": "{count} passages in another language (not in the voice profile)",
    },
    "sources.other_languages.one": {
        "de": "{count} Textstelle in anderer Sprache (nicht im Stimmprofil)",
        "en": "{count} passage in another language (not in the voice profile)",
    },
    "sources.remove": {"de": "Entfernen", "en": "Remove"},
    "sources.remove_confirm": {
        "de": "„{name}“ mit allen Textstellen entfernen?",
        "en": "Remove “{name}” with all its passages?",
    },
    "sources.removed": {
        "de": "„{name}“ und ihre Textstellen wurden entfernt.",
        "en": "“{name}” and its passages were removed.",
    },
    "sources.pick_heading": {
        "de": "Wer davon ist sie?",
        "en": "Which of these is her?",
    },
    "sources.pick_hint": {
        "de": "In diesen Dateien schreiben oder sprechen mehrere Personen. Haken Sie an, wer "
        "die Kundin ist: nur ihre Worte werden übernommen, die Kennungen werden gespeichert.",
        "en": "Several people write or speak in these files. Tick who the client is: only her "
        "words are imported, and the identities are saved.",
    },
    "sources.pick_file.mail": {"de": "Absender in {name}", "en": "Senders in {name}"},
    "sources.pick_file.transcript": {
        "de": "Sprecher:innen in {name}",
        "en": "Speakers in {name}",
    },
    "sources.pick_count.mail": {"de": "({count} Nachrichten)", "en": "({count} messages)"},
    "sources.pick_count.mail.one": {"de": "({count} Nachricht)", "en": "({count} message)"},
    "sources.pick_count.transcript": {"de": "({count} Redebeiträge)", "en": "({count} turns)"},
    "sources.pick_count.transcript.one": {
        "de": "({count} Redebeitrag)",
        "en": "({count} turn)",
    },
    "sources.pick_none": {
        "de": "Keine Absender oder Sprecher:innen gefunden; die Datei wird trotzdem gelesen.",
        "en": "No senders or speakers found; the file is read anyway.",
    },
    "sources.pick_button": {"de": "Worte der Kundin importieren", "en": "Import her words"},
    "sources.importing": {"de": "Wird importiert …", "en": "Importing …"},
    "sources.result.mail": {
        "de": "„{name}“: {seen} Nachrichten gelesen, {mine} davon von ihr; {stored} übernommen "
        "mit {passages} Textstellen und {words} Wörtern, {duplicates} waren schon da.",
        "en": "“{name}”: {seen} messages read, {mine} of them from her; {stored} imported "
        "with {passages} passages and {words} words, {duplicates} were already there.",
    },
    "sources.result.mail.one": {
        "de": "„{name}“: {seen} Nachricht gelesen, {mine} davon von ihr; {stored} übernommen "
        "mit {passages} Textstellen und {words} Wörtern, {duplicates} war schon da.",
        "en": "“{name}”: {seen} message read, {mine} from her; {stored} imported "
        "with {passages} passages and {words} words, {duplicates} was already there.",
    },
    "size.megabytes": {"de": "{size} MB", "en": "{size} MB"},
    "size.kilobytes": {"de": "{size} kB", "en": "{size} kB"},
    "kind.email": {"de": "E-Mail", "en": "Email"},
    "kind.speech": {"de": "Gesprochenes", "en": "Spoken words"},
    "kind.web": {"de": "Webtext", "en": "Web text"},
    "kind.document": {"de": "Dokument", "en": "Document"},
    "kind.text": {"de": "Sonstiger Text", "en": "Other text"},
    # profile
    "profile.title": {"de": "Stimmprofil", "en": "Voice profile"},
    "profile.empty": {
        "de": "Es gibt noch keine Textstellen auf Deutsch oder Englisch.",
        "en": "There are no German or English passages yet.",
    },
    "profile.empty_link": {"de": "Texte importieren", "en": "Import texts"},
    "profile.language": {"de": "Auf {language}", "en": "In {language}"},
    "profile.reliability.thin": {
        "de": "Noch wenig Text: die Werte sind vorläufig und können sich verschieben.",
        "en": "Still little text: the values are provisional and may shift.",
    },
    "profile.reliability.too_little": {
        "de": "Zu wenig Text, um sicher zu sein: dieses Profil ist nur ein erster Eindruck. "
        "Importieren Sie mehr von ihren Texten.",
        "en": "Too little text to be sure: this profile is only a first impression. "
        "Import more of her texts.",
    },
    "profile.usual": {"de": "üblich: {range}", "en": "usual: {range}"},
    "profile.draft_value": {"de": "Entwurf: {value}", "en": "draft: {value}"},
    "profile.draft_shown": {
        "de": "Die Diagramme zeigen auch den Entwurf „{name}“ (geprüft {when}).",
        "en": "The charts also show the draft “{name}” (checked {when}).",
    },
    "profile.legend.range": {"de": "ihr üblicher Bereich", "en": "her usual range"},
    "profile.legend.typical": {"de": "ihr typischer Wert", "en": "her typical value"},
    "profile.legend.draft": {"de": "der Entwurf", "en": "the draft"},
    "profile.signature": {
        "de": "Typische Wörter und Wendungen",
        "en": "Signature words and phrases",
    },
    "profile.signature_count": {
        "de": "{count}× in {passages} Textstellen",
        "en": "{count}× in {passages} passages",
    },
    "profile.avoided": {
        "de": "Häufige Wörter, die sie nie verwendet",
        "en": "Common words she never uses",
    },
    "chart.range": {
        "de": "{label}: üblich {low_high}, typisch {typical}.",
        "en": "{label}: usually {low_high}, typical {typical}.",
    },
    "chart.draft": {"de": "Entwurf: {value}.", "en": "Draft: {value}."},
    # check
    "check.title": {"de": "Entwurf prüfen", "en": "Check a draft"},
    "check.draft_heading": {"de": "Ihr Entwurf", "en": "Your draft"},
    "check.name_label": {"de": "Titel des Entwurfs", "en": "Title of the draft"},
    "check.name_hint": {
        "de": "Mit demselben Titel zeigt der Verlauf, wie sich der Wert entwickelt.",
        "en": "With the same title, the history shows how the score develops.",
    },
    "check.text_label": {"de": "Text", "en": "Text"},
    "check.text_hint": {
        "de": "Einfügen oder tippen; während Sie schreiben, wird neu geprüft (ohne zu speichern).",
        "en": "Paste or type; it is re-checked as you write (without saving).",
    },
    "check.file_label": {"de": "… oder Datei hochladen", "en": "… or upload a file"},
    "check.register_label": {"de": "Art des Entwurfs", "en": "Kind of draft"},
    "check.register.auto": {"de": "selbst erkennen", "en": "detect"},
    "check.button": {"de": "Prüfen und speichern", "en": "Check and save"},
    "check.busy": {"de": "Wird geprüft …", "en": "Checking …"},
    "check.result_heading": {"de": "Ergebnis", "en": "Result"},
    "check.not_available": {
        "de": "Der Abgleich ist in dieser Version noch nicht verfügbar.",
        "en": "The draft check is not available in this version yet.",
    },
    "check.empty": {
        "de": "Fügen Sie einen Entwurf ein, um ihn mit ihrer Stimme abzugleichen.",
        "en": "Paste a draft to check it against her voice.",
    },
    "check.untitled": {"de": "Entwurf ohne Titel", "en": "Untitled draft"},
    "check.draft_size": {
        "de": "Der Entwurf hat {words:Wort|Wörter} in {sentences:Satz|Sätzen}.",
        "en": "The draft has {words:word|words} in {sentences:sentence|sentences}.",
    },
    "check.drivers_heading": {"de": "Was den Wert bestimmt", "en": "What drove the score"},
    "check.deviations_heading": {"de": "Was anders klingt", "en": "What sounds different"},
    "check.no_deviations": {
        "de": "Nichts fällt aus ihrem üblichen Rahmen.",
        "en": "Nothing is outside her usual range.",
    },
    "check.marked_heading": {"de": "Der Entwurf, markiert", "en": "The draft, marked"},
    "check.notes_heading": {"de": "Markierte Sätze", "en": "Marked sentences"},
    "check.suggestions_heading": {
        "de": "Vorschläge aus ihren Worten",
        "en": "Ideas from her words",
    },
    "check.download": {"de": "Bericht herunterladen (HTML)", "en": "Download the report (HTML)"},
    "check.download_short": {"de": "Bericht", "en": "Report"},
    "check.see_profile": {"de": "Im Stimmprofil ansehen", "en": "See it in the voice profile"},
    "check.history_heading": {"de": "Bisherige Abgleiche", "en": "Earlier checks"},
    "check.trend": {"de": "Verlauf dieses Entwurfs: {trend}", "en": "This draft so far: {trend}"},
    "check.col.when": {"de": "Wann", "en": "When"},
    "check.col.draft": {"de": "Entwurf", "en": "Draft"},
    "check.col.score": {"de": "Wert", "en": "Score"},
    "check.col.report": {"de": "Bericht", "en": "Report"},
    "check.file_type": {
        "de": "{name}: als Entwurf lassen sich {formats} hochladen.",
        "en": "{name}: drafts can be uploaded as {formats}.",
    },
    "check.file_too_large": {
        "de": "{name} ist zu groß für einen Entwurf.",
        "en": "{name} is too large for a draft.",
    },
    # errors
    "error.title": {"de": "Das ging nicht", "en": "That did not work"},
    "error.back": {"de": "Zurück zu den Kundinnen", "en": "Back to the clients"},
    "error.not_found": {"de": "Diese Seite gibt es nicht.", "en": "This page does not exist."},
    "error.http": {
        "de": "Diese Anfrage kann treffsicher nicht beantworten (Status {status}). Gehen Sie "
        "zurück und versuchen Sie es noch einmal über die Seite.",
        "en": "treffsicher cannot answer this request (status {status}). Go back and try "
        "again from the page.",
    },
    "error.bad_address": {
        "de": "Diese Adresse gibt es nicht: „{value}“ ist keine gültige Angabe in der Adresse. "
        "Gehen Sie über die Liste der Kundinnen.",
        "en": "This address does not exist: “{value}” is not valid in it. Start from the "
        "list of clients.",
    },
    "error.internal": {
        "de": "Da ist in treffsicher etwas schiefgegangen; Ihre Daten sind unverändert. "
        "Laden Sie die Seite neu; tritt es wieder auf, starten Sie treffsicher neu.",
        "en": "Something went wrong inside treffsicher; your data is unchanged. Reload the "
        "page; if it happens again, restart treffsicher.",
    },
    "error.form_too_large": {
        "de": "Das Formular ist zu groß: ein eingefügter Text darf höchstens {size} MB haben. "
        "Laden Sie einen so langen Entwurf als Datei hoch oder teilen Sie ihn auf.",
        "en": "The form is too large: pasted text may have at most {size} MB. Upload such a "
        "long draft as a file or split it.",
    },
    "error.identity_invalid": {
        "de": "Bitte eine Art und einen Wert für die Kennung angeben.",
        "en": "Please give a kind and a value for the identity.",
    },
    "error.public_form_too_large": {
        "de": "Das ist zu viel Text für dieses Formular – bitte kürzer fassen.",
        "en": "That is too much text for this form – please keep it shorter.",
    },
    "error.csrf": {
        "de": "Das Formular ist abgelaufen oder kam nicht von dieser Seite. Bitte die Seite "
        "neu laden und noch einmal versuchen.",
        "en": "The form has expired or did not come from this page. Please reload the page "
        "and try again.",
    },
    "error.request_too_large": {
        "de": "Die Anfrage ist zu groß (höchstens {size} MB pro Datei).",
        "en": "The request is too large (at most {size} MB per file).",
    },
    # the serve command
    "serve.listening": {
        "de": "treffsicher läuft auf {url} – beenden mit Strg+C.",
        "en": "treffsicher is running at {url} – stop it with Ctrl+C.",
    },
    "serve.port_in_use": {
        "de": "Port {port} auf {host} ist schon belegt. Versuchen Sie einen anderen, "
        "z. B.: treffsicher serve --port {suggestion}",
        "en": "Port {port} on {host} is already in use. Try another one, "
        "e.g.: treffsicher serve --port {suggestion}",
    },
    "serve.needs_password": {
        "de": "Für {host} ist treffsicher von anderen Rechnern aus erreichbar. Setzen Sie "
        "zuerst ein Passwort in der Umgebungsvariablen TREFFSICHER_PASSWORD, oder lassen "
        "Sie --host weg (nur dieser Rechner).",
        "en": "On {host}, treffsicher is reachable from other computers. Set a password in "
        "the environment variable TREFFSICHER_PASSWORD first, or leave out --host "
        "(this computer only).",
    },
    "serve.password_too_short": {
        "de": "Für {host} ist treffsicher von anderen Rechnern aus erreichbar: das Passwort in "
        "TREFFSICHER_PASSWORD muss mindestens {length} Zeichen lang sein.",
        "en": "On {host}, treffsicher is reachable from other computers: the password in "
        "TREFFSICHER_PASSWORD must be at least {length} characters long.",
    },
    "serve.get_failed": {
        "de": "{path} antwortet mit Status {status}.",
        "en": "{path} answered with status {status}.",
    },
}

# Pages with many strings keep them in their own modules, merged here by the catalogue's
# own merge, which refuses a key defined twice.
from treffsicher.i18n import merge_catalogues  # noqa: E402
from treffsicher.web.account_messages import ACCOUNT_UI_MESSAGES  # noqa: E402
from treffsicher.web.control_messages import CONTROL_UI_MESSAGES  # noqa: E402
from treffsicher.web.meeting_messages import MEETING_UI_MESSAGES  # noqa: E402
from treffsicher.web.messages_voice import VOICE_UI_MESSAGES  # noqa: E402
from treffsicher.web.passage_messages import PASSAGE_UI_MESSAGES  # noqa: E402
from treffsicher.web.understanding_messages import UNDERSTANDING_UI_MESSAGES  # noqa: E402

UI_MESSAGES = merge_catalogues(
    UI_MESSAGES,
    MEETING_UI_MESSAGES,
    UNDERSTANDING_UI_MESSAGES,
    PASSAGE_UI_MESSAGES,
    VOICE_UI_MESSAGES,
    ACCOUNT_UI_MESSAGES,
    CONTROL_UI_MESSAGES,
)
