"""Fresh accounts with interest, deposits or both, goals kept clear of every year's balance (so
that rounding never decides the year), and accounts that can never reach their goal."""

import random

RATES = [0, 0.5, 1, 2.5, 3, 4, 5, 7.5, 10]


def _clear_of_every_year(balance: float, rate: float, goal: float, deposit: float) -> bool:
    for _ in range(500):
        if abs(balance - goal) < 0.01:
            return False
        if balance > goal:
            return True
        balance += balance * rate / 100 + deposit
    return False


def generate(rng: random.Random) -> list[dict]:
    cases = []
    while len(cases) < 6:
        balance = rng.choice([0, rng.randint(1, 5000), round(rng.uniform(1, 5000), 2)])
        rate, deposit = rng.choice(RATES), rng.choice([0, 0, 25, 100, 250.5])
        goal = round(balance * rng.uniform(0.5, 6) + rng.randint(0, 3000), 2)
        grows = deposit > 0 or (rate > 0 and balance > 0)
        if grows and _clear_of_every_year(balance, rate, goal, deposit):
            cases.append({"call": "years_to_goal", "args": [balance, rate, goal, deposit]})
    stuck = rng.randint(1, 900)
    cases.append({"call": "years_to_goal", "args": [stuck, 0, stuck + rng.randint(1, 900)]})
    cases.append({"call": "years_to_goal", "args": [stuck, -rng.choice(RATES[1:]), stuck * 2]})
    return cases
