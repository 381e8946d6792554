"""Turn bytes (a file, a fetched body) into a `ParsedDocument`, whatever the format.

`parse_bytes` sniffs the format: JSON Feed, an XML feed (RSS/Atom/RDF), an HTML page, or
the syndication text the scraper saves. Bad input never escapes as a traceback: it is a
`ParseError` with a one-line message, or a result carrying warnings.
"""

from __future__ import annotations

import codecs
import os
import re
import stat
from pathlib import Path

from reader.model import ParsedDocument
from reader.parse.errors import ParseError

__all__ = ["ParseError", "parse_bytes", "parse_path"]

DEFAULT_MAX_BYTES = 64 * 2**20

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"\x7fELF", "a program"),
)
_BOM_STARTS = tuple(bom for bom, _encoding in _BOMS)
_MAGIC_STARTS = tuple(magic for magic, _what in _MAGIC)
# C0 controls that never appear in text files (tab, newlines, form feed and ESC excepted).
# Counted as what `bytes.translate` deletes: a C loop, no match objects.
_CONTROL_BYTES = bytes([*range(0x01, 0x09), *range(0x0E, 0x1B), *range(0x1C, 0x20)])
_XML_FEED = re.compile(r"<(?:[\w-]+:)?(?:rss|feed|rdf)\b", re.IGNORECASE)
_HTML = re.compile(r"<(?:!doctype\s+html|html|head|body)\b", re.IGNORECASE)


def parse_path(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> ParsedDocument:
    """Parse the file at `path`, refusing (ParseError) one larger than `max_bytes`.

    Only a regular file is read: opened without blocking and checked with fstat, so
    `reader parse` on a named pipe or a device (`/dev/zero`) ends at once with a reason
    instead of hanging or reading 64 MB of nothing.
    """
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0)
                     | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0))
    except OSError as error:
        reason = error.strerror or type(error).__name__
        raise ParseError(f"cannot read {path.name}: {reason}") from None
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            what = "a named pipe" if stat.S_ISFIFO(mode) else "a device file" if (
                stat.S_ISCHR(mode) or stat.S_ISBLK(mode)) else "not a regular file"
            raise ParseError(f"cannot read {path.name}: {what}")
        with os.fdopen(fd, "rb", closefd=False) as handle:
            data = handle.read(max_bytes + 1)
    except OSError as error:
        reason = error.strerror or type(error).__name__
        raise ParseError(f"cannot read {path.name}: {reason}") from None
    finally:
        os.close(fd)
    if len(data) > max_bytes:
        raise ParseError(f"file too large (over {_size(max_bytes)})")
    return parse_bytes(data, name=path.name)


def parse_bytes(data: bytes, name: str = "", base_url: str | None = None) -> ParsedDocument:
    """Sniff the format of `data` and parse it; `name` (a file name) only breaks ties."""
    text, warnings = _decode(data)
    head = text.lstrip("\ufeff \t\r\n")[:4096]
    kind = _sniff(head, name.lower())
    if kind == "syndication":
        from reader.parse.syndication import parse_syndication

        article = parse_syndication(text)
        return ParsedDocument(feed=None, articles=(article,), warnings=tuple(warnings))
    try:
        if kind == "html":
            from reader.parse.html import parse_html_page

            doc = parse_html_page(data, base_url)
        else:
            from reader.parse.feeds import parse_feed

            doc = parse_feed(data, base_url)
    except ParseError:
        raise
    except ImportError:
        raise ParseError(f"this build cannot read {kind} files") from None
    except (ValueError, TypeError, KeyError, IndexError, AttributeError, RecursionError,
            ArithmeticError) as error:
        # A bug or an unforeseen shape in a delegate must still reach the user as a line.
        raise ParseError(f"could not parse this {kind} file ({type(error).__name__})") from None
    if warnings:
        doc = ParsedDocument(feed=doc.feed, articles=doc.articles,
                             warnings=(*warnings, *doc.warnings))
    return doc


def _decode(data: bytes) -> tuple[str, list[str]]:
    """The text of `data` and the warnings decoding it raised; ParseError for binaries."""
    if not data or data.isspace():  # (not `strip()`: no copy of the file)
        raise ParseError("empty file")
    for bom, encoding in _BOMS if data.startswith(_BOM_STARTS) else ():
        if data.startswith(bom):
            try:
                text = data[len(bom):].decode(encoding)
            except UnicodeDecodeError:
                shown = encoding.upper()
                raise ParseError(f"not valid {shown} despite its byte-order mark") from None
            if not text.strip():
                raise ParseError("empty file")
            return text, []
    for magic, what in _MAGIC if data.startswith(_MAGIC_STARTS) else ():
        if data.startswith(magic):
            raise ParseError(f"binary data, not text (looks like {what})")
    sample = data[:65536]
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    if b"\x00" in sample or controls > max(2, len(sample) // 200):
        raise ParseError("binary data, not text")
    try:
        return data.decode("utf-8"), []
    except UnicodeDecodeError:
        pass
    # cp1252 leaves five bytes undefined; they become U+FFFD rather than an error.
    text = data.decode("cp1252", errors="replace")
    return text, ["not valid UTF-8; read as Windows-1252 (some characters may be wrong)"]


def _sniff(head: str, name: str) -> str:
    """`json`, `xml`, `html` or `syndication`, from the first characters of the text."""
    # A JSON Feed is an object. A `[` opens JSON only in a `.json` file: a syndication
    # file's first line (the outlet) may well start with one (`[Update] Le Journal`).
    if head.startswith("{") or (head.startswith("[") and name.endswith(".json")):
        return "json"
    if head.startswith("<"):
        if _XML_FEED.search(head) and not _HTML.search(head[:512]):
            return "xml"
        if _HTML.search(head) or name.endswith((".html", ".htm", ".xhtml")):
            return "html"
        return "xml"
    if name.endswith((".html", ".htm")) and _HTML.search(head):
        return "html"
    return "syndication"


def _size(n: int) -> str:
    return f"{n / 2**20:g} MB" if n >= 2**20 else f"{n} bytes"
