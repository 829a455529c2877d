"""The official SDK's side of ``client_overhead.py``: runs INSIDE ``.venv-sdk`` (bunq-sdk 1.28.0).

    echo '{"base_url": "https://127.0.0.1:PORT", "api_key": "...", "n": 300, "warmup": 20}' \
        | REQUESTS_CA_BUNDLE=ca.pem .venv-sdk/bin/python bench/_sdk_overhead.py

Imports only the SDK (never ``bunq_connect``). The one change to the SDK is the base URL, as in
``tests/sdk/sdk_script.py``: ``ApiEnvironmentType.SANDBOX._uri_base``. It creates its own API
context for the given key (installation, device, session), then times ``n`` calls of
``MonetaryAccountApiObject.list()`` (``GET /user/{id}/monetary-account``, the URL
``client.monetary_accounts.list()`` calls) after ``warmup`` untimed ones, and prints one JSON
line with the median and the raw samples (seconds). The job comes on stdin so the key never
shows in a process listing; nothing secret is printed. HTTPS trust: ``REQUESTS_CA_BUNDLE``.
"""

import json
import statistics
import sys
import time

from bunq.sdk.context.api_context import ApiContext
from bunq.sdk.context.api_environment_type import ApiEnvironmentType
from bunq.sdk.context.bunq_context import BunqContext
from bunq.sdk.model.generated.endpoint import MonetaryAccountApiObject


def main() -> int:
    job = json.loads(sys.stdin.read())
    ApiEnvironmentType.SANDBOX._uri_base = job["base_url"].rstrip("/") + "/v1/"
    context = ApiContext.create(ApiEnvironmentType.SANDBOX, job["api_key"], "bench sdk")
    BunqContext.load_api_context(context)
    accounts = 0
    for _ in range(int(job.get("warmup", 10))):
        accounts = len(MonetaryAccountApiObject.list().value)
    samples = []
    for _ in range(int(job["n"])):
        t0 = time.perf_counter()
        MonetaryAccountApiObject.list()
        samples.append(time.perf_counter() - t0)
    print(
        json.dumps({"median": statistics.median(samples), "samples": samples, "accounts": accounts})
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
