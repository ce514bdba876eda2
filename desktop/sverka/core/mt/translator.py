"""Translate sentences with installed Argos models, straight through CTranslate2.

argostranslate's own ``translate()`` re-splits every text into sentences (MiniSBD/stanza,
which need downloads and torch) and batches by tokens, so each call carries about one
sentence. Sverka already has its own segmentation, so it loads the package's CTranslate2
model and SentencePiece tokenizer directly and sends many sentences per
``translate_batch`` call: several times faster, no torch, nothing on the network.

Sentences are sorted by length before batching (less padding), and each finished batch
is yielded at once, so a caller can save it and a cancel loses at most one batch.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sverka.core.mt.packages import InstalledModel, ModelError, installed_models
from sverka.progress import CancelToken, Progress, no_progress


def cpu_cores() -> int:
    """Cores this process may use (affinity-aware where the OS tells us)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # macOS, Windows
        return max(1, os.cpu_count() or 1)


@dataclass(frozen=True)
class MtOptions:
    """Decoding and threading settings; they change output, so they enter the cache key."""

    beam_size: int = 2
    batch_sentences: int = 64  # sentences per yielded batch: progress/cancel granularity
    max_batch_size: int = 16  # sentences per CTranslate2 sub-batch, spread over inter_threads
    inter_threads: int = 0  # 0: chosen from the core count
    intra_threads: int = 0
    compute_type: str = "int8"
    max_decoding_length: int = 256
    max_input_length: int = 1024

    def threads(self) -> tuple[int, int]:
        """(inter, intra) with inter×intra ≤ cores; oversubscribing only adds contention."""
        cores = cpu_cores()
        inter = min(self.inter_threads or 2, cores)
        intra = min(self.intra_threads or cores, max(1, cores // inter))
        return inter, intra

    def key(self) -> str:
        """The output-affecting part, for cache keys."""
        return f"beam{self.beam_size}"


class PackageTranslator:
    """One installed package, loaded: tokenizer + CTranslate2 translator."""

    def __init__(self, model: InstalledModel, options: MtOptions) -> None:
        try:
            import ctranslate2
            import sentencepiece as spm
        except ImportError as exc:
            raise ModelError("machine translation needs the mt extra: pip install 'sverka[mt]'") from exc
        self.model = model
        self.options = options
        inter, intra = options.threads()
        try:
            self._sp = spm.SentencePieceProcessor(model_file=str(model.path / "sentencepiece.model"))
            self._ct2 = ctranslate2.Translator(
                str(model.path / "model"),
                device="cpu",
                compute_type=options.compute_type,
                inter_threads=inter,
                intra_threads=intra,
            )
        except (OSError, RuntimeError, ValueError) as exc:
            raise ModelError(f"{model.path}: cannot load model ({exc})") from exc

    def submit(self, sentences: Sequence[str]) -> _Pending:
        """Queue one batch on CTranslate2's worker threads and return at once."""
        todo = [i for i, s in enumerate(sentences) if s.strip()]
        tokens = [self._sp.encode(sentences[i].strip(), out_type=str) for i in todo]
        prefix = self.model.target_prefix
        kwargs: dict[str, Any] = {}
        if prefix:
            kwargs["target_prefix"] = [[prefix]] * len(tokens)
        results = (
            self._ct2.translate_batch(
                tokens,
                beam_size=self.options.beam_size,
                max_batch_size=self.options.max_batch_size,
                batch_type="examples",
                max_decoding_length=self.options.max_decoding_length,
                max_input_length=self.options.max_input_length,
                replace_unknowns=True,
                asynchronous=True,
                **kwargs,
            )
            if tokens
            else []
        )
        return _Pending(len(sentences), todo, results)

    def collect(self, pending: _Pending) -> list[str]:
        """Wait for a submitted batch and detokenize it; blank inputs give blank outputs."""
        out = ["" for _ in range(pending.size)]
        prefix = self.model.target_prefix
        for i, job in zip(pending.todo, pending.results, strict=True):
            pieces = job.result().hypotheses[0]
            if prefix and pieces and pieces[0] == prefix:
                pieces = pieces[1:]
            out[i] = self._sp.decode(pieces).strip()
        return out

    def translate(self, sentences: Sequence[str]) -> list[str]:
        """Translate one batch synchronously (the caller slices for progress and cancel)."""
        return self.collect(self.submit(sentences))


@dataclass(frozen=True)
class _Pending:
    size: int
    todo: list[int]
    results: list[Any]


def find_route(models: Sequence[InstalledModel], from_code: str, to_code: str) -> list[InstalledModel]:
    """The shortest chain of packages from ``from_code`` to ``to_code`` (direct first).

    Breadth-first over language codes, so kk→en finds kk→ru→en when only those exist.
    Raises :class:`ModelError` when no chain exists.
    """
    if from_code == to_code:
        raise ModelError(f"{from_code}→{to_code}: source and target language are the same")
    paths: dict[str, list[InstalledModel]] = {from_code: []}
    queue = deque([from_code])
    while queue:
        lang = queue.popleft()
        for model in models:
            if model.from_code != lang or model.to_code in paths:
                continue
            paths[model.to_code] = [*paths[lang], model]
            if model.to_code == to_code:
                return paths[to_code]
            queue.append(model.to_code)
    have = ", ".join(f"{m.from_code}→{m.to_code}" for m in models) or "none"
    raise ModelError(f"no model translates {from_code}→{to_code} (installed: {have})")


class Translator:
    """Translate ``from_code``→``to_code`` through one package or a pivot chain."""

    def __init__(self, route: Sequence[InstalledModel], options: MtOptions | None = None) -> None:
        if not route:
            raise ModelError("empty translation route")
        self.options = options or MtOptions()
        self.route = list(route)
        self.steps = [PackageTranslator(model, self.options) for model in self.route]

    @property
    def from_code(self) -> str:
        return self.route[0].from_code

    @property
    def to_code(self) -> str:
        return self.route[-1].to_code

    @property
    def model_id(self) -> str:
        """What machine texts record: ``argos/translate-kk_ru@1.0 > argos/translate-ru_en@1.1``."""
        return " > ".join(model.model_id for model in self.route)

    @property
    def cache_key(self) -> str:
        """Model chain plus output-affecting options, for ``mt_cache.model_key``."""
        return f"{self.model_id};{self.options.key()}"

    def iter_batches(
        self,
        sentences: Sequence[str],
        *,
        progress: Progress = no_progress,
        cancel: CancelToken | None = None,
    ) -> Iterator[list[tuple[int, str]]]:
        """Yield ``[(index, translation), …]`` batch by batch, longest sentences first.

        Between batches the cancel token is checked (raising ``Cancelled``); every batch
        yielded before that is complete, so the caller keeps it.
        """
        total = len(sentences)
        blank = [i for i in range(total) if not sentences[i].strip()]
        # Sorting by length groups similar sentences, so sub-batches carry little padding.
        order = sorted(
            (i for i in range(total) if sentences[i].strip()),
            key=lambda i: len(sentences[i]),
            reverse=True,
        )
        size = max(1, self.options.batch_sentences)
        chunks = [order[start : start + size] for start in range(0, len(order), size)]
        first, rest = self.steps[0], self.steps[1:]
        done = len(blank)
        progress(0, total, "translating")
        if blank:
            yield [(i, "") for i in blank]
            progress(done, total, "translating")
        pending = first.submit([sentences[i] for i in chunks[0]]) if chunks else None
        for k, chunk in enumerate(chunks):
            if cancel is not None:
                cancel.raise_if_cancelled()
            # Queue the next batch before waiting on this one, so CTranslate2's workers never
            # idle at a batch boundary; a cancel wastes at most that one batch.
            upcoming = first.submit([sentences[i] for i in chunks[k + 1]]) if k + 1 < len(chunks) else None
            assert pending is not None
            outputs = first.collect(pending)
            for step in rest:
                outputs = step.translate(outputs)
            pending = upcoming
            done += len(chunk)
            yield list(zip(chunk, outputs, strict=True))
            progress(done, total, "translating")

    def translate(
        self,
        sentences: Sequence[str],
        *,
        progress: Progress = no_progress,
        cancel: CancelToken | None = None,
    ) -> list[str]:
        """Translate all ``sentences``, keeping their order."""
        out = ["" for _ in sentences]
        for batch in self.iter_batches(sentences, progress=progress, cancel=cancel):
            for index, text in batch:
                out[index] = text
        return out


def load_translator(
    from_code: str,
    to_code: str,
    options: MtOptions | None = None,
    models_dir: Path | None = None,
) -> Translator:
    """A :class:`Translator` over the installed models, pivoting when needed."""
    route = find_route(installed_models(models_dir), from_code, to_code)
    return Translator(route, options)
