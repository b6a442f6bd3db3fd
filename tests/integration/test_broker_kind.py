"""The worker tells the embedded broker from Kafka by itself, so the README's way of starting workers
against `newswire broker` (only NEWSWIRE_BROKER set) gets the embedded broker's settings."""

from __future__ import annotations

import asyncio
import time

import pytest

from streams.broker.admin import broker_kind
from tests.integration.reliability_support import scrape, wait_for_log

pytestmark = pytest.mark.integration


def test_the_embedded_broker_is_recognised_from_its_answers(broker):
    assert asyncio.run(broker_kind(broker.bootstrap)) == "embedded"


def test_a_worker_given_only_the_broker_address_runs_with_the_embedded_settings(worker_factory):
    worker = worker_factory(NEWSWIRE_BROKER_KIND="")  # as the README starts it: NEWSWIRE_BROKER alone
    wait_for_log(worker, "Worker ready", 120)
    assert "is the embedded one: using its settings" in worker.log()
    deadline = time.monotonic() + 60
    while 'newswire_worker_info{broker_kind=embedded}' not in (metrics := scrape(worker)):
        assert time.monotonic() < deadline, sorted(k for k in metrics if k.startswith("newswire_worker_info"))
        time.sleep(0.5)
    assert metrics['newswire_worker_info{broker_kind=embedded}'] == 1
