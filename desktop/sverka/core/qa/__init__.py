"""Translation QA checks on aligned rows (numbers, names, omissions, untranslated text…).

Pure Python, no storage: :func:`check_row` runs every check on one alignment row;
``sverka.ops.qa`` runs them over a project's aligned translations.
"""

from sverka.core.qa.checks import KINDS, Name, Row, RowFinding, check_row
from sverka.core.qa.numbers import compare_numbers, numbers

__all__ = ["KINDS", "Name", "Row", "RowFinding", "check_row", "compare_numbers", "numbers"]
