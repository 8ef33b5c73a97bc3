HEADER = ("Region", "Sales", "Change")


def sales_table(rows: list[list]) -> list[str]:
    """Return the lines of a table of regions, sales and changes, columns aligned."""
    cells = [HEADER]
    for region, sales, change in rows:
        cells.append((region, f"{sales:,.2f}", f"{change:+.1%}"))
    widths = [max(len(row[column]) for row in cells) for column in range(3)]
    name_width, sales_width, change_width = widths
    return [
        f"{name:<{name_width}}  {sales:>{sales_width}}  {change:>{change_width}}"
        for name, sales, change in cells
    ]
