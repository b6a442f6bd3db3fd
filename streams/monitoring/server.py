"""Serves /metrics on the configured address (loopback by default: exposing it is a choice)."""

from __future__ import annotations

import logging
import threading
from wsgiref.simple_server import WSGIServer

from prometheus_client import start_http_server

log = logging.getLogger(__name__)


class MetricsAddressError(OSError):
    """The metrics address cannot be bound; the message names the setting to change."""


def serve_metrics(host: str, port: int) -> tuple[WSGIServer, threading.Thread]:
    """Starts the server thread; the caller may shut it down (startup serves before Faust does)."""
    try:
        server, thread = start_http_server(port, addr=host)
    except OSError as exc:
        raise MetricsAddressError(
            f"cannot serve metrics on {host}:{port}: {exc.strerror or exc}; set NEWSWIRE_METRICS_ADDR "
            "(or --metrics-addr) to a free HOST:PORT, or port 0 to turn metrics off"
        ) from exc
    log.info("metrics served on http://%s:%d/metrics", host, port)
    return server, thread
