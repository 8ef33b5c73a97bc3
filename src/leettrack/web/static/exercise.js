// The exercise page, progressively enhanced. Without this script the page works as plain
// forms: Run and Test post the code and the server answers with the page, code included.
//
// 1. The "Code" editor keeps indentation: Tab indents (the selected lines, or at the caret),
//    Shift+Tab dedents, Enter carries the line's indentation (one level more after a colon).
//    Esc releases Tab for one press, so keyboard users can leave the field (Esc, then Tab).
// 2. Run and Test are sent with fetch: only the results and the submissions are replaced, so
//    nothing typed in the editor is ever lost, whatever the server answers.
"use strict";

(function () {
  var INDENT = "    ";

  function lineStart(text, index) {
    return text.lastIndexOf("\n", index - 1) + 1;
  }

  function replaceRange(field, start, end, text, caretStart, caretEnd) {
    field.setRangeText(text, start, end, "end");
    field.setSelectionRange(caretStart, caretEnd);
    field.dispatchEvent(new Event("input", { bubbles: true }));
  }

  function indentLines(field, outdent) {
    var text = field.value;
    var selStart = field.selectionStart;
    var selEnd = field.selectionEnd;
    var from = lineStart(text, selStart);
    var to = selEnd > from && text[selEnd - 1] === "\n" ? selEnd - 1 : selEnd;
    var lines = text.slice(from, to).split("\n");
    var firstShift = 0;
    var total = 0;
    var changed = lines.map(function (line, index) {
      var shift;
      if (outdent) {
        var match = /^( {1,4}|\t)/.exec(line);
        shift = match ? -match[0].length : 0;
        line = line.slice(-shift);
      } else {
        shift = INDENT.length;
        line = INDENT + line;
      }
      if (index === 0) firstShift = shift;
      total += shift;
      return line;
    });
    var newStart = Math.max(from, selStart + firstShift);
    replaceRange(field, from, to, changed.join("\n"), newStart, selEnd + total);
  }

  function newline(field) {
    var text = field.value;
    var start = field.selectionStart;
    var line = text.slice(lineStart(text, start), start);
    var indent = /^[ \t]*/.exec(line)[0];
    if (/:\s*$/.test(line)) indent += INDENT;
    var insert = "\n" + indent;
    var caret = start + insert.length;
    replaceRange(field, start, field.selectionEnd, insert, caret, caret);
  }

  function enhanceEditor(field) {
    var released = false;
    var status = document.getElementById(field.getAttribute("data-editor-status"));
    function say(message) {
      if (status) status.textContent = message;
    }
    field.addEventListener("keydown", function (event) {
      if (event.key === "Escape") {
        released = true;
        say("Tab now moves to the next control.");
        return;
      }
      if (event.key === "Tab" && !released && !event.ctrlKey && !event.altKey && !event.metaKey) {
        event.preventDefault();
        var text = field.value;
        var multiLine = text.slice(field.selectionStart, field.selectionEnd).indexOf("\n") >= 0;
        if (event.shiftKey || multiLine) {
          indentLines(field, event.shiftKey);
        } else {
          var caret = field.selectionStart + INDENT.length;
          replaceRange(field, field.selectionStart, field.selectionEnd, INDENT, caret, caret);
        }
        return;
      }
      if (event.key === "Enter" && !event.isComposing && !event.shiftKey && !event.ctrlKey && !event.metaKey) {
        event.preventDefault();
        newline(field);
      }
      if (released && event.key !== "Tab") {
        released = false;
        say("");
      }
    });
    field.addEventListener("blur", function () {
      released = false;
      say("");
    });
  }

  function errorFromJson(text) {
    try {
      var body = JSON.parse(text);
      if (body && body.error && body.error.message) return body.error.message;
    } catch (ignored) {
      // not JSON: fall through
    }
    return null;
  }

  // An error page of the site (a refused form, say) says what went wrong in its <main>.
  function errorFromPage(page) {
    var main = page.querySelector("main");
    var detail = main && main.querySelector("[role=alert] p, p");
    return detail ? detail.textContent.trim() : null;
  }

  function showMessage(region, message) {
    region.querySelectorAll(":scope > :not(h2)").forEach(function (node) { node.remove(); });
    var box = document.createElement("p");
    box.className = "message message-error";
    box.setAttribute("role", "alert");
    box.textContent = message + " Your code is still in the editor.";
    region.appendChild(box);
  }

  function swapSections(page, ids) {
    ids.forEach(function (id) {
      var fresh = page.getElementById(id);
      var current = document.getElementById(id);
      if (fresh && current) current.replaceWith(fresh);
    });
  }

  function enhanceForm(form) {
    var results = document.getElementById("results");
    if (!results || !window.fetch || !window.DOMParser) return;
    form.addEventListener("submit", function (event) {
      var button = event.submitter;
      if (!button || !button.hasAttribute("formaction")) return;
      event.preventDefault();
      var buttons = form.querySelectorAll("button[type=submit]");
      buttons.forEach(function (b) { b.disabled = true; });
      form.setAttribute("aria-busy", "true");
      results.setAttribute("aria-busy", "true");
      fetch(button.getAttribute("formaction"), {
        method: "POST",
        body: new FormData(form),
        credentials: "same-origin",
        headers: { Accept: "text/html", "X-Requested-With": "fetch" },
      })
        .then(function (response) {
          return response.text().then(function (text) {
            var type = response.headers.get("content-type") || "";
            var message = null;
            if (type.indexOf("text/html") === 0) {
              var page = new DOMParser().parseFromString(text, "text/html");
              if (page.getElementById("results")) {
                swapSections(page, ["results", "submissions"]);
                results = document.getElementById("results");
                return;
              }
              message = errorFromPage(page);
            } else {
              message = errorFromJson(text);
            }
            showMessage(results, message || "The server answered " + response.status + ".");
          });
        })
        .catch(function () {
          showMessage(results, "The server could not be reached.");
        })
        .finally(function () {
          buttons.forEach(function (b) { b.disabled = false; });
          form.removeAttribute("aria-busy");
          results.removeAttribute("aria-busy");
          results.focus();
        });
    });
  }

  document.querySelectorAll("textarea[data-editor]").forEach(enhanceEditor);
  document.querySelectorAll("form[data-run-form]").forEach(enhanceForm);
})();
