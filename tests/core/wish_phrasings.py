"""What a client says about her customers, her offer, what matters to her and what the
text should do, written for these tests: one sentence each and the category of assumption
it supports. NEUTRAL sentences are ordinary mail talk and must support none.

The rows vary the grammar, not the words: „Meine Kunden sind …“ and "My regulars are …"
(audience), „Bei mir kostet …“ and "We bake …" (offer), „Ich lege Wert auf …“ and "I care
about …" (values), „Die Leute sollen …“ and "People should know …" (goals), „Bitte duzen“
and "Keep it casual" (tone).
"""

from __future__ import annotations

# (language, sentence, category)
SAYING: tuple[tuple[str, str, str], ...] = (
    ("de", "Und bitte duzen, wir duzen alle unsere Kund:innen.", "tone"),
    ("de", "Wir duzen eigentlich alle unsere Gäste, das soll auch auf die Seite.", "tone"),
    ("de", "Ich sieze meine Patientinnen grundsätzlich.", "tone"),
    ("de", "Auf der Website bitte siezen, da sind wir altmodisch.", "tone"),
    ("de", "Siezen, bitte, das passt besser zu einer Kanzlei.", "tone"),
    ("en", "Keep it casual, nobody here wears a tie.", "tone"),
    ("en", "Please don't make it too formal, we're a corner bakery.", "tone"),
    ("de", "Meine Kunden sind Hundeleute, die wollen keinen Hochglanz.", "audience"),
    ("de", "Aber bitte nicht so geschleckt, meine Kunden sind Hundeleute.", "audience"),
    ("de", "Meine Kundinnen lesen das meistens am Handy, zwischen Gassi und Arbeit.", "audience"),
    ("de", "Meine Kund:innen sind meistens Familien mit kleinen Kindern.", "audience"),
    ("de", "Unsere Patient*innen kommen oft nach einer Operation zu uns.", "audience"),
    ("de", "Die meisten meiner Leser_innen lesen den Newsletter abends.", "audience"),
    ("de", "Meine KundInnen wollen vor allem in Ruhe beraten werden.", "audience"),
    (
        "de",
        "Die meisten meiner Gäste kommen aus dem Ruhrgebiet und bleiben eine Woche.",
        "audience",
    ),
    ("de", "Wer zu mir kommt, hat meistens schon drei Physiotherapeuten hinter sich.", "audience"),
    ("de", "Unsere Zielgruppe sind Familien mit kleinen Kindern.", "audience"),
    (
        "de",
        "Zu Ihrer Frage, wer eigentlich zu uns in die Werkstatt kommt: meistens Erben.",
        "audience",
    ),
    ("de", "Meine Leute sind Surfer und Kiter, die wollen nicht gesiezt werden.", "audience"),
    ("de", "Bei mir kostet ein Pudel 65 €, ein Terrier 55 €.", "offer"),
    ("de", "Wir bieten Kurse für Anfänger und Wiedereinsteiger an.", "offer"),
    ("de", "Ich mache vor allem Hochzeiten und ab und zu eine Taufe.", "offer"),
    ("de", "Unser Angebot sind Kajaktouren auf der Lahn, halbtags oder ganztags.", "offer"),
    ("de", "Ich lege großen Wert auf ehrliche Beratung.", "values"),
    ("de", "Mir liegt am Herzen, dass niemand mit einem schlechten Gefühl rausgeht.", "values"),
    ("de", "Für mich zählt, dass die Hunde entspannt sind.", "values"),
    ("de", "Mir ist wichtig, dass die Preise klar dastehen.", "values"),
    ("de", "Die Leute sollen sofort sehen, wann wir offen haben.", "goals"),
    ("de", "Mein Ziel ist, dass im Herbst die Kurse voll sind.", "goals"),
    ("de", "Ich will, dass man auf der Seite sofort anrufen kann.", "goals"),
    ("de", "Die Seite soll nach uns klingen und nicht nach Agentur.", "goals"),
    ("de", "Ich möchte, dass sich müde Leute auf der Seite willkommen fühlen.", "goals"),
    ("de", "Ich hätte gern, dass die Startseite ruhiger wirkt als die alte.", "goals"),
    ("en", "My customers are mostly builders on their way to a site.", "audience"),
    ("en", "Our regulars come in every morning for a bacon roll.", "audience"),
    ("en", "Most of my clients are women over fifty who have never lifted a weight.", "audience"),
    ("en", "People who come to us usually want a quiet week, not a party.", "audience"),
    ("en", "Our target audience is young families in the area.", "audience"),
    ("en", "We bake everything on site from four in the morning.", "offer"),
    ("en", "I offer one-to-one sessions and small group classes.", "offer"),
    ("en", "We specialise in wedding cakes and nothing else.", "offer"),
    ("en", "The three-day course costs £249, board and wetsuit included.", "offer"),
    ("en", "I care a lot about people feeling welcome.", "values"),
    ("en", "What matters most to me is that the bread is honest.", "values"),
    ("en", "We believe in doing things properly, even when it takes longer.", "values"),
    ("en", "It's important to me that nobody feels rushed.", "values"),
    ("en", "People should know straight away where to park.", "goals"),
    ("en", "The goal is to fill the autumn courses.", "goals"),
    ("en", "I want visitors to book a class without phoning.", "goals"),
    ("en", "The website should sound like us, not like an agency.", "goals"),
    ("en", "I'd like the page to make a tired person feel welcome.", "goals"),
    ("en", "You asked who comes to my classes: mostly nurses after a night shift.", "audience"),
    ("en", "I'd love it if the site said that beginners are fine.", "goals"),
    ("en", "We want the page to answer the parking question first.", "goals"),
)

# (language, sentence): talk about dates, files and the draft.
NEUTRAL: tuple[tuple[str, str], ...] = (
    ("de", "Sie können mich übrigens gern duzen."),
    ("de", "Darf ich dich duzen?"),
    ("de", "Er hat mich am Telefon gleich geduzt."),
    ("en", "Keep the receipt, just in case."),
    ("de", "Ich schick Ihnen nächste Woche die Fotos vom Salon."),
    ("de", "Der Termin am Donnerstag passt mir gut."),
    ("de", "Meine Kunden haben heute schon zweimal angerufen."),
    ("de", "Danke für den Entwurf, ich lese ihn heute Abend."),
    ("de", "Wir machen das mit der neuen Seite."),
    ("de", "Ich hab aber nur bis halb eins Zeit."),
    ("de", "Die Rechnung kommt dann per Post."),
    ("de", "Sind nicht perfekt, aber so sieht es hier halt aus."),
    ("de", "Wir bieten Ihnen gern einen Rückruf an, schreiben Sie einfach."),
    ("en", "Photos attached, the one with the flour is my favourite."),
    ("en", "Thursday works for me, see you then."),
    ("en", "My customers rang twice this morning about the new hours."),
    ("en", "Thanks for the draft, I'll read it tonight."),
    ("en", "We close at three on Saturdays."),
    ("en", "I can't do Monday, sorry."),
    ("en", "The invoice is in the post."),
    ("en", "My dad started the shop in 1987, not 1990."),
    ("en", "Opening times at the top, what we bake, where we are."),
    ("de", "Wir stehen für Rückfragen gern zur Verfügung."),
    ("de", "Unser Angebot an Sie steht, melden Sie sich einfach."),
    ("de", "Das wäre zielgruppenspezifisch sicher sinnvoll."),
    ("de", "Wir wollen, dass die Renovierung bis Mai fertig ist."),
)
