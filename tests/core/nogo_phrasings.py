"""How clients reject words, written for these tests: one sentence each, the term she
rejects and the word she would rather read ("" when she names none). NEUTRAL sentences
quote a word without rejecting it and must give no no-go.

The rows vary the grammar of a rejection, not the words: a contrast („„A“, nicht „B““,
"'A', not 'B'", „„A“ ja, „B“ nein“), a verdict after the term („ist tabu“, "is a no-go",
"feels cheesy"), a verdict before it („Was gar nicht geht:“, "What doesn't work for me:"),
a ban on the page („hat auf meiner Seite nichts zu suchen“, "has no place on my website")
and idioms of disgust („rollen sich mir die Fußnägel hoch“, "makes my skin crawl").
"""

from __future__ import annotations

# (language, sentence, rejected term, her replacement or "")
REJECTING: tuple[tuple[str, str, str, str], ...] = (
    (
        "de",
        "Und bitte schreiben Sie „Hundesalon“, nicht „Grooming-Studio“.",
        "Grooming-Studio",
        "Hundesalon",
    ),
    ("de", "Bitte „Hundesalon“ und nicht „Grooming-Studio“.", "Grooming-Studio", "Hundesalon"),
    ("de", "Nicht „Kunden“, sondern „Gäste“ – so nennen wir die hier.", "Kunden", "Gäste"),
    ("de", "Was gar nicht geht: „Fellnase“.", "Fellnase", ""),
    ("de", "Ein absolutes No-Go ist für mich „Wohlfühloase“.", "Wohlfühloase", ""),
    ("de", "No-Go: „Wellness-Tempel“.", "Wellness-Tempel", ""),
    ("de", "„Wohlfühloase“ ist für mich ein No-Go.", "Wohlfühloase", ""),
    ("de", "Das Wort „Kuschelecke“ ist bei uns tabu.", "Kuschelecke", ""),
    ("de", "„Premium“ hat auf meiner Seite nichts zu suchen.", "Premium", ""),
    ("de", "Mit „Fellnase“ brauchen Sie mir gar nicht erst kommen.", "Fellnase", ""),
    ("de", "Bitte nennen Sie es „Werkstatt“ und nicht „Atelier“.", "Atelier", "Werkstatt"),
    ("de", "„Exklusiv“ finde ich peinlich.", "Exklusiv", ""),
    (
        "de",
        "Bei „Rundum-sorglos-Paket“ rollen sich mir die Fußnägel hoch.",
        "Rundum-sorglos-Paket",
        "",
    ),
    ("de", "„Leidenschaft“ ist so abgedroschen, das schreibt jeder.", "Leidenschaft", ""),
    ("de", "Das Wort „Kundenerlebnis“ kommt mir nicht auf die Seite.", "Kundenerlebnis", ""),
    ("de", "„Handgemacht“ ja, „Manufaktur“ nein.", "Manufaktur", "Handgemacht"),
    ("de", "Verzichten Sie bitte auf „Synergien“.", "Synergien", ""),
    ("de", "Das Wort „lecker“ ist bei mir verboten.", "lecker", ""),
    ("de", "Wir sagen „Brot“, nie „Backware“.", "Backware", "Brot"),
    ("de", "„Traumküche“ ist mir zu kitschig.", "Traumküche", ""),
    ("de", "Vermeiden Sie bitte „Kompetenz“ – das klingt nach Amt.", "Kompetenz", ""),
    (
        "de",
        "und bitte nicht „Wassersportbegeisterte“, das sagt keiner\neinfach Surfer",
        "Wassersportbegeisterte",
        "Surfer",
    ),
    ("en", "Please call it a bakery, not a 'patisserie'.", "patisserie", ""),
    ("en", "Write 'bakery', not 'artisan boulangerie'.", "artisan boulangerie", "bakery"),
    ("en", "What doesn't work for me: 'one-stop shop'.", "one-stop shop", ""),
    ("en", "'Artisanal' is a no-go for me.", "Artisanal", ""),
    ("en", "The word 'curated' is banned here.", "curated", ""),
    ("en", "Don't even get me started on 'passionate'.", "passionate", ""),
    ("en", "I'd rather you didn't use 'foodie'.", "foodie", ""),
    ("en", "'Yummy' has no place on my website.", "Yummy", ""),
    ("en", "'Nom nom' makes my skin crawl.", "Nom nom", ""),
    ("en", "Not 'customers' but 'neighbours' – that's what they are.", "customers", "neighbours"),
    ("en", "'Bespoke' feels so cheesy.", "Bespoke", ""),
    ("en", "Please leave out 'world-class'.", "world-class", ""),
    ("en", "Let's steer clear of 'game-changer'.", "game-changer", ""),
    ("en", "'Synergy' is off-limits.", "Synergy", ""),
    ("en", "I can't bear 'mouth-watering'.", "mouth-watering", ""),
    ("en", "'Deliciously moreish' is a bit naff, to be honest.", "Deliciously moreish", ""),
    ("en", "We say 'loaf', never 'bread product'.", "bread product", "loaf"),
    ("en", "'Hand-crafted' yes, 'artisan' no.", "artisan", "Hand-crafted"),
    ("en", "Drop 'premium' everywhere, please.", "premium", ""),
    (
        "en",
        "Please not 'watersports enthusiasts', nobody says that.\nJust surfers.",
        "watersports enthusiasts",
        "surfers",
    ),
    ("en", 'And I don\'t want the line about "passion".', "passion", ""),
    ("en", "Not keen on 'foodie heaven' either.", "foodie heaven", ""),
    ("en", "Can we lose 'world-famous'? Nobody here would say it.", "world-famous", ""),
)

# (language, sentence): a quoted word she uses, likes, cites or keeps.
NEUTRAL: tuple[tuple[str, str], ...] = (
    ("de", "Meine Kunden sagen oft „endlich mal ehrlich“, das freut mich."),
    ("de", "Schreiben Sie ruhig „Hundesalon“, das Wort mag ich."),
    ("de", "Das Wort „Handwerk“ passt genau zu uns."),
    ("de", "Auf dem Schild steht „Salon Lohmann“, das bleibt so."),
    ("de", "Ich hab „Fellpflege“ gegoogelt, da kommt viel."),
    ("de", "„Ehrlich“ ist mir wichtig, das soll oben stehen."),
    ("de", "Unser Spruch „Sauber und zufrieden“ bleibt, der ist gut."),
    ("de", "Der Kunde meinte „super geworden“, und nicht nur einer."),
    ("de", "Bitte den Titel „Öffnungszeiten“ nicht vergessen."),
    ("de", "Ich finde „Moin“ als Begrüßung gut, nicht zu förmlich."),
    ("de", "Die Überschrift „Willkommen“ geht in Ordnung."),
    ("de", "Das Wort „Tabu“ steht auf unserem Spielplan, das Stück heißt so."),
    ("en", "Customers often say 'finally an honest baker', which I love."),
    ("en", "Feel free to use 'sourdough' as often as you like."),
    ("en", "The sign says 'Pike's Bakery' and that stays."),
    ("en", "'Fresh every morning' is true, so keep it."),
    ("en", "I googled 'seeded rye' and found loads."),
    ("en", "My motto 'bread, not fuss' stays."),
    ("en", "Please don't forget the 'Opening hours' heading."),
    ("en", "We drop off the 'Sunday loaf' orders at nine."),
    ("en", "Kids call our rolls 'cloud buns', which is sweet."),
    ("en", "I don't want to miss the 'Saturday special' slot in the paper."),
    ("de", "Ich will nicht „Samstagsbrot“ vergessen, das ist wichtig."),
    ("de", "Das mit „Fellpflege“ passt.\nEinfach so weitermachen."),
    # A contrast whose negated side is a whole sentence, not a word: nothing to reject.
    ("de", "Schreiben Sie „ehrlich“, und nicht „Bei uns ist Ihr Hund in den besten Händen“."),
    ("de", "Wir verzichten auf die „Premium-Pflege“ nicht, die läuft gut."),
    ("de", "Vermeide Ablenkungen, dann klappt das „Fokus-Training“ besser."),
    ("en", "Users who do not want their 'activity data' shared can opt out."),
)
