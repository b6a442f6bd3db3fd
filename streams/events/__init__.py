"""Events: the core's records wrapped into versioned, self-describing messages."""
