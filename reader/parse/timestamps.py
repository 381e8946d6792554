"""Times that stamp a live-blog update: `14h32`, `14 h 32`, `10:45`, `10.45 Uhr`, `ore 7.30`,
`9:05 am`, `Il y a 2 heures`, `Hace 3 horas`, `2 hours ago`, `vor 2 Stunden`, `3 ore fa`.

An update's time sits before its heading (`14h32 Heading`, `14h32Heading`, `14h32 - Heading`)
or after it (`Heading 14h32`, `Heading - 14h32`, `Heading (14h32)`). Every function here is
one anchored regex match on a bounded window, so calling it at any offset costs O(1).
"""

from __future__ import annotations

import re

from reader.parse.lexicon import LOWER, TIME_PREPOSITIONS, UPPER

_HOUR = r"(?:[01]?\d|2[0-3])"
# No `\b` after a word: the scraper glues the heading on (`17.28 UhrAbpfiff`).
_END = rf"(?-i:(?![{LOWER}]))"
_CLOCK = (
    rf"{_HOUR}[ \u00a0]?h[ \u00a0]?[0-5]\d(?![\d:])"
    rf"|{_HOUR}:[0-5]\d(?![\d:])(?:[ \u00a0]?(?:[ap]\.?[ \u00a0]?m{_END}\.?|Uhr{_END}))?"
    rf"|{_HOUR}\.[0-5]\d[ \u00a0]?Uhr{_END}"
    rf"|(?:1[0-2]|0?\d)[ \u00a0]?[ap]\.?[ \u00a0]?m{_END}\.?"
    rf"|ore[ \u00a0]{_HOUR}[.:][0-5]\d(?!\d)"
)
_AGO = (
    rf"il[ \u00a0]y[ \u00a0]a[ \u00a0](?:\d{{1,3}}|une?)[ \u00a0]?(?:minutes?|min|heures?|h){_END}"
    rf"|hace[ \u00a0](?:\d{{1,3}}|una?)[ \u00a0]?(?:minutos?|min|horas?|h){_END}"
    rf"|(?:\d{{1,3}}|an?)[ \u00a0]?(?:minutes?|mins?|hours?|hrs?)[ \u00a0]ago{_END}"
    rf"|vor[ \u00a0](?:\d{{1,3}}|einer)[ \u00a0]?(?:Minuten?|Min\.?|Stunden?|Std\.?){_END}"
    rf"|(?:\d{{1,3}}|un['’])[ \u00a0]?(?:minut[oi]|or[ae])[ \u00a0]fa{_END}"
)
# Case-insensitive inside only: what follows a time must really be a capital.
TIME = rf"(?i:{_CLOCK}|{_AGO})"
# What may open a heading after its time.
_HEAD_START = rf"[{UPPER}\d«“„\"¿¡']"
# At the start of a block, followed by a separator and what starts a heading.
_LEADING = re.compile(
    rf"({TIME})[ \u00a0]*(?:[-–—:|•·][ \u00a0]*)?(?={_HEAD_START}|$)"
)
# At the end of a heading: `Heading - 14h32`, `Heading (14h32)` or plainly `Heading 14h32`.
_TRAILING = re.compile(
    rf"[ \u00a0]*(?:[-–—|,•·][ \u00a0]*|\(|(?<=[^\W\d_])[ \u00a0]+|(?<=[»”“\"'’)%])[ \u00a0]*)"
    rf"({TIME})\)?$"
)
_WORD_BEFORE = re.compile(r"(\w+)[ \u00a0]*$")
# A clock glued to what precedes it (`…November12.40 Uhr`, `…by 202915:40`).
# Something shaped like a clock; a scan for it starts at digits only, so it is fast.
_CLOCK_SHAPE = re.compile(r"\d{1,2}(?:[ \u00a0]?h[ \u00a0]?|[:.])[0-5]\d")
_NOT_GLUED = " \t\n\u00a0\u202f:.,/"
_DIGITS_BEFORE = re.compile(r"(?<![\d:.,/])\d+$")
# A lowercase relative time glued to a word (`…Briefwahlbezirkenvor 10 Minuten`).
_GLUED_RELATIVE = re.compile(
    r"(?<=[^\W\d_])(?=(?i:vor|il y a|hace)[ \u00a0](?:\d|une?|einer|una?)|ore \d|\d|un['’]ora)"
)


def leading_time(text: str, start: int = 0) -> tuple[str, int] | None:
    """The time opening `text` at `start` and where what follows it begins."""
    match = _LEADING.match(text, start, min(len(text), start + 60))
    if match is None:
        return None
    return match.group(1), match.end()


def trailing_time(heading: str) -> tuple[str, str] | None:
    """(heading without it, time) when the heading ends with its update time.

    A time right after a preposition (`réunion à 15h30`, `meeting at 3:30 pm`) is part of
    what the heading says, not the stamp of the update.
    """
    match = _TRAILING.search(heading, max(0, len(heading) - 60))
    if match is None or match.start() == 0:
        return None
    head = heading[: match.start()]
    before = _WORD_BEFORE.search(head, max(0, len(head) - 30))
    if before is not None and before.group(1).casefold() in TIME_PREPOSITIONS:
        return None
    if not head.strip() or head.rstrip()[-1] in ":":
        return None  # `Halbzeit: 15:16` is a score
    return head.rstrip(), match.group(1)


def glued_time(text: str, start: int, stop: int, *, relative: bool = False) -> int | None:
    """Offset of the first time in [start, stop) glued to the text before it and opening a
    heading (`peacefully10:45 Draft…`, `…by 202915:40 Opposition`), else None.

    With `relative`, lowercase relative times glued to a word count too (`…Bezirkenvor 10
    Minuten`): only where a heading is expected, since `zuvor 2 Stunden` is ordinary text.
    """
    if relative:
        for match in _GLUED_RELATIVE.finditer(text, start, stop):
            if leading_time(text, match.start()) is not None:
                clock = glued_time(text, start, match.start())
                return match.start() if clock is None else clock
    for match in _CLOCK_SHAPE.finditer(text, start, stop):
        at = match.start()
        if at == 0 or text[at - 1] in _NOT_GLUED:
            continue
        if text[at - 1].isdigit():
            # `202915:40`: the digit run ends with the hour; keep at least the run's start.
            # The time takes the longest valid hour: `22.35` is never `2|2.35`.
            run = _DIGITS_BEFORE.search(text, max(0, at - 12), at)
            if run is None or leading_time(text, at - 1) is not None:
                continue
        if leading_time(text, at) is not None:
            return at
    return None
