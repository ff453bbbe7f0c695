"""The real-spec corpus: thousands of public specs from npm, each built, compiled and loaded.

    sources.py   which npm packages hold the specs, and the fixed CI sample
    check.py     one spec -> one Outcome (run in its own process, so a crash stays contained)
    peer.py      the same corpus through openapi-python-client, for comparison
    run.py       a process pool over many specs, results kept as JSON lines (resumable)
    report.py    the results as docs/corpus.md

`python -m tests.corpus --help` (or `nox -s corpus`) runs it; tests/test_corpus.py runs the sample.
"""
