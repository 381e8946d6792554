"""What an element's class and id say about it: an ad, a related-links aside, a key-points
box. Names are hints only, read for a few container tags (every element would cost too
much); the page's shape decides the rest."""

from __future__ import annotations

import re

from selectolax.lexbor import LexborNode

# Where key-points boxes and noise are looked for by name.
_BOX_CANDIDATES = frozenset({"div", "section", "aside", "ul", "ol", "details", "header"})
_KEY_POINTS_CLASS = re.compile(r"key[-_ ]?points?|keypoints|summary|essentiel|takeaway", re.I)
_AD_TOKEN = re.compile(
    r"(?:^|[\s_-])(?:ad|ads|advert\w*|sponsor\w*|promo\w*|outbrain|taboola|dfp|pub|publicite)"
    r"(?=$|[\s_-])",
    re.I,
)
_ASIDE_NOISE = re.compile(r"related|newsletter|share|social|recommend|read[-_]?more|teaser", re.I)


def _attribute_text(node: LexborNode) -> str:
    attributes = node.attributes
    return f"{attributes.get('class') or ''} {attributes.get('id') or ''}"


def named_key_points(tag: str, node: LexborNode) -> bool:
    """Whether the element's class or id names it a key-points box."""
    return tag in _BOX_CANDIDATES and bool(_KEY_POINTS_CLASS.search(_attribute_text(node)))


def named_noise(tag: str, node: LexborNode) -> bool:
    """Whether the element's class or id names it an ad (or, for an aside, related links,
    a newsletter or share box), unless it also names key points."""
    if tag not in _BOX_CANDIDATES and tag != "figure":
        return False
    names = _attribute_text(node)
    if _KEY_POINTS_CLASS.search(names):
        return False
    if _AD_TOKEN.search(names):
        return True
    return tag == "aside" and bool(_ASIDE_NOISE.search(names))
