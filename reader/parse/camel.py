"""Camel-shaped words in a text (`PlayStation`, `KremlinLe`), counted so the splitter can
tell a name, written the same way more than once, from a glued block boundary, which
almost never repeats."""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Iterator

from reader.parse.boundaries import left_token, right_run
from reader.parse.lexicon import LOWER, UPPER
from reader.parse.quotes import german_quotes

# A small letter then a capital, matched at the capital (written capital first, the letter
# checked behind: the engine then skips to the next capital at once).
_LOWER_UPPER = re.compile(rf"[{UPPER}](?<=[{LOWER}].)")
_MAX_CAMELS = 50_000  # bounds the count on pathological input (`aAaAaA…`)
_SEARCH_BUDGET = 2_000


class CamelCounts:
    """How often each camel-shaped word (`PlayStation`, `KremlinLe`) occurs in a text.

    A camel word seen twice is a name; a glued block boundary almost never repeats. Only
    weak junctions ask, so nothing is counted before the first question. `repeated` looks
    for the word itself (a substring search, then the junctions inside each occurrence)
    while that stays cheap, and counts every camel word of the text (linear) only when
    the text is large or the searches have cost too much.
    """

    def __init__(self, text: str) -> None:
        self._text = text
        self._counts: Counter[str] | None = None
        self._repeated: dict[str, bool] = {}
        self._alone: dict[str, bool] = {}
        # Occurrences the searches may visit before counting everything is cheaper.
        self._budget = _SEARCH_BUDGET if len(text) <= _MAX_CAMELS else 0
        self._german: bool | None = None

    @property
    def german_quotes(self) -> bool:
        """Whether the text quotes the German way, `»…«` (`»` opens), not `« … »`."""
        if self._german is None:
            self._german = german_quotes(self._text)
        return self._german

    def __getitem__(self, word: str) -> int:
        if self._counts is None:
            self._counts = Counter(self._words())
        return self._counts[word]

    def _words(self) -> Iterator[str]:
        """Each camel word of the text once per occurrence (`DiMarco` has one junction,
        `DiMarcoCleyton` two: still one word)."""
        text, last = self._text, -1
        for match in itertools.islice(_LOWER_UPPER.finditer(text), _MAX_CAMELS):
            at = match.start()
            left = left_token(text, at)
            if at - len(left) != last:
                last = at - len(left)
                yield left + right_run(text, at)

    def repeated(self, word: str) -> bool:
        """Whether `word` occurs more than once as a camel word (`self[word] > 1`)."""
        known = self._repeated.get(word)
        if known is None:
            found = self._search(word) if self._counts is None else None
            known = self._repeated[word] = self[word] > 1 if found is None else found > 1
        return known

    def alone(self, word: str) -> bool:
        """Whether `word` occurs as a word of its own somewhere in the text (not glued to
        letters on either side); read only for a camel word seen twice."""
        found = self._alone.get(word)
        if found is None:
            pattern = rf"(?<![^\W\d_]){re.escape(word)}(?![^\W\d_])"
            found = self._alone[word] = re.search(pattern, self._text) is not None
        return found

    def _search(self, word: str) -> int | None:
        """`self[word]` up to 2, or None when over budget. Exact only while the text holds
        fewer than `_MAX_CAMELS` characters, so that `__getitem__` would count every camel
        word (hence the budget of 0 above that)."""
        if not word:
            return None
        junction = _LOWER_UPPER.search(word)
        if junction is None:
            return 0
        inside, text, found = junction.start(), self._text, 0
        at = text.find(word)
        while at >= 0:
            self._budget -= 1
            if self._budget < 0:
                return None
            # An occurrence counts when it is the whole word around its first junction.
            if _word_at(text, at + inside) == word:
                found += 1
                if found > 1:
                    return 2
            at = text.find(word, at + 1)
        return found


def _word_at(text: str, at: int) -> str:
    """The whole word around the junction at `at` (bounded)."""
    return left_token(text, at) + right_run(text, at)
