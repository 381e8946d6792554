"""Subscription lists: OPML in and out, newsboat `urls` files, and what is refused."""

from __future__ import annotations

import pytest

from reader.parse import ParseError
from reader.parse.opml import (
    Subscription,
    looks_like_opml,
    looks_like_urls,
    parse_opml,
    parse_urls,
    write_opml,
)

NESTED = b"""<?xml version="1.0" encoding="UTF-8"?>
<opml version="2.0">
  <head><title>Les flux de Camille &amp; Jo</title></head>
  <body>
    <outline text="Actualit\xc3\xa9s">
      <outline text="R\xc3\xa9gion">
        <outline type="rss" text="Le Riverain de Saltmarsh" xmlUrl="https://saltmarsh.test/rss"
                 htmlUrl="https://saltmarsh.test/" category="/M\xc3\xa9t\xc3\xa9o,/Port"/>
      </outline>
      <outline type="rss" text="The Oakridge Courier" xmlUrl="http://oakridge.test/feed.atom"/>
      <outline type="rss" text="Trap" xmlUrl="javascript:alert(document.cookie)"/>
      <outline type="rss" text="Local file" xmlUrl="file:///etc/passwd"/>
    </outline>
    <outline type="link" text="Brindle town hall" url="https://brindle.test/"/>
    <outline type="rss" text="No folder" xmlUrl="https://millbrook.test/news.json"/>
  </body>
</opml>
"""


def test_nested_folders_become_tags_one_per_level() -> None:
    doc = parse_opml(NESTED)
    assert doc.title == "Les flux de Camille & Jo"
    by_url = {s.url: s for s in doc.subscriptions}
    assert set(by_url) == {"https://saltmarsh.test/rss", "http://oakridge.test/feed.atom",
                           "https://millbrook.test/news.json"}
    salt = by_url["https://saltmarsh.test/rss"]
    assert salt.tags == ("Actualités", "Région", "Météo", "Port")
    assert salt.title == "Le Riverain de Saltmarsh"
    assert salt.link == "https://saltmarsh.test/"
    assert by_url["http://oakridge.test/feed.atom"].tags == ("Actualités",)
    assert by_url["https://millbrook.test/news.json"].tags == ()


def test_non_http_outlines_are_skipped_with_line_and_reason() -> None:
    skipped = {s.where: s.reason for s in parse_opml(NESTED).skipped}
    assert skipped == {
        "line 11": "'Trap': not an http(s) URL (javascript:)",
        "line 12": "'Local file': not an http(s) URL (file:)",
        "line 14": "'Brindle town hall': a link, not a feed",
    }


@pytest.mark.parametrize("doctype", [
    b'<!DOCTYPE opml [<!ENTITY a "ha"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>',
    b'<!DOCTYPE opml SYSTEM "file:///etc/passwd">',
    b"<!DOCTYPE opml>",
])
def test_any_doctype_is_refused(doctype: bytes) -> None:
    doc = b'<?xml version="1.0"?>' + doctype + b'<opml version="2.0"><body>' \
        b'<outline xmlUrl="https://a.test/&b;"/></body></opml>'
    with pytest.raises(ParseError, match="DOCTYPE"):
        parse_opml(doc)


def test_undefined_entities_and_broken_xml_are_refused_with_a_line() -> None:
    with pytest.raises(ParseError, match="line 2"):
        parse_opml(b'<opml version="1.0"><body>\n<outline xmlUrl="https://a.test/&x;"/>'
                   b"</body></opml>")
    with pytest.raises(ParseError, match="not well-formed"):
        parse_opml(b'<opml version="1.0"><body><outline></body></opml>')
    with pytest.raises(ParseError, match="not an OPML file"):
        parse_opml(b'<rss version="2.0"><channel/></rss>')


def test_opml_1_attribute_case_and_repeated_feeds_merge_tags() -> None:
    doc = parse_opml(b"""<opml version="1.0"><body>
        <outline title="Sport"><outline XMLURL="https://a.test/f" TEXT="A"/></outline>
        <outline title="Harbour"><outline xmlurl="https://a.test/f" text="A again"/></outline>
        </body></opml>""")
    assert doc.subscriptions == (Subscription("https://a.test/f", "A", ("Sport", "Harbour")),)


def test_depth_is_bounded() -> None:
    deep = b"<opml><body>" + b"<outline text='x'>" * 100 + b"</outline>" * 100 + b"</body></opml>"
    with pytest.raises(ParseError, match="nested deeper"):
        parse_opml(deep)


def test_written_opml_reads_back_the_same_subscriptions() -> None:
    subs = [
        Subscription("https://a.test/feed?x=1&y=2", 'Le « Riverain » & <Cie> "quoted"',
                     ("Actualités", "Port"), "https://a.test/"),
        Subscription("https://b.test/rss", "The Northgate\u00a0Courier", ()),
        Subscription("https://c.test/atom", "", ("Actualités",)),
    ]
    text = write_opml(subs)
    assert looks_like_opml(text)
    back = {s.url: s for s in parse_opml(text).subscriptions}
    assert back["https://a.test/feed?x=1&y=2"] == subs[0]
    assert back["https://b.test/rss"] == subs[1]
    # A feed without a title is written with its URL as title, as readers expect.
    assert back["https://c.test/atom"].tags == ("Actualités",)
    assert b"<!DOCTYPE" not in text


URLS = """# Mes abonnements
https://saltmarsh.test/rss actu "vie locale" "~Le Riverain"
   # an indented comment
http://oakridge.test/feed.atom

"query:Non lus:unread = \\"yes\\""
exec:~/bin/make-feed.sh
filter:~/bin/clean.sh:https://fern.test/rss
ftp://old.test/feed.xml
https://saltmarsh.test/rss météo !hidden
"""


def test_newsboat_urls_tags_titles_and_skips() -> None:
    doc = parse_urls(URLS.encode("utf-8"))
    assert doc.subscriptions == (
        Subscription("https://saltmarsh.test/rss", "Le Riverain", ("actu", "vie locale", "météo")),
        Subscription("http://oakridge.test/feed.atom", "", ()),
    )
    reasons = {s.where: s.reason for s in doc.skipped}
    assert set(reasons) == {"line 6", "line 7", "line 8", "line 9"}
    assert "query feed" in reasons["line 6"]
    assert "local command" in reasons["line 7"] and "local command" in reasons["line 8"]
    assert reasons["line 9"] == "not an http(s) URL (ftp:)"


def test_sniffing_subscription_lists() -> None:
    assert looks_like_opml(b"\xef\xbb\xbf<?xml version='1.0'?>\n<!-- x --><opml>")
    assert not looks_like_opml(b"<rss version='2.0'>")
    assert looks_like_urls(b"anything", "urls")
    assert looks_like_urls(URLS.encode("utf-8"))
    assert not looks_like_urls(b"La Gazette\n\nUn titre\n")
    assert not looks_like_urls(b"# only a comment\n")
