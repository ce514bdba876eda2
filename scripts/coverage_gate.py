"""Fail unless the modules listed here are at 100 % branch coverage; print the total.

    .venv/bin/python scripts/coverage_gate.py [DATA_FILE]

Reads the coverage data that scripts/test.sh collected over the fast and the heavy suites
(``pytest --cov``, then ``--cov-append``; settings in pyproject.toml). The modules held at
100 % are the seams every feature leans on: the event log and undo, tagging, and the import
hand-off. A line that truly cannot run may carry ``# pragma: no cover`` with its reason.
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

import coverage
from coverage.exceptions import NoDataError

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "desktop" / "sverka"

GATED = [
    "ops/history.py",
    "ops/annotation/tagging.py",
    "ops/ingest/report.py",
    "ops/workflows/post_import.py",
    "ui/undo.py",
]


def _percent(cov: coverage.Coverage, include: list[str]) -> float:
    return float(cov.report(include=include, file=io.StringIO()))


def main(argv: list[str]) -> int:
    data_file = argv[1] if len(argv) > 1 else str(ROOT / ".coverage")
    cov = coverage.Coverage(data_file=data_file, config_file=str(ROOT / "pyproject.toml"))
    cov.load()
    failed = []
    for module in GATED:
        path = PACKAGE / module
        if not path.is_file():
            print(f"coverage gate: {module}: no such module (update scripts/coverage_gate.py)")
            failed.append(module)
            continue
        try:
            percent = _percent(cov, [str(path)])
        except NoDataError:
            percent = 0.0
        print(f"coverage gate: {module:32} {percent:5.1f} %")
        if percent < 100.0:
            failed.append(module)
    try:
        total = _percent(cov, [str(PACKAGE / "*")])
    except NoDataError:
        print(f"coverage gate: {data_file}: no coverage data (run the suites with --cov first)")
        return 1
    print(f"coverage gate: total (branch) {total:.1f} %")
    if failed:
        print("coverage gate: below 100 %:", ", ".join(failed))
        # The lines and branches left, for the modules that failed.
        cov.report(include=[str(PACKAGE / m) for m in failed if (PACKAGE / m).is_file()], show_missing=True)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
