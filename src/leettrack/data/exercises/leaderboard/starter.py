def leaderboard(players: list[dict]) -> list[str]:
    """Return the ranking lines, best first; ties share a rank."""
    ordered = sorted(players, key=lambda player: player["points"], reverse=True)
    return [
        f"{rank}. {p['name']} (points {p['points']}, wins {p['wins']})"
        for rank, p in enumerate(ordered, start=1)
    ]


def by_last_name(names: list[str]) -> list[str]:
    """Return the names sorted by last word, then by the whole name, ignoring case."""
    return sorted(names)
