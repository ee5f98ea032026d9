"""Hypothesis profiles of the suite: "ci" (the default) is fixed and derandomized, "explore" searches wider."""

from hypothesis import HealthCheck, settings

# The same examples on every run and machine, nothing written to disk, no per-example deadline (two shared cores
# make timings noisy); a failure prints the example to reproduce it.
settings.register_profile(
    "ci",
    derandomize=True,
    database=None,
    deadline=None,
    max_examples=50,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow],
)
# `pytest --hypothesis-profile=explore` when looking for new failures by hand: random seeds, more examples.
settings.register_profile("explore", parent=settings.get_profile("ci"), derandomize=False, max_examples=500)
settings.load_profile("ci")
