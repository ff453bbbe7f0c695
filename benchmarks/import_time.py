"""Import to first call: the generated GitHub packages, from process start to one answered call.

Each package is generated once, its `.pyc` files written by a warm-up run, then each run is a
fresh interpreter that imports the package, makes a client and calls `GET /zen` on a loopback
server: wall time and peak RSS of that process, plus `-X importtime`'s cumulative figure for
the package's top module. Python packages run in the peers' venv (one interpreter for all);
the Node packages run under `node --input-type=module -e`, the typescript-fetch one compiled
with tsc to CommonJS first (Node cannot run .ts).

On that shared venv: `import httpx` also tries `httpx._main`, which imports click and then
rich and pygments (about 50 ms) when click is installed. The peers' venv has rich and pygments
(openapi-python-client's own dependencies) but not click, so the attempt fails at `import
click` in well under a millisecond (checked with `-X importtime`) and every httpx-based
package (sdkgen's, openapi-python-client's) pays the same as in a venv holding only its
declared runtime dependencies; openapi-generator's urllib3 package does not import httpx at
all. Were click ever added to the peers, the httpx-based packages would each pay for the CLI
they never use: then run each package in a venv of its own runtime dependencies instead.

    python -m benchmarks.import_time [--runs 5]
"""

from __future__ import annotations

import argparse
import http.server
import json
import re
import subprocess
import threading
from pathlib import Path

from benchmarks.common import CACHE, REPO, SDKGEN, fresh, measure, median, peers, spec_path
from sdkgen.cache import tool_fingerprint

PACKAGES = CACHE / "github-packages"
TSC = REPO / "tests" / "node" / "node_modules" / ".bin" / "tsc"

PYTHON_CALLS = {
    "sdkgen": (
        "from {pkg} import Client\n"
        "with Client(base_url='{url}') as client:\n"
        "    assert client.meta.meta_get_zen()\n"
    ),
    "openapi-python-client": (
        "from {pkg} import Client\n"
        "from {pkg}.api.meta import metaget_zen\n"
        "assert metaget_zen.sync(client=Client(base_url='{url}'))\n"
    ),
    "openapi-generator python": (
        "from {pkg} import ApiClient, Configuration\n"
        "from {pkg}.api.meta_api import MetaApi\n"
        "assert MetaApi(ApiClient(Configuration(host='{url}'))).meta_get_zen()\n"
    ),
}
NODE_CALLS = {
    "sdkgen": (
        "const {{ Client }} = await import('{entry}');\n"
        "const text = await new Client({{ baseUrl: '{url}' }}).meta.getZen();\n"
        "if (!text) process.exit(1);\n"
    ),
    "openapi-generator typescript-fetch": (
        "const m = (await import('{entry}')).default;\n"
        "const api = new m.MetaApi(new m.Configuration({{ basePath: '{url}' }}));\n"
        "if (!(await api.metaGetZen())) process.exit(1);\n"
    ),
}


class Zen(http.server.BaseHTTPRequestHandler):
    """Answers every GET like GitHub's `/zen`."""

    def do_GET(self) -> None:  # noqa: N802 (the http.server name)
        body = b"Keep it logically awesome."
        self.send_response(200)
        self.send_header("content-type", "text/plain; charset=utf-8")
        self.send_header("content-length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


def generate() -> dict[str, Path]:
    """Generate (once) every GitHub package; return {tool: folder to put on the path}."""
    spec = spec_path("github")
    bin_ = peers() / "bin"
    jobs = {
        "python/sdkgen": [SDKGEN, "build", str(spec), "--lang", "python", "--name", "github"],
        "node/sdkgen": [SDKGEN, "build", str(spec), "--lang", "node", "--name", "github"],
        "python/openapi-python-client": [
            str(bin_ / "openapi-python-client"),
            "generate",
            "--path",
            str(spec),
            "--overwrite",
        ],
        "python/openapi-generator python": [
            str(bin_ / "openapi-generator-cli"),
            "generate",
            "-g",
            "python",
            "-i",
            str(spec),
        ],
        "node/openapi-generator typescript-fetch": [
            str(bin_ / "openapi-generator-cli"),
            "generate",
            "-g",
            "typescript-fetch",
            "-i",
            str(spec),
        ],
    }
    folders = {}
    for key, argv in jobs.items():
        folder = PACKAGES / key.replace(" ", "-")
        # The peers' packages are kept between runs; sdkgen's are rebuilt whenever sdkgen's
        # code or templates changed, so the figures are never those of an older generator.
        stamp = tool_fingerprint() if key.endswith("/sdkgen") else "kept"
        done = folder / ".done"
        if not done.exists() or done.read_text() != stamp:
            fresh(folder)
            flag = "--output-path" if "openapi-python-client" in key else "-o"
            flag = "--out" if key.endswith("/sdkgen") else flag
            try:
                subprocess.run([*argv, flag, str(folder / "out")], check=True, capture_output=True)
                if key.endswith("typescript-fetch"):
                    compile_typescript(folder / "out")
            except subprocess.CalledProcessError as error:
                print(f"  cannot generate {key}: {error.stderr[-500:]!r}", flush=True)
                continue
            done.write_text(stamp)
        folders[key] = folder / "out"
    return folders


def compile_typescript(out: Path) -> None:
    """typescript-fetch writes .ts: compile it to CommonJS in dist/.

    Type errors do not stop tsc from emitting, and what it emits may still fail to load
    (that shows as a failed run), so only a missing dist/index.js is an error here."""
    argv = [str(TSC), "--module", "commonjs", "--target", "es2020", "--lib", "es2020,dom"]
    argv += ["--skipLibCheck", "--outDir", str(out / "dist"), str(out / "index.ts")]
    subprocess.run(argv, capture_output=True, check=False)
    if not (out / "dist" / "index.js").exists():
        raise subprocess.CalledProcessError(1, argv, stderr=b"tsc emitted nothing")
    (out / "dist" / "package.json").write_text('{"type": "commonjs"}\n')


def python_package(folder: Path) -> tuple[Path, str]:
    """(folder for PYTHONPATH, import name) of a generated Python package."""
    found = sorted(p.parent for p in folder.glob("*/__init__.py"))
    return folder, found[0].name


def import_seconds(importtime: str) -> float:
    """Seconds `-X importtime` counts for every top-level import of the run, cumulative.

    That includes what the first call imports lazily (resources, models), not only the
    package's `__init__`; interpreter start-up imports (site, encodings) are included too."""
    pattern = re.compile(r"^import time:\s+\d+ \|\s+(\d+) \| \S", re.M)
    return sum(int(us) for us in pattern.findall(importtime)) / 1e6


def bench_python(tool: str, folder: Path, url: str, runs: int) -> dict[str, object]:
    path, pkg = python_package(folder)
    python = str(peers() / "bin" / "python")
    script = PYTHON_CALLS[tool].format(pkg=pkg, url=url)
    env = {"PYTHONPATH": str(path), "PATH": "/usr/bin:/bin"}
    warm = measure([python, "-c", script], env=env)  # writes the .pyc files
    if not warm.ok:
        return {"ok": False, "error": warm.output.strip().splitlines()[-3:]}
    samples = [measure([python, "-c", script], env=env) for _ in range(runs)]
    timed = [measure([python, "-X", "importtime", "-c", script], env=env) for _ in range(runs)]
    return {
        "ok": True,
        "seconds": median([s.seconds for s in samples]),
        "peak_mb": median([s.peak_mb for s in samples]),
        "import_seconds": median([import_seconds(s.output) for s in timed]),
        "package": pkg,
    }


def bench_node(tool: str, folder: Path, url: str, runs: int) -> dict[str, object]:
    entry = folder / ("index.js" if tool == "sdkgen" else "dist/index.js")
    script = NODE_CALLS[tool].format(entry=entry.as_uri(), url=url)
    argv = ["node", "--input-type=module", "-e", script]
    warm = measure(argv)
    if not warm.ok:
        lines = warm.output.strip().splitlines()
        return {"ok": False, "error": [line for line in lines if "Error" in line][:1] or lines[-3:]}
    samples = [measure(argv) for _ in range(runs)]
    return {
        "ok": True,
        "seconds": median([s.seconds for s in samples]),
        "peak_mb": median([s.peak_mb for s in samples]),
    }


def run(runs: int) -> dict[str, dict[str, object]]:
    folders = generate()
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Zen)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_port}"
    results: dict[str, dict[str, object]] = {}
    try:
        python = str(peers() / "bin" / "python")
        bare = [measure([python, "-c", "pass"]) for _ in range(runs)]
        results["python/(bare interpreter)"] = {
            "ok": True,
            "seconds": median([s.seconds for s in bare]),
            "peak_mb": median([s.peak_mb for s in bare]),
        }
        for key, folder in folders.items():
            lang, tool = key.split("/")
            bench = bench_python if lang == "python" else bench_node
            results[key] = bench(tool, folder, url, runs)
            print(f"  import {key}: {results[key]}", flush=True)
    finally:
        server.shutdown()
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    print(json.dumps(run(parser.parse_args().runs), indent=2))


if __name__ == "__main__":
    main()
