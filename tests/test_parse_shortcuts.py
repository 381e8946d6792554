"""The splitter's shortcuts give exactly what the slower definitions they replace give.

Each shortcut skips work the definition would do for nothing (a big regex that cannot
match, a lowercase copy of the text); these tests hold them to the definition on inputs
built to sit on the edges (special case folds, marks side by side, times in every style).
"""

from __future__ import annotations

import random
import sys

from hypothesis import given
from hypothesis import strategies as st

from reader.parse import boundaries, timestamps
from reader.parse.lexicon import LANGUAGE_MARKERS

PIECES = [
    "14h32", "14 h 32", "9 h", "10:45", "10.45 Uhr", "9:05 am", "12.40pm", "2.15 p.m.",
    "11:05 GMT", "14:32 CETLe", "vor 2 Stunden", "Vor einer Stunde", "il y a 2 heures",
    "IL Y A UNE HEURE", "İl y a une heure", "ıl y a une heure", "İl y a 2 h", "ıl y a 3 h",
    "hace 3 horas", "Hace una hora",
    "2 hours ago", "an hour ago", "ahour ago", "AN HOUR AGO", "3 ore fa", "un’ora fa",
    "Just now", "à l’instant", "À l'inſtant", "gerade eben", "Updated 13:05",
    "Last updated at", "Published on", "Mis à jour à 14h32 - ", "publié à", "Aktualisiert um",
    "actualizado a las", "aggiornato alle", "Hier à 18h20", "Yesterday", "aujourd’hui",
    "gestern", "heute", "ayer", "oggi", "10/11 14:32", "à", "vers", "at", "um", "gegen",
    "a las", "hacia las", "ore 7.30", "16.20", "1605", "Le", "La", "The", "In", "A", "Un",
    "Il", "Pour", "Après", "Alle", " ", "\u00a0", "-", " – ", ": ", "(", ")", "Titre", "maire",
    "ſ", "K", "2026", "49.3", "10:45 PM", "14:32\u202fUhr", "10:45Am", "9:05 Pm", "21:40Le",
    ".", "!", "?", "…", ".»", "?”", '."', "Lyon", "THE", "tHe", "12:40 Uhr MEZ", "17:45 Union",
    "10:45 UTC", "17.28 UhrAbp", "19.30 Uhr.", "30 Uhr", "15 km", "2022", "24h00", "7 h",
    "3 Min.", "12 min", "45 Std.", "12 minutes ago", "5m ago", "2 giorni fa", "3 days ago",
    "9\u00a0h\u00a032", "١٤:٣٢", "09:02 h", "14.30 h", "9:05 hEl",
]


def soups(seed: int, count: int) -> list[str]:
    rng = random.Random(seed)
    return [
        "".join(rng.choice(PIECES) + rng.choice(["", " "]) for _ in range(rng.randint(1, 9)))
        for _ in range(count)
    ]


def test_leading_and_trailing_times_match_their_regexes() -> None:
    leading = timestamps._LEADING
    trailing = timestamps._TRAILING
    checked = 0
    for text in soups(7, 3000):
        for at in range(len(text)):
            match = leading.match(text, at, min(len(text), at + timestamps.LEADING_WINDOW))
            want = None if match is None else (match.group(1), match.end())
            assert timestamps.leading_time(text, at) == want, (text, at)
            checked += want is not None
        # `trailing_time` skips its regex when no time can end the heading.
        window = max(0, len(text) - 60)
        if trailing.search(text, window) or timestamps._TRAILING_DOTTED.search(text, window) \
                or timestamps._TRAILING_GLUED_AGO.search(text, window):
            checked += 1
        else:
            assert timestamps.trailing_time(text) is None, text
    assert checked > 1000  # the soups hold plenty of real times
    # No digit, and a letter the regex folds but `lower()` does not map the same way.
    for heading in ("Titre il y a une heure", "Titre ıl y a une heure", "Titre İl y a une heure",
                    "Titre à l’inſtant", "Title JUST NOW", "Titel vor einer Stunde"):
        assert timestamps.trailing_time(heading) is not None, heading


def test_loose_times_match_the_strict_regex() -> None:
    # `is_loose` answers short clocks (`14h32`, `9:05`) without its regex.
    checked = 0
    for text in soups(11, 3000):
        for at in range(len(text)):
            found = timestamps.leading_time(text, at)
            if found is not None:
                want = timestamps._STRICT.match(found[0]) is None
                assert timestamps.is_loose(found[0]) == want, found
                checked += 1
    assert checked > 1000


def test_marker_forms_are_every_case_of_the_markers() -> None:
    # `guess_language` looks words up as written instead of lowercasing them: that is the
    # same only while no other character lowercases to a letter of a marker word.
    letters = {c for words in LANGUAGE_MARKERS.values() for word in words for c in word}
    strays = [
        chr(code) for code in range(sys.maxunicode + 1)
        if chr(code).lower() in letters and chr(code) not in (chr(code).lower(),
                                                              chr(code).lower().upper())
    ]
    assert strays == []
    for word in ("the", "der", "les", "della", "è"):
        for form in (word, word.upper(), word.title(), word[:-1] + word[-1].upper()):
            assert form in boundaries._MARKER_FORMS


@given(st.lists(st.sampled_from(PIECES), max_size=30).map("".join))
def test_glued_ends_merge_like_one_scan(text: str) -> None:
    want = [m.span() for m in boundaries._GLUED_END.finditer(text)]
    assert [m.span() for m in boundaries._glued_ends(text)] == want


def test_glued_clock_scan_finds_ascii_clocks_only() -> None:
    shape = timestamps._CLOCK_SHAPE
    assert [m.group() for m in shape.finditer("Bilan12.40 Uhr Einsatz9h05 fin 14:3")] == [
        "12.40", "9h05"]
    assert shape.search("Bilan١٤:٣٢ Einsatz") is None  # glued clocks are in ASCII digits
