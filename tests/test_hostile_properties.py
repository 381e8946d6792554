"""Properties, over generated input, of the sanitiser, the link policy, dates and the parser.

The suite loads a derandomised hypothesis profile when CI is set (tests/conftest.py).
"""

from __future__ import annotations

import contextlib
import html
import string
from datetime import datetime

from hostile.payloads import FORBIDDEN
from hypothesis import given
from hypothesis import strategies as st

from reader.links import LinkRefused, checked_link
from reader.parse import ParseError, parse_bytes
from reader.parse.dates import parse_local_datetime
from reader.parse.feeds import parse_feed
from reader.parse.html_common import parse_iso_datetime
from reader.text import clean, clean_line

# Text rich in what terminals act on: controls, C1, bidi, surrogates, newlines of all kinds.
NASTY = st.sampled_from(
    list("\x00\x07\x08\x0b\x0c\r\x1b\x7f\x85\x9b\x9c\u2028\u2029\u202a\u202e\u2066\u2069"
         "\ud800\udfff\t\n [];@=/:&#")
)
texts = st.text(alphabet=st.one_of(NASTY, st.characters()), max_size=60)
printable = st.text(alphabet=st.characters(
    blacklist_categories=("Cc", "Cs", "Zl", "Zp"),
    blacklist_characters="\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"), max_size=60)


@given(texts)
def test_clean_leaves_nothing_a_terminal_acts_on_and_is_idempotent(text: str) -> None:
    out = clean(text)
    assert not FORBIDDEN.search(out)
    assert clean(out) == out
    line = clean_line(text)
    assert not FORBIDDEN.search(line) and "\n" not in line and clean_line(line) == line


@given(printable)
def test_clean_leaves_printable_text_alone(text: str) -> None:
    assert clean(text) == text


@given(texts)
def test_clean_after_entity_decoding(text: str) -> None:
    encoded = "".join(f"&#{ord(c)};" if ord(c) < 0xD800 or ord(c) > 0xDFFF else c for c in text)
    assert not FORBIDDEN.search(clean(html.unescape(encoded)))


SCHEMES = st.sampled_from(["http", "https", "HTTP", "hTTpS", "javascript", "JaVa&#115;cript",
                           "java\tscript", "file", "data", "vbscript", "h\ttp", "ht\ntp",
                           "\x00http", "ｈｔｔｐ", "-http", "", "ftp"])
HOSTS = st.sampled_from(["news.example", "[::1]", "EX\u0430MPLE.test", "a.test\\@b.test",
                         "user:pw@news.example", "", "news.example:8080", "\u202enews.example",
                         "[::1", "news.example:99999", "-x.example"])


@given(SCHEMES, st.sampled_from([":", "&#58;", "&colon;", ":/", "://"]), HOSTS, texts)
def test_checked_link_lets_only_safe_http_urls_through(
    scheme: str, colon: str, host: str, rest: str,
) -> None:
    url = f"{scheme}{colon}//{host}/{rest}" if colon == "://" else f"{scheme}{colon}{host}{rest}"
    try:
        out = checked_link(url)
    except LinkRefused as refused:
        assert "[" not in str(refused) and not FORBIDDEN.search(str(refused))
        return
    assert out.startswith(("http://", "https://"))
    assert not out.startswith("-") and out.isascii() is out.isascii()
    assert not any(ord(c) <= 0x20 or 0x7F <= ord(c) <= 0x9F for c in out)
    assert not FORBIDDEN.search(out)
    host_part = out.split("/", 3)[2]
    assert host_part.isascii() and "\\" not in host_part
    assert checked_link(out) == out  # stable: checking again changes nothing


@given(texts)
def test_checked_link_never_raises_anything_else(url: str) -> None:
    try:
        out = checked_link(url)
    except LinkRefused:
        return
    assert out.startswith(("http://", "https://")) and not FORBIDDEN.search(out)


@given(st.integers(-20000, 30000), st.integers(0, 14), st.integers(0, 33),
       st.sampled_from(["", "Z", "+05:00", "-12:00", "+14:00"]))
def test_iso_dates_outside_1_to_9999_are_none(year: int, month: int, day: int, zone: str) -> None:
    stamp = f"{year:04d}-{month:02d}-{day:02d}T12:00:00{zone}"
    parsed = parse_iso_datetime(stamp)
    assert parsed is None or 1 <= parsed.year <= 9999
    if parsed is not None:
        assert 1 <= year <= 9999
    local = parse_local_datetime(f"{year:04d}-{month:02d}-{day:02d} 10:20:30")
    if local is not None:
        assert local == datetime(year, month, day, 10, 20, 30)


@given(st.integers(-20000, 30000), st.integers(1, 12), st.integers(1, 28),
       st.sampled_from(["Z", "+05:00", "-12:00"]), st.booleans())
def test_feed_dates_are_in_range_or_none(
    year: int, month: int, day: int, zone: str, atom: bool,
) -> None:
    iso = f"{year:04d}-{month:02d}-{day:02d}T12:00:00{zone}"
    if atom:
        data = ('<feed xmlns="http://www.w3.org/2005/Atom"><title>t</title><entry><id>e</id>'
                f"<title>x</title><updated>{iso}</updated></entry></feed>")
    else:
        rfc = f"Mon, {day:02d} Jan {year} 12:00:00 GMT"
        data = (f'<rss version="2.0"><channel><title>t</title><item><guid>e</guid>'
                f"<title>x</title><pubDate>{rfc}</pubDate></item></channel></rss>")
    [article] = parse_feed(data.encode()).articles
    assert article.published is None or 1 <= article.published.year <= 9999
    if article.published is not None and atom:
        assert abs(article.published.year - year) <= 1  # never another year made up


PREFIXES = st.sampled_from([b"", b"<?xml version='1.0'?>", b"<rss version='2.0'>", b"{",
                            b"<feed xmlns='http://www.w3.org/2005/Atom'>", b"<!DOCTYPE html>",
                            b"<!DOCTYPE rss [<!ENTITY a 'x'>]>", b"\xef\xbb\xbf", b"\xff\xfe",
                            b'{"version": "https://jsonfeed.org/version/1.1", "items": [',
                            b"<opml>", b"[", b"Outlet\n\nTitle\n\n"])


@given(PREFIXES, st.binary(max_size=300), st.sampled_from(["", "a.txt", "a.html", "a.json",
                                                            "a.xml"]))
def test_parse_bytes_raises_nothing_but_parse_error(prefix: bytes, body: bytes, name: str) -> None:
    try:
        doc = parse_bytes(prefix + body, name=name)
    except ParseError as error:
        assert str(error) and not FORBIDDEN.search(str(error))
        return
    for article in doc.articles:
        for text in (article.title, article.outlet, *article.lead, *article.tags):
            assert not FORBIDDEN.search(text)


@given(st.text(alphabet=string.printable + "\x1b\x9b\u202e&#;<>", max_size=200))
def test_parse_bytes_on_text_with_markup_bits(text: str) -> None:
    with contextlib.suppress(ParseError):
        parse_bytes(text.encode("utf-8"))
