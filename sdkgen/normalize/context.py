"""State shared by the normalizer's parts: the document, its references, and what went wrong."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sdkgen.errors import Diagnostic, Severity, SpecError
from sdkgen.load import LoadedSpec, resolve_pointer

# References that lead to references; deeper chains than this are treated as a cycle.
_MAX_REF_HOPS = 64


@dataclass
class Context:
    spec: LoadedSpec
    version: str  # "2.0", "3.0" or "3.1"
    warnings: list[Diagnostic] = field(default_factory=list)
    api_gateway: bool = False
    binary_media_types: tuple[str, ...] = ()

    @property
    def document(self) -> dict[str, Any]:
        return self.spec.document

    @property
    def swagger2(self) -> bool:
        return self.version == "2.0"

    def warn(self, pointer: str, message: str) -> None:
        file, where = self.spec.origins.locate(pointer)
        self.warnings.append(
            Diagnostic(file=file, pointer=where, message=message, severity=Severity.WARNING)
        )

    def fail(self, pointer: str, message: str) -> SpecError:
        file, where = self.spec.origins.locate(pointer)
        return SpecError.at(file, where, message)

    def deref(self, node: Any, pointer: str) -> tuple[Any, str]:
        """Follow `$ref` chains; returns the target and its pointer."""
        hops = 0
        while isinstance(node, dict) and isinstance(node.get("$ref"), str):
            ref = node["$ref"]
            if not ref.startswith("#"):
                raise self.fail(pointer, f"$ref cannot be resolved: {ref!r}")
            try:
                target = resolve_pointer(self.document, ref[1:])
            except (KeyError, IndexError, ValueError):
                raise self.fail(pointer, f"$ref points to nothing: {ref!r}") from None
            hops += 1
            if hops > _MAX_REF_HOPS:
                raise self.fail(pointer, f"$ref chain loops: {ref!r}")
            node, pointer = target, ref[1:]
        return node, pointer

    def mapping(self, node: Any, pointer: str, what: str) -> dict[str, Any]:
        """The node as a mapping, or a clear error naming what was expected."""
        if node is None:
            return {}
        if not isinstance(node, dict):
            raise self.fail(pointer, f"{what} must be an object, not {type(node).__name__}")
        return node


def text(value: Any) -> str | None:
    """Spec prose as a clean string (None when absent or empty)."""
    if value is None:
        return None
    if not isinstance(value, str):
        value = str(value)
    value = value.strip()
    return value or None
