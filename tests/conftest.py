"""Suite-wide settings: no test may touch the user's real library or reach the network."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

# Derandomised in CI so a red build can be reproduced; a few more examples locally.
settings.register_profile(
    "ci", derandomize=True, max_examples=60, deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile("dev", max_examples=100, deadline=None)
settings.load_profile("ci" if os.environ.get("CI") else "dev")


@pytest.fixture(autouse=True)
def _private_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Path]:
    """Point READER_HOME and the XDG folders at a temporary place for every test."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("READER_HOME", str(home / "reader"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    yield home


@pytest.fixture(autouse=True)
def _utc_zone(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Feed times are shown in the local zone: every test runs in UTC unless it sets TZ."""
    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    yield
