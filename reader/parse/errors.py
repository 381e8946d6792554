"""The one exception the parse layer raises for input it cannot read.

Kept in its own module so every parser (syndication, feeds, HTML) can raise it without
importing the package's dispatcher, which imports them.
"""

from __future__ import annotations


class ParseError(Exception):
    """Input that is not an article or feed; `str(error)` is one line meant for the user."""
