"""Generated Python clients in production conditions: retries, timeouts, logs, hooks, raw responses.

The server misbehaves on cue (tests/support/faults.py); sleeping and jitter are injected through
RetryPolicy so the exact waits can be asserted without waiting them.
"""

from __future__ import annotations

import asyncio
import importlib
import logging
import sys
from types import ModuleType
from typing import Any

import pytest

from tests.support import gateway
from tests.support.faults import Act, faulty
from tests.support.gateway import sigv4_ok
from tests.support.packages import SHARED, SPECS, generate
from tests.support.server import Received

PET = {"id": 1, "name": "Rex"}


@pytest.fixture(scope="module")
def packages(tmp_path_factory: pytest.TempPathFactory) -> tuple[ModuleType, ModuleType]:
    work = tmp_path_factory.mktemp("resilience")
    generate(SPECS / "petstore-oas30.yaml", work / "pets", name="resil pets")
    orders_spec = SHARED / "apigateway" / "orders-oas30.json"
    generate(orders_spec, work / "orders", name="resil orders", version="1.1.1")
    sys.path[:0] = [str(work / "pets"), str(work / "orders")]
    try:
        return importlib.import_module("resil_pets_v1"), importlib.import_module("resil_orders_v1")
    finally:
        del sys.path[:2]


class Sleeps:
    def __init__(self) -> None:
        self.waits: list[float] = []

    def __call__(self, seconds: float) -> None:
        self.waits.append(round(seconds, 3))

    async def sleep_async(self, seconds: float) -> None:
        self.waits.append(round(seconds, 3))


def client(pets: ModuleType, url: str, sleeps: Sleeps, **options: Any) -> Any:
    policy = pets.RetryPolicy(sleep=sleeps, async_sleep=sleeps.sleep_async, random=lambda: 0.5)
    return pets.Client(base_url=url, retry=policy, **options)


def test_503_is_retried_with_backoff_and_retry_after(packages: Any) -> None:
    pets, _ = packages
    sleeps = Sleeps()
    script = [Act(503), Act(503, headers={"Retry-After": "2"}), Act(200, PET)]
    with faulty(script) as server, client(pets, server.url, sleeps) as api:
        assert api.pets.get_pet(1).name == "Rex"
    assert len(server.seen) == 3
    assert sleeps.waits == [0.25, 2.0]  # full jitter (0.5 x 0.5 s), then the server's word


def test_retry_after_as_http_date_is_capped(packages: Any) -> None:
    pets, _ = packages
    sleeps = Sleeps()
    far = "Wed, 21 Oct 2099 07:28:00 GMT"
    with faulty([Act(503, headers={"Retry-After": far}), Act(200, PET)]) as server:
        with client(pets, server.url, sleeps) as api:
            api.pets.get_pet(1)
    assert sleeps.waits == [20.0]


def test_the_last_error_is_raised_after_the_retries(packages: Any) -> None:
    pets, _ = packages
    sleeps = Sleeps()
    with faulty([Act(503), Act(502), Act(504, {"message": "late"})]) as server:
        with client(pets, server.url, sleeps) as api, pytest.raises(pets.ApiError) as caught:
            api.pets.get_pet(1)
    assert caught.value.status_code == 504 and caught.value.message == "late"
    assert len(server.seen) == 3 and len(sleeps.waits) == 2


def test_max_retries_per_client_and_per_call(packages: Any) -> None:
    pets, _ = packages
    sleeps = Sleeps()
    with faulty([Act(503)] * 5) as server:
        with client(pets, server.url, sleeps, max_retries=0) as api, pytest.raises(pets.ApiError):
            api.pets.get_pet(1)
        assert len(server.seen) == 1
        with client(pets, server.url, sleeps) as api, pytest.raises(pets.ApiError):
            api.pets.get_pet(1, max_retries=1)
        assert len(server.seen) == 3


def test_throttling_is_retried_even_for_post(packages: Any) -> None:
    pets, _ = packages
    sleeps = Sleeps()
    throttled = Act(429, {"message": "Too Many Requests"})
    with faulty([throttled, throttled, Act(201, PET)]) as server:
        with client(pets, server.url, sleeps) as api:
            assert api.pets.create_pet(body=pets.models.NewPet(name="Rex")).id_ == 1
    assert [s.method for s in server.seen] == ["POST"] * 3


def test_a_post_the_server_read_is_never_sent_twice(packages: Any) -> None:
    pets, _ = packages
    sleeps = Sleeps()
    with faulty([Act(drop=True), Act(201, PET)]) as server:
        with client(pets, server.url, sleeps) as api, pytest.raises(pets.TransportError):
            api.pets.create_pet(body=pets.models.NewPet(name="Rex"))
    assert len(server.seen) == 1 and sleeps.waits == []


def test_a_post_with_an_idempotency_key_is_retried_with_the_same_key(packages: Any) -> None:
    pets, _ = packages
    sleeps = Sleeps()
    with faulty([Act(drop=True), Act(503), Act(201, PET)]) as server:
        with client(pets, server.url, sleeps) as api:
            api.pets.create_pet(body=pets.models.NewPet(name="Rex"), idempotency_key="k-42")
    assert [s.headers["idempotency-key"] for s in server.seen] == ["k-42"] * 3


def test_connection_refused_is_retried_for_any_method(packages: Any) -> None:
    pets, _ = packages
    sleeps = Sleeps()
    with client(pets, "http://127.0.0.1:9", sleeps) as api, pytest.raises(pets.TransportError):
        api.pets.create_pet(body=pets.models.NewPet(name="Rex"))
    assert sleeps.waits == [0.25, 0.5]


def test_read_timeouts_are_their_own_error(packages: Any) -> None:
    pets, _ = packages
    sleeps = Sleeps()
    timeouts = pets.Timeouts(read=0.2)
    with faulty([Act(stall=1.0), Act(stall=1.0)]) as server:
        with client(pets, server.url, sleeps, timeout=timeouts, max_retries=1) as api:
            with pytest.raises(pets.RequestTimeoutError):
                api.pets.get_pet(1)
    assert len(server.seen) == 2


def test_total_timeout_bounds_the_whole_call(packages: Any) -> None:
    pets, _ = packages
    policy = pets.RetryPolicy(max_retries=5, backoff=0.2, random=lambda: 1.0)
    with faulty([Act(503)] * 6) as server:
        with pets.Client(base_url=server.url, retry=policy) as api:
            with pytest.raises(pets.ApiError):
                api.pets.get_pet(1, timeout=pets.Timeouts(total=0.5))
    assert 1 < len(server.seen) < 6  # gave up when the next wait would pass the deadline


def test_async_client_retries_with_its_own_sleep(packages: Any) -> None:
    pets, _ = packages
    sleeps = Sleeps()
    policy = pets.RetryPolicy(sleep=sleeps, async_sleep=sleeps.sleep_async, random=lambda: 0.5)

    async def call(url: str) -> Any:
        async with pets.AsyncClient(base_url=url, retry=policy) as api:
            return await api.pets.get_pet(1)

    with faulty([Act(503), Act(200, PET)]) as server:
        assert asyncio.run(call(server.url)).name == "Rex"
    assert sleeps.waits == [0.25]


def test_hooks_see_every_attempt_and_trace_headers_reach_the_server(packages: Any) -> None:
    pets, _ = packages
    sleeps = Sleeps()
    seen: list[str] = []
    hooks = {
        "request": [lambda request: seen.append(f"request {request.method}")],
        "response": [lambda response: seen.append(f"response {response.status_code}")],
    }
    trace = "Root=1-5759e988-bd862e3fe1be46a994272793"
    with faulty([Act(503), Act(200, PET)]) as server:
        options = {"event_hooks": hooks, "headers": {"traceparent": "00-abc-def-01"}}
        with client(pets, server.url, sleeps, **options) as api:
            api.pets.get_pet(1, extra_headers={"X-Amzn-Trace-Id": trace})
    assert seen == ["request GET", "response 503", "request GET", "response 200"]
    assert {s.headers["x-amzn-trace-id"] for s in server.seen} == {trace}
    assert {s.headers["traceparent"] for s in server.seen} == {"00-abc-def-01"}


def test_raw_responses_carry_status_headers_and_request_id(packages: Any) -> None:
    pets, _ = packages
    sleeps = Sleeps()
    headers = {"x-amzn-RequestId": "req-9", "X-Next": "n"}
    with faulty([Act(200, [PET], headers=headers)]) as server:
        with client(pets, server.url, sleeps) as api:
            raw = api.pets.with_raw_response.list_pets(limit=1)
    assert raw.status_code == 200 and raw.request_id == "req-9"
    assert raw.headers["x-next"] == "n"
    assert [p.name for p in raw.parsed] == ["Rex"]


def test_sigv4_requests_are_signed_again_for_each_attempt(
    packages: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    _, orders = packages
    dates = iter(["20260101T000000Z", "20260101T000007Z"])
    monkeypatch.setattr(orders._sigv4, "_amz_date", lambda now: next(dates))
    sleeps = Sleeps()
    policy = orders.RetryPolicy(sleep=sleeps, random=lambda: 0.0)
    credentials = orders.AwsCredentials(
        access_key_id=gateway.ACCESS_KEY,
        secret_access_key=gateway.SECRET_KEY,
        session_token=gateway.SESSION_TOKEN,
    )
    with faulty([Act(503), Act(200, {"orders": []})]) as server:
        api = orders.Client(
            base_url=server.url, aws_credentials=credentials, region="us-east-1", retry=policy
        )
        api.orders.list_orders()
    assert [s.headers["x-amz-date"] for s in server.seen] == [
        "20260101T000000Z",
        "20260101T000007Z",
    ]
    for seen in server.seen:
        path, _, query = seen.target.partition("?")
        received = Received(seen.method, path, [], query, seen.headers, seen.body)
        assert sigv4_ok(received, server.url)


def test_debug_logs_never_hold_credentials(packages: Any, caplog: pytest.LogCaptureFixture) -> None:
    _, orders = packages
    credentials = orders.AwsCredentials(
        access_key_id=gateway.ACCESS_KEY,
        secret_access_key=gateway.SECRET_KEY,
        session_token=gateway.SESSION_TOKEN,
    )
    caplog.set_level(logging.DEBUG, logger="resil_orders_v1")
    script = [
        Act(503),
        Act(200, {"orders": []}),
        Act(
            200, {"orderId": "o", "customerId": "c", "items": [], "status": "PAID", "createdAt": 1}
        ),
        Act(403, {"message": "Forbidden"}),
    ]
    with faulty(script) as server:
        api = orders.Client(
            base_url=server.url,
            aws_credentials=credentials,
            api_key=gateway.API_KEY,
            partner_token_authorizer_token=gateway.PARTNER_TOKEN,
            region="us-east-1",
            retry=orders.RetryPolicy(sleep=lambda s: None),
        )
        api.orders.list_orders(next_token="page-2")
        api.orders.get_order("o-1")
        with pytest.raises(orders.ApiError):
            api.orders.update_order("o-1", body=orders.models.OrderUpdate())
    text = caplog.text + " ".join(str(getattr(r, "sdk_headers", "")) for r in caplog.records)
    assert "GET http://127.0.0.1" in text and "-> 503" in text and "attempt 2" in text
    secrets = [gateway.SECRET_KEY, gateway.SESSION_TOKEN, gateway.API_KEY, gateway.PARTNER_TOKEN]
    assert [secret for secret in secrets if secret in text] == []
    assert "Signature=" not in text
