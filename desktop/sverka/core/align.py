"""Sentence alignment of an original text with its translation.

A Gale–Church style dynamic programme over character lengths (with the length ratio of the
language pair estimated from the two texts themselves), sharpened by anchors that survive
translation (numbers, names, punctuation; see :mod:`sverka.core.align_anchors`) and, when the
caller has one, a sentence similarity such as chrF between an MT of the source and the
target. The search is banded around the diagonal, so a 200×200 article takes milliseconds.

Manual links (``fixed``) are kept exactly; only the gaps between them are aligned.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import pairwise

from sverka.core.align_anchors import KEY_WEIGHT, sentence_anchors

Similarity = Callable[[str, str], float]


@dataclass(frozen=True, slots=True)
class Bead:
    """One alignment row: source sentences [src_from, src_to) with target [tgt_from, tgt_to)."""

    src_from: int
    src_to: int
    tgt_from: int
    tgt_to: int
    score: float  # 0..1 confidence

    @property
    def kind(self) -> str:
        """``"1-1"``, ``"2-1"``, ``"1-0"``, … (source count, target count)."""
        return f"{self.src_to - self.src_from}-{self.tgt_to - self.tgt_from}"


@dataclass(frozen=True, slots=True)
class Params:
    """Tunable weights; defaults were fitted on WMT21 ru→en (see bench/eval_align.py)."""

    variance: float = 6.8  # Gale–Church s², per source character
    anchor_weight: float = 4.0  # cost bonus per (weighted) shared anchor key
    similarity_weight: float = 8.0  # cost bonus per unit of similarity, per sentence
    band: int = 12  # half-width of the search band around the diagonal (minimum)
    refine_band: int = 3  # half-width around the first path for the similarity pass
    null_cost: float = 4.0  # flat cost of a 1-0 / 0-1 row (a length test means nothing there)


# (source sentences, target sentences, -log prior). Priors after Gale & Church (1993),
# with 1-2/2-1 made likelier: news translators merge and split sentences more than
# the Hansard translators did; 2-2 is kept for crossing regroupings.
_BEADS: tuple[tuple[int, int, float], ...] = tuple(
    (a, b, -math.log(p))
    for a, b, p in ((1, 1, 0.89), (1, 0, 0.005), (0, 1, 0.005), (2, 1, 0.05), (1, 2, 0.05),
                    (2, 2, 0.005))
)
_SQRT2 = math.sqrt(2.0)
_INF = float("inf")


def _neg_log_tail(z: float) -> float:
    """-log P(|Z| >= z) for a standard normal Z, stable for large z."""
    if z < 6.0:
        return -math.log(math.erfc(z / _SQRT2))
    # Asymptotic tail: erfc(x) ~ exp(-x²) / (x √π), x = z/√2
    x = z / _SQRT2
    return x * x + math.log(x * math.sqrt(math.pi))


class _Problem:
    """Precomputed lengths and anchors of one (sub)alignment problem."""

    def __init__(self, src: Sequence[str], tgt: Sequence[str], ratio: float, params: Params,
                 anchors: tuple[list[frozenset[str]], list[frozenset[str]]] | None,
                 similarity: Similarity | None) -> None:
        self.src, self.tgt = src, tgt
        self.ls = [len(s.strip()) for s in src]
        self.lt = [len(t.strip()) for t in tgt]
        self.ratio, self.p = ratio, params
        self.anchors = anchors
        self.similarity = similarity
        self._sim_cache: dict[tuple[int, int, int, int], float] = {}

    def length_z(self, i0: int, i1: int, j0: int, j1: int) -> float:
        """Gale–Church δ of a bead: target length against the ratio-scaled source length."""
        l1 = sum(self.ls[i0:i1])
        l2 = sum(self.lt[j0:j1]) / self.ratio
        mean = (l1 + l2) / 2.0
        return abs(l2 - l1) / math.sqrt(self.p.variance * max(mean, 1.0))

    def shared(self, i0: int, i1: int, j0: int, j1: int) -> tuple[float, float]:
        """(weighted shared anchor keys, weighted keys on both sides) of a bead."""
        if self.anchors is None or i0 == i1 or j0 == j1:
            return 0.0, 0.0
        sa, ta = self.anchors
        a = sa[i0] if i1 - i0 == 1 else sa[i0].union(*sa[i0 + 1:i1])
        b = ta[j0] if j1 - j0 == 1 else ta[j0].union(*ta[j0 + 1:j1])
        if not a or not b:
            return 0.0, sum(KEY_WEIGHT[k[0]] for k in a | b)
        both = a & b
        return (sum(KEY_WEIGHT[k[0]] for k in both),
                sum(KEY_WEIGHT[k[0]] for k in a | b) + sum(KEY_WEIGHT[k[0]] for k in both))

    def sim(self, i0: int, i1: int, j0: int, j1: int) -> float:
        """The caller's similarity of a bead's joined texts (memoized; 0 for null beads)."""
        if self.similarity is None or i0 == i1 or j0 == j1:
            return 0.0
        key = (i0, i1, j0, j1)
        v = self._sim_cache.get(key)
        if v is None:
            v = self._sim_cache[key] = float(self.similarity(
                " ".join(self.src[i0:i1]), " ".join(self.tgt[j0:j1])))
        return v

    def cost(self, i0: int, i1: int, j0: int, j1: int, prior: float, use_sim: bool) -> float:
        """Cost of one bead: -log prior - log P(length) - anchor and similarity bonuses."""
        if i0 == i1 or j0 == j1:
            # Gale–Church scores an omission by its length, which makes dropping a long
            # sentence almost impossible; merging it into a neighbour then wins instead.
            return self.p.null_cost
        c = prior + _neg_log_tail(self.length_z(i0, i1, j0, j1))
        if self.anchors is not None and i0 != i1 and j0 != j1:
            c -= self.p.anchor_weight * self.shared(i0, i1, j0, j1)[0]
        if use_sim:
            # Scaled by bead size so that one good 2-1 bead is not beaten by a 1-1 and a
            # 1-0 whose similarities add up.
            c -= self.p.similarity_weight * self.sim(i0, i1, j0, j1) * (i1 - i0 + j1 - j0) / 2
        return c

    def confidence(self, i0: int, i1: int, j0: int, j1: int, use_sim: bool) -> float:
        """A 0..1 score of a chosen bead: mean of length fit, anchor agreement, similarity."""
        p_len = math.erfc(self.length_z(i0, i1, j0, j1) / _SQRT2)
        if i0 == i1 or j0 == j1:
            return round(p_len * 0.5, 4)  # a null bead always deserves a look
        evidence = [p_len]
        shared, total = self.shared(i0, i1, j0, j1)
        if total > 0:
            evidence.append(2 * shared / total)
        if use_sim:
            evidence.append(self.sim(i0, i1, j0, j1))
        return round(sum(evidence) / len(evidence), 4)


def _diagonal_band(n: int, m: int, width: int) -> list[tuple[int, int]]:
    """Per source row i, the inclusive target range [lo, hi] around the diagonal."""
    band = []
    for i in range(n + 1):
        centre = i * m / n if n else 0.0
        band.append((max(0, math.floor(centre) - width), min(m, math.ceil(centre) + width)))
    return band


def _path_band(path: list[tuple[int, int]], n: int, m: int, width: int) -> list[tuple[int, int]]:
    """Per source row, the target range within ``width`` of a previous path."""
    lo = [m] * (n + 1)
    hi = [0] * (n + 1)
    for i, j in path:
        for r in range(max(0, i - width), min(n, i + width) + 1):
            lo[r] = min(lo[r], j - width)
            hi[r] = max(hi[r], j + width)
    return [(max(0, a), min(m, b)) for a, b in zip(lo, hi, strict=True)]


def _dp(pb: _Problem, band: list[tuple[int, int]], use_sim: bool) -> list[tuple[int, int]] | None:
    """Best monotone path through the band, as the list of bead corner points (i, j)."""
    n, m = len(pb.ls), len(pb.lt)
    cost: list[dict[int, float]] = [{} for _ in range(n + 1)]
    back: list[dict[int, tuple[int, int]]] = [{} for _ in range(n + 1)]
    cost[0][0] = 0.0
    for i in range(n + 1):
        lo, hi = band[i]
        row, brow = cost[i], back[i]
        for j in range(lo, hi + 1):
            best = row.get(j, _INF)
            arg = brow.get(j)
            for a, b, prior in _BEADS:
                pi, pj = i - a, j - b
                if pi < 0 or pj < 0:
                    continue
                prev = cost[pi].get(pj)
                if prev is None:
                    continue
                c = prev + pb.cost(pi, i, pj, j, prior, use_sim)
                if c < best:
                    best, arg = c, (pi, pj)
            if arg is not None:
                row[j], brow[j] = best, arg
    if m not in cost[n]:
        return None
    path = [(n, m)]
    while path[-1] != (0, 0):
        i, j = path[-1]
        path.append(back[i][j])
    path.reverse()
    return path


def _align_block(pb: _Problem, use_sim: bool) -> list[Bead]:
    """Align one gap (no fixed beads inside)."""
    n, m = len(pb.ls), len(pb.lt)
    if n == 0 or m == 0:
        return ([Bead(i, i + 1, 0, 0, 0.0) for i in range(n)]
                + [Bead(0, 0, j, j + 1, 0.0) for j in range(m)])
    # Slack for omissions and merges: they move the path off the straight diagonal.
    width = max(pb.p.band, abs(n - m) // 2 + pb.p.band, max(n, m) // 10)
    path = None
    while path is None:
        path = _dp(pb, _diagonal_band(n, m, width), use_sim=False)
        width *= 2
    if use_sim:
        path = _dp(pb, _path_band(path, n, m, pb.p.refine_band), use_sim=True) or path
    return [Bead(i0, i1, j0, j1, pb.confidence(i0, i1, j0, j1, use_sim))
            for (i0, j0), (i1, j1) in pairwise(path)]


def length_ratio(src: Sequence[str], tgt: Sequence[str]) -> float:
    """Target characters per source character, estimated from the two texts."""
    ls = sum(len(s.strip()) for s in src)
    lt = sum(len(t.strip()) for t in tgt)
    if ls == 0 or lt == 0:
        return 1.0
    return lt / ls


def _check_fixed(fixed: Sequence[Bead], n: int, m: int) -> list[Bead]:
    out = sorted(fixed, key=lambda b: (b.src_from, b.tgt_from, b.src_to, b.tgt_to))
    ps = pt = 0
    for b in out:
        if not (ps <= b.src_from <= b.src_to <= n and pt <= b.tgt_from <= b.tgt_to <= m):
            raise ValueError(f"fixed bead {b} overlaps another, crosses one, or is out of range")
        if b.src_from == b.src_to and b.tgt_from == b.tgt_to:
            raise ValueError(f"fixed bead {b} is empty")
        ps, pt = b.src_to, b.tgt_to
    return out


def align(src: Sequence[str], tgt: Sequence[str], *, src_lang: str, tgt_lang: str,
          similarity: Similarity | None = None, fixed: Sequence[Bead] = (),
          anchors: bool = True, params: Params | None = None) -> list[Bead]:
    """Align the sentences of an original (``src``) with those of its translation (``tgt``).

    Returns beads in order that cover every sentence of both sides exactly once (1-1, 1-2,
    2-1, 1-0, 0-1, 2-2). ``fixed`` beads (manual links) are returned unchanged and only the
    gaps between them are aligned; they must not overlap or cross (``ValueError``).
    ``similarity(src_text, tgt_text) -> 0..1`` (e.g. chrF of an MT of the source against
    the target) is blended in when given; ``anchors=False`` gives plain length alignment.
    The language codes are accepted for future per-pair tuning; the length ratio is
    estimated from the texts, which works for any pair.
    """
    del src_lang, tgt_lang  # the ratio estimate from the texts replaces per-pair tables
    params = params or Params()
    n, m = len(src), len(tgt)
    ratio = length_ratio(src, tgt)
    anchor_sets = (sentence_anchors(src), sentence_anchors(tgt)) if anchors else None
    out: list[Bead] = []
    ps = pt = 0
    for f in [*_check_fixed(fixed, n, m), None]:
        es, et = (f.src_from, f.tgt_from) if f else (n, m)
        if es > ps or et > pt:
            sub = _Problem(
                src[ps:es], tgt[pt:et], ratio, params,
                (anchor_sets[0][ps:es], anchor_sets[1][pt:et]) if anchor_sets else None,
                similarity)
            out.extend(Bead(b.src_from + ps, b.src_to + ps, b.tgt_from + pt, b.tgt_to + pt,
                            b.score) for b in _align_block(sub, similarity is not None))
        if f is not None:
            out.append(f)
            ps, pt = f.src_to, f.tgt_to
    return out
