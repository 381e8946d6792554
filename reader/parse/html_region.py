"""Where the article is in a saved page, the way readability-style extractors find it.

One pass lists every element under the body with how much text it holds (link text
apart) and what it contains (paragraph-like blocks, the title `<h1>`, a key-points box, a
`<time>`). Furniture is then cut by its name or tag (cookie banners, breadcrumbs,
sidebars, share and newsletter boxes, site header and footer...), but never an element
that holds the title, a key-points box or half the page's text: a wrapper called
`page-with-sidebar` is the page, not a sidebar. The article is then the element holding
it: a dominant `<article>`, else `<main>`, else the body narrowed down through wrappers
whose other children are only links or crumbs. Inside it, the bylines and datelines of
the article's own header go (the byline's names are kept for `author`).

Everything is measured in one walk and decided on lists, so the cost stays linear in the
document whatever its shape.
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborNode

from reader.parse.html_blocks import SKIPPED
from reader.parse.html_furniture import (
    KEY_BOX_NAME,
    SOFT,
    Names,
    byline_author,
    byline_kind,
    names_of,
    noise_level,
    starts_like_byline,
)
from reader.parse.html_keypoints import is_key_points_title
from reader.text import clean_line

_BLOCK_TAGS = frozenset({
    "p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "table", "figure",
    "img", "picture", "dl", "ul", "ol",
})
_BOX_TAGS = frozenset({"div", "section", "aside", "ul", "ol", "details", "header"})
# What a name can cut: block elements, never inline ones (a `related-link` inside a
# sentence is part of the sentence).
_NAMED_CUTS = frozenset({
    "div", "section", "aside", "ul", "ol", "dl", "p", "header", "footer", "figure", "table",
    "td", "details", "address",
})
_BYLINE_CUTS = _NAMED_CUTS | {"span"}
_WRAPPERS = frozenset({"div", "section", "article", "main", "center"})
_NEVER_CUT = frozenset({"article", "main", "body", "html"})

# Flags: the first six rise from descendants, the next two come down from ancestors.
_BLOCK, _H1, _BOX, _TIME, _HEAD, _TITLE, _QUOTED, _SCOPED = 1, 2, 4, 8, 16, 32, 64, 128
_UP = _BLOCK | _H1 | _BOX | _TIME | _HEAD | _TITLE
_LINK = 256  # the element is a link away from the page (own flag only)
_TAG_FLAGS = {tag: _BLOCK for tag in _BLOCK_TAGS} | {
    "h2": _BLOCK | _HEAD, "h3": _BLOCK | _HEAD, "h4": _BLOCK | _HEAD, "h5": _BLOCK | _HEAD,
    "h6": _BLOCK | _HEAD, "blockquote": _BLOCK | _QUOTED, "figure": _BLOCK | _QUOTED,
    "time": _TIME, "article": _SCOPED, "main": _SCOPED, "section": _SCOPED,
}

_WORDS = re.compile(r"\w+")
_TINY = 20  # chars: separators, "Menu", "Login"
_LINK_LIST = 200  # chars of non-link text a list of links may carry and still be chrome
_META_WORDS = 25  # a date line longer than this is a paragraph, whatever its name
_SOFT_WORDS = 600  # chars: more than a paywall prompt or a site header says
_UPDATE_FOOTER = 80  # chars: a time, a byline, a share link


def _leaves_page(node: LexborNode) -> bool:
    href = (node.attributes.get("href") or "").strip()
    return bool(href) and not href.startswith("#") and not href[:11].casefold().startswith(
        "javascript:")


class PageTree:
    """Every element under the body in document order (index 0 is the body)."""

    def __init__(self, body: LexborNode, title: str = "") -> None:
        self.nodes: list[LexborNode] = []
        self.tags: list[str] = []
        self.parent: list[int] = []
        self.end: list[int] = []
        """Index of each element's last descendant: its subtree is `i..end[i]`."""
        self.direct: list[int] = []
        """Characters of text directly inside each element."""
        self.own: list[int] = []
        """Flags an element has by itself (block, time, box, link; quoted, scoped)."""
        self.cut: list[bool] = []
        self._names: dict[int, Names | None] = {}
        self.text: list[int] = []
        self.links: list[int] = []
        self.flags: list[int] = []
        self._read(body)
        self.titles, self.h1s = self._title_headings(title)
        """The `<h1>` elements that read as the article's title, and those that count as
        its heading (the same, or every `<h1>` when none reads as the title)."""
        self._measure()

    def _read(self, body: LexborNode) -> None:
        """One pass in document order; an element whose parent was not kept (a script,
        a comment, anything under them) is not kept either."""
        index_of: dict[int, int] = {}
        nodes, tags, parents, own_flags = self.nodes, self.tags, self.parent, self.own
        direct = self.direct
        for node in body.traverse(include_text=True):
            tag = node.tag or ""
            if not nodes:
                parent = -1
            else:
                up = node.parent
                found = index_of.get(up.mem_id) if up is not None else None
                if found is None:
                    continue
                parent = found
            if tag == "-text":
                direct[parent] += len((node.text_content or "").strip())
                continue
            if tag in SKIPPED or tag.startswith("-"):
                continue
            own = (own_flags[parent] & (_QUOTED | _SCOPED) if parent >= 0 else 0) | \
                _TAG_FLAGS.get(tag, 0)
            if tag == "a" and _leaves_page(node):
                own |= _LINK
            elif tag in _BOX_TAGS and KEY_BOX_NAME.search(node.attributes.get("class") or ""):
                own |= _BOX
            index_of[node.mem_id] = len(nodes)
            nodes.append(node)
            tags.append(tag)
            parents.append(parent)
            direct.append(0)
            own_flags.append(own)
        count = len(nodes)
        self.end = list(range(count))
        self.cut = [False] * count

    def children(self, i: int) -> list[int]:
        """The element's kept children: each one's subtree ends where the next begins."""
        kids, child = [], i + 1
        while child <= self.end[i]:
            kids.append(child)
            child = self.end[child] + 1
        return kids

    def _measure(self) -> None:
        """Text, link text and contents of every element, cut ones left out."""
        count = len(self.nodes)
        text, links, flags = [0] * count, [0] * count, [0] * count
        for i in range(count - 1, -1, -1):
            own = self.own[i]
            text[i] += self.direct[i]
            if own & _LINK:
                links[i] = text[i]
            flag = flags[i] | (own & ~_LINK)
            if i in self.h1s and text[i] > links[i]:
                flag |= _H1 | (_TITLE if i in self.titles else 0)
            flags[i] = flag
            parent = self.parent[i]
            if parent >= 0:
                self.end[parent] = max(self.end[parent], self.end[i])
                if not self.cut[i]:
                    text[parent] += text[i]
                    links[parent] += links[i]
                    flags[parent] |= flag & _UP
        self.text, self.links, self.flags = text, links, flags

    def _title_headings(self, title: str) -> tuple[frozenset[int], frozenset[int]]:
        """The `<h1>`s reading as the title, and those that count as the article's heading:
        the same, or every `<h1>` when the title is unknown. A page whose `<h1>`s all differ
        from its title has its site's name in them."""
        h1s = frozenset(i for i, tag in enumerate(self.tags) if tag == "h1")
        if not title:
            return frozenset(), h1s
        same = frozenset(i for i in h1s if resembles_title(node_line(self.nodes[i]), title))
        return same, same

    def names(self, i: int) -> Names | None:
        if i not in self._names:
            self._names[i] = names_of(self.nodes[i])
        return self._names[i]

    def words(self, i: int) -> int:
        """Characters of text outside links: what a reader reads of the element."""
        return self.text[i] - self.links[i]

    # --- furniture ------------------------------------------------------------------------

    def cut_furniture(self) -> None:
        """Mark furniture by tag and name; the measures are then taken again without it."""
        total = self.words(0)
        for i in range(1, len(self.nodes)):
            if self.cut[self.parent[i]] or self._is_furniture(i, total):
                self.cut[i] = True
        self._measure()

    def _is_furniture(self, i: int, total: int) -> bool:
        tag, flags = self.tags[i], self.flags[i]
        if tag in _NEVER_CUT or flags & (_H1 | _BOX) or 2 * self.words(i) > total:
            return False
        if tag == "footer":
            # A quote's footer is its attribution; a short one with a time in a repeated
            # wrapper is an update's (`<div class="item">…<footer><time>18h52</time>`).
            return not (flags & _QUOTED or self._update_footer(i))
        if tag == "header" and not flags & (_SCOPED | _TIME | _HEAD | _TITLE):
            return True  # the site's header; an article's or an update's is kept
        if tag == "form":
            return self.words(i) <= _SOFT_WORDS  # a search or sign-up box
        if tag not in _NAMED_CUTS:
            return False
        level = noise_level(self.names(i))
        if level == SOFT and self.words(i) > _SOFT_WORDS:
            return False  # a `paywall` div holding paragraphs is the rest of the story
        return level > 0 and not self._boxed(i)

    def _update_footer(self, i: int) -> bool:
        if not self.flags[i] & _TIME or self.words(i) > _UPDATE_FOOTER:
            return False
        parent = self.parent[i]
        up = self.parent[parent] if parent >= 0 else -1
        if up < 0:
            return False
        tag = self.tags[parent]
        return sum(1 for k in self.children(up) if self.tags[k] == tag) >= 2

    def _boxed(self, i: int) -> bool:
        """True when the element holds a key-points title (`Key events` in a sidebar)."""
        return any(is_key_points_title(node_line(node))
                   for node in self.nodes[i].css("h2, h3, h4, h5, h6, strong, b, summary"))

    # --- the article ----------------------------------------------------------------------

    def content_root(self) -> int:
        """The element holding the article (an index)."""
        total = self.words(0)
        live = [i for i, tag in enumerate(self.tags) if not self.cut[i]]
        articles = [i for i in live if self.tags[i] == "article"]
        if articles:
            best = max(articles, key=self.words)
            outside = sum(self.words(j) for j in articles if not best <= j <= self.end[best])
            if (len(articles) == 1 and 4 * self.words(best) >= total) or (
                    10 * self.words(best) >= 6 * total and 10 * outside <= total):
                return best
        main = next((i for i in live if self.tags[i] == "main"), None)
        if main is not None and 4 * self.words(main) >= total:
            return main
        return self._narrow(0)

    def _narrow(self, i: int) -> int:
        """From the body down through wrappers, while each one's other children are chrome
        (a bar of links, a crumb trail): the lowest element holding all the article."""
        while self.direct[i] <= _TINY:
            kids = [k for k in self.children(i) if not self.cut[k]
                    and (self.text[k] or self.flags[k] & _BLOCK)]
            if not kids:
                break
            best = max(kids, key=self.words)
            if self.tags[best] not in _WRAPPERS or not all(
                    self._is_chrome(k) for k in kids if k != best):
                break
            i = best
        return i

    def _is_chrome(self, i: int) -> bool:
        if self.flags[i] & (_H1 | _BOX):
            return False
        words = self.words(i)
        return words <= _TINY or (self.links[i] >= words and words <= _LINK_LIST)

    # --- bylines --------------------------------------------------------------------------

    def cut_bylines(self, root: int) -> str | None:
        """Mark the byline and dateline of the article's own header (and lines named
        byline elsewhere, unless they hold an update's time); return the byline's names."""
        headers = [h for h in range(root + 1, self.end[root] + 1)
                   if self.tags[h] == "header" and not self.cut[h]
                   and (self.flags[h] & _H1 or self.parent[h] == root)]
        author: str | None = None
        for i in range(root + 1, self.end[root] + 1):
            if self.cut[self.parent[i]]:
                self.cut[i] = True
                continue
            if self.cut[i] or self.tags[i] not in _BYLINE_CUTS or self.flags[i] & (_H1 | _BOX):
                continue
            node, tag = self.nodes[i], self.tags[i]
            in_header = any(h < i <= self.end[h] for h in headers)
            kind = byline_kind(self.names(i), in_header=in_header)
            if in_header and kind is None:
                if self._only_time(i):
                    kind = "date"
                elif tag == "address" or (tag == "p" and starts_like_byline(node_line(node))):
                    kind = "byline"
            elif not in_header and self.flags[i] & _TIME:
                kind = None  # an update's meta line: its time belongs to the heading after it
            if kind == "date" and len(node_line(node).split()) > _META_WORDS:
                kind = None  # a paragraph, whatever its name
            if kind is not None:
                self.cut[i] = True
                if author is None:
                    author = byline_author(node, inside=kind == "date")
        return author

    def _only_time(self, i: int) -> bool:
        if not self.flags[i] & _TIME:
            return False
        node = self.nodes[i]
        shown = " ".join(node_line(t) for t in node.css("time"))
        return bool(shown) and clean_line(shown) == node_line(node)

    def remove_cut(self, root: int) -> LexborNode:
        """Take the cut elements out of the tree under `root`, which is returned."""
        for i in range(root + 1, self.end[root] + 1):
            if self.cut[i] and not self.cut[self.parent[i]]:
                self.nodes[i].decompose()
        return self.nodes[root]


_TITLE_OVERLAP = 0.6


def resembles_title(heading: str, title: str) -> bool:
    """The same title give or take a site name or a last clause (`… to 3.1%`)."""
    ours, theirs = set(_WORDS.findall(heading.casefold())), set(_WORDS.findall(title.casefold()))
    if not ours or not theirs:
        return False
    return len(ours & theirs) >= _TITLE_OVERLAP * min(len(ours), len(theirs))


def node_line(node: LexborNode) -> str:
    return clean_line(node.text(deep=True, separator=" "))


def article_region(body: LexborNode, title: str = "") -> tuple[LexborNode, str | None]:
    """The element holding the article, furniture removed, and the names of the byline
    that was removed from it (None when it had none). `title` tells the article's `<h1>`
    from others."""
    tree = PageTree(body, title)
    tree.cut_furniture()
    root = tree.content_root()
    author = tree.cut_bylines(root)
    return tree.remove_cut(root), author
