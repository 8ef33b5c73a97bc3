import csv
import io


def totals_by_category(csv_text: str) -> dict[str, float]:
    """Return the total amount per category of the expenses in csv_text."""
    totals: dict[str, float] = {}
    for row in csv.DictReader(io.StringIO(csv_text)):
        category = row["category"]
        totals[category] = totals.get(category, 0) + float(row["amount"])
    return {category: round(total, 2) for category, total in totals.items()}


def to_csv(totals: dict[str, float]) -> str:
    """Return the totals as CSV text, largest first."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["category", "total"])
    for category, total in sorted(totals.items(), key=lambda item: (-item[1], item[0])):
        writer.writerow([category, f"{total:.2f}"])
    return out.getvalue()
