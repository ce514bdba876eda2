"""Name-variant normalization: one entity per place, person or organisation, whatever the
script, transliteration or Russian/Kazakh case form it was written in.

Public API:

- :func:`name_key` — the cross-script fingerprint of a name;
- :func:`find_mentions` — gazetteer matches and unknown candidates in a sentence, with offsets;
- :func:`cluster_names` — names to entities with a canonical name, a kind and a stable id;
- :func:`load_gazetteer` — the bundled gazetteer (``resources/gazetteer``).
"""

from sverka.core.names.cluster import ClusterResult, cluster_names
from sverka.core.names.gazetteer import Entity, Gazetteer, GazetteerError, load_gazetteer
from sverka.core.names.keys import name_key
from sverka.core.names.matcher import Match, find_mentions

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
