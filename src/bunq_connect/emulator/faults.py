"""Fault injection rules (like moto's): which requests misbehave, and how. No HTTP here.

    >>> faults = FaultRegistry()
    >>> payment = "/v1/user/*/monetary-account/*/payment"
    >>> fault = faults.add(parse_fault({"method": "POST", "path": payment, "mode": "drop_after"}))
    >>> faults.take("POST", "/v1/user/7/monetary-account/9/payment").mode
    'drop_after'
    >>> faults.take("POST", "/v1/user/7/monetary-account/9/payment") is None   # count used up
    True

Modes: ``500``, ``491`` (maintenance) and ``429`` answer with bunq's error envelope without
running the handler; ``hang`` sleeps ``delay`` seconds, then runs the handler and answers;
``drop`` closes the connection without running the handler; ``drop_after`` runs the handler
(its state change is committed) and then closes the connection without an answer.

Paths are globs over the concrete path without its query: ``*`` matches within one path
segment, ``**`` across segments, ``?`` one character. ``count`` faults the next N matching
requests (1 when neither ``count`` nor ``fraction`` is given); ``fraction`` faults each matching
request with that probability (forever, or until ``count`` faults were injected when both are
given). The draws come from the registry's own random generator, seeded with the emulator.
"""

from __future__ import annotations

import random
import re
import threading
from dataclasses import dataclass, field
from typing import Any, Literal, cast, get_args

__all__ = [
    "STATUS_DESCRIPTIONS",
    "Fault",
    "FaultError",
    "FaultMode",
    "FaultRegistry",
    "FaultSpec",
    "parse_fault",
]

FaultMode = Literal["500", "491", "429", "hang", "drop", "drop_after"]
MODES: tuple[str, ...] = get_args(FaultMode)
STATUS_MODES = frozenset({"500", "491", "429"})

STATUS_DESCRIPTIONS = {
    500: "Internal server error.",
    491: "The bunq API is in maintenance. Please try again later.",
}

MAX_DELAY = 600.0


class FaultError(ValueError):
    """A fault description that cannot be used; the message says which field and why."""


@dataclass(frozen=True, slots=True)
class FaultSpec:
    method: str  # upper case, or "*" for any
    path: str  # glob
    mode: FaultMode
    count: int | None = None
    fraction: float | None = None
    delay: float = 0.0
    description: str | None = None  # the error text for status modes (bunq's by default)

    @property
    def status(self) -> int | None:
        return int(self.mode) if self.mode in STATUS_MODES else None


@dataclass(slots=True)
class Fault:
    id: int
    spec: FaultSpec
    pattern: re.Pattern[str] = field(repr=False)
    injected: int = 0  # how many requests it hit so far

    @property
    def mode(self) -> FaultMode:
        return self.spec.mode

    @property
    def exhausted(self) -> bool:
        return self.spec.count is not None and self.injected >= self.spec.count

    def matches(self, method: str, path: str) -> bool:
        return self.spec.method in ("*", method.upper()) and bool(self.pattern.fullmatch(path))

    def to_json(self) -> dict[str, Any]:
        spec = self.spec
        return {
            "id": self.id,
            "method": spec.method,
            "path": spec.path,
            "mode": spec.mode,
            "count": spec.count,
            "fraction": spec.fraction,
            "delay": spec.delay,
            "description": spec.description,
            "injected": self.injected,
            "remaining": None if spec.count is None else spec.count - self.injected,
        }


def glob_to_regex(glob: str) -> re.Pattern[str]:
    """``*`` = one segment's characters, ``**`` = anything, ``?`` = one non-slash character."""
    out: list[str] = []
    i = 0
    while i < len(glob):
        if glob.startswith("**", i):
            out.append(".*")
            i += 2
        elif glob[i] == "*":
            out.append("[^/]*")
            i += 1
        elif glob[i] == "?":
            out.append("[^/]")
            i += 1
        else:
            out.append(re.escape(glob[i]))
            i += 1
    return re.compile("".join(out))


def _number(body: dict[str, Any], name: str) -> float | None:
    value = body.get(name)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise FaultError(f"'{name}' must be a number.")
    return float(value)


def parse_fault(body: dict[str, Any]) -> FaultSpec:
    """Validate a control-API fault description; raises :class:`FaultError`."""
    unknown = set(body) - {"method", "path", "mode", "count", "fraction", "delay", "description"}
    if unknown:
        raise FaultError(f"Unknown field(s): {', '.join(sorted(unknown))}.")
    method = body.get("method", "*")
    if not isinstance(method, str) or not re.fullmatch(r"\*|[A-Za-z]+", method):
        raise FaultError("'method' must be an HTTP method or '*'.")
    path = body.get("path")
    if not isinstance(path, str) or not path.startswith("/"):
        raise FaultError("'path' must be a glob starting with '/', e.g. '/v1/user/*/payment'.")
    mode = body.get("mode")
    if isinstance(mode, int) and not isinstance(mode, bool):
        mode = str(mode)
    if mode not in MODES:
        raise FaultError(f"'mode' must be one of {', '.join(MODES)}.")
    count = body.get("count")
    if count is not None and (isinstance(count, bool) or not isinstance(count, int) or count < 1):
        raise FaultError("'count' must be a positive integer.")
    fraction = _number(body, "fraction")
    if fraction is not None and not 0.0 < fraction <= 1.0:
        raise FaultError("'fraction' must be in (0, 1].")
    delay = _number(body, "delay") or 0.0
    if not 0.0 <= delay <= MAX_DELAY:
        raise FaultError(f"'delay' must be between 0 and {MAX_DELAY:g} seconds.")
    if mode == "hang" and delay == 0.0:
        raise FaultError("mode 'hang' needs a 'delay' in seconds.")
    description = body.get("description")
    if description is not None and (not isinstance(description, str) or not description):
        raise FaultError("'description' must be a non-empty string.")
    if count is None and fraction is None:
        count = 1
    return FaultSpec(
        method=method.upper(),
        path=path.split("?", 1)[0],
        mode=cast(FaultMode, mode),
        count=count,
        fraction=fraction,
        delay=delay,
        description=description,
    )


class FaultRegistry:
    """Active faults in the order added; the first one that matches a request applies."""

    def __init__(self, seed: int | None = None) -> None:
        self._lock = threading.Lock()
        self._faults: list[Fault] = []
        self._next_id = 1
        self._random = random.Random(seed)  # noqa: S311 - chaos, not cryptography

    def add(self, spec: FaultSpec) -> Fault:
        with self._lock:
            fault = Fault(id=self._next_id, spec=spec, pattern=glob_to_regex(spec.path))
            self._next_id += 1
            self._faults.append(fault)
            return fault

    def take(self, method: str, path: str) -> Fault | None:
        """The fault to apply to this request, if any; counts it (one call per request)."""
        with self._lock:
            for fault in self._faults:
                if fault.exhausted or not fault.matches(method, path):
                    continue
                fraction = fault.spec.fraction
                if fraction is not None and self._random.random() >= fraction:
                    return None
                fault.injected += 1
                return fault
            return None

    def list(self) -> list[Fault]:
        with self._lock:
            return list(self._faults)

    def clear(self, seed: int | None = None) -> None:
        with self._lock:
            self._faults.clear()
            self._next_id = 1
            self._random = random.Random(seed)  # noqa: S311
