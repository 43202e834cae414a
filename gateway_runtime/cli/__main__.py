"""``python -m gateway_runtime.cli``: the ``clientgen`` command line."""

from gateway_runtime.cli import console

console()
