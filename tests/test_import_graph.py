"""No import cycles between the modules of sverka (imports in functions and under TYPE_CHECKING count)."""

from __future__ import annotations

import grimp

# None are allowed; an entry here would have to be a known cycle that is still being removed.
KNOWN_CYCLES: set[frozenset[str]] = set()


def import_cycles() -> list[frozenset[str]]:
    graph = grimp.build_graph("sverka", cache_dir=None)
    modules = sorted(m for m in graph.modules if m.startswith("sverka"))
    return cycles_of(
        {m: sorted(d for d in graph.find_modules_directly_imported_by(m) if d.startswith("sverka")) for m in modules}
    )


def cycles_of(edges: dict[str, list[str]]) -> list[frozenset[str]]:
    """The strongly connected components of more than one node (Tarjan, iteratively)."""
    modules = sorted(edges)
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[frozenset[str]] = []
    for root in modules:
        if root in index:
            continue
        work = [(root, 0)]
        while work:
            node, i = work.pop()
            if i == 0:
                index[node] = low[node] = len(index)
                stack.append(node)
                on_stack.add(node)
            if i < len(edges[node]):
                work.append((node, i + 1))
                nxt = edges[node][i]
                if nxt not in index:
                    work.append((nxt, 0))
                elif nxt in on_stack:
                    low[node] = min(low[node], index[nxt])
                continue
            if low[node] == index[node]:
                component = set()
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.add(member)
                    if member == node:
                        break
                if len(component) > 1:
                    found.append(frozenset(component))
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
    return found


def test_no_new_import_cycles() -> None:
    cycles = set(import_cycles())
    new = cycles - KNOWN_CYCLES
    assert not new, [sorted(c) for c in new]
    assert not [c for c in cycles if any(m.startswith("sverka.ui") for m in c)]
    gone = KNOWN_CYCLES - cycles
    assert not gone, f"fixed: remove from KNOWN_CYCLES {[sorted(c) for c in gone]}"


def test_the_cycle_finder() -> None:
    """a -> b -> c -> a is one cycle, d -> e -> d another, f and the tail b -> f none."""
    edges = {"a": ["b"], "b": ["c", "f"], "c": ["a"], "d": ["e"], "e": ["d", "a"], "f": []}
    assert set(cycles_of(edges)) == {frozenset("abc"), frozenset("de")}
    assert cycles_of({"a": ["b"], "b": []}) == []
