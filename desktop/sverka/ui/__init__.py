"""The desktop app (PySide6). The only package that imports Qt, through :mod:`sverka.ui.qt`.

Where things are:

* ``qt`` — the Qt binding and the start-up gate; ``app`` — QApplication, settings, theme;
* ``main_window`` — builds the parts and keeps what is the window's own (open a project,
  show an article, refresh after a command); ``workbench`` — what every part is built with
  and the extension points it plugs into; ``context`` — the open project, the window services;
* ``keys`` — the one key table (``keymap`` turns it and the menus into Help ▸ Keyboard
  shortcuts); ``actions`` — the menu bar;
* ``undo`` (commands, undo/redo) and ``workers`` (long jobs) write through ``writer``, the
  single writer thread (a command's result says what changed in ``Changes`` flags);
* parts: ``labeling``, ``files``, ``appearance``, ``session_mode``, ``row_edits``,
  ``translate_action``, ``review/`` (+ ``review/queue``: Ctrl+Shift+R, the next row to check),
  ``names_panel`` (+ ``names_curation``, ``names_highlight``),
  ``suggestions`` (the model's chips, the accept key, background training);
* ``teams/`` — team work: the annotator per project, a server's password prompt, everyone's
  labels, refresh on others' writes, adjudication, the dashboard, File ▸ Merge;
* widgets and painting: ``sentence_view``, ``delegates``, ``highlight``, ``article_panel``,
  ``palette``, ``models/`` (Qt item models over ``sverka.ops.views``), ``dialogs/``.

A new feature is a part: a class built with the :class:`~sverka.ui.workbench.Workbench`, in
its own module (or package), created in ``MainWindow.build_parts``; it never imports the window.
"""
