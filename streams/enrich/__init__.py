"""Enrichment core: parse once, then statements, meetings and sentiment extractors."""
