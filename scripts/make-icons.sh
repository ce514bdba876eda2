#!/usr/bin/env bash
# Renders resources/icons/sverka.svg to PNG at the freedesktop sizes
# (resources/icons/hicolor/NxN/apps/io.github.sverka.Sverka.png). Run it after editing the
# SVG and commit the PNGs: the bundle and the desktop entry use them.
set -euo pipefail
cd "$(dirname "$0")/.."
QT_QPA_PLATFORM=offscreen .venv/bin/python - <<'PY'
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication, QIcon

app = QGuiApplication([])
icons = Path("resources/icons")
svg = QIcon(str(icons / "sverka.svg"))
for size in (16, 24, 32, 48, 64, 128, 256, 512):
    out = icons / "hicolor" / f"{size}x{size}" / "apps" / "io.github.sverka.Sverka.png"
    out.parent.mkdir(parents=True, exist_ok=True)
    image = svg.pixmap(QSize(size, size)).toImage()
    if image.width() != size or not image.save(str(out), "PNG"):
        raise SystemExit(f"{out}: could not render the icon at {size}px")
    print(out)
PY
