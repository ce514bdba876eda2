"""The start of an import's worker process (see :mod:`sverka.cpu_pool`).

A worker runs ``sverka.ops.ingest.prepare.prepare_batch``, ``sverka.core.align.align_jobs``
and ``sverka.core.names.matcher.find_mentions_many``; nothing imported here loads SQLAlchemy
or the models (half a second of every worker's start, and every big import starts its own).
"""

from __future__ import annotations


def warm_worker() -> None:
    """What the first jobs would otherwise each wait for: the modules, the aligner's
    lexicons, the gazetteer, the language profiles."""
    from sverka.core.align import align_jobs  # noqa: F401  (imported: the aligner's tables)
    from sverka.core.align_lexicon import lexicon
    from sverka.core.names import load_gazetteer
    from sverka.core.segment import segment_spans
    from sverka.ops.ingest.prepare import cached_detector

    lexicon("ru", "en")
    load_gazetteer()
    cached_detector(None).detect_text("Прогрев. Warm-up.")
    segment_spans("Warm. Up.", "en")
