TOP_COUNT = 3  # how many top scores to report


def parse_scores(text: str) -> list[int]:
    """Return the comma-separated scores in text as integers."""
    scores = []
    for part in text.split(","):
        scores.append(int(part))
    return scores


def top_scores(scores: list[int]) -> list[int]:
    """Return the highest scores, highest first."""
    return sorted(scores, reverse=True)[:TOP_COUNT]


def score_report(text: str) -> dict[str, object]:
    """Summarise the scores in text."""
    scores = parse_scores(text)
    total = 0
    for score in scores:
        total += score
    return {
        "count": len(scores),
        "total": total,
        "average": round(total / len(scores), 1),
        "top": top_scores(scores),
        "passed": sum(1 for score in scores if score >= 50),
    }
