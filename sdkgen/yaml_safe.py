"""A YAML loader that reads specs the way their authors meant them.

PyYAML follows YAML 1.1, where `on`, `yes` and `no` are booleans, `2024-01-01` is a date and
`200:` can become an int key. A spec needs YAML 1.2's plainer reading: mapping keys stay the
text that was written, only `true`/`false` are booleans, and dates stay strings. Aliases are
expanded by reference, so the loader also bounds how large the expanded document may get
(a "billion laughs" file is small on disk and enormous once walked).
"""

from __future__ import annotations

import re
from typing import Any

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

_BaseLoader: type = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

# The most nodes a document may have once every alias is expanded.
MAX_EXPANDED_NODES = 5_000_000

_BOOL = re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$")
_INT = re.compile(r"^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$")
_FLOAT = re.compile(
    r"^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?"
    r"|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$"
)
_NULL = re.compile(r"^(?:~|null|Null|NULL|)$")


class SpecYamlError(ValueError):
    """The text is not YAML a spec can be read from; the message says where."""


class _SpecLoader(_BaseLoader):  # type: ignore[misc]
    yaml_implicit_resolvers: dict[str | None, list[tuple[str, re.Pattern[str]]]] = {}

    def construct_mapping(self, node: Node, deep: bool = False) -> dict[str, Any]:
        if not isinstance(node, MappingNode):
            raise SpecYamlError(f"line {node.start_mark.line + 1}: expected a mapping")
        self.flatten_mapping(node)
        mapping: dict[str, Any] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, ScalarNode):
                line = key_node.start_mark.line + 1
                raise SpecYamlError(f"line {line}: a mapping key must be plain text")
            mapping[key_node.value] = self.construct_object(value_node, deep=deep)
        return mapping


def _install_yaml12_resolvers() -> None:
    resolvers = _SpecLoader.yaml_implicit_resolvers
    resolvers.clear()
    table = [
        ("tag:yaml.org,2002:bool", _BOOL, "tTfF"),
        ("tag:yaml.org,2002:int", _INT, "-+0123456789"),
        ("tag:yaml.org,2002:float", _FLOAT, "-+0123456789."),
        ("tag:yaml.org,2002:null", _NULL, ["~", "n", "N", ""]),
        ("tag:yaml.org,2002:merge", re.compile(r"^<<$"), "<"),
    ]
    for tag, pattern, first in table:
        _SpecLoader.add_implicit_resolver(tag, pattern, list(first))


_install_yaml12_resolvers()


def _expanded_size(root: Node) -> int:
    """Count nodes as a walk would see them, sharing work between aliased subtrees."""
    sizes: dict[int, int] = {}
    stack: list[tuple[Node, bool]] = [(root, False)]
    while stack:
        node, children_done = stack.pop()
        key = id(node)
        if key in sizes:
            continue
        if isinstance(node, ScalarNode):
            sizes[key] = 1
            continue
        children = _children(node)
        if children_done:
            total = 1 + sum(sizes[id(child)] for child in children)
            sizes[key] = min(total, MAX_EXPANDED_NODES + 1)
            continue
        stack.append((node, True))
        stack.extend((child, False) for child in children if id(child) not in sizes)
    return sizes[id(root)]


def _children(node: Node) -> list[Node]:
    if isinstance(node, SequenceNode):
        return list(node.value)
    if isinstance(node, MappingNode):
        return [part for pair in node.value for part in pair]
    return []


def load_yaml(text: str) -> Any:
    """Parse one YAML document with YAML 1.2 scalars and a bound on alias expansion."""
    loader = _SpecLoader(text)
    try:
        node = loader.get_single_node()
        if node is None:
            return None
        if _expanded_size(node) > MAX_EXPANDED_NODES:
            raise SpecYamlError(
                f"the document expands to more than {MAX_EXPANDED_NODES:,} nodes through aliases"
            )
        return loader.construct_document(node)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        where = f"line {mark.line + 1}, column {mark.column + 1}: " if mark else ""
        raise SpecYamlError(f"{where}{exc.problem or exc.context}") from None
    except yaml.YAMLError as exc:
        raise SpecYamlError(str(exc)) from None
    finally:
        loader.dispose()
