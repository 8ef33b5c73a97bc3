"""Exercise instructions and hints: Markdown rendered to HTML, then sanitised.

The content ships with the package, but it is rendered as if it were untrusted: raw HTML in
the source is escaped by the parser and the output goes through an allow-list sanitiser
(nh3), so no script, event handler or `javascript:` link can reach a page.
"""

from __future__ import annotations

from functools import lru_cache

import nh3
from markdown_it import MarkdownIt
from markupsafe import Markup

# The page's own heading is <h1>; the instructions' headings start one level below it.
HEADING_SHIFT = 1


@lru_cache(maxsize=1)
def _parser() -> MarkdownIt:
    return MarkdownIt("commonmark", {"html": False, "linkify": False}).enable("table")


def without_title(source: str, title: str) -> str:
    """`source` without a first line `# <title>`, which the page already shows as its <h1>."""
    first, _, rest = source.lstrip().partition("\n")
    return rest if first.strip() == f"# {title}" else source


def render_markdown(source: str) -> Markup:
    """Sanitised HTML for `source`, its headings shifted under the page's title."""
    parser = _parser()
    tokens = parser.parse(source)
    for token in tokens:
        if token.type in ("heading_open", "heading_close"):
            level = min(6, int(token.tag[1:]) + HEADING_SHIFT)
            token.tag = f"h{level}"
    html = parser.renderer.render(tokens, parser.options, {})
    return Markup(nh3.clean(html))  # noqa: S704  # sanitised just above
