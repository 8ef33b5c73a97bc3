"""`python -m leettrack` is the `leettrack` command."""

from leettrack.cli import app

app(prog_name="leettrack")
