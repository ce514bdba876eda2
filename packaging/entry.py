"""The bundle's one executable: ``sverka`` is the command line, ``sverka-gui`` (a link to it)
opens the app. One executable keeps one copy of Python and Qt in the folder."""

import multiprocessing
import sys
from pathlib import Path

# A big import's worker processes (sverka.cpu_pool) are this executable started again with
# multiprocessing's arguments: this runs the worker and exits, before any command starts.
multiprocessing.freeze_support()

if Path(sys.argv[0]).name.lower().startswith("sverka-gui"):
    from sverka.ui.app import main as gui_main

    sys.exit(gui_main())

from sverka.cli.main import main

sys.exit(main())
