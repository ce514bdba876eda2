"""Label suggestions: a light multi-label text classifier per schema (pure; no database, no Qt).

- :mod:`.available` — whether scikit-learn (the optional ``suggest`` extra) is installed, and
  the one line that says how to get it;
- :mod:`.classifier` — training on labeled units (a sentence with its aligned counterpart),
  predicting confidences, uncertainty, and cross-validated precision/recall/F1 per label.

scikit-learn pulls scipy (~100 MB), so it is imported only inside the functions that train or
predict, never at module import: the base install stays without it.
"""
