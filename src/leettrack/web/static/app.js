// LeetTrack progressive enhancement: every page works without this file.
"use strict";
(function () {
  const token = () => document.querySelector('meta[name="csrf-token"]').content;

  // POST form fields with the CSRF header, asking for JSON; resolves to the answer's data.
  async function post(url, fields) {
    const response = await fetch(url, {
      method: "POST",
      body: new URLSearchParams(fields),
      headers: { "X-CSRF-Token": token(), Accept: "application/json" },
      credentials: "same-origin",
    });
    const data = await response.json().catch(() => null);
    if (!response.ok) {
      throw new Error(data && data.error ? data.error.message : "Request failed (" + response.status + ")");
    }
    return data;
  }

  // Show a message in the page's live region (read out by screen readers).
  function announce(text, kind) {
    const area = document.getElementById("messages");
    if (!area) return;
    const p = document.createElement("p");
    p.className = "message message-" + (kind || "success");
    p.textContent = text;
    area.replaceChildren(p);
  }

  window.LeetTrack = { post, announce, token };

  // Forms marked data-enhance="fetch" submit in place (the clicked button is sent along) and
  // fire "leettrack:done" with the answer; without JavaScript they POST and redirect.
  document.addEventListener("submit", async (event) => {
    const form = event.target;
    if (!(form instanceof HTMLFormElement) || form.dataset.enhance !== "fetch") return;
    event.preventDefault();
    const button = event.submitter;
    const fields = new FormData(form);
    if (button && button.name) fields.set(button.name, button.value);
    try {
      const data = await post(form.action, fields);
      form.dispatchEvent(new CustomEvent("leettrack:done", { bubbles: true, detail: { data, button } }));
      if (data && data.message) announce(data.message, "success");
    } catch (error) {
      announce(error.message, "error");
    }
  });

  // A rated card (or any item whose form says data-remove-on-done) leaves the list.
  document.addEventListener("leettrack:done", (event) => {
    const form = event.target;
    if (!(form instanceof HTMLFormElement) || !form.hasAttribute("data-remove-on-done")) return;
    const item = form.closest("[data-item]");
    if (item) item.remove();
  });

  // One-click status: the pressed button is the new status.
  document.addEventListener("leettrack:done", (event) => {
    const form = event.target;
    const pressed = event.detail.button;
    if (!(form instanceof HTMLFormElement) || !form.hasAttribute("data-status-group") || !pressed) return;
    for (const button of form.querySelectorAll("button[name=status]")) {
      button.setAttribute("aria-pressed", button === pressed ? "true" : "false");
    }
  });
})();
