"""A small closed-loop HTTP/1.1 load generator, run in its own process (the fallback for wrk).

    echo '{"url": "http://127.0.0.1:PORT/path", "headers": {...}, "connections": 16,
           "duration": 5, "warmup": 1}' | .venv/bin/python bench/_loadgen.py

Reads its job as JSON on stdin (so tokens never show in a process listing), keeps
``connections`` keep-alive connections busy with one request each (asyncio, raw sockets, a
pre-built request: much lighter than an HTTP client library, so the server is what saturates),
and prints one JSON line: requests completed in the measured window, req/s, latency percentiles
(ms) and the count of non-2xx answers. Plain HTTP only (the throughput bench runs over HTTP).
"""

from __future__ import annotations

import asyncio
import json
import sys
import time
from typing import Any
from urllib.parse import urlsplit


def _percentile(ordered: list[float], q: float) -> float:
    if not ordered:
        return float("nan")
    rank = max(0, min(len(ordered) - 1, round(q / 100 * len(ordered) + 0.5) - 1))
    return ordered[rank]


async def _worker(
    host: str,
    port: int,
    request: bytes,
    start: float,
    end: float,
    latencies: list[float],
    counts: dict[str, int],
) -> None:
    reader, writer = await asyncio.open_connection(host, port)
    try:
        while True:
            t0 = time.perf_counter()
            writer.write(request)
            head = await reader.readuntil(b"\r\n\r\n")
            status = int(head[9:12])
            length = 0
            for line in head.split(b"\r\n")[1:]:
                name, _, value = line.partition(b":")
                if name.strip().lower() == b"content-length":
                    length = int(value)
            if length:
                await reader.readexactly(length)
            t1 = time.perf_counter()
            if t0 >= start and t1 <= end:
                latencies.append(t1 - t0)
                if not 200 <= status < 300:
                    counts["non_2xx"] += 1
            if t1 >= end:
                return
    finally:
        writer.close()


async def run(job: dict[str, Any]) -> dict[str, Any]:
    url = urlsplit(job["url"])
    if url.scheme != "http":
        raise SystemExit("_loadgen.py speaks plain HTTP only")
    host, port = url.hostname or "127.0.0.1", url.port or 80
    target = url.path + (f"?{url.query}" if url.query else "")
    header_lines = "".join(f"{k}: {v}\r\n" for k, v in job.get("headers", {}).items())
    request = f"GET {target} HTTP/1.1\r\nHost: {host}:{port}\r\n{header_lines}\r\n".encode()
    warmup, duration = float(job.get("warmup", 1.0)), float(job["duration"])
    start = time.perf_counter() + warmup
    end = start + duration
    latencies: list[float] = []
    counts = {"non_2xx": 0}
    await asyncio.gather(
        *(
            _worker(host, port, request, start, end, latencies, counts)
            for _ in range(int(job.get("connections", 16)))
        )
    )
    latencies.sort()
    return {
        "tool": "python-asyncio",
        "requests": len(latencies),
        "rps": len(latencies) / duration,
        "p50_ms": _percentile(latencies, 50) * 1000,
        "p99_ms": _percentile(latencies, 99) * 1000,
        "max_ms": (latencies[-1] if latencies else float("nan")) * 1000,
        "non_2xx": counts["non_2xx"],
    }


def main() -> int:
    job = json.loads(sys.stdin.read())
    print(json.dumps(asyncio.run(run(job))), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
