"""Sentence alignment of an original text with its translation.

A dynamic programme over beads (1-1, 2-1, 1-2, 1-0, 0-1, 2-2) whose cost is a negative log
likelihood: a prior per bead kind, a length model learned per language pair
(:mod:`sverka.core.align_model`: the log length ratio is normal around the pair's mean,
with a variance that shrinks with length), and evidence from anchors that survive
translation (numbers, dates, names, acronyms, Latin tokens, punctuation; see
:mod:`sverka.core.align_anchors`): shared keys pull two sentences together, and a number or
date with no twin on the other side pushes them apart. That last term and the length
likelihood are what decide between "2-1" and "1-1 + 1-0": a sentence the translator left
out makes the merged row too long and brings numbers the target lacks, so it stands alone
as a 1-0 row. Paragraph starts that meet on both sides are soft anchors, and a merge across
a paragraph break costs extra. A caller's sentence similarity (chrF between an MT of the
source and the target) is blended in when given; without one, the model-free word lexicon
votes word by word (:class:`sverka.core.align_lexicon.LexicalEvidence`): a sentence whose
words find no translation in a merged row's other side stands alone. The search is banded
around the diagonal, so a 200×200 article takes milliseconds.

Manual links (``fixed``) are kept exactly; only the gaps between them are aligned.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from itertools import pairwise

from sverka.core.align_anchors import KEY_WEIGHT, STRONG_KINDS, excused_keys, sentence_anchors
from sverka.core.align_lexicon import LexicalEvidence, lexical_evidence, lexical_similarity, lexicon
from sverka.core.align_model import LengthModel, for_texts, length_model

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
    """Tunable weights; fitted on the tune half of bench/bench_align_omissions.py."""

    anchor_weight: float = 3.0  # cost bonus per (weighted) shared anchor key
    missing_weight: float = 2.5  # cost per (weighted) number/date key without a twin
    similarity_weight: float = 1.0  # nats per sentence, between true and false pairs' similarity
    band: int = 8  # initial half-width of the search band around the diagonal
    refine_band: int = 2  # half-width around the first path for the similarity pass
    null_cost: float = -2.0  # cost of a 1-0 / 0-1 row on top of its prior
    paragraph_bonus: float = 1.0  # paragraph starts meeting on both sides
    paragraph_cross: float = 4.0  # a 2-1 / 1-2 row merging across a paragraph start
    ratio_prior: float = 80.0  # sentences' worth of trust in the pair's fitted ratio
    lexical_weight: float = 0.5  # multiplier of the lexicon's log likelihood ratio
    lexical_q1: float = 0.4  # chance that a stem's translation is in its sentence's translation
    lexical_first: bool = False  # the lexicon in the first (wide) pass too


# (source sentences, target sentences, -log prior). News translators merge and split
# sentences more than Gale & Church's Hansard translators; 2-2 is kept for regroupings.
_BEADS: tuple[tuple[int, int, float], ...] = tuple(
    (a, b, -math.log(p))
    for a, b, p in ((1, 1, 0.89), (1, 0, 0.01), (0, 1, 0.01), (2, 1, 0.04), (1, 2, 0.04), (2, 2, 0.005))
)
_HALF_LOG_2PI = 0.5 * math.log(2 * math.pi)
_INF = float("inf")
_BITS = 5  # bits per unit of key weight


def _masks(anchor_sets: Sequence[frozenset[str]], bits: dict[str, int]) -> list[int]:
    """Anchor sets as bit masks; a key of weight w owns round(5·w) bits, so that the
    weighted size of an intersection is a popcount (one C call instead of a set walk).
    ``bits`` maps keys to their bits and is shared by both sides; ``bits[""]`` is the
    next free bit and ``bits["!"]`` collects the bits of the strong kinds."""
    out = []
    for keys in anchor_sets:
        mask = 0
        for key in keys:
            if key not in bits:
                width = round(_BITS * KEY_WEIGHT[key[0]])
                start = bits.get("", 0)
                bits[key] = ((1 << width) - 1) << start
                bits[""] = start + width
                if key[0] in STRONG_KINDS:
                    bits["!"] = bits.get("!", 0) | bits[key]
            mask |= bits[key]
        out.append(mask)
    return out


def _starts(n: int, starts: Collection[int] | None, offset: int) -> list[bool]:
    """Per sentence of a block (plus one past the end), whether it starts a paragraph."""
    if not starts:
        return [False] * (n + 1)
    return [(offset + i) in starts for i in range(n)] + [False]


@dataclass(frozen=True, slots=True)
class _Anchors:
    """Anchor key masks per sentence of both sides (see :func:`_masks`)."""

    src: list[int]
    tgt: list[int]
    strong: int  # the bits of the kinds whose keys are missed without a twin
    src_excused: list[int]  # keys the other side may have though this one has not
    tgt_excused: list[int]

    def block(self, ps: int, es: int, pt: int, et: int) -> _Anchors:
        """The masks of sentences [ps, es) and [pt, et)."""
        return _Anchors(self.src[ps:es], self.tgt[pt:et], self.strong, self.src_excused[ps:es], self.tgt_excused[pt:et])


class _Problem:
    """Precomputed lengths and anchors of one (sub)alignment problem."""

    def __init__(
        self,
        src: Sequence[str],
        tgt: Sequence[str],
        model: LengthModel,
        params: Params,
        anchors: _Anchors | None,
        similarity: Similarity | None,
        paragraphs: tuple[list[bool], list[bool]] | None = None,
        lexical: LexicalEvidence | None = None,
    ) -> None:
        self.src, self.tgt = src, tgt
        self.lex = lexical
        self.n, self.m = len(src), len(tgt)
        self.ps = [0.0]
        for s in src:
            self.ps.append(self.ps[-1] + len(s.strip()))
        self.pt = [0.0]
        for t in tgt:
            self.pt.append(self.pt[-1] + len(t.strip()))
        self.model = model
        self.p = params
        # mask[a][i]: anchors of the a sentences ending before i (a bead [i-a, i)).
        self.smask: list[list[int]] | None = None
        self.tmask: list[list[int]] | None = None
        self.strong = 0
        if anchors is not None:
            self.smask = self._window_masks(anchors.src)
            self.tmask = self._window_masks(anchors.tgt)
            self.strong = anchors.strong
            # numbers each side excuses on the other (conversions, spelled-out numbers)
            self.sexcuse = self._window_masks(anchors.src_excused)
            self.texcuse = self._window_masks(anchors.tgt_excused)
        self.spara, self.tpara = paragraphs or ([False] * (self.n + 1), [False] * (self.m + 1))
        self.similarity = similarity
        self.sim_offset, self.sim_scale = 0.0, 1.0  # set by _calibrate
        self._sim_cache: dict[tuple[int, int, int, int], float] = {}

    @staticmethod
    def _window_masks(masks: list[int]) -> list[list[int]]:
        one = [0, *masks]
        two = [0, 0] + [masks[k - 1] | masks[k] for k in range(1, len(masks))]
        return [[], one, two]

    def length_z(self, i0: int, i1: int, j0: int, j1: int) -> float:
        """The length model's standardized deviation of a bead (absolute)."""
        return abs(self.model.z(self.ps[i1] - self.ps[i0], self.pt[j1] - self.pt[j0]))

    def shared(self, i0: int, i1: int, j0: int, j1: int) -> tuple[float, float]:
        """(weighted shared anchor keys, weighted keys on both sides) of a bead."""
        if self.smask is None or self.tmask is None or i0 == i1 or j0 == j1:
            return 0.0, 0.0
        a, b = self.smask[i1 - i0][i1], self.tmask[j1 - j0][j1]
        both = (a & b).bit_count()
        return both / _BITS, ((a | b).bit_count() + both) / _BITS

    def sim(self, i0: int, i1: int, j0: int, j1: int) -> float:
        """The caller's similarity of a bead's joined texts (memoized; 0 for null beads)."""
        if self.similarity is None or i0 == i1 or j0 == j1:
            return 0.0
        key = (i0, i1, j0, j1)
        v = self._sim_cache.get(key)
        if v is None:
            v = self._sim_cache[key] = float(self.similarity(" ".join(self.src[i0:i1]), " ".join(self.tgt[j0:j1])))
        return v

    def evidence(self, use_sim: bool, use_lex: bool) -> Callable[[int, int, int, int], float] | None:
        """The bead's cost bonus (nats) from the similarity or the lexicon, or None."""
        if use_sim:
            sw, off, scale = self.p.similarity_weight, self.sim_offset, self.sim_scale

            def bonus(i0: int, i1: int, j0: int, j1: int) -> float:
                # Scaled by bead size so that one good 2-1 bead is not beaten by a 1-1 and
                # a 1-0 whose similarities add up.
                return sw * (self.sim(i0, i1, j0, j1) - off) * scale * (i1 - i0 + j1 - j0) * 0.5

            return bonus
        if use_lex and self.lex is not None:
            lw, score = self.p.lexical_weight, self.lex.score
            return lambda i0, i1, j0, j1: lw * score(i0, i1, j0, j1)
        return None

    def confidence(self, i0: int, i1: int, j0: int, j1: int, use_sim: bool) -> float:
        """A 0..1 score of a chosen bead: mean of length fit, anchor agreement, similarity.

        The length fit is a soft bell, exp(-z²/8), not the two-sided p-value: one sentence's
        length says little, and the p-value flagged a tenth of correct 1-1 rows for review.
        """
        if i0 == i1 or j0 == j1:
            return 0.0  # a null bead always deserves a look
        z = self.length_z(i0, i1, j0, j1)
        evidence = [math.exp(-z * z / 8)]
        shared, total = self.shared(i0, i1, j0, j1)
        if total > 0:
            evidence.append(2 * shared / total)
        if use_sim:
            evidence.append(self.sim(i0, i1, j0, j1))
        elif self.lex is not None:
            # the lexicon's log likelihood ratio per sentence, squashed to 0..1
            llr = self.lex.score(i0, i1, j0, j1) / (i1 - i0 + j1 - j0)
            evidence.append(1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, llr)))))
        return round(sum(evidence) / len(evidence), 4)


def _diagonal_band(n: int, m: int, width: int) -> list[tuple[int, int]]:
    """Per source row i, the inclusive target range [lo, hi] around the diagonal."""
    band = []
    for i in range(n + 1):
        centre = i * m / n if n else 0.0
        band.append((max(0, math.floor(centre) - width), min(m, math.ceil(centre) + width)))
    return band


def _path_band(path: list[tuple[int, int]], n: int, m: int, width: int) -> list[tuple[int, int]]:
    """Per source row, the target range within ``width`` columns of a previous path."""
    lo = [m] * (n + 1)
    hi = [0] * (n + 1)
    for (i0, j0), (i1, j1) in pairwise(path):
        for r in range(i0, i1 + 1):
            lo[r] = min(lo[r], j0 - width)
            hi[r] = max(hi[r], j1 + width)
    lo[0], hi[n] = 0, m
    return [(max(0, a), min(m, b)) for a, b in zip(lo, hi, strict=True)]


@dataclass(frozen=True, slots=True)
class _Columns:
    """Per target column j, for the target sides of one and two sentences ending before j:
    their lengths, anchor and excuse masks and paragraph-crossing costs (looked up once per
    column instead of once per bead)."""

    length: tuple[list[float], list[float]]
    mask: tuple[list[int], list[int]]
    excuse: tuple[list[int], list[int]]
    cross: tuple[list[float], list[float]]


def _columns(pb: _Problem) -> _Columns:
    m, pt, tpara = pb.m, pb.pt, pb.tpara
    pcross = pb.p.paragraph_cross
    zeros = [0] * (m + 1)
    return _Columns(
        (
            [0.0] + [pt[j] - pt[j - 1] for j in range(1, m + 1)],
            [0.0, 0.0] + [pt[j] - pt[j - 2] for j in range(2, m + 1)],
        ),
        (pb.tmask[1], pb.tmask[2]) if pb.tmask is not None else (zeros, zeros),
        (pb.texcuse[1], pb.texcuse[2]) if pb.tmask is not None else (zeros, zeros),
        ([0.0] * (m + 1), [0.0] + [pcross if tpara[j - 1] else 0.0 for j in range(1, m + 1)]),
    )


def _bead_costs(
    pb: _Problem,
    cols: _Columns,
    kind: int,
    i: int,
    span: tuple[int, int],
    prev: tuple[list[float], int, int],
    evidence: Callable[[int, int, int, int], float] | None,
) -> list[float]:
    """The path costs through row ``i``'s cells ``span`` (inclusive) ending in a bead of
    kind ``_BEADS[kind]`` (not a null one) from the row ``prev`` = (costs, lo, hi) of
    ``i - a``: inf where the bead would start outside the band or at an unreachable cell.
    The arithmetic and its order are those of the one-cell-at-a-time loop it replaced."""
    a, b, prior = _BEADS[kind]
    lo, hi = span
    row, plo, phi = prev
    out = [_INF] * (hi - lo + 1)
    p, model = pb.p, pb.model
    mu, va, vb = model.mu, model.a, model.b
    aw, mw, strong = p.anchor_weight / _BITS, p.missing_weight / _BITS, pb.strong
    ls = pb.ps[i] - pb.ps[i - a]
    scross = p.paragraph_cross if a == 2 and pb.spara[i - 1] else 0.0
    lt, tc = cols.length[b - 1], cols.cross[b - 1]
    masks = pb.smask is not None and pb.tmask is not None
    if pb.smask is not None:
        sm, se = pb.smask[a][i], pb.sexcuse[a][i]
    tms, tes = cols.mask[b - 1], cols.excuse[b - 1]
    log = math.log
    for j in range(max(lo, plo + b), min(hi, phi + b) + 1):
        c = row[j - b - plo]
        if c == _INF:
            continue
        l2 = lt[j]
        d = log((l2 + 1.0) / (ls + 1.0)) - mu
        v = va + vb / max((ls + l2) * 0.5, 1.0)
        # Negative log density of the length ratio: comparable between a 2-1 row and a 1-1
        # row next to a 1-0, which explain the same target.
        c = c + prior + 0.5 * d * d / v + 0.5 * log(v) + _HALF_LOG_2PI
        if masks:
            tm = tms[j]
            c -= aw * (sm & tm).bit_count()
            miss = (sm ^ tm) & strong
            if miss:
                miss &= ~((sm & tes[j]) | (tm & se))
                c += mw * miss.bit_count()
        c += scross + tc[j]
        if evidence is not None:
            c -= evidence(i - a, i, j - b, j)
        out[j - lo] = c
    return out


def _dp(
    pb: _Problem, band: list[tuple[int, int]], evidence: Callable[[int, int, int, int], float] | None
) -> list[tuple[int, int]] | None:
    """Best monotone path through the band, as the list of bead corner points (i, j).

    Row by row: the costs of the merged and 1-1 beads into a row's cells come per bead kind
    from :func:`_bead_costs` (a flat loop over the row with everything in locals: it runs
    ~10⁵ times for a long article), then one pass picks each cell's best in the order of
    :data:`_BEADS` (so ties break as they always did) with the null beads, of which 0-1
    depends on the cell to its left.
    """
    n = pb.n
    cols = _columns(pb)
    null10 = _BEADS[1][2] + 0.0  # the priors, and the null cost added after them
    null01 = _BEADS[2][2] + 0.0
    null_cost, pbonus = pb.p.null_cost, pb.p.paragraph_bonus
    spara, tpara = pb.spara, pb.tpara
    costs: list[list[float]] = []
    backs: list[list[int]] = []
    for i in range(n + 1):
        lo, hi = band[i]
        width = hi - lo + 1
        none = [_INF] * width
        by_kind = [none] * 6  # per kind of _BEADS (the null ones are done below)
        prev1: tuple[list[float], int, int] = (none, 1, 0)  # an empty range before row 0
        if i >= 1:
            prev1 = (costs[i - 1], *band[i - 1])
            by_kind[0] = _bead_costs(pb, cols, 0, i, (lo, hi), prev1, evidence)
            by_kind[4] = _bead_costs(pb, cols, 4, i, (lo, hi), prev1, evidence)
        if i >= 2:
            prev2 = (costs[i - 2], *band[i - 2])
            by_kind[3] = _bead_costs(pb, cols, 3, i, (lo, hi), prev2, evidence)
            by_kind[5] = _bead_costs(pb, cols, 5, i, (lo, hi), prev2, evidence)
        c11, _, _, c21, c12, c22 = by_kind
        row1, lo1, hi1 = prev1
        rowc = [_INF] * width
        rowb = [-1] * width
        sp = spara[i]
        for x in range(width):
            j = lo + x
            best, arg = (0.0, -1) if i == 0 and j == 0 else (c11[x], 0 if c11[x] < _INF else -1)
            if lo1 <= j <= hi1 and row1[j - lo1] != _INF:
                c = row1[j - lo1] + null10 + null_cost
                if c < best:
                    best, arg = c, 1
            if x and rowc[x - 1] != _INF:
                c = rowc[x - 1] + null01 + null_cost
                if c < best:
                    best, arg = c, 2
            if c21[x] < best:
                best, arg = c21[x], 3
            if c12[x] < best:
                best, arg = c12[x], 4
            if c22[x] < best:
                best, arg = c22[x], 5
            if sp and tpara[j]:
                best -= pbonus
            rowc[x] = best
            rowb[x] = arg
        costs.append(rowc)
        backs.append(rowb)
    return _backtrack(costs, backs, band, n, pb.m)


def _backtrack(
    costs: list[list[float]], backs: list[list[int]], band: list[tuple[int, int]], n: int, m: int
) -> list[tuple[int, int]] | None:
    """The corner points of the best path ending at (n, m), or None if (n, m) is unreachable."""
    lo_n = band[n][0]
    if not band[n][0] <= m <= band[n][1] or costs[n][m - lo_n] == _INF:
        return None
    path = [(n, m)]
    i, j = n, m
    while (i, j) != (0, 0):
        a, b, _ = _BEADS[backs[i][j - band[i][0]]]
        i, j = i - a, j - b
        path.append((i, j))
    path.reverse()
    return path


def _touches_edge(path: list[tuple[int, int]], band: list[tuple[int, int]], m: int) -> bool:
    """True if the path runs along the band's edge: a wider band might find a better one."""
    return any((j <= band[i][0] + 1 and band[i][0] > 0) or (j >= band[i][1] - 1 and band[i][1] < m) for i, j in path)


def _calibrate(pb: _Problem, path: list[tuple[int, int]]) -> bool:
    """Set the similarity's offset and scale from the first path; False if it is useless.

    A similarity's scale depends on what it is (chrF of an MT, trigram overlap): the 1-1 rows
    of the length-and-anchor path and their neighbours one row off stand for true and false
    pairs. Similarity then counts as evidence both ways: above the midpoint it pulls a row
    together, below it pushes it apart, so it cannot make a 1-1 row out of a left-out
    sentence just by adding a bonus.
    """
    on: list[float] = []
    off: list[float] = []
    for (i0, j0), (i1, j1) in pairwise(path):
        if i1 - i0 == 1 and j1 - j0 == 1:
            on.append(pb.sim(i0, i1, j0, j1))
            if j1 < pb.m:
                off.append(pb.sim(i0, i1, j1, j1 + 1))
    if len(on) < 3 or not off:
        return False
    mean_on, mean_off = sum(on) / len(on), sum(off) / len(off)
    if mean_on - mean_off < 0.02:
        return False
    pb.sim_offset = (mean_on + mean_off) / 2
    pb.sim_scale = 1 / (mean_on - mean_off)
    return True


def _align_block(pb: _Problem, use_sim: bool) -> list[Bead]:
    """Align one gap (no fixed beads inside)."""
    n, m = pb.n, pb.m
    if n == 0 or m == 0:
        return [Bead(i, i + 1, 0, 0, 0.0) for i in range(n)] + [Bead(0, 0, j, j + 1, 0.0) for j in range(m)]
    # Start narrow and widen while the best path hugs the band's edge.
    width = pb.p.band
    first_lex = pb.p.lexical_first
    while True:
        band = _diagonal_band(n, m, width)
        path = _dp(pb, band, pb.evidence(False, first_lex))
        if path is not None and (not _touches_edge(path, band, m) or width >= max(n, m)):
            break
        width *= 2
    if use_sim and _calibrate(pb, path):
        path = _dp(pb, _path_band(path, n, m, pb.p.refine_band), pb.evidence(True, False)) or path
    elif pb.lex is not None and not first_lex:
        path = _dp(pb, _path_band(path, n, m, pb.p.refine_band), pb.evidence(False, True)) or path
    return [Bead(i0, i1, j0, j1, pb.confidence(i0, i1, j0, j1, use_sim)) for (i0, j0), (i1, j1) in pairwise(path)]


def length_ratio(src: Sequence[str], tgt: Sequence[str]) -> float:
    """Target characters per source character, estimated from the two texts."""
    ls = sum(len(s.strip()) for s in src)
    lt = sum(len(t.strip()) for t in tgt)
    if ls == 0 or lt == 0:
        return 1.0
    return lt / ls


def paragraph_starts(content: str, spans: Sequence[tuple[int, int]]) -> set[int]:
    """Indexes of the sentences that begin a line of ``content`` (a paragraph or a headline),
    from the sentences' (start, end) offsets; the soft anchors of :func:`align`."""
    out = set()
    prev_end = 0
    for k, (start, end) in enumerate(spans):
        if k == 0 or "\n" in content[prev_end:start]:
            out.add(k)
        prev_end = end
    return out


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


def align(
    src: Sequence[str],
    tgt: Sequence[str],
    *,
    src_lang: str,
    tgt_lang: str,
    similarity: Similarity | None = None,
    fixed: Sequence[Bead] = (),
    anchors: bool = True,
    params: Params | None = None,
    paragraphs: tuple[Collection[int], Collection[int]] | None = None,
    lexical: bool = True,
) -> list[Bead]:
    """Align the sentences of an original (``src``) with those of its translation (``tgt``).

    Returns beads in order that cover every sentence of both sides exactly once (1-1, 1-2,
    2-1, 1-0, 0-1, 2-2). ``fixed`` beads (manual links) are returned unchanged and only the
    gaps between them are aligned; they must not overlap or cross (``ValueError``).
    ``similarity(src_text, tgt_text) -> 0..1`` (e.g. chrF of an MT of the source against
    the target) is blended in when given; without one, ``lexical`` uses the model-free
    word lexicon of :mod:`sverka.core.align_lexicon` (``anchors=False, lexical=False`` is
    plain length alignment).
    ``paragraphs`` = (source, target) indexes of the sentences that start a paragraph (or a
    headline's line): soft anchors. The language pair picks the fitted length model.
    """
    params = params or Params()
    n, m = len(src), len(tgt)
    # Without a caller's similarity, the lexicon's word evidence (per block, since its
    # chance rates are the block's own); pairs without a lexicon get the trigram overlap.
    use_lexicon = similarity is None and lexical and n > 0 and m > 0
    if use_lexicon and lexicon(src_lang, tgt_lang) is None:
        similarity, use_lexicon = lexical_similarity(src_lang, tgt_lang), False
    model = for_texts(
        length_model(src_lang, tgt_lang),
        sum(len(s.strip()) for s in src),
        sum(len(t.strip()) for t in tgt),
        min(n, m),
        params.ratio_prior,
    )
    bits: dict[str, int] = {}
    anchor_sets = None
    if anchors:
        src_masks, tgt_masks = _masks(sentence_anchors(src), bits), _masks(sentence_anchors(tgt), bits)
        strong = bits.get("!", 0)
        anchor_sets = _Anchors(
            src_masks,
            tgt_masks,
            strong,
            _masks([excused_keys(s) for s in src], bits),
            _masks([excused_keys(t) for t in tgt], bits),
        )
    out: list[Bead] = []
    ps = pt = 0
    for f in [*_check_fixed(fixed, n, m), None]:
        es, et = (f.src_from, f.tgt_from) if f else (n, m)
        if es > ps or et > pt:
            paras = (_starts(es - ps, paragraphs[0], ps), _starts(et - pt, paragraphs[1], pt)) if paragraphs else None
            sub = _Problem(
                src[ps:es],
                tgt[pt:et],
                model,
                params,
                anchor_sets.block(ps, es, pt, et) if anchor_sets else None,
                similarity,
                paras,
                lexical_evidence(src_lang, tgt_lang, src[ps:es], tgt[pt:et], params.lexical_q1)
                if use_lexicon and es > ps and et > pt
                else None,
            )
            out.extend(
                Bead(b.src_from + ps, b.src_to + ps, b.tgt_from + pt, b.tgt_to + pt, b.score)
                for b in _align_block(sub, similarity is not None)
            )
        if f is not None:
            out.append(f)
            ps, pt = f.src_to, f.tgt_to
    return out


@dataclass(frozen=True, slots=True)
class AlignJob:
    """One translation to align, as plain data (what a worker process receives)."""

    src: list[str]
    tgt: list[str]
    src_lang: str
    tgt_lang: str
    fixed: list[Bead]
    paragraphs: tuple[set[int], set[int]]


def align_jobs(jobs: Sequence[AlignJob]) -> list[list[Bead] | str]:
    """:func:`align` of each job: its beads, or the message of the ``ValueError`` it raised
    (manual links that no longer fit). Module-level, so a worker process can run it."""
    out: list[list[Bead] | str] = []
    for job in jobs:
        try:
            out.append(
                align(
                    job.src,
                    job.tgt,
                    src_lang=job.src_lang,
                    tgt_lang=job.tgt_lang,
                    fixed=job.fixed,
                    paragraphs=job.paragraphs,
                )
            )
        except ValueError as exc:
            out.append(str(exc))
    return out
