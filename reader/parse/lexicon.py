"""Word lists the live-blog splitter leans on, per language (fr, en, de, es, it).

Kept apart from the logic so they can grow without touching it. Function words are the
words a paragraph commonly starts with; when one is glued to the end of a lowercase word
(`KremlinLe Kremlin`) that is a block boundary, not a camel-case name.
"""

from __future__ import annotations

import re


def _char_class(predicate: str) -> str:
    """A regex character class body holding every Latin/Greek/Cyrillic char of a case."""
    ranges: list[tuple[int, int]] = []
    for code in range(0x41, 0x2000):
        char = chr(code)
        if getattr(char, predicate)() and not (predicate == "islower" and char.isupper()):
            if ranges and ranges[-1][1] == code - 1:
                ranges[-1] = (ranges[-1][0], code)
            else:
                ranges.append((code, code))
    return "".join(
        re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}"
        for a, b in ranges
    )


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


UPPER = _char_class("isupper")
LOWER = _char_class("islower")
LETTER = _char_class("isalpha")

FUNCTION_WORDS: dict[str, frozenset[str]] = {
    "fr": _words("""
        Le La Les L Un Une Des Du De D Au Aux Ce Cet Cette Ces C Il Elle Ils Elles On Nous
        Vous Je J Selon Pour Par Dans En Sur Avec Après Avant Depuis Lors Mais Et Ou Donc
        Alors Ainsi Pourtant Cependant Toutefois Si Quand Lorsque Plus Son Sa Ses Leur Leurs
        Notre Nos Votre Vos Qui Que Qu Quel Quelle Quels Quelles S N Outre Entre Face Contre
        Sans Sous Vers Chez Dès Pendant Malgré Parmi Ici Cela Ceci Ça Tout Tous Toutes Toute
        Aucun Aucune Chaque Plusieurs Certains Certaines Y Ni Car Puis Enfin Jusqu À Près
        Comme Côté Désormais Aujourd Hier Demain Mercredi Selon Parallèlement Autre Autres
        """),
    "en": _words("""
        The A An This That These Those It Its He She They We I You His Her Their Our In On At
        For From With By As After Before Since During While When If But And Or So Yet Also
        However Meanwhile Earlier Later Today Yesterday Some Many Most More Other Another
        There Here What Who Which Why How According Under Over Despite Although Though Both
        Each Every No Not Speaking Asked Officials Authorities
        """),
    "de": _words("""
        Der Die Das Den Dem Des Ein Eine Einen Einem Einer Es Er Sie Wir Ich Ihr Man In Im Am
        Auf Aus Bei Mit Nach Seit Von Vom Zu Zum Zur Für Gegen Ohne Um Unter Über Vor Während
        Wegen Laut Und Aber Oder Doch Denn So Auch Dabei Damit Dann Danach Zuvor Zudem
        Außerdem Allerdings Jedoch Trotzdem Inzwischen Bisher Derzeit Heute Gestern Dies
        Diese Dieser Dieses Dort Hier Wie Was Wer Warum Wo Als Wenn Ob Dass Nachdem Bevor
        Seine Sein Ihre Unsere Mehr Viele Alle Einige Nun Noch Nicht Kein Keine Bereits Schon Da
        Zwar Insgesamt
        """),
    "es": _words("""
        El La Los Las Lo Un Una Unos Unas Al Del Este Esta Estos Estas Ese Esa Eso Ello Él
        Ella Ellos Ellas Se Su Sus Según Para Por En Con Sin Sobre Tras Desde Durante Ante
        Entre Hasta Hacia Pero Y E O Ni Que Como Cuando Si Así Además También Mientras Aunque
        Porque Ya No Hoy Ayer Allí Aquí Muchos Varios Otro Otra Otros Todos Todas Cada A
        """),
    "it": _words("""
        Il Lo La I Gli Le L Un Uno Una Dei Degli Delle Del Della Dell Nel Nella Nei Negli Nell
        Al Alla Ai All Sul Sulla Sull Dal Dalla Questo Questa Questi Queste Quello Quella
        Egli Lui Lei Loro Noi Si Ci Secondo Per Con In Su Da Di Tra Fra Dopo Prima Durante
        Mentre Ma E Ed O Anche Però Quindi Infatti Inoltre Tuttavia Oggi Ieri Domani Come
        Quando Se Che Non Già Ancora Ecco Qui A È
        """),
}
ALL_FUNCTION_WORDS = frozenset().union(*FUNCTION_WORDS.values())
# Single letters count only before an apostrophe (`L’`, `D’`) or, for these, a space.
SPACED_SINGLE_LETTERS = _words("A À Y E I O È")

# Distinctive everyday words, to guess the language of a body.
LANGUAGE_MARKERS: dict[str, frozenset[str]] = {
    "fr": _words("les des est une dans pour qui avec pas du au et sur"),
    "en": _words("the and of to is that with for was on are has"),
    "de": _words("der die und das ist nicht mit den von sich auf dem"),
    "es": _words("el los las del por con para y se lo como"),
    "it": _words("il della che per di gli sono nel è alla delle"),
}

# Tokens before a dot that do not end a sentence (compared as written).
ABBREVIATIONS = _words("""
    M Mme Mmes Mlle Mlles MM Me Mgr Dr Drs Pr Prof Profs St Ste Sts Jr Sr Sra Srta Mr Mrs Ms
    Messrs Gen Gén Col Lt Cpt Capt Sgt Maj Adm Gov Sen Rep Rev Hon Pres Cie Co Corp Inc Ltd
    Bros Av Ave Bd Blvd Rd Mt Ft etc vs cf ca env approx av apr No Nos nr Nr Art art
    Abs bzw usw ggf vgl Vgl Hr Hrn Fr Frl Dipl Ing Dott Sig Sigg Avv Arch Geom pag p pp vol
    Vol ch chap fig Fig éd ed eds min max tel Tel Tél tél janv févr avr juil sept oct nov
    déc Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Mio Mrd Md Mds Dña Uds Ud Vd Vds
    Excmo Sto Sta al resp Bsp bspw evtl inkl exkl zzgl ggü ecc Ecc Sigra Sig.ra Dott.ssa
    Dra Dres Lic Arq Excma Sres Srs núm Núm pág Pág tel dott prof ing avv sig Spett Egr Geehrte
    Str Hbf Jh Jhd Std Abt Tsd Mme Mlle Ph
    """)
# Abbreviations that often end a sentence: glued to a capital, the next block starts.
FINAL_ABBREVIATIONS = _words("etc usw ecc etc Inc Ltd Corp Bros Co Cie")
# German writes ordinal dates with a dot: `am 18. November` is no sentence end.
MONTHS = _words("""
    Januar Jänner Februar März April Mai Juni Juli August September Oktober November Dezember
    """)
# Words after which a time is what the heading says, not the update's stamp
# (`Réunion à 15h30`, `Meeting at 3:30 pm`, `Treffen um 15.30 Uhr`), casefolded.
TIME_PREPOSITIONS = _words("""
    à a vers avant après dès jusqu jusqu’à et de entre at by before after until till from to
    and around about um ab bis gegen vor nach und zwischen seit las la desde hasta y entre
    alle dalle ore verso e tra fra
    """)

# Camel-case names and brands (casefolded) whose inner capital is not a boundary.
CAMEL_WORDS = _words("""
    iphone ipad ipod itunes imac icloud ebay youtube youtuber youtubers playstation linkedin
    tiktok tiktoker whatsapp powerpoint javascript openai chatgpt deepmind deepseek
    blackrock mcdonald mcdonalds macbook dicaprio lebron desantis mccarthy mckinsey spacex
    fedex paypal github gitlab wordpress soundcloud blackberry dreamworks harpercollins
    smackdown starcraft astrazeneca biontech glaxosmithkline smithkline exxonmobil
    arcelormittal blablacar lafargeholcim totalenergies jpmorgan mastercard facetime airdrop
    airpods easyjet prosieben prosiebensat bahncard softbank crowdstrike pepsico masterchef
    powerball coinbase doordash grubhub jetblue skyteam gamestop onlyfans kitkat thinkpad
    netbeans lucasfilm deepl euromillions laliga frenchtech bluesky nordvpn conocophillips
    airasia aliexpress alibaba tripadvisor sharepoint onedrive wechat wetransfer faceapp
    pricewaterhousecoopers mclaren dimaggio mackenzie fitzgerald degaulle playmobil
    photoshop hotmail gmail blueorigin wikileaks netflix microstrategy worldcom skytrain
    hellofresh deliveroo justeat ubereats thyssenkrupp rheinmetall kinderschokolade
    bundesliga ligue eurovision superbowl powerbank smartwatch smartphone nintendoswitch
    blackfriday cybermonday mcconnell mcgregor mcenroe mccain mcdonough macarthur macgregor
    dicaprio dimarco dilorenzo deniro devito laguardia lapierre dupont dubois vanderbilt
    vonderleyen
    """)
# Name particles glued to a capital in family names (McCain, DeSantis, LaGuardia).
CAMEL_PREFIXES = _words(
    "Mc Mac Fitz Van Von Della Delle Dello De Di Da Du Le La Des Del Dos Das Ben Al El O"
)

# Titles of key-points boxes; matched case-insensitively, either apostrophe.
KEY_POINTS_TITLES = (
    "Les infos à retenir", "Les informations à retenir", "Ce qu’il faut retenir",
    "Ce qu’il faut savoir", "Ce que l’on sait", "Ce que l’on sait à cette heure",
    "Ce que l’on sait ce", "L’essentiel", "L’essentiel du jour", "À retenir", "A retenir",
    "Les points clés", "Points clés", "Les faits marquants", "En bref", "Le point sur la situation",
    "Résumé", "En résumé", "Ce que l’on sait jusqu’ici", "Ce que l’on sait pour l’instant",
    "Les dernières informations", "Les principales informations",
    "Key points", "Key events", "Key developments", "What we know", "What we know so far",
    "Summary", "At a glance", "The latest", "Latest updates", "Highlights", "Key updates",
    "What we know now", "What you need to know",
    "Das Wichtigste", "Das Wichtigste in Kürze", "Das Wichtigste im Überblick",
    "Die wichtigsten Punkte", "Auf einen Blick", "Überblick", "Kurz gefasst",
    "Was wir wissen", "Was bisher bekannt ist", "Die wichtigsten Entwicklungen",
    "Lo más importante", "Lo esencial", "Claves", "Las claves", "Puntos clave",
    "Lo que sabemos", "Resumen", "En resumen", "Lo último", "Lo que se sabe",
    "Las últimas noticias",
    "Punti chiave", "In sintesi", "Da sapere", "I punti chiave", "Cosa sappiamo",
    "In breve", "Le notizie principali", "Le ultime notizie", "Cosa sapere",
)
