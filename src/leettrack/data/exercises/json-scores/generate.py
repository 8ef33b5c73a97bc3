"""Fresh scoreboards saved, loaded and updated, and files that are not scoreboards."""

import json
import random

NAMES = ["ann", "Bob", "cy", "dee lee", "eve", "zoë"]
BROKEN = ['{"ann": 1', "", "[]", '"ann"', '{"ann": "3"}', '{"ann": 2.5}', '{"ann": false}', "null"]


def _scores(rng: random.Random) -> dict[str, int]:
    return {name: rng.randint(-10, 100) for name in rng.sample(NAMES, rng.randint(0, 5))}


def generate(rng: random.Random) -> list[dict]:
    cases = []
    for index in range(3):
        path = f"saved{index}.json"
        cases.append({"setup": f"save_scores({path!r}, {_scores(rng)!r})",
                      "expr": f"open({path!r}).read()"})
        text = rng.choice([json.dumps(_scores(rng)), rng.choice(BROKEN)])
        path = f"loaded{index}.json"
        cases.append({"setup": f"with open({path!r}, 'w') as f:\n    f.write({text!r})",
                      "expr": f"load_scores({path!r})"})
        path = f"added{index}.json"
        calls = ", ".join(f"add_points({path!r}, {rng.choice(NAMES)!r}, {rng.randint(-5, 20)})"
                          for _ in range(rng.randint(1, 4)))
        cases.append({"setup": f"save_scores({path!r}, {_scores(rng)!r})",
                      "expr": f"([{calls}], load_scores({path!r}))"})
    return cases
