"""The worker's log at info level: what happened, one line each, without Faust's table dumps.

Faust draws ASCII tables (subscriptions, partition sets, recovery highwaters) into info
records of its own and aiokafka's loggers: dozens of lines per rebalance that bury the
lines an operator needs. They stay available with `--loglevel debug`. The ready line is
printed whatever the log level, so `--loglevel warning` still says when the worker runs.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping

# Loggers whose info records Faust turns into tables (faust/worker.py format_log_arguments, recovery).
TABLE_LOGGERS = (
    "aiokafka.consumer.subscription_state",
    "aiokafka.consumer.consumer",
    "aiokafka.consumer.group_coordinator",
    "faust.tables.recovery",
)
READY_MARK = "newswire worker ready:"


class TableDumps(logging.Filter):
    """Drops info records that carry a collection or a drawn table; warnings and errors always pass."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.levelno > logging.INFO or logging.getLogger(record.name).isEnabledFor(logging.DEBUG):
            return True
        args = record.args if isinstance(record.args, tuple) else (record.args,)
        return not any(_is_table(a) for a in args)


def _is_table(arg: object) -> bool:
    if isinstance(arg, (set, frozenset, list, Mapping)):
        return bool(arg)
    return isinstance(arg, str) and "\n+" in arg


def quiet_table_dumps() -> None:
    dumps = TableDumps()
    for name in TABLE_LOGGERS:
        logging.getLogger(name).addFilter(dumps)


def ready_line(topic: str, group: str, broker: str, metrics: str) -> str:
    return f"{READY_MARK} consuming {topic} as group {group} on {broker}; metrics {metrics}"
