"""Build a tiny but real Argos Translate package offline, for tests and the MT benchmark.

The package is what argostranslate itself would install: a zip holding one folder with
``metadata.json``, a ``sentencepiece.model`` trained here on a few hundred real sentences,
and a CTranslate2 Transformer ``model/`` written from a spec with seeded random weights
(int8). Its output is gibberish, but it is *deterministic* and it exercises the real
tokenizer → CTranslate2 → detokenizer path.

A random decoder rarely emits ``</s>`` by itself and would decode to the length cap every
time, which makes throughput figures meaningless. So the decoder's position encodings carry
a ramp in one dimension and the ``</s>`` row of the output projection reads it: end of
sentence becomes likely after roughly ``EOS_AFTER`` tokens, with some jitter from the random
part, like real output lengths.
"""

from __future__ import annotations

import json
import os
import random
import zipfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import pytest

# /work/main/tests/support/tiny_argos.py -> /work/shared/corpora (tests may read ../shared)
_DEFAULT_CORPORA = Path(__file__).resolve().parents[3] / "shared" / "corpora"
CORPORA = Path(os.environ.get("SVERKA_CORPORA", _DEFAULT_CORPORA))
FLORES = CORPORA / "flores200-devtest"
FLORES_FILES = {"en": "eng_Latn.devtest", "ru": "rus_Cyrl.devtest", "kk": "kaz_Cyrl.devtest"}


# Tuned by hand on FLORES ru: outputs of 16-53 tokens (mean ~39) for inputs of ~60 tokens.
RAMP_SCALE = 4.0
EOS_WEIGHT = 1.0


@dataclass(frozen=True)
class TinyConfig:
    """Model size; the default keeps a build near a few seconds on 2 cores."""

    vocab_size: int = 4000
    d_model: int = 256
    layers: int = 3
    heads: int = 4
    ffn: int = 1024
    eos_after: int = 24  # tokens; see the module docstring
    max_positions: int = 512


def corpus_lines(lang: str, limit: int | None = None) -> list[str]:
    """Real FLORES sentences in ``lang`` (``ru``, ``en``, ``kk``); synthetic ones if absent.

    The synthetic fallback keeps the fixture usable where ``../shared`` is not mounted.
    """
    path = FLORES / FLORES_FILES[lang]
    if path.is_file():
        lines = [line.strip() for line in path.read_text(encoding="utf-8").splitlines()]
        lines = [line for line in lines if line]
    else:
        lines = list(_synthetic_lines(lang, 1000))
    return lines[:limit] if limit else lines


def _synthetic_lines(lang: str, count: int) -> Iterator[str]:
    rng = random.Random(lang)
    latin = "abcdefghijklmnopqrstuvwxyz"
    alphabet = latin if lang == "en" else "абвгдежзиклмнопрстуфхцчшыэюяәіңғүұқөһ"
    for _ in range(count):
        n_words = rng.randint(5, 25)
        words = ["".join(rng.choices(alphabet, k=rng.randint(2, 9))) for _ in range(n_words)]
        yield " ".join(words).capitalize() + "."


def train_sentencepiece(lines: Sequence[str], prefix: Path, vocab_size: int) -> Path:
    """Train a unigram SentencePiece model on ``lines``; returns the ``.model`` path."""
    import sentencepiece as spm

    spm.SentencePieceTrainer.train(
        sentence_iterator=iter(lines),
        model_prefix=str(prefix),
        vocab_size=vocab_size,
        character_coverage=1.0,
        model_type="unigram",
        # The trainer is chatty and multi-threaded by default; keep test logs clean.
        minloglevel=2,
        num_threads=2,
        hard_vocab_limit=False,
    )
    return prefix.with_suffix(".model")


def _pieces(sp_model: Path) -> list[str]:
    import sentencepiece as spm

    sp = spm.SentencePieceProcessor(model_file=str(sp_model))
    return [sp.id_to_piece(i) for i in range(sp.get_piece_size())]


class _Filler:
    """Gives every required weight of a Transformer spec a seeded random value."""

    def __init__(self, rng: np.random.Generator, d: int, ffn: int, vocab: int) -> None:
        self.rng, self.d, self.ffn, self.vocab = rng, d, ffn, vocab

    def normal(self, *shape: int, scale: float = 1.0) -> np.ndarray:
        return (self.rng.standard_normal(shape) * scale / np.sqrt(shape[-1])).astype(np.float32)

    def linear(self, lin: Any, out: int, inp: int) -> None:
        lin.weight = self.normal(out, inp)
        lin.bias = np.zeros(out, np.float32)

    def norm(self, ln: Any) -> None:
        ln.gamma = np.ones(self.d, np.float32)
        ln.beta = np.zeros(self.d, np.float32)

    def leaf(self, node: object) -> bool:
        """Fill ``node`` if it is a known layer; False means: look at its children."""
        from ctranslate2.specs import attention_spec, common_spec
        from ctranslate2.specs.transformer_spec import FeedForwardSpec

        d = self.d
        if isinstance(node, attention_spec.MultiHeadAttentionSpec):
            self.norm(node.layer_norm)
            # self-attention: fused QKV + output; cross-attention: query, fused KV, output
            shapes = [(3 * d, d), (d, d)] if len(node.linear) == 2 else [(d, d), (2 * d, d), (d, d)]
            for lin, (out, inp) in zip(node.linear, shapes, strict=True):
                self.linear(lin, out, inp)
        elif isinstance(node, FeedForwardSpec):
            self.norm(node.layer_norm)
            self.linear(node.linear_0, self.ffn, d)
            self.linear(node.linear_1, d, self.ffn)
        elif isinstance(node, common_spec.LayerNormSpec):
            self.norm(node)
        elif isinstance(node, common_spec.EmbeddingsSpec):
            node.weight = self.normal(self.vocab, d, scale=np.sqrt(d) / 4)
        else:
            return False
        return True

    def visit(self, node: object) -> None:
        if self.leaf(node):
            return
        for name, child in list(vars(node).items()):
            if name.startswith("_"):
                continue
            for item in child if isinstance(child, list) else [child]:
                if hasattr(item, "__dict__") and not isinstance(item, np.generic | np.ndarray):
                    self.visit(item)


def build_ct2_model(out_dir: Path, sp_model: Path, *, seed: int, config: TinyConfig) -> Path:
    """Write a random-weight int8 CTranslate2 Transformer using ``sp_model``'s pieces."""
    import ctranslate2

    pieces = _pieces(sp_model)
    vocab = len(pieces)
    d = config.d_model
    spec = ctranslate2.specs.TransformerSpec.from_config((config.layers, config.layers), config.heads)
    rng = np.random.default_rng(seed)
    _Filler(rng, d, config.ffn, vocab).visit(spec)
    dec = spec.decoder
    dec.projection.weight = (rng.standard_normal((vocab, d)) / np.sqrt(d)).astype(np.float32)
    bias = np.zeros(vocab, np.float32)
    # Never predict <unk> or <s>; and make </s> track the position ramp below.
    eos = pieces.index("</s>")
    bias[pieces.index("<unk>")] = -1e4
    bias[pieces.index("<s>")] = -1e4
    dec.projection.bias = bias
    ramp_dim = 0
    positions = _sinusoids(config.max_positions, d)
    steps = np.arange(config.max_positions, dtype=np.float64)
    positions[:, ramp_dim] = (2.0 * steps / config.eos_after - 1.0) * RAMP_SCALE
    dec.position_encodings.encodings = positions.astype(np.float32)
    enc_positions = _sinusoids(config.max_positions, d)
    spec.encoder.position_encodings.encodings = enc_positions.astype(np.float32)
    row = np.zeros(d, np.float32)
    row[ramp_dim] = EOS_WEIGHT
    dec.projection.weight[eos] = row
    spec.register_source_vocabulary(pieces)
    spec.register_target_vocabulary(pieces)
    spec.validate()
    spec.optimize(quantization="int8")
    out_dir.mkdir(parents=True, exist_ok=True)
    spec.save(str(out_dir))
    return out_dir


def _sinusoids(length: int, depth: int) -> np.ndarray:
    half = depth // 2
    scales = np.exp(-np.log(10000.0) * np.arange(half) / max(half - 1, 1))
    angles = np.arange(length)[:, None] * scales[None, :]
    return np.concatenate([np.sin(angles), np.cos(angles)], axis=1)


def package_name(from_code: str, to_code: str) -> str:
    """The folder/file stem argospm uses: ``translate-ru_en``."""
    return f"translate-{from_code}_{to_code}"


def build_package(
    out_dir: Path,
    from_code: str = "ru",
    to_code: str = "en",
    *,
    sp_model: Path | None = None,
    seed: int = 0,
    config: TinyConfig | None = None,
    package_version: str = "1.0",
) -> Path:
    """Build ``out_dir/translate-FROM_TO.argosmodel`` and return its path.

    Pass ``sp_model`` to reuse one trained tokenizer across several packages (faster).
    """
    config = config or TinyConfig()
    name = package_name(from_code, to_code)
    work = out_dir / f"{name}.build"
    root = work / name
    root.mkdir(parents=True, exist_ok=True)
    if sp_model is None:
        lines = corpus_lines(from_code, 400) + corpus_lines(to_code, 400)
        sp_model = train_sentencepiece(lines, work / "sp", config.vocab_size)
    (root / "sentencepiece.model").write_bytes(sp_model.read_bytes())
    build_ct2_model(root / "model", sp_model, seed=seed, config=config)
    metadata = {
        "package_version": package_version,
        "argos_version": "1.0",
        "from_code": from_code,
        "from_name": from_code.upper(),
        "to_code": to_code,
        "to_name": to_code.upper(),
        "type": "translate",
        "links": [],
    }
    (root / "metadata.json").write_text(json.dumps(metadata, indent=2), encoding="utf-8")
    (root / "README.md").write_text("Tiny random-weight test package built by Sverka's tests.\n")
    archive = out_dir / f"{name}.argosmodel"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as zf:
        for path in sorted(root.rglob("*")):
            zf.write(path, path.relative_to(work).as_posix())
    return archive


@dataclass(frozen=True)
class TinyPackages:
    """The archives the ``tiny_argos`` fixture builds once per test session."""

    ru_en: Path
    kk_ru: Path
    folder: Path


def build_all(folder: Path, config: TinyConfig | None = None) -> TinyPackages:
    """ru→en and kk→ru packages (for pivot tests) sharing one SentencePiece model."""
    folder.mkdir(parents=True, exist_ok=True)
    cfg = config or TinyConfig()
    lines = corpus_lines("ru", 300) + corpus_lines("en", 300) + corpus_lines("kk", 300)
    sp_model = train_sentencepiece(lines, folder / "shared-sp", cfg.vocab_size)
    ru_en = build_package(folder, "ru", "en", sp_model=sp_model, seed=1, config=cfg)
    kk_ru = build_package(folder, "kk", "ru", sp_model=sp_model, seed=2, config=cfg)
    return TinyPackages(ru_en=ru_en, kk_ru=kk_ru, folder=folder)


@pytest.fixture(scope="session")
def tiny_argos(tmp_path_factory: pytest.TempPathFactory) -> TinyPackages:
    """Build the tiny ru→en and kk→ru ``.argosmodel`` files once per session."""
    return build_all(tmp_path_factory.mktemp("tiny-argos"))
