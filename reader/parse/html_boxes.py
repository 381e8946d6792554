"""Furniture found in the walked blocks, for saved pages and feed HTML alike: figure
captions (see `_drop_captions`), chrome lines, pull quotes repeating the article,
"related stories" link boxes and author boxes.

Each rule needs structural evidence beside the words: a related-stories box is a known
title over links only, an author box a known title over a short note, a pull quote a
short quote whose words the article says anyway. Nothing is removed from the list here;
blocks are marked `dropped`, so the update pass can still see the page's shape.
"""

from __future__ import annotations

import re
import unicodedata

from reader.parse.html_blocks import Block, Span
from reader.parse.html_furniture import is_chrome_line
from reader.parse.html_updates import all_links

_RELATED_TITLES = frozenset({
    "more on this story", "more on this", "related", "related stories", "related articles",
    "related content", "read more", "read also", "see also", "you might also like",
    "you may also like", "more stories", "most read", "sur le même sujet", "à lire aussi",
    "a lire aussi", "lire aussi", "voir aussi", "à voir aussi", "sur le même thème",
    "les plus lus", "mehr zum thema", "lesen sie auch", "auch interessant", "weitere artikel",
    "das könnte sie auch interessieren", "meistgelesen", "te puede interesar",
    "le puede interesar", "también te puede interesar", "lee también", "noticias relacionadas",
    "lo más leído", "leggi anche", "articoli correlati", "potrebbe interessarti anche",
    "ti potrebbe interessare", "i più letti",
})
_AUTHOR_TITLES = frozenset({
    "about the author", "about the authors", "about the writer", "über die autorin",
    "über den autor", "über die autoren", "à propos de l'auteur", "à propos de l'autrice",
    "sobre el autor", "sobre la autora", "sobre los autores", "l'autore", "l'autrice",
    "sull'autore", "chi è l'autore",
})
_BOX_TAGS = frozenset({"div", "section", "aside", "footer", "ul", "ol", "details"})
_QUOTE_TAGS = frozenset({"blockquote", "aside"})
_TITLE_NOISE = re.compile(r"[\s:.\-–—›»!]+$")
_MAX_BOX = 1500  # chars: a box of links beside the story, not a chapter of it
_MAX_BOX_BLOCKS = 40
_BOX_TITLES = _RELATED_TITLES | _AUTHOR_TITLES
_MAX_AUTHOR_NOTE = 600
_MAX_PULL_QUOTE = 400
_MAX_QUOTE_BLOCKS = 3
_WORD = re.compile(r"\w+")
_GRAM = 3
_COVERED = 0.8  # share of a pull quote's words the article must say in the same order


# `More on Line 3`, `Plus sur ce sujet`: a title over links to other stories.
_MORE_ON = re.compile(
    r"^(?:more (?:on|from|about)|plus (?:sur|de)|mehr (?:zu|zum|aus|von|über)|"
    r"más (?:sobre|de)|altro su|altri articoli su|mais sobre) \S.{0,60}$")


def _related(title: str) -> bool:
    return title in _RELATED_TITLES or bool(_MORE_ON.match(title))


def _title(block: Block) -> str:
    text = unicodedata.normalize("NFC", block.heading or block.text).replace("’", "'")
    return _TITLE_NOISE.sub("", text).strip().casefold()


def _live(blocks: list[Block], span: Span) -> list[Block]:
    return [b for b in blocks[span.start:span.end] if not b.dropped]


def _box_kind(members: list[Block]) -> bool:
    """A related-stories box (title, then links only) or an author box (title, then a
    short note)."""
    if len(members) < 2 or sum(len(b.text) for b in members) > _MAX_BOX:
        return False
    title, rest = _title(members[0]), members[1:]
    if _related(title):
        return all(all_links(b) for b in rest)
    if title in _AUTHOR_TITLES:
        return sum(len(b.text) for b in rest) <= _MAX_AUTHOR_NOTE
    return False


def _drop_boxes(blocks: list[Block], spans: list[Span]) -> None:
    for span in spans:
        # Only a small element opening with a known title is read further (cheap on pages
        # whose wrappers nest hundreds deep).
        if span.tag not in _BOX_TAGS or not 2 <= span.end - span.start <= _MAX_BOX_BLOCKS:
            continue
        first = next((b for b in blocks[span.start:span.end] if not b.dropped), None)
        if first is None or not (_related(_title(first)) or _title(first) in _BOX_TITLES):
            continue
        members = _live(blocks, span)
        if _box_kind(members):
            for block in members:
                block.dropped = True
    # The same boxes without a wrapper: a heading, then its list of links.
    for i, block in enumerate(blocks):
        if block.dropped or block.kind != "h" or not _related(_title(block)):
            continue
        end = i + 1
        while (end < len(blocks) and blocks[end].kind == "li" and all_links(blocks[end])
               and blocks[end].list_id == blocks[i + 1].list_id):
            end += 1
        if end > i + 1:
            for member in blocks[i:end]:
                member.dropped = True


def _grams(words: list[str]) -> set[tuple[str, ...]]:
    return {tuple(words[i:i + _GRAM]) for i in range(len(words) - _GRAM + 1)}


def _repeats(text: str, said: set[tuple[str, ...]]) -> bool:
    """Whether most words of `text` are said, in this order, elsewhere in the article."""
    words = _WORD.findall(text.casefold())
    if len(words) <= _GRAM:
        return False
    covered = [False] * len(words)
    for i in range(len(words) - _GRAM + 1):
        if tuple(words[i:i + _GRAM]) in said:
            for j in range(i, i + _GRAM):
                covered[j] = True
    return sum(covered) >= _COVERED * len(words)


def _drop_pull_quotes(blocks: list[Block], spans: list[Span]) -> None:
    """A short quote box whose words the article says anyway is a pull quote: it goes
    with its attribution. A quote bringing new words stays."""
    quoted = [False] * len(spans)
    outer: list[Span] = []
    for index, span in enumerate(spans):
        inside = span.parent >= 0 and quoted[span.parent]
        quoted[index] = inside or span.tag in _QUOTE_TAGS
        if span.tag in _QUOTE_TAGS and not inside and span.end > span.start:
            outer.append(span)
    if not outer:
        return
    in_quote = [False] * len(blocks)
    for span in outer:
        for i in range(span.start, span.end):
            in_quote[i] = True
    said: set[tuple[str, ...]] = set()
    for i, block in enumerate(blocks):
        if not in_quote[i] and not block.dropped and block.kind != "h":
            said |= _grams(_WORD.findall(block.text.casefold()))
    for span in outer:
        members = _live(blocks, span)
        if (not members or len(members) > _MAX_QUOTE_BLOCKS
                or sum(len(b.text) for b in members) > _MAX_PULL_QUOTE
                or any(b.kind in ("h", "li") or b.box for b in members)):
            continue  # (a small key-points box in an `<aside>` is no quote)
        if any(_repeats(b.heading or b.text, said) for b in members):
            for block in members:
                block.dropped = True


def _drop_captions(blocks: list[Block], spans: list[Span], *, shown: bool) -> None:
    """Figure captions: all of them on a saved page (the page's photos, captions and
    credits are its layout), and in feed HTML those whose figure shows no image (an empty
    `alt`): the image they describe is not there to read about."""
    if not shown:
        for block in blocks:
            if block.kind == "figcaption":
                block.dropped = True
        return
    for span in spans:
        if span.tag == "figure":
            members = blocks[span.start:span.end]
            if not any(b.kind == "img" for b in members):
                for block in members:
                    if block.kind == "figcaption":
                        block.dropped = True


def mark_furniture(blocks: list[Block], spans: list[Span], *, page: bool = False) -> None:
    """Mark the blocks that are furniture (see the module doc); `page` for a saved page
    (see `_drop_captions`)."""
    for block in blocks:
        if is_chrome_line(block):
            block.dropped = True
    _drop_captions(blocks, spans, shown=not page)
    _drop_boxes(blocks, spans)
    _drop_pull_quotes(blocks, spans)
