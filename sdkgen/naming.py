"""Word splitting and case conversion that every target shares.

A spec name (`listOrders`, `order-items`, `HTTPStatus2xx`, `über name`, `2fa`) is split into words
once; targets join the words in their own case and then apply their own identifier rules.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from functools import lru_cache

# File names Windows reserves for devices, whatever the extension (`aux.py` cannot be created).
RESERVED_FILE_NAMES = frozenset(
    {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(10)), *(f"lpt{i}" for i in range(10))}
)

_BOUNDARY = re.compile(
    r"[A-Z]+(?=[A-Z][a-z0-9])"  # HTTPServer -> HTTP Server
    r"|[A-Z]?[a-z]+[0-9]*"  # Order, items, v2
    r"|[A-Z]+[0-9]*"  # URL, ID2
    r"|[0-9]+[a-z]*"  # 2fa, 404
)


def ascii_fold(name: str) -> str:
    """über -> uber; characters with no ASCII form become word breaks."""
    if name.isascii():  # nearly every name: NFKD and the per-character loop would change nothing
        return name
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(c if c.isascii() else " " for c in decomposed if not unicodedata.combining(c))


@lru_cache(maxsize=65536)
def words(name: str) -> tuple[str, ...]:
    return tuple(_BOUNDARY.findall(ascii_fold(str(name))))


# Words are ASCII letters and digits (see _BOUNDARY), so str.lower and str.capitalize do
# exactly what a per-character rule would, in one C call each.
@lru_cache(maxsize=65536)
def snake_case(name: str) -> str:
    return "_".join(words(name)).lower()


@lru_cache(maxsize=65536)
def pascal_case(name: str) -> str:
    return "".join(map(str.capitalize, words(name)))


@lru_cache(maxsize=65536)
def camel_case(name: str) -> str:
    pascal = pascal_case(name)
    return pascal[:1].lower() + pascal[1:]


def unique_names(
    names: Iterable[str], convert: Callable[[str], str], taken: Iterable[str] = ()
) -> dict[str, str]:
    """Map each name to a distinct identifier, deterministically.

    Names that convert alike (`fooBar` and `foo_bar`) both survive: the first in sorted order keeps
    the plain identifier and the next get `_2`, `_3`, ... Identifiers in `taken` are never used.
    """
    used = {t.lower() for t in taken}
    result: dict[str, str] = {}
    for name in sorted(set(names)):
        base = convert(name)
        candidate, counter = base, 2
        while candidate.lower() in used:
            candidate = f"{base}_{counter}" if not base.endswith("_") else f"{base}{counter}"
            counter += 1
        used.add(candidate.lower())
        result[name] = candidate
    return result
