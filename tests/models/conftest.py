from __future__ import annotations

import json
from typing import Any

import pytest
from tests.shared_data import OPENAPI as SPEC_PATH


@pytest.fixture(scope="session")
def spec() -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(SPEC_PATH.read_text(encoding="utf-8"))
    return loaded
