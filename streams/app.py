"""The Faust application: created once from the environment, as Faust's project layout expects.

Run it with `newswire worker` (which sets the environment from its flags first). Agents
live in feature packages (`streams.pipeline`) and are found by autodiscovery.
"""

from __future__ import annotations

import faust
from faust.transport.drivers import aiokafka as faust_aiokafka

from streams import codecs
from streams.config import Settings
from streams.pipeline.ledger_consumer import LedgerConsumer, LedgerTransport
from streams.pipeline.table_recovery import ChangelogTableManager
from streams.topics import TopicNames

codecs.register()
settings = Settings.from_env()
names = TopicNames(settings.topic_prefix)


def _credentials() -> faust.types.auth.CredentialsT | None:
    """SASL/TLS pass-through from the `NEWSWIRE_KAFKA_*` settings (see README, Security)."""
    sec = settings.security
    ssl_context = sec.aiokafka_kwargs().get("ssl_context")
    if sec.sasl_mechanism:
        return faust.SASLCredentials(
            username=sec.sasl_username, password=sec.sasl_password, ssl_context=ssl_context,
            mechanism=sec.sasl_mechanism,
        )
    if ssl_context is not None:
        return faust.SSLCredentials(ssl_context)
    return None


# Faust hard-codes fetch_max_wait_ms=1500 for the worker's consumer. Real Kafka answers a fetch as soon as
# data arrives, but the embedded broker holds it for the full wait, which then dominates latency at low load.
EMBEDDED_FETCH_MAX_WAIT_MS = 50


class _QuickFetchThread(faust_aiokafka.AIOKafkaConsumerThread):
    def _create_worker_consumer(self, transport: faust_aiokafka.Transport) -> faust_aiokafka.aiokafka.AIOKafkaConsumer:
        consumer = super()._create_worker_consumer(transport)
        # aiokafka reads this when `start()` builds its Fetcher; Faust offers no setting for it.
        if not hasattr(consumer, "_fetch_max_wait_ms"):
            raise RuntimeError("aiokafka no longer has AIOKafkaConsumer._fetch_max_wait_ms; update streams/app.py")
        consumer._fetch_max_wait_ms = EMBEDDED_FETCH_MAX_WAIT_MS
        return consumer


class _QuickFetchConsumer(LedgerConsumer):
    def _new_consumer_thread(self) -> faust_aiokafka.AIOKafkaConsumerThread:
        return _QuickFetchThread(self, loop=self.loop, beacon=self.beacon)


class _QuickFetchTransport(LedgerTransport):
    """The aiokafka transport with a short consumer fetch wait, for the embedded broker."""

    Consumer = _QuickFetchConsumer


class _App(faust.App):
    async def on_first_start(self) -> None:
        """Faust makes its data folder without parents: a worker started where the state folder
        (`NEWSWIRE_STATE_DIR`, default ./var) does not exist, as in the Docker image, stopped at once."""
        self.conf.datadir.parent.mkdir(parents=True, exist_ok=True)
        await super().on_first_start()


app = _App(
    settings.app_id,
    broker=settings.broker or "kafka://127.0.0.1:9092",
    broker_credentials=_credentials(),
    autodiscover=["streams.pipeline", "streams.stories"],
    origin="streams",
    value_serializer="orjson",
    key_serializer="orjson",
    store="memory://",
    topic_partitions=settings.partitions,
    web_enabled=False,
    processing_guarantee="at_least_once",
    consumer_auto_offset_reset="earliest",
    broker_session_timeout=10,
    broker_commit_every=100,
    broker_commit_interval=1.0,
    stream_wait_empty=False,
    datadir=str(settings.state_dir / f"{settings.app_id}-data"),
    # The embedded broker's table recovery is exact only with one message per batch (see README).
    producer_max_batch_size=1 if settings.embedded else 16384,
    TableManager=ChangelogTableManager,
)
app.transport = (_QuickFetchTransport if settings.embedded else LedgerTransport)(app.conf.broker_consumer, app)
