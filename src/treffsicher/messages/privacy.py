"""Messages of erasing, backing up and restoring, German and English (merged by i18n.py)."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "privacy.forget_confirm": {
        "de": "„{name}“ und alles, was von ihr stammt (Quellen, Textstellen, Abgleiche, "
        "Profil), endgültig löschen?",
        "en": "Erase '{name}' and everything derived from her (sources, passages, checks, "
        "profile) for good?",
    },
    "privacy.forget_cancelled": {
        "de": "Nichts gelöscht.",
        "en": "Nothing erased.",
    },
    "privacy.forgotten": {
        "de": "„{name}“ gelöscht: {sources:Quelle|Quellen}, {passages:Textstelle|Textstellen}.",
        "en": "Erased '{name}': {sources:source|sources}, {passages:passage|passages}.",
    },
    "privacy.file_rewritten": {
        "de": "Die Arbeitsbereich-Datei wurde neu geschrieben; ihre Worte stehen nicht mehr "
        "darin, auch nicht im Protokoll (WAL).",
        "en": "The workspace file was rewritten; her words are no longer in it, nor in its "
        "log (WAL).",
    },
    "privacy.not_rewritten": {
        "de": "Hinweis: Auf {backend} bleibt gelöschter Text bis zum nächsten VACUUM in "
        "freien Seiten und in WAL-Archiven und Sicherungen; siehe README, Datenschutz.",
        "en": "Note: on {backend}, deleted text stays in free pages until the next VACUUM, "
        "and in WAL archives and backups; see the README, privacy.",
    },
    "privacy.backup_done": {
        "de": "Sicherung geschrieben: {path} ({size}).",
        "en": "Backup written: {path} ({size}).",
    },
    "privacy.restore_confirm": {
        "de": "Den Arbeitsbereich {workspace} durch die Sicherung {path} ersetzen? Alles, was "
        "seit der Sicherung dazukam, geht verloren.",
        "en": "Replace the workspace {workspace} with the backup {path}? Everything added "
        "since the backup will be lost.",
    },
    "privacy.restored": {
        "de": "Arbeitsbereich aus {path} wiederhergestellt.",
        "en": "Workspace restored from {path}.",
    },
    "privacy.backup_exists": {
        "de": "{path} gibt es schon; wählen Sie einen neuen Dateinamen.",
        "en": "{path} already exists; choose a new file name.",
    },
    "privacy.backup_missing": {
        "de": "Die Sicherung {path} gibt es nicht.",
        "en": "The backup {path} does not exist.",
    },
    "privacy.not_a_backup": {
        "de": "{path} ist keine Sicherung eines treffsicher-Arbeitsbereichs.",
        "en": "{path} is not a backup of a treffsicher workspace.",
    },
    "privacy.backup_failed": {
        "de": "Die Sicherung nach {path} ging nicht: {error}",
        "en": "The backup to {path} failed: {error}",
    },
    "privacy.restore_failed": {
        "de": "Wiederherstellen aus {path} ging nicht: {error}",
        "en": "Restoring from {path} failed: {error}",
    },
    "privacy.not_sqlite": {
        "de": "Sicherung und Wiederherstellung gehen hier nur für einen SQLite-Arbeitsbereich. "
        "Für {backend} nehmen Sie die Werkzeuge des Servers, z. B. pg_dump und pg_restore.",
        "en": "Backup and restore work here only for a SQLite workspace. For {backend}, use "
        "the server's tools, e.g. pg_dump and pg_restore.",
    },
}
