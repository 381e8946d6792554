"""Which live-blog sections the user has read: identities, marks and the new-section count.

A section is known by a KEY made from its heading and time, not by its index: live blogs
usually prepend new updates, which would shift every index. The key is normalised
(casefold, whitespace collapsed) so a re-scrape that only re-spaces a heading is the same
section. A relative time (`Il y a 2 heures`, `2 hours ago`) changes from one snapshot to
the next, so only a time holding a clock (`14h32`, `10:45`, `9 am`) is part of the key.

Sections with the same key (an untimed `Mise à jour` twice) get an occurrence number,
counted from the END of the article: in the usual newest-first live blog the oldest copy
is at the bottom and keeps its number when newer updates arrive on top.

Each key is stored with a hash of the section's paragraphs: same key, other hash means
the text was edited (CHANGED). `section_reads` holds what the user was shown when last
opening the article; `articles.sections_seen_at` says whether they ever did (so an article
opened while it had no sections still counts every later section as new), and
`articles.new_sections` caches the count of NEW keys so the list never reads JSON per row.

Nothing here opens a transaction: the caller (`Library`, `articles.upsert`) holds it.
"""

from __future__ import annotations

import hashlib
import json
import re
import sqlite3
from collections.abc import Sequence

from reader.model import Section, SectionMark

_CLOCK = re.compile(r"\d{1,2}\s?[h:.]\s?\d{2}|\d{1,2}\s?[ap]\.?\s?m", re.IGNORECASE)


def _norm(text: str | None) -> str:
    return " ".join((text or "").casefold().split())


def _base_key(section: Section) -> str:
    time = _norm(section.time) if section.time and _CLOCK.search(section.time) else ""
    # Newlines cannot survive `_norm`, so "\n" separates the parts unambiguously.
    return f"{_norm(section.heading)}\n{time}"


def section_keys(sections: Sequence[Section]) -> list[str]:
    """One distinct key per section, in the sections' order (see the module doc)."""
    keys = [_base_key(s) for s in sections]
    seen: dict[str, int] = {}
    out = [""] * len(keys)
    for index in range(len(keys) - 1, -1, -1):
        base = keys[index]
        count = seen.get(base, 0) + 1
        seen[base] = count
        out[index] = base if count == 1 else f"{base}\n#{count}"
    return out


def text_hash(section: Section) -> str:
    """A digest of the section's paragraphs (whitespace-insensitive)."""
    text = json.dumps([" ".join(p.split()) for p in section.paragraphs], ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


def stored_reads(conn: sqlite3.Connection, article_id: int) -> dict[str, str]:
    rows = conn.execute("SELECT key, text_hash FROM section_reads WHERE article_id = ?",
                        (article_id,))
    return {r[0]: r[1] for r in rows}


def marks(sections: Sequence[Section], reads: dict[str, str]) -> tuple[SectionMark, ...]:
    """One mark per section against what was read (`reads`: key -> text hash)."""
    out: list[SectionMark] = []
    for key, section in zip(section_keys(sections), sections, strict=True):
        known = reads.get(key)
        if known is None:
            out.append(SectionMark.NEW)
        elif known != text_hash(section):
            out.append(SectionMark.CHANGED)
        else:
            out.append(SectionMark.SEEN)
    return tuple(out)


def count_new(sections: Sequence[Section], reads: dict[str, str]) -> int:
    """Sections whose key was never read: what the list shows as "+N"."""
    return sum(1 for key in section_keys(sections) if key not in reads)


def record_seen(conn: sqlite3.Connection, article_id: int, shown: Sequence[Section],
                current: Sequence[Section], when: str) -> None:
    """Replace the article's reads with the `shown` sections and recount what is new
    in `current` (they differ only when the article was updated while being shown)."""
    conn.execute("DELETE FROM section_reads WHERE article_id = ?", (article_id,))
    reads = {key: text_hash(s) for key, s in zip(section_keys(shown), shown, strict=True)}
    conn.executemany(
        "INSERT INTO section_reads (article_id, key, text_hash) VALUES (?, ?, ?)",
        [(article_id, key, digest) for key, digest in reads.items()],
    )
    conn.execute("UPDATE articles SET new_sections = ?, sections_seen_at = ? WHERE id = ?",
                  (count_new(current, reads), when, article_id))


def recount(conn: sqlite3.Connection, article_id: int, sections: Sequence[Section]) -> None:
    """After an opened article's sections changed: refresh its new-section count."""
    count = count_new(sections, stored_reads(conn, article_id))
    conn.execute("UPDATE articles SET new_sections = ? WHERE id = ? AND new_sections != ?",
                  (count, article_id, count))
