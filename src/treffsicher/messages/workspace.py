"""Messages of the client, source and upload use cases the web interface reaches by id."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "client.id_not_found": {"de": "Diese Kundin gibt es nicht.", "en": "No such client."},
    "client.rename_empty": {
        "de": "Der Name darf nicht leer sein.",
        "en": "The name must not be empty.",
    },
    "client.rename_taken": {
        "de": "Es gibt schon eine Kundin namens „{name}“.",
        "en": "A client named “{name}” already exists.",
    },
    "source.id_not_found": {"de": "Diese Quelle gibt es nicht.", "en": "No such source."},
    "upload.stage_expired": {
        "de": "Diese Dateien liegen nicht mehr bereit (nach einer Stunde werden sie gelöscht). "
        "Bitte noch einmal hochladen.",
        "en": "These files are no longer waiting (they are deleted after an hour). "
        "Please upload them again.",
    },
}
