"""The desktop app (PySide6). The only package that imports Qt."""

from sverka.ui.compat import protect_singletons

protect_singletons()
