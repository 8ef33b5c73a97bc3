"""Exercise instructions: Markdown becomes HTML, and nothing executable survives."""

from __future__ import annotations

from leettrack.web.markdown import render_markdown, without_title


def test_markdown_is_rendered():
    html = render_markdown("# Title\n\nSome **bold** and `code`.\n\n```python\nx = 1\n```\n")
    assert "<h2>Title</h2>" in html
    assert "<strong>bold</strong>" in html
    assert "<code>code</code>" in html
    assert "<pre><code>x = 1\n</code></pre>" in html


def test_tables_render():
    html = render_markdown("| a | b |\n|---|---|\n| 1 | 2 |\n")
    assert "<table>" in html and "<td>1</td>" in html


def test_headings_stay_below_the_page_title():
    assert "<h6>deep</h6>" in render_markdown("###### deep")
    assert "<h3>sub</h3>" in render_markdown("## sub")


def test_raw_html_and_script_are_neutralised():
    html = render_markdown('<script>alert(1)</script>\n\n<img src=x onerror="alert(1)">')
    assert "<script" not in html
    assert "<img" not in html
    assert "&lt;script&gt;" in html


def test_javascript_links_are_dropped():
    html = render_markdown("[click](javascript:alert(1)) and [ok](https://example.com)")
    assert 'href="javascript' not in html
    assert 'href="https://example.com"' in html
    assert 'rel="noopener noreferrer"' in html


def test_every_bundled_exercise_renders():
    from leettrack.exercises.content import load_exercises

    for exercise in load_exercises():
        html = render_markdown(exercise.instructions)
        assert html.strip(), exercise.metadata.id
        assert "<h1" not in html


def test_a_title_heading_the_page_shows_is_left_out():
    source = "# Two Sum\n\nFind two numbers.\n"
    assert without_title(source, "Two Sum") == "\nFind two numbers.\n"
    assert without_title(source, "Three Sum") == source
    assert without_title("Find two numbers.", "Two Sum") == "Find two numbers."
