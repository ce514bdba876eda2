"""Regenerate sverka_en.ts / sverka_ru.ts from the UI sources and compile the .qm files.

    .venv/bin/python scripts/i18n/update_translations.py

pyside6-lupdate names a context after the class around a ``self.tr`` call; calls through
another object (``w.tr``, ``box.tr``) or a local alias get the context Qt uses at run time
(the object's class) here, so every string is found when the app runs.
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HERE = ROOT / "resources" / "i18n"  # the .ts sources and compiled .qm files (data only)
UI = ROOT / "desktop" / "sverka" / "ui"
BIN = Path(sys.executable).parent
# lupdate context -> the contexts PySide6 looks strings up under at run time
RENAME = {"w": ["MainWindow"], "box": ["QMessageBox"], "dialog": ["ShortcutsDialog"], "": ["MainWindow", "ShortcutsDialog"]}

sys.path.insert(0, str(Path(__file__).resolve().parent))
from ru import RU  # noqa: E402


def build(lang: str) -> Path:
    ts = HERE / f"sverka_{lang}.ts"
    sources = sorted(str(p) for p in UI.rglob("*.py"))
    subprocess.run([str(BIN / "pyside6-lupdate"), *sources, "-no-obsolete", "-ts", str(ts)], check=True, capture_output=True)
    tree = ET.parse(ts)
    root = tree.getroot()
    root.set("language", "ru_RU" if lang == "ru" else "en_GB")
    for context in list(root.findall("context")):
        name = context.findtext("name") or ""
        targets = RENAME.get(name)
        if targets is not None:
            root.remove(context)
            for target in targets:
                copy = ET.fromstring(ET.tostring(context))
                copy.find("name").text = target  # type: ignore[union-attr]
                root.append(copy)
    missing = set()
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        translation.attrib.pop("type", None)
        if lang == "ru":
            if source in RU:
                translation.text = RU[source]
            else:
                missing.add(source)
                translation.set("type", "unfinished")
        else:
            translation.text = source
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    qm = ts.with_suffix(".qm")
    subprocess.run([str(BIN / "pyside6-lrelease"), str(ts), "-qm", str(qm)], check=True, capture_output=True)
    if missing:
        print(f"{lang}: {len(missing)} untranslated: {sorted(missing)[:5]}")
    return qm


if __name__ == "__main__":
    for code in ("en", "ru"):
        print(build(code))
