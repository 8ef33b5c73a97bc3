"""Server-rendered SVG charts: the activity heatmap and the review forecast.

Pure functions from numbers to SVG text. Every chart is an image with a title and a text
description (``role="img"``), and every mark has its own ``<title>`` tooltip; the pages also
show the same figures as text, so nothing is only a picture. Colours are presentation
attributes, not inline styles, so the strict CSP allows them.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from html import escape
from math import ceil

HEATMAP_DAYS = 365
CELL = 11  # px, one day of the heatmap
GAP = 2
STEP = CELL + GAP
HEATMAP_LEFT = 28  # room for the weekday labels
HEATMAP_TOP = 16  # room for the month labels
HEATMAP_RIGHT = 14  # room for a month label on the last column
# Empty, then four levels of activity, light to dark (enough contrast against white for each).
HEATMAP_COLOURS = ("#e5e7eb", "#a7d8b5", "#5cb87a", "#2e8b57", "#1b5e3a")
BAR_COLOUR = "#4f46e5"
OVERDUE_COLOUR = "#dc2626"
TEXT_COLOUR = "#374151"
FORECAST_WIDTH = 640
FORECAST_HEIGHT = 180
FORECAST_LEFT = 32
FORECAST_BOTTOM = 24
FORECAST_TOP = 12
FORECAST_LABEL_EVERY = 7  # days between date labels under the bars
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


@dataclass(frozen=True, slots=True)
class Chart:
    """An SVG picture and the sentence that says what it shows."""

    svg: str
    summary: str


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def _week(monday: date) -> list[date]:
    return [monday + timedelta(days=offset) for offset in range(7)]


def heatmap_level(count: int, busiest: int) -> int:
    """0 for no activity, else 1-4 by the share of the busiest day's count."""
    if count <= 0 or busiest <= 0:
        return 0
    return min(4, max(1, ceil(4 * count / busiest)))


def heatmap(
    per_day: Mapping[date, int],
    today: date,
    *,
    chart_id: str,
    label: str = "Activity",
    unit: str = "event",
    days: int = HEATMAP_DAYS,
) -> Chart:
    """A calendar of the `days` days ending `today`: one column per week (Monday first), one
    square per day, darker for busier days. `chart_id` makes the element ids unique on a page."""
    start = today - timedelta(days=days - 1)
    first_column = start - timedelta(days=start.weekday())  # the Monday on or before start
    window = {day: count for day, count in per_day.items() if start <= day <= today and count > 0}
    busiest = max(window.values(), default=0)
    weeks = (today - first_column).days // 7 + 1
    width = HEATMAP_LEFT + weeks * STEP + HEATMAP_RIGHT
    height = HEATMAP_TOP + 7 * STEP
    total = sum(window.values())
    summary = (
        f"{label} over the last {days} days, to {today.isoformat()}: "
        f"{_plural(total, unit)} on {_plural(len(window), 'active day')}"
    )
    if window:
        peak = max(window, key=lambda day: (window[day], day))
        summary += f"; the busiest day was {peak.isoformat()} with {window[peak]}"
    summary += "."

    marks: list[str] = []
    for row, name in ((0, "Mon"), (2, "Wed"), (4, "Fri")):
        y = HEATMAP_TOP + row * STEP + CELL - 2
        marks.append(f'<text x="0" y="{y}">{name}</text>')
    for week in range(weeks):
        column_start = first_column + timedelta(days=7 * week)
        x = HEATMAP_LEFT + week * STEP
        first_of_month = next(
            (day for day in _week(column_start) if day.day == 1 and start <= day <= today), None
        )
        if first_of_month is not None:
            marks.append(
                f'<text x="{x}" y="{HEATMAP_TOP - 5}">{MONTHS[first_of_month.month - 1]}</text>'
            )
        for weekday, day in enumerate(_week(column_start)):
            if day < start or day > today:
                continue
            count = window.get(day, 0)
            y = HEATMAP_TOP + weekday * STEP
            fill = HEATMAP_COLOURS[heatmap_level(count, busiest)]
            marks.append(
                f'<rect x="{x}" y="{y}" width="{CELL}" height="{CELL}" rx="2" fill="{fill}" '
                f'data-date="{day.isoformat()}" data-count="{count}">'
                f"<title>{escape(day.isoformat() + ': ' + _plural(count, unit))}</title></rect>"
            )
    return Chart(_svg(chart_id, label, summary, width, height, marks), summary)


def forecast_bars(
    days: Sequence[tuple[date, int]],
    *,
    chart_id: str,
    overdue: int = 0,
    label: str = "Review forecast",
) -> Chart:
    """One bar per day of reviews falling due (today first); `overdue` reviews, already due
    before today, stand in a red bar of their own at the left."""
    columns: list[tuple[str, int, str, str]] = []
    if overdue:
        columns.append(
            ("overdue", overdue, OVERDUE_COLOUR, f"Overdue: {_plural(overdue, 'review')}")
        )
    for day, count in days:
        tip = f"{day.isoformat()}: {_plural(count, 'review')}"
        columns.append((day.isoformat(), count, BAR_COLOUR, tip))
    total = overdue + sum(count for _, count in days)
    summary = f"{label}: {_plural(total, 'review')} over the next {_plural(len(days), 'day')}"
    if overdue:
        summary += f", {overdue} of them already overdue"
    if any(count for _, count in days):
        peak_day, peak = max(days, key=lambda item: (item[1], -item[0].toordinal()))
        summary += f"; the most on {peak_day.isoformat()} ({peak})"
    summary += "."

    busiest = max((count for _, count, _, _ in columns), default=0)
    scale_top = max(1, busiest)
    plot_width = FORECAST_WIDTH - FORECAST_LEFT
    plot_height = FORECAST_HEIGHT - FORECAST_TOP - FORECAST_BOTTOM
    baseline = FORECAST_TOP + plot_height
    slot = plot_width / max(1, len(columns))
    bar_width = max(2.0, slot * 0.7)
    marks = [
        f'<line x1="{FORECAST_LEFT}" y1="{baseline}" x2="{FORECAST_WIDTH}" y2="{baseline}" '
        f'stroke="#9ca3af"/>',
        f'<text x="{FORECAST_LEFT - 6}" y="{FORECAST_TOP + 8}" text-anchor="end">'
        f"{scale_top}</text>",
        f'<text x="{FORECAST_LEFT - 6}" y="{baseline}" text-anchor="end">0</text>',
    ]
    for index, (key, count, colour, tip) in enumerate(columns):
        x = FORECAST_LEFT + index * slot + (slot - bar_width) / 2
        bar_height = plot_height * count / scale_top
        marks.append(
            f'<rect x="{x:.1f}" y="{baseline - bar_height:.1f}" width="{bar_width:.1f}" '
            f'height="{bar_height:.1f}" fill="{colour}" data-day="{key}" data-count="{count}">'
            f"<title>{escape(tip)}</title></rect>"
        )
        day_index = index - (1 if overdue else 0)
        if key == "overdue" or day_index % FORECAST_LABEL_EVERY == 0:
            text = "late" if key == "overdue" else ("today" if day_index == 0 else key[5:])
            marks.append(
                f'<text x="{x + bar_width / 2:.1f}" y="{FORECAST_HEIGHT - 6}" '
                f'text-anchor="middle">{text}</text>'
            )
    return Chart(_svg(chart_id, label, summary, FORECAST_WIDTH, FORECAST_HEIGHT, marks), summary)


def _svg(chart_id: str, label: str, summary: str, width: int, height: int, marks: list[str]) -> str:
    ident = escape(chart_id, quote=True)
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" '
        f'class="chart" role="img" aria-labelledby="{ident}-title {ident}-desc" '
        f'font-size="10" font-family="system-ui, sans-serif" fill="{TEXT_COLOUR}">'
        f'<title id="{ident}-title">{escape(label)}</title>'
        f'<desc id="{ident}-desc">{escape(summary)}</desc>' + "".join(marks) + "</svg>"
    )
