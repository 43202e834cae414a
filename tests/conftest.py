"""Hypothesis profiles: `ci` is derandomized so a red CI run replays exactly on any machine."""

import os

from hypothesis import settings

settings.register_profile("ci", derandomize=True, print_blob=True, database=None)
settings.register_profile("dev", print_blob=True)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "dev"))
