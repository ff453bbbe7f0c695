"""What `sdkgen diff` reports: one `Change` per difference, each with its impact on code written
against the SDK generated from the old spec, and the JSON pointers of the difference in both specs.

The diff modules (`diff_types`, `diff_operations`, `diff`) all add to one `Changes` collection,
which drops repeats: a named type is compared once however many operations use it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum, Flag

from sdkgen.diff_locate import Locator
from sdkgen.ir import Api


class Impact(Enum):
    """How a change affects code written against the old generated SDK."""

    BREAKING = "breaking"  # such code could stop type-checking or stop working
    NON_BREAKING = "non_breaking"  # additions, deprecations, wider inputs
    DOCS = "docs"  # descriptions, summaries, the spec's own version


class Direction(Flag):
    """Which way a type's values travel, as the old SDK uses it: what a client sends (request:
    parameters, bodies) may widen; what it receives (response) may narrow."""

    REQUEST = 1
    RESPONSE = 2
    BOTH = 3


@dataclass(frozen=True, kw_only=True)
class Change:
    impact: Impact
    rule: str  # stable id, e.g. "operation-removed"; the README lists them all
    message: str
    old_pointer: str | None = None  # JSON pointer (RFC 6901) in the old spec; None if absent
    new_pointer: str | None = None

    def to_json(self) -> dict[str, str | None]:
        return {
            "rule": self.rule,
            "message": self.message,
            "old_pointer": self.old_pointer,
            "new_pointer": self.new_pointer,
        }


@dataclass
class Changes:
    """The changes found so far, in the order found, without repeats; and what both sides are."""

    old: Api
    new: Api
    old_at: Locator
    new_at: Locator
    found: list[Change] = field(default_factory=list)
    _seen: set[tuple[str, str]] = field(default_factory=set)

    def add(
        self,
        impact: Impact,
        rule: str,
        message: str,
        old_pointer: str | None = None,
        new_pointer: str | None = None,
    ) -> None:
        key = (rule, message)
        if key in self._seen:
            return
        self._seen.add(key)
        self.found.append(
            Change(
                impact=impact,
                rule=rule,
                message=message,
                old_pointer=old_pointer,
                new_pointer=new_pointer,
            )
        )


def role(direction: Direction) -> str:
    """How a report names a field or value by the way the old SDK uses it."""
    if direction is Direction.REQUEST:
        return "request"
    if direction is Direction.RESPONSE:
        return "response"
    return "request and response"
