"""The SVG charts: what each mark says, what the text alternative says, and that it parses."""

from __future__ import annotations

from datetime import date, timedelta
from xml.etree import ElementTree

import pytest

from leettrack.web.charts import HEATMAP_COLOURS, forecast_bars, heatmap, heatmap_level

SVG = "{http://www.w3.org/2000/svg}"
TODAY = date(2026, 12, 1)  # a Tuesday


def parse(svg: str) -> ElementTree.Element:
    return ElementTree.fromstring(svg)


def cells(svg: str) -> dict[str, ElementTree.Element]:
    return {rect.get("data-date"): rect for rect in parse(svg).iter(f"{SVG}rect")}


@pytest.mark.parametrize(
    ("count", "busiest", "level"),
    [(0, 0, 0), (0, 9, 0), (1, 1, 4), (1, 8, 1), (2, 8, 1), (3, 8, 2), (6, 8, 3), (8, 8, 4)],
)
def test_level_is_the_share_of_the_busiest_day(count, busiest, level):
    assert heatmap_level(count, busiest) == level


def test_heatmap_has_one_square_per_day_with_its_count():
    activity = {TODAY: 4, TODAY - timedelta(days=1): 1, TODAY - timedelta(days=364): 2}
    chart = heatmap(activity, TODAY, chart_id="activity")
    squares = cells(chart.svg)
    assert len(squares) == 365
    assert min(squares) == (TODAY - timedelta(days=364)).isoformat()
    assert max(squares) == TODAY.isoformat()
    assert squares[TODAY.isoformat()].get("data-count") == "4"
    assert squares[TODAY.isoformat()].get("fill") == HEATMAP_COLOURS[4]
    assert squares[(TODAY - timedelta(days=1)).isoformat()].get("fill") == HEATMAP_COLOURS[1]
    assert squares[(TODAY - timedelta(days=2)).isoformat()].get("fill") == HEATMAP_COLOURS[0]
    tip = squares[TODAY.isoformat()].find(f"{SVG}title")
    assert tip is not None and tip.text == "2026-12-01: 4 events"


def test_heatmap_ignores_days_outside_the_window():
    activity = {TODAY + timedelta(days=1): 50, TODAY - timedelta(days=365): 50, TODAY: 1}
    chart = heatmap(activity, TODAY, chart_id="a")
    assert "1 event on 1 active day" in chart.summary
    assert cells(chart.svg)[TODAY.isoformat()].get("fill") == HEATMAP_COLOURS[4]


def test_heatmap_columns_are_weeks_starting_monday():
    squares = cells(heatmap({}, TODAY, chart_id="a").svg)
    monday, tuesday = TODAY - timedelta(days=1), TODAY
    assert squares[monday.isoformat()].get("x") == squares[tuesday.isoformat()].get("x")
    assert int(squares[tuesday.isoformat()].get("y")) > int(squares[monday.isoformat()].get("y"))
    sunday = TODAY - timedelta(days=2)
    assert int(squares[sunday.isoformat()].get("x")) < int(squares[monday.isoformat()].get("x"))


def test_heatmap_text_alternative_names_totals_and_busiest_day():
    activity = {date(2026, 6, 3): 5, date(2026, 6, 4): 2}
    chart = heatmap(activity, TODAY, chart_id="lc", label="Submissions", unit="submission")
    assert chart.summary == (
        "Submissions over the last 365 days, to 2026-12-01: 7 submissions on 2 active days; "
        "the busiest day was 2026-06-03 with 5."
    )
    root = parse(chart.svg)
    assert root.get("role") == "img"
    assert root.get("aria-labelledby") == "lc-title lc-desc"
    assert root.find(f"{SVG}title").get("id") == "lc-title"
    assert root.find(f"{SVG}desc").text == chart.summary


def test_heatmap_labels_the_months_that_start_in_it():
    labels = [text.text for text in parse(heatmap({}, TODAY, chart_id="a").svg).iter(f"{SVG}text")]
    assert labels[:3] == ["Mon", "Wed", "Fri"]
    months = labels[3:]
    assert months == [
        "Jan",
        "Feb",
        "Mar",
        "Apr",
        "May",
        "Jun",
        "Jul",
        "Aug",
        "Sep",
        "Oct",
        "Nov",
        "Dec",
    ]


def test_empty_heatmap_says_so():
    chart = heatmap({}, TODAY, chart_id="a")
    assert (
        chart.summary
        == "Activity over the last 365 days, to 2026-12-01: 0 events on 0 active days."
    )
    assert {rect.get("fill") for rect in cells(chart.svg).values()} == {HEATMAP_COLOURS[0]}


def test_chart_ids_and_labels_are_escaped():
    chart = heatmap({}, TODAY, chart_id='x" onload="alert(1)', label="<script>")
    assert "<script>" not in chart.svg
    assert 'onload="' not in chart.svg
    parse(chart.svg)


def forecast_days(counts: list[int]) -> list[tuple[date, int]]:
    return [(TODAY + timedelta(days=offset), count) for offset, count in enumerate(counts)]


def test_forecast_bar_heights_follow_the_counts():
    chart = forecast_bars(forecast_days([2, 0, 4]), chart_id="f")
    bars = {rect.get("data-day"): rect for rect in parse(chart.svg).iter(f"{SVG}rect")}
    assert list(bars) == ["2026-12-01", "2026-12-02", "2026-12-03"]
    heights = {day: float(rect.get("height")) for day, rect in bars.items()}
    assert heights["2026-12-02"] == 0
    assert heights["2026-12-03"] == pytest.approx(2 * heights["2026-12-01"])
    tip = bars["2026-12-03"].find(f"{SVG}title")
    assert tip is not None and tip.text == "2026-12-03: 4 reviews"
    assert chart.summary == (
        "Review forecast: 6 reviews over the next 3 days; the most on 2026-12-03 (4)."
    )


def test_forecast_shows_overdue_reviews_first():
    chart = forecast_bars(forecast_days([1] * 30), chart_id="f", overdue=3)
    bars = list(parse(chart.svg).iter(f"{SVG}rect"))
    assert len(bars) == 31
    assert bars[0].get("data-day") == "overdue" and bars[0].get("data-count") == "3"
    assert bars[0].get("fill") != bars[1].get("fill")
    assert "33 reviews over the next 30 days, 3 of them already overdue" in chart.summary
    labels = [text.text for text in parse(chart.svg).iter(f"{SVG}text")]
    assert "late" in labels and "today" in labels and "12-08" in labels


def test_forecast_with_nothing_due():
    chart = forecast_bars(forecast_days([0] * 30), chart_id="f")
    assert chart.summary == "Review forecast: 0 reviews over the next 30 days."
    assert all(float(rect.get("height")) == 0 for rect in parse(chart.svg).iter(f"{SVG}rect"))
