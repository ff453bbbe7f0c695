"""Per-call overhead: a generated client against the raw HTTP library, same call, no network.

Python: the petstore golden package's `client.pets.get_pet(1)` against `httpx.Client.get` plus
`.json()`, both on an `httpx.MockTransport` that returns one prepared pet. Node: the golden
package's `client.pets.getPet({petId: 1})` against `fetch` plus `.json()`, both given the same
injected fetch (per_call.mjs), the raw call building the same request (encoded path, Accept
header) and checking the status. The generated side also builds the `Pet` model, so the ratio
is the whole cost a user pays over hand-written calls. Rounds of 10,000 calls alternate
between the two sides (in Node, within each round, in ten slices in ABBA order against load
drift); medians of the rounds.

    python -m benchmarks.per_call [--calls 10000] [--rounds 5]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from collections.abc import Callable

import httpx

from benchmarks.common import REPO, median

GOLDEN = REPO / "golden" / "petstore-oas30"
BASE_URL = "https://petstore.example.com/v1"
PET = json.dumps({"id": 1, "name": "Rex", "status": "available", "tags": ["good", "dog"]}).encode()


def answer(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, content=PET, headers={"content-type": "application/json"})


def seconds_per_call(call: Callable[[], object], calls: int) -> float:
    start = time.perf_counter()
    for _ in range(calls):
        call()
    return (time.perf_counter() - start) / calls


def python_rounds(calls: int, rounds: int) -> dict[str, float]:
    sys.path.insert(0, str(GOLDEN / "python"))
    from petstore_v1 import Client  # the golden package, as users would import it

    raw = httpx.Client(transport=httpx.MockTransport(answer), base_url=BASE_URL)
    http = httpx.Client(transport=httpx.MockTransport(answer), base_url=BASE_URL)
    client = Client(base_url=BASE_URL, http_client=http)
    sides = {
        "raw": lambda: raw.get("/pets/1").json(),
        "generated": lambda: client.pets.get_pet(1),
    }
    for call in sides.values():
        seconds_per_call(call, calls // 10)  # warm up
    times: dict[str, list[float]] = {side: [] for side in sides}
    for _ in range(rounds):
        for side, call in sides.items():
            times[side].append(seconds_per_call(call, calls))
    return {side: median(values) for side, values in times.items()}


def node_rounds(calls: int, rounds: int) -> dict[str, float]:
    script = REPO / "benchmarks" / "per_call.mjs"
    argv = ["node", str(script), str(calls), str(rounds)]
    output = subprocess.run(argv, capture_output=True, text=True, check=True).stdout
    times: dict[str, list[float]] = json.loads(output)
    return {side: median(values) for side, values in times.items()}


def run(calls: int, rounds: int) -> dict[str, dict[str, float]]:
    return {"python": python_rounds(calls, rounds), "node": node_rounds(calls, rounds)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--calls", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    print(json.dumps(run(args.calls, args.rounds), indent=2))


if __name__ == "__main__":
    main()
