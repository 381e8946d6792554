"""The one sanitiser between outside text and every widget, and whitespace helpers.

Everything that comes from a feed, a file, an HTTP header or a file name passes through
`clean` after its last decoding step (entities, charsets, percent-escapes). What comes out
holds no control character but tab and newline, no bidi override or isolate, and no lone
surrogate, so it can neither move the cursor nor reorder what the terminal shows. It is
idempotent and leaves printable text untouched.
"""

from __future__ import annotations

import re
import unicodedata

_REMOVED: dict[int, None] = {}
for _cp in (*range(0x00, 0x20), 0x7F, *range(0x80, 0xA0)):
    if _cp not in (0x09, 0x0A):
        _REMOVED[_cp] = None
# Bidi embeddings, overrides and isolates (the "Trojan Source" set).
for _cp in (*range(0x202A, 0x202F), *range(0x2066, 0x206A)):
    _REMOVED[_cp] = None
# Lone surrogates only appear in str built with surrogateescape; never printable.
for _cp in range(0xD800, 0xE000):
    _REMOVED[_cp] = None

_NEWLINES = re.compile(r"\r\n?|[\x0b\x0c\x85\u2028\u2029]")

# Breaking whitespace: everything `str.split()` would split on except the no-break spaces,
# which French typography relies on (U+00A0 before `:`, U+202F inside guillemets).
_NO_BREAK = "\u00a0\u202f\u2007\u2060"
_BREAKING_SPACE = re.compile(r"[\t\n\x0b\x0c\r\x1c-\x1f \x85\u1680\u2000-\u2006\u2008-\u200a\u2028\u2029\u205f\u3000]+")
_ZERO_WIDTH = dict.fromkeys((0x200B, 0xFEFF))


def clean(text: str) -> str:
    """Remove every character that could act on a terminal; keep tab and newline."""
    if not text:
        return ""
    if "\r" in text or "\x0b" in text or "\x0c" in text or "\x85" in text \
            or "\u2028" in text or "\u2029" in text:
        text = _NEWLINES.sub("\n", text)
    return text.translate(_REMOVED)


def clean_line(text: str) -> str:
    """`clean`, then NFC and every run of breaking whitespace as one space (NBSP kept)."""
    text = clean(text).translate(_ZERO_WIDTH)
    return _BREAKING_SPACE.sub(" ", unicodedata.normalize("NFC", text)).strip(" ")


def is_breaking_space(char: str) -> bool:
    """True for a space a line may be wrapped at (never a no-break space)."""
    return char.isspace() and char not in _NO_BREAK
