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
