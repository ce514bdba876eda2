"""Post-editing and MQM review in the desktop app (issue 4): editors, diff view, scores.

:class:`ReviewTools` plugs into the main window with :meth:`ReviewTools.attach`; it adds the
Review menu and keys, the MQM score chip in sentence rows and the article score in the header.
"""

from sverka.ui.review.tools import ReviewTools

__all__ = ["ReviewTools"]
