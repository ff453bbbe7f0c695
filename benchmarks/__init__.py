"""Side-by-side benchmarks of sdkgen and its peers; `nox -s bench` runs them (see report.py)."""
