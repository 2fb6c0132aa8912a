"""Messages of exporting a client and reading an export back, German and English."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "export.done": {
        "de": "Alles zu „{name}“ steht in {path} "
        "({rows:Zeile|Zeilen} in {tables:Tabelle|Tabellen}).",
        "en": "Everything about '{name}' is in {path} ({rows:row|rows} in {tables:table|tables}).",
    },
    "export.imported": {
        "de": "„{name}“ aus {path} übernommen ({rows:Zeile|Zeilen}).",
        "en": "Read '{name}' from {path} ({rows:row|rows}).",
    },
    "export.exists": {
        "de": "{path} gibt es schon; wählen Sie einen neuen Dateinamen.",
        "en": "{path} already exists; choose a new file name.",
    },
    "export.write_failed": {
        "de": "{path} ließ sich nicht schreiben: {error}",
        "en": "Could not write {path}: {error}",
    },
    "export.missing": {
        "de": "Die Datei {path} gibt es nicht.",
        "en": "The file {path} does not exist.",
    },
    "export.not_an_export": {
        "de": "{path} ist kein Export von treffsicher (erwartet: eine ZIP-Datei von "
        "„treffsicher export“).",
        "en": "{path} is not a treffsicher export (expected a zip file written by "
        "'treffsicher export').",
    },
    "export.other_version": {
        "de": "{path} stammt aus einer anderen Version des Exportformats.",
        "en": "{path} was written in another version of the export format.",
    },
    "export.other_revision": {
        "de": "{path} stammt aus einem Arbeitsbereich mit Schema {theirs}, dieser hat {ours}. "
        "Bitte beide auf dieselbe treffsicher-Version bringen.",
        "en": "{path} comes from a workspace with schema {theirs}; this one has {ours}. "
        "Please bring both to the same treffsicher version.",
    },
    "export.client_exists": {
        "de": "Hier gibt es schon eine Kundin namens „{name}“; nichts übernommen.",
        "en": "A client named '{name}' already exists here; nothing was read.",
    },
    "export.does_not_fit": {
        "de": "{path} passt nicht zu diesem Arbeitsbereich (beschädigt oder verändert); "
        "nichts übernommen.",
        "en": "{path} does not fit this workspace (damaged or altered); nothing was read.",
    },
}
