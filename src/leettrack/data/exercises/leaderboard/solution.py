def leaderboard(players: list[dict]) -> list[str]:
    """Return the ranking lines, best first; ties share a rank."""
    ordered = sorted(players, key=lambda p: (-p["points"], -p["wins"], p["name"].lower()))
    lines = []
    rank, previous = 0, None
    for position, player in enumerate(ordered, start=1):
        score = (player["points"], player["wins"])
        if score != previous:
            rank, previous = position, score
        lines.append(f"{rank}. {player['name']} (points {player['points']}, wins {player['wins']})")
    return lines


def by_last_name(names: list[str]) -> list[str]:
    """Return the names sorted by last word, then by the whole name, ignoring case."""
    return sorted(names, key=lambda name: (name.split()[-1].lower(), name.lower()))
