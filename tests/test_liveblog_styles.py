"""Live-blog and paragraph layouts beyond the corpus's: each found on new invented files the
splitter had never seen, reduced here to the smallest body that shows it."""

from __future__ import annotations

from reader.parse.liveblog import split_body


def outline(body: str) -> list[tuple[str | None, str, tuple[str, ...]]]:
    return [(s.time, s.heading, s.paragraphs) for s in split_body(body).sections]


def test_italian_paragraph_opening_with_e_grave() -> None:
    body = (
        "Piove da ieri sera sulla valle.20 minuti fa Ritrovato il disperso di Pieve Alta"
        "È stato ritrovato vivo l’uomo di 72 anni.1 ora fa Il sindaco chiede aiuto"
        "Il sindaco ha lanciato un appello."
    )
    assert outline(body) == [
        ("20 minuti fa", "Ritrovato il disperso di Pieve Alta",
         ("È stato ritrovato vivo l’uomo di 72 anni.",)),
        ("1 ora fa", "Il sindaco chiede aiuto", ("Il sindaco ha lanciato un appello.",)),
    ]


def test_relative_time_glued_after_a_closing_quote() -> None:
    body = (
        "Lead text here.Key points- Trains barely run- Union says “we can go longer”"
        "5 minutes agoCourt hears the case this afternoonThe court sits today."
        "25 minutes agoDrivers switch to carsTraffic is heavy."
    )
    parts = split_body(body)
    assert parts.key_points is not None
    assert parts.key_points.items[-1] == "Union says “we can go longer”"
    assert outline(body)[0][:2] == ("5 minutes ago", "Court hears the case this afternoon")


def test_heading_ending_with_the_name_that_opens_the_paragraph() -> None:
    body = (
        "Kick-off is at 7:45 p.m.31 minutes ago Harlow 2-2 DenbyDenby equalize again through "
        "Okoro.2 hours ago Harlow 1-1 DenbyDenby level through Okoro at the far post."
    )
    assert [(t, h) for t, h, _p in outline(body)] == [
        ("31 minutes ago", "Harlow 2-2 Denby"), ("2 hours ago", "Harlow 1-1 Denby")]


def test_paragraph_opening_with_a_word_in_capitals() -> None:
    body = (
        "Kick-off at 7:45 p.m.21:33 Harlow take the lead against DenbyGOAL! Bell heads it "
        "home.21:25 Denby hit the post!So close."
    )
    assert outline(body)[0] == (
        "21:33", "Harlow take the lead against Denby", ("GOAL! Bell heads it home.",))


def test_timed_heading_ending_with_a_short_name() -> None:
    body = (
        "Lead text here.Key points⇒ Strike enters day three⇒ Rally on Thursday13:05 Emergency "
        "room in degraded modeSince Monday the ER runs badly.11:40 Big rally held in Rio"
        "Protesters number two hundred."
    )
    assert outline(body)[1] == (
        "11:40", "Big rally held in Rio", ("Protesters number two hundred.",))


def test_names_stay_whole() -> None:
    # What the rules above must not split: a brand in capitals, a name seen twice, YouTube.
    body = (
        "Les élus ont voté le budget.La chaîne YouTube du club publie un film sur son site "
        "OpenAI et sur PlayStation.La PlayStation reste chère, dit-il."
    )
    assert split_body(body).sections == ()
    assert len(split_body(body).lead) == 3


def test_dotted_title_is_not_a_sentence_end() -> None:
    text = "The CEO, who holds a Ph.D. in electrical engineering, said the plan would work."
    assert split_body(text).lead == (text,)


def test_dotted_acronym_ending_a_paragraph() -> None:
    body = (
        "The deal stays in the U.S.The hearing began at noon.El acuerdo une a Europa y a EE.UU."
        "El estadio abrirá en mayo.The U.S.Army band played."
    )
    assert split_body(body).lead == (
        "The deal stays in the U.S.", "The hearing began at noon.",
        "El acuerdo une a Europa y a EE.UU.", "El estadio abrirá en mayo.",
        "The U.S.Army band played.",
    )


def test_address_or_domain_ending_a_paragraph() -> None:
    body = (
        "Pour tout renseignement, écrire à finances@vernac-sur-lorgne.fr.Prochain conseil "
        "municipal le 3 février.Voir https://exemple.fr/Article.Suite pour les détails."
    )
    assert split_body(body).lead == (
        "Pour tout renseignement, écrire à finances@vernac-sur-lorgne.fr.",
        "Prochain conseil municipal le 3 février.",
        "Voir https://exemple.fr/Article.Suite pour les détails.",
    )


def test_dialogue_dash_opens_a_paragraph() -> None:
    nbsp = "\u00a0"
    body = (
        f"« Je ne soutiens personne{nbsp}», a-t-elle déclaré.— Vous ne soutenez personne{nbsp}?"
        f" — Non.Les résultats sont suffisants.{nbsp}»— Et la suite{nbsp}? Elle viendra."
    )
    assert split_body(body).lead == (
        f"« Je ne soutiens personne{nbsp}», a-t-elle déclaré.",
        f"— Vous ne soutenez personne{nbsp}? — Non.",
        f"Les résultats sont suffisants.{nbsp}»",
        f"— Et la suite{nbsp}? Elle viendra.",
    )


def test_time_between_heading_and_paragraph() -> None:
    body = (
        "Anpfiff ist um 20.30 Uhr.Tor für Kirchrode!22.05 UhrKessler trifft ins lange Eck."
        "Gelb-Rot für Auenburg21.52 UhrWiesner sieht die zweite Gelbe Karte."
        "Anpfiff zur zweiten Halbzeit21.35 UhrWeiter geht es."
    )
    assert outline(body) == [
        ("22.05 Uhr", "Tor für Kirchrode!", ("Kessler trifft ins lange Eck.",)),
        ("21.52 Uhr", "Gelb-Rot für Auenburg", ("Wiesner sieht die zweite Gelbe Karte.",)),
        ("21.35 Uhr", "Anpfiff zur zweiten Halbzeit", ("Weiter geht es.",)),
    ]


def test_time_after_a_question_or_exclamation_heading() -> None:
    body = (
        "Kick-off was at 7:45 p.m.Harlow win the County Cup! 21:40It is over, Harlow win."
        "Who is Callum DiMarco? 21:10The substitute is eighteen."
        "Half-time at Riverside Park 20:35Both teams go in level."
    )
    assert [(t, h) for t, h, _p in outline(body)] == [
        ("21:40", "Harlow win the County Cup!"), ("21:10", "Who is Callum DiMarco?"),
        ("20:35", "Half-time at Riverside Park")]
    assert outline(body)[0][2] == ("It is over, Harlow win.",)


def test_a_time_opening_a_paragraph_stays_there() -> None:
    # The paragraph before ends a sentence: the time is the paragraph's own.
    body = "Le conseil a voté le budget.Um 19.30 Uhr beginnt die Sitzung des Rates."
    assert split_body(body).sections == ()


def test_elided_article_makes_avant_a_noun() -> None:
    body = (
        "Le peloton roule vite.Trois coureurs à l’avant 13h10Une échappée de trois hommes se "
        "forme.Le vent souffle 12h45Le peloton ralentit nettement."
    )
    assert outline(body)[0][:2] == ("13h10", "Trois coureurs à l’avant")


def test_german_closing_quote_before_a_glued_relative_time() -> None:
    body = (
        "Die Bahn fährt kaum.Das Wichtigste⇒ Züge fallen aus⇒ Gewerkschaftschef: „Wir können "
        "auch länger“vor 5 MinutenArbeitsgericht verhandelt am NachmittagDas Gericht tagt heute."
        "vor 20 MinutenPendler steigen ins Auto umDie Straßen sind voll."
    )
    parts = split_body(body)
    assert parts.key_points is not None
    assert parts.key_points.items[-1] == "Gewerkschaftschef: „Wir können auch länger“"
    assert outline(body)[0][:2] == ("vor 5 Minuten", "Arbeitsgericht verhandelt am Nachmittag")


def test_heading_opening_with_a_brand_in_small_letters() -> None:
    body = (
        "The keynote starts now.11:50am That is a wrapThe event is over.11:02am slateOS 9 "
        "arrives on October 2The free update comes to all tablets.10:12am eSIM only in the U.S."
        "The rest of the world keeps the card slot."
    )
    assert [(t, h) for t, h, _p in outline(body)] == [
        ("11:50am", "That is a wrap"), ("11:02am", "slateOS 9 arrives on October 2"),
        ("10:12am", "eSIM only in the U.S.")]


def test_single_curly_quotes_open_and_close_blocks() -> None:
    body = (
        "Markets open lower.Key points⇒ Fed chair speaks⇒ Regional bank shares tumble‘The "
        "banking system is sound’, says the chairThe chair of the Fed spoke at noon.Fed chair: "
        "‘We stand ready to act’The chair of the Fed said rates would hold."
    )
    assert [(t, h) for t, h, _p in outline(body)] == [
        (None, "‘The banking system is sound’, says the chair"),
        (None, "Fed chair: ‘We stand ready to act’")]
    # An apostrophe before a capital is no closing quote.
    text = "L’Ukraine et O’Neill ont signé. Il a dit qu’Il viendra. ‘Bonjour’ dit O’Neill."
    assert split_body(text).lead == (text,)


def test_a_short_question_before_its_answer_is_a_heading_in_a_live_blog() -> None:
    nbsp = "\u00a0"
    body = (
        f"La canicule continue.Les infos à retenir⇒ Alerte rouge dans trois départements⇒ Les "
        f"écoles ferment jeudiAlerte rouge dans trois départementsLa préfecture a relevé le "
        f"niveau d’alerte.Les écoles ferment jeudiLe rectorat a prévenu les familles.Que faire "
        f"en cas de malaise{nbsp}?En cas de malaise, il faut appeler le 15."
    )
    assert [h for _t, h, _p in outline(body)][-1] == f"Que faire en cas de malaise{nbsp}?"
    # In a plain article the same question stays a paragraph.
    plain = f"Le conseil a voté.Que faire en cas de malaise{nbsp}?En cas de malaise, appelez."
    assert split_body(plain).sections == ()


def test_quotes_ellipses_and_hours_ending_a_paragraph() -> None:
    body = (
        "Sie protestieren mit der Aufschrift „Ampel aus – Hof aus?“.Die Betriebe machen weiter."
        "He said “he was nervous…”After retiring, he worked in a bakery.Le concert a lieu de "
        "12 h à 19 h.Le prochain album sort en mai."
    )
    assert split_body(body).lead == (
        "Sie protestieren mit der Aufschrift „Ampel aus – Hof aus?“.",
        "Die Betriebe machen weiter.",
        "He said “he was nervous…”", "After retiring, he worked in a bakery.",
        "Le concert a lieu de 12 h à 19 h.", "Le prochain album sort en mai.")
    initials = "J. H. Smith a parlé à 19 h. Le maire aussi."
    assert split_body(initials).lead == (initials,)


def test_heading_ending_with_an_acronym() -> None:
    body = (
        "Markets fell.Key points⇒ Bank for sale⇒ Shares drop14:00 Buyer sought by Sunday night, "
        "says WSJRegulators are seeking a buyer.13:00 Shares dropThe bank lost half its value."
    )
    assert outline(body)[0] == (
        "14:00", "Buyer sought by Sunday night, says WSJ", ("Regulators are seeking a buyer.",))


def test_heading_holding_a_question() -> None:
    body = (
        "Il governo è caduto.Le notizie principali⇒ Il premier si dimette⇒ Le tre strade "
        "possibiliIl premier si dimetteIl premier ha lasciato ieri sera.Cosa succede adesso? Le "
        "tre strade possibiliLe strade sono tre.Mattarella? No, il Colle non commentaIl "
        "Quirinale tace."
    )
    assert [h for _t, h, _p in outline(body)] == [
        "Il premier si dimette", "Cosa succede adesso? Le tre strade possibili",
        "Mattarella? No, il Colle non commenta"]
    plain = "Pourquoi ? Parce que le conseil refuse. Le maire a parlé."
    assert split_body(plain).lead == (plain,)


def test_timed_heading_opening_with_a_single_quote() -> None:
    body = (
        "Flights are cancelled.11:47 ‘We’ve been here since 4am’Passengers sleep on the floor."
        "11:20 Queues grow at the desksThe airline has no answer."
    )
    assert outline(body)[0][:2] == ("11:47", "‘We’ve been here since 4am’")


def test_heading_ending_with_a_verb_particle() -> None:
    body = (
        "Das Gericht hat entschieden.Das Wichtigste⇒ Gesetz verfassungswidrig⇒ Innenministerin "
        "kündigt Gesetzentwurf anInnenministerin kündigt Gesetzentwurf anBundesinnenministerin "
        "Lindner will liefern.14:02 Gesetz verfassungswidrigDas Gericht kippt das Gesetz.13:40 "
        "Die Ministerin kündigt einen neuen Gesetzentwurf anDie Ministerin will bis Mai liefern."
    )
    parts = split_body(body)
    assert parts.key_points is not None
    assert parts.key_points.items[-1] == "Innenministerin kündigt Gesetzentwurf an"
    assert [h for _t, h, _p in outline(body)] == [
        "Innenministerin kündigt Gesetzentwurf an", "Gesetz verfassungswidrig",
        "Die Ministerin kündigt einen neuen Gesetzentwurf an"]


def test_ellipsis_inside_a_heading() -> None:
    body = (
        "He won.Key points⇒ Four prizes⇒ A first for Ruiz"
        "And the best film is… ‘Salt Country’‘Salt Country’ has won four prizes.Best "
        "actor goes to… Ana RuizAna Ruiz thanked her mother."
    )
    assert [h for _t, h, _p in outline(body)] == [
        "And the best film is… ‘Salt Country’", "Best actor goes to… Ana Ruiz"]


def test_hashtags_handles_and_brands_open_blocks() -> None:
    nbsp = "\u00a0"
    body = (
        "The club signed him in July.#HaleToOvieda was trending all night.Fans met on Friday."
        "iPhone owners will get the update. See www.club.example/shop.iPhone case."
    )
    assert split_body(body).lead == (
        "The club signed him in July.", "#HaleToOvieda was trending all night.",
        "Fans met on Friday.", "iPhone owners will get the update. See www.club.example/shop."
        "iPhone case.")
    live = (
        f"Le mercato ferme ce soir.Il y a 1 h #MercatoRacing{nbsp}: les supporters saturent les "
        f"réseaux sociauxLe mot-clé est en tête des tendances.Il y a 2 h Le Racing recrute un "
        f"ailierLe club a signé tard."
    )
    assert outline(live)[0][:2] == (
        "Il y a 1 h", f"#MercatoRacing{nbsp}: les supporters saturent les réseaux sociaux")


def test_ranges_quotes_numbers_and_prepositions() -> None:
    text = "Karten gibt es Mo.–Fr. im Rathaus. Das Fest dauert vom 1.–3. Oktober."
    assert split_body(text).lead == (text,)
    assert split_body("Lloraron en sus casas».6 premios de 14 nominaciones.").lead == (
        "Lloraron en sus casas».", "6 premios de 14 nominaciones.")
    # `fino` is Spanish for thin: the time after it is the update's own.
    body = ("Vireo presenta su plegable más fino 11:10La pantalla mide ocho pulgadas."
            "Otra novedad 10:40El precio baja.")
    assert outline(body)[0][:2] == ("11:10", "Vireo presenta su plegable más fino")


def test_italian_alle_time_glued_to_the_last_bullet() -> None:
    body = (
        "Lo scrutinio continua.In sintesi⇒ Affluenza al 61%⇒ Il No è al 47%alle 00.40 "
        "Dellantonio: «Ora trattiamo con Roma»«I trentini hanno parlato», ha detto.alle 23.55 "
        "Chiusi i seggiI seggi hanno chiuso."
    )
    parts = split_body(body)
    assert parts.key_points is not None and parts.key_points.items[-1] == "Il No è al 47%"
    assert outline(body)[0][:2] == ("alle 00.40", "Dellantonio: «Ora trattiamo con Roma»")


def test_times_after_headings_in_brackets_or_after_a_dash() -> None:
    body = (
        "Der Ball rollt.Abpfiff: Hellmarsch rettet einen Punkt (17.24 Uhr)Schluss im Stadion! "
        "Die Fans feiern.Ausgleich durch Brandt (17.10 Uhr)Brandt trifft per Kopf."
        "GOAL! Harlow score again - 16:37Walsh swings it in.Denby equalise - 16:20Okoro scores."
    )
    assert [(t, h) for t, h, _p in outline(body)] == [
        ("17.24 Uhr", "Abpfiff: Hellmarsch rettet einen Punkt"),
        ("17.10 Uhr", "Ausgleich durch Brandt"), ("16:37", "GOAL! Harlow score again"),
        ("16:20", "Denby equalise")]


def test_spanish_inverted_marks_open_a_paragraph_after_a_heading() -> None:
    body = (
        "Empieza.22:54 El Real Valdemora rescata un punto en el último suspiro¡Se acabó! El "
        "derbi termina.22:40 Gol del Almendral¿Quién lo esperaba? Nadie."
    )
    assert outline(body) == [
        ("22:54", "El Real Valdemora rescata un punto en el último suspiro",
         ("¡Se acabó! El derbi termina.",)),
        ("22:40", "Gol del Almendral", ("¿Quién lo esperaba? Nadie.",))]


def test_camel_case_name_opening_a_paragraph() -> None:
    body = (
        "Outage hits millions.Key points⇒ Services down⇒ CEO apologises to customers14:00 CEO "
        "apologises to customersNimbusCloud’s chief executive said sorry.13:00 Services down"
        "Millions of users cannot log in."
    )
    assert outline(body)[0] == (
        "14:00", "CEO apologises to customers", ("NimbusCloud’s chief executive said sorry.",))
    names = "Il joue sur sa PlayStation et regarde YouTube. Le patron de McDonald parle."
    assert split_body(names).lead == (names,)


def test_units_era_and_addresses_ending_a_paragraph() -> None:
    body = (
        "Le vent souffle à 100 km/h.Deux blessés graves sont signalés.Les tombes datent de 220 "
        "av. J.-C.« C’est une découverte importante », dit-il.Signalez les faits sur "
        "www.pharos.example.gouv.fr.Contacté, le Crédit Armoricain réexamine le dossier."
    )
    assert split_body(body).lead == (
        "Le vent souffle à 100 km/h.", "Deux blessés graves sont signalés.",
        "Les tombes datent de 220 av. J.-C.", "« C’est une découverte importante », dit-il.",
        "Signalez les faits sur www.pharos.example.gouv.fr.",
        "Contacté, le Crédit Armoricain réexamine le dossier.")
    kept = "Le roi J.-C. Martin parle. Voir https://exemple.fr/Article.Suite pour les détails."
    assert split_body(kept).lead == (kept,)


def test_german_guillemets_open_with_the_right_pointing_one() -> None:
    text = (
        "Man sei sich fast einig geworden.»Es hakt bei der Laufzeit«, sagte ein Unterhändler "
        "am Abend."
    )
    assert split_body(text).lead == (
        "Man sei sich fast einig geworden.", "»Es hakt bei der Laufzeit«, sagte ein "
        "Unterhändler am Abend.")
    body = (
        "Tarifrunde.Das Wichtigste⇒ Gespräche laufen⇒ Pause am Abend20:30 Verhandlungen "
        "unterbrochen – »Es hakt bei der Laufzeit«Die Verhandlungen sind vertagt.20:00 "
        "Gespräche laufenDie Parteien sitzen zusammen."
    )
    assert outline(body)[0][:2] == (
        "20:30", "Verhandlungen unterbrochen – »Es hakt bei der Laufzeit«")
    # Spanish and French quotes open with `«`, glued or spaced.
    spanish = (
        "Inundaciones.20:30 Sigue la lluvia«Nadie sale», dicen.20:10 El alcalde de Valdemora: "
        "«No es momento de ir a ver el río»El alcalde ha pedido calma."
    )
    assert outline(spanish)[1][:2] == (
        "20:10", "El alcalde de Valdemora: «No es momento de ir a ver el río»")


def test_score_ending_a_heading_before_an_exclamation() -> None:
    body = (
        "Finale.22:01 Reindl trifft in der Verlängerung zum 3:2Da ist es! Reindl fälscht einen "
        "Schuss ab.21:18 Lindqvist gleicht aus2:2! Der Verteidiger zieht ab und trifft."
    )
    assert [(t, h) for t, h, _p in outline(body)] == [
        ("22:01", "Reindl trifft in der Verlängerung zum 3:2"), ("21:18", "Lindqvist gleicht aus")]


def test_plain_article_with_glued_subheadings_stays_plain() -> None:
    body = (
        "Le gouvernement présente son plan pour les hôpitaux.Un plan attendu depuis des moisLes "
        "syndicats réclamaient des moyens nouveaux.Des réactions partagéesLes médecins saluent "
        "un effort mais jugent les montants insuffisants."
    )
    parts = split_body(body)
    assert parts.sections == () and parts.key_points is None
    assert parts.lead == (
        "Le gouvernement présente son plan pour les hôpitaux.", "Un plan attendu depuis des mois",
        "Les syndicats réclamaient des moyens nouveaux.", "Des réactions partagées",
        "Les médecins saluent un effort mais jugent les montants insuffisants.")
