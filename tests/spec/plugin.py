"""pytest plugin: every ``/v1`` answer the emulator gives during the run must match bunq's spec.

Registered for the whole suite by ``tests/conftest.py`` (``pytest_plugins``). While tests run,
an observer (``bunq_connect.emulator.observe``) records each answer's method, path, status and
exact body, from every emulator in the process (servers on loopback and ASGI apps alike). When
the session ends, each is validated against the adapted spec (``tests/spec/adapter.py``); any
failure turns the run red and the summary lists them grouped by operation, status and first
error:

    spec conformance: 2841 emulator responses validated, 2 failed
      GET /user/{userID}/monetary-account 200 (x2, e.g. /v1/user/7/monetary-account):
          at Response/0/MonetaryAccountBank/balance/value: 1 is not of type "string"

``BUNQ_SPEC_CONFORMANCE=0`` turns the check off (for a quick local run without ``../shared``).
"""

from __future__ import annotations

import os
import threading
from collections import Counter
from dataclasses import dataclass, field

import pytest

from bunq_connect.emulator import observe
from tests.spec.adapter import SpecAdapter

__all__ = ["ConformanceReport", "Recorder"]


@dataclass
class ConformanceReport:
    validated: int = 0
    failed: int = 0
    groups: Counter[tuple[str, str, int, str]] = field(default_factory=Counter)
    examples: dict[tuple[str, str, int, str], str] = field(default_factory=dict)

    def lines(self, limit: int = 40) -> list[str]:
        out = [
            f"spec conformance: {self.validated} emulator responses validated, {self.failed} failed"
        ]
        for key, count in self.groups.most_common(limit):
            method, where, status, error = key
            out.append(f"  {method} {where} {status} (x{count}, e.g. {self.examples[key]}):")
            out.append(f"      {error}")
        if len(self.groups) > limit:
            out.append(f"  ... and {len(self.groups) - limit} more kinds of failure")
        return out


class Recorder:
    """An emulator response observer that keeps everything it sees."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.records: list[tuple[str, str, int, bytes]] = []

    def __call__(self, method: str, path: str, status: int, body: bytes) -> None:
        with self._lock:
            self.records.append((method, path, status, body))

    def check(self, adapter: SpecAdapter) -> ConformanceReport:
        with self._lock:
            records = list(self.records)
        report = ConformanceReport()
        for method, path, status, body in records:
            report.validated += 1
            errors = adapter.validate(method, path, status, body)
            if not errors:
                continue
            report.failed += 1
            where = adapter.spec_path_of(path) or path
            key = (method, where, status, errors[0])
            report.groups[key] += 1
            report.examples.setdefault(key, path)
        return report


_RECORDER = pytest.StashKey[Recorder]()
_REPORT = pytest.StashKey[ConformanceReport]()


def _enabled() -> bool:
    return os.environ.get("BUNQ_SPEC_CONFORMANCE", "1") not in ("0", "off", "false")


def pytest_configure(config: pytest.Config) -> None:
    if not _enabled():
        return
    recorder = Recorder()
    observe.add(recorder)
    config.stash[_RECORDER] = recorder


@pytest.hookimpl(tryfirst=True)
def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    recorder = session.config.stash.get(_RECORDER, None)
    if recorder is None:
        return
    observe.remove(recorder)
    report = recorder.check(SpecAdapter.load())
    session.config.stash[_REPORT] = report
    if report.failed and session.exitstatus == pytest.ExitCode.OK:
        session.exitstatus = pytest.ExitCode.TESTS_FAILED


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    report = terminalreporter.config.stash.get(_REPORT, None)
    if report is None or not report.validated:
        return
    if report.failed:
        terminalreporter.section("bunq spec conformance", red=True)
    for line in report.lines():
        terminalreporter.write_line(line)
