import csv
import io


def totals_by_category(csv_text: str) -> dict[str, float]:
    """Return the total amount per category of the expenses in csv_text."""
    totals = {}
    for line in csv_text.splitlines()[1:]:
        date, category, amount, note = line.split(",")
        totals[category] = totals.get(category, 0) + float(amount)
    return totals


def to_csv(totals: dict[str, float]) -> str:
    """Return the totals as CSV text, largest first."""
    lines = ["category,total"]
    for category, total in totals.items():
        lines.append(f"{category},{total}")
    return "\n".join(lines)
