"""Hostile feeds and article files through the real parsers, the importer and `reader parse`.

Every fixture under tests/hostile/ carries terminal payloads (escape sequences, C1 controls,
bidi overrides) in some disguise. Whatever the disguise, what comes out - the parsed model,
the library, `reader parse --format text/json` - holds none of them, markup look-alikes stay
literal text, links that reach a browser are http(s) only, and XML entity bombs cost
neither memory nor time.
"""

from __future__ import annotations

import dataclasses
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from hostile.payloads import FORBIDDEN, MARKUP

from reader.cli import main as cli_main
from reader.links import LinkRefused, checked_link
from reader.model import ArticleQuery
from reader.parse import ParseError, parse_bytes, parse_path
from reader.parse.feeds import parse_feed
from reader.parse.opml import feed_url_problem, looks_like_opml, parse_opml
from reader.services.importer import import_paths
from reader.store import Library

HOSTILE = Path(__file__).parent / "hostile"
FEEDS = sorted((HOSTILE / "feeds").iterdir())
ARTICLES = sorted((HOSTILE / "articles").iterdir())
ALL_FILES = FEEDS + ARTICLES


def strings(value: object, where: str = "doc") -> Iterator[tuple[str, str]]:
    """Every string inside a parsed result (dataclasses, tuples, lists), with its path."""
    if isinstance(value, str):
        yield where, value
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for item in dataclasses.fields(value):
            yield from strings(getattr(value, item.name), f"{where}.{item.name}")
    elif isinstance(value, tuple | list):
        for index, item in enumerate(value):
            yield from strings(item, f"{where}[{index}]")


def dirty(value: object) -> list[tuple[str, str]]:
    return [(where, text[:80]) for where, text in strings(value) if FORBIDDEN.search(text)]


def parse_any(path: Path) -> object:
    data = path.read_bytes()
    if looks_like_opml(data):
        return parse_opml(data)
    return parse_bytes(data, name=path.name)


def doc(name: str) -> object:
    return parse_any(next(p for p in ALL_FILES if p.name == name))


def test_enough_fixtures() -> None:
    assert len(FEEDS) >= 40 and len(ARTICLES) >= 20


@pytest.mark.parametrize("path", ALL_FILES, ids=lambda p: p.name)
def test_every_fixture_parses_clean_or_is_refused_with_a_reason(path: Path) -> None:
    try:
        result = parse_any(path)
    except ParseError as error:
        message = str(error)
        assert message and "\n" not in message and not FORBIDDEN.search(message)
        return
    assert dirty(result) == []


@pytest.mark.parametrize("path", ALL_FILES, ids=lambda p: p.name)
@pytest.mark.parametrize("form", ["text", "json"])
def test_reader_parse_output_holds_no_raw_controls(
    path: Path, form: str, capsys: pytest.CaptureFixture[str],
) -> None:
    code = cli_main(["parse", str(path), "--format", form])
    out, err = capsys.readouterr()
    assert code in (0, 1)
    assert not FORBIDDEN.search(err.replace("\n", ""))
    if form == "text":
        assert not FORBIDDEN.search(out.replace("\n", "")), out[:300]
    elif code == 0:
        # JSON escapes are fine; the decoded strings must still be clean.
        assert dirty(json.loads(out)) == []


def test_entity_encoded_payloads_are_decoded_then_cleaned() -> None:
    parsed = doc("rss_entity_controls.xml")
    [article] = parsed.articles  # type: ignore[attr-defined]
    assert parsed.feed.title.startswith("Feed]0;PWNED-TITLE")  # type: ignore[attr-defined]
    assert article.title.startswith("Ent]0;PWNED-TITLE")
    assert "\x1b" not in article.title and "\x07" not in article.title
    assert article.author is not None and "Ann" in article.author
    assert article.tags and article.tags[0].startswith("cat]0;PWNED")
    assert article.guid is not None and article.guid.startswith("g]0;PWNED")


def test_c1_references_and_bidi_never_survive() -> None:
    [c1] = doc("rss_hex_c1.xml").articles  # type: ignore[attr-defined]
    assert "\x9b" not in c1.title and "\x1b" not in c1.title and "31m" in c1.title
    [bidi] = doc("rss_bidi.xml").articles  # type: ignore[attr-defined]
    assert not FORBIDDEN.search(bidi.title) and "gnp.exe" in bidi.title
    assert bidi.tags == ("lro",)


def test_impossible_character_references_cost_one_character_not_the_feed() -> None:
    # `&#xD800;` and `&#x110000;` made feedparser's loose parser raise: every entry lost.
    parsed = doc("rss_surrogate_refs.xml")
    titles = [a.title for a in parsed.articles]  # type: ignore[attr-defined]
    assert titles[1] == "The second entry survives"
    assert "\ufffd" in titles[0] and titles[0].startswith("Bad refs")


def test_json_escapes_and_lone_surrogates() -> None:
    parsed = doc("json_controls.json")
    [article] = parsed.articles  # type: ignore[attr-defined]
    assert article.title.startswith("Json]0;PWNED-TITLE") and article.author
    assert parsed.feed.title.startswith("Meadow")  # type: ignore[attr-defined]
    [lone] = doc("json_surrogates.json").articles  # type: ignore[attr-defined]
    assert lone.title == "Lone and and"


def test_cdata_and_enclosure_titles_are_clean() -> None:
    assert dirty(doc("rss_cdata_html.xml")) == []
    assert dirty(doc("rss_cdata_raw.xml")) == []
    assert dirty(doc("rss_enclosures.xml")) == []
    assert dirty(doc("atom_source_title.xml")) == []


@pytest.mark.parametrize("name", ["rss_markup.xml", "json_markup.json", "synd_markup.txt"])
def test_markup_look_alikes_stay_literal(name: str) -> None:
    parsed = doc(name)
    text = " ".join(s for _, s in strings(parsed))
    for markup in MARKUP:
        assert markup in text, markup


def test_markup_survives_text_output(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli_main(["parse", str(HOSTILE / "articles" / "synd_markup.txt")]) == 0
    out = capsys.readouterr().out
    assert "[@click=app.quit] quits?" in out and "[link=file:///etc/passwd]x[/link]" in out


def links_of(name: str) -> list[str | None]:
    return [a.source_link for a in doc(name).articles]  # type: ignore[attr-defined]


@pytest.mark.parametrize("name", [
    "rss_links_scripts.xml", "rss_links_file.xml", "rss_xml_base_file.xml",
    "atom_xml_base_javascript.xml", "synd_link_javascript.txt", "synd_link_relative.txt",
    "synd_link_file.txt", "synd_link_dash.txt", "html_canonical_relative.html",
    "html_og_url_file.html", "html_jsonld.html",
])
def test_no_hostile_link_reaches_the_browser(name: str) -> None:
    for link in links_of(name):
        with pytest.raises(LinkRefused) as refused:
            checked_link(link)
        assert "[" not in str(refused.value)  # the message is shown in a toast


def test_relative_links_in_local_files_never_become_file_urls(tmp_path: Path) -> None:
    for name in ("synd_link_relative.txt", "html_canonical_relative.html"):
        for link in links_of(name):
            assert link is None or not link.lower().startswith("file:")
    with Library.open(tmp_path / "lib.sqlite") as library:
        import_paths(library, [HOSTILE / "articles" / "synd_link_relative.txt"])
        [row] = library.article_rows(ArticleQuery(), 0, 10)
        stored = library.get_article(row.id)
        assert stored is not None
        assert not (stored.article.source_link or "").startswith("file:")


def test_relative_links_resolve_against_xml_base_and_the_feed_url() -> None:
    assert links_of("atom_xml_base_relative.xml") == ["https://courier.example/story"]
    data = (HOSTILE / "feeds" / "rss_links_file.xml").read_bytes()
    fetched = parse_feed(data, "https://gazette.example/news/feed.xml")
    relative = [a.source_link for a in fetched.articles][1:]
    assert relative == ["https://gazette.example/etc/passwd", "https://gazette.example/etc/passwd"]


def test_percent_escapes_are_never_decoded_for_display() -> None:
    [article] = doc("rss_percent_escapes.xml").articles  # type: ignore[attr-defined]
    assert article.source_link == "https://gazette.example/%1b%5b6n%E2%80%AE%00x"
    assert checked_link(article.source_link) == article.source_link


@pytest.mark.parametrize("name", ["rss_dates.xml", "atom_dates.xml", "json_dates.json"])
def test_dates_outside_years_1_to_9999_are_no_date(name: str) -> None:
    articles = doc(name).articles  # type: ignore[attr-defined]
    by_title = {a.title: a.published for a in articles}
    for title, published in by_title.items():
        assert published is None or 1 <= published.year <= 9999, title
    # Year 0, 10000, 99999, negative years, 9999-12-31 pushed past 9999 by its zone, junk:
    # never a (wrong) date. Only Atom's `2031-02-30` is read (as feedparser rolls it over).
    dated = {title for title, published in by_title.items() if published is not None}
    assert dated == ({"D3"} if name == "atom_dates.xml" else set())


def test_syndication_dates_out_of_range() -> None:
    for name in ("synd_bad_dates.txt", "synd_far_date.txt", "html_dates.html"):
        [article] = doc(name).articles  # type: ignore[attr-defined]
        assert article.published is None, name


@pytest.mark.parametrize("name", ["rss_duplicate_guids.xml", "atom_duplicate_ids.xml"])
def test_duplicate_guids_resolved_the_same_way_every_time(name: str, tmp_path: Path) -> None:
    first = doc(name)
    again = doc(name)
    assert first == again
    [kept] = first.articles  # type: ignore[attr-defined]
    assert kept.title == "Copy 0"
    # And in the library: importing twice keeps the same single article.
    with Library.open(tmp_path / "lib.sqlite") as library:
        for _ in range(2):
            import_paths(library, [HOSTILE / "feeds" / name])
        rows = library.article_rows(ArticleQuery(), 0, 10)
        assert [r.title for r in rows] == ["Copy 0"]


def test_external_entities_and_dtds_are_never_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    (tmp_path / "hostile-secret.txt").write_text("SECRET-MARKER-4412")
    monkeypatch.chdir(tmp_path)
    for name in ("rss_external_entity.xml", "rss_parameter_entity.xml", "rss_external_dtd.xml"):
        parsed = doc(name)
        text = " ".join(s for _, s in strings(parsed))
        assert "SECRET-MARKER" not in text
        hostname = Path("/etc/hostname")
        if hostname.exists() and hostname.read_text().strip():
            assert hostname.read_text().strip() not in text.replace("Secret", "")


def test_broken_doctype_and_doctype_opml_are_refused() -> None:
    with pytest.raises(ParseError, match="DOCTYPE"):
        doc("rss_unterminated_doctype.xml")
    with pytest.raises(ParseError, match="DOCTYPE"):
        doc("opml_doctype.opml")


def test_entities_hidden_by_encoding_or_placement_are_not_expanded() -> None:
    for name, letter in (("rss_utf16_quadratic.xml", "A"), ("rss_utf7_hidden_doctype.xml", "D"),
                         ("rss_entity_outside_doctype.xml", "C"), ("rss_quadratic_small.xml", "A")):
        text = " ".join(s for _, s in strings(doc(name)))
        assert letter * 1000 not in text, name


def test_opml_runs_nothing_and_keeps_clean_titles(tmp_path: Path) -> None:
    subs = doc("opml_controls.opml")
    assert dirty(subs) == []
    urls = [s.url for s in subs.subscriptions]  # type: ignore[attr-defined]
    # `&#27;` inside a URL is dropped like any control (one reference no longer costs the
    # whole list, as expat would have it); nothing but http(s) is ever subscribed.
    assert urls == ["https://a.example/f", "https://a.example/[6n"]
    assert all(feed_url_problem(u) is None for u in urls)
    reasons = " ".join(s.reason for s in subs.skipped)  # type: ignore[attr-defined]
    assert "javascript" in reasons and "file" in reasons and "exec" in reasons
    assert not Path("/tmp/hostile-pwned").exists()
    with Library.open(tmp_path / "lib.sqlite") as library:
        report = import_paths(library, [HOSTILE / "feeds" / "opml_controls.opml"])
        assert report.subscribed == 2
        assert dirty([f.title for f in library.feeds()]) == []


def test_wrong_types_and_deep_json_do_not_escape_as_tracebacks() -> None:
    parsed = doc("json_wrong_types.json")
    assert len(parsed.articles) == 1  # type: ignore[attr-defined]
    with pytest.raises(ParseError):
        doc("json_deep_nesting.json")
    big = doc("json_huge_numbers.json")
    assert [a.title for a in big.articles] == ["big", "inf"]  # type: ignore[attr-defined]


def test_sniffing_a_bracket_outlet_is_not_json() -> None:
    [article] = doc("synd_markup.txt").articles  # type: ignore[attr-defined]
    assert article.outlet.startswith("[link=file:///etc/passwd]")


def test_whole_hostile_folder_imports_with_reasons(tmp_path: Path) -> None:
    with Library.open(tmp_path / "lib.sqlite") as library:
        report = import_paths(library, [HOSTILE / "feeds", HOSTILE / "articles"])
        assert report.imported >= 60
        skipped = dict(report.problems)
        assert any("binary" in r for r in skipped.values())
        assert all(r and not FORBIDDEN.search(r) for r in skipped.values())
        assert all(not FORBIDDEN.search(s) for s, _ in report.problems + report.warnings)
        rows = library.article_rows(ArticleQuery(), 0, 1000)
        assert len(rows) > 150
        for row in rows:
            stored = library.get_article(row.id)
            assert stored is not None and dirty(stored.article) == [], row.title
        assert dirty(library.feeds()) == []


# -- entity bombs, measured in a capped subprocess ------------------------------------------

BOMB_SCRIPT = r"""
import resource, sys, time, tracemalloc
resource.setrlimit(resource.RLIMIT_AS, (2**30, 2**30))
from reader.parse import ParseError, parse_bytes
kind = sys.argv[1]
if kind == "quadratic":
    head = '<?xml version="1.0"?>\n<!DOCTYPE rss [\n<!ENTITY a "' + "A" * 50_000 + '">\n]>\n'
    data = (head + '<rss version="2.0"><channel><title>q</title><item><title>x</title>'
            "<description>" + "&a;" * 50_000 + "</description></item></channel></rss>").encode()
else:
    lines = ['<!ENTITY lol0 "lol">'] + [
        '<!ENTITY lol%d "%s">' % (i, ("&lol%d;" % (i - 1)) * 10) for i in range(1, 10)]
    data = ('<?xml version="1.0"?>\n<!DOCTYPE rss [\n' + "\n".join(lines) + '\n]>\n'
            '<rss version="2.0"><channel><title>&lol9;</title><item><title>&lol9;</title>'
            '</item></channel></rss>').encode()
tracemalloc.start()
try:
    doc = parse_bytes(data)
    longest = max((len(p) for a in doc.articles for p in (a.title, *a.lead)), default=0)
except ParseError:
    longest = 0
print(tracemalloc.get_traced_memory()[1], longest)
"""


@pytest.mark.parametrize("kind", ["quadratic", "billion"])
def test_entity_bombs_stay_small(kind: str) -> None:
    done = subprocess.run([sys.executable, "-c", BOMB_SCRIPT, kind], capture_output=True,
                          text=True, timeout=60, env={**os.environ, "PYTHONHASHSEED": "0"})
    assert done.returncode == 0, done.stderr[-2000:]
    peak, longest = map(int, done.stdout.split())
    assert peak < 64 * 2**20, f"peak {peak / 2**20:.0f} MB"
    assert longest < 1_000_000


def test_parse_path_refuses_a_fifo_and_a_device(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.xml"
    os.mkfifo(fifo)
    with pytest.raises(ParseError, match="named pipe"):
        parse_path(fifo)  # opening would block forever without O_NONBLOCK
    if Path("/dev/zero").exists():
        with pytest.raises(ParseError, match="device"):
            parse_path(Path("/dev/zero"))


# -- special files in an imported folder ----------------------------------------------------


def test_special_files_are_reported_never_followed_or_read(tmp_path: Path) -> None:
    import stat

    folder = tmp_path / "inbox"
    folder.mkdir()
    (folder / "good.txt").write_bytes((HOSTILE / "articles" / "synd_markup.txt").read_bytes())
    os.mkfifo(folder / "pipe.txt")
    device = folder / "zero.txt"
    try:  # a /dev/zero twin: reading it would never end
        os.mknod(device, stat.S_IFCHR | 0o600, os.makedev(1, 5))
    except (PermissionError, OSError):
        os.mkfifo(device)
    secret = tmp_path / "outside-secret.txt"
    secret.write_text("SECRET-OUTSIDE-9931")
    (folder / "escape.txt").symlink_to(secret)
    (folder / "up").symlink_to(tmp_path)
    with open(folder / "sparse.txt", "wb") as sparse:
        sparse.truncate(2 * 2**30)  # 2 GB of nothing, no disk used: refused by its size
    bad_name = os.fsencode(folder) + b"/caf\xe9-\x1b]0;PWNED\x07.txt"
    with open(bad_name, "wb") as handle:
        handle.write(b"x")
    with Library.open(tmp_path / "lib.sqlite") as library:
        report = import_paths(library, [folder])
        rows = library.article_rows(ArticleQuery(), 0, 10)
    assert report.imported == 1 and len(rows) == 1
    problems = {Path(shown).name: reason for shown, reason in report.problems}
    assert "named pipe" in problems["pipe.txt"]
    assert "device" in problems["zero.txt"] or "pipe" in problems["zero.txt"]
    assert "outside" in problems["escape.txt"] and "outside" in problems["up"]
    assert "too large" in problems["sparse.txt"]
    [undecodable] = [reason for name, reason in problems.items() if name.startswith("caf")]
    assert "UTF-8" in undecodable
    assert all(not FORBIDDEN.search(shown + reason) for shown, reason in report.problems)
    assert "SECRET-OUTSIDE" not in " ".join(r.title for r in rows)


def test_deep_nesting_is_flattened_before_lexbor_sees_it() -> None:
    from reader.parse.html_common import MAX_DEPTH, flatten_deep_markup

    shallow = "<div><p>a</p><ul><li>b<li>c</ul></div>"
    assert flatten_deep_markup(shallow * 100) == shallow * 100
    deep = "<div>" * 50_000 + "<p>deep text</p>" + "</div>" * 50_000
    flat = flatten_deep_markup(deep)
    assert flat.count("<div>") == MAX_DEPTH and "deep text" in flat
    # Before the guard lexbor spent ~20 s on this; now it is read like any page.
    [article] = parse_bytes(("<html><body>" + deep + "</body></html>").encode(),
                            name="deep.html").articles
    assert article.lead == ("deep text",)
