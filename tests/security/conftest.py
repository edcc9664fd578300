"""Hypothesis profiles for the fuzz tests and a summary of what they ran.

``ci`` (chosen when ``CI`` is set) is derandomised, so CI never turns red on a new random
draw nobody can reproduce; locally each run draws new inputs. Either way the examples per
target are bounded, so the whole fuzz run stays within its time budget.
"""

from __future__ import annotations

import os
import time
from collections import Counter
from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, settings

_COMMON = {
    "deadline": None,
    "suppress_health_check": [HealthCheck.too_slow, HealthCheck.data_too_large],
    "print_blob": True,
}
settings.register_profile("ci", derandomize=True, database=None, **_COMMON)
settings.register_profile("dev", **_COMMON)
settings.load_profile("ci" if os.environ.get("CI") else "dev")

#: Executions and seconds per fuzz target in this session (printed at the end).
EXECUTIONS: Counter[str] = Counter()
SECONDS: Counter[str] = Counter()


@pytest.fixture
def fuzz_clock(request: pytest.FixtureRequest) -> Iterator[None]:
    """Time one fuzz test (its executions are counted by the test itself)."""
    start = time.perf_counter()
    yield
    SECONDS[request.node.name] += time.perf_counter() - start


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """Print executions and time per fuzz target."""
    if not EXECUTIONS:
        return
    terminalreporter.section("fuzzing")
    for name in sorted(EXECUTIONS):
        terminalreporter.write_line(
            f"{name:30s} {EXECUTIONS[name]:6d} executions {SECONDS[name]:7.1f} s"
        )
    terminalreporter.write_line(
        f"{'total':30s} {sum(EXECUTIONS.values()):6d} executions "
        f"{sum(SECONDS.values()):7.1f} s (0 crashes if this run passed)"
    )
