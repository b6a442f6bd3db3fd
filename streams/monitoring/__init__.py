"""Monitoring: Newswire's own Prometheus metrics and the HTTP endpoint that serves them."""
