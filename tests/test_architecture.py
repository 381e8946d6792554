"""The layers import one way only: fetch -> parse -> store -> ui.

Read from the source with `ast`, so a forbidden import fails here even on a code path no
other test runs.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "reader"


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(path: Path) -> set[str]:
    """Every module a file imports, at any depth (inside functions too)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    package = _module_name(path).rsplit(".", 0 if path.name == "__init__.py" else 1)[0]
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - node.level + 1]
                prefix = ".".join(base)
                module = f"{prefix}.{node.module}" if node.module else prefix
            else:
                module = node.module or ""
            found.add(module)
            found.update(f"{module}.{alias.name}" for alias in node.names)
    return found


SOURCES = {_module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}

# layer -> modules it must never import (prefix match)
FORBIDDEN = {
    "reader.model": ("textual", "rich", "sqlite3", "httpx", "httpx2", "reader.store",
                     "reader.ui", "reader.fetch", "reader.parse"),
    "reader.text": ("textual", "rich", "sqlite3", "httpx", "httpx2", "reader."),
    "reader.parse": ("textual", "sqlite3", "httpx", "httpx2", "reader.store", "reader.ui",
                     "reader.fetch", "urllib.request", "socket"),
    "reader.fetch": ("textual", "sqlite3", "reader.store", "reader.ui", "reader.parse"),
    "reader.store": ("textual", "httpx", "httpx2", "reader.ui", "reader.fetch",
                     "reader.services", "reader.cli"),
    # The app is handed its feed service (reader.cli.feed_service) by the CLI.
    "reader.ui": ("sqlite3", "httpx", "httpx2", "reader.fetch", "reader.parse",
                  "reader.services", "reader.cli", "urllib.request", "socket"),
    "reader.services": ("textual", "reader.ui", "reader.cli"),
}


@pytest.mark.parametrize("module", sorted(SOURCES))
def test_layers_import_one_way(module: str) -> None:
    rules = [
        bad for layer, bad in FORBIDDEN.items()
        if module == layer or module.startswith(layer + ".")
    ]
    imported = _imports(SOURCES[module])
    offending = sorted(
        name for name in imported for bads in rules for bad in bads
        if name == bad or name.startswith(bad if bad.endswith(".") else bad + ".")
    )
    assert not offending, f"{module} imports {offending}"


def test_no_import_cycles() -> None:
    graph = {
        name: {dep for dep in _imports(path) if dep in SOURCES and dep != name}
        for name, path in SOURCES.items()
    }
    # a package's __init__ importing its own submodules is not a cycle we care about
    for name in graph:
        graph[name] = {d for d in graph[name] if not d.startswith(name + ".")}
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(node: str) -> None:
        state[node] = 1
        stack.append(node)
        for dep in sorted(graph[node]):
            if state.get(dep) == 1:
                cycle = [*stack[stack.index(dep):], dep]
                raise AssertionError("import cycle: " + " -> ".join(cycle))
            if dep not in state:
                visit(dep)
        stack.pop()
        state[node] = 2

    for node in sorted(graph):
        if node not in state:
            visit(node)


def test_parsing_and_storing_never_load_the_ui() -> None:
    code = (
        "import sys, reader.cli, reader.model, reader.text, reader.links\n"
        "import importlib.util as u\n"
        "for m in ('reader.parse', 'reader.store', 'reader.services.importer'):\n"
        "    if u.find_spec(m): __import__(m)\n"
        "bad = [m for m in ('textual', 'feedparser') if m in sys.modules]\n"
        "assert not bad, bad\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
