"""Brokers: the embedded Tansu process for a Kafka-less start, and topic administration."""
