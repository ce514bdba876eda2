"""The desktop app (PySide6). The only package that imports Qt, through :mod:`sverka.ui.qt`."""

# SQLAlchemy and the models load before PySide6 on purpose: once PySide6 is imported, its
# import hook reads the source of every later module (shibokensupport's feature check), which
# made SQLAlchemy's ~400 modules cost 0.2-0.4 s more in `sverka-gui` and bench_gui.
import sverka.db.project  # noqa: F401
