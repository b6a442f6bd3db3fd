"""What makes the parse cheaper without changing it: the faster matrix library on this CPU (`matmul`) and the
reuse of unchanged paragraphs' parses (`parse_cache`); docs/performance.md has the measurements."""
