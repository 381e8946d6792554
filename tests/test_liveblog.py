"""The body splitter on hand-made glued bodies: boundaries, traps, key points, headings, times."""

from __future__ import annotations

import pytest

from reader.parse.liveblog import split_body

NBSP = "\u00a0"


def test_glued_paragraphs_split_at_sentence_ends() -> None:
    body = ("Le conseil a voté le budget, a-t-il ajouté.Avec ce vote, la ville investit.« Nous "
            "sommes prêts », dit-elle.Quelle surprise !Pourquoi maintenant ?Voté en 2022.150 élus "
            "ont voté.Il a dit : « C’est fini. »La séance est levée.")
    body = body.replace(". »", f".{NBSP}»")
    assert split_body(body).lead == (
        "Le conseil a voté le budget, a-t-il ajouté.",
        "Avec ce vote, la ville investit.",
        "« Nous sommes prêts », dit-elle.",
        "Quelle surprise !",
        "Pourquoi maintenant ?",
        "Voté en 2022.150 élus ont voté.",  # 2022.150 reads as a number: left glued
        f"Il a dit : « C’est fini.{NBSP}»",
        "La séance est levée.",
    )


@pytest.mark.parametrize("text", [
    "Le prix passe à 3.5 euros et 1.000 personnes, soit 1,5 % de plus, sont venues.",
    "Il a rencontré M.Dupont, Mme.Durand et le Dr.Martin à St.Louis hier.",
    "The U.S.Army and J.R.R.Tolkien fans met e.g.Tuesday, i.e.After lunch.",
    "Die Stadt plant z.B.Radwege und u.a.Parkplätze, sagte er ca.Zehn Mal.",
    "Voir www.exemple.fr/Page et https://exemple.fr/Article.Suite pour les détails.",
    "Il hésita...Puis il repartit…Sans un mot.",
    "Tout est écrit, p.ex.Les horaires, i.e.Les dates.",
])
def test_no_split_inside_abbreviations_numbers_urls_ellipses(text: str) -> None:
    assert split_body(text).lead == (text,)


CAMEL_PARAGRAPHS = [
    "Le patron de McDonald a défendu ses prix devant les actionnaires.",
    "Un nouvel iPhone sera présenté chez Apple en septembre prochain.",
    "La nouvelle PlayStation de Sony arrive dans les magasins demain.",
    "Selon son profil LinkedIn, il dirige la filiale depuis trois ans.",
    "Une vidéo publiée sur YouTube montre le MacBook en flammes.",
    "L’acteur Leonardo DiCaprio et le sénateur O’Neill ont soutenu l’OTAN.",
    "Les élus de la NATO et de l’ONU ont critiqué TikTok à Genève.",
]


def test_camel_case_names_are_not_headings() -> None:
    body = "".join(CAMEL_PARAGRAPHS)
    parts = split_body(body)
    assert parts.sections == () and parts.key_points is None
    assert parts.lead == tuple(CAMEL_PARAGRAPHS)


def test_plain_article_with_a_single_junction_gets_no_sections() -> None:
    body = ("La mairie a voté le budget.Le plan vélo de la ville de LyonLe projet coûtera "
            "trois millions d’euros. Les travaux commencent.")
    parts = split_body(body)
    assert parts.sections == ()
    # The subheading is a paragraph of its own (the seam before `Le` is sure).
    assert parts.lead == ("La mairie a voté le budget.", "Le plan vélo de la ville de Lyon",
                          "Le projet coûtera trois millions d’euros. Les travaux commencent.")


def test_key_points_box_and_sections_french() -> None:
    body = (
        "Le sommet s’est ouvert ce matin.Les délégués arrivent.Les infos à retenir⇒ Accord sur "
        "le climat signé à Genève⇒ Manifestation pacifique devant le palais⇒ Nouvelle réunion "
        "prévue vendrediAccord sur le climat signé à GenèveLes ministres ont signé le texte. "
        "Il entre en vigueur en 2026.Le texte compte 40 articles.Manifestation pacifique "
        "devant le palaisDes milliers de personnes ont défilé. La police parle de 3.000 "
        "manifestants.Nouvelle réunion prévue vendrediLa présidence a confirmé la date."
    )
    parts = split_body(body)
    assert parts.lead == ("Le sommet s’est ouvert ce matin.", "Les délégués arrivent.")
    assert parts.key_points is not None
    assert parts.key_points.title == "Les infos à retenir"
    assert parts.key_points.items == ("Accord sur le climat signé à Genève",
                                      "Manifestation pacifique devant le palais",
                                      "Nouvelle réunion prévue vendredi")
    assert [(s.heading, s.paragraphs) for s in parts.sections] == [
        ("Accord sur le climat signé à Genève",
         ("Les ministres ont signé le texte. Il entre en vigueur en 2026.",
          "Le texte compte 40 articles.")),
        ("Manifestation pacifique devant le palais",
         ("Des milliers de personnes ont défilé. La police parle de 3.000 manifestants.",)),
        ("Nouvelle réunion prévue vendredi", ("La présidence a confirmé la date.",)),
    ]


def test_last_bullet_repeated_as_first_heading() -> None:
    body = ("Intro du direct.Key points• Rain floods the city centre• Schools closed on "
            "MondaySchools closed on MondayThe council said all schools will close. Buses run."
            "Rain floods the city centreThe river rose by two metres overnight.")
    parts = split_body(body, lang="en")
    assert parts.key_points is not None
    assert parts.key_points.items == ("Rain floods the city centre", "Schools closed on Monday")
    assert [s.heading for s in parts.sections] == ["Schools closed on Monday",
                                                   "Rain floods the city centre"]


def test_unknown_box_title_with_two_bullets() -> None:
    body = ("Texte d’ouverture.Le fil du jour⇒ Premier point du jour⇒ Second point du jour"
            "Premier point du jourLe premier point est détaillé ici.Second point du jourLa suite "
            "est là.")
    parts = split_body(body)
    assert parts.key_points is not None and parts.key_points.title == "Le fil du jour"
    assert [s.heading for s in parts.sections] == ["Premier point du jour", "Second point du jour"]


def test_untimed_headings_without_box_are_subheadings() -> None:
    # With no key-points box and no times, glued headings are an article's subheadings
    # (intertitres): paragraphs of their own, never sections.
    body = ("Ouverture du direct.La Bourse de Paris ouvre en forte baisseLe CAC 40 perd 2 % à "
            "l’ouverture.Les valeurs bancaires reculent nettement ce matinLa Société générale "
            "chute de 5 %.Les investisseurs attendent la décision de la banque centraleLa "
            "réunion se tient jeudi.")
    parts = split_body(body)
    assert parts.sections == ()
    assert parts.lead == (
        "Ouverture du direct.", "La Bourse de Paris ouvre en forte baisse",
        "Le CAC 40 perd 2 % à l’ouverture.", "Les valeurs bancaires reculent nettement ce matin",
        "La Société générale chute de 5 %.",
        "Les investisseurs attendent la décision de la banque centrale",
        "La réunion se tient jeudi.")
    # Two timed headings are enough without a box.
    timed = ("Ouverture du direct.09h05 La Bourse de Paris ouvre en forte baisseLe CAC 40 "
             "recule.09h30 Les valeurs bancaires reculentLa Société générale chute.")
    assert [s.time for s in split_body(timed).sections] == ["09h05", "09h30"]


@pytest.mark.parametrize("time, glue", [
    ("14h32", ""), ("14 h 32", " "), ("10:45", " - "), ("10.45 Uhr", " "), ("9:05 am", " "),
    ("Il y a 2 heures", ""), ("Hace 3 horas", ""), ("2 hours ago", ""), ("vor 2 Stunden", ""),
    ("12.40pm", " "), ("11.05am", ""), ("9am", " "), ("2.15 p.m.", " "), ("2.15 p.m.", ""),
    ("11:05 GMT", " "), ("14:32 CET", ""), ("10:45 BST", " – "), ("16.20", " "),
    ("Updated 13:05", " "), ("Posted at 12:40", " "), ("14H32", " "), ("9 h", " "),
    ("vers 9 h", " "), ("à 14h32", " "), ("Mis à jour à 14h32", " "), ("il y a 35 min", " "),
    ("Il y a 1 h", " "), ("hace 5 minutos", " "), ("vor 12 Minuten", " "),
    ("12 minuti fa", " "), ("5 mins ago", " "), ("Just now", " "), ("Yesterday 18:20", " "),
    ("Hier à 18h20", " "), ("10/11 14:32", " "), ("Aktualisiert um 14:32 Uhr", " "),
])
def test_times_before_headings(time: str, glue: str) -> None:
    body = (f"Intro.{time}{glue}Première mise à jour du directLe texte un.11:00 Seconde mise à "
            f"jour du directLe texte deux.")
    parts = split_body(body)
    assert [(s.time, s.heading, s.paragraphs) for s in parts.sections] == [
        (time, "Première mise à jour du direct", ("Le texte un.",)),
        ("11:00", "Seconde mise à jour du direct", ("Le texte deux.",)),
    ]


def test_time_after_a_heading_separator() -> None:
    body = ("Intro.Le conseil vote le budget - 14h32Le vote est acquis.Les élus quittent la "
            "salle - 15h10La séance est levée.")
    parts = split_body(body)
    assert [(s.heading, s.time) for s in parts.sections] == [
        ("Le conseil vote le budget", "14h32"), ("Les élus quittent la salle", "15h10")]


def test_headings_in_other_languages() -> None:
    german = ("Einleitung.Das Wichtigste► Regierung stellt Haushalt vor► Opposition kritisiert "
              "PläneRegierung stellt Haushalt vorDer Finanzminister sprach im Bundestag.Opposition"
              " kritisiert PläneDie Opposition nannte den Entwurf unseriös.")
    parts = split_body(german)
    assert [s.heading for s in parts.sections] == ["Regierung stellt Haushalt vor",
                                                   "Opposition kritisiert Pläne"]
    spanish = ("Entrada.Lo más importante• Llueve en Madrid• Cortes en el metroLlueve en "
               "MadridLa lluvia no cesa desde el lunes.Cortes en el metroEl servicio se "
               "interrumpe en la línea 5.")
    assert [s.heading for s in split_body(spanish).sections] == ["Llueve en Madrid",
                                                                 "Cortes en el metro"]


def test_hard_newlines_are_paragraph_breaks() -> None:
    assert split_body("Premier paragraphe\nSecond paragraphe.\n\n").lead == (
        "Premier paragraphe", "Second paragraphe.")


@pytest.mark.parametrize("body", ["", "   ", "\n\n", ".", "⇒", "⇒⇒⇒", "Les infos à retenir⇒",
                                  "a" * 5000, "aA" * 3000, "A." * 3000, "14h32" * 100])
def test_degenerate_bodies_do_not_crash(body: str) -> None:
    parts = split_body(body)
    assert all(p.strip() for p in parts.lead)


def test_timed_headings_ending_in_question_or_exclamation_marks() -> None:
    body = (f"Intro.Les infos à retenir⇒ Le vote est reporté⇒ Le texte revient jeudi"
            f"21h55 Qu’est-ce que l’article 49.3{NBSP}?Le 49.3 permet d’adopter un texte sans "
            f"vote.22h58 Victoire de la France 27-26{NBSP}!C’est terminé{NBSP}! Le stade exulte."
            f"23:52 ¡Campeones! El equipo gana la CopaEl capitán levanta el trofeo.")
    parts = split_body(body)
    assert parts.key_points is not None
    assert parts.key_points.items == ("Le vote est reporté", "Le texte revient jeudi")
    assert [(s.time, s.heading, s.paragraphs) for s in parts.sections] == [
        ("21h55", f"Qu’est-ce que l’article 49.3{NBSP}?",
         ("Le 49.3 permet d’adopter un texte sans vote.",)),
        ("22h58", f"Victoire de la France 27-26{NBSP}!",
         (f"C’est terminé{NBSP}! Le stade exulte.",)),
        ("23:52", "¡Campeones! El equipo gana la Copa", ("El capitán levanta el trofeo.",)),
    ]


def test_quoted_headings_and_quotes_around_sentence_ends() -> None:
    body = ('Intro. "Here we go," he said.Key points• Deficit to fall by 2029• Tax on fuel'
            '15:40 Opposition: "A tax on every commute"The opposition leader said. "Another '
            'sentence." Fine.Tanks ran dry."We are angry," said one driver.15:05 Small firms '
            'welcome the cutOwners said "finally."The end.')
    parts = split_body(body, lang="en")
    assert parts.lead == ('Intro. "Here we go," he said.',)
    assert parts.key_points is not None
    assert parts.key_points.items == ("Deficit to fall by 2029", "Tax on fuel")
    assert [(s.time, s.heading, s.paragraphs) for s in parts.sections] == [
        ("15:40", 'Opposition: "A tax on every commute"',
         ('The opposition leader said. "Another sentence." Fine.', "Tanks ran dry.",
          '"We are angry," said one driver.')),
        ("15:05", "Small firms welcome the cut", ('Owners said "finally."', "The end.")),
    ]


def test_german_quotes_and_ordinal_dates() -> None:
    body = ("Die Stadt plant.„Das ist ein guter Wert.“Bis 2030 soll es fertig sein.Das Wichtigste"
            "⇒ Streik im Nahverkehr⇒ Nächste Runde am 18. November12.40 Uhr Arbeitgeber nennen "
            "Streik „unverhältnismäßig“Der Verband kritisierte den Streik.")
    parts = split_body(body)
    assert parts.lead == ("Die Stadt plant.", "„Das ist ein guter Wert.“",
                          "Bis 2030 soll es fertig sein.")
    assert parts.key_points is not None
    assert parts.key_points.items[-1] == "Nächste Runde am 18. November"
    assert [(s.time, s.heading) for s in parts.sections] == [
        ("12.40 Uhr", "Arbeitgeber nennen Streik „unverhältnismäßig“")]


@pytest.mark.parametrize("text", [
    "La empresa vende en EE.UU., México y Japón, y en la S.A. del grupo trabaja la Sra. Ruiz.",
    "Der Antrag Nr. 5 bzw. die Anlage kommt am 18. November in den Rat.",
    "Il Dott. Rossi e il Sig. Bianchi, p.es. i soci, ecc. hanno votato.",
    "Mme Durand et Mlle Roy ont rencontré le Sr. García.",
])
def test_more_abbreviations_do_not_split(text: str) -> None:
    assert split_body(text).lead == (text,)


def test_abbreviations_that_end_a_sentence_split_when_glued() -> None:
    body = "Open from 6 a.m.Patricia runs the diner, the pies, etc.Mayor Roy came."
    assert split_body(body, lang="en").lead == (
        "Open from 6 a.m.", "Patricia runs the diner, the pies, etc.", "Mayor Roy came.")


def test_year_glued_to_the_next_time_and_times_after_headings() -> None:
    body = ("Intro.Key points• Budget passes• Deficit to fall by 202915:40 Opposition attacks "
            "the planThe leader spoke.Fuel duty rises 14:40Prices go up.")
    parts = split_body(body, lang="en")
    assert parts.key_points is not None
    assert parts.key_points.items == ("Budget passes", "Deficit to fall by 2029")
    assert [(s.time, s.heading) for s in parts.sections] == [
        ("15:40", "Opposition attacks the plan"), ("14:40", "Fuel duty rises")]


def test_time_after_heading_is_content_after_a_preposition() -> None:
    body = ("Intro.14h00 Le conseil se réunit à 15h30Les élus arrivent.14h20 Le maire parle "
            "encoreIl détaille le budget.")
    assert [(s.time, s.heading) for s in split_body(body).sections] == [
        ("14h00", "Le conseil se réunit à 15h30"), ("14h20", "Le maire parle encore")]


BRITISH = (
    "The city marathon is under way, with 20,000 runners on the course. Organisers say "
    "conditions are good.Key events• Race started at 8am in light drizzle• Course record "
    "broken in the women's race• Two runners treated for exhaustion near mile 20"
    "12.40pm Two runners treated for exhaustion near mile 20Paramedics attended two runners "
    "at the drinks station. Both are said to be fine."
    "11.05am Course record broken in the women's raceAmara Okafor crossed the line in 2hr "
    "18min, beating the old record.\"I felt the crowd carry me up the last hill,\" she said."
    "8.02am Race started at 8am in light drizzleThe elite women set off first."
)


def test_british_clock_times_and_a_bullet_ending_in_a_number() -> None:
    parts = split_body(BRITISH, lang="en")
    assert parts.lead == ("The city marathon is under way, with 20,000 runners on the course. "
                          "Organisers say conditions are good.",)
    assert parts.key_points is not None
    assert parts.key_points.items == ("Race started at 8am in light drizzle",
                                      "Course record broken in the women's race",
                                      "Two runners treated for exhaustion near mile 20")
    assert [(s.time, s.heading, s.paragraphs) for s in parts.sections] == [
        ("12.40pm", "Two runners treated for exhaustion near mile 20",
         ("Paramedics attended two runners at the drinks station. Both are said to be fine.",)),
        ("11.05am", "Course record broken in the women's race",
         ("Amara Okafor crossed the line in 2hr 18min, beating the old record.",
          '"I felt the crowd carry me up the last hill," she said.')),
        ("8.02am", "Race started at 8am in light drizzle", ("The elite women set off first.",)),
    ]


def test_a_repeated_bullet_settles_where_its_number_ends_and_the_time_starts() -> None:
    # `…kilomètre 21` + `9:05` and `…kilomètre 2` + `19:05` glue alike; the heading that
    # repeats the bullet tells them apart.
    for bullet, time in (("Les coureurs passent le kilomètre 21", "9:05"),
                         ("Les coureurs passent le kilomètre 2", "19:05")):
        body = (f"Intro.Les infos à retenir⇒ Le départ est donné⇒ {bullet}{time} {bullet}Le "
                f"peloton est groupé.8:30 Le départ est donnéIls sont partis.")
        parts = split_body(body)
        assert parts.key_points is not None
        assert parts.key_points.items == ("Le départ est donné", bullet)
        assert [(s.time, s.heading) for s in parts.sections] == [
            (time, bullet), ("8:30", "Le départ est donné")]


def test_times_after_headings_in_british_and_zoned_styles() -> None:
    body = ("Intro.Polls close across the country 10pmVoting has ended.Turnout is the highest "
            "since 1992 – 11:05 GMTAnalysts expect a long night.")
    parts = split_body(body, lang="en")
    assert [(s.heading, s.time) for s in parts.sections] == [
        ("Polls close across the country", "10pm"),
        ("Turnout is the highest since 1992", "11:05 GMT")]


def test_four_digit_times_need_other_updates_stamped_alike() -> None:
    body = ("Intro.1605 Minister resigns over leaked memoThe minister quit this afternoon."
            "1540 Leaked memo published onlineThe memo runs to four pages.")
    assert [(s.time, s.heading) for s in split_body(body, lang="en").sections] == [
        ("1605", "Minister resigns over leaked memo"), ("1540", "Leaked memo published online")]
    plain = ("2015 Paris attacks: the trial opens today.2016 Olympic champion Ann Lee retires."
             "2012 London Games were her first.")
    parts = split_body(plain, lang="en")
    assert parts.sections == ()
    assert len(parts.lead) == 3


@pytest.mark.parametrize("body", [
    "Le prix est passé de 2,10 à 2,40 euros.16.20 Euro kostet die Karte!Die Halle ist voll.",
    "The team won 3-1.12.50 Dollars buys a ticket!Fans queued all night.",
    "Le maire arrive.9 h De retard pour le train !Les voyageurs attendent.",
    "Die Stadt plant.1605 Besucher kamen gestern!Das ist ein Rekord.",
])
def test_numbers_that_look_like_times_make_no_section_alone(body: str) -> None:
    parts = split_body(body)
    assert parts.sections == ()
    assert "".join(parts.lead) == body


def test_a_time_without_a_heading_stays_a_paragraph() -> None:
    # An untitled update: no section may have an empty heading.
    body = ("Intro.Key points• Council meets at noon• Budget vote due tonight"
            "14:05 The council met at noon. It voted on the budget."
            "13:40 Budget vote due tonightThe vote is expected after 8pm.")
    parts = split_body(body, lang="en")
    assert parts.key_points is not None
    assert parts.key_points.items == ("Council meets at noon", "Budget vote due tonight")
    assert all(s.heading for s in parts.sections)
    assert [(s.time, s.heading) for s in parts.sections] == [
        ("13:40", "Budget vote due tonight")]
    assert "14:05 The council met at noon. It voted on the budget." in parts.lead


def test_paragraphs_between_the_box_and_the_first_heading_join_the_lead() -> None:
    body = ("Intro.Les infos à retenir⇒ Premier point du jour⇒ Second point du jour."
            "Le direct commence ici.Premier point du jourLe premier point.Second point du jour"
            "La suite.")
    parts = split_body(body)
    assert all(s.heading for s in parts.sections)
    assert [s.heading for s in parts.sections] == ["Premier point du jour",
                                                   "Second point du jour"]
    assert parts.lead[-1] == "Le direct commence ici."


@pytest.mark.parametrize("title", [
    "Ce que l’on sait", "What we know so far", "Summary", "Résumé", "Lo último",
    "Le ultime notizie", "Was wir wissen",
])
def test_more_key_points_titles(title: str) -> None:
    body = (f"Intro.{title}• Alpha beta gamma delta• Epsilon zeta eta theta"
            f"14:00 Alpha beta gamma deltaText one.13:00 Epsilon zeta eta thetaText two.")
    parts = split_body(body)
    assert parts.key_points is not None and parts.key_points.title == title
    assert [s.heading for s in parts.sections] == ["Alpha beta gamma delta",
                                                   "Epsilon zeta eta theta"]
