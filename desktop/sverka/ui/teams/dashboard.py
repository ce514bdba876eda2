"""View ▸ Dashboard: the team's figures as charts — progress per annotator, agreement per
label, the label distribution and decisions per hour — from the read models of
:mod:`sverka.ops.teams.dashboard` (the numbers of ``sverka dashboard --json``). People only:
gold and model annotators are not part of the team's progress. Each chart saves as PNG."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sverka.ops.teams.dashboard import dashboard
from sverka.ui.qt import QColor, QDialog, QFileDialog, QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout
from sverka.ui.teams.charts import Bar, BarChart
from sverka.ui.workbench import Workbench

HOURS_SHOWN = 12  # decisions per hour: the latest hours with work


def _figure(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.2f}"


class DashboardWindow(QDialog):
    """The dashboard of one main window's project (refreshes when shown and after changes)."""

    def __init__(self, bench: Workbench) -> None:
        super().__init__(bench.window)
        self.bench = bench
        self.setWindowTitle(self.tr("Dashboard — Sverka"))
        self.resize(980, 640)
        self.numbers: dict[str, Any] = {}
        self.progress = BarChart(self.tr("Progress per annotator (sentences labeled)"))
        self.agreement = BarChart(self.tr("Agreement per label (Krippendorff's alpha)"))
        self.labels = BarChart(self.tr("Label distribution (people's labels)"), 1)
        self.hours = BarChart(self.tr("Decisions per hour (UTC)"), 1)
        self.charts = {
            "progress": self.progress,
            "agreement": self.agreement,
            "labels": self.labels,
            "hours": self.hours,
        }
        for name, chart in self.charts.items():
            chart.setObjectName(f"chart_{name}")
        grid = QGridLayout()
        grid.addWidget(self.progress, 0, 0)
        grid.addWidget(self.agreement, 0, 1)
        grid.addWidget(self.labels, 1, 0)
        grid.addWidget(self.hours, 1, 1)
        self.summary = QLabel()
        refresh = QPushButton(self.tr("&Refresh"))
        refresh.clicked.connect(self.reload)
        save = QPushButton(self.tr("&Save charts as PNG…"))
        save.clicked.connect(self.save_dialog)
        buttons = QHBoxLayout()
        buttons.addWidget(self.summary, 1)
        buttons.addWidget(refresh)
        buttons.addWidget(save)
        box = QVBoxLayout(self)
        box.addLayout(grid, 1)
        box.addLayout(buttons)
        bench.undo.changed.connect(lambda changes: self.reload() if self.isVisible() and changes.labels else None)

    def reload(self) -> None:
        project = self.bench.context.project
        if project is None:
            return
        with project.sessions() as session:
            self.numbers = numbers = dashboard(session)
        progress = numbers["progress_per_annotator"]
        self.progress.set_bars(
            [Bar(who, p["share"], f"{p['labeled']}/{p['total']}") for who, p in progress.items()], 1.0
        )
        agreement = numbers["agreement_per_label"]
        self.agreement.set_bars(
            [Bar(label, f["krippendorff_alpha"], _figure(f["krippendorff_alpha"])) for label, f in agreement.items()],
            1.0,
        )
        colours = {label.name: QColor(label.color) for label in self.bench.view.delegate.catalog.by_id.values()}
        totals = {label: sum(by.values()) for label, by in numbers["label_distribution"].items()}
        self.labels.set_bars(
            [
                Bar(label, n, f"{n}  ({', '.join(f'{w} {c}' for w, c in by.items())})", colours.get(label))
                for (label, by), n in zip(numbers["label_distribution"].items(), totals.values(), strict=True)
            ],
            max(totals.values(), default=1),
        )
        hours = list(numbers["decisions_per_hour"].items())[-HOURS_SHOWN:]
        per_hour = [(hour[5:16].replace("T", " "), sum(by.values()), by) for hour, by in hours]
        self.hours.set_bars(
            [Bar(h, n, f"{n}  ({', '.join(f'{w} {c}' for w, c in by.items())})") for h, n, by in per_hour],
            max((n for _, n, _ in per_hour), default=1),
        )
        people = len(progress)
        self.summary.setText(
            self.tr("%1 people · %2 articles")
            .replace("%1", str(people))
            .replace("%2", str(len(numbers["progress_per_article"])))
        )

    def save(self, folder: Path) -> list[Path]:
        """Write one PNG per chart into ``folder``; the paths written."""
        written = []
        for name, chart in self.charts.items():
            path = folder / f"{name}.png"
            if chart.save_png(path):
                written.append(path)
        return written

    def save_dialog(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Save charts in"), str(Path.home()))
        if folder:
            written = self.save(Path(folder))
            self.summary.setText(
                self.tr("Saved %1 charts in %2").replace("%1", str(len(written))).replace("%2", folder)
            )
