"""Round trip: generate a live blog's structure, glue it as the scraper does, split it back."""

from __future__ import annotations

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from reader.parse.liveblog import split_body

STARTS = ["Le", "La", "Les", "Selon", "Dans", "Pour", "Après", "Un", "Une", "Cette"]
WORDS = ["maire", "conseil", "ville", "budget", "projet", "habitants", "réunion", "travaux",
         "gouvernement", "ministre", "soldats", "accord", "région", "semaine", "élus", "rapport"]
NAMES = ["Lyon", "Genève", "Kremlin", "Moscou", "Bruxelles", "Marseille", "Ukraine"]
# Traps that must never be taken for boundaries, used inside sentences.
TRAPS = ["M. Dupont", "3.5", "1.000", "12.50", "1605", "9 h", "McDonald", "iPhone",
         "PlayStation", "LinkedIn", "www.exemple.fr/Page", "z.B.", "U.S.", "DiCaprio", "O’Neill",
         "NATO", "1,5"]
# Every stamp format live blogs use, as the outlet writes it (the expected `time`).
TIMES = [
    "14h32", "14 h 32", "14H32", "10:45", "9 h 05", "9 h", "vers 9 h", "à 14h32",
    "Mis à jour à 14h32", "Il y a 2 heures", "il y a 35 min", "Il y a 1 h", "10.45 Uhr",
    "9:05 am", "vor 2 Stunden", "vor 12 Minuten", "Hace 3 horas", "hace 5 minutos",
    "2 hours ago", "5 mins ago", "Just now", "2 ore fa", "12 minuti fa", "ore 7.30",
    "12.40pm", "11.05am", "8.02am", "9am", "2.15 p.m.", "11:05 GMT", "14:32 CET",
    "10:45 BST", "16.20", "Updated 13:05", "Posted at 12:40", "Yesterday 18:20",
    "Hier à 18h20", "10/11 14:32", "Aktualisiert um 14:32", "Ieri alle 18:20",
]
# A bare `1605` is believed only when every update is stamped that way.
FOUR_DIGIT_TIMES = ["1605", "0930", "2215", "1148", "0702"]
# Clock times that may also follow the heading (`Heading 13h20`).
SUFFIX_TIMES = ["14h32", "10:45", "9 h 05", "10.45 Uhr", "12.40pm", "9am", "9:05 am",
                "11:05 GMT", "14:32 CET", "14H32", "2 hours ago", "vor 2 Stunden"]
NUMBERS = ["2015", "1605", "16.20", "12.50", "1.500", "20", "9 h", "2029"]
# Quoted sentences: a closing quote after the sentence end stays with its paragraph.
QUOTED = ['"Nous sommes prêts," dit le maire.', "« Nous sommes prêts », dit-il.",
          "Il a dit : « C’est fini.\u00a0»", '"C’est fini."', "„Das ist gut.“",
          "Sie sagte: „Wir bleiben.“", "“We stay,” she said.", "Il a vu M. Dupont."]

words = st.sampled_from(WORDS)
Blog = tuple[list[str], list[str] | None, list[tuple[str | None, str, list[str]]]]


@st.composite
def sentences(draw: st.DrawFn) -> str:
    body = draw(st.lists(st.one_of(words, st.sampled_from(TRAPS + NAMES)), min_size=2, max_size=9))
    # The last word is plain: `…z.B..` or `…/Page.` then a capital is ambiguous even to a human.
    end = draw(words) + draw(st.sampled_from([".", " !", "."]))
    return " ".join([draw(st.sampled_from(STARTS)), *body, end])


@st.composite
def numbered(draw: st.DrawFn) -> str:
    """A sentence opening with a number that looks like a stamp: a year, a price, `9 h`."""
    number = draw(st.sampled_from(NUMBERS))
    body = draw(st.lists(st.one_of(words, st.sampled_from(NAMES)), min_size=1, max_size=6))
    # `16.20 Lyon gagne !` alone in a block reads as a stamped heading to anyone: a number
    # that may be a time opens a sentence ending with a full stop.
    marks = [".", " !", " ?"] if number in ("1.500", "20") else ["."]
    end = draw(words) + draw(st.sampled_from(marks))
    return " ".join([number, *body, end])


@st.composite
def paragraphs(draw: st.DrawFn, numbers: bool = True) -> str:
    parts = draw(st.lists(st.one_of(sentences(), sentences(), st.sampled_from(QUOTED)),
                          min_size=1, max_size=3))
    if numbers and draw(st.integers(0, 5)) == 0:
        parts[0] = draw(numbered())
    return " ".join(parts)


@st.composite
def headings(draw: st.DrawFn, punctuated: bool = False) -> str:
    first = draw(st.sampled_from(["Le", "La", "Les", "Des", "Nouvelle", "Attaque", "Vote"]))
    middle = draw(st.lists(words, min_size=1, max_size=8))
    # A heading may end in a number (`près du kilomètre 20`), glued to the next time.
    last = draw(st.one_of(words, st.sampled_from(NAMES), st.sampled_from(["20", "2029"])))
    end = draw(st.sampled_from(["", "", " ?", " !", "\u00a0?", "?", "!"])) if punctuated else ""
    return " ".join([first, *middle, last]) + end


def ambiguous(before: str, time: str) -> bool:
    """`…kilomètre 20` + `9:05` reads `209:05` or `20 9:05`: no reader can tell (the splitter
    takes the longest valid hour), and a bare `1605` is never split off a number."""
    return before[-1:].isdigit() and time[:1].isdigit() and (
        not time[1:2].isdigit() or time in FOUR_DIGIT_TIMES
    )


@st.composite
def live_blogs(draw: st.DrawFn) -> Blog:
    lead = draw(st.lists(paragraphs(), min_size=1, max_size=3))
    timed = draw(st.sampled_from(["no", "yes", "yes", "four"]))
    # A heading ending in `?`/`!` is told from a paragraph by its time (or a bullet echo).
    heads = draw(st.lists(headings(punctuated=timed != "no"), min_size=2, max_size=6,
                          unique=True))
    pool = FOUR_DIGIT_TIMES if timed == "four" else TIMES
    # A paragraph opening with a number right after a heading (`…by 20292015 was…`) is
    # ambiguous: the first paragraph of a section opens with a word.
    sections = [
        (draw(st.sampled_from(pool)) if timed != "no" else None, h,
         [draw(paragraphs(numbers=False)), *draw(st.lists(paragraphs(), max_size=2))])
        for h in heads
    ]
    # Untimed headings make a live blog only beside a key-points box.
    bullets = heads[: draw(st.integers(min_value=2, max_value=len(heads)))] \
        if draw(st.booleans()) or timed == "no" else None
    first_time = sections[0][0]
    assume(not (bullets and first_time and ambiguous(bullets[-1], first_time)))
    return lead, bullets, sections


def glue(lead: list[str], bullets: list[str] | None,
         sections: list[tuple[str | None, str, list[str]]], style: str = "prefix") -> str:
    parts = list(lead)
    if bullets:
        parts.append("Les infos à retenir" + "".join(f"⇒ {b}" for b in bullets))
    for time, heading, paras in sections:
        if time and style == "suffix":
            parts.append(f"{heading} {time}")
        elif time:
            parts.append(f"{time}{'' if style == 'glued' else ' '}{heading}")
        else:
            parts.append(heading)
        parts.extend(paras)
    return "".join(parts)


@settings(derandomize=True, max_examples=120, deadline=None)
@given(live_blogs(), st.sampled_from(["prefix", "glued"]))
def test_live_blog_round_trip(blog: Blog, style: str) -> None:
    lead, bullets, sections = blog
    parts = split_body(glue(lead, bullets, sections, style))
    assert parts.lead == tuple(lead)
    if bullets:
        assert parts.key_points is not None
        assert parts.key_points.items == tuple(bullets)
    else:
        assert parts.key_points is None
    assert [(s.time, s.heading, list(s.paragraphs)) for s in parts.sections] == sections


@settings(derandomize=True, max_examples=60, deadline=None)
@given(live_blogs(), st.data())
def test_time_after_the_heading_round_trip(blog: Blog, data: st.DataObject) -> None:
    lead, bullets, sections = blog
    sections = [(data.draw(st.sampled_from(SUFFIX_TIMES)), h.rstrip(" ?!\u00a0"), p)
                for _t, h, p in sections]
    if len({h for _t, h, _p in sections}) < len(sections):
        return
    bullets = [h for _t, h, _p in sections][: len(bullets)] if bullets else None
    parts = split_body(glue(lead, bullets, sections, "suffix"))
    assert parts.lead == tuple(lead)
    assert [(s.time, s.heading, list(s.paragraphs)) for s in parts.sections] == sections


@settings(derandomize=True, max_examples=60, deadline=None)
@given(st.lists(paragraphs(), min_size=1, max_size=8))
def test_plain_article_round_trip(paras: list[str]) -> None:
    parts = split_body("".join(paras))
    assert parts.sections == () and parts.key_points is None
    assert parts.lead == tuple(paras)
