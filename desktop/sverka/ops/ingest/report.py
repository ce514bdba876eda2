"""What an import reports: counts, errors, and the articles it touched.

The post-import steps (alignment, names: :mod:`sverka.ops.workflows.post_import`) work on
:attr:`ImportReport.touched_article_ids`, the same set in the CLI and the GUI.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class ImportReport:
    """What an import did. ``article_ids``: the articles it created; ``grown_article_ids``:
    articles already in the project that gained a translation. Post-import work (alignment,
    names) covers :attr:`touched_article_ids`, both together.
    """

    articles: int = 0
    texts: int = 0
    sentences: int = 0
    duplicates: int = 0
    errors: list[str] = field(default_factory=list)
    article_ids: list[str] = field(default_factory=list)
    grown_article_ids: list[str] = field(default_factory=list)
    cancelled: bool = False
    # Both lists above as a set: a 10,000-article import checks membership once per article.
    _listed: set[str] = field(default_factory=set, init=False, repr=False, compare=False)

    @property
    def touched_article_ids(self) -> list[str]:
        """Every article the import added texts to: the new ones, then the grown ones."""
        return [*self.article_ids, *self.grown_article_ids]

    def record_new(self, article_id: str) -> None:
        self.article_ids.append(article_id)
        self._listed.add(article_id)

    def record_grown(self, article_id: str) -> None:
        # An article created earlier in this import (or grown already) is listed once.
        if article_id not in self._listed:
            self.grown_article_ids.append(article_id)
            self._listed.add(article_id)
