def sales_table(rows: list[list]) -> list[str]:
    """Return the lines of a table of regions, sales and changes, columns aligned."""
    lines = ["Region  Sales  Change"]
    for region, sales, change in rows:
        lines.append(f"{region}  {sales}  {change}")
    return lines
