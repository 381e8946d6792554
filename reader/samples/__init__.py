"""The bundled sample edition: a few invented articles a new user sees before adding a feed.

The files ship inside the wheel next to this module: syndication text files (`*.txt`, the
format `reader import` reads) and one feed document (`sample-feed.xml`). Their text is
generated from `tests/corpus/source/samples.story`, where each one also has its expected parse.
"""

from __future__ import annotations

import tempfile
from importlib.resources import as_file, files
from importlib.resources.abc import Traversable
from pathlib import Path

_SUFFIXES = (".txt", ".xml")


def sample_paths() -> list[Path]:
    """The bundled sample files, sorted by name (syndication texts and the sample feed)."""
    root = files(__package__)
    # A zipped install has no real directory: extract the files and keep the copies,
    # since the caller reads them after this returns.
    base = root if isinstance(root, Path) else Path(_extract(root))
    return sorted(path for path in base.iterdir() if path.is_file() and path.suffix in _SUFFIXES)


def _extract(root: Traversable) -> str:
    target = Path(tempfile.mkdtemp(prefix="reader-samples-"))
    for item in root.iterdir():
        if item.is_file() and item.name.endswith(_SUFFIXES):
            with as_file(item) as real:
                (target / item.name).write_bytes(Path(real).read_bytes())
    return str(target)
