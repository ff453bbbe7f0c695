"""Signatures per second of the runtime SigV4 signers against the AWS SDKs' own.

Python: templates/python/%package/_sigv4.py against botocore's SigV4Auth.
Node: templates/node/runtime/sigv4.js against @smithy/signature-v4 (run through
sigv4_bench.mjs; needs `npm ci --prefix tests/node`). Same requests on both
sides: a GET with a query and a JSON POST, with temporary credentials. Prints a
markdown table of medians over several rounds. Targets: Python at least 3x
botocore, Node at least 2x smithy.

    python benchmarks/sigv4_bench.py [--rounds 5] [--seconds 0.5]
"""

from __future__ import annotations

import argparse
import functools
import importlib.util
import json
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

from botocore.auth import SigV4Auth
from botocore.awsrequest import AWSRequest
from botocore.credentials import Credentials

REPO = Path(__file__).resolve().parents[1]
ACCESS_KEY_ID = "AKIAIOSFODNN7EXAMPLE"
SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
TOKEN = "FQoGZXIvYXdzEXAMPLETOKEN"
ORIGIN = "https://abc123.execute-api.us-east-1.amazonaws.com"
BODY = json.dumps(
    {"name": "Rex", "tags": ["good", "dog"], "owner": {"id": 7, "email": "a@example.com"}},
    separators=(",", ":"),
).encode()
REQUESTS = {
    "GET with query": (
        "GET",
        f"{ORIGIN}/prod/pets/42?limit=10&type=dog%20food",
        [("accept", "application/json")],
        b"",
    ),
    "JSON POST": (
        "POST",
        f"{ORIGIN}/prod/pets",
        [("accept", "application/json"), ("content-type", "application/json")],
        BODY,
    ),
}


def load_signer() -> ModuleType:
    path = REPO / "templates" / "python" / "%package" / "_sigv4.py"
    spec = importlib.util.spec_from_file_location("template_sigv4", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def rate(call: Callable[[], object], seconds: float) -> float:
    """Calls per second over about `seconds`."""
    count = 0
    start = time.perf_counter()
    end = start + seconds
    while time.perf_counter() < end:
        for _ in range(200):
            call()
        count += 200
    return count / (time.perf_counter() - start)


def python_rounds(rounds: int, seconds: float) -> dict[str, dict[str, list[float]]]:
    sigv4 = load_signer()
    ours_credentials = sigv4.AwsCredentials(ACCESS_KEY_ID, SECRET, TOKEN)
    boto_signer = SigV4Auth(Credentials(ACCESS_KEY_ID, SECRET, TOKEN), "execute-api", "us-east-1")
    results: dict[str, dict[str, list[float]]] = {}
    for name, (method, url, headers, body) in REQUESTS.items():
        ours = functools.partial(
            sigv4.sign,
            method=method,
            url=url,
            headers=headers,
            body=body,
            credentials=ours_credentials,
            region="us-east-1",
            service="execute-api",
        )
        # botocore signs an AWSRequest in place; re-signing one request object
        # (it drops its old Authorization first) leaves out building a request.
        request = AWSRequest(method=method, url=url, data=body, headers=dict(headers))
        theirs = functools.partial(boto_signer.add_auth, request)
        rate(ours, seconds)  # warm up
        rate(theirs, seconds)
        results[name] = {"ours": [], "reference": []}
        for _ in range(rounds):
            results[name]["ours"].append(rate(ours, seconds))
            results[name]["reference"].append(rate(theirs, seconds))
    return results


def node_rounds(rounds: int, seconds: float) -> dict[str, dict[str, list[float]]]:
    output = subprocess.run(
        ["node", str(REPO / "benchmarks" / "sigv4_bench.mjs"), str(rounds), str(seconds)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    raw: dict[str, dict[str, list[float]]] = json.loads(output)
    return {name: {"ours": r["ours"], "reference": r["smithy"]} for name, r in raw.items()}


def table(rows: list[tuple[str, str, str, dict[str, list[float]]]]) -> str:
    lines = [
        "| signer | request | ours (sig/s) | reference | reference (sig/s) | ratio |",
        "| --- | --- | ---: | --- | ---: | ---: |",
    ]
    for language, name, reference, result in rows:
        ours = statistics.median(result["ours"])
        theirs = statistics.median(result["reference"])
        lines.append(
            f"| {language} | {name} | {ours:,.0f} | {reference} | {theirs:,.0f} "
            f"| {ours / theirs:.2f}x |"
        )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--seconds", type=float, default=0.5, help="per round and signer")
    args = parser.parse_args()
    rows = [
        ("python", name, "botocore SigV4Auth", result)
        for name, result in python_rounds(args.rounds, args.seconds).items()
    ]
    rows += [
        ("node", name, "@smithy/signature-v4", result)
        for name, result in node_rounds(args.rounds, args.seconds).items()
    ]
    print(f"median of {args.rounds} rounds of {args.seconds}s each\n")
    print(table(rows))


if __name__ == "__main__":
    main()
