"""Subscription lists: OPML 1.0/1.1/2.0 and newsboat `urls` files in, OPML 2.0 out.

OPML is read with expat directly, never with a DTD: a `<!DOCTYPE` is refused outright
(that closes billion-laughs entity bombs and external entities together), so the only
entities are XML's five and numeric character references. Nested folder outlines become
tags, one per level (`News > Science` gives `News` and `Science`), merged with the
outline's `category` attribute.

Only http(s) feed URLs are taken; everything else (`javascript:`, `file:`, newsboat's
`query:`, `exec:` and `filter:` sources, outlines without a feed URL) is listed in
`SubscriptionList.skipped` with its line and reason, never silently dropped.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import format_datetime
from urllib.parse import urlsplit
from xml.parsers import expat
from xml.sax.saxutils import escape, quoteattr

from reader.parse.errors import ParseError
from reader.text import clean_line

__all__ = [
    "Skipped", "Subscription", "SubscriptionList", "feed_url_problem", "looks_like_opml",
    "looks_like_urls", "parse_opml", "parse_urls", "write_opml",
]

MAX_BYTES = 16 * 2**20
MAX_DEPTH = 64
MAX_OUTLINES = 100_000

# A DOCTYPE (internal subset included) may come before `<opml>`: such a file must still be
# recognised as OPML, so that `parse_opml` refuses it by name instead of it being read as
# something else (an HTML page titled `&lol9;`).
_OPML_HEAD = re.compile(
    rb"^\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--.*?-->\s*)*"
    rb"(?:<!DOCTYPE[^\[>]*(?:\[.*?\])?\s*>\s*)?(?:<!--.*?-->\s*)*<opml[\s>]", re.S | re.I)
# Character references to what XML forbids (`&#27;`, `&#xD800;`): expat refuses the whole
# file for one of them. They are dropped (controls) or shown as U+FFFD before parsing.
_CHAR_REF = re.compile(rb"&#(?:[xX]([0-9A-Fa-f]+)|([0-9]+));")
_URLISH = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")
_NEWSBOAT_LOCAL = ("exec:", "filter:")


@dataclass(frozen=True, slots=True)
class Subscription:
    url: str
    title: str = ""
    tags: tuple[str, ...] = ()
    link: str | None = None
    """The site's own page (OPML `htmlUrl`)."""


@dataclass(frozen=True, slots=True)
class Skipped:
    where: str
    """`line 12`: where in the file the entry was."""
    reason: str


@dataclass(frozen=True, slots=True)
class SubscriptionList:
    title: str
    subscriptions: tuple[Subscription, ...]
    skipped: tuple[Skipped, ...] = ()


def feed_url_problem(url: str) -> str | None:
    """Why `url` is not a feed URL we subscribe to, or None for a plain http(s) URL."""
    if not url:
        return "no feed URL"
    scheme = url.partition(":")[0].lower() if _URLISH.match(url) else ""
    if scheme not in ("http", "https"):
        shown = clean_line(scheme)[:20]
        return f"not an http(s) URL ({shown}:)" if shown else "not an absolute http(s) URL"
    if any(ord(c) <= 0x20 or ord(c) == 0x7F for c in url):
        return "the URL holds spaces or control characters"
    try:
        host = urlsplit(url).hostname
    except ValueError:
        return "invalid URL"
    return None if host else "the URL names no host"


class _Collector:
    """Accumulates subscriptions in file order, merging the tags of repeated URLs."""

    def __init__(self) -> None:
        self.found: dict[str, Subscription] = {}
        self.skipped: list[Skipped] = []

    def add(self, where: str, url: str, title: str, tags: Sequence[str],
            link: str | None) -> None:
        url = url.strip()
        problem = feed_url_problem(url)
        if problem is not None:
            name = f"{title!r}: " if title else ""
            self.skipped.append(Skipped(where, f"{name}{problem}"))
            return
        tags = tuple(dict.fromkeys(t for t in tags if t))
        before = self.found.get(url)
        if before is not None:
            merged = tuple(dict.fromkeys((*before.tags, *tags)))
            self.found[url] = Subscription(url, before.title or title, merged, before.link or link)
        else:
            self.found[url] = Subscription(url, title, tags, link)

    def result(self, title: str) -> SubscriptionList:
        return SubscriptionList(title, tuple(self.found.values()), tuple(self.skipped))


# -- OPML ----------------------------------------------------------------------------------


def looks_like_opml(data: bytes) -> bool:
    head = data[:4096].lstrip(b"\xef\xbb\xbf")
    return _OPML_HEAD.match(head) is not None


def _categories(value: str) -> list[str]:
    return [clean_line(part) for item in value.split(",") for part in item.split("/")
            if clean_line(part)]


class _OpmlReader:
    def __init__(self) -> None:
        self.out = _Collector()
        self.stack: list[tuple[str, str | None]] = []
        """Open elements: (local name, the folder tag an outline opens, else None)."""
        self.seen_root = False
        self.title = ""
        self.in_title = False
        self.outlines = 0
        self.parser = expat.ParserCreate()
        self.parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
        self.parser.StartDoctypeDeclHandler = self._doctype
        self.parser.EntityDeclHandler = self._entity
        self.parser.StartElementHandler = self._start
        self.parser.EndElementHandler = self._end
        self.parser.CharacterDataHandler = self._text

    def _where(self) -> str:
        return f"line {self.parser.CurrentLineNumber}"

    def _doctype(self, *_args: object) -> None:
        raise ParseError(f"refused: the OPML file declares a DOCTYPE ({self._where()}); "
                         "document type declarations are never read")

    def _entity(self, *_args: object) -> None:
        raise ParseError("refused: the OPML file declares entities")

    def _start(self, name: str, attrs: dict[str, str]) -> None:
        local = name.rpartition(":")[2].lower()
        if not self.stack:
            if local != "opml":
                shown = clean_line(name)[:30]
                raise ParseError(f"not an OPML file (its root element is <{shown}>)")
            self.seen_root = True
        if len(self.stack) >= MAX_DEPTH:
            raise ParseError(f"outlines nested deeper than {MAX_DEPTH} levels ({self._where()})")
        self.in_title = local == "title" and [s[0] for s in self.stack] == ["opml", "head"]
        folder: str | None = None
        if local == "outline":
            self.outlines += 1
            if self.outlines > MAX_OUTLINES:
                raise ParseError(f"more than {MAX_OUTLINES} outlines")
            folder = self._outline({k.lower(): v for k, v in attrs.items()})
        self.stack.append((local, folder))

    def _outline(self, attrs: dict[str, str]) -> str | None:
        """Take a feed outline; return the folder tag for a non-feed one."""
        title = clean_line(attrs.get("title") or attrs.get("text") or "")
        url = attrs.get("xmlurl")
        if url is None:
            link = attrs.get("url") or attrs.get("htmlurl")
            if link:
                self.out.skipped.append(Skipped(self._where(), f"{title!r}: a link, not a feed"))
                return None
            return title or None
        folders = [s[1] for s in self.stack if s[0] == "outline" and s[1]]
        tags = [*folders, *_categories(attrs.get("category") or "")]
        html = clean_line(attrs.get("htmlurl") or "")
        self.out.add(self._where(), clean_line(url) if url.strip() else "", title, tags,
                     html if html and feed_url_problem(html) is None else None)
        return None

    def _end(self, _name: str) -> None:
        self.stack.pop()
        self.in_title = False

    def _text(self, data: str) -> None:
        if self.in_title:
            self.title += data

    def read(self, data: bytes) -> SubscriptionList:
        try:
            self.parser.Parse(data, True)
        except expat.ExpatError as error:
            reason = expat.ErrorString(error.code) if error.code else str(error)
            raise ParseError(f"not well-formed OPML: {reason} (line {error.lineno})") from None
        if not self.seen_root:
            raise ParseError("not an OPML file (no <opml> element)")
        return self.out.result(clean_line(self.title))


def _char_ref(match: re.Match[bytes]) -> bytes:
    hexadecimal, decimal = match.group(1), match.group(2)
    digits = (hexadecimal or decimal).lstrip(b"0") or b"0"
    value = int(digits, 16 if hexadecimal else 10) if len(digits) <= 8 else -1
    if value in (0x9, 0xA, 0xD) or 0x20 <= value < 0xD800 or 0xE000 <= value <= 0xFFFD \
            or 0x10000 <= value <= 0x10FFFF:
        return match.group()
    return b"" if 0 <= value < 0x20 else b"&#xFFFD;"


def parse_opml(data: bytes) -> SubscriptionList:
    """Read an OPML subscription list; `ParseError` for a DOCTYPE, bad XML or non-OPML."""
    if len(data) > MAX_BYTES:
        raise ParseError(f"OPML file too large (over {MAX_BYTES // 2**20} MB)")
    if b"&#" in data:
        data = _CHAR_REF.sub(_char_ref, data)
    return _OpmlReader().read(data)


# -- newsboat urls -------------------------------------------------------------------------


def looks_like_urls(data: bytes, name: str = "") -> bool:
    """A newsboat `urls` file: named so, or every meaningful line starting with a URL."""
    if name == "urls" or name.endswith(".urls"):
        return True
    try:
        text = data[:65536].decode("utf-8-sig")
    except UnicodeDecodeError:
        return False
    lines = [ln.strip() for ln in text.splitlines()]
    meaningful = [ln for ln in lines if ln and not ln.startswith("#")]
    return bool(meaningful) and all(
        ln.startswith('"query:') or re.match(r"^[A-Za-z][A-Za-z0-9+.-]*://\S", ln) is not None
        or ln.startswith(_NEWSBOAT_LOCAL)
        for ln in meaningful)


def _tokens(line: str) -> list[str]:
    """Split a newsboat line: blanks separate, double quotes group, backslash escapes."""
    tokens: list[str] = []
    current: list[str] = []
    quoted = escaped = started = False
    for char in line:
        if escaped:
            current.append(char)
            escaped = False
        elif char == "\\" and quoted:
            escaped = True
        elif char == '"':
            quoted = not quoted
            started = True
        elif char.isspace() and not quoted:
            if started or current:
                tokens.append("".join(current))
            current, started = [], False
        else:
            current.append(char)
            started = True
    if started or current:
        tokens.append("".join(current))
    return tokens


def parse_urls(data: bytes | str) -> SubscriptionList:
    """Read a newsboat `urls` file: `URL tag "tag two" ~Title`, `#` comments."""
    text = data.decode("utf-8-sig", errors="replace") if isinstance(data, bytes) else data
    out = _Collector()
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        where = f"line {number}"
        if not line or line.startswith("#"):
            continue
        if line.startswith('"query:'):
            out.skipped.append(Skipped(where, "a newsboat query feed (a saved search), "
                                              "not a subscription"))
            continue
        url, *rest = _tokens(line)
        if url.startswith(_NEWSBOAT_LOCAL):
            out.skipped.append(Skipped(where, "a newsboat exec:/filter: source runs a local "
                                              "command; not imported"))
            continue
        title = ""
        tags: list[str] = []
        for token in rest:
            if token.startswith("~"):
                title = clean_line(token[1:])  # newsboat's way to rename a feed
            elif token.startswith("!"):
                continue  # newsboat's "hidden" marker: nothing to hide here
            elif clean_line(token):
                tags.append(clean_line(token))
        out.add(where, clean_line(url), title, tags, None)
    return out.result("")


# -- writing -------------------------------------------------------------------------------


def _outline(sub: Subscription, indent: str) -> str:
    attrs = [("type", "rss"), ("text", sub.title or sub.url), ("title", sub.title or sub.url),
             ("xmlUrl", sub.url)]
    if sub.link:
        attrs.append(("htmlUrl", sub.link))
    categories = [t for t in sub.tags if "," not in t and "/" not in t]
    if categories:
        attrs.append(("category", ",".join(f"/{t}" for t in categories)))
    return f"{indent}<outline " + " ".join(f"{k}={quoteattr(v)}" for k, v in attrs) + "/>"


def write_opml(subscriptions: Sequence[Subscription], title: str = "reader subscriptions",
               now: datetime | None = None) -> bytes:
    """OPML 2.0: feeds without tags at the top, others in a folder named by their first
    tag, every tag also in `category`, so reading the file back gives the same tags."""
    folders: dict[str, list[Subscription]] = {}
    loose: list[Subscription] = []
    for sub in subscriptions:
        (folders.setdefault(sub.tags[0], []) if sub.tags else loose).append(sub)
    stamp = format_datetime(now or datetime.now(UTC), usegmt=True)
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<opml version="2.0">',
        f"  <head>\n    <title>{escape(title)}</title>\n    <dateCreated>{stamp}</dateCreated>"
        "\n  </head>",
        "  <body>",
    ]
    lines.extend(_outline(sub, "    ") for sub in loose)
    for folder, subs in folders.items():
        lines.append(f"    <outline text={quoteattr(folder)} title={quoteattr(folder)}>")
        lines.extend(_outline(sub, "      ") for sub in subs)
        lines.append("    </outline>")
    lines.extend(["  </body>", "</opml>", ""])
    return "\n".join(lines).encode("utf-8")

