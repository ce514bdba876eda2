"""The base install has no numpy (issue 14: it kept the install over 300 MB): language
identification and agreement statistics, the two features that used it, work with numpy
unimportable, in a fresh interpreter."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

DESKTOP = Path(__file__).resolve().parents[2] / "desktop"

SCRIPT = """
import sys
sys.modules["numpy"] = None  # any `import numpy` now raises ImportError
from sverka.core.langid import LanguageDetector
from sverka.core.agreement import report
from sverka.ops.teams import agreement  # noqa: F401  (the project read model imports too)
det = LanguageDetector()
print(det.detect_text("Die Regierung hat am Montag neue Maßnahmen gegen die Inflation angekündigt."))
print(det.detect_sentence("Үкімет дүйсенбі күні инфляцияға қарсы жаңа шараларды жариялады.", "ru"))
r = report(["a", "b"], [[True, True], [True, True]], {"x": [[True, True], [False, True]]})
print(r.items, r.labels["x"].percent_agreement)
"""


def test_detection_and_agreement_need_no_numpy() -> None:
    env = dict(os.environ, PYTHONPATH=str(DESKTOP))
    out = subprocess.run([sys.executable, "-c", SCRIPT], env=env, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["de", "kk", "2", "0.5"]
