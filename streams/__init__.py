"""Newswire: real-time news enrichment (meetings, statements, sentiment) over Kafka."""

__version__ = "0.1.0"
