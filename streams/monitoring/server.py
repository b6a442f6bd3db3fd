"""Serves /metrics on the configured address (loopback by default: exposing it is a choice)."""

from __future__ import annotations

import logging

from prometheus_client import start_http_server

log = logging.getLogger(__name__)


def serve_metrics(host: str, port: int) -> None:
    start_http_server(port, addr=host)
    log.info("metrics served on http://%s:%d/metrics", host, port)
