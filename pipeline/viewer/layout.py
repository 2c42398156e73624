"""Node positions for the viewer, computed once when the page is exported, so the browser runs no layout.

The picture is built from the graph's own hierarchy rather than from a force simulation over every
node (quadratic, and the reason a 6-paper page froze for seconds):

1. papers and structure classes are laid out together with NetworkX's spring layout, a paper pulled
   towards the classes its structures belong to (a small graph: one node per paper and class);
2. each paper's structures sit on rings around it, grouped by class, each group turned towards
   its class; the paper's cited works on rings further out;
3. each structure's figures on a small ring around it, and each material where its structures are.

Every step is linear in the number of nodes except the spring layout of papers and classes, and
the same graph always gets the same picture (fixed seed, stable orders).
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Iterable

import networkx as nx

from pipeline.graph_view import CLASS, MATERIAL, PAPER, STRUCTURE

Point = tuple[float, float]
STRUCTURE_GAP = 70.0       # distance between neighbouring structures on a ring (room for a label)
FIGURE_GAP = 22.0
REFERENCE_GAP = 14.0
RING_GAP = 60.0


def _by_type(g: nx.MultiDiGraph) -> dict[str, list[str]]:
    kinds: dict[str, list[str]] = defaultdict(list)
    for node, kind in g.nodes(data="type"):
        kinds[kind].append(node)
    return kinds


def _targets(g: nx.MultiDiGraph, node: str, relation: str) -> list[str]:
    return [v for _, v, r in g.out_edges(node, data="relation") if r == relation]


def _sources(g: nx.MultiDiGraph, node: str, relation: str) -> list[str]:
    return [u for u, _, r in g.in_edges(node, data="relation") if r == relation]


def _rings(count: int, first_radius: float, gap: float, ring_gap: float) -> list[Point]:
    """``count`` points on concentric rings, ``gap`` apart along each ring, innermost ring first."""
    points: list[Point] = []
    radius = first_radius
    while len(points) < count:
        fits = max(1, int(2 * math.pi * radius / gap))
        take = min(fits, count - len(points))
        start = -math.pi / 2
        points += [(radius * math.cos(start + 2 * math.pi * i / take), radius * math.sin(start + 2 * math.pi * i / take))
                   for i in range(take)]
        radius += ring_gap
    return points


def _extent(count: int, first_radius: float, gap: float, ring_gap: float) -> float:
    """The radius of the outermost ring ``_rings`` uses for ``count`` points."""
    radius, placed = first_radius, 0
    while True:
        placed += max(1, int(2 * math.pi * radius / gap))
        if placed >= count:
            return radius
        radius += ring_gap


def _angle(origin: Point, target: Point) -> float:
    return math.atan2(target[1] - origin[1], target[0] - origin[0])


def _rotate(points: Iterable[Point], angle: float) -> list[Point]:
    c, s = math.cos(angle), math.sin(angle)
    return [(x * c - y * s, x * s + y * c) for x, y in points]


def layout(g: nx.MultiDiGraph) -> dict[str, Point]:
    """A position for every node of the projection (``graph_view.project``)."""
    kinds = _by_type(g)
    papers = sorted(kinds[PAPER])
    classes = sorted(kinds[CLASS])
    structures_of: dict[str, list[str]] = {p: [] for p in papers}
    loose: list[str] = []
    for s in sorted(kinds[STRUCTURE], key=lambda n: (g.nodes[n].get("class", ""), g.nodes[n].get("subclass", ""),
                                                      str(g.nodes[n].get("label", "")).lower(), n)):
        owner = next(iter(_targets(g, s, "describedIn")), None)
        structures_of.get(owner, loose).append(s)  # type: ignore[arg-type]
    references_of: dict[str, list[str]] = {p: sorted(_targets(g, p, "cites"), key=lambda r: (g.nodes[r].get("number", 0), r))
                                           for p in papers}
    # how far each paper's cluster reaches: its structures (and their figures), then its cited works
    inner = {p: _extent(len(structures_of[p]), 110.0, STRUCTURE_GAP, RING_GAP) + 40 for p in papers}
    outer = {p: inner[p] + 50 + (_extent(len(references_of[p]), inner[p] + 50, REFERENCE_GAP, 18.0) - inner[p]
                                 if references_of[p] else 0) for p in papers}
    reach = max(outer.values(), default=200.0)

    # 1. papers and classes: a spring layout of a small graph, papers pulled towards their classes
    skeleton = nx.Graph()
    skeleton.add_nodes_from(papers + classes)
    weights: Counter[tuple[str, str]] = Counter()
    for p in papers:
        for s in structures_of[p]:
            for c in _targets(g, s, "inClass"):
                weights[(p, c)] += 1
    for (p, c), w in weights.items():
        skeleton.add_edge(p, c, weight=1 + math.log1p(w))
    for c in classes:
        for parent in _targets(g, c, "subClassOf"):
            skeleton.add_edge(c, parent, weight=3.0)
    if len(skeleton) == 1:
        base = {papers[0] if papers else classes[0]: (0.0, 0.0)}
    elif len(skeleton):
        base = nx.spring_layout(skeleton, seed=7, iterations=120, weight="weight")
    else:
        base = {}
    # spread so that no two papers' clusters overlap
    spread = 1.0
    for i, a in enumerate(papers):
        for b in papers[i + 1:]:
            d = math.dist(base[a], base[b]) or 1e-6
            spread = max(spread, (outer[a] + outer[b] + 80) / d)
        if len(papers) > 400:          # past a few hundred papers the pairwise check costs more than it saves
            break
    if len(papers) > 400:
        spread = 2.2 * reach * math.sqrt(len(papers))
    pos: dict[str, Point] = {n: (x * spread, y * spread) for n, (x, y) in base.items()}
    if len(papers) == 1:
        for c in classes:                # one paper: its classes in a ring around it, outside its cluster
            x, y = base[c]
            norm = math.hypot(x, y) or 1.0
            pos[c] = (x / norm * (outer[papers[0]] + 160), y / norm * (outer[papers[0]] + 160))

    # 2. structures around their paper, each class's group facing its class; cited works further out
    for p in papers:
        px, py = pos[p]
        members = structures_of[p]
        slots = _rings(len(members), 110.0, STRUCTURE_GAP, RING_GAP)
        if members:
            main_class = Counter(c for s in members for c in _targets(g, s, "inClass")).most_common(1)[0][0]
            slots = _rotate(slots, _angle(pos[p], pos.get(main_class, (px + 1, py))) + math.pi / 2)
        for s, (x, y) in zip(members, slots, strict=True):
            pos[s] = (px + x, py + y)
        for r, (x, y) in zip(references_of[p], _rings(len(references_of[p]), inner[p] + 50, REFERENCE_GAP, 18.0),
                             strict=True):
            pos[r] = (px + x, py + y)
    for i, s in enumerate(loose):
        pos[s] = (-reach + i * STRUCTURE_GAP, -reach * 2)

    # 3. figures around their structure; materials where their structures are
    for s in kinds[STRUCTURE]:
        sx, sy = pos[s]
        figures = sorted(_sources(g, s, "ofStructure"), key=lambda m: (g.nodes[m].get("property", ""), m))
        for m, (x, y) in zip(figures, _rings(len(figures), 30.0, FIGURE_GAP, 16.0), strict=True):
            pos[m] = (sx + x, sy + y)
    for material in sorted(kinds[MATERIAL]):
        users = [pos[s] for s in _sources(g, material, "hasMaterial") if s in pos]
        cx = sum(x for x, _ in users) / len(users) if users else 0.0
        cy = sum(y for _, y in users) / len(users) if users else 0.0
        turn = hash_angle(material)
        pos[material] = (cx + 30 * math.cos(turn), cy + 30 * math.sin(turn))
    for node in g.nodes:                  # anything the hierarchy missed (a reference no paper lists…)
        if node not in pos:
            turn = hash_angle(node)
            pos[node] = (reach * 1.5 * math.cos(turn), reach * 1.5 * math.sin(turn))
    return {n: (round(x, 1), round(y, 1)) for n, (x, y) in pos.items()}


def hash_angle(text: str) -> float:
    """A stable angle for a name (Python's hash() changes between runs)."""
    value = 0
    for char in text:
        value = (value * 131 + ord(char)) % 1_000_003
    return 2 * math.pi * value / 1_000_003
