"""Fresh texts mixing words, email addresses, phone numbers in every format, and look-alikes
that are neither (longer digit runs, addresses without a dot in the domain)."""

import random

WORDS = ["call", "me", "at", "or", "mail", "thanks", "order", "ref", "room", "today", "Hi,"]
NAMES = ["ada", "grace.hopper", "bob+news", "x_y", "team-lead", "a1"]
DOMAINS = ["example.org", "mail.us.gov", "shop.co.uk", "a-b.io"]
DECOYS = ["@home", "ada@localhost", "1555-123-4567", "555-123-45678", "123-4567", "55-555-5555"]


def _digits(rng: random.Random, count: int) -> str:
    return "".join(rng.choices("0123456789", k=count))


def _phone(rng: random.Random) -> str:
    area = _digits(rng, 3)
    area = rng.choice([area, f"({area})"])
    return f"{area}{rng.choice('-. ')}{_digits(rng, 3)}{rng.choice('-. ')}{_digits(rng, 4)}"


def _email(rng: random.Random) -> str:
    return f"{rng.choice(NAMES)}@{rng.choice(DOMAINS)}"


def generate(rng: random.Random) -> list[dict]:
    cases = []
    for _ in range(6):
        pieces = []
        for _ in range(rng.randint(3, 10)):
            kind = rng.random()
            if kind < 0.2:
                pieces.append(_email(rng) + rng.choice(["", ".", ",", ";"]))
            elif kind < 0.35:
                pieces.append(_phone(rng))
            elif kind < 0.45:
                pieces.append(rng.choice(DECOYS))
            else:
                pieces.append(rng.choice(WORDS))
        text = " ".join(pieces)
        cases.append({"call": rng.choice(["redact", "find_emails"]), "args": [text]})
    return cases
