"""Calls every operation of the generated Python petstore client against a Prism mock.

Run by tests/test_prism.py with the package on PYTHONPATH: argv[1] is the mock's URL. Uses the
calls of petstore_client.py (all valid per the spec) and prints {call: outcome} as JSON; Prism
itself reports whether any request broke the spec.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))

from petstore_client import steps  # noqa: E402 - needs the folder on sys.path first
from petstore_v1 import ApiError, Client  # noqa: E402


def main(url: str) -> dict[str, Any]:
    outcomes: dict[str, Any] = {}
    with Client(base_url=url, headers={"X-Client": "python"}) as client:
        for name, call in steps(client):
            try:
                call()
                outcomes[name] = "ok"
            except ApiError as error:
                outcomes[name] = error.status_code
    return outcomes


if __name__ == "__main__":
    print(json.dumps(main(sys.argv[1]), sort_keys=True))
