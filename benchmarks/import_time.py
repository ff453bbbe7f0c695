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

# Two first calls per package: `GET /zen` answers text (no model), `GET /users/{username}` a
# public user (a model, one of a oneOf): "what one operation needs" includes its models, and
# openapi-python-client's api modules import all of its model modules.
PYTHON_CALLS = {
    "sdkgen": (
        "from {pkg} import Client\n"
        "with Client(base_url='{url}') as client:\n"
        "    assert client.meta.meta_get_zen()\n",
        "from {pkg} import Client\n"
        "with Client(base_url='{url}') as client:\n"
        "    assert client.users.users_get_by_username('octocat').login == 'octocat'\n",
    ),
    "openapi-python-client": (
        "from {pkg} import Client\n"
        "from {pkg}.api.meta import metaget_zen\n"
        "assert metaget_zen.sync(client=Client(base_url='{url}'))\n",
        "from {pkg} import Client\n"
        "from {pkg}.api.users import usersget_by_username\n"
        "user = usersget_by_username.sync('octocat', client=Client(base_url='{url}'))\n"
        "assert user.login == 'octocat', user\n",
    ),
    "openapi-generator python": (
        "from {pkg} import ApiClient, Configuration\n"
        "from {pkg}.api.meta_api import MetaApi\n"
        "assert MetaApi(ApiClient(Configuration(host='{url}'))).meta_get_zen()\n",
        "from {pkg} import ApiClient, Configuration\n"
        "from {pkg}.api.users_api import UsersApi\n"
        "user = UsersApi(ApiClient(Configuration(host='{url}'))).users_get_by_username('octocat')\n"
        "assert user.actual_instance.login == 'octocat', user\n",
    ),
    # The floor for any httpx-based client: httpx's own import and one call.
    "httpx alone": (
        "import httpx\n"
        "with httpx.Client(base_url='{url}') as client:\n"
        "    assert client.get('/zen').text\n",
        "import httpx\n"
        "with httpx.Client(base_url='{url}') as client:\n"
        "    assert client.get('/users/octocat').json()['login'] == 'octocat'\n",
    ),
}
PUBLIC_USER = {
    "login": "octocat",
    "id": 1,
    "user_view_type": "public",
    "node_id": "MDQ6VXNlcjE=",
    "type": "User",
    "site_admin": False,
    **{
        f"{name}_url": f"https://api.github.com/users/octocat/{name}"
        for name in [
            "avatar",
            "html",
            "followers",
            "following",
            "gists",
            "starred",
            "subscriptions",
            "organizations",
            "repos",
            "events",
            "received_events",
        ]
    },
    "url": "https://api.github.com/users/octocat",
    "gravatar_id": "",
    "name": "The Octocat",
    "company": "GitHub",
    "blog": "https://github.blog",
    "location": "San Francisco",
    "email": "octocat@github.com",
    "hireable": False,
    "bio": "",
    "public_repos": 8,
    "public_gists": 8,
    "followers": 1,
    "following": 9,
    "created_at": "2011-01-25T18:44:36Z",
    "updated_at": "2024-01-22T12:00:00Z",
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
    """Answers `GET /zen` like GitHub (text) and `GET /users/<name>` with a public user."""

    def do_GET(self) -> None:  # noqa: N802 (the http.server name)
        if self.path.startswith("/users/"):
            body, kind = json.dumps(PUBLIC_USER).encode(), "application/json"
        else:
            body, kind = b"Keep it logically awesome.", "text/plain; charset=utf-8"
        self.send_response(200)
        self.send_header("content-type", kind)
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


def bench_python(tool: str, folder: Path | None, url: str, runs: int) -> dict[str, object]:
    """Both first calls of one package: the headline figures are the model call's."""
    path, pkg = python_package(folder) if folder is not None else (None, "")
    python = str(peers() / "bin" / "python")
    env = {"PATH": "/usr/bin:/bin", **({"PYTHONPATH": str(path)} if path else {})}
    result: dict[str, object] = {"ok": True, "package": pkg}
    for call, script in zip(("zen", "model"), PYTHON_CALLS[tool], strict=True):
        script = script.format(pkg=pkg, url=url)
        warm = measure([python, "-c", script], env=env)  # writes the .pyc files
        if not warm.ok:
            return {"ok": False, "error": warm.output.strip().splitlines()[-3:]}
        samples = [measure([python, "-c", script], env=env) for _ in range(runs)]
        timed = [measure([python, "-X", "importtime", "-c", script], env=env) for _ in range(runs)]
        prefix = "" if call == "model" else "zen_"
        result[f"{prefix}seconds"] = median([s.seconds for s in samples])
        result[f"{prefix}peak_mb"] = median([s.peak_mb for s in samples])
        result[f"{prefix}import_seconds"] = median([import_seconds(s.output) for s in timed])
    return result


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
        results["python/httpx alone"] = bench_python("httpx alone", None, url, runs)
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
