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
    assert parts.lead == ("La mairie a voté le budget.",
                          "Le plan vélo de la ville de LyonLe projet coûtera trois millions "
                          "d’euros. Les travaux commencent.")


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


def test_headings_without_box_need_two_of_them() -> None:
    body = ("Ouverture du direct.La Bourse de Paris ouvre en forte baisseLe CAC 40 perd 2 % à "
            "l’ouverture.Les valeurs bancaires reculent nettement ce matinLa Société générale "
            "chute de 5 %.Les investisseurs attendent la décision de la banque centraleLa "
            "réunion se tient jeudi.")
    parts = split_body(body)
    assert parts.lead == ("Ouverture du direct.",)
    assert [s.heading for s in parts.sections] == [
        "La Bourse de Paris ouvre en forte baisse",
        "Les valeurs bancaires reculent nettement ce matin",
        "Les investisseurs attendent la décision de la banque centrale",
    ]


@pytest.mark.parametrize("time, glue", [
    ("14h32", ""), ("14 h 32", " "), ("10:45", " - "), ("10.45 Uhr", " "), ("9:05 am", " "),
    ("Il y a 2 heures", ""), ("Hace 3 horas", ""), ("2 hours ago", ""), ("vor 2 Stunden", ""),
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
        ("22h58", f"Victoire de la France 27-26{NBSP}!", (f"C’est terminé{NBSP}! Le stade exulte.",)),
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
