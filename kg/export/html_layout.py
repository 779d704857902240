"""Where ``graph.html`` draws each node, computed once at export time.

The browser gets fixed positions and never runs a physics simulation, so the first paint
comes as soon as the page is parsed, and the same graph always gives the same picture.

* Entities without any relation are left out of the drawing (``None``): the page lists them
  beside the graph instead of drawing a ring of unconnected dots.
* Every connected component is laid out on its own: with networkx's Fruchterman-Reingold
  (``nx.spring_layout``) up to :data:`EXACT_LIMIT` nodes; above it with the same forces
  where far nodes repel as the mass of their grid cell (:func:`grid_fruchterman_reingold`,
  numpy; networkx's own large-graph variant needs scipy).
* Components are scaled to one edge length (:data:`EDGE_PX`) and packed in rows, largest first.

>>> import networkx as nx
>>> G = nx.MultiDiGraph([("a", "b"), ("b", "c")]); G.add_node("alone")
>>> pos = layout(G)
>>> pos["alone"] is None, sorted(k for k, p in pos.items() if p is not None)
(True, ['a', 'b', 'c'])
"""

from __future__ import annotations

import math
from collections.abc import Hashable

import networkx as nx
import numpy as np

#: Components up to this many nodes use ``nx.spring_layout`` (dense, all pairs repel).
EXACT_LIMIT = 400
#: The median edge length of every component, in page pixels at zoom 1.
EDGE_PX = 110.0
#: Space between packed components, in page pixels.
GAP_PX = 120.0
SEED = 20240601


def layout(G: nx.MultiDiGraph) -> dict[Hashable, tuple[float, float] | None]:
    """Node -> ``(x, y)`` in page pixels (rounded), or ``None`` for a node without edges.

    Deterministic: the same graph gives the same positions.
    """
    U = nx.Graph()
    U.add_nodes_from(G.nodes)
    U.add_edges_from((u, v) for u, v in G.edges() if u != v)
    out: dict[Hashable, tuple[float, float] | None] = {n: None for n in G.nodes}
    comps = [sorted(c, key=str) for c in nx.connected_components(U) if len(c) > 1]
    comps.sort(key=lambda c: (-len(c), str(c[0])))
    boxes = []
    for comp in comps:
        pts = _component(U.subgraph(comp), comp)
        pts -= pts.min(axis=0)
        boxes.append((comp, pts))
    if not boxes:
        return out
    area = sum((p[:, 0].max() + GAP_PX) * (p[:, 1].max() + GAP_PX) for _, p in boxes)
    row_width = max(max(p[:, 0].max() for _, p in boxes), math.sqrt(area) * 1.4)
    x = y = row_h = 0.0
    for comp, pts in boxes:
        w, h = pts[:, 0].max(), pts[:, 1].max()
        if x > 0 and x + w > row_width:
            x, y, row_h = 0.0, y + row_h + GAP_PX, 0.0
        for n, (px, py) in zip(comp, pts, strict=True):
            out[n] = (round(float(px + x)), round(float(py + y)))
        x += w + GAP_PX
        row_h = max(row_h, h)
    return out


def _component(H: nx.Graph, nodes: list) -> np.ndarray:
    """Positions of one connected component (in ``nodes`` order), median edge = EDGE_PX."""
    n = len(nodes)
    if n == 2:
        return np.array([[0.0, 0.0], [EDGE_PX, 0.0]])
    if n <= EXACT_LIMIT:
        # Sorted node order in, so that the seed gives the same result whatever the insertion order.
        S = nx.Graph()
        S.add_nodes_from(nodes)
        S.add_edges_from(sorted((sorted((u, v), key=str) for u, v in H.edges()), key=str))
        pos = nx.spring_layout(S, seed=SEED, iterations=100)
        pts = np.array([pos[v] for v in nodes], dtype=float)
    else:
        # Leaves (one edge: most values, many people) are placed round their node afterwards.
        core = [v for v in nodes if H.degree(v) > 1]
        index = {v: i for i, v in enumerate(core)}
        # Each edge written low index first: the graph's insertion order must not change the
        # order of the floating-point sums (nor so the layout and the page's bytes).
        pairs = sorted((min(index[u], index[v]), max(index[u], index[v])) for u, v in H.subgraph(core).edges())
        edges = np.array(pairs, dtype=np.int64)
        core_pts = grid_fruchterman_reingold(len(core), edges, iterations=100 if len(core) <= 2000 else 40)
        pts = np.zeros((n, 2))
        placed = {v: core_pts[i] for v, i in index.items()}
        around: dict = {}
        for v in nodes:
            if v not in placed:
                around.setdefault(next(iter(H.neighbors(v))), []).append(v)
        for parent, leaves in around.items():
            for j, leaf in enumerate(leaves):
                angle = 2 * math.pi * j / len(leaves) + 0.5
                placed[leaf] = placed[parent] + 0.5 * np.array([math.cos(angle), math.sin(angle)])
        pts = np.array([placed[v] for v in nodes])
    index = {v: i for i, v in enumerate(nodes)}
    lengths = [float(np.hypot(*(pts[index[u]] - pts[index[v]]))) for u, v in H.edges()]
    median = float(np.median(lengths)) if lengths else 1.0
    return pts * (EDGE_PX / max(median, 1e-9))


def grid_fruchterman_reingold(n: int, edges: np.ndarray, iterations: int = 100, seed: int = SEED) -> np.ndarray:
    """Fruchterman-Reingold for large components, in about O(n * sqrt(n)) per step.

    The layout area is cut into a grid of cells: a node is repelled exactly by the nodes of
    its own and the eight neighbouring cells, and by every farther cell as by one body at
    the cell's centre of mass (a particle-mesh approximation, as Barnes-Hut does with a
    tree). Edges attract as in the exact algorithm; the step shrinks linearly (cooling).

    >>> pts = grid_fruchterman_reingold(3, np.array([[0, 1], [1, 2]]))
    >>> pts.shape, bool(np.isfinite(pts).all())
    ((3, 2), True)
    """
    rng = np.random.default_rng(seed)
    k = 1.0
    side = math.sqrt(n) * k
    pos = rng.random((n, 2)) * side
    u, v = (edges[:, 0], edges[:, 1]) if len(edges) else (np.zeros(0, int), np.zeros(0, int))
    cells = int(min(24, max(4, round(math.sqrt(n) / 3))))
    t = side * 0.1
    dt = t / (iterations + 1)
    ids = np.arange(n)
    for _ in range(iterations):
        disp = np.zeros((n, 2))
        lo_xy = pos.min(axis=0)
        size = max(float((pos.max(axis=0) - lo_xy).max()), 1e-9) / cells * (1 + 1e-9)
        cell = np.minimum(np.floor((pos - lo_xy) / size).astype(np.int64), cells - 1) + 1
        width = cells + 2
        key = cell[:, 0] * width + cell[:, 1]
        # Far field: every cell's mass at its centre, except the node's own 3x3 block.
        mass = np.bincount(key, minlength=width * width).astype(float)
        full = np.nonzero(mass)[0]
        centre = np.stack(
            [np.bincount(key, weights=pos[:, a], minlength=width * width)[full] / mass[full] for a in (0, 1)], axis=1
        )
        cx, cy = full // width, full % width
        for chunk in range(0, n, 1024):
            sl = slice(chunk, chunk + 1024)
            near = (np.abs(cell[sl, 0:1] - cx) <= 1) & (np.abs(cell[sl, 1:2] - cy) <= 1)
            ddx = pos[sl, 0:1] - centre[:, 0]
            ddy = pos[sl, 1:2] - centre[:, 1]
            f = k * k * mass[full] / np.maximum(ddx * ddx + ddy * ddy, 1e-4)
            f[near] = 0.0
            disp[sl, 0] += (ddx * f).sum(axis=1)
            disp[sl, 1] += (ddy * f).sum(axis=1)
        # Near field: exact, node by node, through the sorted cell keys.
        order = np.argsort(key, kind="stable")
        sorted_key = key[order]
        for dx in (-1, 0, 1):
            for dy in (-1, 0, 1):
                target = key + dx * width + dy
                lo = np.searchsorted(sorted_key, target, "left")
                count = np.searchsorted(sorted_key, target, "right") - lo
                total = int(count.sum())
                if not total:
                    continue
                i = np.repeat(ids, count)
                j = order[np.repeat(lo, count) + np.arange(total) - np.repeat(np.cumsum(count) - count, count)]
                keep = i != j
                i, j = i[keep], j[keep]
                d = pos[i] - pos[j]
                f = k * k / np.maximum((d * d).sum(axis=1), 1e-4)
                disp[:, 0] += np.bincount(i, weights=d[:, 0] * f, minlength=n)
                disp[:, 1] += np.bincount(i, weights=d[:, 1] * f, minlength=n)
        if len(u):
            d = pos[u] - pos[v]
            f = np.sqrt((d * d).sum(axis=1)) / k
            for axis in (0, 1):
                pull = d[:, axis] * f
                disp[:, axis] -= np.bincount(u, weights=pull, minlength=n)
                disp[:, axis] += np.bincount(v, weights=pull, minlength=n)
        length = np.maximum(np.sqrt((disp * disp).sum(axis=1)), 1e-9)
        pos += disp * (np.minimum(length, t) / length)[:, None]
        t -= dt
    return pos


def edge_bends(pairs: list[tuple[str, str]]) -> list[float]:
    """Curvature of each edge so that edges between the same two nodes never overlap.

    ``pairs`` are ``(from, to)`` in edge order. The first edge of a pair is straight, the
    next ones bend alternately to either side (``+0.25, -0.25, +0.5`` ...); the sign is for
    the pair's sorted direction, so two opposite edges bend apart as well.

    >>> edge_bends([("a", "b"), ("b", "a"), ("a", "c"), ("a", "b")])
    [0.0, -0.25, 0.0, -0.25]
    """
    seen: dict[tuple[str, str], int] = {}
    out = []
    for a, b in pairs:
        pair = (a, b) if a <= b else (b, a)
        i = seen.get(pair, 0)
        seen[pair] = i + 1
        bend = 0.0 if i == 0 else 0.25 * ((i + 1) // 2) * (1 if i % 2 else -1)
        out.append(bend if (a, b) == pair else -bend)
    return out
