"""Integration fixtures: one embedded broker process for the session, workers per test."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from streams.broker.embedded import EmbeddedBroker
from tests.integration.harness import WorkerProcess, unique_names


@pytest.fixture(scope="session")
def broker(tmp_path_factory) -> Iterator[EmbeddedBroker]:
    log = tmp_path_factory.mktemp("broker") / "broker.log"
    with EmbeddedBroker(log_path=log) as b:
        yield b


@pytest.fixture
def worker_factory(broker, tmp_path) -> Iterator:
    """Starts workers that share one topic prefix and consumer group; stops them all afterwards."""
    prefix, app_id = unique_names()
    started: list[WorkerProcess] = []

    def start(**env: str) -> WorkerProcess:
        w = WorkerProcess(broker.bootstrap, prefix, app_id, tmp_path / f"worker-{len(started)}.log", env).start()
        started.append(w)
        return w

    start.prefix = prefix  # type: ignore[attr-defined]
    yield start
    for w in started:
        w.stop()
