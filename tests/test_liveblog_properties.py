"""Round trip: generate a live blog's structure, glue it as the scraper does, split it back."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.parse.liveblog import split_body

STARTS = ["Le", "La", "Les", "Selon", "Dans", "Pour", "Après", "Un", "Une", "Cette"]
WORDS = ["maire", "conseil", "ville", "budget", "projet", "habitants", "réunion", "travaux",
         "gouvernement", "ministre", "soldats", "accord", "région", "semaine", "élus", "rapport"]
NAMES = ["Lyon", "Genève", "Kremlin", "Moscou", "Bruxelles", "Marseille", "Ukraine"]
# Traps that must never be taken for boundaries, used inside sentences.
TRAPS = ["M. Dupont", "3.5", "1.000", "McDonald", "iPhone", "PlayStation", "LinkedIn",
         "www.exemple.fr/Page", "z.B.", "U.S.", "DiCaprio", "O’Neill", "NATO", "1,5"]
TIMES = ["14h32", "10:45", "9 h 05", "Il y a 2 heures", "10.45 Uhr", "9:05 am", "vor 2 Stunden",
         "Hace 3 horas", "2 hours ago", "2 ore fa", "ore 7.30"]
# Clock times that may also follow the heading (`Heading 13h20`).
SUFFIX_TIMES = ["14h32", "10:45", "9 h 05", "10.45 Uhr"]
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
def paragraphs(draw: st.DrawFn) -> str:
    parts = draw(st.lists(st.one_of(sentences(), sentences(), st.sampled_from(QUOTED)),
                          min_size=1, max_size=3))
    return " ".join(parts)


@st.composite
def headings(draw: st.DrawFn, punctuated: bool = False) -> str:
    first = draw(st.sampled_from(["Le", "La", "Les", "Des", "Nouvelle", "Attaque", "Vote"]))
    middle = draw(st.lists(words, min_size=1, max_size=8))
    last = draw(st.one_of(words, st.sampled_from(NAMES)))
    end = draw(st.sampled_from(["", "", " ?", " !", "\u00a0?", "?", "!"])) if punctuated else ""
    return " ".join([first, *middle, last]) + end


@st.composite
def live_blogs(draw: st.DrawFn) -> Blog:
    lead = draw(st.lists(paragraphs(), min_size=1, max_size=3))
    timed = draw(st.booleans())
    # A heading ending in `?`/`!` is told from a paragraph by its time (or a bullet echo).
    heads = draw(st.lists(headings(punctuated=timed), min_size=2, max_size=6, unique=True))
    sections = [
        (draw(st.sampled_from(TIMES)) if timed else None, h,
         draw(st.lists(paragraphs(), min_size=1, max_size=3)))
        for h in heads
    ]
    bullets = heads[: draw(st.integers(min_value=2, max_value=len(heads)))] \
        if draw(st.booleans()) else None
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
