"""Refresh benchmark: cold and warm refresh of N loopback feeds, against the latency floor.

    uv run python -m benchmarks.refresh                 # N = 50, 300, 1000
    uv run python -m benchmarks.refresh --feeds 300 --parser thread
    uv run python -m benchmarks.refresh --feeds 300,1000 --repeat 3   # medians

Each N runs in a fresh interpreter (clean peak-memory figures) against
`benchmarks.refresh_server` in ANOTHER process (it would otherwise share our GIL): N feeds
on N/10 loopback hosts, each answer delayed by the simulated latency, ETag/304 honoured.

- cold: a new library, every feed fetched, parsed and stored;
- warm: right after, every feed again (`force`): 304s, plus the live blogs that changed.

The latency floor is what the network alone needs at our concurrency: at most
`max_connections` requests in flight, at most `per_host` per host, each taking at least
the latency, so `ceil(N / min(max_connections, per_host * hosts)) * latency`. Nothing the
client does can beat it; the distance to it is our own overhead.

When `newsboat` is on PATH, `newsboat -x reload` runs on the same feeds (a temp `urls`
file, cache and config with `reload-threads` = our `max_connections`, or
`--newsboat-threads`; newsboat's own default is 1) and the ratio is printed. Peak memory
is the maximum RSS of the refresh process (parser workers apart).
"""

from __future__ import annotations

import argparse
import json
import math
import os
import resource
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _start_server(feeds: int, latency: float) -> tuple[subprocess.Popen[str], list[str], int]:
    hosts = max(1, math.ceil(feeds / 10))
    per_host = math.ceil(feeds / hosts)
    server = subprocess.Popen(
        [sys.executable, "-m", "benchmarks.refresh_server", "--hosts", str(hosts),
         "--feeds-per-host", str(per_host), "--latency", str(latency),
         "--live-period", "3600"],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    assert server.stdout is not None
    urls = [server.stdout.readline().strip() for _ in range(hosts * per_host)]
    return server, urls[:feeds], hosts


def _stop_server(server: subprocess.Popen[str]) -> dict[str, object]:
    server.send_signal(signal.SIGTERM)
    _out, err = server.communicate(timeout=30)
    for line in reversed(err.splitlines()):
        if line.startswith("{"):
            return dict(json.loads(line))
    return {}


def _newsboat(urls: list[str], threads: int, folder: Path) -> tuple[float, float] | None:
    binary = shutil.which("newsboat")
    if binary is None:
        return None
    (folder / "urls").write_text("\n".join(urls) + "\n")
    (folder / "config").write_text(f"reload-threads {threads}\n")
    command = [binary, "-x", "reload", "-u", str(folder / "urls"),
               "-c", str(folder / "cache.db"), "-C", str(folder / "config")]
    times = []
    for _ in range(2):  # cold, then warm
        started = time.monotonic()
        subprocess.run(command, check=False, capture_output=True, timeout=900,
                       env={**os.environ, "HOME": str(folder)})
        times.append(time.monotonic() - started)
    return times[0], times[1]


def run_one(feeds: int, latency: float, parser: str,
            newsboat_threads: int | None = None) -> dict[str, object]:
    """One N in this interpreter: cold and warm refresh, then newsboat."""
    from reader.fetch.http_types import FetchPolicy
    from reader.parse.opml import parse_urls
    from reader.services.refresh import RefreshPolicy, Result, refresh
    from reader.services.subscriptions import import_subscriptions
    from reader.store import Library

    server, urls, hosts = _start_server(feeds, latency)
    fetch = FetchPolicy(trust_env=False)
    process_after = {"auto": RefreshPolicy.process_after, "thread": 0, "process": 1}[parser]
    policy = RefreshPolicy(fetch=fetch, force=True, process_after=process_after)
    concurrency = min(fetch.max_connections, fetch.per_host * hosts)
    result: dict[str, object] = {
        "feeds": feeds, "hosts": hosts, "latency": latency, "concurrency": concurrency,
        "floor": math.ceil(feeds / concurrency) * latency, "parser": parser,
    }
    try:
        with tempfile.TemporaryDirectory() as folder, \
                Library.open(Path(folder) / "library.sqlite") as library:
            import_subscriptions(library, parse_urls("\n".join(urls)))
            for phase in ("cold", "warm"):
                report = refresh(library, policy=policy)
                result[phase] = round(report.elapsed, 3)
                result[f"{phase}_requests"] = len(report.outcomes)
                result[f"{phase}_failed"] = len(report.failed)
                result[f"{phase}_not_modified"] = report.count(Result.NOT_MODIFIED)
                result[f"{phase}_processes"] = report.used_processes
            result["articles"] = library.count_articles()
            result["peak_rss_mib"] = round(
                resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
            threads = newsboat_threads or fetch.max_connections
            result["newsboat_threads"] = threads
            newsboat = _newsboat(urls, threads, Path(folder))
            if newsboat is not None:
                result["newsboat_cold"], result["newsboat_warm"] = (round(t, 3) for t in newsboat)
    finally:
        result["server"] = _stop_server(server)
    return result


def _show(r: dict[str, object]) -> None:
    floor = float(r["floor"])  # type: ignore[arg-type]
    cold, warm = float(r["cold"]), float(r["warm"])  # type: ignore[arg-type]
    print(f"N = {r['feeds']} feeds on {r['hosts']} hosts, latency {r['latency']} s, "
          f"parser {r['parser']}")
    print(f"  floor  {floor:6.2f} s  (ceil({r['feeds']} / {r['concurrency']} in flight) "
          f"x {r['latency']} s)")
    print(f"  cold   {cold:6.2f} s  = {cold / floor:4.2f} x floor, "
          f"{r['cold_requests']} requests, {r['cold_failed']} failed, "
          f"processes: {r['cold_processes']}")
    print(f"  warm   {warm:6.2f} s  = {warm / floor:4.2f} x floor, "
          f"{r['warm_requests']} requests, {r['warm_not_modified']} not modified, "
          f"processes: {r['warm_processes']}")
    print(f"  stored {r['articles']} articles; peak RSS {r['peak_rss_mib']} MiB; "
          f"server saw {r['server']}")
    if "newsboat_cold" in r:
        nb_cold, nb_warm = float(r["newsboat_cold"]), float(r["newsboat_warm"])  # type: ignore[arg-type]
        print(f"  newsboat ({r['newsboat_threads']} reload threads) cold {nb_cold:6.2f} s "
              f"(reader is {nb_cold / cold:4.1f}x faster), "
              f"warm {nb_warm:6.2f} s (reader is {nb_warm / warm:4.1f}x faster)")
    else:
        print("  newsboat not on PATH: no comparison")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--feeds", default="50,300,1000", help="comma-separated N values")
    parser.add_argument("--latency", type=float, default=0.05)
    parser.add_argument("--parser", choices=("auto", "thread", "process"), default="auto")
    parser.add_argument("--newsboat-threads", type=int, default=0,
                        help="newsboat reload-threads (default: our max_connections)")
    parser.add_argument("--repeat", type=int, default=1,
                        help="runs per N (on a shared machine the median says more)")
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.one is not None:
        print(json.dumps(run_one(args.one, args.latency, args.parser, args.newsboat_threads)))
        return 0
    for feeds in (int(n) for n in args.feeds.split(",")):
        runs = []
        for _ in range(max(1, args.repeat)):
            done = subprocess.run(
                [sys.executable, "-m", "benchmarks.refresh", "--one", str(feeds),
                 "--latency", str(args.latency), "--parser", args.parser,
                 "--newsboat-threads", str(args.newsboat_threads)],
                cwd=ROOT, capture_output=True, text=True, check=False)
            if done.returncode != 0:
                print(done.stderr, file=sys.stderr)
                return 1
            runs.append(json.loads(done.stdout.strip().splitlines()[-1]))
        _show(_median(runs))
        if len(runs) > 1:
            for key in ("cold", "warm", "newsboat_cold", "newsboat_warm"):
                if all(key in r for r in runs):
                    print(f"  {key} runs: " + ", ".join(f"{float(r[key]):.2f}" for r in runs))
    return 0


def _median(runs: list[dict[str, object]]) -> dict[str, object]:
    """The first run, its timings replaced by the medians over all runs."""
    shown = dict(runs[0])
    for key in ("cold", "warm", "newsboat_cold", "newsboat_warm", "peak_rss_mib"):
        values = sorted(float(r[key]) for r in runs if key in r)  # type: ignore[arg-type]
        if values:
            shown[key] = values[len(values) // 2]
    return shown


if __name__ == "__main__":
    sys.exit(main())
