"""The enrichment feature of the Faust app: articles.raw → events.* / articles.enriched / deadletter."""
