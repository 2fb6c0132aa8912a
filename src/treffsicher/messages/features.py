"""Names and explanations of the voice profile's features and of their categories."""

from __future__ import annotations

# feature.<name>.label, feature.<name>.explain, feature.<name>.category.<category>.
MESSAGES: dict[str, dict[str, str]] = {
    # address_du_share
    "feature.address_du_share.label": {"de": "Du", "en": "du (informal)"},
    "feature.address_du_share.explain": {
        "de": "Anteil der Du-Formen (du, dich, dir, dein) an allen Anredeformen.",
        "en": "Share of German ‘du’ forms (du, dich, dir, dein) among all forms of address.",
    },
    # address_sie_share
    "feature.address_sie_share.label": {"de": "Sie", "en": "Sie (formal)"},
    "feature.address_sie_share.explain": {
        "de": "Anteil der Sie-Formen (Sie, Ihnen, Ihr) an allen Anredeformen.",
        "en": "Share of German ‘Sie’ forms (Sie, Ihnen, Ihr) among all forms of address.",
    },
    # address_ihr_share
    "feature.address_ihr_share.label": {"de": "Ihr", "en": "ihr (plural)"},
    "feature.address_ihr_share.explain": {
        "de": "Anteil der Ihr-Formen (ihr, euch, euer) an allen Anredeformen.",
        "en": "Share of German ‘ihr’ forms (ihr, euch, euer) among all forms of address.",
    },
    # address_form
    "feature.address_form.label": {"de": "Anrede", "en": "Form of address"},
    "feature.address_form.explain": {
        "de": "Wie sie ihre Leserinnen und Leser meistens anspricht: mit du, mit Sie oder mit "
        "ihr – gezählt je Text nach der häufigsten Form.",
        "en": "How she mostly addresses her readers in German: informal ‘du’, formal ‘Sie’ or "
        "plural ‘ihr’ – counted per text by the form used most.",
    },
    "feature.address_form.category.du": {"de": "du", "en": "du (informal)"},
    "feature.address_form.category.sie": {"de": "Sie", "en": "Sie (formal)"},
    "feature.address_form.category.ihr": {"de": "ihr", "en": "ihr (plural)"},
    "feature.address_form.category.mixed": {"de": "gemischt", "en": "mixed"},
    # address_you_rate_per_100_words
    "feature.address_you_rate_per_100_words.label": {
        "de": "Direkte Ansprache (you)",
        "en": "Addressing the reader (you)",
    },
    "feature.address_you_rate_per_100_words.explain": {
        "de": "Wie oft sie im Englischen „you“, „your“ usw. schreibt, je 100 Wörter. Ob damit "
        "du oder Sie gemeint ist, lässt sich im Englischen nicht unterscheiden.",
        "en": "How often she writes ‘you’, ‘your’ and so on, per 100 words. English does not "
        "show whether this is informal or formal.",
    },
    # greeting
    "feature.greeting.label": {"de": "Begrüßung", "en": "Greeting"},
    "feature.greeting.explain": {
        "de": "Wie sie Nachrichten beginnt („Hallo“, „Liebe …“, „Sehr geehrte …“). Texte ohne "
        "Begrüßung, etwa Webseiten, zählen hier nicht mit.",
        "en": "How she opens her messages (‘Hi’, ‘Dear …’, ‘Hello’). Texts without a "
        "greeting, such as web pages, are not counted here.",
    },
    "feature.greeting.category.sehr_geehrte": {
        "de": "Sehr geehrte/r",
        "en": "Sehr geehrte/r (Dear Sir/Madam)",
    },
    "feature.greeting.category.liebe": {"de": "Liebe/r", "en": "Liebe/r (Dear, warm)"},
    "feature.greeting.category.hallo": {"de": "Hallo", "en": "Hallo"},
    "feature.greeting.category.halloechen": {"de": "Hallöchen", "en": "Hallöchen"},
    "feature.greeting.category.hi": {"de": "Hi", "en": "Hi"},
    "feature.greeting.category.hey": {"de": "Hey", "en": "Hey"},
    "feature.greeting.category.guten_tag": {"de": "Guten Tag", "en": "Guten Tag"},
    "feature.greeting.category.guten_morgen": {"de": "Guten Morgen", "en": "Guten Morgen"},
    "feature.greeting.category.guten_abend": {"de": "Guten Abend", "en": "Guten Abend"},
    "feature.greeting.category.moin_moin": {"de": "Moin moin", "en": "Moin moin"},
    "feature.greeting.category.moin": {"de": "Moin", "en": "Moin"},
    "feature.greeting.category.servus": {"de": "Servus", "en": "Servus"},
    "feature.greeting.category.gruess_gott": {"de": "Grüß Gott", "en": "Grüß Gott"},
    "feature.greeting.category.gruess_dich": {"de": "Grüß dich", "en": "Grüß dich"},
    "feature.greeting.category.gruezi": {"de": "Grüezi", "en": "Grüezi"},
    "feature.greeting.category.hoi": {"de": "Hoi", "en": "Hoi"},
    "feature.greeting.category.tach": {"de": "Tach", "en": "Tach"},
    "feature.greeting.category.mahlzeit": {"de": "Mahlzeit", "en": "Mahlzeit"},
    "feature.greeting.category.dear": {"de": "Dear", "en": "Dear"},
    "feature.greeting.category.hello": {"de": "Hello", "en": "Hello"},
    "feature.greeting.category.hiya": {"de": "Hiya", "en": "Hiya"},
    "feature.greeting.category.name": {"de": "nur der Name", "en": "name only"},
    "feature.greeting.category.good_morning": {"de": "Good morning", "en": "Good morning"},
    "feature.greeting.category.morning": {"de": "Morning", "en": "Morning"},
    "feature.greeting.category.good_afternoon": {"de": "Good afternoon", "en": "Good afternoon"},
    "feature.greeting.category.good_evening": {"de": "Good evening", "en": "Good evening"},
    "feature.greeting.category.to_whom": {
        "de": "To whom it may concern",
        "en": "To whom it may concern",
    },
    # signoff
    "feature.signoff.label": {"de": "Grußformel", "en": "Sign-off"},
    "feature.signoff.explain": {
        "de": "Wie sie Nachrichten beendet („LG“, „Viele Grüße“, „Herzliche Grüße“, „Mit "
        "freundlichen Grüßen“). Texte ohne Grußformel zählen nicht mit.",
        "en": "How she closes her messages (‘Best’, ‘Kind regards’, ‘Cheers’, ‘Thanks’). "
        "Texts without a sign-off are not counted here.",
    },
    "feature.signoff.category.mit_freundlichen_gruessen": {
        "de": "Mit freundlichen Grüßen",
        "en": "Mit freundlichen Grüßen",
    },
    "feature.signoff.category.freundliche_gruesse": {
        "de": "Freundliche Grüße",
        "en": "Freundliche Grüße",
    },
    "feature.signoff.category.liebe_gruesse": {"de": "Liebe Grüße", "en": "Liebe Grüße"},
    "feature.signoff.category.viele_gruesse": {"de": "Viele Grüße", "en": "Viele Grüße"},
    "feature.signoff.category.herzliche_gruesse": {
        "de": "Herzliche Grüße",
        "en": "Herzliche Grüße",
    },
    "feature.signoff.category.beste_gruesse": {"de": "Beste Grüße", "en": "Beste Grüße"},
    "feature.signoff.category.danke_gruss": {"de": "Danke und Gruß", "en": "Danke und Gruß"},
    "feature.signoff.category.schoene_gruesse": {"de": "Schöne Grüße", "en": "Schöne Grüße"},
    "feature.signoff.category.gruss": {"de": "Gruß", "en": "Gruß"},
    "feature.signoff.category.gruesse": {"de": "Grüße", "en": "Grüße"},
    "feature.signoff.category.lg": {"de": "LG", "en": "LG"},
    "feature.signoff.category.vg": {"de": "VG", "en": "VG"},
    "feature.signoff.category.mfg": {"de": "MfG", "en": "MfG"},
    "feature.signoff.category.herzlichst": {"de": "Herzlichst", "en": "Herzlichst"},
    "feature.signoff.category.alles_liebe": {"de": "Alles Liebe", "en": "Alles Liebe"},
    "feature.signoff.category.alles_gute": {"de": "Alles Gute", "en": "Alles Gute"},
    "feature.signoff.category.bis_bald": {"de": "Bis bald", "en": "Bis bald"},
    "feature.signoff.category.bis_dann": {
        "de": "Bis dann / bis später",
        "en": "Bis dann / bis später",
    },
    "feature.signoff.category.tschuess": {"de": "Tschüss", "en": "Tschüss"},
    "feature.signoff.category.ciao": {"de": "Ciao", "en": "Ciao"},
    "feature.signoff.category.servus": {"de": "Servus", "en": "Servus"},
    "feature.signoff.category.pfiat_di": {"de": "Pfiat di", "en": "Pfiat di"},
    "feature.signoff.category.tschoe": {"de": "Tschö", "en": "Tschö"},
    "feature.signoff.category.tschoe_mit_oe": {"de": "Tschö mit ö", "en": "Tschö mit ö"},
    "feature.signoff.category.bussi": {"de": "Bussi", "en": "Bussi"},
    "feature.signoff.category.baba": {"de": "Baba", "en": "Baba"},
    "feature.signoff.category.ade": {"de": "Ade", "en": "Ade"},
    "feature.signoff.category.moin": {"de": "Moin", "en": "Moin"},
    "feature.signoff.category.gruessle": {"de": "Grüßle", "en": "Grüßle"},
    "feature.signoff.category.danke": {"de": "Danke", "en": "Danke"},
    "feature.signoff.category.best_regards": {"de": "Best regards", "en": "Best regards"},
    "feature.signoff.category.kind_regards": {"de": "Kind regards", "en": "Kind regards"},
    "feature.signoff.category.warm_regards": {"de": "Warm regards", "en": "Warm regards"},
    "feature.signoff.category.warmly": {"de": "Warmly", "en": "Warmly"},
    "feature.signoff.category.warm_wishes": {"de": "Warm wishes", "en": "Warm wishes"},
    "feature.signoff.category.all_the_best": {"de": "All the best", "en": "All the best"},
    "feature.signoff.category.see_you": {"de": "See you (soon)", "en": "See you (soon)"},
    "feature.signoff.category.yours_truly": {
        "de": "Yours truly / faithfully",
        "en": "Yours truly / faithfully",
    },
    "feature.signoff.category.sonnige_gruesse": {
        "de": "Sonnige Grüße (auch sommerliche, herbstliche …)",
        "en": "Sonnige Grüße (sunny greetings, or another season's)",
    },
    "feature.signoff.category.regards": {"de": "Regards", "en": "Regards"},
    "feature.signoff.category.best_wishes": {"de": "Best wishes", "en": "Best wishes"},
    "feature.signoff.category.best": {"de": "Best", "en": "Best"},
    "feature.signoff.category.cheers": {"de": "Cheers", "en": "Cheers"},
    "feature.signoff.category.many_thanks": {"de": "Many thanks", "en": "Many thanks"},
    "feature.signoff.category.thanks": {"de": "Thanks", "en": "Thanks"},
    "feature.signoff.category.thx": {"de": "Thx", "en": "Thx"},
    "feature.signoff.category.ta": {"de": "Ta", "en": "Ta"},
    "feature.signoff.category.love": {"de": "Love", "en": "Love"},
    "feature.signoff.category.x": {"de": "x / xx", "en": "x / xx"},
    "feature.signoff.category.xoxo": {"de": "xo / xoxo", "en": "xo / xoxo"},
    "feature.signoff.category.name_x": {"de": "Vorname + x", "en": "First name + x"},
    "feature.signoff.category.name": {"de": "nur Vorname", "en": "first name only"},
    "feature.signoff.category.take_care": {"de": "Take care", "en": "Take care"},
    "feature.signoff.category.talk_soon": {"de": "Talk soon", "en": "Talk soon"},
    "feature.signoff.category.sincerely": {"de": "Sincerely", "en": "Sincerely"},
    # sentence_length_words_median
    "feature.sentence_length_words_median.label": {
        "de": "Satzlänge (Median)",
        "en": "Sentence length (median)",
    },
    "feature.sentence_length_words_median.explain": {
        "de": "Wie viele Wörter ein typischer Satz von ihr hat: die Hälfte ihrer Sätze ist "
        "kürzer, die Hälfte länger.",
        "en": "How many words a typical sentence of hers has: half her sentences are shorter, "
        "half longer.",
    },
    # sentence_length_words_mean
    "feature.sentence_length_words_mean.label": {
        "de": "Satzlänge (Mittel)",
        "en": "Sentence length (mean)",
    },
    "feature.sentence_length_words_mean.explain": {
        "de": "Wörter pro Satz im Durchschnitt; einzelne sehr lange Sätze ziehen ihn nach oben.",
        "en": "Average words per sentence; a few very long sentences pull it up.",
    },
    # sentence_length_words_iqr
    "feature.sentence_length_words_iqr.label": {
        "de": "Schwankung der Satzlänge",
        "en": "Spread of sentence length",
    },
    "feature.sentence_length_words_iqr.explain": {
        "de": "Wie stark ihre Satzlängen schwanken: der Abstand zwischen einem eher kurzen "
        "und einem eher langen Satz (mittlere Hälfte ihrer Sätze).",
        "en": "How much her sentence lengths vary: the gap between a fairly short and a "
        "fairly long sentence (the middle half of her sentences).",
    },
    # long_sentences_share
    "feature.long_sentences_share.label": {
        "de": "Anteil langer Sätze",
        "en": "Share of long sentences",
    },
    "feature.long_sentences_share.explain": {
        "de": "Anteil der Sätze mit mehr als 25 Wörtern; solche Sätze lesen sich schwer.",
        "en": "Share of sentences with more than 25 words; such sentences are hard to read.",
    },
    # word_length_characters_mean
    "feature.word_length_characters_mean.label": {"de": "Wortlänge", "en": "Word length"},
    "feature.word_length_characters_mean.explain": {
        "de": "Buchstaben pro Wort im Durchschnitt: kurze Alltagswörter oder lange Fachwörter "
        "und Zusammensetzungen.",
        "en": "Average letters per word: short everyday words or long technical words.",
    },
    # long_words_share
    "feature.long_words_share.label": {"de": "Anteil langer Wörter", "en": "Share of long words"},
    "feature.long_words_share.explain": {
        "de": "Anteil der Wörter mit mehr als sechs Buchstaben (wie im Lesbarkeitsindex LIX).",
        "en": "Share of words with more than six letters (as in the LIX readability index).",
    },
    # lexical_variety_mtld_words
    "feature.lexical_variety_mtld_words.label": {
        "de": "Wortschatz-Vielfalt (MTLD)",
        "en": "Vocabulary variety (MTLD)",
    },
    "feature.lexical_variety_mtld_words.explain": {
        "de": "Wie abwechslungsreich ihr Wortschatz ist: wie viele Wörter sie im Schnitt "
        "schreibt, bevor sie sich merklich wiederholt. Höher heißt vielfältiger.",
        "en": "How varied her vocabulary is: how many words she writes on average before she "
        "noticeably repeats herself. Higher means more varied.",
    },
    # flesch_amstad_score
    "feature.flesch_amstad_score.label": {
        "de": "Lesbarkeit (Flesch-Amstad)",
        "en": "Readability (Flesch-Amstad)",
    },
    "feature.flesch_amstad_score.explain": {
        "de": "Wie leicht sich ihre Texte lesen, von 0 (sehr schwer) bis 100 (sehr leicht); "
        "kurze Sätze und kurze Wörter machen es leichter. Zeitungstexte liegen um 50.",
        "en": "How easy her German is to read, from 0 (very hard) to 100 (very easy); short "
        "sentences and short words make it easier. Newspaper text is around 50.",
    },
    # wiener_sachtextformel_score
    "feature.wiener_sachtextformel_score.label": {
        "de": "Wiener Sachtextformel",
        "en": "Vienna readability formula",
    },
    "feature.wiener_sachtextformel_score.explain": {
        "de": "Für welche Schulstufe ihre Texte etwa geschrieben sind, von 4 (leicht) bis 15 "
        "(sehr schwer), darunter sehr leicht; lange Wörter und lange Sätze heben den Wert.",
        "en": "Which school grade her German roughly suits, from 4 (easy) to 15 (very hard), "
        "below 4 very easy; long words and long sentences raise it.",
    },
    # flesch_reading_ease_score
    "feature.flesch_reading_ease_score.label": {
        "de": "Lesbarkeit (Flesch)",
        "en": "Reading ease (Flesch)",
    },
    "feature.flesch_reading_ease_score.explain": {
        "de": "Wie leicht sich ihr Englisch liest, von 0 (sehr schwer) bis 100 (sehr leicht).",
        "en": "How easy her English is to read, from 0 (very hard) to 100 (very easy); plain "
        "everyday English scores 60 to 70.",
    },
    # lix_score
    "feature.lix_score.label": {"de": "Lesbarkeitsindex LIX", "en": "LIX readability index"},
    "feature.lix_score.explain": {
        "de": "Satzlänge plus Anteil langer Wörter: unter 40 leicht, 40 bis 50 mittel, über "
        "60 sehr schwer.",
        "en": "Sentence length plus share of long words: under 40 easy, 40 to 50 medium, over "
        "60 very hard.",
    },
    # nominal_style_per_100_words
    "feature.nominal_style_per_100_words.label": {"de": "Nominalstil", "en": "Nominal style"},
    "feature.nominal_style_per_100_words.explain": {
        "de": "Wie oft sie Tätigkeiten zu Hauptwörtern macht (auf -ung, -heit, -keit, -ion, "
        "-tät, -ismus: „die Durchführung“ statt „durchführen“), je 100 Wörter. Viel davon "
        "klingt nach Amt.",
        "en": "How often she turns actions into nouns (-tion, -sion, -ment, -ness, -ity: “the "
        "implementation” instead of “implement”), per 100 words. A lot of it sounds "
        "bureaucratic.",
    },
    # passive_sentences_share
    "feature.passive_sentences_share.label": {"de": "Passiv", "en": "Passive voice"},
    "feature.passive_sentences_share.explain": {
        "de": "Anteil ihrer Sätze im Passiv („Die Unterlagen werden verschickt“ statt „Ich "
        "verschicke die Unterlagen“). Das Zustandspassiv mit „sein“ zählt nicht mit.",
        "en": "Share of her sentences in the passive voice (“the files were sent” instead of "
        "“I sent the files”).",
    },
    # ich_forms_per_100_words
    "feature.ich_forms_per_100_words.label": {"de": "Ich-Form", "en": "First person singular"},
    "feature.ich_forms_per_100_words.explain": {
        "de": "Wie oft sie von sich selbst spricht (ich, mich, mir, mein …), je 100 Wörter.",
        "en": "How often she speaks of herself (I, me, my, mine), per 100 words.",
    },
    # wir_forms_per_100_words
    "feature.wir_forms_per_100_words.label": {"de": "Wir-Form", "en": "First person plural"},
    "feature.wir_forms_per_100_words.explain": {
        "de": "Wie oft sie „wir“ sagt (wir, uns, unser …), je 100 Wörter: das Team oder die "
        "Firma als Absender.",
        "en": "How often she says “we” (we, us, our, ours), per 100 words: the team or the "
        "company as the speaker.",
    },
    # man_forms_per_100_words
    "feature.man_forms_per_100_words.label": {"de": "Unpersönliches „man“", "en": "Generic “one”"},
    "feature.man_forms_per_100_words.explain": {
        "de": "Wie oft sie unpersönlich mit „man“ formuliert, je 100 Wörter.",
        "en": "How often she uses the impersonal “one” (“one can see”), per 100 words.",
    },
    # person_voice
    "feature.person_voice.label": {"de": "Absender-Stimme", "en": "Speaking voice"},
    "feature.person_voice.explain": {
        "de": "Ob sie als Person schreibt („ich“) oder als Team/Firma („wir“); der Wert ist "
        "der Anteil der Ich-Formen an allen Ich- und Wir-Formen.",
        "en": "Whether she writes as a person (“I”) or as a team or company (“we”); the value "
        "is the share of I-forms among all I- and we-forms.",
    },
    "feature.person_voice.category.personal": {"de": "Ich-Form", "en": "I-form"},
    "feature.person_voice.category.corporate": {"de": "Wir-Form", "en": "we-form"},
    # question_rate_per_sentence
    "feature.question_rate_per_sentence.label": {"de": "Fragen", "en": "Questions"},
    "feature.question_rate_per_sentence.explain": {
        "de": "Anteil der Sätze, die mit einem Fragezeichen enden. Wer viel fragt, spricht "
        "die Leserin direkt an und lädt zum Antworten ein.",
        "en": "Share of sentences that end with a question mark. Many questions speak to the "
        "reader directly and invite an answer.",
    },
    # exclamation_rate_per_sentence
    "feature.exclamation_rate_per_sentence.label": {"de": "Ausrufe", "en": "Exclamations"},
    "feature.exclamation_rate_per_sentence.explain": {
        "de": "Anteil der Sätze, die mit einem Ausrufezeichen enden – ein Maß für "
        "Begeisterung und Nachdruck.",
        "en": "Share of sentences that end with an exclamation mark – a measure of enthusiasm "
        "and emphasis.",
    },
    # emoji_rate_per_100_words
    "feature.emoji_rate_per_100_words.label": {"de": "Emojis", "en": "Emoji"},
    "feature.emoji_rate_per_100_words.explain": {
        "de": "Wie viele Emojis (🙂, 👍) auf 100 Wörter kommen.",
        "en": "How many emoji (🙂, 👍) she uses per 100 words.",
    },
    # emoticon_rate_per_100_words
    "feature.emoticon_rate_per_100_words.label": {"de": "Smileys aus Zeichen", "en": "Emoticons"},
    "feature.emoticon_rate_per_100_words.explain": {
        "de": "Wie viele Smileys aus Satzzeichen wie :-) oder ;) auf 100 Wörter kommen.",
        "en": "How many smileys typed from punctuation, like :-) or ;), per 100 words.",
    },
    # ellipsis_rate_per_100_words
    "feature.ellipsis_rate_per_100_words.label": {"de": "Auslassungspunkte", "en": "Ellipses"},
    "feature.ellipsis_rate_per_100_words.explain": {
        "de": "Wie oft sie Gedanken mit drei Punkten (…) offen ausklingen lässt, je 100 Wörter.",
        "en": "How often she lets a thought trail off with three dots (…), per 100 words.",
    },
    # dash_rate_per_100_words
    "feature.dash_rate_per_100_words.label": {"de": "Gedankenstriche", "en": "Dashes"},
    "feature.dash_rate_per_100_words.explain": {
        "de": "Wie oft sie einen Gedankenstrich – wie hier – setzt, je 100 Wörter.",
        "en": "How often she uses a dash – like this – per 100 words.",
    },
    # parentheses_rate_per_100_words
    "feature.parentheses_rate_per_100_words.label": {"de": "Klammern", "en": "Parentheses"},
    "feature.parentheses_rate_per_100_words.explain": {
        "de": "Wie oft sie etwas in Klammern (als Nebenbemerkung) einschiebt, je 100 Wörter.",
        "en": "How often she adds a side remark in parentheses, per 100 words.",
    },
    # quote_style
    "feature.quote_style.label": {"de": "Anführungszeichen", "en": "Quotation marks"},
    "feature.quote_style.explain": {
        "de": 'Welche Anführungszeichen sie benutzt: deutsche „…“, gerade "…", englische '
        "“…”, französische »…« oder einfache ‚…‘.",
        "en": 'Which quotation marks she uses: German „…“, straight "…", curly “…”, '
        "guillemets »…« or single ‚…‘.",
    },
    "feature.quote_style.category.german": {"de": "deutsche „…“", "en": "German „…“"},
    "feature.quote_style.category.straight": {"de": 'gerade "…"', "en": 'straight "…"'},
    "feature.quote_style.category.english": {"de": "englische “…”", "en": "curly “…”"},
    "feature.quote_style.category.guillemets": {"de": "französische »…«", "en": "guillemets »…«"},
    "feature.quote_style.category.single": {"de": "einfache ‚…‘", "en": "single ‚…‘ / ‘…’"},
    # dash_char
    "feature.dash_char.label": {"de": "Strich-Zeichen", "en": "Dash character"},
    "feature.dash_char.explain": {
        "de": "Welches Zeichen sie als Gedankenstrich tippt: den Halbgeviertstrich –, den "
        "langen Strich — oder einen Bindestrich mit Leerzeichen -.",
        "en": "Which character she types as a dash: the en dash –, the em dash — or a hyphen "
        "between spaces -.",
    },
    "feature.dash_char.category.en": {"de": "Halbgeviertstrich –", "en": "en dash –"},
    "feature.dash_char.category.em": {"de": "Geviertstrich —", "en": "em dash —"},
    "feature.dash_char.category.hyphen": {"de": "Bindestrich -", "en": "hyphen -"},
    # ellipsis_char
    "feature.ellipsis_char.label": {"de": "Auslassungszeichen", "en": "Ellipsis character"},
    "feature.ellipsis_char.explain": {
        "de": "Ob sie Auslassungspunkte als ein Zeichen (…) oder als drei Punkte (...) tippt.",
        "en": "Whether she types an ellipsis as one character (…) or as three full stops (...).",
    },
    "feature.ellipsis_char.category.unicode": {"de": "ein Zeichen …", "en": "one character …"},
    "feature.ellipsis_char.category.dots": {"de": "drei Punkte ...", "en": "three dots ..."},
    # gender_style
    "feature.gender_style.label": {"de": "Gendern", "en": "Gender-fair language"},
    "feature.gender_style.explain": {
        "de": "Wie sie Menschen benennt: mit Doppelpunkt (Kund:innen), Sternchen "
        "(Kund*innen), Binnen-I (KundInnen), Unterstrich, Schrägstrich, Paarform (Kundinnen "
        "und Kunden), neutral (Teilnehmende) oder nur männlich (Kunden).",
        "en": "How she names groups of people in German: with a colon (Kund:innen), asterisk, "
        "capital I, underscore, slash, both forms (Kundinnen und Kunden), neutral words "
        "(Teilnehmende) or the masculine form only (Kunden).",
    },
    "feature.gender_style.category.none": {
        "de": "nur männliche Form",
        "en": "masculine form only",
    },
    "feature.gender_style.category.colon": {
        "de": "Doppelpunkt (Kund:innen)",
        "en": "colon (Kund:innen)",
    },
    "feature.gender_style.category.star": {
        "de": "Sternchen (Kund*innen)",
        "en": "asterisk (Kund*innen)",
    },
    "feature.gender_style.category.binnen_i": {
        "de": "Binnen-I (KundInnen)",
        "en": "capital I (KundInnen)",
    },
    "feature.gender_style.category.underscore": {
        "de": "Unterstrich (Kund_innen)",
        "en": "underscore (Kund_innen)",
    },
    "feature.gender_style.category.slash": {
        "de": "Schrägstrich (Kund/innen)",
        "en": "slash (Kund/innen)",
    },
    "feature.gender_style.category.pair": {
        "de": "Paarform (Kundinnen und Kunden)",
        "en": "both forms",
    },
    "feature.gender_style.category.neutral": {
        "de": "neutrale Form (Teilnehmende)",
        "en": "neutral word",
    },
    # gender_fair_share
    "feature.gender_fair_share.label": {
        "de": "Anteil gendergerechter Formen",
        "en": "Share of gender-fair forms",
    },
    "feature.gender_fair_share.explain": {
        "de": "Wie oft sie Personengruppen gendergerecht benennt statt nur männlich "
        "(„Kunden“), gemessen an allen erkannten Personenbezeichnungen.",
        "en": "How often she names groups of people in a gender-fair way rather than in the "
        "masculine form only, out of all person nouns we recognise.",
    },
    # gender_fair_rate_per_100_words
    "feature.gender_fair_rate_per_100_words.label": {
        "de": "Gendergerechte Formen",
        "en": "Gender-fair forms",
    },
    "feature.gender_fair_rate_per_100_words.explain": {
        "de": "Wie viele gendergerechte Personenbezeichnungen auf 100 Wörter kommen.",
        "en": "How many gender-fair person nouns she uses per 100 words.",
    },
    # anglicism_rate_per_100_words
    "feature.anglicism_rate_per_100_words.label": {"de": "Anglizismen", "en": "Anglicisms"},
    "feature.anglicism_rate_per_100_words.explain": {
        "de": "Wie viele englische Wörter wie Meeting, Feedback oder Workshop sie auf 100 "
        "Wörter benutzt (Alltagswörter wie E-Mail oder Internet zählen nicht).",
        "en": "How many English words like Meeting, Feedback or Workshop she uses per 100 "
        "words of German (everyday ones like E-Mail or Internet do not count).",
    },
    # filler_rate_per_100_words
    "feature.filler_rate_per_100_words.label": {"de": "Füllwörter", "en": "Filler words"},
    "feature.filler_rate_per_100_words.explain": {
        "de": "Wie viele Füllwörter wie eigentlich, halt, einfach oder irgendwie auf 100 "
        "Wörter kommen. Viele wirken mündlich und locker, wenige knapp und sachlich.",
        "en": "How many filler words like basically, actually, really or just she uses per "
        "100 words. Many sound chatty and spoken, few sound crisp.",
    },
    # buzzword_rate_per_100_words
    "feature.buzzword_rate_per_100_words.label": {
        "de": "Werbefloskeln",
        "en": "Marketing buzzwords",
    },
    "feature.buzzword_rate_per_100_words.explain": {
        "de": "Wie viele typische Werbewörter wie innovativ, ganzheitlich, Lösungen oder "
        "einzigartig auf 100 Wörter kommen.",
        "en": "How many typical marketing words like innovative, holistic, solutions or "
        "unique she uses per 100 words.",
    },
    # hedge_rate_per_100_words
    "feature.hedge_rate_per_100_words.label": {"de": "Abschwächungen", "en": "Hedges"},
    "feature.hedge_rate_per_100_words.explain": {
        "de": "Wie oft sie Aussagen abschwächt – vielleicht, eher, ich glaube, ein bisschen – "
        "je 100 Wörter. Viele wirken vorsichtig, wenige bestimmt.",
        "en": "How often she softens a statement – maybe, rather, I think, a bit – per 100 "
        "words. Many sound cautious, few sound assertive.",
    },
}
