"""The reference graph of an API's named types, built once for the placement of models.

Placing models in modules asks, for every type, what it refers to, which reference cycles it is
part of and which resource groups' operations reach it. Walking the graph from every operation
answers the last question in time proportional to operations times what each reaches; going
through the cycles once, referrers first, answers all three in time proportional to the graph.
"""

from __future__ import annotations

from dataclasses import dataclass

from sdkgen.ir import Api, ArrayType, MapType, NamedRef, NamedType, ObjectType, TypeRef, UnionType

# The pseudo-group of types no operation reaches.
UNUSED = "_other"


@dataclass(frozen=True)
class TypeGraph:
    children: dict[str, list[str]]  # each named type -> the named types it refers to directly
    cycles: list[list[str]]  # strongly connected components, each sorted, referrers first
    cycle_of: dict[str, int]  # type -> index in `cycles`
    named_by: dict[str, set[str]]  # type -> the groups whose operations name it directly

    def reached_by(self) -> dict[str, frozenset[str]]:
        """Type -> the groups whose operations reach it, else {UNUSED}, with whatever that
        unused type reaches also counting as reached by UNUSED."""
        parents: list[set[int]] = [set() for _ in self.cycles]
        for name, children in self.children.items():
            for child in children:
                if self.cycle_of[child] != self.cycle_of[name]:
                    parents[self.cycle_of[child]].add(self.cycle_of[name])
        groups: list[frozenset[str]] = []
        for index, members in enumerate(self.cycles):
            found = {group for name in members for group in self.named_by.get(name, ())}
            for parent in parents[index]:
                found |= groups[parent]
            groups.append(frozenset(found or {UNUSED}))
        return {name: groups[self.cycle_of[name]] for name in self.children}

    def reachable(self, refs: list[TypeRef]) -> set[str]:
        seen: set[str] = set()
        stack = [name for ref in refs if (name := named_in(ref)) is not None]
        while stack:
            name = stack.pop()
            if name in seen:
                continue
            seen.add(name)
            stack.extend(child for child in self.children[name] if child not in seen)
        return seen


def type_graph(api: Api, group_modules: dict[str, str]) -> TypeGraph:
    children = {named.name: _children(named) for named in api.types}
    named_by: dict[str, set[str]] = {}
    for op in api.operations:
        refs: list[TypeRef] = [p.type for p in op.parameters]
        if op.request_body:
            refs += [c.type for c in op.request_body.contents if c.type is not None]
        for response in op.responses:
            refs += [c.type for c in response.contents if c.type is not None]
            refs += [h.type for h in response.headers]
        for ref in refs:
            if (name := named_in(ref)) is not None:
                named_by.setdefault(name, set()).add(group_modules[op.group])
    cycles = _cycles(children)
    cycles.reverse()  # Tarjan's algorithm finds a cycle after every cycle it refers to
    cycle_of = {name: index for index, members in enumerate(cycles) for name in members}
    return TypeGraph(children, cycles, cycle_of, named_by)


def named_in(ref: TypeRef) -> str | None:
    """The named type a reference ends in, through arrays and maps."""
    while True:
        if isinstance(ref, NamedRef):
            return ref.name
        if isinstance(ref, ArrayType):
            ref = ref.items
        elif isinstance(ref, MapType):
            ref = ref.values
        else:
            return None


def _children(named: NamedType) -> list[str]:
    if isinstance(named, ObjectType):
        refs = [p.type for p in named.properties]
        if named.additional is not None:
            refs.append(named.additional)
    elif isinstance(named, UnionType):
        refs = list(named.variants)
    else:
        return []
    return [name for ref in refs if (name := named_in(ref)) is not None]


def _cycles(graph: dict[str, list[str]]) -> list[list[str]]:
    """Strongly connected components by Tarjan's algorithm, iterative (spec graphs run deep)."""
    order: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    for root in sorted(graph):
        if root in order:
            continue
        work = [(root, 0)]
        while work:
            name, child_index = work.pop()
            if child_index == 0:
                order[name] = low[name] = len(order)
                stack.append(name)
                on_stack.add(name)
            children = graph[name]
            if child_index < len(children):
                work.append((name, child_index + 1))
                child = children[child_index]
                if child not in order:
                    work.append((child, 0))
                elif child in on_stack:
                    low[name] = min(low[name], order[child])
                continue
            for child in children:
                if child in on_stack:
                    low[name] = min(low[name], low[child])
            if low[name] == order[name]:
                found.append(_pop_component(stack, on_stack, name))
    return found


def _pop_component(stack: list[str], on_stack: set[str], root: str) -> list[str]:
    """Take a finished component, `root` and what lies above it, off Tarjan's stack."""
    members = []
    while True:
        member = stack.pop()
        on_stack.discard(member)
        members.append(member)
        if member == root:
            return sorted(members)
