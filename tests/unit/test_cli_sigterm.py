"""SIGTERM stops a command as Ctrl-C does: inside an event loop by cancelling the main task at an
await, so the loop's own clean-up runs, rather than by an exception raised wherever the loop was."""

from __future__ import annotations

import asyncio
import os
import signal
import time

import pytest

from streams.cli.common import stop_on_sigterm


@pytest.fixture
def sigterm_stops():
    previous = signal.getsignal(signal.SIGTERM), signal.getsignal(signal.SIGINT)
    signal.signal(signal.SIGINT, signal.default_int_handler)
    stop_on_sigterm()
    yield
    signal.signal(signal.SIGTERM, previous[0])
    signal.signal(signal.SIGINT, previous[1])


def test_sigterm_inside_an_event_loop_lets_running_code_finish_and_cancels_at_the_next_await(sigterm_stops):
    """A Kafka client's callback halfway through its bookkeeping must not be cut: the stop waits for
    the next await, and the clean-up after it still runs on an intact loop."""
    seen: list[str] = []

    async def serve() -> None:
        os.kill(os.getpid(), signal.SIGTERM)
        until = time.monotonic() + 0.2
        while time.monotonic() < until:  # no await here: a section the signal must not cut
            pass
        seen.append("section finished")
        try:
            await asyncio.sleep(30)
        except asyncio.CancelledError:
            seen.append("cancelled at the await")
            raise
        finally:
            await asyncio.sleep(0)
            seen.append("clean-up done")

    with pytest.raises(KeyboardInterrupt):
        asyncio.run(serve())
    assert seen == ["section finished", "cancelled at the await", "clean-up done"]


def test_sigterm_outside_an_event_loop_is_a_keyboard_interrupt(sigterm_stops):
    with pytest.raises(KeyboardInterrupt):
        os.kill(os.getpid(), signal.SIGTERM)
        signal.sigtimedwait([], 0.5)  # the handler runs as soon as the interpreter checks for signals
