"""Where a glued body breaks: sentence ends glued to the next block, and word junctions.

Every search here is a simple regex scan plus bounded work around each hit (at most a few
dozen characters either side), so a body of any size is read in linear time.
"""

from __future__ import annotations

import re
from collections import Counter

from reader.parse.lexicon import (
    ABBREVIATIONS,
    ALL_FUNCTION_WORDS,
    CAMEL_PREFIXES,
    CAMEL_WORDS,
    FUNCTION_WORDS,
    LANGUAGE_MARKERS,
    LETTER,
    LOWER,
    SPACED_SINGLE_LETTERS,
    UPPER,
)
from reader.parse.timestamps import leading_time

CLOSERS = "»”\"')]"
_APOSTROPHES = "’'"
_SPACES = " \u00a0\u202f"
_WINDOW = 40  # how far around a hit a token may extend

# A sentence-final mark, optionally closed by quotes/brackets (French: `. »` with a
# no-break space), directly followed by what starts a block.
_GLUED_END = re.compile(
    rf"[.!?…](?:[\u00a0\u202f ]?[»”\"')\]]+)?"
    rf"(?=[{UPPER}\d«“\"¿¡(]|(?:vor|il y a|hace) (?:\d|une?|una|einer) )"
)
# The same mark followed by a space or the end: a sentence end inside a paragraph.
_SPACED_END = re.compile(r"[.!?…][»”\"')\]]*(?=[\s\u00a0\u202f]|$)")
# Letter, digit or closer directly followed by a capital: a possible junction.
_JUNCTION = re.compile(rf"(?<=[{LETTER}\d»”\"')])(?=[{UPPER}])")
_LOWER_UPPER = re.compile(rf"[{LOWER}](?=[{UPPER}])")
_CAP_WORD = re.compile(rf"[{UPPER}][{LOWER}]*")
_WORD = re.compile(rf"[{LETTER}]+")
_DOMAIN_TAIL = re.compile(r"[A-Za-z0-9-]+\.[a-z]{2,6}\b")


def guess_language(text: str) -> str | None:
    """`fr`, `en`, `de`, `es` or `it` by counting everyday words; None when unsure."""
    counts = Counter(w.lower() for w in _WORD.findall(text[:20000]))
    scores = {lang: sum(counts[w] for w in words) for lang, words in LANGUAGE_MARKERS.items()}
    best = max(scores, key=lambda lang: scores[lang])
    return best if scores[best] >= 3 else None


def function_words(lang: str | None) -> frozenset[str]:
    return FUNCTION_WORDS.get(lang or "", ALL_FUNCTION_WORDS)


def _left_token(text: str, end: int) -> str:
    """The run of letters ending at `end` (bounded)."""
    start = end
    limit = max(0, end - _WINDOW)
    while start > limit and text[start - 1].isalpha():
        start -= 1
    return text[start:end]


def _right_run(text: str, start: int) -> str:
    """The run of letters starting at `start` (bounded)."""
    end = start
    limit = min(len(text), start + _WINDOW)
    while end < limit and text[end].isalpha():
        end += 1
    return text[start:end]


def is_abbreviation(text: str, dot: int) -> bool:
    """Whether the `.` at `dot` closes an abbreviation, an initial or a number part."""
    token = _left_token(text, dot)
    before = text[dot - len(token) - 1] if dot - len(token) > 0 else " "
    if not token:
        return False
    if len(token) == 1 and (before in _SPACES or before in ".-‑’'(" or dot == 1):
        return True  # initials (J. R. R.), U.S., J.-C.
    if before == "." and len(token) <= 2 and len(_left_token(text, dot - len(token) - 1)) <= 2:
        return True  # the tail of z.B., p.ex., e.g., U.S.A. (not of `example.no.`)
    return token in ABBREVIATIONS


def _in_url(text: str, start: int, end: int) -> bool:
    """Whether the characters around [start, end) belong to a URL, address or domain."""
    window = text[max(0, start - 200):start]
    left = window[window.rfind(" ") + 1:]
    if "/" in left or "@" in left or "www." in left.lower():
        return True
    right = text[end:end + 100]
    cut = right.find(" ")
    right = right if cut < 0 else right[:cut]
    return "/" in right or ("." in right and bool(_DOMAIN_TAIL.fullmatch(right.rstrip(".,;:!?)»”\""))))


def glued_breaks(text: str) -> list[int]:
    """Offsets where a new block starts right after a sentence end with no space."""
    breaks: list[int] = []
    for match in _GLUED_END.finditer(text):
        mark, at = match.start(), match.end()
        if _is_glued_break(text, mark, at):
            breaks.append(at)
    return breaks


def _is_glued_break(text: str, mark: int, at: int) -> bool:
    punct, nxt = text[mark], text[at]
    if nxt.islower():
        return leading_time(text, at) is not None  # `…Sprecherin.vor 5 StundenDie…`
    if punct == "…" or (punct == "." and mark > 0 and text[mark - 1] in ".…"):
        return False  # an ellipsis: too often inside a sentence to trust
    if _in_url(text, mark, at):
        # `…/Page.Le maire a dit`: a URL ending a sentence, only before a function word.
        word = _CAP_WORD.match(text, at)
        return bool(word and word.group() in ALL_FUNCTION_WORDS
                    and text[word.end():word.end() + 1] in (" ", " "))
    if punct != ".":
        return True
    before = text[mark - 1] if mark > 0 else " "
    if before.isdigit():
        # 3.5, 1.000 are numbers; `en 2022.Le` and `en 1957.13h05` are breaks
        return not nxt.isdigit() or leading_time(text, at) is not None
    if is_abbreviation(text, mark):
        return False
    if nxt.isdigit():
        return len(_left_token(text, mark)) >= 2 or leading_time(text, at) is not None
    return True


def sentence_end(text: str, start: int, stop: int) -> int:
    """Offset of the first real in-paragraph sentence end in [start, stop), else `stop`."""
    for match in _SPACED_END.finditer(text, start, stop):
        mark = match.start()
        if text[mark] == "." and (is_abbreviation(text, mark) or _in_url(text, mark, mark + 1)):
            continue
        if text[mark] == "." and mark > 0 and text[mark - 1] in ".…":
            continue
        return mark
    return stop


def glued_token_counts(text: str) -> Counter[str]:
    """How often each camel-shaped word (`PlayStation`, `KremlinLe`) occurs in `text`.

    A camel word seen twice is a name; a glued block boundary almost never repeats.
    """
    counts: Counter[str] = Counter()
    for match in _LOWER_UPPER.finditer(text):
        at = match.end()
        counts[_left_token(text, at) + _right_run(text, at)] += 1
    return counts


def junction_strength(
    text: str, at: int, words: frozenset[str], counts: Counter[str] | None = None,
) -> int:
    """How sure we are that a block ends right before `at` (0 no, 1 weak, 2 strong).

    Strong: a function word starts the next block (`russesL’Ukraine`, `KremlinLe`).
    Weak: an ordinary capitalised word follows a plausible word end (`KyivZelensky said`).
    Never: camel-case names and brands (McDonald, iPhone, PlayStation, LinkedIn, TikTok).
    """
    word = _CAP_WORD.match(text, at)
    if word is None:
        return 0
    right = word.group()
    after = text[word.end()] if word.end() < len(text) else " "
    if after.isalnum():
        return 0  # `SpaceX`, `OpenAI`, `iOS`: the capital starts no word of its own
    left_char = text[at - 1]
    left = _left_token(text, at)
    whole = left + _right_run(text, at)
    if whole.casefold() in CAMEL_WORDS or left in CAMEL_PREFIXES:
        return 0
    single_ok = _SPACES if right in SPACED_SINGLE_LETTERS else _APOSTROPHES
    is_function = right in words and (
        (len(right) > 1 and after in _SPACES + _APOSTROPHES)
        or (len(right) == 1 and after in single_ok)
    )
    if left and left_char.isupper():
        # `NATOThe alliance`: an acronym then a function word; anything else is a name.
        return 2 if is_function and len(left) >= 2 and left.isupper() else 0
    if left and (len(left) <= 2 or (left[0].isupper() and len(left) <= 3)):
        return 0  # iPhone, eBay, YouTube, TikTok, OneDrive
    if is_function:
        return 2
    if len(right) < 2 or after not in _SPACES + ",":
        return 0
    if left and counts is not None and counts[whole] > 1:
        return 0
    return 1


def junctions(text: str, start: int, stop: int) -> list[int]:
    """Candidate junction offsets in [start, stop) (filter with `junction_strength`)."""
    return [m.start() for m in _JUNCTION.finditer(text, start, stop)]


def word_count(text: str) -> int:
    return len(text.split())
