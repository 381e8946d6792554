"""The hostile payloads every fixture carries, and the byte markers that must never reach
a terminal, a parsed model or the text output.

Each payload is a real attack on a terminal: set the window title, write the clipboard
(OSC 52), ask the terminal to type back its cursor position (DSR), an 8-bit CSI, a DCS
request, an OSC 8 hyperlink to a local file, and bidi overrides that reorder what is
shown. The markers are chosen so that Textual's own output never contains them.
"""

from __future__ import annotations

import re

OSC_TITLE = "\x1b]0;PWNED-TITLE\x07"
OSC_CLIPBOARD = "\x1b]52;c;UFdORUQtQ0xJUA==\x07"
DSR = "\x1b[6n"
C1_CSI = "\x9b31m"
DCS = "\x1bP1$qm\x1b\\"
OSC_LINK = "\x1b]8;;file:///etc/passwd\x1b\\"
RLO = "\u202e"
ISOLATE = "\u2066"
ALL = OSC_TITLE + OSC_CLIPBOARD + DSR + C1_CSI + DCS + OSC_LINK + RLO + ISOLATE
"""Every payload in one string (what most fixture fields carry)."""
ALL_ST = ALL.replace("\x07", "\x1b\\")
"""The same with ESC-backslash string terminators instead of BEL: a text file with many BEL
bytes is refused as binary data, ESC alone is not counted, so these reach the parser."""

MARKUP = ("[link=file:///etc/passwd]x[/link]", "[@click=app.quit]", "[/", "[bold")
"""Rich/Textual markup look-alikes that must stay literal text."""

TERMINAL_MARKERS: tuple[bytes, ...] = (
    b"\x1b]0;PWNED",
    b"\x1b]52;",
    b"\x1b[6n",
    b"\xc2\x9b31m",
    b"\x9b31m",
    b"\x1bP1$q",
    b"\x1b]8;;file:",
    RLO.encode(),
    ISOLATE.encode(),
)
"""Raw bytes that would mean a payload reached the terminal."""

# What `reader.text.clean` promises never survives.
FORBIDDEN = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


def entity_encoded(text: str) -> str:
    """Every character that is not plain printable ASCII as a numeric character reference
    (mixing decimal and hexadecimal, as hostile feeds do)."""
    out = []
    for index, char in enumerate(text):
        code = ord(char)
        if 0x20 <= code < 0x7F and char not in "&<>\"'":
            out.append(char)
        elif index % 2:
            out.append(f"&#x{code:X};")
        else:
            out.append(f"&#{code};")
    return "".join(out)


def json_escaped(text: str) -> str:
    """The text as the inside of a JSON string, every control as `\\u00XX`."""
    return "".join(
        f"\\u{ord(c):04x}" if ord(c) < 0x20 or 0x7F <= ord(c) <= 0x9F or c in "\u202e\u2066"
        else "\\\\" if c == "\\" else '\\"' if c == '"' else c
        for c in text
    )
