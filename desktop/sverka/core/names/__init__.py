"""Name-variant normalization: one entity per place, person or organisation, whatever the
script, transliteration or Russian/Kazakh case form it was written in.

Public API:

- :func:`name_key` — the cross-script fingerprint of a name;
- :func:`find_mentions` — gazetteer matches and unknown candidates in a sentence, with offsets;
- :func:`cluster_names` — names to entities with a canonical name, a kind and a stable id;
- :func:`load_gazetteer` — the bundled gazetteer (``resources/gazetteer``).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sverka.core.names.cluster import ClusterResult, cluster_names
    from sverka.core.names.gazetteer import Entity, Gazetteer, GazetteerError, load_gazetteer
    from sverka.core.names.keys import name_key
    from sverka.core.names.matcher import Match, find_mentions

# Loaded on first use (PEP 562): importing one submodule (the window needs ``inflect``) must
# not load rapidfuzz and the matcher with it — start-up pays for what it uses.
_HOME = {
    "ClusterResult": "cluster",
    "cluster_names": "cluster",
    "Entity": "gazetteer",
    "Gazetteer": "gazetteer",
    "GazetteerError": "gazetteer",
    "load_gazetteer": "gazetteer",
    "name_key": "keys",
    "Match": "matcher",
    "find_mentions": "matcher",
}


def __getattr__(name: str) -> Any:
    home = _HOME.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"sverka.core.names.{home}"), name)
    globals()[name] = value
    return value


__all__ = [
    "ClusterResult",
    "Entity",
    "Gazetteer",
    "GazetteerError",
    "Match",
    "cluster_names",
    "find_mentions",
    "load_gazetteer",
    "name_key",
]
