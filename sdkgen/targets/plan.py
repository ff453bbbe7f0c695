"""Which generated module each model lives in, so importing one resource group stays cheap.

A model used by the operations of one group only lives in that group's model module; a model
reached from several groups lives in `_shared`; models no operation uses live in `_other`. Because
whatever a shared model references is itself reached from several groups, references only ever
point into the same module or into `_shared`, and model modules never import each other in a
cycle.
"""

from __future__ import annotations

from sdkgen.ir import (
    Api,
    ArrayType,
    MapType,
    NamedRef,
    NamedType,
    ObjectType,
    Operation,
    TypeRef,
    UnionType,
)

SHARED = "_shared"
OTHER = "_other"


def model_modules(api: Api, group_modules: dict[str, str]) -> dict[str, str]:
    """IR type name -> module name inside the generated `models` package."""
    graph = _graph(api)
    roots: dict[str, set[str]] = {t.name: set() for t in api.types}
    for op in api.operations:
        module = group_modules[op.group]
        for name in _reachable(graph, _operation_refs(op)):
            roots[name].add(module)
    for named in api.types:
        if not roots[named.name]:
            for name in _reachable(graph, [NamedRef(name=named.name)]):
                roots[name].add(OTHER)
    placed = {
        name: next(iter(modules)) if len(modules) == 1 else SHARED
        for name, modules in roots.items()
    }
    return _split_other(graph, placed)


# Models per `_other` module at most (unless one connected group is larger): keeps modules
# reasonably sized and lets rendering spread over processes.
OTHER_CHUNK = 400


def _split_other(graph: dict[str, list[str]], placed: dict[str, str]) -> dict[str, str]:
    """Spread unused models over `_other`, `_other_2`, ... so that no module is huge.

    The same rule as for groups, one level down: each unused model that nothing else refers to
    (a webhook payload, say) is a root; what only one root reaches travels with it into a chunk,
    and what several roots reach stays in `_other`. Chunks then import only from `_other` and
    `_shared`, which never import them back.
    """
    others = {name for name, module in placed.items() if module == OTHER}
    if len(others) <= OTHER_CHUNK:
        return placed
    referenced = {child for name in others for child in graph[name] if child in others}
    reached_from: dict[str, set[str]] = {name: set() for name in others}
    tops: list[str] = []
    candidates = sorted(others - referenced)
    while candidates:
        for top in candidates:
            tops.append(top)
            for name in _reachable(graph, [NamedRef(name=top)]):
                if name in reached_from:
                    reached_from[name].add(top)
        # Models only inside reference cycles have no top: the first of them becomes one.
        unreached = sorted(name for name, roots in reached_from.items() if not roots)
        candidates = unreached[:1]
    members: dict[str, list[str]] = {top: [] for top in tops}
    for name in sorted(others):
        roots = reached_from[name]
        if len(roots) == 1:
            members[next(iter(roots))].append(name)
    chunk, size = 2, 0
    for top in sorted(tops):
        group = members[top]
        if size and size + len(group) > OTHER_CHUNK:
            chunk, size = chunk + 1, 0
        size += len(group)
        for name in group:
            placed[name] = f"{OTHER}_{chunk}"
    return placed


def _graph(api: Api) -> dict[str, list[str]]:
    """Each named type -> the named types it refers to directly (walked many times over)."""
    return {named.name: _children(named) for named in api.types}


def _children(named: NamedType) -> list[str]:
    """The named types a named type refers to directly."""
    if isinstance(named, ObjectType):
        refs = [p.type for p in named.properties]
        if named.additional is not None:
            refs.append(named.additional)
    elif isinstance(named, UnionType):
        refs = list(named.variants)
    else:
        refs = []
    return [name for ref in refs if (name := _name(ref)) is not None]


def _operation_refs(op: Operation) -> list[TypeRef]:
    refs: list[TypeRef] = [p.type for p in op.parameters]
    if op.request_body:
        refs += [c.type for c in op.request_body.contents if c.type is not None]
    for response in op.responses:
        refs += [c.type for c in response.contents if c.type is not None]
        refs += [h.type for h in response.headers]
    return refs


def _reachable(graph: dict[str, list[str]], refs: list[TypeRef]) -> set[str]:
    seen: set[str] = set()
    stack = [name for ref in refs if (name := _name(ref)) is not None]
    while stack:
        name = stack.pop()
        if name in seen:
            continue
        seen.add(name)
        stack.extend(child for child in graph[name] if child not in seen)
    return seen


def _name(ref: TypeRef) -> str | None:
    """The named type a reference ends in, through arrays and maps."""
    while isinstance(ref, ArrayType | MapType):
        ref = ref.items if isinstance(ref, ArrayType) else ref.values
    return ref.name if isinstance(ref, NamedRef) else None
