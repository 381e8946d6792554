"""Where a glued body breaks: sentence ends glued to the next block and glued times, and
the token helpers `junctions` shares (word junctions such as `KremlinLe` live there).

Every search here is one compiled regex scan plus bounded work around each hit (a few dozen
characters either side), so a body of any size is read in linear time.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable

from reader.parse.lexicon import (
    ABBREVIATIONS,
    ALL_FUNCTION_WORDS,
    FINAL_ABBREVIATIONS,
    FUNCTION_WORDS,
    LANGUAGE_MARKERS,
    LETTER,
    LOWER,
    MONTHS,
    UPPER,
)
from reader.parse.quotes import SPACES, Quotes, closers_end, german_quote_end, german_quotes
from reader.parse.timestamps import LOWER_OPENERS, Openings, glued_time

APOSTROPHES = "’'"
UPPER_CHARS = "".join(chr(c) for c in range(0x41, 0x2000) if chr(c).isupper())
_WINDOW = 40  # how far around a hit a token may extend
_OPENING_QUOTES = "«„“\"‘"

# A sentence-final mark, optionally closed by quotes/brackets (French: `. »` with a no-break
# space), directly followed by what may start a block (a spaced dash opens a line of
# dialogue, and so does a Spanish raya unspaced: `…en 2022.—Nadie hace huelga —dijo…`,
# where an en dash makes a range: `Di.–So.`; a hashtag, a handle or a brand like `iPhone`
# may open one too).
# `"` and `“` open or close depending on the quotes before them; `closers_end` decides.
_GLUED_END = re.compile(
    rf"[.!?…](?:[\u00a0\u202f ]?»|[»”“\"’)\]]{{1,3}})?"
    rf"(?=[{UPPER}\d«“„\"‘¿¡(]|[—–][ \u00a0\u202f][{UPPER}¿¡]|—[{UPPER}¿¡]|[#@][{LETTER}]"
    rf"|[{LOWER}]{{1,3}}[{UPPER}][{LOWER}]|{LOWER_OPENERS})"
)
# The same for each mark alone: a pattern opening with one literal character is scanned
# for with a fast string search, several times faster than a character class. The marks
# a line holds are scanned for apart and their matches merged (a match holds one mark
# and closing quotes only, so no match of one mark can overlap one of another).
_GLUED_END_AFTER = _GLUED_END.pattern[len("[.!?…]"):]
_SPACED_TIMES = tuple(
    (mark, re.compile(re.escape(mark) + r"[»”\"]?[ \u00a0](?=[0-9])")) for mark in "!?"
)
_GLUED_MARKS = tuple((mark, re.compile(re.escape(mark) + _GLUED_END_AFTER)) for mark in ".!?…")
# The same mark followed by a space or the end: a sentence end inside a paragraph.
SPACED_END = re.compile(r"[.!?…][»”“\"'’)\]]*(?=[\s\u00a0\u202f]|$)")
CAP_WORD = re.compile(rf"[{UPPER}][{LOWER}]*")
_BRAND = re.compile(rf"[{LOWER}]{{1,3}}[{UPPER}][{LOWER}]")  # `iPhone`, `eBay`, `eduConnect`
_DOMAIN_TAIL = re.compile(r"[A-Za-z0-9-]+\.[a-z]{2,6}\b")
_URL_SLASH = re.compile(r"://|[A-Za-z0-9-]\.[A-Za-z]{2,}/")  # a scheme, or a domain then a path
_ACRONYM_DOT = re.compile(rf"[{UPPER}]{{1,3}}\.")
# `6 a.m.`, `3 p.m.`: a time, which may well end the sentence.
_AM_PM = re.compile(r"\d[ \u00a0]?[apAP]\.[mM]\Z")
_CHESS_MOVE = re.compile(r"[KQRBN][a-h1-8]?x?[a-h][1-8](?![a-z])")
_MONTH_AFTER = re.compile(rf"[ \u00a0]?([{UPPER}][{LOWER}]+)")


# Which languages list each marker word.
_MARKER_LANGUAGES: dict[str, tuple[str, ...]] = {
    word: tuple(lang for lang, markers in LANGUAGE_MARKERS.items() if word in markers)
    for word in frozenset().union(*LANGUAGE_MARKERS.values())
}


# Every spelling of each marker in capitals and small letters (`the`, `The`, `THE`, `tHe`…),
# so the words are looked up as written: the same as lowercasing them first, since no other
# character lowercases to a letter of theirs (checked in the tests), and cheaper.
_MARKER_FORMS: dict[str, tuple[str, ...]] = {
    "".join(letters): langs
    for word, langs in _MARKER_LANGUAGES.items()
    for letters in itertools.product(*({c, c.upper()} for c in word))
}


# The opening characters the guess reads: about 130 words, plenty to tell five languages
# apart (the corpora score the same from 600 characters on) at half the cost of 1,500.
_LANGUAGE_WINDOW = 800


def guess_language(text: str) -> str | None:
    """`fr`, `en`, `de`, `es` or `it` by counting everyday words; None when unsure."""
    # Each word votes for every language listing it: one dict lookup per word.
    scores = dict.fromkeys(LANGUAGE_MARKERS, 0)
    for langs in filter(None, map(_MARKER_FORMS.get, text[:_LANGUAGE_WINDOW].split())):
        for lang in langs:
            scores[lang] += 1
    best = max(scores, key=scores.__getitem__)
    return best if scores[best] >= 3 else None


def function_words(lang: str | None) -> frozenset[str]:
    return FUNCTION_WORDS.get(lang or "", ALL_FUNCTION_WORDS)


def left_token(text: str, end: int) -> str:
    """The run of letters ending at `end` (bounded)."""
    if not text[end - 1:end].isalpha():
        return ""
    # The last whitespace-separated word, found in C, is the run when it is all letters.
    word = text[max(0, end - _WINDOW):end].rsplit(None, 1)[-1]
    if word.isalpha():
        return word
    start = len(word)
    while start > 0 and word[start - 1].isalpha():
        start -= 1
    return word[start:]


def right_run(text: str, start: int) -> str:
    """The run of letters starting at `start` (bounded)."""
    if not text[start:start + 1].isalpha():
        return ""
    word = text[start:start + _WINDOW].split(None, 1)[0]
    if word.isalpha():
        return word
    end = 0
    while word[end].isalpha():
        end += 1
    return word[:end]


def is_abbreviation(text: str, dot: int) -> bool:
    """Whether the `.` at `dot` closes an abbreviation, an initial or a number part."""
    return _abbreviation(text, dot, left_token(text, dot))


def _abbreviation(text: str, dot: int, token: str) -> bool:
    """`is_abbreviation` with the token before the dot already read."""
    before = text[dot - len(token) - 1] if dot - len(token) > 0 else " "
    if not token:
        return False
    if len(token) == 1 and (before in SPACES or before in ".-‑’'(" or dot == 1):
        # initials (J. R. R.), U.S., J.-C.; not the French hour `à 19 h.`
        return not (token in "hH" and before in SPACES and text[dot - 3:dot - 2].isdigit())
    if before == "." and len(token) <= 2 and len(left_token(text, dot - len(token) - 1)) <= 2:
        return True  # the tail of z.B., p.ex., e.g., U.S.A. (not of `example.no.`)
    caps = len(token) - len(token.rstrip(UPPER_CHARS))
    if 1 <= caps <= 3 and _ACRONYM_DOT.match(text, dot + 1):
        return True  # EE.UU., S.A., `FebruaryU.S.`: the first half of a dotted acronym
    return token in ABBREVIATIONS


def _ordinal_date(text: str, dot: int) -> bool:
    """`am 18. November`: a day number, a dot and a month name (German dates)."""
    if dot == 0 or not text[dot - 1].isdigit():
        return False
    month = _MONTH_AFTER.match(text, dot + 1)
    return month is not None and month.group(1) in MONTHS


def _urlish(text: str) -> bool:
    """Whether `text` holds anything `_in_url` looks for around a mark besides a domain."""
    return "/" in text or "@" in text or "www." in text or "WWW." in text


def _in_url(text: str, start: int, end: int, *, urlish: bool = True) -> bool:
    """Whether the characters around [start, end) belong to a URL, address or domain
    (`urlish=False`: `text` has no `/`, `@` or `www.`, so only a domain can say yes)."""
    if urlish:
        word = _word_before(text, start)  # cheaper than four bounded finds
        if "@" in word or "www." in word or "WWW." in word or _URL_SLASH.search(word):
            return True  # (a slash alone is no URL: `100 km/h.`, `24/7.`)
    stop = text.find(" ", end, end + 100)
    stop = min(len(text), end + 100) if stop < 0 else stop
    if urlish and text.find("/", end, stop) >= 0:
        return True
    if text.find(".", end, stop) < 0:
        return False
    right = text[end:stop].rstrip(".,;:!?)»”\"")
    return bool(_DOMAIN_TAIL.fullmatch(right))


def glued_breaks(text: str, openings: Openings | None = None) -> list[int]:
    """Offsets where a new block starts right after a sentence end or before a glued time.

    `openings` (for `text`) keeps the times read at block starts for the caller."""
    if openings is None:
        openings = Openings(text)
    breaks: list[int] = []
    urlish = _urlish(text)
    german = german_quotes(text)
    quotes = Quotes(text)
    size = len(text)
    # The time opening the current block, read once per block rather than once per mark.
    block, opening = -1, None
    for match in _glued_ends(text):
        mark, at = match.span()
        if at != mark + 1:
            at = closers_end(text, mark, at, quotes)
        if german:
            at = german_quote_end(text, mark, at)
            if at < 0:
                continue
        if at >= size or not _is_glued_break(text, mark, at, openings, urlish):
            continue
        if at == mark + 1 and text[at] in '"“' and quotes.closes(at):
            continue  # the quote closes (`…Hof aus?“.Die`): the block ends after it
        if text[mark] == "." and text[mark - 1:mark].isalnum():
            start = breaks[-1] if breaks else 0
            if start != block:
                block, opening = start, openings[start]
            if _in_time(text, mark, start, opening, openings):
                continue
        breaks.append(at)
        quotes.reset(at)
    timed = _glued_times(text) + _times_after_marks(text, openings)
    if timed:
        breaks = sorted(set(breaks).union(timed))
    return breaks


def _times_after_marks(text: str, openings: Openings) -> list[int]:
    """Times after a heading's `!` or `?` and a space, glued to the next block: `…win the
    Cup! 21:40It is over`; the time starts a block (the splitter gives it to the heading)."""
    found: list[int] = []
    for mark, pattern in _SPACED_TIMES:
        if mark not in text:
            continue
        for match in pattern.finditer(text):
            at = match.end()
            opening = openings[at]
            if opening is None or opening[1] != at + len(opening[0]) or opening[1] >= len(text):
                continue
            # (or a number, after a time that ends in a letter: `…need? 12:52 GMT58 laps`)
            nxt = text[opening[1]]
            if nxt.isupper() or (nxt.isdigit() and opening[0][-1].isalpha()):
                found.append(at)
    return found


def _glued_ends(text: str) -> Iterable[re.Match[str]]:
    """`_GLUED_END.finditer(text)`, faster (see `_GLUED_MARKS`)."""
    scans = [pattern.finditer(text) for mark, pattern in _GLUED_MARKS if mark in text]
    if len(scans) == 1:
        return scans[0]
    return sorted(itertools.chain.from_iterable(scans), key=_match_start)


def _match_start(match: re.Match[str]) -> int:
    return match.start()


def _glued_times(text: str) -> list[int]:
    """Times glued to the end of a heading or bullet (`…November12.40 Uhr Arbeitgeber`)."""
    found: list[int] = []
    at = 0
    while True:
        hit = glued_time(text, at, len(text))
        if hit is None:
            return found
        found.append(hit)
        at = hit + 1


def _in_time(text: str, mark: int, block: int, opening: tuple[str, int] | None,
             openings: Openings) -> bool:
    """Whether the `.` at `mark` (after a letter or digit) belongs to a time: one opening
    the block (`2.15 p.m.`, `11.05am` after `…said.`; `opening` is `leading_time` at
    `block`) or one whose hour is the 1-2 digits before it (`…mile 2011.05am`, where the
    glued-time scan splits `20|11.05am`)."""
    if block < mark and opening is not None and opening[1] > mark:
        return True
    start = mark
    while start > max(0, mark - 2) and text[start - 1].isdigit():
        start -= 1
    found = openings[start] if start < mark else None
    return found is not None and found[1] > mark + 1


def _is_glued_break(text: str, mark: int, at: int, openings: Openings, urlish: bool) -> bool:
    punct, nxt = text[mark], text[at]
    if nxt in _OPENING_QUOTES:
        follower = text[at + 1:at + 2]
        if not follower or (follower in SPACES and nxt != "«"):
            return False
    if nxt.islower():
        # `…Sprecherin.vor 5 StundenDie…`; `…on Friday.iPhone owners…`
        if openings[at] is not None:
            return True
        if _BRAND.match(text, at) is None or _in_url(text, mark, at, urlish=urlish):
            return False
    if punct == "…" or (punct == "." and mark > 0 and text[mark - 1] in ".…"):
        # an ellipsis: too often inside a sentence to trust, unless a quotation closes
        # after it (`…nervous…”After`) or a time follows
        if at > mark + 1 and text[at - 1] in "»”“\"’)":
            return True
        return (nxt.isdigit() or nxt.isupper()) and openings[at] is not None
    if nxt.isdigit() and openings[at] is not None:
        return True  # `…sur example.org/trafic.06h00 Un TGV`, `en 1957.13h05 Le`
    if _in_url(text, mark, at, urlish=urlish):
        # `…/Page.Le maire a dit`: a URL ending a sentence, only before a function word;
        # after an address or a bare domain (no path), before any capitalised word
        # (`…écrire à mairie@vernac.fr.Prochain conseil…`).
        # (`…gouv.fr.Contacté, le…`, `…gouv.fr.« Le danger…`).
        pathless = "/" not in _word_before(text, mark)
        word = CAP_WORD.match(text, at)
        if word is None:  # (no address holds a quotation mark: `…/ergebnisse.»Ein…«`)
            return nxt in _OPENING_QUOTES or nxt == "»"
        after = text[word.end():word.end() + 1]
        if after in SPACES and word.group() in ALL_FUNCTION_WORDS:
            return True
        return pathless and len(word.group()) >= 2 and (after in SPACES or after == ",")
    if punct != ".":
        return True
    before = text[mark - 1] if mark > 0 else " "
    if before.isdigit():
        # 3.5, 1.000 are numbers, `am 18.November` a date and `24.Nxe5` a chess move;
        # `en 2022.Le` is a break
        return not nxt.isdigit() and not _ordinal_date(text, mark) \
            and _CHESS_MOVE.match(text, at) is None
    if before in "mM" and _AM_PM.search(text, max(0, mark - 6), mark):
        return True  # `from 6 a.m.Patricia McDonald…`
    token = left_token(text, mark)
    if _abbreviation(text, mark, token):
        # `…its pie cabinet, etc.Mayor`; `…outside the U.S.The hearing`, `…EE.UU.El estadio`;
        # a unit glued to its number: `…in 3hr 02min.Hollis-Ward said`
        return (token in FINAL_ABBREVIATIONS or _acronym_ends(text, mark, at, token)
                or text[mark - len(token) - 1:mark - len(token)].isdigit()
                or text.endswith("J.-C", max(0, mark - 4), mark)  # `…220 av. J.-C.La ville`
                or nxt in "¿¡")  # `…en Europa, Japón y EE.UU.¿Cuánto costará?`
    if nxt.isdigit():
        # `…casas».6 premios`; a unit with a slash: `…à 1,5 km/h.14 avions…`
        return len(token) >= 2 or (not token and before in "»”“\"’)") \
            or text[mark - len(token) - 1:mark - len(token)] == "/"
    return True


def _word_before(text: str, end: int) -> str:
    """The whitespace-delimited word ending at `end` (at most 200 characters)."""
    left = text.rfind(" ", max(0, end - 200), end) + 1 or max(0, end - 200)
    return text[left:end]


def _acronym_ends(text: str, mark: int, at: int, token: str) -> bool:
    """Whether the dot at `mark` closes a dotted acronym (`U.S.`, `S.A.`, `EE.UU.`) before a
    function word: `U.S.Army` is a name, `U.S.The hearing` a new paragraph."""
    dot = mark - len(token) - 1  # the dot before the token (`U.S`), if any
    if not (1 <= len(token) <= 3 and token.isupper() and dot >= 0 and text[dot] == "."):
        return False
    word = CAP_WORD.match(text, at)
    return bool(word and word.group() in ALL_FUNCTION_WORDS
                and text[word.end():word.end() + 1] in SPACES + "’'")


def sentence_end(text: str, start: int, stop: int, *, exclaim: bool = True) -> int:
    """Offset of the first real in-paragraph sentence end in [start, stop), else `stop`.

    With `exclaim=False` a `!` or `?` does not count (`GOAL! Bennett scores` as a heading).
    """
    for match in SPACED_END.finditer(text, start, stop):
        mark = match.start()
        punct = text[mark]
        if punct == ".":
            if is_abbreviation(text, mark) or _in_url(text, mark, mark + 1):
                continue
            if (mark > 0 and text[mark - 1] in ".…") or _ordinal_date(text, mark):
                continue
        elif punct == "…" or (punct in "!?" and not exclaim):
            continue  # (an ellipsis, like `...` above, is too often inside a sentence)
        return mark
    return stop


def word_count(text: str) -> int:
    return len(text.split())
