"""Plain aiokafka clients for the CLI's publish and tail: the same settings the worker uses."""

from __future__ import annotations

from typing import Any

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer

from streams.config import KafkaSecurity


def producer(bootstrap: str, security: KafkaSecurity | None = None, **options: Any) -> AIOKafkaProducer:
    """`options` override the defaults (e.g. the worker's output producer sends without lingering)."""
    return AIOKafkaProducer(
        bootstrap_servers=bootstrap, **{"linger_ms": 5, "acks": "all", **options},
        **(security or KafkaSecurity()).aiokafka_kwargs(),
    )


def consumer(bootstrap: str, topics: list[str], group: str | None, security: KafkaSecurity | None = None,
             from_beginning: bool = True) -> AIOKafkaConsumer:
    """`earliest` by default: the embedded broker's end offsets are wrong, so `latest` can miss data."""
    return AIOKafkaConsumer(
        *topics, bootstrap_servers=bootstrap, group_id=group, enable_auto_commit=group is not None,
        auto_offset_reset="earliest" if from_beginning else "latest",
        **(security or KafkaSecurity()).aiokafka_kwargs(),
    )
