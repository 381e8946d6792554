"""The fast RSS/Atom path gives exactly what feedparser gives, or steps aside.

Every feed fixture and many generated feeds go through both `parse_feed` (fast path
first) and the feedparser-only reference; whenever the fast path accepts a document the
two results must be identical, warnings included. Documents it must never accept
(DOCTYPE, entities, other encodings, broken XML) are refused, so feedparser's defused
handling stays the only one for them.
"""

from __future__ import annotations

import random
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.model import ParsedDocument
from reader.parse.fastfeed import fast_result
from reader.parse.feeds import NotAFeed, _parse_with_feedparser, parse_feed

TESTS = Path(__file__).parent
FIXTURES = sorted(
    p for folder in (TESTS / "data" / "feeds", TESTS / "hostile" / "feeds")
    for p in folder.iterdir() if p.suffix in (".xml", ".rdf", ".atom", ".rss"))
BASE = "https://mirror.example.org/feeds/latest.xml"


def reference(data: bytes, base: str | None) -> ParsedDocument | str:
    try:
        return _parse_with_feedparser(data, base)
    except NotAFeed as error:
        return f"NotAFeed: {error}"


def assert_same(data: bytes, base: str | None = BASE) -> bool:
    """Both paths agree (warnings too); True when the fast path took the document."""
    if fast_result(data) is None:
        return False
    fast = parse_feed(data, base)
    slow = reference(data, base)
    assert isinstance(slow, ParsedDocument), slow
    assert fast == slow
    assert fast.warnings == slow.warnings
    assert [a.warnings for a in fast.articles] == [a.warnings for a in slow.articles]
    return True


@pytest.mark.parametrize("path", FIXTURES, ids=lambda p: p.name)
@pytest.mark.parametrize("base", [BASE, None])
def test_every_fixture_is_the_same_on_both_paths(path: Path, base: str | None) -> None:
    assert_same(path.read_bytes(), base)


def test_plain_fixtures_do_take_the_fast_path() -> None:
    taken = {p.name for p in FIXTURES if fast_result(p.read_bytes()) is not None}
    assert {"atom_rich.xml", "atom_live.xml", "atom_dates.xml", "rss_bidi.xml"} <= taken
    assert "billion_laughs.xml" not in taken and "atom_billion_laughs.xml" not in taken


def test_benchmark_feeds_take_the_fast_path_and_match() -> None:
    from benchmarks.refresh_server import TOWNS, Feed, render

    for n in range(12):
        feed = Feed(path=f"/f{n}", kind=("rss", "atom")[n % 2], title=f"Gazette {n}",
                    town=TOWNS[n % len(TOWNS)], seed=n, live=n % 3 == 0, french=n % 4 < 2)
        assert assert_same(render(feed, n, "http://127.0.0.2:8000")[0])


# -- what the fast path must refuse ---------------------------------------------------

RSS_HEAD = '<?xml version="1.0" encoding="utf-8"?>'
SIMPLE_RSS = ('<rss version="2.0"><channel><title>Le Val</title><item><title>{title}</title>'
              '<link>https://news.example.org/a</link></item></channel></rss>')


@pytest.mark.parametrize("document", [
    # Entities need a DOCTYPE: any declaration sends the document to the defused path.
    '<!DOCTYPE rss [<!ENTITY a "aaaa">]>' + SIMPLE_RSS.format(title="&a;"),
    '<!DOCTYPE rss SYSTEM "http://127.0.0.1:9/evil.dtd">' + SIMPLE_RSS.format(title="x"),
    '<!DOCTYPE rss [<!ENTITY e SYSTEM "file:///etc/passwd">]>' + SIMPLE_RSS.format(title="&e;"),
    SIMPLE_RSS.format(title="&nbsp;undeclared"),
    SIMPLE_RSS.format(title="&#xD800;"),
    SIMPLE_RSS.format(title="&#1;"),
    SIMPLE_RSS.format(title="<b>markup</b>"),
    SIMPLE_RSS.replace("<title>Le Val</title>", "<title>A</title><title>B</title>"),
    SIMPLE_RSS.replace('version="2.0"', 'version="0.91"'),
    SIMPLE_RSS.replace("<link>", '<link xmlns:x="urn:x" x:base="http://a/">'),
    SIMPLE_RSS.replace("<channel>", '<channel xmlns:media="http://search.yahoo.com/mrss/">'),
    SIMPLE_RSS.replace("</item>", "<author>desk@news.example.org (Desk)</author></item>"),
    SIMPLE_RSS.format(title="unclosed") .replace("</rss>", ""),
    '<feed xmlns="http://www.w3.org/2005/Atom"><entry><content type="xhtml">'
    '<div xmlns="http://www.w3.org/1999/xhtml">x</div></content></entry></feed>',
    '<feed xmlns="http://www.w3.org/2005/Atom"><entry><content src="http://a/"/></entry></feed>',
    '<feed xmlns="http://www.w3.org/2005/Atom"><entry><content type="image/png">AAAA'
    '</content></entry></feed>',
])
def test_doubtful_documents_are_left_to_feedparser(document: str) -> None:
    assert fast_result((RSS_HEAD + document).encode()) is None
    assert fast_result(document.encode()) is None


def test_other_encodings_are_left_to_feedparser() -> None:
    text = SIMPLE_RSS.format(title="Café")
    assert fast_result(f'<?xml version="1.0" encoding="iso-8859-1"?>{text}'.encode("latin-1")) \
        is None
    assert fast_result(text.encode("utf-16")) is None
    assert fast_result(text.encode("latin-1")) is None  # undeclared, not UTF-8
    assert fast_result(b"\xef\xbb\xbf" + text.encode()) is not None
    assert_same(b"\xef\xbb\xbf" + text.encode())


def test_entity_bomb_is_refused_before_any_parsing() -> None:
    lol = "".join(f'<!ENTITY l{n} "{f"&l{n - 1};" * 10}">' for n in range(1, 10))
    bomb = f'<!DOCTYPE rss [<!ENTITY l0 "lol">{lol}]>' + SIMPLE_RSS.format(title="&l9;")
    assert fast_result(bomb.encode()) is None
    doc = parse_feed(bomb.encode())
    assert all(len(a.title) < 1000 for a in doc.articles)


# -- generated feeds ------------------------------------------------------------------

PIECES = ["Le Val", "crue", "\u00a0:", "« citation »", "AT&T", "a < b", "x > y", "&amp;",
          "&lt;b&gt;gras&lt;/b&gt;", "&#233;", "&#x2019;", "Ã©t\u00e9", "\x85\x93q\x94", "\t",
          "  ", "\n", "💧", "O'Hara", '"dit"', "http://a.example/x?a=1&b=2", "&copy;",
          "]]", "x@y", "(Nom)", "&#160;", "é"]
HTML_BODIES = [
    "<p>Premier paragraphe.</p><p>Second, avec <a href=\"/rel\">un lien</a>.</p>",
    "<h2>Les infos à retenir</h2><ul><li>Un</li><li>Deux</li></ul><p>Suite.</p>",
    "Texte brut\n\nsur deux paragraphes",
    "<section><h2><time>10h32</time> Crue</h2><p>Le niveau monte.</p></section>",
    "", "   ", "<p>&eacute;t&eacute; &nbsp; chaud</p>",
]
DATES = ["Mon, 02 Mar 2026 06:00:00 GMT", "Mon, 02 Mar 2026 06:00:00 +0100",
         "2 Mar 2026 06:00 EST", "2026-03-02T06:00:00Z", "2026-03-02T06:00:00.5+02:00",
         "2026-03-02", "2026-03-02 06:00:00", "10000-01-01T00:00:00Z", "0000-01-01",
         "-2031-01-01", "hier soir", "", "Tue, 31 Feb 2026 10:00:00 GMT",
         "Sun, 06 Nov 1994 08:49:37 GMT", "20260302T060000Z", "Mon, 2 Mar 26 06:00 PST"]
BASES = [None, "http://news.example.org/base/", "/relative/", "javascript:alert(1)", "",
         "https://other.example.net/"]


def text_value(rng: random.Random) -> str:
    return "".join(rng.choice(PIECES) for _ in range(rng.randint(0, 5)))


def xml_text(value: str, rng: random.Random) -> str:
    """`value` as element content: escaped, or as CDATA when it can be."""
    if "]]>" not in value and rng.random() < 0.3:
        return f"<![CDATA[{value}]]>"
    return escape(value)


def base_attr(rng: random.Random) -> str:
    base = rng.choice(BASES) if rng.random() < 0.25 else None
    return f" xml:base={quoteattr(base)}" if base is not None else ""


def rss_item(rng: random.Random, n: int) -> str:
    parts: list[str] = []
    if rng.random() < 0.85:
        parts.append(f"<title{base_attr(rng)}>{xml_text(text_value(rng), rng)}</title>")
    if rng.random() < 0.7:
        link = rng.choice([f"https://news.example.org/a/{n}", f"/relative/{n}",
                           "a?x=1&amp;y=2", "  https://news.example.org/sp  ", ""])
        parts.append(f"<link>{link}</link>")
    if rng.random() < 0.7:
        attr = rng.choice(["", ' isPermaLink="false"', ' isPermaLink="true"'])
        guid = rng.choice([f"urn:uuid:{n}", f"https://news.example.org/g/{n}", f"g{n}", ""])
        parts.append(f"<guid{attr}>{guid}</guid>")
    if rng.random() < 0.6:
        parts.append(f"<description{base_attr(rng)}>"
                     f"{xml_text(rng.choice([*HTML_BODIES, text_value(rng)]), rng)}</description>")
    if rng.random() < 0.5:
        parts.append(f"<content:encoded>{xml_text(rng.choice(HTML_BODIES), rng)}"
                     "</content:encoded>")
    if rng.random() < 0.7:
        parts.append(f"<pubDate>{escape(rng.choice(DATES))}</pubDate>")
    if rng.random() < 0.3:
        parts.append(f"<dc:date>{escape(rng.choice(DATES))}</dc:date>")
    for _ in range(rng.randint(0, 3)):
        domain = rng.choice(["", ' domain="http://cat.example.org/"'])
        term = xml_text(rng.choice(["Météo", "sport", "Sport", "", " x "]), rng)
        parts.append(f"<category{domain}>{term}</category>")
    if rng.random() < 0.4:
        tag = rng.choice(["author", "dc:creator"])
        name = xml_text(rng.choice(["Jeanne Dupont", "", "  Léa  ", "x@y.org"]), rng)
        parts.append(f"<{tag}>{name}</{tag}>")
    if rng.random() < 0.2:
        parts.append('<enclosure url="https://news.example.org/a.mp3" length="1"'
                     ' type="audio/mpeg"/>')
    if rng.random() < 0.2:
        parts.append("<comments>https://news.example.org/c</comments>")
    rng.shuffle(parts)
    return f"<item{base_attr(rng)}>{''.join(parts)}</item>"


def rss_document(rng: random.Random) -> str:
    head = []
    if rng.random() < 0.9:
        head.append(f"<title>{xml_text(text_value(rng), rng)}</title>")
    if rng.random() < 0.8:
        head.append(f"<link>{rng.choice(['https://news.example.org/', '/home', 'a&amp;b'])}</link>")
    if rng.random() < 0.5:
        head.append("<description>Le journal du Val</description><language>fr</language>")
    if rng.random() < 0.3:
        head.append('<atom:link rel="self" href="https://news.example.org/feed.xml" '
                    'type="application/rss+xml"/>')
    if rng.random() < 0.3:
        head.append("<image><url>https://news.example.org/logo.png</url><title>Logo</title>"
                    "<link>https://news.example.org/img</link></image>")
    items = [rss_item(rng, n) for n in range(rng.randint(0, 5))]
    body = head + items
    if rng.random() < 0.3:
        rng.shuffle(body)
    declaration = rng.choice(['<?xml version="1.0" encoding="utf-8"?>', "",
                              "<?xml version='1.0' encoding='UTF-8'?>\n"])
    return (f'{declaration}<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"'
            f' xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">'
            f"<channel{base_attr(rng)}>{''.join(body)}</channel></rss>")


def atom_text(rng: random.Random, tag: str, value: str) -> str:
    kind = rng.choice(["", ' type="text"', ' type="html"', ' type="TEXT/HTML"',
                       ' type="text/plain"'])
    return f"<{tag}{kind}{base_attr(rng)}>{xml_text(value, rng)}</{tag}>"


def atom_entry(rng: random.Random, n: int) -> str:
    parts: list[str] = []
    if rng.random() < 0.85:
        parts.append(atom_text(rng, "title", text_value(rng)))
    if rng.random() < 0.8:
        ident = rng.choice([f"urn:uuid:{n}", f"/entries/{n}", f"tag:x,2026:{n}", ""])
        parts.append(f"<id>{ident}</id>")
    for _ in range(rng.randint(0, 2)):
        rel = rng.choice(["", ' rel="alternate"', ' rel="self"', ' rel="enclosure"',
                          ' rel="ALTERNATE"'])
        kind = rng.choice(["", ' type="text/html"', ' type="application/pdf"', ' type="xhtml"'])
        href = rng.choice([f"https://news.example.org/e/{n}", f"e/{n}", "http:///x", ""])
        parts.append(f"<link{rel}{kind} href={quoteattr(href)}{base_attr(rng)}/>")
    if rng.random() < 0.6:
        parts.append(atom_text(rng, "content", rng.choice(HTML_BODIES)))
    if rng.random() < 0.5:
        parts.append(atom_text(rng, "summary", rng.choice([*HTML_BODIES, text_value(rng)])))
    for tag in ("updated", "published"):
        if rng.random() < 0.6:
            parts.append(f"<{tag}>{escape(rng.choice(DATES))}</{tag}>")
    for _ in range(rng.randint(0, 3)):
        term = rng.choice(['term="sport"', 'term="Sport"', 'label="Météo"', 'scheme="s"', ""])
        text = rng.choice(["", "", "texte"])
        parts.append(f"<category {term}>{text}</category>")
    if rng.random() < 0.4:
        name = rng.choice(["Jeanne Dupont", "  Léa  ", "x@y.org"])
        extra = rng.choice(["", "<email>desk@news.example.org</email>", "<uri>/desk</uri>"])
        parts.append(f"<author><name>{escape(name)}</name>{extra}</author>")
    rng.shuffle(parts)
    return f"<entry{base_attr(rng)}>{''.join(parts)}</entry>"


def atom_document(rng: random.Random) -> str:
    head = []
    if rng.random() < 0.9:
        head.append(atom_text(rng, "title", text_value(rng)))
    for _ in range(rng.randint(0, 2)):
        rel = rng.choice(["", ' rel="alternate"', ' rel="self"'])
        head.append(f'<link{rel} href="{rng.choice(["https://news.example.org/", "/home"])}"/>')
    if rng.random() < 0.7:
        ident = rng.choice(["urn:uuid:feed", "https://news.example.org/id", "/id"])
        head.append(f"<id>{ident}</id>")
    if rng.random() < 0.5:
        head.append(f"<updated>{escape(rng.choice(DATES))}</updated>")
    if rng.random() < 0.3:
        head.append("<author><name>Rédaction</name></author><subtitle>Le Val</subtitle>")
    body = head + [atom_entry(rng, n) for n in range(rng.randint(0, 5))]
    if rng.random() < 0.3:
        rng.shuffle(body)
    return (f'<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"'
            f"{base_attr(rng)}>{''.join(body)}</feed>")


def _check_generated(seed: int, make: object) -> bool:
    rng = random.Random(seed)
    document = make(rng)  # type: ignore[operator]
    base = rng.choice([BASE, None, "http://127.0.0.1:8000/feed"])
    return assert_same(document.encode("utf-8"), base)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.integers(min_value=0, max_value=2**32))
def test_generated_rss_is_the_same_on_both_paths(seed: int) -> None:
    _check_generated(seed, rss_document)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.integers(min_value=0, max_value=2**32))
def test_generated_atom_is_the_same_on_both_paths(seed: int) -> None:
    _check_generated(seed, atom_document)


def test_most_generated_feeds_take_the_fast_path() -> None:
    """The equivalence above must not hold only because everything falls back."""
    for make in (rss_document, atom_document):
        taken = sum(_check_generated(seed, make) for seed in range(150))
        assert taken >= 40, (make.__name__, taken)
