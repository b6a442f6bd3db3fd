"""Settings from the environment (flags set the same variables), read in one place.

Faust wants its app at import time, so the CLI turns flags into `NEWSWIRE_*` variables
before the app module is imported; the worker, `run` and the tests share this path.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlparse

BROKER_ENV = "NEWSWIRE_BROKER"
# What aiokafka 0.14 accepts; anything else fails inside the client as if the broker were away.
SECURITY_PROTOCOLS = ("PLAINTEXT", "SSL", "SASL_PLAINTEXT", "SASL_SSL")
SASL_MECHANISMS = ("PLAIN", "GSSAPI", "SCRAM-SHA-256", "SCRAM-SHA-512", "OAUTHBEARER")


def state_dir() -> Path:
    """Where logs and Faust's local table data go (`NEWSWIRE_STATE_DIR`, default ./var)."""
    return Path(os.environ.get("NEWSWIRE_STATE_DIR") or "var")


class ConfigError(ValueError):
    """A setting that cannot work, with the variable named."""


def _int(name: str, default: int) -> int:
    raw = os.environ.get(name)
    if raw in (None, ""):
        return default
    try:
        return int(raw)
    except ValueError as exc:
        raise ConfigError(f"{name}={raw!r} is not a whole number") from exc


def _float(name: str, default: float) -> float:
    raw = os.environ.get(name)
    if raw in (None, ""):
        return default
    try:
        return float(raw)
    except ValueError as exc:
        raise ConfigError(f"{name}={raw!r} is not a number") from exc


def parse_hostport(value: str, name: str) -> tuple[str, int]:
    host, sep, port = value.rpartition(":")
    if not sep or not port.isdigit():
        raise ConfigError(f"{name}={value!r}: expected HOST:PORT, e.g. 127.0.0.1:9108")
    return host or "127.0.0.1", int(port)


def normalise_broker(url: str) -> str:
    """Accepts `kafka://h:p`, `h:p` and comma-separated lists; returns Faust's `kafka://` form."""
    url = url.strip()
    if "://" not in url:
        url = "kafka://" + url
    parsed = urlparse(url)
    if parsed.scheme != "kafka" or not parsed.netloc:
        raise ConfigError(f"{BROKER_ENV}={url!r}: expected kafka://HOST:PORT")
    return url


@dataclass(frozen=True)
class KafkaSecurity:
    """SASL/TLS settings passed through to aiokafka untouched; the password never reaches a log."""

    protocol: str = "PLAINTEXT"
    sasl_mechanism: str | None = None
    sasl_username: str | None = None
    sasl_password: str | None = field(default=None, repr=False)
    ssl_cafile: str | None = None

    @classmethod
    def from_env(cls) -> KafkaSecurity:
        """Names aiokafka does not know are refused here: later they would only look like an absent broker."""
        protocol = os.environ.get("NEWSWIRE_KAFKA_SECURITY_PROTOCOL") or "PLAINTEXT"
        mechanism = os.environ.get("NEWSWIRE_KAFKA_SASL_MECHANISM") or None
        if protocol not in SECURITY_PROTOCOLS:
            raise ConfigError(f"NEWSWIRE_KAFKA_SECURITY_PROTOCOL={protocol!r}: expected one of "
                              f"{', '.join(SECURITY_PROTOCOLS)}")
        if mechanism is not None and mechanism not in SASL_MECHANISMS:
            raise ConfigError(f"NEWSWIRE_KAFKA_SASL_MECHANISM={mechanism!r}: expected one of "
                              f"{', '.join(SASL_MECHANISMS)}")
        return cls(
            protocol=protocol,
            sasl_mechanism=mechanism,
            sasl_username=os.environ.get("NEWSWIRE_KAFKA_SASL_USERNAME") or None,
            sasl_password=os.environ.get("NEWSWIRE_KAFKA_SASL_PASSWORD") or None,
            ssl_cafile=os.environ.get("NEWSWIRE_KAFKA_SSL_CAFILE") or None,
        )

    def aiokafka_kwargs(self) -> dict[str, object]:
        kwargs: dict[str, object] = {"security_protocol": self.protocol}
        if self.sasl_mechanism:
            kwargs.update(sasl_mechanism=self.sasl_mechanism, sasl_plain_username=self.sasl_username,
                          sasl_plain_password=self.sasl_password)
        if self.protocol in ("SSL", "SASL_SSL"):
            import ssl

            kwargs["ssl_context"] = ssl.create_default_context(cafile=self.ssl_cafile)
        return kwargs


@dataclass(frozen=True)
class Settings:
    broker: str | None
    topic_prefix: str
    partitions: int
    metrics_host: str
    metrics_port: int
    app_id: str
    max_message_bytes: int
    max_text_chars: int
    enrich_timeout: float
    security: KafkaSecurity
    embedded: bool
    state_dir: Path
    # The worker's periodic audit (streams.pipeline.audit_task), seconds; interval 0 turns it off.
    audit_interval: float = 300.0
    audit_window: float = 3600.0
    audit_grace: float = 600.0

    @classmethod
    def from_env(cls) -> Settings:
        broker = os.environ.get(BROKER_ENV) or None
        metrics_host, metrics_port = parse_hostport(
            os.environ.get("NEWSWIRE_METRICS_ADDR") or "127.0.0.1:9108", "NEWSWIRE_METRICS_ADDR"
        )
        from streams.ingest.validate import DEFAULT_MAX_MESSAGE_BYTES, DEFAULT_MAX_TEXT_CHARS

        return cls(
            broker=normalise_broker(broker) if broker else None,
            topic_prefix=os.environ.get("NEWSWIRE_TOPIC_PREFIX", ""),
            partitions=_int("NEWSWIRE_PARTITIONS", 4),
            metrics_host=metrics_host,
            metrics_port=metrics_port,
            app_id=os.environ.get("NEWSWIRE_APP_ID", "newswire"),
            max_message_bytes=_int("NEWSWIRE_MAX_MESSAGE_BYTES", DEFAULT_MAX_MESSAGE_BYTES),
            max_text_chars=_int("NEWSWIRE_MAX_TEXT_CHARS", DEFAULT_MAX_TEXT_CHARS),
            enrich_timeout=_float("NEWSWIRE_ENRICH_TIMEOUT", 30.0),
            security=KafkaSecurity.from_env(),
            embedded=os.environ.get("NEWSWIRE_BROKER_KIND") == "embedded",
            state_dir=state_dir(),
            audit_interval=_float("NEWSWIRE_AUDIT_INTERVAL", 300.0),
            audit_window=_float("NEWSWIRE_AUDIT_WINDOW", 3600.0),
            audit_grace=_float("NEWSWIRE_AUDIT_GRACE", 600.0),
        )

    @property
    def bootstrap(self) -> str:
        """`host:port[,host:port]` for plain aiokafka clients."""
        if not self.broker:
            raise ConfigError(f"no broker configured: set {BROKER_ENV} or use the embedded one")
        return self.broker.replace("kafka://", "").replace(";", ",")
