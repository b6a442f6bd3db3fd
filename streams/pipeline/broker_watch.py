"""Says when the broker cannot be reached: one clear log line and `newswire_broker_errors_total`.

aiokafka reconnects on its own and Faust keeps the worker alive through an outage, but
neither counts it, and their own log lines come dozens per second without saying what the
worker does about it. A metadata request on a fresh connection every few seconds gives the
operator the transitions instead: unreachable, still unreachable (once a minute), back.
Meanwhile aiokafka's own lines are thinned to one per kind per half minute, so an outage of
a day does not write millions of identical lines.
"""

from __future__ import annotations

import asyncio
import logging
import time

from aiokafka.client import AIOKafkaClient
from aiokafka.errors import KafkaError

from streams.config import KafkaSecurity
from streams.monitoring import metrics

log = logging.getLogger(__name__)

PROBE_TIMEOUT = 5.0
REMIND_EVERY = 60.0
REPEAT_WINDOW = 30.0


def describe(exc: BaseException) -> str:
    """aiokafka's messages already start with the class name; others (OSError) do not."""
    text = str(exc)
    return text if text.startswith(type(exc).__name__) else f"{type(exc).__name__}: {text}"


class RepeatFilter(logging.Filter):
    """Passes each message template once per window, then says how many were held back."""

    def __init__(self, window: float = REPEAT_WINDOW) -> None:
        super().__init__()
        self.window = window
        self.seen: dict[tuple[str, str], tuple[float, int]] = {}

    def filter(self, record: logging.LogRecord) -> bool:
        key, now = (record.name, str(record.msg)), time.monotonic()
        first, held = self.seen.get(key, (float("-inf"), 0))
        if now - first < self.window:
            self.seen[key] = (first, held + 1)
            return False
        self.seen[key] = (now, 0)
        if held:
            record.msg = f"{record.msg} [{held} more like this in the last {self.window:.0f}s]"
        return True


def thin_client_logs(prefix: str = "aiokafka") -> None:
    """A logger's filters see only its own records, so each aiokafka logger gets one."""
    repeat = RepeatFilter()
    for name, logger in list(logging.Logger.manager.loggerDict.items()):
        if name.split(".")[0] == prefix and isinstance(logger, logging.Logger):
            logger.addFilter(repeat)


class BrokerWatch:
    """Logs transitions only, so a long outage costs one line a minute, not a flood."""

    def __init__(self, bootstrap: str, security: KafkaSecurity, remind_every: float = REMIND_EVERY) -> None:
        self.bootstrap = bootstrap
        self.security = security
        self.remind_every = remind_every
        self.down_since: float | None = None
        self.last_said = 0.0

    async def probe(self) -> str | None:
        """None when the broker answered a metadata request, else what went wrong."""
        client = AIOKafkaClient(bootstrap_servers=self.bootstrap, request_timeout_ms=int(PROBE_TIMEOUT * 1000),
                                **self.security.aiokafka_kwargs())
        try:
            await asyncio.wait_for(client.bootstrap(), PROBE_TIMEOUT)
        except (KafkaError, OSError, TimeoutError) as exc:
            return describe(exc)
        finally:
            await client.close()
        return None

    async def check(self) -> None:
        error = await self.probe()
        now = time.monotonic()
        if error is None:
            if self.down_since is not None:
                log.warning("broker %s reachable again after %.0fs", self.bootstrap, now - self.down_since)
                self.down_since = None
            return
        metrics.BROKER_ERRORS.labels("connect").inc()
        if self.down_since is None:
            self.down_since = self.last_said = now
            log.error("broker %s unreachable (%s); the worker stays up and keeps retrying", self.bootstrap, error)
        elif now - self.last_said >= self.remind_every:
            self.last_said = now
            log.error("broker %s still unreachable after %.0fs (%s); still retrying",
                      self.bootstrap, now - self.down_since, error)
