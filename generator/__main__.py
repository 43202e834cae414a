"""Entry point of ``python -m generator``."""

import sys

from generator.cli import main

sys.exit(main(sys.argv[1:]))
