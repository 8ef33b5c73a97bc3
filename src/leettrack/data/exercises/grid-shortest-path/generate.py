"""Fresh mazes: walls at random, S and E on free cells, some with no way through."""

import random


def _grid(rng: random.Random) -> list[str]:
    rows, columns = rng.randint(1, 8), rng.randint(2, 10)
    cells = [["#" if rng.random() < 0.3 else "." for _ in range(columns)] for _ in range(rows)]
    (sr, sc), (er, ec) = rng.sample([(r, c) for r in range(rows) for c in range(columns)], 2)
    cells[sr][sc], cells[er][ec] = "S", "E"
    return ["".join(row) for row in cells]


def generate(rng: random.Random) -> list[dict]:
    return [{"call": "shortest_path", "args": [_grid(rng)]} for _ in range(8)]
