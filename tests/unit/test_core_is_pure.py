"""The enrichment core must run without Kafka: importing it must not pull in Faust or aiokafka."""

from __future__ import annotations

import subprocess
import sys


def test_core_imports_no_kafka():
    code = (
        "import sys\n"
        "import streams.ingest.validate, streams.ingest.files, streams.enrich.pipeline\n"
        "import streams.events.build, streams.events.outgoing, streams.evaluation.report\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('faust', 'aiokafka', 'mode'))\n"
        "print(','.join(bad))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == ""
