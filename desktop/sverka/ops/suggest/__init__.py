"""Label suggestions from a model trained on the project's people's labels (issue 16).

- :mod:`.units` — the text of a unit: a sentence with its aligned counterpart;
- :mod:`.training` — the training units of a schema (people's labels only, never gold or a
  model's), the schema to use, and a cheap fingerprint of the labels;
- :mod:`.model` — training (cached in memory per project and schema while the labels are
  unchanged), suggestions for sentences, the sentences still to label;
- :mod:`.evaluate` — cross-validated precision/recall/F1 per label, split by article.

Writing suggestions (accepting them, pre-labeling as a model annotator) composes this package
with annotation, so it lives in :mod:`sverka.ops.workflows.suggestions`.
"""
