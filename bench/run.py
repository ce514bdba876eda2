# ruff: noqa: E501 - table rows read better on one line each
"""Every benchmark of the project in one run, as one table of figures and ratios to floors.

    .venv/bin/python bench/run.py [--quick] [--only NAME,...] [--markdown docs/benchmarks.md]

Each benchmark runs as its own process (a cold interpreter, its own memory peak) one after
another; floors are measured in the same run as the figure they divide, so a ratio compares
two figures taken under the same load. ``--quick`` shrinks every size for a run of a few
minutes; the default sizes are the issue's (10,000 files, 30,000 articles / 1,000,000
sentences, ...) and take long on a 2-core machine. ``--markdown`` writes the table with the
machine, date and commit (docs/benchmarks.md is the latest such run). Not run by CI.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BENCH = ROOT / "bench"
PY = sys.executable


@dataclass
class Row:
    what: str
    figure: str
    floor: str = ""
    ratio: str = ""
    goal: str = ""


def _env() -> dict[str, str]:
    env = dict(os.environ, PYTHONPATH=str(ROOT / "desktop"), QT_QPA_PLATFORM="offscreen")
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # an installed app has its bytecode cached
    return env


def _script(name: str, *args: str, timeout: float = 3600) -> str:
    done = subprocess.run(
        [PY, str(BENCH / name), *args], capture_output=True, text=True, env=_env(), timeout=timeout, cwd=ROOT
    )
    if done.returncode != 0:
        last = (done.stderr.strip().splitlines() or ["no output"])[-1]
        raise RuntimeError(f"{name} exited {done.returncode}: {last}")
    return done.stdout


def _find(pattern: str, text: str) -> re.Match[str]:
    found = re.search(pattern, text, re.MULTILINE)
    if found is None:
        raise RuntimeError(f"no line matching {pattern!r} in the output")
    return found


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:.0f} ms"


def _paint_wall(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """``sverka gui --quit-after-paint``: (process start to exit, process start to first paint).
    The app says how long it ran after its first paint (SVERKA_PAINT_TIMING); the process's
    wall time measured here, minus that tail, is the start to the first painted window."""
    started = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, env=dict(env, SVERKA_PAINT_TIMING="1"), check=True)
    wall = time.perf_counter() - started
    tail = float(_find(r"first paint ([\d.]+) s before the end", done.stderr).group(1))
    return wall, wall - tail


def _wall(command: list[str], runs: int, env: dict[str, str]) -> list[float]:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, check=True)
        times.append(time.perf_counter() - started)
    return times


# -- the benchmarks ---------------------------------------------------------------------------


def startup(quick: bool) -> list[Row]:
    """CLI start-up against ``python -c pass``, interleaved run by run, medians."""
    runs = 7 if quick else 15
    env = _env()
    sverka = [PY, "-c", "import sys; from sverka.cli.main import main; sys.exit(main())"]
    with tempfile.TemporaryDirectory() as tmp:
        project = str(Path(tmp) / "seeds.sverka")
        env["SVERKA_HOME"] = str(Path(tmp) / "home")
        subprocess.run([*sverka, "init", project], env=env, check=True, capture_output=True)
        seeds = sorted((ROOT.parent / "shared" / "seeds").glob("*.txt"))
        subprocess.run([*sverka, "import", project, *map(str, seeds)], env=env, check=True, capture_output=True)
        cases = {
            "floor": [PY, "-c", "pass"],
            "version": [*sverka, "--version"],
            "stats": [*sverka, "stats", project, "--json"],
            "gui": [*sverka, "gui", project, "--quit-after-paint"],
        }
        got: dict[str, list[float]] = {name: [] for name in cases}
        painted: list[float] = []
        for _ in range(runs):
            for name, command in cases.items():
                if name != "gui":
                    got[name] += _wall(command, 1, env)
                elif len(got["gui"]) < max(3, runs // 3):
                    wall, paint = _paint_wall(command, env)
                    got["gui"].append(wall)
                    painted.append(paint)
    med = {name: statistics.median(values) for name, values in got.items()}
    floor = med["floor"]
    n = f"median of {runs}"
    return [
        Row("`sverka --version`", _ms(med["version"]), f"`python -c pass` {_ms(floor)}", f"{med['version'] / floor:.1f}×", "≤ 4×"),
        Row("`sverka stats PROJECT --json` (seeds)", _ms(med["stats"]), n, f"{med['stats'] / floor:.1f}×", "≤ 8×"),
        Row("`sverka gui PROJECT` process start to the first painted window (the frame; then the project opens)", _ms(statistics.median(painted)), f"`python -c pass` {_ms(floor)}", f"{statistics.median(painted) / floor:.1f}×", "≤ 1.0 s"),
        Row("  `--quit-after-paint` to exit (project open, whole window painted)", _ms(med["gui"]), f"median of {len(got['gui'])}", "", ""),
    ]  # fmt: skip


def importing(quick: bool) -> list[Row]:
    files = 1000 if quick else 10_000
    got = json.loads(_script("bench_import_files.py", "--files", str(files), "--json").strip().splitlines()[-1])
    what = f"import {got['files']:,} FLORES files ({got['articles']:,} ru articles + en translations, {got['sentences']:,} sentences; names and alignment)"
    return [
        Row(what, f"{got['import_s']:.1f} s", f"raw script {got['floor_s']:.2f} s", f"{got['ratio']:.1f}×", "≤ 3×"),
        Row("  the same in CPU seconds (every thread and worker process)", f"{got['import_cpu_s']:.1f} s", f"raw script {got['floor_cpu_s']:.2f} s", f"{got['cpu_ratio']:.1f}×"),
        Row("  name mentions (share of the import; of its CPU)", f"{got['names_s']:.1f} s", "", f"{got['names_share']:.0%}; CPU {got['names_cpu_share']:.0%}", "≤ 20%"),
        Row("  alignment (share; of the CPU)", f"{got['align_s']:.1f} s", "", f"{got['align_s'] / got['import_s']:.0%}; CPU {got['align_cpu_share']:.0%}"),
        Row("  language identification, every language (share; engineer lang's)", f"{got['langid_s']:.1f} s", "", f"{got['langid_share']:.0%}"),
    ]  # fmt: skip


def gui(quick: bool) -> list[Row]:
    articles, sentences = (2000, 15) if quick else (30_000, 17)
    out = _script("bench_gui.py", "--articles", str(articles), "--sentences", str(sentences), "--tags", "200")
    generated = _find(r"^generated (.*) in", out).group(1)
    paint = float(_find(r"^first paint .*: (\d+) ms", out).group(1))
    move = _find(r"^next sentence .*p99 ([\d.]+) ms", out).group(1)
    tag = _find(r"^durable tag .*p50 ([\d.]+) ms, p99 ([\d.]+) ms", out)
    floor = _find(r"^raw sqlite3 .*p50 ([\d.]+) ms, p99 ([\d.]+) ms", out)
    search = _find(r"^full-text search .*: (\d+) ms", out).group(1)
    rss = _find(r"^peak RSS: (\d+) MB", out).group(1)
    ratio = float(tag.group(2)) / float(floor.group(2))
    return [
        Row(f"GUI on {generated}: first paint (window, project, article, undo stack; in process)", f"{paint:.0f} ms", "", "", "≤ 1 s"),
        Row("  next sentence + repaint, p99", f"{move} ms", "", "", "≤ 16 ms"),
        Row("  durable tag (synchronous=FULL), p50 / p99", f"{tag.group(1)} / {tag.group(2)} ms", f"raw sqlite3 insert+commit p50 {floor.group(1)} / p99 {floor.group(2)} ms", f"{ratio:.2f}× (p99)", "≤ 1.5× and ≤ 5 ms"),
        Row("  full-text search", f"{search} ms", "", "", "≤ 300 ms"),
        Row("  peak RSS", f"{rss} MB", "", "", "≤ 400 MB"),
    ]  # fmt: skip


def export(quick: bool) -> list[Row]:
    if not (BENCH / "bench_export.py").exists():
        return [Row("export", "bench/bench_export.py not here yet (engineer export's)")]
    out = _script("bench_export.py", *(["--sentences", "50000", "--repeat", "3"] if quick else []))
    # One line per kind: name, rows, wall s, rows/s, × floor (wall), CPU s, × floor (CPU), RSS MB, files MB.
    cells = {c[0]: c for line in out.splitlines() if len(c := line.split()) == 11 and c[1].isdigit()}
    floor = cells["floor"]
    rows = []
    for kind in ("jsonl", "parquet"):
        if kind in cells:
            c = cells[kind]
            rows.append(
                Row(
                    f"export {int(c[1]):,} sentence rows to {kind.upper() if kind == 'jsonl' else 'Parquet'} (wall / CPU)",
                    f"{c[2]} s ({int(c[3]):,} rows/s) / {c[5]} s",
                    f"raw sqlite3 + `json.dumps` {floor[2]} s / {floor[5]} s",
                    f"{c[4]}× wall / {c[6]}× CPU",
                    "≤ 2×" if kind == "jsonl" else "≤ 3×",
                )
            )
    peaks = " / ".join(cells[k][7] for k in ("floor", "jsonl", "parquet") if k in cells)
    rows.append(Row("  peak RSS (VmHWM): floor / JSONL / Parquet", f"{peaks} MB", "", "", "≤ 150 MB (1M rows)"))
    return rows


def mt(quick: bool) -> list[Row]:
    args = ["--sentences", "60" if quick else "300", "--repeat", "2" if quick else "3"]
    out = _script("bench_mt.py", *args, *(["--skip-argos"] if quick else []))
    raw = _find(r"^\(c\) raw ctranslate2 translate_batch : +([\d.]+)", out).group(1)
    sverka = _find(r"^\(a\) Sverka batch translation +: +([\d.]+)", out).group(1)
    rows = [
        Row(
            "MT: Sverka batch translation (tiny model)",
            f"{sverka} sent/s",
            f"raw CTranslate2 {raw} sent/s",
            f"{float(sverka) / float(raw):.2f}×",
            "≥ 0.8×",
        )
    ]
    argos = re.search(r"^Sverka / argostranslate: ([\d.]+)×", out, re.MULTILINE)
    if argos:
        rows.append(Row("  vs argostranslate per text", "", "", f"{argos.group(1)}×", "≥ 3×"))
    return rows  # fmt: skip


def alignment(quick: bool) -> list[Row]:
    sizes = ["50", "200"] if quick else ["50", "200", "1000"]
    out = _script("bench_align.py", "--sizes", *sizes, "--repeat", "2" if quick else "5")
    rows = []
    for line in out.splitlines():
        cells = line.split()
        if len(cells) == 7 and "×" in cells[0]:
            rows.append(
                Row(
                    f"alignment {cells[0]} {cells[1]}: length / anchors / +overlap / +lexicon (default) / +chrF (CPU ms)",
                    " / ".join(cells[2:]),
                    f"anchors {cells[3]} ms",
                    f"{float(cells[5]) / float(cells[3]):.1f}× (default / anchors)",
                    "≤ 2×",
                )
            )
    return rows  # fmt: skip


def clustering(quick: bool) -> list[Row]:
    out = _script("bench_names.py", "--mentions", "20000" if quick else "100000")
    speed = _find(r"^clustered ([\d,]+) mentions .* in ([\d.]+) s wall, ([\d.]+) s CPU", out)
    f1 = _find(r"^sverka +([\d.]+) +([\d.]+) +([\d.]+) +(\d+)", out)
    return [
        Row(f"name clustering of {speed.group(1)} mentions (wall / CPU)", f"{speed.group(2)} / {speed.group(3)} s", "", "", "≤ 2 s (100k)"),
        Row("  evaluation set P / R / F1, distractors merged", f"{f1.group(1)} / {f1.group(2)} / {f1.group(3)}, {f1.group(4)}", "", "", "F1 ≥ 0.95, 0"),
    ]  # fmt: skip


def mentions(quick: bool) -> list[Row]:
    out = _script("bench_names_project.py", "--mentions", "20000" if quick else "100000")
    first = _find(r"^generated: first detection +([\d.]+) s +\((\d+) mentions, (\d+) sentences", out)
    rerun = _find(r"^generated: re-run +([\d.]+) s", out)
    per = float(first.group(1)) / max(1, int(first.group(3))) * 1000
    return [
        Row(f"mention detection: {first.group(2)} mentions in {first.group(3)} sentences, first run / re-run", f"{first.group(1)} / {rerun.group(1)} s", "", f"{per:.2f} ms/sentence"),
    ]  # fmt: skip


def agreement(quick: bool) -> list[Row]:
    out = _script("bench_teams.py", "--sentences", "20000" if quick else "100000", "--no-postgres")
    rows = []
    for found in re.finditer(r"^([^\n:]+): ([\d.]+) s wall, ([\d.]+) s CPU", out, re.MULTILINE):
        rows.append(Row(f"teams: {found.group(1)} (wall / CPU)", f"{found.group(2)} / {found.group(3)} s"))
    return rows


def langid(quick: bool) -> list[Row]:
    out = _script("bench_langid.py", "--limit", "200" if quick else "1000", "--setups", "all,project")
    speeds = re.findall(r"^speed: ([\d,]+) sentences/s", out, re.MULTILINE)
    labels = ["every language", "en/ru/kk project"]
    rows = [
        Row(f"language identification, {label}", f"{speed} sentences/s")
        for label, speed in zip(labels, speeds, strict=False)
    ]
    load = re.search(r"^model load: ([\d.]+) s", out, re.MULTILINE)
    if load:
        rows.append(Row("language identification, model load (first text)", f"{load.group(1)} s"))
    return rows


BENCHMARKS: dict[str, Callable[[bool], list[Row]]] = {
    "startup": startup,
    "import": importing,
    "export": export,
    "gui": gui,
    "mt": mt,
    "alignment": alignment,
    "clustering": clustering,
    "mentions": mentions,
    "agreement": agreement,
    "langid": langid,
}


# -- the report ---------------------------------------------------------------------------------


NOTES = "## Notes"


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        model = next(line for line in Path("/proc/cpuinfo").read_text().splitlines() if line.startswith("model name"))
        cpu = model.split(":", 1)[1].strip()
    except (OSError, StopIteration):
        pass
    try:
        memory = f", {int(os.sysconf('SC_PAGE_SIZE') * os.sysconf('SC_PHYS_PAGES') / 2**30)} GB RAM"
    except (ValueError, OSError):
        memory = ""
    return f"{cpu}, {os.cpu_count()} cores{memory}, {platform.system()} {platform.release()}, Python {platform.python_version()}"


def commit() -> str:
    done = subprocess.run(["git", "-C", str(ROOT), "describe", "--always", "--dirty"], capture_output=True, text=True)
    return done.stdout.strip() or "unknown"


def table(rows: list[Row]) -> str:
    lines = ["| what | figure | floor (same run) | ratio | goal |", "|---|---|---|---|---|"]
    lines += [f"| {r.what} | {r.figure} | {r.floor} | {r.ratio} | {r.goal} |" for r in rows]
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="small sizes: a run of a few minutes")
    parser.add_argument("--only", help=f"comma-separated subset of: {','.join(BENCHMARKS)}")
    parser.add_argument("--markdown", type=Path, help="also write the table, machine, date and commit here")
    args = parser.parse_args()
    chosen = args.only.split(",") if args.only else list(BENCHMARKS)
    unknown = sorted(set(chosen) - set(BENCHMARKS))
    if unknown:
        parser.error(f"unknown benchmark {unknown[0]!r}")
    started = datetime.now(UTC)
    load_before = os.getloadavg()
    rows: list[Row] = []
    for name in chosen:
        t = time.perf_counter()
        try:
            got = BENCHMARKS[name](args.quick)
        except (RuntimeError, subprocess.SubprocessError, OSError, ValueError, KeyError) as exc:
            got = [Row(name, f"failed: {exc}")]
        rows += got
        print(f"[{name}: {time.perf_counter() - t:.0f} s]", file=sys.stderr)
        for row in got:
            print(f"{row.what}: {row.figure}  {row.floor}  {row.ratio}  {row.goal}".rstrip(), file=sys.stderr)
    load_after = os.getloadavg()
    header = (
        f"Machine: {machine()}. Date: {started:%Y-%m-%d %H:%M} UTC. Commit: {commit()}. "
        f"Mode: {'--quick' if args.quick else 'full'}. Load average (1 min) {load_before[0]:.1f} at the start, "
        f"{load_after[0]:.1f} at the end."
    )
    report = f"{header}\n\n{table(rows)}\n"
    print(report)
    if args.markdown:
        # A hand-written "## Notes" section (profiles, what stands between a figure and its goal) is kept.
        old = args.markdown.read_text(encoding="utf-8") if args.markdown.exists() else ""
        notes = old[old.index(NOTES) :] if NOTES in old else ""
        args.markdown.write_text(
            "# Benchmarks\n\nThe latest output of `bench/run.py` (see its docstring; every ratio divides two figures "
            "measured in the same run). Regenerate with `.venv/bin/python bench/run.py --markdown docs/benchmarks.md`.\n\n"
            + report
            + (f"\n{notes}" if notes else ""),
            encoding="utf-8",
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
