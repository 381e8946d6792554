# ruff: noqa: E501 - the fixture table is data; one fixture per entry reads better unwrapped
"""Write the hostile fixtures: `uv run python tests/hostile/build.py` (from the repo root).

Every file is invented here (the outlets, people and news do not exist). `feeds/` holds
RSS, Atom, JSON Feed and OPML documents; `articles/` holds syndication text files and
saved HTML pages. Each carries the payloads of `payloads.py` in a different disguise:
raw bytes, numeric entities, CDATA, JSON escapes, percent escapes, markup look-alikes.
The files are committed; this script documents how they were made and rebuilds them.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from payloads import ALL, ALL_ST, DSR, MARKUP, OSC_TITLE, RLO, entity_encoded, json_escaped  # noqa: E402

E = entity_encoded(ALL)
J = json_escaped(ALL)
RAW = ALL_ST  # raw ESC bytes (not well-formed XML on purpose)
M = " ".join(MARKUP)
XMLM = M.replace("&", "&amp;").replace("<", "&lt;")


def rss(items: str, title: str = "Harbour Gazette", head: str = "", extra: str = "") -> str:
    return (f'<?xml version="1.0" encoding="utf-8"?>\n{head}<rss version="2.0"{extra}>'
            f"<channel><title>{title}</title><link>https://gazette.example/</link>"
            f"<description>Invented news</description>{items}</channel></rss>\n")


def item(title: str = "Ferry crews vote", link: str = "https://gazette.example/a",
         guid: str = "g-1", body: str = "<p>Crews return on Thursday.</p>",
         more: str = "") -> str:
    body = body.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return (f"<item><title>{title}</title><link>{link}</link><guid>{guid}</guid>"
            f"<description>{body}</description>{more}</item>")


def atom(entries: str, title: str = "Valley Courier", extra: str = "") -> str:
    return (f'<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom"'
            f"{extra}><title>{title}</title><id>urn:valley</id>"
            f"<updated>2031-05-01T08:00:00Z</updated>{entries}</feed>\n")


def entry(title: str = "Bridge reopens", link: str = "https://courier.example/b",
          ident: str = "urn:e1", more: str = "") -> str:
    return (f'<entry><title>{title}</title><link href="{link}"/><id>{ident}</id>'
            f"<updated>2031-05-01T08:00:00Z</updated>{more}"
            "<summary>The bridge carries traffic again.</summary></entry>")


def jsonfeed(items: list[dict[str, object]], raw_title: str = "Meadow Post") -> str:
    doc = {"version": "https://jsonfeed.org/version/1.1", "title": "@@T@@",
           "home_page_url": "https://meadow.example/", "items": items}
    return json.dumps(doc, ensure_ascii=True, indent=1).replace('"@@T@@"', f'"{raw_title}"')


def lol_bomb(root: str) -> str:
    lines = ['<!ENTITY lol0 "lol">'] + [
        f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, 10)]
    return ('<?xml version="1.0"?>\n<!DOCTYPE ' + root + " [\n" + "\n".join(lines) + "\n]>\n")


def quadratic(size: int, refs: int) -> str:
    head = f'<?xml version="1.0"?>\n<!DOCTYPE rss [\n<!ENTITY a "{"A" * size}">\n]>\n'
    return head + rss(item(body="x", more=f"<category>{'&a;' * refs}</category>")).split("\n", 1)[1]


FEEDS: dict[str, str | bytes] = {
    "rss_raw_controls.xml": rss(item(title=f"Raw{RAW}title", more=f"<author>a@b.example (Raw{RAW})</author>"),
                                title=f"Raw{RAW}feed"),
    "rss_entity_controls.xml": rss(item(title=f"Ent{E}title", guid=f"g{E}",
                                        more=f"<author>desk@gazette.example (Ann{E})</author>"
                                        f"<category>cat{E}</category>"), title=f"Feed{E}"),
    "rss_hex_c1.xml": rss(item(title="C1 &#x9b;31m and &#x1B;[6n and &#155;2J done")),
    "rss_surrogate_refs.xml": rss(item(title="Bad refs &#xD800; &#55296; &#x110000; &#99999999999999999; &#xDFFF end")
                                  + item(title="The second entry survives", guid="g-2")),
    "rss_cdata_html.xml": rss(item(body=f"<p>cdata {E}</p><script>alert(1)</script>")
                              .replace("<description>", "<description><![CDATA[")
                              .replace("</description>", "]]></description>")),
    "rss_cdata_raw.xml": rss(f"<item><title><![CDATA[Raw cdata{RAW}]]></title><guid>c1</guid></item>"),
    "rss_markup.xml": rss(item(title=XMLM, more=f"<category>{XMLM}</category><author>x@y.example ({XMLM})</author>"),
                          title=XMLM),
    "rss_bidi.xml": rss(item(title=f"Bidi {RLO}gnp.exe\u2066x\u2069 &#x202E;evil &#8294;iso",
                             more="<category>&#x202D;lro&#x202C;</category>")),
    "rss_links_scripts.xml": rss(
        item(link="javascript:alert(1)", guid="j1") + item(link="JaVa&amp;#115;cript:alert(2)", guid="j2")
        + item(link="java&#9;script:alert(3)", guid="j3") + item(link="data:text/html,x", guid="j4")
        + item(link=" -http://gazette.example/x", guid="j5")),
    "rss_links_file.xml": rss(item(link="file:///etc/passwd", guid="f1")
                              + item(link="../../../../etc/passwd", guid="f2")
                              + item(link="/etc/passwd", guid="f3")),
    "rss_xml_base_file.xml": rss(item(link="passwd", guid="b1"), extra=' xml:base="file:///etc/"'),
    "rss_dates.xml": rss("".join(item(guid=f"d{i}", title=f"Date {i}", more=f"<pubDate>{d}</pubDate>")
                                 for i, d in enumerate([
                                     "Sat, 01 Jan 0000 00:00:00 GMT", "Fri, 31 Dec 10000 23:59:59 GMT",
                                     "Mon, 01 Jan 99999 00:00:00 GMT", "Mon, 01 Jan -0001 00:00:00 GMT",
                                     "Fri, 31 Dec 9999 23:59:59 -1200", "not a date \x1b[6n"]))),
    "rss_duplicate_guids.xml": rss("".join(item(title=f"Copy {n}", guid="same", body=f"<p>v{n}</p>")
                                           for n in range(3))),
    "rss_enclosures.xml": rss(item(more=f'<enclosure url="http://gazette.example/e{E}.mp3" '
                                   f'length="1" type="audio/mpeg"/><media:title>Enc{E}</media:title>'
                                   f'<media:content url="javascript:x" medium="image"><media:title>Med{E}'
                                   "</media:title></media:content>"),
                              extra=' xmlns:media="http://search.yahoo.com/mrss/"'),
    "rss_huge_title.xml": rss(item(title="Long " * 5000 + E)),
    "rss_billion_laughs.xml": lol_bomb("rss") + rss(item(title="&lol9;")).split("\n", 1)[1],
    "rss_quadratic_small.xml": quadratic(5000, 400),
    "rss_external_entity.xml": '<?xml version="1.0"?>\n<!DOCTYPE rss [\n<!ENTITY xxe SYSTEM "hostile-secret.txt">\n'
                               '<!ENTITY xxe2 SYSTEM "file:///etc/hostname">\n]>\n'
                               + rss(item(title="Secret &xxe; &xxe2; end")).split("\n", 1)[1],
    "rss_parameter_entity.xml": '<?xml version="1.0"?>\n<!DOCTYPE rss [\n<!ENTITY % p SYSTEM "http://127.0.0.1:9/evil.dtd">\n%p;\n]>\n'
                                + rss(item(title="Parameter entity")).split("\n", 1)[1],
    "rss_external_dtd.xml": '<?xml version="1.0"?>\n<!DOCTYPE rss SYSTEM "http://127.0.0.1:9/rss.dtd">\n'
                            + rss(item(title="External DTD")).split("\n", 1)[1],
    "rss_unterminated_doctype.xml": '<?xml version="1.0"?>\n<!DOCTYPE rss [\n<!ENTITY a "' + "B" * 2000
                                    + '\n<rss version="2.0"><channel><title>x</title></channel></rss>',
    "rss_entity_outside_doctype.xml": '<?xml version="1.0"?>\n<!DOCTYPE rss>\n<!ENTITY a "' + "C" * 3000
                                      + '">\n' + rss(item(title="&a;&a;&a;&a;")).split("\n", 1)[1],
    "rss_utf16_quadratic.xml": (quadratic(3000, 300).replace('<?xml version="1.0"?>',
                                                             '<?xml version="1.0" encoding="utf-16"?>')
                                .encode("utf-16")),
    "rss_utf7_hidden_doctype.xml": ('<?xml version="1.0" encoding="utf-7"?>\n<!DOCTYPE rss [\n<!ENTITY a "'
                                    + "D" * 3000 + '">\n]>\n' + rss(item(title="&a;" * 300)).split("\n", 1)[1]
                                    ).encode("utf-7"),
    "rss_charset_x_evil.xml": rss(item(title="Caf\u00e9 \u2014 ok")).replace(
        'encoding="utf-8"', 'encoding="x-evil"').encode("cp1252"),
    "rss_deep_nesting.xml": rss(item(body="<div>" * 5000 + "deep" + "</div>" * 5000)),
    "rss_nul_bytes.xml": rss(item(title="nul\x00byte")),
    "rss_percent_escapes.xml": rss(item(link="https://gazette.example/%1b%5b6n%E2%80%AE%00x",
                                        title="Percent %1b]0;PWNED%07 %E2%80%AE")),
    "rss_many_entries.xml": rss("".join(item(title=f"Entry {n}{E}", guid=f"m{n}") for n in range(120))),
    "atom_html_title.xml": atom(entry(title=f'<![CDATA[<b>Atom{E}</b>]]>', more=f'<content type="html">&lt;p&gt;{E}&lt;/p&gt;</content>')
                                .replace("<title>", '<title type="html">')),
    "atom_xhtml_content.xml": atom(entry(more=f'<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">'
                                         f"<p>xhtml {E}</p><script>x</script></div></content>")),
    "atom_author_uri.xml": atom(entry(more=f"<author><name>Nia{E}</name><uri>javascript:alert(1)</uri>"
                                      f"<email>n{E}@x.example</email></author>")),
    "atom_xml_base_javascript.xml": atom(entry(link="alert(1)"), extra=' xml:base="javascript:"'),
    "atom_xml_base_relative.xml": atom(entry(link="../../story"),
                                       extra=' xml:base="https://courier.example/a/b/"'),
    "atom_dates.xml": atom("".join(entry(ident=f"urn:d{i}", title=f"D{i}").replace(
        "<updated>2031-05-01T08:00:00Z</updated>", f"<updated>{d}</updated><published>{d}</published>")
        for i, d in enumerate(["0000-01-01T00:00:00Z", "9999-12-31T23:59:59-05:00",
                               "10000-01-01T00:00:00Z", "2031-02-30T10:00:00Z", "-2031-01-01T00:00:00Z"]))),
    "atom_categories.xml": atom(entry(more=f'<category term="t{E}" label="{XMLM}"/><category term="{XMLM}"/>')),
    "atom_duplicate_ids.xml": atom("".join(entry(ident="urn:same", title=f"Copy {n}") for n in range(4))),
    "atom_billion_laughs.xml": lol_bomb("feed") + atom(entry(title="&lol9;&lol9;")).split("\n", 1)[1],
    "atom_source_title.xml": atom(entry(more=f"<source><title>Src{E}</title></source><rights>R{E}</rights>"),
                                  title=f"Atom feed {E}"),
    # json.dumps(ensure_ascii=True) writes every payload character as a `\u` escape.
    "json_controls.json": jsonfeed([{"id": f"j{ALL}", "title": f"Json{ALL}", "content_text": f"Body {ALL}",
                                     "authors": [{"name": f"Auth{ALL}"}], "tags": [f"tag{ALL}", M],
                                     "url": f"https://meadow.example/{ALL}"}], raw_title=f"Meadow{J}"),
    "json_surrogates.json": jsonfeed([{"id": "s1", "title": "Lone \ud800 and \udfff and \ud83d",
                                       "content_html": "<p>x \udc00</p>"}]),
    "json_markup.json": jsonfeed([{"id": "m1", "title": M, "content_text": M, "tags": list(MARKUP)}],
                                 raw_title=json_escaped(M)),
    "json_links.json": jsonfeed([{"id": f"l{n}", "title": f"Link {n}", "url": u, "content_text": "x"}
                                 for n, u in enumerate(["javascript:alert(1)", "file:///etc/passwd",
                                                        "../../etc/passwd", "-http://meadow.example/",
                                                        "https://meadow.example/\u202egpj.exe"])]),
    "json_deep_nesting.json": '{"version": "https://jsonfeed.org/version/1.1", "title": "Deep", "items": '
                              + "[" * 100000 + "]" * 100000 + "}",
    "json_huge_numbers.json": '{"version": "https://jsonfeed.org/version/1.1", "title": "Num", "items": '
                              '[{"id": ' + "9" * 10000 + ', "title": "big"}, {"id": 1e999999, "title": "inf"}]}',
    "json_wrong_types.json": jsonfeed([{"id": ["x"], "title": {"a": 1}, "content_html": 5, "tags": "t",
                                        "authors": "nobody", "date_published": 7}, "not an item", None]),
    "json_dates.json": jsonfeed([{"id": f"d{n}", "title": f"D{n}", "date_published": d, "content_text": "x"}
                                 for n, d in enumerate(["0000-01-01T00:00:00Z", "99999-01-01T00:00:00Z",
                                                        "9999-12-31T23:30:00-05:00", "2031-13-45", "\u001b[6n"])]),
    "opml_doctype.opml": lol_bomb("opml") + '<opml version="2.0"><head><title>&lol9;</title></head><body>'
                         '<outline text="x" xmlUrl="https://a.example/feed"/></body></opml>',
    "opml_controls.opml": '<?xml version="1.0"?>\n<opml version="2.0"><head><title>Subs' + E + "</title></head><body>"
                          f'<outline text="News{E}"><outline text="Feed{E}" xmlUrl="https://a.example/f" '
                          f'category="c{E}"/>'
                          '<outline text="js" xmlUrl="javascript:alert(1)"/>'
                          '<outline text="file" xmlUrl="file:///etc/passwd"/>'
                          '<outline text="exec" xmlUrl="exec:touch /tmp/hostile-pwned"/>'
                          '<outline text="ctl" xmlUrl="https://a.example/&#27;[6n"/>'
                          "</outline></body></opml>",
    "opml_deep.opml": '<?xml version="1.0"?>\n<opml version="2.0"><body>' + '<outline text="f">' * 200
                      + "</outline>" * 200 + "</body></opml>",
    "opml_markup.opml": '<?xml version="1.0"?>\n<opml version="2.0"><head><title>' + XMLM
                        + f'</title></head><body><outline text="{XMLM}" xmlUrl="https://b.example/f"/>'
                          "</body></opml>",
}


def syndication(outlet: str, headline: str, body: str, link: str = "https://press.example/a",
                author: str = "", date: str = "2031-03-04 10:20:30", tags: str = "Press",
                caption: str | None = "A harbour at dawn", newline: str = "\n") -> str:
    lines = [outlet, "", headline, ""]
    if caption is not None:
        lines.append(caption)
    lines += ["", "", "", "", body, "", "", "", f"Source link : {link}", "", f"Author :{author}", "",
              f"Publish date : {date}", "", "Copyright for syndicated content belongs to the linked Source.",
              "", f"Tags :{tags}", "Exit mobile version"]
    return newline.join(lines)


def page(title: str, body: str, head: str = "") -> str:
    return (f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{title}</title>{head}</head>"
            f"<body><article><h1>{title}</h1>{body}</article></body></html>")


ARTICLES: dict[str, str | bytes] = {
    "synd_escapes.txt": syndication(f"Outlet{ALL_ST}", f"Headline{ALL_ST}", f"Body one.{ALL_ST}Body two.",
                                    author=f"Writer{ALL_ST}", tags=f"Tag{ALL_ST},Other"),
    "synd_c1_bidi.txt": syndication("Outlet", f"C1\x9b31m and {RLO}txt.exe", f"Text \x85 nel \u2028 ls {RLO}",
                                    caption=f"Cap\x9d{RLO}"),
    "synd_markup.txt": syndication(M, MARKUP[1] + " quits?", f"{M} in the body.", author=M, tags=",".join(MARKUP)),
    "synd_link_javascript.txt": syndication("Outlet", "Script link", "Body.", link="javascript:alert(1)"),
    "synd_link_relative.txt": syndication("Outlet", "Relative link", "Body.", link="../../../etc/passwd"),
    "synd_link_file.txt": syndication("Outlet", "File link", "Body.", link="file:///etc/passwd"),
    "synd_link_dash.txt": syndication("Outlet", "Dash link", "Body.", link="-http://press.example/x"),
    "synd_bad_dates.txt": syndication("Outlet", "Year zero", "Body.", date="0000-01-01 00:00:00"),
    "synd_far_date.txt": syndication("Outlet", "Year ten thousand", "Body.", date="10000-01-01 00:00:00"),
    "synd_crlf_bom.txt": ("\ufeff" + syndication("Outlet", f"CRLF{OSC_TITLE}", f"Body{DSR}.", newline="\r\n")).encode(),
    "synd_cp1252.txt": syndication("Outlet", "Legacy \x81\x8d bytes", "Body.").encode("latin-1"),
    "synd_long_body.txt": syndication("Outlet", "Very long", ("Word " * 20000) + ALL_ST),
    "synd_only_escapes.txt": syndication(ALL, ALL, ALL, caption=None),
    "synd_osc8.txt": syndication("Outlet", "Hyperlink\x1b]8;;file:///etc/passwd\x1b\\click\x1b]8;;\x1b\\", "Body."),
    "html_entities.html": page(f"Page{E}", f"<p>Para{E}</p><img src='x' alt='Alt{E}'>",
                               head=f"<meta property='og:title' content='Og{E}'><meta name='author' content='Au{E}'>"
                                    f"<meta name='keywords' content='k{E},{XMLM}'>"),
    "html_script_style.html": page("Scripts", f"<script>document.write('{ALL}')</script><style>p{{}}</style>"
                                   f"<noscript>{E}</noscript><p>Visible</p>"),
    "html_jsonld.html": page("LD", "<p>x</p>", head='<script type="application/ld+json">'
                             + json.dumps({"@type": "LiveBlogPosting", "headline": f"LD{ALL}",
                                           "url": "javascript:alert(1)", "author": {"name": f"A{ALL}"},
                                           "keywords": [f"k{ALL}", M], "liveBlogUpdate": [
                                               {"headline": f"U{ALL}", "articleBody": f"B{ALL}",
                                                "datePublished": "10000-01-01T00:00:00Z"}]}) + "</script>"),
    "html_canonical_relative.html": page("Canonical", "<p>x</p>",
                                         head="<link rel='canonical' href='../../etc/passwd'>"),
    "html_og_url_file.html": page("Og url", "<p>x</p>", head="<meta property='og:url' content='file:///etc/passwd'>"),
    "html_deep_nesting.html": page("Deep", "<div>" * 10000 + "<p>deep text</p>" + "</div>" * 10000),
    "html_charset_evil.html": ("<html><head><meta charset='x-evil'><title>Caf\u00e9</title></head><body><p>"
                               "Caf\u00e9 \u2014 text</p></body></html>").encode("cp1252"),
    "html_bidi_markup.html": page(f"{RLO}Bidi {XMLM}", f"<p>{RLO}{XMLM}&#x2066;iso</p>"),
    "html_utf16.html": ("\ufeff" + page(f"Utf16{ALL}", f"<p>{ALL}</p>")).encode("utf-16-le"),
    "html_dates.html": page("Dates", "<p>x</p>", head="<meta property='article:published_time' content='0000-01-01T00:00:00Z'>"),
}


def main() -> None:
    for folder, files in (("feeds", FEEDS), ("articles", ARTICLES)):
        target = HERE / folder
        target.mkdir(exist_ok=True)
        for name, content in files.items():
            data = content if isinstance(content, bytes) else content.encode("utf-8", "surrogatepass")
            (target / name).write_bytes(data)
    print(f"{len(FEEDS)} feeds, {len(ARTICLES)} articles written under {HERE}")


if __name__ == "__main__":
    main()
