"""Rebuild the evaluation corpus (and the bundled sample edition) from its hand-written sources.

    uv run python tests/corpus/build.py

The sources are `tests/corpus/source/*.story`: every article written once, as structure
(lead paragraphs, key points, sections with their time). From each one this script writes

* `NAME.json`, the parse a perfect parser returns (the shape `reader.parse.serialize` uses);
* `NAME.txt`, the same article in the syndication text format, glued exactly as the scraper
  glues a page: blocks joined with nothing, key points as `title⇒ item⇒ item`, the last bullet
  running into the first heading, each heading running into its first paragraph.

Articles whose name starts with `sample-` are also written to `reader/samples/`, so the sample
edition the app ships is checked by the same expected parses.

Story format (one `=== NAME` block per article; blank lines are ignored):

    === fr-live-example
    lang: fr                          fr en de es it (fr: NBSP typography is applied)
    outlet: Le Quotidien d’exemple
    title: Headline
    caption: Image caption            (omit: no caption; the line is left empty)
    link: https://example.org/...     (omit: no `Source link` line)
    author: Name                      (empty value: `Author :` with nothing, expected null)
    date: 2026-11-03 14:32:00         (written as is; `published:` overrides the expectation)
    tags: Monde, Europe               (omit: no `Tags` line)
    options: crlf bom time=glued bullet=• nnbsp nocaptionline exit=none authorspace
    > a lead paragraph
    kp: Les infos à retenir
    * a key-points item              (or `- item`)
    ## 14h32 | A section heading      (`## Heading` for a section without a time)
    > a section paragraph

Options: `crlf` CRLF line ends; `bom` a UTF-8 BOM; `time=prefix` (default, `14h32 Heading`),
`time=glued` (`14h32Heading`) or `time=suffix` (`Heading 14h32`); `bullet=⇒` (default) `•` `-`;
`nnbsp` French typography with U+202F instead of U+00A0 inside guillemets; `nocaptionline`
drops the caption line altogether instead of leaving it empty; `exit=none` omits the mobile
theme line; `authorspace` writes `Author : Name`.
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
SOURCES = HERE / "source"
SAMPLES = HERE.parent.parent / "reader" / "samples"

COPYRIGHT = "Copyright for syndicated content belongs to the linked Source."
EXIT_LINE = {
    "fr": "Quitter la version mobile",
    "en": "Exit mobile version",
    "de": "Mobile Version verlassen",
    "es": "Salir de la versión móvil",
    "it": "Esci dalla versione mobile",
}
NBSP = "\u00a0"
NNBSP = "\u202f"


@dataclass
class Section:
    heading: str
    time: str | None
    paragraphs: list[str] = field(default_factory=list)


@dataclass
class Story:
    name: str
    fields: dict[str, str] = field(default_factory=dict)
    options: set[str] = field(default_factory=set)
    lead: list[str] = field(default_factory=list)
    kp_title: str | None = None
    kp_items: list[str] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)

    def option(self, key: str, default: str) -> str:
        for opt in self.options:
            if opt.startswith(key + "="):
                return opt.split("=", 1)[1]
        return default


URL = re.compile(r"https?://\S+[\w/]")


def french(text: str, inner: str) -> str:
    """French typography: no-break space before `: ; ? !` and inside guillemets (not in URLs)."""
    parts = URL.split(text)
    urls = URL.findall(text)
    out = [_french(part, inner) for part in parts]
    return "".join(p + (urls[i] if i < len(urls) else "") for i, p in enumerate(out))


def _french(text: str, inner: str) -> str:
    text = re.sub(r"[ \u00a0\u202f]*([:;?!])", lambda m: NBSP + m.group(1), text)
    # Undo it where the colon is no punctuation: times, URLs, ratios.
    text = re.sub(r"(\d)\u00a0:(\d)", r"\1:\2", text)
    text = re.sub(r"^\u00a0", "", text)
    # Digit groups (82 000, 1 200) are held together as French typesetting does.
    text = re.sub(r"(?<!\d)(\d{1,3}) (?=\d{3}(?!\d))", "\\1" + NBSP, text)
    text = re.sub(r"«[ \u00a0\u202f]*", "«" + inner, text)
    return re.sub(r"[ \u00a0\u202f]*»", inner + "»", text)


def norm(text: str) -> str:
    return re.sub(r"[ \t]+", " ", unicodedata.normalize("NFC", text)).strip()


def parse_stories(path: Path) -> list[Story]:
    stories: list[Story] = []
    current: Story | None = None
    section: Section | None = None
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.rstrip()
        if not line.strip() or line.startswith("#!"):
            continue
        where = f"{path.name}:{number}"
        if line.startswith("=== "):
            current = Story(line[4:].strip())
            stories.append(current)
            section = None
            continue
        if current is None:
            raise SystemExit(f"{where}: text before the first === block")
        if line.startswith("## "):
            head = line[3:]
            time, _, heading = head.partition(" | ") if " | " in head else ("", "", head)
            section = Section(norm(heading), norm(time) or None)
            current.sections.append(section)
        elif line.startswith("> "):
            target = section.paragraphs if section else current.lead
            target.append(norm(line[2:]))
        elif line.startswith(("* ", "- ")):
            current.kp_items.append(norm(line[2:]))
        elif line.startswith("kp:"):
            current.kp_title = norm(line[3:])
        elif line.startswith("options:"):
            current.options.update(line[8:].split())
        elif re.match(r"^[a-z]+:", line):
            key, _, value = line.partition(":")
            current.fields[key] = norm(value)
        else:
            raise SystemExit(f"{where}: cannot read {line!r}")
    return stories


def typeset(story: Story, text: str) -> str:
    if story.fields.get("lang") != "fr":
        return text
    return french(text, NNBSP if "nnbsp" in story.options else NBSP)


def expected_published(story: Story) -> str | None:
    if "published" in story.fields:
        value = story.fields["published"]
        return None if value == "null" else value
    date = story.fields.get("date")
    if not date:
        return None
    for pattern in ("%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M"):
        try:
            return datetime.strptime(date, pattern).isoformat()
        except ValueError:
            continue
    return None


def expected(story: Story) -> dict[str, object]:
    t = lambda s: typeset(story, s)  # noqa: E731 - tiny local alias
    f = story.fields
    tags = [t(tag.strip()) for tag in f["tags"].split(",") if tag.strip()] if "tags" in f else []
    sections = [
        {"heading": t(s.heading), "time": s.time, "paragraphs": [t(p) for p in s.paragraphs]}
        for s in story.sections
    ]
    key_points = None
    if story.kp_title:
        key_points = {"title": t(story.kp_title), "items": [t(i) for i in story.kp_items]}
    return {
        "outlet": t(f["outlet"]),
        "title": t(f["title"]),
        "caption": t(f["caption"]) if f.get("caption") else None,
        "source_link": f.get("link") or None,
        "author": t(f["author"]) if f.get("author") else None,
        "published": expected_published(story),
        "tags": tags,
        "live": bool(sections),
        "lead": [t(p) for p in story.lead],
        "key_points": key_points,
        "sections": sections,
    }


def heading_text(story: Story, section: dict[str, object]) -> str:
    heading, time = str(section["heading"]), section["time"]
    if time is None:
        return heading
    style = story.option("time", "prefix")
    if style == "glued":
        return f"{time}{heading}"
    if style == "suffix":
        return f"{heading} {time}"
    return f"{time} {heading}"


def body(story: Story, data: dict[str, object]) -> str:
    """The article glued on one line, as the scraper writes it."""
    blocks: list[str] = list(data["lead"])  # type: ignore[call-overload]
    key_points = data["key_points"]
    if isinstance(key_points, dict):
        bullet = story.option("bullet", "⇒")
        blocks.append(key_points["title"] + "".join(f"{bullet} {i}" for i in key_points["items"]))
    for section in data["sections"]:  # type: ignore[attr-defined]
        blocks.append(heading_text(story, section))
        blocks.extend(section["paragraphs"])
    return "".join(blocks)


def render(story: Story, data: dict[str, object]) -> bytes:
    f = story.fields
    lang = f.get("lang", "en")
    lines = [str(data["outlet"]), "", str(data["title"]), ""]
    if f.get("caption"):
        lines.append(str(data["caption"]))
    elif "nocaptionline" not in story.options:
        lines.append("")
    lines += ["", "", "", "", body(story, data), "", "", ""]
    if f.get("link"):
        lines += [f"Source link : {f['link']}", ""]
    author = str(data["author"] or "")
    lines += [("Author : " if "authorspace" in story.options else "Author :") + author, ""]
    if "date" in f:
        lines += [f"Publish date : {f['date']}", ""]
    lines += [COPYRIGHT, ""]
    if "tags" in f:
        lines.append("Tags :" + typeset(story, f["tags"]))
    elif lines[-1] == "":
        pass
    exit_line = story.option("exit", EXIT_LINE[lang])
    if exit_line != "none":
        lines.append(exit_line)
    while lines and lines[-1] == "":
        lines.pop()
    text = ("\r\n" if "crlf" in story.options else "\n").join(lines)
    prefix = "\ufeff" if "bom" in story.options else ""
    return (prefix + text).encode("utf-8")


def check(story: Story, data: dict[str, object]) -> None:
    for key in ("outlet", "title", "lang"):
        if not story.fields.get(key):
            raise SystemExit(f"{story.name}: missing {key}")
    if story.kp_title and not story.kp_items:
        raise SystemExit(f"{story.name}: key points without items")
    if not data["lead"] and not data["sections"]:
        raise SystemExit(f"{story.name}: empty article")


def main(argv: list[str]) -> int:
    """Write the corpus; with `--check`, write nothing and fail if any file would change."""
    check_only = "--check" in argv
    outputs: dict[Path, bytes] = {}
    for source in sorted(SOURCES.glob("*.story")):
        for story in parse_stories(source):
            stem = story.name
            if HERE / f"{stem}.txt" in outputs:
                raise SystemExit(f"{stem}: written twice")
            data = expected(story)
            check(story, data)
            text = render(story, data)
            outputs[HERE / f"{stem}.json"] = (
                json.dumps(data, ensure_ascii=False, indent=1) + "\n"
            ).encode("utf-8")
            outputs[HERE / f"{stem}.txt"] = text
            if stem.startswith("sample-"):
                outputs[SAMPLES / f"{stem}.txt"] = text
    stale = [p for p in (*HERE.glob("*.txt"), *HERE.glob("*.json")) if p not in outputs]
    stale += [p for p in SAMPLES.glob("*.txt") if p not in outputs]
    if check_only:
        changed = [p for p, b in outputs.items() if not p.exists() or p.read_bytes() != b]
        for path in [*changed, *stale]:
            print(f"out of date: {path.relative_to(HERE.parent.parent)}")
        return 1 if changed or stale else 0
    for path, content in outputs.items():
        path.write_bytes(content)
    for path in stale:
        print(f"stale file (not from a story): {path.name}", file=sys.stderr)
    print(f"{len(outputs)} files written")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
