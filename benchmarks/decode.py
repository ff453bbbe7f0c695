"""Decode throughput: a 1,000-item JSON list of GitHub's `simple-user` into models.

sdkgen's generated `SimpleUser.from_dict`, openapi-python-client's `SimpleUser.from_dict`
(both after `json.loads`, as their clients do) and a pydantic v2 model of the same schema
(`TypeAdapter.validate_json`, pydantic's fastest path), on the same bytes. Runs in the peers'
venv, which has pydantic and the peers' runtime dependencies; the GitHub packages come from
import_time.py's generation step. Each round decodes the list PASSES times; the median of
rounds, in items per second.

    python -m benchmarks.decode [--rounds 7]      (run by report.py under the peers' python)
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
import time
from collections.abc import Callable

from pydantic import BaseModel, TypeAdapter

from benchmarks.common import median
from benchmarks.import_time import PACKAGES, python_package

ITEMS = 1_000


class SimpleUser(BaseModel):
    """GitHub's `simple-user` schema, as a person would write it with pydantic v2."""

    name: str | None = None
    email: str | None = None
    login: str
    id: int
    node_id: str
    avatar_url: str
    gravatar_id: str | None
    url: str
    html_url: str
    followers_url: str
    following_url: str
    gists_url: str
    starred_url: str
    subscriptions_url: str
    organizations_url: str
    repos_url: str
    events_url: str
    received_events_url: str
    type: str
    site_admin: bool
    starred_at: str | None = None
    user_view_type: str | None = None


def payload() -> bytes:
    users = []
    for i in range(ITEMS):
        base = f"https://api.github.com/users/user{i}"
        users.append(
            {
                "login": f"user{i}",
                "id": i,
                "node_id": f"MDQ6VXNlcj{i}",
                "avatar_url": f"https://avatars.githubusercontent.com/u/{i}?v=4",
                "gravatar_id": "",
                "url": base,
                "html_url": f"https://github.com/user{i}",
                "followers_url": f"{base}/followers",
                "following_url": f"{base}/following{{/other_user}}",
                "gists_url": f"{base}/gists{{/gist_id}}",
                "starred_url": f"{base}/starred{{/owner}}{{/repo}}",
                "subscriptions_url": f"{base}/subscriptions",
                "organizations_url": f"{base}/orgs",
                "repos_url": f"{base}/repos",
                "events_url": f"{base}/events{{/privacy}}",
                "received_events_url": f"{base}/received_events",
                "type": "User",
                "site_admin": i % 50 == 0,
                "user_view_type": "public",
                **({"name": f"User {i}", "email": None} if i % 2 else {}),
            }
        )
    return json.dumps(users).encode()


def generated_model(tool: str) -> type:
    path, pkg = python_package(PACKAGES / "python" / tool / "out")
    sys.path.insert(0, str(path))
    return importlib.import_module(f"{pkg}.models").SimpleUser  # type: ignore[no-any-return]


# Times a round decodes the list with each decoder. sdkgen's and openapi-python-client's (both
# Python objects over json.loads) take turns pass by pass, in alternating order, so that a
# noisy neighbour slowing a stretch of the run slows both alike; pydantic's passes follow in a
# block of their own, because its Rust core frees and takes memory outside Python's allocator
# and whichever decoder ran right after it was about a tenth slower (measured: either one).
PASSES = 20


def run(rounds: int) -> dict[str, float]:
    data = payload()
    ours, theirs = generated_model("sdkgen"), generated_model("openapi-python-client")
    adapter = TypeAdapter(list[SimpleUser])
    paired: list[tuple[str, Callable[[bytes], list[object]]]] = [
        ("sdkgen", lambda raw: [ours.from_dict(item) for item in json.loads(raw)]),
        ("openapi-python-client", lambda raw: [theirs.from_dict(item) for item in json.loads(raw)]),
    ]
    alone: list[tuple[str, Callable[[bytes], list[object]]]] = [
        ("pydantic v2", adapter.validate_json)
    ]
    for _, decode in paired + alone:
        decode(data)  # warm up
    rates: dict[str, list[float]] = {side: [] for side, _ in paired + alone}
    for _ in range(rounds):
        seconds = dict.fromkeys(rates, 0.0)
        for pass_ in range(PASSES):
            for side, decode in paired if pass_ % 2 else paired[::-1]:
                seconds[side] += _timed(decode, data)
        for _ in range(PASSES):
            for side, decode in alone:
                seconds[side] += _timed(decode, data)
        for side, spent in seconds.items():
            rates[side].append(ITEMS * PASSES / spent)
    return {side: median(values) for side, values in rates.items()}


def _timed(decode: Callable[[bytes], list[object]], data: bytes) -> float:
    """Seconds to decode the list and drop the result (freeing is part of what models cost)."""
    start = time.perf_counter()
    count = len(decode(data))
    spent = time.perf_counter() - start
    assert count == ITEMS
    return spent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rounds", type=int, default=7)
    print(json.dumps(run(parser.parse_args().rounds), indent=2))


if __name__ == "__main__":
    main()
