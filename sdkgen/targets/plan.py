"""Which generated module each model lives in, so that a first call imports little.

Node's type declarations go by resource group (`model_modules`): a model used by the operations
of one group lives in that group's module, one reached from several groups in `_shared`, and
models no operation uses in `_other` chunks. Python's classes are created when their module is
imported, so Python's modules are smaller (`python_model_modules`): an operation's first call
imports the classes its own types reach and few others. Model modules never import each other
in a cycle.
"""

from __future__ import annotations

from sdkgen.ir import Api, NamedRef
from sdkgen.targets.typegraph import UNUSED, TypeGraph, type_graph

SHARED = "_shared"
OTHER = UNUSED


def model_modules(api: Api, group_modules: dict[str, str]) -> dict[str, str]:
    """IR type name -> module name inside the generated `models` package (by group)."""
    graph = type_graph(api, group_modules)
    return _split_other(graph, _by_group(graph))


def _by_group(graph: TypeGraph) -> dict[str, str]:
    """Type -> the group whose operations alone reach it, `_shared`, or `_other`."""
    return {
        name: next(iter(groups)) if len(groups) == 1 else SHARED
        for name, groups in graph.reached_by().items()
    }


# Types per Python model module at most (unless one cycle is larger). Importing a module
# creates every class in it, about 50 µs each; yet each module costs the generator time to
# render, write and format.
MODULE_TYPES = 32


def python_model_modules(api: Api, group_modules: dict[str, str]) -> dict[str, tuple[str, int]]:
    """IR type name -> (group, chunk number) of its Python model module (the target names it).

    Types go in units: a type with the types only it refers to (its inline objects and enums,
    say), or a reference cycle, whose modules could not be imported one at a time. Units that
    import exactly the same modules share modules of at most MODULE_TYPES types, within their
    group as in `model_modules`. So a module imports what each of its units needs and no more,
    and only modules made before it: no cycles.
    """
    graph = type_graph(api, group_modules)
    owners = _owners(graph)
    by_group = _by_group(graph)
    units: dict[str, list[str]] = {}
    for name in sorted(owners):
        units.setdefault(owners[name], []).append(name)
    needs = {
        head: sorted({owners[child] for name in members for child in graph.children[name]} - {head})
        for head, members in units.items()
    }
    chunk_of: dict[str, tuple[str, int]] = {}
    filling: dict[tuple[str, frozenset[tuple[str, int]]], tuple[tuple[str, int], int]] = {}
    count: dict[str, int] = {}
    for head in _dependencies_first(needs):
        group = by_group[head]
        key = (group, frozenset(chunk_of[other] for other in needs[head]))
        chunk, size = filling.get(key, ((group, 0), MODULE_TYPES))
        if size + len(units[head]) > MODULE_TYPES:
            count[group] = count.get(group, 0) + 1
            chunk, size = (group, count[group]), 0
        filling[key] = (chunk, size + len(units[head]))
        chunk_of[head] = chunk
    return {name: chunk_of[owners[name]] for name in owners}


def _owners(graph: TypeGraph) -> dict[str, str]:
    """Type -> the type heading its unit: itself, unless exactly one other unit refers to it
    and no operation does (then that unit's head); a cycle's first member for the others."""
    referrers: list[set[int]] = [set() for _ in graph.cycles]
    for name, children in graph.children.items():
        for child in children:
            if graph.cycle_of[child] != graph.cycle_of[name]:
                referrers[graph.cycle_of[child]].add(graph.cycle_of[name])
    owner: list[int] = []
    for index, members in enumerate(graph.cycles):  # referrers come first
        above = referrers[index]
        alone = len(above) == 1 and not any(name in graph.named_by for name in members)
        owner.append(owner[next(iter(above))] if alone else index)
    return {name: graph.cycles[owner[graph.cycle_of[name]]][0] for name in graph.children}


def _dependencies_first(needs: dict[str, list[str]]) -> list[str]:
    """Every unit after the units it needs (depth first from each unit in sorted order)."""
    ordered: list[str] = []
    seen: set[str] = set()
    for start in sorted(needs):
        if start in seen:
            continue
        seen.add(start)
        work = [(start, 0)]
        while work:
            head, index = work.pop()
            if index < len(needs[head]):
                work.append((head, index + 1))
                child = needs[head][index]
                if child not in seen:
                    seen.add(child)
                    work.append((child, 0))
                continue
            ordered.append(head)
    return ordered


# Models per `_other` module at most (unless one connected group is larger): keeps modules
# reasonably sized and lets rendering spread over processes.
OTHER_CHUNK = 400


def _split_other(graph: TypeGraph, placed: dict[str, str]) -> dict[str, str]:
    """Spread unused models over `_other`, `_other_2`, ... so that no module is huge.

    The same rule as for groups, one level down: each unused model that nothing else refers to
    (a webhook payload, say) is a root; what only one root reaches travels with it into a chunk,
    and what several roots reach stays in `_other`. Chunks then import only from `_other` and
    `_shared`, which never import them back.
    """
    others = {name for name, module in placed.items() if module == OTHER}
    if len(others) <= OTHER_CHUNK:
        return placed
    children = graph.children
    referenced = {child for name in others for child in children[name] if child in others}
    reached_from: dict[str, set[str]] = {name: set() for name in others}
    tops: list[str] = []
    candidates = sorted(others - referenced)
    while candidates:
        for top in candidates:
            tops.append(top)
            for name in graph.reachable([NamedRef(name=top)]):
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
