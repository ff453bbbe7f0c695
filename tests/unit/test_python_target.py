"""The Python target's per-shape caches give each type exactly what it would get alone."""

from __future__ import annotations

from sdkgen.ir import Api, EnumType, EnumValue, ObjectType, Primitive, PrimitiveType, Property
from sdkgen.targets.python import PythonTarget


def _target(*types: EnumType | ObjectType) -> PythonTarget:
    api = Api(title="T", version="1.0.0", types=types)
    return PythonTarget(
        api=api, package="t_v1", distribution="t-v1", version="1.0.0", sdkgen_version="0"
    )


def _enum(name: str, *values: object) -> EnumType:
    base = Primitive.NUMBER if isinstance(values[0], float) else Primitive.INTEGER
    return EnumType(name=name, base=base, values=tuple(EnumValue(value=v) for v in values))


def test_enums_whose_values_are_equal_but_differ_keep_their_own_literals() -> None:
    enums = [_enum("A", 0.0), _enum("B", -0.0), _enum("C", 1), _enum("D", True), _enum("E", 1.0)]
    target = _target(*enums)
    literals = [target.enum_members(e)[0][1] for e in enums]
    assert literals == ["0.0", "-0.0", "1", "True", "1.0"]
    again = _target(*enums)
    assert [again.enum_members(e) for e in reversed(enums)][::-1] == [
        target.enum_members(e) for e in enums
    ]


def test_models_with_the_same_properties_share_code_but_keep_their_descriptions() -> None:
    text = PrimitiveType(kind=Primitive.STRING)
    first = ObjectType(
        name="First",
        properties=(
            Property(name="id", type=text, required=True, description="one"),
            Property(name="ID", type=text),
        ),
    )
    second = ObjectType(
        name="Second",
        properties=(
            Property(name="id", type=text, required=True, description="two"),
            Property(name="ID", type=text),
        ),
    )
    target = _target(first, second)
    one, two = target.fields(first), target.fields(second)
    assert [(f.name, f.annotation, f.read) for f in one] == [
        ("id_2", "str", 'data["id"]'),  # `ID` sorts first: it keeps `id_` (a builtin)
        ("id_", "str | Unset", 'data.get("ID", UNSET)'),
    ]
    assert [(f.name, f.annotation, f.read) for f in two] == [
        (f.name, f.annotation, f.read) for f in one
    ]
    assert [f.description for f in one] == ["one", None]
    assert [f.description for f in two] == ["two", None]
