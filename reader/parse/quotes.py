"""Quotation marks around a glued break: which quotes open and which close, in straight,
curly, German (`„…“`, `»…«`) and French (`« … »`) styles."""

from __future__ import annotations

SPACES = " \u00a0\u202f"


class Quotes:
    """Straight and German quotes counted since the last block start, incrementally."""

    def __init__(self, text: str) -> None:
        self.text, self.pos, self.straight, self.german = text, 0, 0, 0

    def reset(self, at: int) -> None:
        self.pos, self.straight, self.german = at, 0, 0

    def closes(self, at: int) -> bool:
        """Whether the `"` or `“` at `at` closes a quote opened in this block."""
        text = self.text
        if at > self.pos:
            self.straight += text.count('"', self.pos, at)
            # `“` closes a German `„` or opens an English quote that `”` closes.
            self.german += (text.count("„", self.pos, at) - text.count("“", self.pos, at)
                            + text.count("”", self.pos, at))
            self.pos = at
        return self.straight % 2 == 1 if text[at] == '"' else self.german > 0


def closers_end(text: str, mark: int, end: int, quotes: Quotes) -> int:
    """Where the closing quotes after the mark at `mark` stop (an opening one starts the
    next block: `said."Another` opens, `booths."The` closes, `Wert.“Bis` closes in German)."""
    at = mark + 1
    while at < end:
        char = text[at]
        if char in '"“' and not quotes.closes(at):
            return at
        at += 1
        if char in '"“':
            quotes.reset(at)  # the quote is closed: nothing is left open
    return at


def german_quotes(text: str) -> bool:
    """Whether `text` quotes the German way, `»…«`, rather than `«…»`: its first guillemet
    opens a quote, so a `»` before any `«` says German."""
    return 0 <= text.find("»") < text.find("«")


def german_quote_end(text: str, mark: int, at: int) -> int:
    """Where the block after the mark at `mark` starts when quotes open with `»` and close
    with `«` (the match ended at `at`), or -1 when the mark ends no block there."""
    if text[at - 1] == "»":
        if at - 1 == mark + 1 and text[at:at + 1].isalpha():
            return at - 1  # the quote opens the next block: `…geworden.»Es hakt…«`
        return -1 if "»" in text[mark + 1:at - 1] or text[at - 2] in SPACES else at
    if text[at] == "«":
        # The quote closes: `…Straßen.« Auch` goes on, `…heute.«Es ist` starts a block.
        after = text[at + 1:at + 2]
        return at + 1 if after.isupper() or after.isdigit() or after == "»" else -1
    return at
