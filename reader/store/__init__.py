"""The local library: feeds, articles and reading state in one SQLite file.

    from reader.store import Library, default_library_path
    library = Library.open(default_library_path())

Every method raises `StoreError` (a message fit for the user), never sqlite3 errors.
"""

from __future__ import annotations

import os
from pathlib import Path

from reader.store.articles import StoreCounts
from reader.store.errors import LibraryMovedAside, StoreError
from reader.store.feed_state import FeedState, FetchRecord
from reader.store.library import Library

__all__ = [
    "FeedState", "FetchRecord", "Library", "LibraryMovedAside", "StoreCounts", "StoreError",
    "default_library_path",
]

LIBRARY_FILE = "library.sqlite"


def default_library_path() -> Path:
    """$READER_HOME/library.sqlite if READER_HOME is set, else the user data folder's."""
    home = os.environ.get("READER_HOME")
    if home:
        return Path(home).expanduser() / LIBRARY_FILE
    import platformdirs  # only needed here; keeps `import reader.store` light

    return Path(platformdirs.user_data_path("reader", appauthor=False)) / LIBRARY_FILE
