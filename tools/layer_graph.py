"""Count the import edges between CaseConf's layers (issue #15: the graph before and after).

An edge is one module importing another (grimp's graph, lazy imports inside functions
included); this prints how many such edges run from each layer to each other layer, and
marks those that go against the declared direction
(domain -> storage/export -> services -> ui/cli).

    .venv/bin/python tools/layer_graph.py
"""

from __future__ import annotations

import sys
from collections import Counter

import grimp

PACKAGE = "caseconf_desktop"
# Lower rank = lower layer; an edge from a lower to a higher rank is a violation.
RANK = {
    "domain": 0,
    "storage": 1,
    "export": 1,
    "services": 2,
    "demo": 3,
    "ui": 3,
    "cli": 3,
    "app": 3,
}


def layer_of(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 and parts[1] in RANK else "shared"


def edges_between_layers(graph: grimp.ImportGraph) -> Counter[tuple[str, str]]:
    counts: Counter[tuple[str, str]] = Counter()
    for importer in graph.modules:
        if not importer.startswith(PACKAGE):
            continue
        for imported in graph.find_modules_directly_imported_by(importer):
            if not imported.startswith(PACKAGE):
                continue
            source, target = layer_of(importer), layer_of(imported)
            if source != target:
                counts[source, target] += 1
    return counts


def modules_importing(graph: grimp.ImportGraph, external: str) -> list[str]:
    return sorted(graph.find_modules_that_directly_import(external))


def main() -> int:
    graph = grimp.build_graph(PACKAGE, include_external_packages=True, cache_dir=None)
    counts = edges_between_layers(graph)
    wrong = 0
    for (source, target), n in sorted(counts.items()):
        upward = source in RANK and target in RANK and RANK[source] < RANK[target]
        sideways = {source, target} == {"storage", "export"}
        flag = "  <- against the layers" if upward or sideways else ""
        wrong += n if flag else 0
        print(f"{source:>8} -> {target:<8} {n:3d}{flag}")
    print(f"total {sum(counts.values())} edges between layers, {wrong} against the layers")
    print("modules importing reportlab:", ", ".join(modules_importing(graph, "reportlab")))
    return 0


if __name__ == "__main__":
    sys.exit(main())
