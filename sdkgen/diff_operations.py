"""Operations of two API versions, matched the way the generated SDK names them.

An operation is one generated method, named from its IR id (the operationId) in the group of its
first tag, and one HTTP call, made from its method and path. So operations are matched on both:
same id and same call; else same call under a new id (the method is renamed); else same id at a
new call (the method now calls elsewhere). Path parameter names do not take part in matching
the call (`/orders/{id}` is `/orders/{orderId}`); a renamed path parameter is reported on its own.
"""

from __future__ import annotations

import re

from sdkgen.diff_model import Changes, Direction, Impact, role
from sdkgen.diff_types import TypeComparer, describe, impact_of, note, rename_ref
from sdkgen.ir import MediaContent, Operation, Parameter, RequestBody, Response

_TEMPLATE = re.compile(r"{[^{}]*}")


def call_of(op: Operation) -> tuple[str, str]:
    return op.method, _TEMPLATE.sub("{}", op.path)


def title(op: Operation) -> str:
    return f"operation {op.id} ({op.method.upper()} {op.path})"


def match_operations(
    old: tuple[Operation, ...], new: tuple[Operation, ...]
) -> tuple[list[tuple[Operation, Operation]], list[Operation], list[Operation]]:
    """(matched pairs, removed, added), each in the old (or new) API's order."""
    pairs: list[tuple[Operation, Operation]] = []
    paired_old: set[int] = set()
    paired_new: set[int] = set()
    for keys in ((_id, call_of), (call_of,), (_id,)):
        waiting: dict[tuple[object, ...], list[int]] = {}
        for index, op in enumerate(new):
            if index not in paired_new:
                waiting.setdefault(tuple(key(op) for key in keys), []).append(index)
        for index, op in enumerate(old):
            candidates = waiting.get(tuple(key(op) for key in keys))
            if index in paired_old or not candidates:
                continue
            partner = candidates.pop(0)
            pairs.append((op, new[partner]))
            paired_old.add(index)
            paired_new.add(partner)
    removed = [op for index, op in enumerate(old) if index not in paired_old]
    added = [op for index, op in enumerate(new) if index not in paired_new]
    return pairs, removed, added


def _id(op: Operation) -> str:
    return op.id


class OperationDiff:
    """Compares one matched pair of operations: identity, parameters, body, responses."""

    def __init__(self, changes: Changes, comparer: TypeComparer) -> None:
        self.changes = changes
        self.comparer = comparer

    def run(self, old: Operation, new: Operation) -> None:
        self.old_op, self.new_op = old, new
        self.name = title(old)
        self._identity(old, new)
        self._parameters(old, new)
        self._request_body(old.request_body, new.request_body)
        self._responses(old, new)

    def _add(
        self, impact: Impact, rule: str, message: str, old: str | None, new: str | None
    ) -> None:
        self.changes.add(impact, rule, f"{self.name}: {message}", old, new)

    def _identity(self, old: Operation, new: Operation) -> None:
        o, n = old.pointer, new.pointer
        if old.id != new.id:
            self._add(
                Impact.BREAKING,
                "operation-id-changed",
                f"operationId changed to {new.id}: the generated method is renamed",
                o,
                n,
            )
        if (old.method, old.path) != (new.method, new.path) and call_of(old) != call_of(new):
            self._add(
                Impact.BREAKING,
                "operation-path-changed",
                f"now {new.method.upper()} {new.path}: clients generated before it call the old "
                "path",
                o,
                n,
            )
        if old.group != new.group:
            self._add(
                Impact.BREAKING,
                "operation-group-changed",
                f"group (first tag) changed from {old.group} to {new.group}: the method moves "
                "to another resource",
                o,
                n,
            )
        if new.deprecated != old.deprecated:
            rule = "operation-deprecated" if new.deprecated else "operation-undeprecated"
            said = "is deprecated" if new.deprecated else "is no longer deprecated"
            self._add(Impact.NON_BREAKING, rule, said, o, n)
        if (old.summary, old.description) != (new.summary, new.description):
            self._add(Impact.DOCS, "operation-description-changed", "description changed", o, n)

    # ---- parameters ------------------------------------------------------------------------

    def _parameters(self, old: Operation, new: Operation) -> None:
        old_params = {(p.location, p.name): p for p in old.parameters}
        new_params = {(p.location, p.name): p for p in new.parameters}
        pairs = [(p, new_params[key]) for key, p in old_params.items() if key in new_params]
        gone = [p for key, p in old_params.items() if key not in new_params]
        came = [p for key, p in new_params.items() if key not in old_params]
        for before, after in _renamed_or_moved(old, new, gone, came):
            gone.remove(before)
            came.remove(after)
            pairs.append((before, after))
            if before.name != after.name:
                rule, said = "parameter-renamed", f"renamed to {after.name}"
            else:
                rule, said = "parameter-moved", f"moved to the {after.location.value}"
            self._param_change(Impact.BREAKING, rule, before, after, said)
        for param in gone:
            self._param_change(Impact.BREAKING, "parameter-removed", param, None, "was removed")
        for param in came:
            if param.required:
                self._param_change(
                    Impact.BREAKING, "parameter-added-required", None, param, "was added, required"
                )
            else:
                self._param_change(
                    Impact.NON_BREAKING, "parameter-added", None, param, "was added, optional"
                )
        for before, after in pairs:
            self._parameter(before, after)

    def _parameter(self, old: Parameter, new: Parameter) -> None:
        if old.required != new.required:
            stricter = Impact.BREAKING if new.required else Impact.NON_BREAKING
            became = "required" if new.required else "optional"
            self._param_change(stricter, f"parameter-became-{became}", old, new, f"became {became}")
        verdict = self.comparer.compare(old.type, new.type)
        typed = impact_of(verdict, Direction.REQUEST)
        if typed is not None:
            self._param_change(
                typed,
                "parameter-type-changed",
                old,
                new,
                f"type {describe(old.type)} -> {describe(new.type)}{note(verdict)}",
            )
        serialization = (old.style, old.explode, old.allow_reserved)
        # a moved parameter takes its new location's style; the move is what is reported
        if old.location == new.location and serialization != (
            new.style,
            new.explode,
            new.allow_reserved,
        ):
            self._param_change(
                Impact.BREAKING,
                "parameter-serialization-changed",
                old,
                new,
                f"serialization changed to style={new.style}, explode={new.explode}: "
                "clients generated before it encode it the old way",
            )
        if new.deprecated and not old.deprecated:
            self._param_change(Impact.NON_BREAKING, "parameter-deprecated", old, new, "deprecated")
        if (old.has_default, old.default) != (new.has_default, new.default):
            self._param_change(
                Impact.NON_BREAKING, "parameter-default-changed", old, new, "default changed"
            )
        if old.description != new.description:
            self._param_change(
                Impact.DOCS, "parameter-description-changed", old, new, "description changed"
            )

    def _param_change(
        self, impact: Impact, rule: str, old: Parameter | None, new: Parameter | None, said: str
    ) -> None:
        param = old or new
        assert param is not None
        self._add(
            impact,
            rule,
            f"{param.location.value} parameter {param.name} {said}",
            None if old is None else self.changes.old_at.parameter(self.old_op, old),
            None if new is None else self.changes.new_at.parameter(self.new_op, new),
        )

    # ---- request body ----------------------------------------------------------------------

    def _request_body(self, old: RequestBody | None, new: RequestBody | None) -> None:
        old_at, new_at = self.changes.old_at, self.changes.new_at
        o = None if old is None else old_at.request_body(self.old_op)
        n = None if new is None else new_at.request_body(self.new_op)
        if old is None and new is None:
            return
        if old is None or new is None:
            if new is None:
                self._add(Impact.BREAKING, "request-body-removed", "request body removed", o, n)
            elif new.required:
                rule, said = "request-body-added-required", "required request body added"
                self._add(Impact.BREAKING, rule, said, o, n)
            else:
                said = "optional request body added"
                self._add(Impact.NON_BREAKING, "request-body-added", said, o, n)
            return
        if old.required != new.required:
            became = "required" if new.required else "optional"
            impact = Impact.BREAKING if new.required else Impact.NON_BREAKING
            self._add(
                impact, f"request-body-became-{became}", f"request body became {became}", o, n
            )
        self._contents(old.contents, new.contents, Direction.REQUEST, None)
        if old.description != new.description:
            rule = "request-body-description-changed"
            self._add(Impact.DOCS, rule, "request body description changed", o, n)

    def _contents(
        self,
        old: tuple[MediaContent, ...],
        new: tuple[MediaContent, ...],
        direction: Direction,
        status: str | None,
    ) -> None:
        new_by_type = {c.media_type: c for c in new}
        old_types = {c.media_type for c in old}
        part = "request body" if status is None else f"response {status}"
        for content in old:
            o = self._media(content.media_type, status, old=True)
            later = new_by_type.get(content.media_type)
            if later is None:
                rule = f"{role(direction)}-media-type-removed"
                said = f"{part} no longer offers {content.media_type}"
                self._add(Impact.BREAKING, rule, said, o, None)
                continue
            n = self._media(content.media_type, status, old=False)
            verdict = self.comparer.compare(content.type, later.type)
            impact = impact_of(verdict, direction)
            if impact is not None:
                self._add(
                    impact,
                    f"{role(direction)}-body-type-changed",
                    f"{part} {content.media_type}: {describe(content.type)} -> "
                    f"{describe(later.type)}{note(verdict)}",
                    o,
                    n,
                )
        for content in new:
            if content.media_type not in old_types:
                n = self._media(content.media_type, status, old=False)
                rule = f"{role(direction)}-media-type-added"
                said = f"{part} now also offers {content.media_type}"
                self._add(Impact.NON_BREAKING, rule, said, None, n)

    def _media(self, media_type: str, status: str | None, *, old: bool) -> str:
        at, op = (self.changes.old_at, self.old_op) if old else (self.changes.new_at, self.new_op)
        if status is None:
            return at.request_media(op, media_type)
        return at.response_media(op, status, media_type)

    # ---- responses -------------------------------------------------------------------------

    def _responses(self, old: Operation, new: Operation) -> None:
        new_by_status = {r.status: r for r in new.responses}
        old_statuses = {r.status for r in old.responses}
        old_results = {self._result(r, renamed=True) for r in old.responses if _success(r)}
        for response in old.responses:
            later = new_by_status.get(response.status)
            o = self.changes.old_at.response(old, response.status)
            if later is None:
                self._response_removed(response, o)
                continue
            n = self.changes.new_at.response(new, response.status)
            self._contents(response.contents, later.contents, Direction.RESPONSE, response.status)
            self._headers(response, later, o, n)
            if response.description != later.description:
                said = f"response {response.status} description changed"
                self._add(Impact.DOCS, "response-description-changed", said, o, n)
        for response in new.responses:
            if response.status in old_statuses:
                continue
            n = self.changes.new_at.response(new, response.status)
            widens = (
                _success(response)
                and bool(old_results)
                and self._result(response, renamed=False) not in old_results
            )
            if widens:
                said = (
                    f"success response {response.status} added: the method's return type gains "
                    f"{self._result(response, renamed=False)}"
                )
                self._add(Impact.BREAKING, "response-added", said, None, n)
            else:
                said = f"response {response.status} added"
                self._add(Impact.NON_BREAKING, "response-added", said, None, n)

    def _response_removed(self, response: Response, pointer: str) -> None:
        if _success(response):
            said = f"success response {response.status} removed: the method's return type changes"
        elif response.contents:
            said = f"error response {response.status} removed: its typed error class is gone"
        else:
            said = f"error response {response.status} (no body) removed"
            self._add(Impact.NON_BREAKING, "response-removed", said, pointer, None)
            return
        self._add(Impact.BREAKING, "response-removed", said, pointer, None)

    def _result(self, response: Response, *, renamed: bool) -> str:
        """What the generated method returns for this response, in new names."""
        if not response.contents:
            return "nothing"
        names = self.comparer.renamed if renamed else {}
        return " or ".join(
            sorted({describe(c.type and rename_ref(c.type, names)) for c in response.contents})
        )

    def _headers(self, old: Response, new: Response, o: str, n: str) -> None:
        new_headers = {h.name.lower(): h for h in new.headers}
        old_names = {h.name.lower() for h in old.headers}
        for header in old.headers:
            later = new_headers.get(header.name.lower())
            if later is None:
                said = f"response {old.status} header {header.name} removed"
                self._add(Impact.BREAKING, "response-header-removed", said, o, n)
                continue
            verdict = self.comparer.compare(header.type, later.type)
            impact = impact_of(verdict, Direction.RESPONSE)
            if impact is not None:
                said = (
                    f"response {old.status} header {header.name}: {describe(header.type)} -> "
                    f"{describe(later.type)}{note(verdict)}"
                )
                self._add(impact, "response-header-type-changed", said, o, n)
        for header in new.headers:
            if header.name.lower() not in old_names:
                said = f"response {new.status} header {header.name} added"
                self._add(Impact.NON_BREAKING, "response-header-added", said, o, n)


def _renamed_or_moved(
    old: Operation, new: Operation, gone: list[Parameter], came: list[Parameter]
) -> list[tuple[Parameter, Parameter]]:
    """Parameters that are the same one under a new name (path parameters, by position in the
    path) or in a new location (same name)."""
    pairs: list[tuple[Parameter, Parameter]] = []
    old_path = _TEMPLATE.findall(old.path)
    new_path = _TEMPLATE.findall(new.path)
    if len(old_path) == len(new_path):
        for before_name, after_name in zip(old_path, new_path, strict=True):
            before = _find(gone, before_name[1:-1], "path")
            after = _find(came, after_name[1:-1], "path")
            if before is not None and after is not None:
                pairs.append((before, after))
    for before in gone:
        after = next((p for p in came if p.name == before.name), None)
        if after is not None and all(before is not b and after is not a for b, a in pairs):
            pairs.append((before, after))
    return pairs


def _find(params: list[Parameter], name: str, location: str) -> Parameter | None:
    return next((p for p in params if p.name == name and p.location.value == location), None)


def _success(response: Response) -> bool:
    return response.status.startswith("2")
