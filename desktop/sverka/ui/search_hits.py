"""Search hits in the sentences: marked in both columns, counted ("hit 3 of 17") and stepped
through with F3 / Shift+F3 across the articles the search found (Enter in the search field
goes to the first). With "Every spelling of a name" the hits include every mention of the
entity the query names (:mod:`sverka.ops.views.search_hits`).

A part built with the :class:`~sverka.ui.workbench.Workbench`: a highlighter of the sentence
delegate, two Edit-menu actions, and the hit count in the article panel.
"""

from __future__ import annotations

from sverka.ops.history import Changes
from sverka.ops.views.search_hits import MAX_HITS, Hit, find_hits
from sverka.ui.actions import top_menu
from sverka.ui.highlight import Highlight, Index
from sverka.ui.models.alignment import cell_sentence_offsets
from sverka.ui.qt import QAction, QKeySequence, QObject
from sverka.ui.workbench import Workbench


class SearchHits(QObject):
    """The hits of the article list's current search, and which one the user is on."""

    def __init__(self, bench: Workbench) -> None:
        super().__init__(bench.window)
        self.bench = bench
        self.hits: list[Hit] = []
        self.by_sentence: dict[str, list[Hit]] = {}
        self.number: dict[Hit, int] = {}
        self.current = -1
        self._query: tuple[str, bool, tuple[str, ...]] | None = None
        panel = bench.articles
        panel.model.modelReset.connect(self.refresh)
        panel.model.layoutChanged.connect(lambda *_: self.refresh())  # sorted: hits follow the rows
        panel.search.returnPressed.connect(lambda: self.step(1) if self.current < 0 else None)
        bench.view.delegate.add_highlighter(self)
        bench.undo.changed.connect(self._changed)
        tr = bench.window.tr
        self.next_action = self._action(tr("Next search &hit"), "F3", 1)
        self.previous_action = self._action(tr("Previous search hit"), "Shift+F3", -1)
        menu = top_menu(bench.window, "edit")
        if menu is not None:
            menu.addSeparator()
            menu.addActions([self.next_action, self.previous_action])

    def _action(self, text: str, key: str, delta: int) -> QAction:
        action = QAction(text, self.bench.window)
        action.setShortcut(QKeySequence(key))
        action.setToolTip(self.bench.window.tr("Go to the next / previous hit of the search, in any article"))
        action.triggered.connect(lambda: self.step(delta))
        self.bench.window.addAction(action)
        return action

    # --- finding -----------------------------------------------------------------------------

    def refresh(self, force: bool = False) -> None:
        """Find the hits again after the search (or the list it filters) changed."""
        panel, project = self.bench.articles, self.bench.context.project
        flt = panel.model.filter
        ids = tuple(panel.model.ids()) if flt.text.strip() else ()
        query = (flt.text, flt.names, ids)
        if query == self._query and not force:
            return
        self._query = query
        if project is None or not ids:
            self.hits = []
        else:
            with project.sessions() as session:
                self.hits = find_hits(session, flt.text, list(ids), names=flt.names)
        self.by_sentence = {}
        self.number = {hit: n for n, hit in enumerate(self.hits, start=1)}
        for hit in self.hits:
            self.by_sentence.setdefault(hit.sentence_id, []).append(hit)
        self.current = -1
        self._show_count()
        self.bench.view.viewport().update()

    def _changed(self, changes: Changes) -> None:
        if (self.hits and changes.sentences & set(self.by_sentence)) or (changes.articles and self._query):
            self.refresh(force=True)  # a post-edit or an import can move or make hits

    def _show_count(self) -> None:
        label, tr = self.bench.articles.hits, self.bench.window.tr
        if not self._query or not self._query[0].strip():
            label.setText("")
        elif not self.hits:
            label.setText(tr("no hits"))
        else:
            total = f"{len(self.hits)}+" if len(self.hits) >= MAX_HITS else str(len(self.hits))
            if self.current < 0:
                label.setText(tr("%1 hits").replace("%1", total) if len(self.hits) != 1 else tr("1 hit"))
            else:
                label.setText(tr("hit %1 of %2").replace("%1", str(self.current + 1)).replace("%2", total))

    # --- moving ------------------------------------------------------------------------------

    def step(self, delta: int) -> Hit | None:
        """Go to the next (1) or previous (-1) hit, opening its article; wraps around."""
        if not self.hits:
            self.refresh()
        if not self.hits:
            return None
        if self.current < 0:
            self.current = 0 if delta > 0 else len(self.hits) - 1
        else:
            self.current = (self.current + delta) % len(self.hits)
        hit = self.hits[self.current]
        self.bench.nav.show_article(hit.article_id, hit.sentence_id)
        self._show_count()
        self.bench.view.viewport().update()
        return hit

    # --- the highlighter ---------------------------------------------------------------------

    def highlights(self, index: Index) -> list[Highlight]:
        if not self.by_sentence:
            return []
        out: list[Highlight] = []
        for sid, offset, lead, shown in cell_sentence_offsets(index):
            for hit in self.by_sentence.get(sid, ()):
                start, end = hit.start - lead, hit.end - lead
                if start >= 0 and end <= shown:
                    number = self.number.get(hit, 0)
                    tip = self.bench.window.tr("search hit %1 of %2").replace("%1", str(number))
                    out.append(Highlight(offset + start, offset + end, tip.replace("%2", str(len(self.hits)))))
        return out
