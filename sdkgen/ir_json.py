"""The IR as JSON: what `sdkgen ir` prints and what the IR golden files hold."""

from __future__ import annotations

import dataclasses
import json
from enum import Enum
from typing import Any

from sdkgen.ir import Api


def to_data(value: Any) -> Any:
    """Plain JSON data for an IR node; each node records its class so unions stay readable."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        data: dict[str, Any] = {"node": type(value).__name__}
        for item in dataclasses.fields(value):
            if not item.compare:
                continue
            data[item.name] = to_data(getattr(value, item.name))
        return data
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, tuple | list):
        return [to_data(v) for v in value]
    return value


def dumps(api: Api) -> str:
    return json.dumps(to_data(api), indent=1, ensure_ascii=False, sort_keys=False) + "\n"
