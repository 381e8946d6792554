"""The walk behind `reader.parse.fastfeed`: element scoping, text values and the few
pieces of bookkeeping done exactly as feedparser's SAX handlers do them.

feedparser's own helpers (date parsing, URL joining, its HTML guess, its Windows-1252
table) are called rather than rewritten, so the two paths cannot drift apart quietly.
"""

from __future__ import annotations

import contextlib
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable
from typing import Any

from feedparser.datetimes import _parse_date
from feedparser.html import _cp1252
from feedparser.mixin import _FeedParserMixin
from feedparser.urls import _urljoin, make_safe_absolute_uri

__all__ = ["CATEGORY", "LINK", "TYPE", "Record", "Refused", "Walk", "once"]

XML = "http://www.w3.org/XML/1998/namespace"
_XML_BASE = f"{{{XML}}}base"
_XML_LANG = f"{{{XML}}}lang"
_HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
_looks_like_html: Callable[[str], bool] = _FeedParserMixin.looks_like_html
_map_type: Callable[[str], str] = _FeedParserMixin.map_content_type
_C1 = re.compile("[\x80-\x9f]")  # the only code points feedparser's cp1252 table maps
TYPE = frozenset({"type"})
LINK = frozenset({"href", "rel", "type", "hreflang", "title", "length"})
CATEGORY = frozenset({"term", "scheme", "label", "domain"})


class Record(dict[str, Any]):
    """An entry or feed as `FeedParserDict` reads for `reader.parse.feeds`: a missing
    `updated` (or `updated_parsed`) reads as `published` (feedparser's issue-310 shim).
    None of the other keys read there has an alias in its key map."""

    def get(self, key: str, default: Any = None) -> Any:
        if key in ("updated", "updated_parsed") and key not in self:
            key = key.replace("updated", "published")
        return super().get(key, default)


class Refused(Exception):
    """The document holds something the fast path does not reproduce exactly."""


def _repair(text: str) -> str:
    """feedparser's last steps on every text value: UTF-8 that was read as Latin-1 is
    decoded again, and C1 code points become their Windows-1252 characters."""
    if text.isascii():
        return text  # both steps leave ASCII alone; skipping them spares long bodies
    with contextlib.suppress(UnicodeEncodeError, UnicodeDecodeError):
        text = text.encode("iso-8859-1").decode("utf-8")
    return text.translate(_cp1252) if _C1.search(text) else text


class Walk:
    """One document's walk, keeping feedparser's `xml:base` state as it would."""

    def __init__(self, atom: bool) -> None:
        self.atom = atom
        self.base = ""
        self.stack: list[str] = []
        self.bases: dict[tuple[str, str], str] = {}
        """Scoping results already worked out (pure functions of the two URLs)."""

    # -- scoping -------------------------------------------------------------------------

    def enter(self, el: ET.Element, allowed: frozenset[str] = frozenset()) -> dict[str, str]:
        """The element's attributes (lower-cased as feedparser does), its base applied."""
        attrs: dict[str, str] = {}
        for key, value in el.attrib.items():
            if key == _XML_BASE:
                name = "xml:base"
            elif key == _XML_LANG:
                continue
            elif key.startswith("{") or key.lower() not in allowed or key.lower() in attrs:
                raise Refused(key)
            else:
                name = key.lower()
            attrs[name] = value.lower() if name in ("rel", "type") else value
        given = attrs.pop("xml:base", None) or self.base
        known = self.bases.get((self.base, given))
        if known is None:
            if self.base:
                known = make_safe_absolute_uri(self.base, given) or self.base
            else:
                known = _urljoin(self.base, given)
            self.bases[(self.base, given)] = known
        self.base = known
        self.stack.append(self.base)
        return attrs

    def leave(self) -> None:
        self.stack.pop()
        if self.stack and self.stack[-1]:
            self.base = self.stack[-1]

    def text(self, el: ET.Element, allowed: frozenset[str] = frozenset(),
             ) -> tuple[str, dict[str, str], str]:
        """A text-only element: its stripped text, attributes and base."""
        if len(el):
            raise Refused(el.tag)
        attrs = self.enter(el, allowed)
        base = self.base
        self.leave()
        return (el.text or "").strip(), attrs, base

    def skip(self, el: ET.Element, children: frozenset[str] = frozenset(),
             allowed: frozenset[str] = frozenset()) -> None:
        """An element whose content nothing reads; only its scoping counts."""
        self.enter(el, allowed)
        for child in el:
            if child.tag not in children:
                raise Refused(child.tag)
            self.skip(child)
        self.leave()

    # -- values --------------------------------------------------------------------------

    def value(self, el: ET.Element, *, uri: bool = False, guess: bool = False,
              allowed: frozenset[str] = frozenset()) -> tuple[str, dict[str, str], str, bool]:
        """A text value as feedparser stores it, and whether it was guessed to be HTML."""
        out, attrs, base = self.text(el, allowed)
        if uri and out:
            out = _urljoin(base, out)
        html = guess and not self.atom and _looks_like_html(out)
        return _repair(out), attrs, base, html

    def content(self, el: ET.Element, default: str) -> tuple[str, str, str]:
        """A title, summary or content construct: value, content type, base."""
        allowed = TYPE if self.atom else frozenset()
        out, attrs, base, html = self.value(el, guess=default == "text/plain", allowed=allowed)
        kind = _map_type(attrs.get("type", default))
        if kind not in ("text/plain", "text/html"):
            raise Refused("content type")  # XHTML, base64 and other types: feedparser's
        if not self.atom and kind == "text/plain" and html:
            kind = "text/html"
        return out, kind, base

    def link_href(self, el: ET.Element) -> tuple[str, bool]:
        """An Atom link: its resolved href and whether it is the HTML alternate."""
        if len(el) or (el.text or "").strip():
            raise Refused("link content")
        attrs = self.enter(el, LINK)
        href = attrs.get("href")
        if href is None:
            raise Refused("link without href")
        href = _urljoin(self.base, href)
        self.leave()
        rel = attrs.get("rel", "alternate")
        kind = attrs.get("type", "application/atom+xml" if rel == "self" else "text/html")
        return href, rel == "alternate" and _map_type(kind) in _HTML_TYPES

    def category(self, el: ET.Element, context: Record) -> None:
        """feedparser's tag bookkeeping: attributes open a tag, text fills or adds one."""
        out, attrs, _base, _html = self.value(el, allowed=CATEGORY)
        scheme = attrs.get("scheme", attrs.get("domain"))
        _add_tag(context, attrs.get("term"), scheme, attrs.get("label"))
        if not out:
            return
        tags = context["tags"]
        if tags and not tags[-1]["term"]:
            tags[-1]["term"] = out
        else:
            _add_tag(context, out, None, None)

    def date(self, el: ET.Element, context: Record, key: str) -> None:
        out = self.value(el)[0]
        context[key] = out
        context[f"{key}_parsed"] = _parse_date(out)

    def detail(self, el: ET.Element, context: Record, key: str, default: str) -> None:
        out, kind, base = self.content(el, default)
        context[key] = out
        context[f"{key}_detail"] = dict(type=kind, base=base, value=out)


def _add_tag(context: Record, term: str | None, scheme: str | None,
             label: str | None) -> None:
    tags = context.setdefault("tags", [])
    if not term and not scheme and not label:
        return
    value = dict(term=term, scheme=scheme, label=label)
    if value not in tags:
        tags.append(value)


def once(seen: set[str], key: str) -> None:
    """A field given twice is resolved by feedparser state this path does not keep."""
    if key in seen:
        raise Refused(f"repeated {key}")
    seen.add(key)
