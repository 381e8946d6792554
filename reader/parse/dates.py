"""Dates as syndication files write them: `YYYY-MM-DD HH:MM:SS`, the outlet's local time."""

from __future__ import annotations

import re
from datetime import datetime

# Tolerant of the variants scrapers produce: `T` or spaces between date and time, no
# seconds, fractional seconds, a trailing zone (ignored: the wall-clock time is what the
# outlet printed, and the model keeps it naive).
_DATE = re.compile(
    r"(?P<y>\d{4})-(?P<mo>\d{1,2})-(?P<d>\d{1,2})"
    r"(?:(?:[Tt]|\s+)(?P<h>\d{1,2}):(?P<mi>\d{2})(?::(?P<s>\d{2})(?:[.,]\d{1,9})?)?)?"
    r"\s*(?:[Zz]|(?:UTC|GMT)?\s*[+-]\d{2}:?\d{2}|UTC|GMT)?"
)


def parse_local_datetime(value: str) -> datetime | None:
    """The naive datetime `value` spells, or None when it is not a valid date."""
    match = _DATE.fullmatch(value.strip())
    if match is None:
        return None
    try:
        return datetime(
            int(match["y"]), int(match["mo"]), int(match["d"]),
            int(match["h"] or 0), int(match["mi"] or 0), int(match["s"] or 0),
        )
    except ValueError:
        return None
