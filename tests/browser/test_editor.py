"""The Code editor from the keyboard: Tab indents instead of leaving, Enter keeps the
indentation (one level more after a colon), Shift+Tab dedents, and Esc then Tab leaves."""

from __future__ import annotations

from playwright.sync_api import Page, expect

from tests.browser.support import sign_up


def test_the_editor_keeps_indentation_and_takes_tab(page: Page, app_server) -> None:
    sign_up(page, app_server.base_url)
    page.goto("/exercises/hello-world")
    code = page.get_by_label("Code", exact=True)
    code.fill("")
    code.focus()
    keyboard = page.keyboard
    keyboard.type("def greet(name):")
    keyboard.press("Enter")
    keyboard.type("if name:")
    keyboard.press("Enter")
    keyboard.type("return name")
    keyboard.press("Enter")
    keyboard.press("Shift+Tab")
    keyboard.type("x = 1")
    keyboard.press("Tab")
    keyboard.type("# done")
    expect(code).to_have_value(
        "def greet(name):\n    if name:\n        return name\n    x = 1    # done"
    )
    expect(code).to_be_focused()

    # Several lines selected: Tab indents each, Shift+Tab takes it back.
    code.evaluate("field => field.setSelectionRange(0, field.value.length)")
    keyboard.press("Tab")
    expect(code).to_have_value(
        "    def greet(name):\n        if name:\n            return name\n        x = 1    # done"
    )
    keyboard.press("Shift+Tab")
    expect(code).to_have_value(
        "def greet(name):\n    if name:\n        return name\n    x = 1    # done"
    )

    # Esc releases Tab for one press: the keyboard user moves on to Stdin.
    keyboard.press("Escape")
    expect(page.locator("#code-status")).to_contain_text("Tab now moves")
    keyboard.press("Tab")
    expect(page.get_by_label("Stdin", exact=True)).to_be_focused()
    keyboard.press("Shift+Tab")
    expect(code).to_be_focused()
    keyboard.press("Tab")
    expect(code).to_be_focused()


def test_run_keeps_the_editor_and_prints_stdin(page: Page, app_server) -> None:
    sign_up(page, app_server.base_url)
    page.goto("/exercises/hello-world")
    code = page.get_by_label("Code", exact=True)
    program = "import sys\nfor line in sys.stdin:\n    print(line.strip().upper())\n"
    code.fill(program)
    page.get_by_label("Stdin", exact=True).fill("ada\ngrace")
    page.get_by_role("button", name="Run").click()
    output = page.get_by_role("region", name="Results").locator("pre.output").first
    expect(output).to_have_text("ADA\nGRACE\n")
    expect(code).to_have_value(program)
    # The page was not reloaded: the script swapped the results in place.
    assert page.evaluate("performance.getEntriesByType('navigation').length") == 1
    assert page.url.endswith("/exercises/hello-world")
