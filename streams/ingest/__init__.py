"""Ingest: raw message bytes → a validated `Article`, or a reasoned rejection."""
