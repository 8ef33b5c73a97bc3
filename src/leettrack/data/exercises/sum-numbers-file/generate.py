"""Fresh files of numbers mixed with blank lines, decimals, words and spaced-out numbers."""

import random

NOISE = ["", "   ", "n/a", "ten", "4.5", "12 apples", "--3", "total:", "1,000", "\t"]


def _line(rng: random.Random) -> str:
    if rng.random() < 0.3:
        return rng.choice(NOISE)
    number = str(rng.randint(-500, 500))
    return rng.choice(["", " ", "  "]) + number + rng.choice(["", " ", "\t"])


def generate(rng: random.Random) -> list[dict]:
    cases = []
    for index in range(4):
        content = "\n".join(_line(rng) for _ in range(rng.randint(0, 15)))
        if rng.random() < 0.7:
            content += "\n"
        name = f"data{index}.txt"
        setup = f"with open({name!r}, 'w') as f:\n    f.write({content!r})"
        for function in ("sum_file", "bad_lines"):
            cases.append({"setup": setup, "expr": f"{function}({name!r})"})
    return cases
