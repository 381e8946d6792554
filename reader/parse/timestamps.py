"""Times that open a live-blog update: `14h32`, `10:45`, `10.45 Uhr`, `9:05 am`, `Il y a 2
heures`, `Hace 3 horas`, `2 hours ago`, `vor 2 Stunden`, `3 ore fa`."""

from __future__ import annotations

import re

from reader.parse.lexicon import UPPER

_CLOCK = (
    r"(?P<h>[01]?\d|2[0-3])\s?h\s?(?P<m>[0-5]\d)"
    r"|(?P<h2>[01]?\d|2[0-3]):(?P<m2>[0-5]\d)(?:\s?(?:[ap]\.?\s?m\.?|Uhr))?"
    r"|(?:[01]?\d|2[0-3])\.[0-5]\d\s?Uhr"
    r"|(?:1[0-2]|0?\d)\s?[ap]\.?m\.?"
)
_AGO = (
    r"il y a (?:\d{1,3}|une?)\s?(?:minutes?|min|heures?|h)"
    r"|hace (?:\d{1,3}|una?)\s?(?:minutos?|min|horas?|h)"
    r"|(?:\d{1,3}|an?)\s?(?:minutes?|mins?|hours?|hrs?) ago"
    r"|vor (?:\d{1,3}|einer)\s?(?:Minuten?|Min\.?|Stunden?|Std\.?)"
    r"|(?:\d{1,3}|un')\s?(?:minut[oi]|or[ae]) fa"
)
# Case-insensitive inside only: what follows a time must really be a capital.
_TIME = rf"(?i:{_CLOCK}|{_AGO})"
# At the start of a block, followed by a separator and what starts a heading.
_LEADING = re.compile(
    rf"({_TIME})[\s\u00a0]*[-–—:|•·]?[\s\u00a0]*(?=[{UPPER}\d«“\"]|$)"
)
# At the end of a heading, after a separator: `Poutine signe l’accord - 14h32`.
_TRAILING = re.compile(rf"[\s\u00a0]*(?:[-–—|,•·][\s\u00a0]*|\()({_TIME})\)?$")


def leading_time(text: str, start: int = 0) -> tuple[str, int] | None:
    """The time opening `text` at `start` and where what follows it begins."""
    match = _LEADING.match(text, start, min(len(text), start + 60))
    if match is None:
        return None
    return match.group(1), match.end()


def trailing_time(heading: str) -> tuple[str, str] | None:
    """(heading without it, time) when the heading ends with a separated time."""
    match = _TRAILING.search(heading, max(0, len(heading) - 60))
    if match is None or match.start() == 0:
        return None
    return heading[: match.start()], match.group(1)


_GLUED = re.compile(rf"(?<=[^\s\d:.,])(?={_TIME})")


def glued_time(text: str, start: int, stop: int) -> int | None:
    """Offset of the first time in [start, stop) glued to the text before it
    (`peacefully10:45 Draft…`), as when a timed heading follows the last bullet."""
    for match in _GLUED.finditer(text, start, stop):
        if leading_time(text, match.start()) is not None:
            return match.start()
    return None
