"""Messages of user accounts and private clients, German and English (merged by i18n.py)."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "account.name_empty": {
        "de": "Der Benutzername darf nicht leer sein.",
        "en": "The user name must not be empty.",
    },
    "account.name_invalid": {
        "de": "Benutzernamen bestehen aus höchstens {limit} Buchstaben, Ziffern, Punkt, "
        "Binde- oder Unterstrich: „{name}“ geht nicht.",
        "en": "User names have at most {limit} letters, digits, dots, hyphens or "
        "underscores: '{name}' will not do.",
    },
    "account.exists": {
        "de": "Es gibt schon einen Benutzer „{name}“.",
        "en": "There is already a user '{name}'.",
    },
    "account.not_found": {
        "de": "Es gibt keinen Benutzer „{name}“.",
        "en": "There is no user '{name}'.",
    },
    "account.password_short": {
        "de": "Das Passwort braucht mindestens {limit} Zeichen.",
        "en": "The password needs at least {limit} characters.",
    },
    "account.password_mismatch": {
        "de": "Die beiden Passwörter sind nicht gleich.",
        "en": "The two passwords differ.",
    },
    "account.login_failed": {
        "de": "Benutzername oder Passwort stimmt nicht.",
        "en": "Wrong user name or password.",
    },
    "account.locked": {
        "de": "Zu viele falsche Versuche – bitte in {seconds} s noch einmal.",
        "en": "Too many wrong attempts – please try again in {seconds} s.",
    },
    "account.wrong_password": {
        "de": "Das bisherige Passwort stimmt nicht.",
        "en": "The current password is wrong.",
    },
    "account.has_private_clients": {
        "de": "„{name}“ hat noch {count:private Kundin|private Kundinnen}; erst teilen "
        "oder löschen, dann den Benutzer entfernen.",
        "en": "'{name}' still has {count:private client|private clients}; share or erase "
        "them first, then remove the user.",
    },
    "account.added": {
        "de": "Benutzer „{name}“ angelegt.",
        "en": "User '{name}' added.",
    },
    "account.removed": {
        "de": "Benutzer „{name}“ entfernt; alle Anmeldungen beendet.",
        "en": "User '{name}' removed; all logins ended.",
    },
    "account.password_changed": {
        "de": "Passwort von „{name}“ geändert; alle Anmeldungen beendet.",
        "en": "Password of '{name}' changed; all logins ended.",
    },
    "account.none": {
        "de": "Noch keine Benutzer.",
        "en": "No users yet.",
    },
    "account.list_line": {
        "de": "{name}  ({count:private Kundin|private Kundinnen})",
        "en": "{name}  ({count:private client|private clients})",
    },
    "account.client_shared": {
        "de": "„{name}“ ist jetzt mit dem Team geteilt.",
        "en": "'{name}' is now shared with the team.",
    },
    "account.client_private": {
        "de": "„{name}“ sieht jetzt nur noch {user}.",
        "en": "Only {user} sees '{name}' now.",
    },
    "account.prompt_password": {"de": "Passwort", "en": "Password"},
    "account.prompt_repeat": {"de": "Passwort wiederholen", "en": "Repeat the password"},
    "account.private_owner_unknown": {
        "de": "Es gibt keinen Benutzer „{name}“, dem die Kundin gehören könnte.",
        "en": "There is no user '{name}' the client could belong to.",
    },
}

# Help texts of the `user` commands (looked up by cli.base.h as "help.<key>").
MESSAGES.update(
    {
        "help.user": {
            "de": "Benutzerkonten des Team-Servers anlegen, auflisten und entfernen.",
            "en": "Add, list and remove the team server's user accounts.",
        },
        "help.user_add": {
            "de": "Ein Benutzerkonto anlegen (das Passwort wird zweimal abgefragt, mindestens "
            "12 Zeichen).",
            "en": "Add a user account (the password is asked twice, at least 12 characters).",
        },
        "help.user_list": {
            "de": "Alle Benutzer mit der Zahl ihrer privaten Kundinnen.",
            "en": "All users with the number of their private clients.",
        },
        "help.user_remove": {
            "de": "Ein Benutzerkonto entfernen und seine Anmeldungen beenden.",
            "en": "Remove a user account and end its logins.",
        },
        "help.user_password": {
            "de": "Einem Benutzer ein neues Passwort geben (beendet seine Anmeldungen).",
            "en": "Give a user a new password (ends the user's logins).",
        },
        "help.client_share": {
            "de": "Eine Kundin mit dem Team teilen oder mit --private-for nur einem "
            "Benutzer zeigen.",
            "en": "Share a client with the team, or with --private-for show her to one user only.",
        },
        "help.arg.user": {"de": "Der Benutzername.", "en": "The user name."},
        "help.opt.private_for": {
            "de": "Die Kundin nur für diesen Benutzer sichtbar machen (sonst teilt das Team sie).",
            "en": "Make the client visible to this user only (otherwise the team shares her).",
        },
    }
)
