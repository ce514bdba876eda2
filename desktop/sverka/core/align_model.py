"""The per-language-pair sentence length model of the aligner and of the QA length check.

For a sentence and its translation, d = log(target chars / source chars) is close to normal
around the pair's mean ``mu`` with a variance that shrinks with length: ``a + b / L``, where
L is the mean character length of the two sides (a short sentence's translation varies more).
The figures in ``resources/align/lengths.json`` were fitted by ``bench/fit_align_lengths.py``
on one half of the shared corpora (FLORES-200, NTREX-128, WMT21, WMT19) and checked on the
other half. A pair that is not in the table gets the reverse pair's model (``-mu``) or a
generic one; the aligner also shrinks ``mu`` towards the ratio of the texts themselves.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import lru_cache

from sverka.paths import resource


@dataclass(frozen=True, slots=True)
class LengthModel:
    """log(target/source length) ~ N(mu, a + b / L)."""

    mu: float
    a: float
    b: float

    def variance(self, src_len: float, tgt_len: float) -> float:
        """Variance of d for a pair of these lengths (characters)."""
        return self.a + self.b / max((src_len + tgt_len) / 2.0, 1.0)

    def z(self, src_len: float, tgt_len: float) -> float:
        """Standardized deviation of a pair's length ratio from the model (signed)."""
        d = math.log((tgt_len + 1.0) / (src_len + 1.0)) - self.mu
        return d / math.sqrt(self.variance(src_len, tgt_len))

    def ratio(self) -> float:
        """Expected target characters per source character."""
        return math.exp(self.mu)


GENERIC = LengthModel(0.0, 0.015, 2.5)


@lru_cache(maxsize=1)
def _table() -> dict[str, LengthModel]:
    raw = json.loads(resource("align/lengths.json").read_text(encoding="utf-8"))
    return {k: LengthModel(float(v["mu"]), float(v["a"]), float(v["b"])) for k, v in raw["pairs"].items()}


def length_model(src_lang: str, tgt_lang: str) -> LengthModel:
    """The fitted model of a language pair (primary subtags: "ru-RU" counts as "ru")."""
    s, t = src_lang.split("-")[0].lower(), tgt_lang.split("-")[0].lower()
    table = _table()
    if f"{s}-{t}" in table:
        return table[f"{s}-{t}"]
    if f"{t}-{s}" in table:
        m = table[f"{t}-{s}"]
        return LengthModel(-m.mu, m.a, m.b)
    return GENERIC


def for_texts(model: LengthModel, src_chars: int, tgt_chars: int, sentences: int, prior: float) -> LengthModel:
    """The model with ``mu`` shrunk towards the two texts' own ratio.

    A translator's style moves the ratio of a whole text (a terse one writes 10% less); the
    text's ratio is trusted more the more sentences it rests on, and ``prior`` sentences'
    worth of weight stays with the fitted mean, so that an omission does not drag it far.
    """
    if src_chars <= 0 or tgt_chars <= 0:
        return model
    own = math.log(tgt_chars / src_chars)
    w = sentences / (sentences + prior)
    return LengthModel((1 - w) * model.mu + w * own, model.a, model.b)
