"""The reader pane's word wrapper: breaks only at breaking spaces, measures cells."""

from __future__ import annotations

import re

from hypothesis import assume, given
from hypothesis import strategies as st
from rich.cells import cell_len

from reader.text import is_breaking_space
from reader.ui.wrap import ellipsize, wrap, wrap_offsets

NBSP = "\u00a0"
NNBSP = "\u202f"


def test_never_breaks_before_a_french_colon() -> None:
    text = f"Guerre{NBSP}: les négociations reprennent{NBSP}! Pourquoi{NBSP}?"
    for width in range(13, 40):  # the longest no-break group, `reprennent !`, is 12
        lines = wrap(text, width)
        assert all(not line.startswith((":", "!", "?")) for line in lines), (width, lines)
        assert f"Guerre{NBSP}:" in lines[0]


def test_guillemets_stay_with_their_words() -> None:
    text = f"il parle d’un retour «{NNBSP}progressif{NNBSP}» du trafic"
    for width in range(14, 50):  # `« progressif »` is 14 cells
        lines = wrap(text, width)
        assert any(f"«{NNBSP}progressif{NNBSP}»" in line for line in lines), (width, lines)


def test_width_respected_and_spaces_dropped_at_breaks() -> None:
    text = "The quick brown fox jumps over the lazy dog"
    assert wrap(text, 10) == ["The quick", "brown fox", "jumps over", "the lazy", "dog"]
    assert wrap(text, 100) == [text]


def test_long_word_is_cut_only_when_wider_than_the_line() -> None:
    assert wrap("ab https://example.com/a/very/long/path cd", 10) == [
        "ab", "https://ex", "ample.com/", "a/very/lon", "g/path cd",
    ]


def test_nbsp_group_longer_than_width_is_cut() -> None:
    lines = wrap(f"aaaa{NBSP}bbbb{NBSP}cccc", 5)
    assert all(cell_len(line) <= 5 for line in lines)
    assert "".join(lines) == f"aaaa{NBSP}bbbb{NBSP}cccc"


def test_cjk_is_measured_in_cells() -> None:
    text = "東京 大阪 名古屋 札幌"
    lines = wrap(text, 7)
    assert lines == ["東京", "大阪", "名古屋", "札幌"]
    assert wrap("東京大阪名古屋", 5) == ["東京", "大阪", "名古", "屋"]


def test_wide_char_wider_than_width_still_progresses() -> None:
    assert wrap("東京", 1) == ["東", "京"]


def test_newline_forces_a_break_and_blank_gives_nothing() -> None:
    assert wrap("one two\nthree", 40) == ["one two", "three"]
    assert wrap("", 10) == []
    assert wrap("   ", 10) == []


def test_offsets_point_into_the_text() -> None:
    text = "  alpha beta  gamma "
    assert [text[a:b] for a, b in wrap_offsets(text, 11)] == ["alpha beta", "gamma"]


def test_ellipsize() -> None:
    assert ellipsize("short", 10) == "short"
    assert ellipsize("a longer title", 8) == "a longe…"
    assert ellipsize("東京大阪", 5) == "東京…"
    assert ellipsize("anything", 0) == ""


_WORD = st.text(
    alphabet=st.sampled_from([*"abcdéxyz:;!?«»東京", NBSP, NNBSP]), min_size=1, max_size=14
)


@given(st.lists(_WORD, min_size=1, max_size=30), st.integers(min_value=1, max_value=60))
def test_properties(words: list[str], width: int) -> None:
    text = " ".join(words)
    lines = wrap(text, width)
    # Nothing is lost but the breaking spaces at the breaks.
    assert "".join(lines).replace(" ", "") == text.replace(" ", "")
    for line in lines:
        assert line and not is_breaking_space(line[0]) and not is_breaking_space(line[-1])
        assert cell_len(line) <= max(width, 2)
    # A word (NBSP-joined group) that fits is never split across lines.
    for word in words:
        stripped = word.strip(NBSP + NNBSP)
        if stripped and cell_len(word) <= width:
            assert any(word in line for line in lines), (word, lines)



@given(st.lists(st.sampled_from(["a", "é", " ", "\n", "xyz", "lengthy", "  ", NBSP, NNBSP,
                                 "\u2060", "’"]), max_size=40),
       st.integers(min_value=1, max_value=30))
def test_ascii_fast_path_matches_the_general_wrapper(parts: list[str], width: int) -> None:
    from rich.cells import cell_len as cells

    from reader.ui import wrap as module

    text = "".join(parts)
    assert "\u2060" not in module._ONE_CELL  # zero cells wide: measured the slow way
    assume(module._ONE_CELL.issuperset(text.replace("\n", "")))
    fast = module._simple_lines(text, width)
    general = module._lines(text, width, cells)
    assert fast is None or fast == general
    assert fast is not None or any(len(word) > width for word in re.split("[ \n]", text))
