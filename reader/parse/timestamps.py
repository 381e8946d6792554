"""Times that stamp a live-blog update: `14h32`, `14 h 32`, `10:45`, `10.45 Uhr`, `ore 7.30`,
`9:05 am`, `Il y a 2 heures`, `Hace 3 horas`, `2 hours ago`, `vor 2 Stunden`, `3 ore fa`.

An update's time sits before its heading (`14h32 Heading`, `14h32Heading`, `14h32 - Heading`)
or after it (`Heading 14h32`, `Heading - 14h32`, `Heading (14h32)`). Every function here is
one anchored regex match on a bounded window, so calling it at any offset costs O(1).
"""

from __future__ import annotations

import re

from reader.parse.lexicon import LETTER, LOWER, TIME_PREPOSITIONS, UPPER

_HOUR = r"(?:[01]?\d|2[0-3])"
_HOUR12 = r"(?:1[0-2]|0?\d)"
_SP = "[ \u00a0\u202f]"
# No `\b` after a word: the scraper glues the heading on (`17.28 UhrAbpfiff`).
_END = rf"(?-i:(?![{LOWER}]))"
_AM_PM = rf"{_SP}?[ap]\.?{_SP}?m{_END}\.?"
_UHR = rf"{_SP}?Uhr{_END}"
_H = rf"{_SP}h{_END}(?!{_SP}?[\d:.])"  # Spanish `09:02 h` (not `3.14h00`, `2021.10 h 05`)
# A zone after the clock (`11:05 GMT`), written in capitals; a heading may be glued on
# (`14:32 CETLe…`) but `14:32 CETA deal` has no zone.
_ZONE = (
    rf"{_SP}?(?-i:(?:GMT|UTC|BST|CEST|CET|MESZ|MEZ|EEST|EET|WEST|WET|EDT|EST|CDT|CST|PDT|PST"
    rf"|AEDT|AEST|IST|JST|ET|PT)(?![A-Za-z])|(?:GMT|UTC|BST|CEST|CET|MESZ|MEZ)(?=[A-Z][a-z]))"
)
# Clocks no one reads as anything else, before or after a heading. (A colon may follow the
# minutes, as in `21:05: Heading`, but not a digit: `21:05:33` is no clock of ours.)
_CLOCK = (
    rf"{_HOUR}{_SP}?h{_SP}?[0-5]\d(?!\d|:\d)"
    rf"|{_HOUR}[:.][0-5]\d(?!\d|:\d)(?:{_AM_PM}|{_UHR}|{_H})(?:{_ZONE})?"
    rf"|{_HOUR}:[0-5]\d(?!\d|:\d)(?:{_ZONE})?"
    rf"|{_HOUR}\.[0-5]\d(?![\d:.,]){_ZONE}"
    rf"|{_HOUR12}{_AM_PM}(?:{_ZONE})?"
    rf"|ore{_SP}{_HOUR}[.:][0-5]\d(?!\d)"
)
# Clocks that are only stamps where a heading starts: `16.20` is also a price, `9 h` a
# duration (`Heading 9 h` is no stamp).
_LOOSE_CLOCK = rf"{_HOUR}\.[0-5]\d(?![\d.,]|:\d)|{_HOUR}{_SP}?(?-i:h){_END}(?![\d:])"
_AGO = (
    rf"il{_SP}y{_SP}a{_SP}(?:\d{{1,3}}|une?){_SP}?(?:minutes?|min|heures?|h|jours?){_END}"
    rf"|hace{_SP}(?:\d{{1,3}}|una?){_SP}?(?:minutos?|min|horas?|h|d[ií]as?){_END}"
    rf"|(?:\d{{1,3}}|an?){_SP}?(?:minutes?|mins?|m|hours?|hrs?|h|days?){_SP}ago{_END}"
    rf"|vor{_SP}(?:\d{{1,3}}|einer|einem){_SP}?(?:Minuten?|Min\.?|Stunden?|Std\.?|Tag(?:en)?)"
    rf"{_END}"
    rf"|(?:\d{{1,3}}|un['’]?){_SP}?(?:minut[oi]|or[ae]|giorn[oi]){_SP}fa{_END}"
    rf"|just{_SP}now|à{_SP}l['’]instant|gerade{_SP}eben"
)
# What may stand before a clock at the start of an update: a label (`Updated`, `Mis à jour
# à`), a day (`Yesterday`, `Hier à`, `10/11`) and a preposition (`à 14h32`, `vers 9 h`).
_LABEL = (
    rf"(?:(?:last{_SP})?updated|posted|published)(?:{_SP}(?:at|on))?"
    rf"|mis{_SP}à{_SP}jour(?:{_SP}(?:à|le))?|publié(?:{_SP}(?:à|le))?|actualisé(?:{_SP}à)?"
    rf"|aktualisiert(?:{_SP}(?:um|am))?|actualizado(?:{_SP}(?:a{_SP}las|el))?"
    rf"|aggiornat[oa](?:{_SP}(?:alle|ore|il))?"
)
_DAY = (
    r"(?:yesterday|today|hier|aujourd['’]hui|gestern|heute|ayer|hoy|ieri|oggi"
    r"|\d{1,2}/\d{1,2}(?:/\d{2,4})?|\d{1,2}\.\d{1,2}\.(?:\d{2,4})?),?"
)
_PREP = rf"à|vers|at|um|gegen|alle|a{_SP}las|hacia{_SP}las"
_PREFIX = rf"(?:(?:{_LABEL}){_SP}?:?{_SP}*)?(?:{_DAY}{_SP}+)?(?:(?:{_PREP}){_SP}+)?"
# Case-insensitive inside only: what follows a time must really be a capital.
TIME = rf"(?i:{_PREFIX}(?:{_CLOCK}|{_LOOSE_CLOCK})|{_AGO})"
STRICT_TIME = rf"(?i:{_CLOCK}|{_AGO})"
# Lowercase words that may open an update (`à 14h32`, `vor 5 Minuten`, `il y a 2 h`), for
# a lookahead: the break is only made when `leading_time` then finds a whole time.
LOWER_OPENERS = (
    rf"(?:vor|il{_SP}y{_SP}a|hace|ore|à|vers|at|um|gegen|alle|a{_SP}las|hacia|just"
    rf"|gerade){_SP}"
)
# What may open a heading after its time.
# (or a brand: `iPhone`; a hashtag or a handle: `#Mercato`, `@Equipe`)
_HEAD_START = rf"[{UPPER}\d«“„\"‘¿¡']|[{LOWER}]{{1,5}}[{UPPER}]|[#@][{LETTER}]"
# At the start of a block, followed by a separator and what starts a heading.
_LEADING_TAIL = rf"[ \u00a0]*(?:[-–—:|•·][ \u00a0]*)?(?={_HEAD_START}|$)"
_LEADING = re.compile(rf"({TIME}){_LEADING_TAIL}")
# The commonest openings, `14h32`, `14:32` and `14.32 Uhr`, matched the way `_LEADING`
# would: a digit rules out every label, day and preposition (`14.32.` aside, which `Uhr`
# rules out), `14h32` is the first clock form it tries, `14.32 Uhr` the second, and `14:32`
# the third once the second (`14:32 pm`, `14:32 Uhr`, `14:32 h`) is ruled out; a zone after
# either is left to the big regex. Three times cheaper than it.
_COMMON_CLOCK = re.compile(
    rf"({_HOUR}(?:h[0-5]\d(?!\d|:\d)"
    rf"|[:.][0-5]\d(?!\d|:\d)(?i:{_UHR})(?!{_ZONE})"
    rf"|:[0-5]\d(?!\d|:\d)(?!(?i:{_AM_PM}|{_UHR}|{_H}))(?!{_ZONE})))"
    + _LEADING_TAIL
)
# At the end of a heading: `Heading - 14h32`, `Heading (14h32)` or plainly `Heading 14h32`.
_TRAILING = re.compile(
    rf"[ \u00a0]*(?:[-–—|,•·][ \u00a0]*|\(|(?<=\w)[ \u00a0]+|(?<=[»«”“\"'’)%])[ \u00a0]*)"
    rf"({STRICT_TIME})\)?$"
)
# A dotted clock (`21.20`, which could be a number) ends a heading only after a dash or in
# brackets: `¿Qué pasa con el manto? - 21.20`, `Chiusura in rosso (17.45)`.
_TRAILING_DOTTED = re.compile(
    rf"[ \u00a0]*(?:[-–—|][ \u00a0]*|\()({_HOUR}\.[0-5]\d)\)?$"
)
# A relative time glued to the heading's last word: `…men’s final38 minutes ago`,
# `Comienza el debatehace 1 hora` (a clock glued so is the scan for glued times' job).
# (Only one opening with a digit or `hace`: `zuvor 2 Stunden`, `…plan hour ago` are words.)
_TRAILING_GLUED_AGO = re.compile(rf"(?<=[^\W\d_])(?=\d|(?i:hace)[ \u00a0]\d)((?i:{_AGO}))$")
# `1605 Heading`: a 24-hour clock with no separator, which years look like too (`2015
# Paris attacks`): the splitter believes it only when several updates open this way.
_FOUR_DIGITS = re.compile(
    rf"((?:[01]\d|2[0-3])[0-5]\d(?:{_ZONE})?)(?![\d.,:])[ \u00a0]*(?:[-–—:|•·][ \u00a0]*)?"
    rf"(?=[{UPPER}][{LOWER}])"
)
# What follows the first digits of every `TIME` opening with a digit: perhaps a space, then
# an hour mark, a separator, `am`/`pm`, a unit (`min`, `hours`, `days`, `ore`, `giorni`).
# A number such as `30 Uhr`, `2022` or `15 km` fails this cheap test, not the big regex.
_DIGIT_START = re.compile(r"\d{1,3}[ \u00a0\u202f]?[hHmMdDoOgGaApP:./]")
# Every character below U+2200 a `TIME` may start with: a digit, or the first letter of a
# label, day, preposition or relative time (`Updated`, `hier`, `à`, `vor`, `ore`, `just`),
# in any case the regex engine equates (so the same `(?i:)` decides).
_FIRST_LETTERS = re.compile(r"(?i:[\dluptmaàyhgiovj])")
_TIME_FIRST = frozenset(c for c in map(chr, range(0x2200)) if _FIRST_LETTERS.match(c))
# Then the first letters of every word a `TIME` may start with (the label, day,
# preposition and relative-time words above; `a` covers `at`, `alle`, `aujourd’hui`,
# `actualisé`, `an hour`…): one cheap anchored match turns away `Le`, `The`, `Pour`
# before the big regex is tried. Same `(?i:)`, so the same letters match.
_TIME_START = re.compile(
    r"(?i:\d|last|upd|pos|pub|mis|[aà]|yes|tod|hie|heu|hoy|hac|ge[sgr]|ieri|il|oggi|ore|ver"
    r"|vor|um|un|just)"
)
# Every time `_TRAILING` reads holds a digit or one of these words (`il y a une heure`,
# `hace una hora`, `an hour ago`, `vor einer Stunde`, `un'ora fa`, `just now`,
# `à l'instant`, `gerade eben`): a heading with none of them ends with no time. Checked
# on the lowercased text; `(?i:)` also lets `İ`, `ı` and `ſ` stand for `i` and `s`, so
# with one of those (`İ` lowercases to `i` and a combining dot) the regex decides.
_DIGIT = re.compile(r"\d")
_TRAILING_WORDS = ("il", "hace", "ago", "vor", "fa", "now", "instant", "eben", "\u0307", "ı", "ſ")
_STRICT = re.compile(rf"(?i:{_PREFIX}(?:{_CLOCK})|{_AGO})\Z")
_WORD_BEFORE = re.compile(r"(\w+)[ \u00a0]*$")
_ELIDED_ARTICLES = frozenset({"l’", "l'", "L’", "L'"})
# A clock glued to what precedes it (`…November12.40 Uhr`, `…by 202915:40`).
# Something shaped like a clock; a scan for it starts at digits only, so it is fast.
# (`[0-9][0-9]?`, not `\d{1,2}`: the engine then skips to the next digit with a range test,
# a third faster than the Unicode digit category; glued clocks are written in ASCII digits.)
_CLOCK_SHAPE = re.compile(r"[0-9][0-9]?(?:[ \u00a0]?h[ \u00a0]?|[:.])[0-5][0-9]")
_NOT_GLUED = " \t\n\u00a0\u202f:.,/€$£¥("  # (`Heading (17.24 Uhr)`: the time is the heading's)
_DIGITS_BEFORE = re.compile(r"(?<![\d:.,/])\d+$")
# A lowercase relative time glued to a word or a closing quote (`…Briefwahlbezirkenvor 10
# Minuten`, `…„länger“vor 5 Minuten`).
# Matched (empty) where the time starts, after a letter. The time's first character is
# tested first (`(?i:[vihà])` also matches `İ` and `ı`), so most offsets are passed over
# at once: 2.5x faster than a scan matching every letter, then the lookahead.
_GLUED_RELATIVE = re.compile(
    r"(?=[HIVhivÀàİıouaA\d])(?<=[^\W\d_]|[”“»\"’)%])"
    r"(?=(?i:vor|il y a|hace|à|vers)[ \u00a0](?:\d|une?|einer|una?)|(?:ore|(?<![dD])alle) \d|\d"
    r"|un['’]ora)"
)


LEADING_WINDOW = 60  # `leading_time` reads no further than this past its start


def leading_time(text: str, start: int = 0) -> tuple[str, int] | None:
    """The time opening `text` at `start` and where what follows it begins."""
    char = text[start:start + 1]
    if char < "\u2200" and char not in _TIME_FIRST:
        return None  # most blocks open with a word no time starts with: skip the big regex
    stop = min(len(text), start + LEADING_WINDOW)
    if char.isdigit():
        match = _COMMON_CLOCK.match(text, start, stop)
        if match is None and _DIGIT_START.match(text, start, stop) is not None:
            match = _LEADING.match(text, start, stop)
    elif char < "\u2200" and _TIME_START.match(text, start, stop) is None:
        return None
    else:
        match = _LEADING.match(text, start, stop)
    if match is None:
        return None
    return match.group(1), match.end()


class Openings(dict[int, "tuple[str, int] | None"]):
    """`leading_time(text, at)` for every `at` asked, each read once: the break scan asks
    at block starts, and the heading search asks again for the same blocks."""

    __slots__ = ("text",)

    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text

    def __missing__(self, at: int) -> tuple[str, int] | None:
        found = self[at] = leading_time(self.text, at)
        return found


def is_loose(time: str) -> bool:
    """Whether a time found by `leading_time` could as well be a number (`16.20`, `9 h`)."""
    if len(time) <= 5 and time[-3] in "h:" and time[-2:].isdigit():
        return False  # `14h32`, `9:05`, `9 h32`: only a strict clock reads so short
    return _STRICT.match(time) is None


def four_digit_time(text: str, start: int = 0) -> tuple[str, int] | None:
    """Like `leading_time` for a bare `1605` (see `_FOUR_DIGITS`): the caller must confirm it."""
    match = _FOUR_DIGITS.match(text, start, min(len(text), start + 30))
    if match is None:
        return None
    return match.group(1), match.end()


def trailing_time(heading: str) -> tuple[str, str] | None:
    """(heading without it, time) when the heading ends with its update time.

    A time right after a preposition (`réunion à 15h30`, `meeting at 3:30 pm`) is part of
    what the heading says, not the stamp of the update (but not after a dash or in
    brackets: `Sechs Fahrer setzen sich ab - 11.45 Uhr`).
    """
    window = max(0, len(heading) - 60)
    if _DIGIT.search(heading, window) is None:
        tail = heading[window:].lower()
        if not any(word in tail for word in _TRAILING_WORDS):
            return None
    match = _TRAILING.search(heading, window) or _TRAILING_DOTTED.search(heading, window)
    if match is None:
        tail = heading[-30:].lower()  # (`ago`, `fa` and `hace` have no odd case folds)
        if tail.endswith(("ago", "fa")) or "hace" in tail:
            match = _TRAILING_GLUED_AGO.search(heading, window)
    if match is None or match.start() == 0:
        return None
    head = heading[: match.start()]
    spaced = heading[match.start():match.start(1)].isspace()  # (no dash, bracket, comma)
    before = _WORD_BEFORE.search(head, max(0, len(head) - 30)) if spaced else None
    if (before is not None and before.group(1).casefold() in TIME_PREPOSITIONS
            and head[max(0, before.start() - 2):before.start()] not in _ELIDED_ARTICLES):
        return None  # (`à l’avant 13h10`: after an article, `avant` is a noun)
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
            at = match.end()
            if leading_time(text, at) is not None or four_digit_time(text, at) is not None:
                clock = glued_time(text, start, at)
                return at if clock is None else clock
    for match in _CLOCK_SHAPE.finditer(text, start, stop):
        at = match.start()
        if at == 0 or text[at - 1] in _NOT_GLUED:
            continue
        glued_to_digit = text[at - 1].isdigit()
        if glued_to_digit:
            # `202915:40`: the digit run ends with the hour; keep at least the run's start.
            # The time takes the longest valid hour: `22.35` is never `2|2.35`.
            run = _DIGITS_BEFORE.search(text, max(0, at - 12), at)
            if run is None or leading_time(text, at - 1) is not None:
                continue
        if leading_time(text, at) is not None:
            return at
        if glued_to_digit and text[at:at + 2] > "23" and leading_time(text, at + 1) is not None:
            return at + 1  # `…Mokoena takes 3-586.38pm`: no hour 86, so the hour is 6
    return None
