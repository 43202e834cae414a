"""Generated gateway clients: one package per spec in specs/; rewritten by `make generate`."""
