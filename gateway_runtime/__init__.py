"""Runtime imported by generated gateway clients: auth, timeouts, retries, polling, errors."""
