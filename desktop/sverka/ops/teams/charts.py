"""The dashboard as charts, drawn headless with matplotlib (the `plot` extra): one PNG or
SVG file per chart. Only matplotlib's object API and its Agg/SVG canvases are used — never
pyplot, which would pick a GUI backend (and Qt) on a desktop."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

FORMATS = ("png", "svg")
CHARTS = ("label_distribution", "progress_per_annotator", "progress_per_article", "decisions_per_hour", "agreement")


class ChartError(Exception):
    """Charts cannot be drawn (no matplotlib, a folder that cannot be written)."""


def _figure(width: float = 8.0, height: float = 4.5) -> Any:
    try:
        from matplotlib.figure import Figure
    except ImportError as exc:
        raise ChartError("charts need matplotlib: pip install 'sverka[plot]'") from exc
    return Figure(figsize=(width, height), layout="constrained")


def _stacked_bars(ax: Any, groups: list[str], series: dict[str, list[float]], horizontal: bool = False) -> None:
    base = [0.0] * len(groups)
    for name, values in series.items():
        if horizontal:
            ax.barh(groups, values, left=base, label=name)
        else:
            ax.bar(groups, values, bottom=base, label=name)
        base = [b + v for b, v in zip(base, values, strict=True)]
    if len(series) > 1:
        ax.legend(fontsize="small")


def _label_distribution(data: dict[str, Any]) -> Any:
    dist: dict[str, dict[str, int]] = data["label_distribution"]
    people = sorted({who for counts in dist.values() for who in counts})
    fig = _figure()
    ax = fig.add_subplot()
    labels = list(dist)
    _stacked_bars(ax, labels, {p: [float(dist[label].get(p, 0)) for label in labels] for p in people}, True)
    ax.invert_yaxis()
    ax.set_xlabel("annotations")
    ax.set_title("Label distribution")
    return fig


def _progress_per_annotator(data: dict[str, Any]) -> Any:
    progress: dict[str, dict[str, float]] = data["progress_per_annotator"]
    fig = _figure()
    ax = fig.add_subplot()
    names = list(progress)
    ax.barh(names, [100 * progress[n]["share"] for n in names])
    ax.set_xlim(0, 100)
    ax.invert_yaxis()
    ax.set_xlabel("% of sentences labeled")
    ax.set_title("Progress per annotator")
    return fig


def _progress_per_article(data: dict[str, Any]) -> Any:
    rows: list[dict[str, Any]] = data["progress_per_article"][:40]  # a readable chart, not a list
    fig = _figure(8.0, max(3.0, 0.3 * len(rows) + 1.5))
    ax = fig.add_subplot()
    titles = [(r["title"] or r["article_id"])[:40] for r in rows]
    ax.barh(titles, [100 * r["labeled"] / r["sentences"] if r["sentences"] else 0 for r in rows])
    ax.set_xlim(0, 100)
    ax.invert_yaxis()
    ax.set_xlabel("% of sentences labeled by the team")
    ax.set_title("Progress per article")
    return fig


def _decisions_per_hour(data: dict[str, Any]) -> Any:
    hours: dict[str, dict[str, int]] = data["decisions_per_hour"]
    people = sorted({who for counts in hours.values() for who in counts})
    fig = _figure()
    ax = fig.add_subplot()
    ticks = list(hours)
    for who in people:
        ax.plot(range(len(ticks)), [hours[h].get(who, 0) for h in ticks], marker="o", label=who)
    step = max(1, len(ticks) // 12)
    ax.set_xticks(range(0, len(ticks), step), [ticks[i][:13].replace("T", " ") for i in range(0, len(ticks), step)])
    ax.tick_params(axis="x", labelrotation=45, labelsize="small")
    ax.set_ylabel("decisions")
    ax.set_title("Decisions per hour (UTC)")
    if people:
        ax.legend(fontsize="small")
    return fig


def _agreement(data: dict[str, Any]) -> Any:
    per_label: dict[str, dict[str, float | None]] = data["agreement_per_label"]
    fig = _figure()
    ax = fig.add_subplot()
    labels = list(per_label)
    alphas = [per_label[name]["krippendorff_alpha"] for name in labels]
    ax.barh(labels, [a if a is not None else 0.0 for a in alphas])
    for i, alpha in enumerate(alphas):
        ax.annotate("n/a" if alpha is None else f"{alpha:.2f}", (0, i), xytext=(3, 0), textcoords="offset points")
    ax.set_xlim(-1, 1)
    ax.invert_yaxis()
    ax.set_xlabel("Krippendorff's alpha")
    ax.set_title("Agreement per label")
    return fig


DRAW: dict[str, Callable[[dict[str, Any]], Any]] = {
    "label_distribution": _label_distribution,
    "progress_per_annotator": _progress_per_annotator,
    "progress_per_article": _progress_per_article,
    "decisions_per_hour": _decisions_per_hour,
    "agreement": _agreement,
}


def write_charts(data: dict[str, Any], folder: Path, fmt: str = "png") -> list[Path]:
    """Draw every chart of :func:`sverka.ops.teams.dashboard.dashboard`'s ``data`` into
    ``folder`` as NAME.png or NAME.svg; returns the files written."""
    if fmt not in FORMATS:
        raise ChartError(f"chart format {fmt!r}: use png or svg")
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ChartError(f"{folder}: cannot create the folder ({exc.strerror})") from exc
    written = []
    for name in CHARTS:
        figure = DRAW[name](data)
        path = folder / f"{name}.{fmt}"
        try:
            figure.savefig(path, format=fmt, dpi=120)
        except OSError as exc:
            raise ChartError(f"{path}: cannot write ({exc.strerror})") from exc
        written.append(path)
    return written
