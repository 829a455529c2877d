"""Where the tests find bunq's reference material: ``shared/bunq-api`` beside the checkout.

CI lays a copy of ``shared/`` beside the clone; ``BUNQ_SHARED_DIR`` points elsewhere.
"""

from __future__ import annotations

import os
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("BUNQ_SHARED_DIR", REPO.parent / "shared"))
BUNQ_API = SHARED / "bunq-api"
OPENAPI = BUNQ_API / "openapi.json"
CALLBACKS = BUNQ_API / "callbacks"
