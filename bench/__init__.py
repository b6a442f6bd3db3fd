"""`python -m bench` from a checkout: the same as `newswire bench` (the code is in `streams.bench`)."""
