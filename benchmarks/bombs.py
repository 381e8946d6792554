"""Peak memory and time of parsing / fetching each bomb: `uv run python benchmarks/bombs.py`.

Each bomb runs in a child process capped at 1 GiB of address space (a regression ends as
that bomb's MemoryError line, not as a frozen machine). Peak memory is tracemalloc's peak
of Python allocations plus the child's max RSS. Network bombs are served on 127.0.0.1.
"""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
import zlib
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CAP = 2**30


def billion_laughs() -> bytes:
    lines = ['<!ENTITY lol0 "lol">'] + [
        f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, 10)]
    return ('<?xml version="1.0"?>\n<!DOCTYPE rss [\n' + "\n".join(lines) + "\n]>\n"
            '<rss version="2.0"><channel><title>&lol9;</title><item><title>&lol9;</title>'
            "</item></channel></rss>").encode()


def quadratic() -> bytes:
    head = '<?xml version="1.0"?>\n<!DOCTYPE rss [\n<!ENTITY a "' + "A" * 50_000 + '">\n]>\n'
    return (head + '<rss version="2.0"><channel><title>q</title><item><title>x</title>'
            "<description>" + "&a;" * 50_000 + "</description></item></channel></rss>").encode()


def one_line() -> bytes:
    body = ("Le conseil a voté. " * 1_100_000)[:20_000_000]
    return "\n".join(["Le Courrier", "", "Une ligne de 20 Mo", "", "", "", "", "", body, "", "",
                      "", "Source link : https://courrier.example/a", "", "Author :", "",
                      "Publish date : 2031-01-02 03:04:05"]).encode()


def deep_html() -> bytes:
    return (b"<html><body>" + b"<div>" * 200_000 + b"<p>deep</p>" + b"</div>" * 200_000
            + b"</body></html>")


def deep_json() -> bytes:
    return (b'{"version": "https://jsonfeed.org/version/1.1", "items": ' + b"[" * 500_000
            + b"]" * 500_000 + b"}")


def deep_xml() -> bytes:
    return (b'<rss version="2.0"><channel><title>d</title><item><title>x</title><description>'
            + b"&lt;div&gt;" * 100_000 + b"</description></item></channel></rss>")


PARSE_BOMBS: dict[str, Callable[[], bytes]] = {
    "billion laughs (RSS)": billion_laughs, "quadratic blow-up 50 KB x 50,000": quadratic,
    "20 MB one-line syndication body": one_line, "HTML nested 200,000 deep": deep_html,
    "JSON nested 500,000 deep": deep_json, "escaped HTML nested 100,000 deep in RSS": deep_xml,
}

CHILD = r"""
import json, resource, sys, time, tracemalloc
resource.setrlimit(resource.RLIMIT_AS, (@CAP@, @CAP@))
data = open(sys.argv[1], "rb").read()
tracemalloc.start()
started = time.perf_counter()
try:
    from reader.parse import ParseError, parse_bytes
    try:
        doc = parse_bytes(data, name=sys.argv[2])
        outcome = f"parsed: {len(doc.articles)} article(s)"
    except ParseError as error:
        outcome = "refused: " + str(error)[:60]
except MemoryError:
    outcome = "MemoryError (over the cap)"
elapsed = time.perf_counter() - started
peak = tracemalloc.get_traced_memory()[1]
rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
print(json.dumps([peak, rss, elapsed, outcome]))
""".replace("@CAP@", str(CAP))

FETCH_CHILD = r"""
import asyncio, json, resource, sys, time, tracemalloc
sys.path.insert(0, @TESTS@)
resource.setrlimit(resource.RLIMIT_AS, (@CAP@, @CAP@))
from httpserver import LoopbackServer
from reader.fetch.http import FetchPolicy, FetchRequest, fetch_all
body = open(sys.argv[1], "rb").read()
encoding = sys.argv[2]
with LoopbackServer() as server:
    server.add("/bomb", body, headers={"Content-Encoding": encoding})
    policy = FetchPolicy(total_timeout=20, trust_env=False)
    tracemalloc.start()
    started = time.perf_counter()
    [result] = asyncio.run(fetch_all([FetchRequest(server.url("/bomb"))], policy))
    elapsed = time.perf_counter() - started
    peak = tracemalloc.get_traced_memory()[1]
rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
outcome = getattr(result, "reason", None) or f"fetched {len(result.body)} bytes"
print(json.dumps([peak, rss, elapsed, outcome]))
""".replace("@TESTS@", repr(str(ROOT / "tests"))).replace("@CAP@", str(CAP))


def zeros(size: int, wbits: int) -> bytes:
    packer = zlib.compressobj(9, zlib.DEFLATED, wbits)
    block = bytes(2**20)
    return b"".join(packer.compress(block) for _ in range(size // 2**20)) + packer.flush()


FETCH_BOMBS: dict[str, tuple[Callable[[], bytes], str]] = {
    "gzip bomb (1 GiB of zeros)": (lambda: zeros(2**30, 31), "gzip"),
    "nested gzip (gzip of a 1 GiB gzip bomb)": (lambda: gzip.compress(zeros(2**30, 31)),
                                                "gzip, gzip"),
    "deflate bomb (1 GiB, raw deflate)": (lambda: zeros(2**30, -15), "deflate"),
}


def run(script: str, data: bytes, arg: str, tmp: Path) -> tuple[float, float, float, str]:
    source = tmp / "bomb.bin"
    source.write_bytes(data)
    done = subprocess.run([sys.executable, "-c", script, str(source), arg], capture_output=True,
                          text=True, timeout=300, cwd=ROOT)
    if done.returncode:
        return 0, 0, 0.0, "child failed: " + done.stderr.strip().splitlines()[-1][:80]
    peak, rss, elapsed, outcome = json.loads(done.stdout.strip().splitlines()[-1])
    return float(peak), float(rss), float(elapsed), str(outcome)


def main() -> None:
    import tempfile

    print(f"{'bomb':44} {'input':>9} {'py peak':>9} {'max RSS':>9} {'time':>7}  outcome")
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        rows = [(name, make(), CHILD, "bomb.xml") for name, make in PARSE_BOMBS.items()]
        rows += [(name, make(), FETCH_CHILD, enc) for name, (make, enc) in FETCH_BOMBS.items()]
        for name, data, script, arg in rows:
            peak, rss, elapsed, outcome = run(script, data, arg, tmp)
            print(f"{name:44} {len(data) / 2**20:8.2f}M {peak / 2**20:8.1f}M "
                  f"{rss / 2**20:8.1f}M {elapsed:6.2f}s  {outcome}")


if __name__ == "__main__":
    main()
