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

# C0/C1 controls but tab and newline, the bidi embeddings/overrides/isolates (the "Trojan
# Source" set), and lone surrogates (only str built with surrogateescape holds them). A
# character class is ~15x faster than str.translate with a dict on megabyte bodies.
_REMOVED = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")

_NEWLINES = re.compile(r"\r\n?|[\x0b\x0c\x85\u2028\u2029]")

# Breaking whitespace: everything `str.split()` would split on except the no-break spaces,
# which French typography relies on (U+00A0 before `:`, U+202F inside guillemets).
_NO_BREAK = "\u00a0\u202f\u2007\u2060"
_BREAKING_SPACE = re.compile(
    r"[\t\n\x0b\x0c\r\x1c-\x1f \x85\u1680\u2000-\u2006\u2008-\u200a\u2028\u2029\u205f\u3000]+"
)
_ZERO_WIDTH = re.compile("[\u200b\ufeff]")
# Breaking whitespace but the plain space.
_ODD_SPACE = re.compile(
    r"[\t\n\x0b\x0c\r\x1c-\x1f\x85\u1680\u2000-\u2006\u2008-\u200a\u2028\u2029\u205f\u3000]"
)
# Whatever `clean_line` may change but runs of spaces: removed characters, zero-width ones
# and breaking whitespace but the plain space.
_SUSPECT = re.compile(
    "[\x00-\x1f\x7f-\x9f\u1680\u2000-\u2006\u2008-\u200b\u2028\u2029\u202a-\u202e"
    "\u205f\u2066-\u2069\u3000\ud800-\udfff\ufeff]"
)


def clean(text: str) -> str:
    """Remove every character that could act on a terminal; keep tab and newline."""
    if not text:
        return ""
    if "\r" in text or "\x0b" in text or "\x0c" in text or "\x85" in text \
            or "\u2028" in text or "\u2029" in text:
        text = _NEWLINES.sub("\n", text)
    return _REMOVED.sub("", text)


def clean_line(text: str) -> str:
    """`clean`, then NFC and every run of breaking whitespace as one space (NBSP kept)."""
    # Most lines hold nothing to remove and no whitespace but single spaces: one scan
    # proves it (NFC never creates whitespace or controls), and the substitutions, which
    # cost several times that scan on a megabyte body, are skipped.
    # (`isprintable` is a faster proof when it holds: every suspect character is unprintable;
    # text with a no-break space is not "printable" and takes the regex.)
    if "  " not in text and (text.isprintable() or _SUSPECT.search(text) is None):
        return unicodedata.normalize("NFC", text).strip(" ")
    text = clean(text)
    if "\u200b" in text or "\ufeff" in text:
        text = _ZERO_WIDTH.sub("", text)
    text = unicodedata.normalize("NFC", text)
    if _ODD_SPACE.search(text) is not None or "  " in text:
        # A run of single plain spaces is left as it is; anything else is collapsed.
        text = _BREAKING_SPACE.sub(" ", text)
    return text.strip(" ")


def is_breaking_space(char: str) -> bool:
    """True for a space a line may be wrapped at (never a no-break space)."""
    return char.isspace() and char not in _NO_BREAK


def plural(count: int, word: str) -> str:
    """`1 article`, `3 articles`: for the counts the app and the command print."""
    return f"{count} {word}{'' if count == 1 else 's'}"
