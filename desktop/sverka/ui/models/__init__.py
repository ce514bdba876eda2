"""Qt item models over the Qt-free queries of :mod:`sverka.ops.views`."""
