"""Newswire's benchmark, `newswire bench` (docs/performance.md).

Part of the package so that users measure on their own articles with the installed command.
The naive peer needs textacy (optional extra `bench`); without it only Newswire is measured.
It starts a broker and workers only when asked for the Kafka side, as child processes.
"""
