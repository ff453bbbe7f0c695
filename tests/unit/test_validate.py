"""How schema errors are worded: one short line, never the offending value dumped whole."""

from __future__ import annotations

import json

from sdkgen.validate import _short


def test_a_long_offending_value_is_left_out_of_the_message() -> None:
    value = json.dumps({"content": {"application/json": {"schema": {"description": "x" * 400}}}})
    message = f"{value} is not valid under any of the schemas listed in the 'oneOf' keyword"
    assert _short(message) == (
        "the value is not valid under any of the schemas listed in the 'oneOf' keyword"
    )
    assert _short('"old" is not of type "integer"') == '"old" is not of type "integer"'
    assert len(_short("y" * 500)) == 200
