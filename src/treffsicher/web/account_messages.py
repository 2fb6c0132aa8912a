"""The web strings of logging in, logging out and changing the password, German and
English; merged into UI_MESSAGES by web/messages.py."""

from __future__ import annotations

ACCOUNT_UI_MESSAGES: dict[str, dict[str, str]] = {
    "login.title": {"de": "Anmelden", "en": "Log in"},
    "login.intro": {
        "de": "Dieser treffsicher-Server ist für ein Team eingerichtet: bitte mit Namen und "
        "Passwort anmelden.",
        "en": "This treffsicher server is set up for a team: please log in with your name "
        "and password.",
    },
    "login.name": {"de": "Benutzername", "en": "User name"},
    "login.password": {"de": "Passwort", "en": "Password"},
    "login.submit": {"de": "Anmelden", "en": "Log in"},
    "login.failed": {
        "de": "Benutzername oder Passwort stimmt nicht.",
        "en": "Wrong user name or password.",
    },
    "login.locked": {
        "de": "Zu viele falsche Versuche – bitte in {seconds} s noch einmal.",
        "en": "Too many wrong attempts – please try again in {seconds} s.",
    },
    "login.required": {
        "de": "Bitte zuerst anmelden.",
        "en": "Please log in first.",
    },
    "account.nav.label": {"de": "Konto", "en": "Account"},
    "account.nav.user": {"de": "Angemeldet als {name}", "en": "Logged in as {name}"},
    "account.nav.password": {"de": "Passwort ändern", "en": "Change password"},
    "account.nav.logout": {"de": "Abmelden", "en": "Log out"},
    "password_page.title": {"de": "Passwort ändern", "en": "Change password"},
    "password_page.current": {"de": "Bisheriges Passwort", "en": "Current password"},
    "password_page.new": {
        "de": "Neues Passwort (mindestens 12 Zeichen)",
        "en": "New password (at least 12 characters)",
    },
    "password_page.repeat": {"de": "Neues Passwort wiederholen", "en": "Repeat the new password"},
    "password_page.submit": {"de": "Passwort ändern", "en": "Change password"},
    "password_page.changed": {
        "de": "Passwort geändert. Alle anderen Anmeldungen sind beendet.",
        "en": "Password changed. All other logins have ended.",
    },
    "clients.field.share": {
        "de": "Mit dem Team teilen (sonst sehen nur Sie diese Kundin)",
        "en": "Share with the team (otherwise only you see this client)",
    },
}
