"""Newswire's performance benchmark: `python -m bench` (see docs/performance.md).

Lives outside `streams/` on purpose: it needs textacy and psutil, which the service does not,
and it starts brokers and workers, which nothing in the service package should do.
"""
