"""Rebuild the held-out corpus from its hand-written sources in `source/*.story`.

    uv run python tests/holdout/build.py

These 380 articles were written after the splitter's rules were set, in styles the main
corpus (`tests/corpus`) lacks, to see how it does on files it was not built on; their
expected parses are what a careful editor would make of them, including the few cases the
splitter gets wrong on purpose (a glued ellipsis is never split) or cannot tell apart.
`benchmarks/score_corpus.py tests/holdout` scores it.

Each article is written once as structure (lead, key-points box, sections); from it come
NAME.json (what a perfect parser returns) and NAME.txt (the syndication file, the body glued
exactly as the scraper glues a page: blocks joined with nothing).

Story format:
    === NAME
    lang: fr|en|de|es|it   (fr: NBSP typography applied to all text)
    outlet/title/caption/link/author/date/tags: ...
    options: crlf bom nocaptionline exit=none authorspace nnbsp
             time=prefix|glued|suffix|suffixglued|suffixdash|dash|colon|paren  bullet=⇒|•|-
    > paragraph (lead before any section, else section paragraph)
    kp: box title
    * item
    ## TIME | Heading     or   ## Heading  (no time)
"""
from __future__ import annotations

import json
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
NBSP, NNBSP = "\u00a0", "\u202f"
EXIT = {"fr": "Quitter la version mobile", "en": "Exit mobile version",
        "de": "Mobile Version verlassen", "es": "Salir de la versión móvil",
        "it": "Esci dalla versione mobile"}
COPYRIGHT = "Copyright for syndicated content belongs to the linked Source."
URLISH = re.compile(r"(?:https?://|www\.)\S+[\w/]|[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def _fr(text: str, inner: str) -> str:
    text = re.sub(r"[ \u00a0\u202f]*([:;?!])", lambda m: NBSP + m.group(1), text)
    text = re.sub(r"(\d)\u00a0:(\d)", r"\1:\2", text)
    text = re.sub(r"^\u00a0", "", text)
    text = re.sub(r"(\d) %", "\\1" + NBSP + "%", text)  # `3 %`, as French sites print it
    text = re.sub(r"(?<![\d,.])(\d{1,3}) (?=\d{3}(?!\d))", "\\1" + NBSP, text)
    text = re.sub(r"«[ \u00a0\u202f]*", "«" + inner, text)
    return re.sub(r"[ \u00a0\u202f]*»", inner + "»", text)


def french(text: str, inner: str) -> str:
    out, last = [], 0
    for m in URLISH.finditer(text):
        out.append(_fr(text[last:m.start()], inner))
        out.append(m.group(0))
        last = m.end()
    out.append(_fr(text[last:], inner))
    return "".join(out)


def norm(s: str) -> str:
    return re.sub(r"[ \t]+", " ", unicodedata.normalize("NFC", s)).strip()


def stories(path: Path) -> list[dict]:
    out: list[dict] = []
    cur: dict | None = None
    sec: dict | None = None
    for n, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.rstrip()
        if not line.strip() or line.startswith("#!"):
            continue
        if line.startswith("=== "):
            cur = {"name": line[4:].strip(), "f": {}, "opt": set(), "lead": [],
                   "kp": None, "items": [], "sections": []}
            out.append(cur)
            sec = None
        elif line.startswith("## "):
            head = line[3:]
            t, _, h = head.partition(" | ") if " | " in head else ("", "", head)
            sec = {"heading": norm(h), "time": norm(t) or None, "paragraphs": []}
            cur["sections"].append(sec)
        elif line.startswith("> "):
            (sec["paragraphs"] if sec else cur["lead"]).append(norm(line[2:]))
        elif line.startswith("* "):
            cur["items"].append(norm(line[2:]))
        elif line.startswith("kp:"):
            cur["kp"] = norm(line[3:])
        elif line.startswith("options:"):
            cur["opt"].update(line[8:].split())
        elif re.match(r"^[a-z]+:", line):
            k, _, v = line.partition(":")
            cur["f"][k] = norm(v)
        else:
            raise SystemExit(f"{path.name}:{n}: cannot read {line!r}")
    return out


def opt(st: dict, key: str, default: str) -> str:
    for o in st["opt"]:
        if o.startswith(key + "="):
            return o.split("=", 1)[1]
    return default


def build(st: dict) -> tuple[dict, bytes]:
    f, lang = st["f"], st["f"]["lang"]
    inner = NNBSP if "nnbsp" in st["opt"] else NBSP
    t = (lambda s: french(s, inner)) if lang == "fr" else (lambda s: s)
    data = {
        "outlet": t(f["outlet"]), "title": t(f["title"]),
        "caption": t(f["caption"]) if f.get("caption") else None,
        "source_link": f.get("link") or None,
        "author": t(f["author"]) if f.get("author") else None,
        "published": f["date"].replace(" ", "T") if f.get("date") else None,
        "tags": [t(x.strip()) for x in f["tags"].split(",") if x.strip()] if "tags" in f else [],
        "live": bool(st["sections"]),
        "lead": [t(p) for p in st["lead"]],
        "key_points": ({"title": t(st["kp"]), "items": [t(i) for i in st["items"]]}
                       if st["kp"] else None),
        "sections": [{"heading": t(s["heading"]), "time": s["time"],
                      "paragraphs": [t(p) for p in s["paragraphs"]]} for s in st["sections"]],
    }
    style, bullet = opt(st, "time", "prefix"), opt(st, "bullet", "⇒")
    blocks = list(data["lead"])
    if data["key_points"]:
        kp = data["key_points"]
        blocks.append(kp["title"] + "".join(f"{bullet} {i}" for i in kp["items"]))
    for s in data["sections"]:
        h, tm = s["heading"], s["time"]
        if tm is None:
            blocks.append(h)
        else:
            blocks.append({"prefix": f"{tm} {h}", "glued": f"{tm}{h}", "suffix": f"{h} {tm}",
                           "suffixglued": f"{h}{tm}", "suffixdash": f"{h} - {tm}",
                           "dash": f"{tm} - {h}",
                           "colon": f"{tm}: {h}", "paren": f"{h} ({tm})"}[style])
        blocks.extend(s["paragraphs"])
    body = "".join(blocks)
    lines = [data["outlet"], "", data["title"], ""]
    if data["caption"]:
        lines.append(data["caption"])
    elif "nocaptionline" not in st["opt"]:
        lines.append("")
    lines += ["", "", "", "", body, "", "", ""]
    if f.get("link"):
        lines += [f"Source link : {f['link']}", ""]
    label = "Author : " if "authorspace" in st["opt"] else "Author :"
    lines += [label + (data["author"] or ""), ""]
    if f.get("date"):
        lines += [f"Publish date : {f['date']}", ""]
    lines += [COPYRIGHT, ""]
    if "tags" in f:
        lines.append("Tags :" + t(f["tags"]))
    ex = opt(st, "exit", EXIT[lang])
    if ex != "none":
        lines.append(ex)
    while lines and lines[-1] == "":
        lines.pop()
    text = ("\r\n" if "crlf" in st["opt"] else "\n").join(lines)
    return data, (("\ufeff" if "bom" in st["opt"] else "") + text).encode("utf-8")


def main(argv: list[str]) -> int:
    """Write every article (`--check`: only compare with what is on disk; 1 if different)."""
    check = "--check" in argv
    seen: set[str] = set()
    stale: list[str] = []
    for src in sorted((HERE / "source").glob("*.story")):
        for st in stories(src):
            assert st["name"] not in seen, st["name"]
            seen.add(st["name"])
            data, raw = build(st)
            expected = json.dumps(data, ensure_ascii=False, indent=1) + "\n"
            json_path, text_path = HERE / f"{st['name']}.json", HERE / f"{st['name']}.txt"
            if check:
                if not (json_path.exists() and json_path.read_text(encoding="utf-8") == expected
                        and text_path.exists() and text_path.read_bytes() == raw):
                    stale.append(st["name"])
                continue
            json_path.write_text(expected, encoding="utf-8")
            text_path.write_bytes(raw)
            size = len(raw) / 1024
            print(f"{st['name']:<34} {len(data['sections']):>3} sections  {size:5.1f} KB")
    if stale:
        print("out of date:", ", ".join(stale))
        return 1
    print(len(seen), "stories", "checked" if check else "written")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
