"""Datasets out: records built from an explicit list of field sets, written by one writer per format.

- :mod:`.options` — :class:`ExportOptions`: which articles, which translation, which field sets.
- :mod:`.fields` — the field sets (core, translation, review/MQM, names, normalized names);
  each fills its own keys of the records of a chunk of articles.
- :mod:`.records` — the record stream: one record per original sentence, chunk by chunk.
- :mod:`.writers` — one module per format (JSONL, CSV, the WMT MQM TSV) and the atomic file write.
"""
