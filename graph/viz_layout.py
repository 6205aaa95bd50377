"""A force-directed layout fast enough for tens of thousands of nodes (numpy only, no scipy).

Fruchterman-Reingold with two shortcuts: repulsion comes from the centres of mass of grid cells instead of every
other node (cost n x cells, not n x n), and nodes with a single neighbour (articles, venues, people seen once)
are left out of the simulation and placed on a small circle around that neighbour at the end.
Deterministic for a given graph and seed.
"""

from __future__ import annotations

import math

import numpy as np

__all__ = ["force_layout"]

_BATCH = 4096  # rows of the n x cells distance matrix computed at once (bounds memory)


def force_layout(n: int, edges: list[tuple[int, int]], *, seed: int = 0,
                 iterations: int | None = None) -> np.ndarray:
    """Positions for nodes ``0..n-1`` linked by ``edges``: an ``(n, 2)`` array, about one unit between neighbours.

    Args:
        n: number of nodes.
        edges: pairs of node indexes (direction and duplicates do not matter).
        seed: random seed of the initial placement.
        iterations: force iterations [default: from 80 for small graphs down to 40 for huge ones].
    """
    if n == 0:
        return np.zeros((0, 2))
    pairs = np.array(sorted({(min(a, b), max(a, b)) for a, b in edges if a != b}), dtype=np.int64).reshape(-1, 2)
    degree = np.bincount(pairs.ravel(), minlength=n)
    parent = _leaf_parents(n, pairs, degree)
    core = np.flatnonzero(parent < 0)
    index = np.full(n, -1)
    index[core] = np.arange(len(core))
    core_pairs = pairs[(parent[pairs[:, 0]] < 0) & (parent[pairs[:, 1]] < 0)]
    rng = np.random.default_rng(seed)
    if iterations is None:
        iterations = int(np.clip(120 - 20 * math.log10(max(len(core), 10)), 40, 80))
    core_pos = _simulate(len(core), index[core_pairs], rng, iterations)
    pos = np.zeros((n, 2))
    pos[core] = core_pos
    _place_leaves(pos, parent)
    return pos


def _leaf_parents(n: int, pairs: np.ndarray, degree: np.ndarray) -> np.ndarray:
    """For each degree-1 node whose neighbour has more links, that neighbour; else -1."""
    parent = np.full(n, -1)
    for a, b in pairs:
        if degree[a] == 1 and degree[b] > 1:
            parent[a] = b
        elif degree[b] == 1 and degree[a] > 1:
            parent[b] = a
    return parent


def _simulate(n: int, pairs: np.ndarray, rng: np.random.Generator, iterations: int) -> np.ndarray:
    side = math.sqrt(n) + 1.0
    pos = rng.uniform(0.0, side, size=(n, 2))
    if n <= 1:
        return pos
    temperature = side / 8.0
    cooling = temperature / (iterations + 1)
    grid = int(np.clip(math.sqrt(n / 4.0), 4, 64))
    src, dst = pairs[:, 0], pairs[:, 1]
    for _ in range(iterations):
        disp = _repulsion(pos, grid)
        delta = pos[src] - pos[dst]
        dist = np.sqrt((delta**2).sum(axis=1)) + 1e-9
        pull = delta * dist[:, None]  # attraction d^2 / k along the edge, k = 1
        for axis in (0, 1):
            disp[:, axis] -= np.bincount(src, weights=pull[:, axis], minlength=n)
            disp[:, axis] += np.bincount(dst, weights=pull[:, axis], minlength=n)
        length = np.sqrt((disp**2).sum(axis=1)) + 1e-9
        pos += disp / length[:, None] * np.minimum(length, temperature)[:, None]
        temperature -= cooling
    return pos


def _repulsion(pos: np.ndarray, grid: int) -> np.ndarray:
    """k^2 / d pushes: exact between nodes of one cell of a ``grid`` x ``grid`` raster, from the centres of
    mass of the other occupied cells for the rest."""
    lo = pos.min(axis=0)
    span = np.maximum(pos.max(axis=0) - lo, 1e-9)
    cell = np.minimum(((pos - lo) / span * grid).astype(np.int64), grid - 1)
    flat = cell[:, 0] * grid + cell[:, 1]
    mass = np.bincount(flat, minlength=grid * grid).astype(float)
    occupied = np.flatnonzero(mass > 0)
    slot = np.full(grid * grid, -1)
    slot[occupied] = np.arange(len(occupied))
    centres = np.stack([np.bincount(flat, weights=pos[:, a], minlength=grid * grid) for a in (0, 1)], axis=1)
    centres = (centres[occupied] / mass[occupied][:, None]).astype(np.float32)
    mass32 = mass[occupied].astype(np.float32)
    own = slot[flat]
    out = np.empty_like(pos)
    for start in range(0, len(pos), _BATCH):
        part = pos[start:start + _BATCH].astype(np.float32)
        dx = part[:, 0:1] - centres[None, :, 0]
        dy = part[:, 1:2] - centres[None, :, 1]
        weight = mass32 / (dx * dx + dy * dy + np.float32(0.01))
        weight[np.arange(len(part)), own[start:start + _BATCH]] = 0.0  # own cell: exact below
        out[start:start + _BATCH, 0] = (dx * weight).sum(axis=1)
        out[start:start + _BATCH, 1] = (dy * weight).sum(axis=1)
    _within_cells(pos, flat, out)
    return out


def _within_cells(pos: np.ndarray, flat: np.ndarray, out: np.ndarray) -> None:
    """Exact pushes between the nodes sharing a cell (one small n x n block per occupied cell)."""
    order = np.argsort(flat, kind="stable")
    for group in np.split(order, np.flatnonzero(np.diff(flat[order])) + 1):
        if len(group) < 2:
            continue
        p = pos[group].astype(np.float32)
        dx = p[:, 0:1] - p[None, :, 0]
        dy = p[:, 1:2] - p[None, :, 1]
        inverse = 1.0 / (dx * dx + dy * dy + np.float32(1e-4))
        out[group, 0] += (dx * inverse).sum(axis=1)
        out[group, 1] += (dy * inverse).sum(axis=1)


def _place_leaves(pos: np.ndarray, parent: np.ndarray) -> None:
    leaves = np.flatnonzero(parent >= 0)
    if not len(leaves):
        return
    order = np.argsort(parent[leaves], kind="stable")
    leaves = leaves[order]
    parents = parent[leaves]
    # rank of each leaf among the leaves of its parent, and how many the parent has
    starts = np.r_[0, np.flatnonzero(np.diff(parents)) + 1]
    counts = np.diff(np.r_[starts, len(leaves)])
    rank = np.arange(len(leaves)) - np.repeat(starts, counts)
    total = np.repeat(counts, counts)
    angle = 2 * math.pi * rank / total + 0.5
    radius = 0.45 + 0.04 * np.sqrt(total)
    pos[leaves, 0] = pos[parents, 0] + radius * np.cos(angle)
    pos[leaves, 1] = pos[parents, 1] + radius * np.sin(angle)
