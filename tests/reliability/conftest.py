"""The figures of the reliability run, printed at the end (for the issue's note)."""
from __future__ import annotations


def pytest_terminal_summary(terminalreporter) -> None:
    from tests.reliability.fuzz import tried

    if tried["inputs"]:
        terminalreporter.write_line(f"reliability: {tried['inputs']} hostile inputs and sheets tried, "
                                    "each a success or a refusal naming its field, nothing half-written")
