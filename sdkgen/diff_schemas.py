"""The named types of two API versions: which old type became which new one, and what changed in
each. Every named type is a generated class (`models.Order`), so removing or renaming one breaks
the imports of code that names it, whatever the HTTP contract says.
"""

from __future__ import annotations

from collections.abc import Hashable
from dataclasses import replace

from sdkgen.diff_model import Changes, Direction, Impact, role
from sdkgen.diff_types import ANY, TypeComparer, Verdict, describe, impact_of, note, rename_ref
from sdkgen.ir import (
    AliasType,
    Api,
    ArrayType,
    EnumType,
    MapType,
    NamedRef,
    NamedType,
    ObjectType,
    Property,
    TypeRef,
    UnionType,
)


def match_types(old: Api, new: Api) -> dict[str, str]:
    """Old type name -> new type name. Types keep their name, or are renamed when exactly one
    new type has the same structure (descriptions aside); a type nothing matches was removed.

    Candidates are bucketed by their shape with referenced names left out, so only types that
    could match are compared (GitHub's spec has thousands of types on each side)."""
    matched = {name: name for name in old.types_by_name if name in new.types_by_name}
    old_only = sorted(set(old.types_by_name) - set(matched))
    buckets: dict[Hashable, list[str]] = {}
    for name in sorted(set(new.types_by_name) - set(matched)):
        buckets.setdefault(_signature(new.types_by_name[name]), []).append(name)
    wanted = {name: buckets.get(_signature(old.types_by_name[name]), []) for name in old_only}
    taken = set(matched.values())
    progress = True
    while progress:  # a renamed type may refer to another renamed type found in an earlier pass
        progress = False
        for name in (n for n in old_only if n not in matched):
            candidates = [
                other
                for other in wanted[name]
                if other not in taken and _same_shape(old, new, name, other, matched)
            ]
            if len(candidates) == 1:
                matched[name] = candidates[0]
                taken.add(candidates[0])
                progress = True
    return matched


def _signature(named: NamedType) -> Hashable:
    if isinstance(named, ObjectType):
        props = tuple((p.name, p.required, _shape(p.type)) for p in named.properties)
        return ("object", props, named.additional and _shape(named.additional))
    if isinstance(named, EnumType):
        return ("enum", named.base, tuple((type(v.value), v.value) for v in named.values))
    if isinstance(named, UnionType):
        return ("union", tuple(_shape(v) for v in named.variants))
    return ("alias", _shape(named.target))


def _shape(ref: TypeRef) -> Hashable:
    if isinstance(ref, NamedRef):
        return ("ref", ref.nullable)
    if isinstance(ref, ArrayType):
        return ("array", _shape(ref.items), ref.nullable)
    if isinstance(ref, MapType):
        return ("map", _shape(ref.values), ref.nullable)
    return ref


def _same_shape(old: Api, new: Api, old_name: str, new_name: str, matched: dict[str, str]) -> bool:
    def renamed(name: str) -> str | None:
        return new_name if name == old_name else matched.get(name)  # a type may refer to itself

    def same(a: TypeRef | None, b: TypeRef | None) -> bool:
        if isinstance(a, NamedRef) and isinstance(b, NamedRef):
            return a.nullable == b.nullable and renamed(a.name) == b.name
        if isinstance(a, ArrayType) and isinstance(b, ArrayType):
            return a.nullable == b.nullable and same(a.items, b.items)
        if isinstance(a, MapType) and isinstance(b, MapType):
            return a.nullable == b.nullable and same(a.values, b.values)
        return a == b and not isinstance(a, NamedRef | ArrayType | MapType)

    a, b = old.types_by_name[old_name], new.types_by_name[new_name]
    if isinstance(a, ObjectType) and isinstance(b, ObjectType):
        props_a = [(p.name, p.required) for p in a.properties]
        return (
            props_a == [(p.name, p.required) for p in b.properties]
            and all(same(p.type, q.type) for p, q in zip(a.properties, b.properties, strict=True))
            and same(a.additional, b.additional)
        )
    if isinstance(a, EnumType) and isinstance(b, EnumType):
        return (a.base, [v.value for v in a.values]) == (b.base, [v.value for v in b.values])
    if isinstance(a, UnionType) and isinstance(b, UnionType):
        return len(a.variants) == len(b.variants) and all(
            same(x, y) for x, y in zip(a.variants, b.variants, strict=True)
        )
    if isinstance(a, AliasType) and isinstance(b, AliasType):
        return same(a.target, b.target)
    return False


class SchemaDiff:
    """Reports what changed in each named type, judged by how the old API uses it."""

    def __init__(self, changes: Changes, comparer: TypeComparer, usage: dict[str, Direction]):
        self.changes = changes
        self.comparer = comparer
        self.usage = usage

    def run(self) -> None:
        old, new, renamed = self.changes.old, self.changes.new, self.comparer.renamed
        for named in old.types:
            if named.name not in renamed:
                self._add(
                    Impact.BREAKING,
                    "type-removed",
                    f"type {named.name} was removed: its generated model class is gone",
                    named.name,
                    None,
                )
                continue
            target = new.types_by_name[renamed[named.name]]
            if target.name != named.name:
                self._add(
                    Impact.BREAKING,
                    "type-renamed",
                    f"type {named.name} was renamed to {target.name}: its generated model "
                    "class is renamed",
                    named.name,
                    target.name,
                )
            self._compare(named, target, self.usage[named.name])
        kept = set(renamed.values())
        for named in new.types:
            if named.name not in kept:
                self._add(
                    Impact.NON_BREAKING,
                    "type-added",
                    f"type {named.name} was added",
                    None,
                    named.name,
                )

    def _add(
        self, impact: Impact, rule: str, message: str, old: str | None, new: str | None
    ) -> None:
        self.changes.add(
            impact,
            rule,
            message,
            None if old is None else self.changes.old_at.named_type(old),
            None if new is None else self.changes.new_at.named_type(new),
        )

    def _compare(self, old: NamedType, new: NamedType, direction: Direction) -> None:
        if type(old) is not type(new):
            kinds = f"{_kind(old)} to {_kind(new)}"
            self._add(
                Impact.BREAKING,
                "type-kind-changed",
                f"type {old.name} changed from {kinds}",
                old.name,
                new.name,
            )
            return
        if isinstance(old, ObjectType) and isinstance(new, ObjectType):
            self._objects(old, new, direction)
        elif isinstance(old, EnumType) and isinstance(new, EnumType):
            self._enums(old, new, direction)
        elif isinstance(old, UnionType) and isinstance(new, UnionType):
            self._unions(old, new, direction)
        elif isinstance(old, AliasType) and isinstance(new, AliasType):
            self._typed(old.name, new.name, None, old.target, new.target, direction)
        if old.description != new.description:
            self._add(
                Impact.DOCS,
                "type-description-changed",
                f"type {old.name}: description changed",
                old.name,
                new.name,
            )

    # ---- objects ---------------------------------------------------------------------------

    def _objects(self, old: ObjectType, new: ObjectType, direction: Direction) -> None:
        new_props = {p.name: p for p in new.properties}
        for prop in old.properties:
            if prop.name in new_props:
                self._property(old.name, new.name, prop, new_props[prop.name], direction)
            else:
                self._prop_change(
                    Impact.BREAKING,
                    "property-removed",
                    f"{role(direction)} field {old.name}.{prop.name} was removed: the model "
                    "attribute is gone",
                    (old.name, new.name, prop.name),
                    new_exists=False,
                )
        old_names = {p.name for p in old.properties}
        for prop in new.properties:
            if prop.name not in old_names:
                self._added_property(old.name, new.name, prop, direction)
        if old.additional != new.additional:
            self._typed(
                old.name,
                new.name,
                "additional properties",
                old.additional or ANY,
                new.additional or ANY,
                direction,
            )
        if new.deprecated and not old.deprecated:
            self._add(
                Impact.NON_BREAKING,
                "type-deprecated",
                f"type {old.name} is deprecated",
                old.name,
                new.name,
            )

    def _added_property(
        self, owner: str, new_owner: str, prop: Property, direction: Direction
    ) -> None:
        label = f"{role(direction)} field {new_owner}.{prop.name}"
        if prop.required and Direction.REQUEST in direction:
            impact, rule = Impact.BREAKING, "property-added-required"
            message = f"{label} was added as required: code building the model must pass it"
        else:
            impact, rule = Impact.NON_BREAKING, "property-added"
            message = f"{label} was added ({'required' if prop.required else 'optional'})"
        self._prop_change(impact, rule, message, (owner, new_owner, prop.name), old_exists=False)

    def _property(
        self, owner: str, new_owner: str, old: Property, new: Property, direction: Direction
    ) -> None:
        where = (owner, new_owner, old.name)
        label = f"{role(direction)} field {owner}.{old.name}"
        before = len(self.changes.found)
        if old.required != new.required:
            became = "required" if new.required else "optional"
            breaks = Direction.REQUEST if new.required else Direction.RESPONSE
            self._prop_change(
                Impact.BREAKING if breaks in direction else Impact.NON_BREAKING,
                f"property-became-{became}",
                f"{label} became {became}",
                where,
            )
        self._typed(owner, new_owner, old.name, old.type, new.type, direction)
        if new.deprecated and not old.deprecated:
            self._prop_change(
                Impact.NON_BREAKING, "property-deprecated", f"{label} is deprecated", where
            )
        if (old.has_default, old.default) != (new.has_default, new.default):
            self._prop_change(
                Impact.NON_BREAKING,
                "property-default-changed",
                f"{label}: default changed from {_default(old)} to {_default(new)}",
                where,
            )
        if (old.read_only, old.write_only) != (new.read_only, new.write_only):
            self._prop_change(
                Impact.NON_BREAKING,
                "property-access-changed",
                f"{label}: readOnly/writeOnly changed to {new.read_only}/{new.write_only}",
                where,
            )
        if old.description != new.description and len(self.changes.found) == before:
            self._prop_change(
                Impact.DOCS, "property-description-changed", f"{label}: description changed", where
            )

    def _typed(
        self,
        owner: str,
        new_owner: str,
        prop: str | None,
        old: TypeRef,
        new: TypeRef,
        direction: Direction,
    ) -> None:
        verdict = self.comparer.compare(old, new)
        impact = impact_of(verdict, direction)
        if impact is None:
            return
        subject = f"type {owner}:" if prop is None else f"field {owner}.{prop}: type"
        rule = "property-type-changed"
        if self.comparer.compare(old, replace(new, nullable=old.nullable)) is Verdict.SAME:
            rule = "property-became-nullable" if new.nullable else "property-became-not-nullable"
        self._prop_change(
            impact,
            rule,
            f"{role(direction)} {subject} {describe(old)} -> {describe(new)}{note(verdict)}",
            (owner, new_owner, prop),
        )

    def _prop_change(
        self,
        impact: Impact,
        rule: str,
        message: str,
        where: tuple[str, str, str | None],
        *,
        old_exists: bool = True,
        new_exists: bool = True,
    ) -> None:
        owner, new_owner, prop = where
        old_at, new_at = self.changes.old_at, self.changes.new_at
        old_pointer = old_at.named_type(owner) if prop is None else old_at.property(owner, prop)
        new_pointer = (
            new_at.named_type(new_owner) if prop is None else new_at.property(new_owner, prop)
        )
        self.changes.add(
            impact,
            rule,
            message,
            old_pointer if old_exists else None,
            new_pointer if new_exists else None,
        )

    # ---- enums and unions ------------------------------------------------------------------

    def _enums(self, old: EnumType, new: EnumType, direction: Direction) -> None:
        if old.base is not new.base:
            self._add(
                Impact.BREAKING,
                "enum-type-changed",
                f"enum {old.name}: values changed from {old.base.value} to {new.base.value}",
                old.name,
                new.name,
            )
        new_values = [v.value for v in new.values]
        old_values = [v.value for v in old.values]
        sends = "clients could send it" if Direction.REQUEST in direction else "clients read it"
        for value in old_values:
            if value not in new_values:
                self.changes.add(
                    Impact.BREAKING,
                    "enum-value-removed",
                    f"{role(direction)} enum {old.name}: value {value!r} was removed ({sends}; "
                    "its generated member is gone)",
                    self.changes.old_at.enum_value(old.name, value),
                    self.changes.new_at.named_type(new.name),
                )
        for value in new_values:
            if value not in old_values:
                self.changes.add(
                    Impact.NON_BREAKING,
                    "enum-value-added",
                    f"{role(direction)} enum {old.name}: value {value!r} was added"
                    + _added_value_note(direction),
                    self.changes.old_at.named_type(old.name),
                    self.changes.new_at.enum_value(new.name, value),
                )

    def _unions(self, old: UnionType, new: UnionType, direction: Direction) -> None:
        renamed = self.comparer.renamed
        mapped = [rename_ref(v, renamed) for v in old.variants]
        for variant, key in zip(old.variants, mapped, strict=True):
            if key not in new.variants:
                breaks = Direction.REQUEST in direction
                self._add(
                    Impact.BREAKING if breaks else Impact.NON_BREAKING,
                    "union-variant-removed",
                    f"{role(direction)} union {old.name}: variant {describe(variant)} was removed",
                    old.name,
                    new.name,
                )
        for variant in new.variants:
            if variant not in mapped:
                breaks = Direction.RESPONSE in direction
                self._add(
                    Impact.BREAKING if breaks else Impact.NON_BREAKING,
                    "union-variant-added",
                    f"{role(direction)} union {old.name}: variant {describe(variant)} was added"
                    + (": code written against the old SDK does not expect it" if breaks else ""),
                    old.name,
                    new.name,
                )
        if _discriminator(old, renamed) != new.discriminator:
            self._add(
                Impact.BREAKING,
                "union-discriminator-changed",
                f"union {old.name}: discriminator changed",
                old.name,
                new.name,
            )


def _added_value_note(direction: Direction) -> str:
    if Direction.RESPONSE in direction:
        return " (clients generated before it decode it as an unknown member)"
    return ""


def _discriminator(union: UnionType, renamed: dict[str, str]) -> object:
    if union.discriminator is None:
        return None
    mapping = tuple(sorted((w, renamed.get(t, t)) for w, t in union.discriminator.mapping))
    return replace(union.discriminator, mapping=mapping)


def _kind(named: NamedType) -> str:
    return {ObjectType: "object", EnumType: "enum", UnionType: "union", AliasType: "alias"}[
        type(named)
    ]


def _default(prop: Property) -> str:
    return repr(prop.default) if prop.has_default else "none"
