"""The web strings of the page „Treffen“ (meeting advice), German and English; merged into
UI_MESSAGES by web/messages.py."""

from __future__ import annotations

MEETING_UI_MESSAGES: dict[str, dict[str, str]] = {
    "client.tab.meeting": {"de": "Treffen", "en": "Meeting"},
    "meeting.title": {"de": "Treffen-Check", "en": "Meeting advice"},
    "meeting.intro": {
        "de": "Lohnt sich ein Treffen vor Ort, oder reicht ein Anruf? Die Rechnung stellt die "
        "vollen Kosten jeder Möglichkeit gegen die Nacharbeit, die sie voraussichtlich "
        "erspart – aus dem, was über diese Kundin noch unsicher ist.",
        "en": "Is meeting in person worth it, or does a call do? The calculation sets the full "
        "cost of each option against the rework it is expected to save – from what is still "
        "uncertain about this client.",
    },
    "meeting.form.heading": {"de": "Angaben", "en": "Inputs"},
    "meeting.form.where": {"de": "Wo", "en": "Where"},
    "meeting.form.from": {"de": "Von (Ort oder PLZ)", "en": "From (town or postcode)"},
    "meeting.form.to": {"de": "Nach (Ort oder PLZ)", "en": "To (town or postcode)"},
    "meeting.form.distance": {
        "de": "oder Entfernung pro Strecke in km",
        "en": "or distance each way in km",
    },
    "meeting.form.money": {"de": "Honorar und Projekt", "en": "Fees and project"},
    "meeting.form.currency": {"de": "Währung", "en": "Currency"},
    "meeting.form.currency.EUR": {"de": "Euro (€)", "en": "euro (€)"},
    "meeting.form.currency.CHF": {"de": "Schweizer Franken (CHF)", "en": "Swiss franc (CHF)"},
    "meeting.form.currency.GBP": {"de": "Britisches Pfund (£)", "en": "pound sterling (£)"},
    "meeting.form.currency.USD": {"de": "US-Dollar ($)", "en": "US dollar ($)"},
    "meeting.form.currency_hint": {
        "de": "Alle Beträge in dieser Währung; leere Felder nehmen ihre Vorgaben. Umgerechnet "
        "wird nicht.",
        "en": "Every amount in this currency; empty fields take its defaults. Nothing is "
        "converted.",
    },
    "meeting.form.day_rate": {"de": "Tagessatz", "en": "Day rate"},
    "meeting.form.hourly_rate": {"de": "Stundensatz", "en": "Hourly rate"},
    "meeting.form.project_value": {"de": "Projektwert", "en": "Project value"},
    "meeting.form.travel": {"de": "Reise", "en": "Travel"},
    "meeting.form.mode": {"de": "Verkehrsmittel", "en": "Travel by"},
    "meeting.form.mode.car": {"de": "Auto", "en": "car"},
    "meeting.form.mode.train": {"de": "Bahn", "en": "train"},
    "meeting.form.paid_by": {"de": "Die Reise zahlt", "en": "Travel is paid by"},
    "meeting.form.paid_by.client": {"de": "die Kundin", "en": "the client"},
    "meeting.form.paid_by.writer": {"de": "ich", "en": "me"},
    "meeting.form.paid_by.shared": {"de": "beide je zur Hälfte", "en": "both, half each"},
    "meeting.form.rework_factor": {
        "de": "Nacharbeit bei Missverständnis (Anteil am Projekt, 0–1)",
        "en": "Rework when misunderstood (share of the project, 0–1)",
    },
    "meeting.form.relation": {"de": "Zusammenarbeit", "en": "Working relationship"},
    "meeting.form.second_person": {
        "de": "Auf ihrer Seite entscheidet eine zweite Person mit",
        "en": "A second person on her side has a say",
    },
    "meeting.form.returning": {
        "de": "Wir haben schon zusammengearbeitet",
        "en": "We have worked together before",
    },
    "meeting.form.met_before": {
        "de": "Wir haben uns schon persönlich getroffen",
        "en": "We have met in person before",
    },
    "meeting.form.submit": {"de": "Berechnen", "en": "Calculate"},
    "meeting.form.hint": {
        "de": "Alle Werte haben Vorgaben; die angenommenen Werte stehen unten.",
        "en": "Every value has a default; the values assumed are listed below.",
    },
    "meeting.result.heading": {"de": "Empfehlung", "en": "Recommendation"},
    "meeting.options.heading": {"de": "Die Möglichkeiten", "en": "The options"},
    "meeting.options.caption": {
        "de": "Kosten, erwartete Ersparnis an Nacharbeit und Nettowert je Möglichkeit in "
        "{currency}",
        "en": "Cost, expected rework saved and net value per option in {currency}",
    },
    "meeting.options.currency.EUR": {"de": "Euro", "en": "euros"},
    "meeting.options.currency.CHF": {"de": "Schweizer Franken", "en": "Swiss francs"},
    "meeting.options.currency.GBP": {"de": "Pfund Sterling", "en": "pounds sterling"},
    "meeting.options.currency.USD": {"de": "US-Dollar", "en": "US dollars"},
    "meeting.col.option": {"de": "Möglichkeit", "en": "Option"},
    "meeting.col.cost": {"de": "Kosten", "en": "Cost"},
    "meeting.col.avoided": {"de": "erspart", "en": "saves"},
    "meeting.col.net": {"de": "netto", "en": "net"},
    "meeting.col.hours": {"de": "Stunden", "en": "Hours"},
    "meeting.col.client_pays": {"de": "zahlt die Kundin", "en": "client pays"},
    "meeting.recommended": {"de": "empfohlen", "en": "recommended"},
    "meeting.picture.heading": {"de": "Ab wann lohnt es sich?", "en": "When does it pay?"},
    "meeting.drivers.heading": {
        "de": "Was die Unsicherheit treibt",
        "en": "What drives the uncertainty",
    },
    "meeting.drivers.weight": {"de": "Gewicht {weight}", "en": "weight {weight}"},
    "meeting.assumptions.heading": {"de": "Angenommene Werte", "en": "Values assumed"},
    "meeting.agenda.heading": {"de": "Tagesordnung", "en": "Agenda"},
    "meeting.agenda.unreviewed": {
        "de": "Noch ungeprüft: {count:Vorschlag|Vorschläge} aus ihren Worten – angenommen "
        "kommen sie auf die Tagesordnung",
        "en": "Not reviewed yet: {count:proposal|proposals} from her words – accepted, they "
        "join the agenda",
    },
    "meeting.agenda.export_md": {"de": "Als Markdown", "en": "As Markdown"},
    "meeting.agenda.export_html": {
        "de": "Als HTML (zum Drucken)",
        "en": "As HTML (to print)",
    },
    "meeting.print_hint": {
        "de": "Zum Drucken: die Druckfunktion des Browsers; Formular und Navigation fallen weg.",
        "en": "To print: use the browser's print function; form and navigation are left out.",
    },
}
