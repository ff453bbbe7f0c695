"""Where sdkgen's render stage spends its time on one spec: cProfile's top functions.

Loads and normalizes outside the profile, then profiles only `backend(lang).render(...)`,
the stage that dominates on GitHub's spec. The templates are rendered in this process (a
real build forks up to four workers for them, which cProfile cannot see), so the figures
add up the work that a build shares between the parent and its workers. Prints the top
functions by own time and by cumulative time, as JSON for report.py.

    python -m benchmarks.profile_render [--spec github] [--lang python] [--top 12]
"""

from __future__ import annotations

import argparse
import cProfile
import json
import pstats

from benchmarks.common import CACHE, spec_path
from sdkgen import __version__, render
from sdkgen.build import Report, load_api
from sdkgen.targets import PackageRequest, backend
from sdkgen.versioning import package_version


def profile(spec: str, lang: str, top: int) -> dict[str, object]:
    _, api = load_api(spec_path(spec), Report())
    version, _ = package_version(api.version, None)
    request = PackageRequest(api=api, name=api.title, version=version, sdkgen_version=__version__)
    render.PARALLEL_FROM = 10**9  # render every template here, where the profiler sees it
    profiler = cProfile.Profile()
    profiler.enable()
    backend(lang).render(request)
    profiler.disable()
    profiler.dump_stats(CACHE / f"render-{spec}-{lang}.prof")  # for pstats' print_callers
    stats = pstats.Stats(profiler)
    total = stats.total_tt  # type: ignore[attr-defined]
    rows: dict[str, list[dict[str, object]]] = {"tottime": [], "cumtime": []}
    entries = stats.stats.items()  # type: ignore[attr-defined]
    for key, index in (("tottime", 2), ("cumtime", 3)):
        ranked = sorted(entries, key=lambda item: item[1][index], reverse=True)[:top]
        for (file, line, function), values in ranked:
            where = f"{file.split('site-packages/')[-1].split('/work/main/')[-1]}:{line}"
            rows[key].append(
                {
                    "function": f"{function} ({where})",
                    "calls": values[1],
                    "own": values[2],
                    "cumulative": values[3],
                }
            )
    return {"spec": spec, "lang": lang, "total": total, **rows}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--spec", default="github")
    parser.add_argument("--lang", default="python")
    parser.add_argument("--top", type=int, default=12)
    args = parser.parse_args()
    print(json.dumps(profile(args.spec, args.lang, args.top), indent=2))


if __name__ == "__main__":
    main()
