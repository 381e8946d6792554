"""More layouts found on new invented files the splitter had never seen (rounds 7 and 8 of
blind probes), each reduced to the smallest body that shows it."""

from __future__ import annotations

from reader.parse.liveblog import split_body


def outline(body: str) -> list[tuple[str | None, str, tuple[str, ...]]]:
    return [(s.time, s.heading, s.paragraphs) for s in split_body(body).sections]


def test_heading_ending_with_a_name_of_two_capitals() -> None:
    # `DiMarcoCleyton` holds two junctions but is one word, written once: no known name.
    body = (
        "Cleyton get going again.8.20pmHalf-time: Rovers 1-1 CleytonA pulsating first half."
        "8.03pmGOAL! Cleyton level through DiMarcoCleyton are level. DiMarco rounds the keeper."
    )
    assert outline(body)[1][:2] == ("8.03pm", "GOAL! Cleyton level through DiMarco")
    assert outline(body)[1][2][0].startswith("Cleyton are level.")


def test_a_name_written_twice_in_a_row_is_cut_in_its_middle() -> None:
    body = (
        "The outage began at dawn.Key points⇒ Services are back⇒ Refunds promised"
        "Services ‘recovering’, says NimbusCloudNimbusCloud says error rates have fallen."
        "Refunds promised to business customersThe firm will credit one month of fees."
    )
    assert [heading for _time, heading, _paras in outline(body)] == [
        "Services ‘recovering’, says NimbusCloud",
        "Refunds promised to business customers",
    ]


def test_german_quotes_inside_a_paragraph_stay_inside() -> None:
    # `»` opens and `«` closes: a spaced `»` after a full stop opens a quotation in the
    # same paragraph, and `.«` followed by a space closes one.
    body = (
        "Der Landrat rief dazu auf, Fahrten zu vermeiden. »Bleiben Sie zu Hause. Die Feuerwehr"
        " braucht freie Straßen.« Auch Spaziergänge seien gefährlich.Am Morgen kam die Warnung."
        " »So«, sagt sie. »Das war’s für heute.«Es ist einer ihrer letzten Arbeitstage."
    )
    assert split_body(body).lead == (
        "Der Landrat rief dazu auf, Fahrten zu vermeiden. »Bleiben Sie zu Hause. Die Feuerwehr"
        " braucht freie Straßen.« Auch Spaziergänge seien gefährlich.",
        "Am Morgen kam die Warnung. »So«, sagt sie. »Das war’s für heute.«",
        "Es ist einer ihrer letzten Arbeitstage.",
    )


def test_heading_ending_with_the_words_that_open_its_paragraph() -> None:
    body = (
        "Wickets fell.1.05pm WICKET! Crawley bowled by Van WykVan Wyk produces a beauty."
        "4.01pm WICKET! Patel run out after a mix-upOh dear. Both end up at the same end."
    )
    assert outline(body) == [
        ("1.05pm", "WICKET! Crawley bowled by Van Wyk", ("Van Wyk produces a beauty.",)),
        ("4.01pm", "WICKET! Patel run out after a mix-up",
         ("Oh dear. Both end up at the same end.",)),
    ]


def test_short_german_nouns_and_units_end_headings() -> None:
    body = (
        "Der Sturm kommt.Das Wichtigste⇒ Schulen schließen früher⇒ Euro fällt unter 1,05 Dollar"
        "Schlussglocke: DAX schließt im Plus 17:38Während der Markt feiert, fallen Banken."
        "Kultusministerium: Unterricht endet um 12 UhrDie Schulen schließen früher."
        "Die Hardware: 2 TB Speicher und 8KIm Inneren arbeitet ein neuer Prozessor."
    )
    parts = split_body(body)
    assert parts.key_points is not None
    assert parts.key_points.items[-1] == "Euro fällt unter 1,05 Dollar"
    assert [(time, heading) for time, heading, _paras in outline(body)] == [
        ("17:38", "Schlussglocke: DAX schließt im Plus"),
        (None, "Kultusministerium: Unterricht endet um 12 Uhr"),
        (None, "Die Hardware: 2 TB Speicher und 8K"),
    ]


def test_box_of_dashes_under_an_unlisted_title() -> None:
    # The last bullet ends with a score glued to the first update's time: no hour 86.
    body = (
        "England fought back.Day four in brief- England 287-6 at stumps- Hollins 74 not out"
        "- Mokoena takes 3-586.38pm Stumps: England 287-6That is the end of the day’s play."
        "4.01pm WICKET! Patel run outOh dear, a mix-up."
    )
    parts = split_body(body)
    assert parts.key_points is not None
    assert parts.key_points.title == "Day four in brief"
    assert parts.key_points.items == (
        "England 287-6 at stumps", "Hollins 74 not out", "Mokoena takes 3-58")
    assert outline(body)[0][:2] == ("6.38pm", "Stumps: England 287-6")


def test_listed_title_with_words_before_it() -> None:
    body = (
        "Der Konzern legt Zahlen vor.Die Zahlen im Überblick⇒ Umsatz steigt⇒ Gewinn fällt"
        "Umsatz steigt um 4 ProzentDer Umsatz stieg.Gewinn fällt deutlichDer Gewinn sank."
    )
    parts = split_body(body)
    assert parts.key_points is not None
    assert parts.key_points.title == "Die Zahlen im Überblick"
    assert parts.lead == ("Der Konzern legt Zahlen vor.",)


def test_dotted_italian_times_after_their_headings() -> None:
    # `17.45` could be a number; several headings followed by one make it a time. The first
    # heading is glued to the last bullet, a repeated bullet still takes its time.
    body = (
        "Borsa in calo.In sintesi• Le banche affondano: UniCredit -9,1%• Lo spread sale"
        "• Il ministro: «Nessun allarme»Chiusura in profondo rosso17.45Il Ftse Mib chiude giù."
        "Le banche affondano: UniCredit -9,1%16.40I titoli bancari sono i più colpiti."
        "Stellantis in rosso, tiene MediaWorld Italia16.05Tra gli industriali, Stellantis perde."
    )
    parts = split_body(body)
    assert parts.key_points is not None
    assert parts.key_points.items[-1] == "Il ministro: «Nessun allarme»"
    assert [(time, heading) for time, heading, _paras in outline(body)] == [
        ("17.45", "Chiusura in profondo rosso"),
        ("16.40", "Le banche affondano: UniCredit -9,1%"),
        ("16.05", "Stellantis in rosso, tiene MediaWorld Italia"),
    ]


def test_one_heading_then_a_dotted_number_is_no_live_blog() -> None:
    body = "Il mercato apre.Prezzi del carburante16.20 Euro al litro costa la benzina oggi."
    assert outline(body) == []


def test_two_headings_ending_with_the_same_small_word() -> None:
    body = (
        "Si gioca.16.33 Break Pinna nel secondo setPinna strappa il servizio, 4-2."
        "16.14 Inizia il secondo setPinna al servizio in apertura."
    )
    assert [heading for _time, heading, _paras in outline(body)] == [
        "Break Pinna nel secondo set", "Inizia il secondo set"]


def test_spanish_raya_acronyms_and_a_heading_opening_with_an_acronym() -> None:
    assert split_body(
        "Faltan 180 maquinistas desde 2022.—Nadie hace huelga por gusto —dijo Pineda—."
        " Abierto de Di.–So. y de Mo.–Fr. en la sede."
    ).lead == (
        "Faltan 180 maquinistas desde 2022.",
        "—Nadie hace huelga por gusto —dijo Pineda—. Abierto de Di.–So. y de Mo.–Fr. en la sede.",
    )
    assert split_body("Saldrá en Europa y EE.UU.¿Cuánto costará? Nadie lo sabe.").lead == (
        "Saldrá en Europa y EE.UU.", "¿Cuánto costará? Nadie lo sabe.")
    body = (
        "La Bourse chute.17h02STMicroelectronics limite la casseSeule valeur à résister."
        "16h40Les banques plongentBNP perd 6 %."
    )
    assert outline(body)[0][:2] == ("17h02", "STMicroelectronics limite la casse")


def test_company_abbreviation_ending_a_paragraph() -> None:
    body = (
        "Das sagt Analyst Tobias Ritter von der Privatbank Hellmann & Co.EZB-Präsidentin:"
        " „Wir sind nicht am Ziel“ 15:05Auf der Pressekonferenz dämpft sie die Erwartungen."
        "Bankaktien unter Druck 15:40Die Firma Müller & Co. KG verliert."
    )
    assert split_body(body).lead == (
        "Das sagt Analyst Tobias Ritter von der Privatbank Hellmann & Co.",)
    assert [(time, heading) for time, heading, _paras in outline(body)] == [
        ("15:05", "EZB-Präsidentin: „Wir sind nicht am Ziel“"),
        ("15:40", "Bankaktien unter Druck"),
    ]


def test_short_exclamation_heading_with_its_time_in_brackets() -> None:
    body = (
        "Se lanzó.14:30 Cuenta atrásTodo listo en la base.Cénit no intentará recuperarla."
        "¡Despegue! (14:34)¡El Altair-2 ha despegado! El cohete se eleva."
    )
    assert outline(body)[1] == (
        "14:34", "¡Despegue!", ("¡El Altair-2 ha despegado! El cohete se eleva.",))


def test_two_capitals_opening_a_paragraph_after_a_timed_heading() -> None:
    body = (
        "Empieza.20:48Comienza la finalRueda el balón.20:20Alineaciones confirmadasUD"
        " Almendralejo: Oyola; Mena.20:10 Apple actualiza watchOS con mejorasEl sistema llega."
    )
    assert [heading for _time, heading, _paras in outline(body)] == [
        "Comienza la final", "Alineaciones confirmadas", "Apple actualiza watchOS con mejoras"]


def test_heading_with_its_time_in_brackets_before_a_number() -> None:
    body = (
        "Résultats.22h10 Premiers chiffresLe taux est connu.Participation (22h20)67,4 %."
        "Le score (3-1)2 buts ont suffi. Il a dit (enfin)12 fois oui."
    )
    assert outline(body)[1] == ("22h20", "Participation", (
        "67,4 %.", "Le score (3-1)2 buts ont suffi. Il a dit (enfin)12 fois oui."))


def test_times_followed_by_a_colon() -> None:
    body = (
        "Hoy es la final.21:05: Tartessos, campeón de la Copa: 84-79¡Se acabó! El Tartessos gana."
        "20:58: Empate a 75Quedan dos minutos.18h40: Me Valéry annonce un appelLe client dit non."
    )
    assert [(time, heading) for time, heading, _paras in outline(body)] == [
        ("21:05", "Tartessos, campeón de la Copa: 84-79"),
        ("20:58", "Empate a 75"),
        ("18h40", "Me Valéry annonce un appel"),
    ]
    assert split_body("Le relevé indique 21:05:33.Puis plus rien.").lead == (
        "Le relevé indique 21:05:33.", "Puis plus rien.")


def test_dotted_times_after_a_dash_end_headings() -> None:
    body = (
        "Procesión.¿Qué pasa con el manto si se moja? - 21.20Los bordados pueden sufrir daños."
        "Empieza a llover - 20.40La hermandad se refugia."
    )
    assert [(time, heading) for time, heading, _paras in outline(body)] == [
        ("21.20", "¿Qué pasa con el manto si se moja?"), ("20.40", "Empieza a llover")]
    # Alone, such a number is a price, not a time.
    assert outline("Hoy.Precio del pan - 2.50Sube otra vez el pan.") == []


def test_brand_in_small_letters_a_percentage_and_a_unit_before_a_block() -> None:
    body = (
        "Le feu avance.Il y a 22 minutesLa consommation en hausse de 9 %RTE, le gestionnaire,"
        " prévoit un pic. Le vent souffle à 1,5 km/h.14 avions ont largué de l’eau."
        "Il y a 40 minutesPortables interdits : les règles à connaîtreiPhone, montre : tout est"
        " rangé."
    )
    assert outline(body) == [
        ("Il y a 22 minutes", "La consommation en hausse de 9 %", (
            "RTE, le gestionnaire, prévoit un pic. Le vent souffle à 1,5 km/h.",
            "14 avions ont largué de l’eau.")),
        ("Il y a 40 minutes", "Portables interdits : les règles à connaître",
         ("iPhone, montre : tout est rangé.",)),
    ]


def test_camel_brand_twice_is_no_short_name_ending_a_heading() -> None:
    body = (
        "Le mercato.18h10 Un départTexte ici.Le nouveau sponsor de Valmont s’appelle PayFlow"
        "17h45Le FC Valmont présente la néobanque PayFlow, dont le logo arrive."
        "17h30 Un autre départTexte là."
    )
    assert outline(body)[1] == ("17h45", "Le nouveau sponsor de Valmont s’appelle PayFlow", (
        "Le FC Valmont présente la néobanque PayFlow, dont le logo arrive.",))


def test_dash_before_a_time_after_a_preposition() -> None:
    body = (
        "Die Fahrer starten.Sturz im Feld - 12.10 UhrZwei Fahrer fallen."
        "Sechs Fahrer setzen sich ab - 11.45 UhrKurz nach dem Start bildet sich eine Gruppe."
    )
    assert [(time, heading) for time, heading, _paras in outline(body)] == [
        ("12.10 Uhr", "Sturz im Feld"), ("11.45 Uhr", "Sechs Fahrer setzen sich ab")]


def test_seams_before_names_numbers_and_brands() -> None:
    body = (
        "Deadline day.19:02 Redhaven and Oporto agree fee for CostaRedhaven City and Oporto"
        " agreed £52m for Thiago Costa.16:20 Redhaven launch new bid for CostaRedhaven City"
        " have made an offer.15:00 Sony unveils new PlayStation modelThe PlayStation 6 costs"
        " more.3.28amLabour hold Ashcombe with a majority of 4,218Labour’s Samira Haddow holds."
        "13:46: Homes up to £425,000First-time buyers pay no duty.20:10Die Aufstellungen sind"
        " daKessler vertraut derselben Elf.4:02 p.m. Company blames its DNSStratusCloud has"
        " confirmed the cause."
    )
    assert [heading for _time, heading, _paras in outline(body)] == [
        "Redhaven and Oporto agree fee for Costa", "Redhaven launch new bid for Costa",
        "Sony unveils new PlayStation model", "Labour hold Ashcombe with a majority of 4,218",
        "Homes up to £425,000", "Die Aufstellungen sind da", "Company blames its DNS"]


def test_time_with_a_zone_before_a_number_and_a_bullet_ending_with_one() -> None:
    body = (
        "Race day.Title permutations: what does each driver need? 12:52 GMT58 laps, two drivers."
        "Who starts on pole? 12:40 GMTLindqvist does."
    )
    assert [(time, paras[0]) for time, _heading, paras in outline(body)] == [
        ("12:52 GMT", "58 laps, two drivers."), ("12:40 GMT", "Lindqvist does.")]
    body = (
        "Storm.Key points• Delphine weakens• Interstate 10 closed between exits 85 and 120"
        "1:32 p.m. ET Delphine weakens to Category 2Delphine has weakened."
        "11:02 a.m. ET Interstate 10 closed between exits 85 and 120The patrol closed I-10."
    )
    parts = split_body(body)
    assert parts.key_points is not None
    assert parts.key_points.items[-1] == "Interstate 10 closed between exits 85 and 120"
    assert [(time, heading) for time, heading, _paras in outline(body)] == [
        ("1:32 p.m. ET", "Delphine weakens to Category 2"),
        ("11:02 a.m. ET", "Interstate 10 closed between exits 85 and 120")]


def test_spanish_hour_mark_brands_of_three_letters_and_chess_moves() -> None:
    body = (
        "Tiembla Guatemala.09:02 h No hay españoles entre las víctimasLo confirma Exteriores."
        "07:45 h España envía un equipo de la UMELos militares salen hoy."
        "10h15 Les parents prévenus au dernier moment ?eduConnect n’a rien affiché."
    )
    assert [(time, heading) for time, heading, _paras in outline(body)] == [
        ("09:02 h", "No hay españoles entre las víctimas"),
        ("07:45 h", "España envía un equipo de la UME"),
        ("10h15", "Les parents prévenus au dernier moment ?"),
    ]
    chess = "Après 24.Nxe5 Bxe5 25.Qh5 les Blancs attaquent. En 2022.Le club gagne."
    assert split_body(chess).lead == (
        "Après 24.Nxe5 Bxe5 25.Qh5 les Blancs attaquent. En 2022.", "Le club gagne.")


def test_unit_glued_to_its_number_ends_a_paragraph_and_quoted_headings() -> None:
    body = (
        "Race.12.37pm Guinness record for fastest pint runTom set a record in 3hr 02min."
        "Hollis-Ward: ‘I ran on pure emotion’12.20pm‘I ran on emotion,’ she said."
        "11.20 - Adesione al 41%41% di adesione nazionale.«Sembrava la fine» (13:20)– Ci siamo"
        " svegliati."
    )
    assert [(time, heading, paras[0]) for time, heading, paras in outline(body)] == [
        ("12.37pm", "Guinness record for fastest pint run", "Tom set a record in 3hr 02min."),
        ("12.20pm", "Hollis-Ward: ‘I ran on pure emotion’", "‘I ran on emotion,’ she said."),
        ("11.20", "Adesione al 41%", "41% di adesione nazionale."),
        ("13:20", "«Sembrava la fine»", "– Ci siamo svegliati."),
    ]


def test_relative_times_glued_to_the_heading_and_quoted_headings() -> None:
    body = (
        "Sevens.25 minutes ago TRY! Ravuvu goes over againFiji lead.Half-time in the men’s"
        " final38 minutes agoFiji lead 12-7.Comienza el debatehace 1 horaLos candidatos saludan."
        "hace 28 minutosEl momento más tenso: “¡Mentiroso!”Salcedo respondió a gritos."
        "20:55 «Me he ido con lo puesto»—¿Y los animales? —pregunta una vecina."
    )
    assert [(time, heading) for time, heading, _paras in outline(body)] == [
        ("25 minutes ago", "TRY! Ravuvu goes over again"),
        ("38 minutes ago", "Half-time in the men’s final"),
        ("hace 1 hora", "Comienza el debate"),
        ("hace 28 minutos", "El momento más tenso: “¡Mentiroso!”"),
        ("20:55", "«Me he ido con lo puesto»"),
    ]
    assert outline("Wie zuvor.Das Team trainiert wie zuvor 2 StundenEs regnet.") == []


def test_a_seam_ending_in_a_time_beats_a_weak_guess_before_it() -> None:
    body = (
        "Die Wahl.19:50 Uhr Erste ZahlenDie CDU führt.Server der Wahl-App WahlBlick überlastet"
        " 19:48 UhrWer die Ergebnisse verfolgen will, braucht Geduld. Mehr auf"
        " www.wahlen-example.de/ergebnisse.»Ein schwarzer Tag für die SPD« 19:31 UhrSo"
        " kommentiert Paulsen.vor 38 Minuten Bauernverband kündigt Proteste anLBV-Präsident"
        " Kruskopf droht."
    )
    assert [(time, heading) for time, heading, _paras in outline(body)] == [
        ("19:50 Uhr", "Erste Zahlen"),
        ("19:48 Uhr", "Server der Wahl-App WahlBlick überlastet"),
        ("19:31 Uhr", "»Ein schwarzer Tag für die SPD«"),
        ("vor 38 Minuten", "Bauernverband kündigt Proteste an"),
    ]


def test_numbers_and_exclamations_after_timed_headings() -> None:
    body = (
        "Carnevale.Le notizie⇒ Carro rotto, nessun ferito⇒ Si replica martedì grasso dalle 14.30"
        "Gran finale con i fuochi (18.10)Lo spettacolo chiude.20:12Gol di Okonkwo, 1-2Ribaltata!"
        " Il settore esplode.20:03Rigore, 1-1Contatto in area.14:05: ‘I’ve walked four miles’"
        "78-year-old Maureen walked."
    )
    parts = split_body(body)
    assert parts.key_points is not None
    assert parts.key_points.items[-1] == "Si replica martedì grasso dalle 14.30"
    assert [(time, heading, paras[0]) for time, heading, paras in outline(body)] == [
        ("18.10", "Gran finale con i fuochi", "Lo spettacolo chiude."),
        ("20:12", "Gol di Okonkwo, 1-2", "Ribaltata! Il settore esplode."),
        ("20:03", "Rigore, 1-1", "Contatto in area."),
        ("14:05", "‘I’ve walked four miles’", "78-year-old Maureen walked."),
    ]
