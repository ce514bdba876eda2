"""Search hits in the sentences: marked in both columns, counted ("hit 3 of 17") and stepped
through with F3 / Shift+F3 across the articles the search found (Enter in the search field
goes to the first). With "Every spelling of a name" the hits include every mention of the
entity the query names (:mod:`sverka.ops.views.search_hits`).

A part built with the :class:`~sverka.ui.workbench.Workbench`: a highlighter of the sentence
delegate, two Edit-menu actions, and the hit count in the article panel.
"""

from __future__ import annotations

import time

from sverka.ops.history import Changes
from sverka.ops.views.search_hits import MAX_HITS, Hit, HitFinder
from sverka.ui.actions import top_menu
from sverka.ui.highlight import Highlight, Index
from sverka.ui.models.alignment import cell_sentence_offsets
from sverka.ui.qt import QAction, QKeySequence, QObject, QTimer
from sverka.ui.workbench import Workbench

# The hits found before the search answers; the rest are found a slice at a time while the
# user reads (the count says "1000+ hits" until then): a search that matches 170,000
# sentences of a 1,000,000-sentence project answers in the time of its first hits (issue 17).
FIRST_HITS = 1000
SLICE_SECONDS = 0.008  # one slice of the rest: well under a frame, so keys stay prompt


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
        self._finder: HitFinder | None = None
        self._rest = QTimer(self)  # finds the rest of the hits in slices, between events
        self._rest.setInterval(0)
        self._rest.timeout.connect(self._find_rest)
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
        self._rest.stop()
        self._finder = None
        self.hits = []
        self.by_sentence = {}
        self.number = {}
        self.current = -1
        if project is not None and ids:
            with project.sessions() as session:
                # The list's own index matches, unless something changed since it read them.
                matches = None if force else panel.model.matches
                self._finder = HitFinder(session, flt.text, list(ids), names=flt.names, matches=matches)
                self._add(self._finder.more(session, FIRST_HITS))
            if not self._finder.complete:
                self._rest.start()
        self._show_count()
        self.bench.view.viewport().update()

    def _add(self, found: list[Hit]) -> None:
        for hit in found:
            self.hits.append(hit)
            self.number[hit] = len(self.hits)
            self.by_sentence.setdefault(hit.sentence_id, []).append(hit)

    def _find_more(self, at_least: int) -> list[Hit]:
        """Find at least ``at_least`` more hits now (none when every one is found)."""
        finder, project = self._finder, self.bench.context.project
        if finder is None or finder.complete or project is None:
            return []
        with project.sessions() as session:
            found = finder.more(session, at_least)
        self._add(found)
        if finder.complete:
            self._rest.stop()
        return found

    def _find_rest(self) -> None:
        """One slice of the hits not found yet (the timer runs until every one is)."""
        end = time.perf_counter() + SLICE_SECONDS
        found: list[Hit] = []
        while (more := self._find_more(1)) and time.perf_counter() < end:
            found.extend(more)
        found.extend(more)
        self._show_count()
        shown = self.bench.alignment.article
        if shown is not None and any(hit.article_id == shown.id for hit in found):
            self.bench.view.viewport().update()  # hits in the article on screen: mark them

    def complete(self) -> None:
        """Find every remaining hit now (up to ``MAX_HITS``): the count is exact after it."""
        while self._find_more(MAX_HITS):
            pass
        self._show_count()

    @property
    def finding(self) -> bool:
        """Hits are still being found in slices (the count ends in "+")."""
        return self._rest.isActive()

    def _changed(self, changes: Changes) -> None:
        # Labels, notes, MQM issues, rows and schemas never move a hit: a tag during a search
        # re-ran the whole search (seconds at 1,000,000 sentences). Wording and names can.
        if not (changes.text or changes.names) and (
            changes.labels or changes.review or changes.alignment or changes.schema
        ):
            return
        if (self.hits and changes.sentences & set(self.by_sentence)) or (changes.articles and self._query):
            self.refresh(force=True)  # a post-edit or an import can move or make hits

    def _show_count(self) -> None:
        label, tr = self.bench.articles.hits, self.bench.window.tr
        if not self._query or not self._query[0].strip():
            label.setText("")
        elif not self.hits:
            label.setText(tr("no hits"))
        else:
            total = self._total()
            if self.current < 0:
                label.setText(tr("%1 hits").replace("%1", total) if len(self.hits) != 1 else tr("1 hit"))
            else:
                label.setText(tr("hit %1 of %2").replace("%1", str(self.current + 1)).replace("%2", total))

    def _total(self) -> str:
        """The count as shown: "1000+" while hits are still being found, "20000+" at the cap."""
        finding = self._finder is not None and not self._finder.complete
        return f"{len(self.hits)}+" if finding or len(self.hits) >= MAX_HITS else str(len(self.hits))

    # --- moving ------------------------------------------------------------------------------

    def step(self, delta: int) -> Hit | None:
        """Go to the next (1) or previous (-1) hit, opening its article; wraps around."""
        if not self.hits:
            self.refresh()
        if not self.hits:
            return None
        if self.current < 0:
            self.current = 0 if delta > 0 else self._last()
        elif delta > 0 and self.current + 1 >= len(self.hits):
            self.current = self.current + 1 if self._find_more(1) else 0  # on, or round to the first
        elif delta < 0 and self.current == 0:
            self.current = self._last()  # round to the last: every hit must be known
        else:
            self.current = (self.current + delta) % len(self.hits)
        hit = self.hits[self.current]
        self.bench.nav.show_article(hit.article_id, hit.sentence_id)
        self._show_count()
        self.bench.view.viewport().update()
        return hit

    def _last(self) -> int:
        self.complete()
        return len(self.hits) - 1

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
                    out.append(Highlight(offset + start, offset + end, tip.replace("%2", self._total())))
        return out
