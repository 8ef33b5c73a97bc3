// Reordering a path's problems: drag with the mouse, or the Up/Down buttons (keyboard), both
// saved at once without a reload. Without this file the buttons post and the page reloads.
"use strict";
(function () {
  const list = document.querySelector("ol[data-reorder]");
  if (!list) return;

  const items = () => Array.from(list.querySelectorAll("li[data-slug]"));

  function refreshButtons() {
    const all = items();
    all.forEach((item, index) => {
      item.querySelector('button[value="up"]').disabled = index === 0;
      item.querySelector('button[value="down"]').disabled = index === all.length - 1;
    });
  }

  async function save() {
    const fields = new URLSearchParams();
    for (const item of items()) fields.append("slugs", item.dataset.slug);
    try {
      const data = await window.LeetTrack.post(list.dataset.reorder, fields);
      window.LeetTrack.announce(data.message || "Order saved", "success");
    } catch (error) {
      window.LeetTrack.announce(error.message + " Reload the page to see the saved order.", "error");
    }
  }

  // Up / Down: move the item in the page, keep focus on the same button, save.
  list.addEventListener("submit", (event) => {
    const form = event.target;
    if (!form.hasAttribute("data-move")) return;
    event.preventDefault();
    const button = event.submitter;
    const item = form.closest("li");
    if (button.value === "up" && item.previousElementSibling) {
      list.insertBefore(item, item.previousElementSibling);
    } else if (button.value === "down" && item.nextElementSibling) {
      list.insertBefore(item.nextElementSibling, item);
    } else {
      return;
    }
    refreshButtons();
    (button.disabled ? form.querySelector("button:not([disabled])") : button).focus();
    save();
  });

  // Drag and drop.
  let dragged = null;
  list.addEventListener("dragstart", (event) => {
    dragged = event.target.closest("li[data-slug]");
    if (!dragged) return;
    dragged.classList.add("dragging");
    event.dataTransfer.effectAllowed = "move";
    event.dataTransfer.setData("text/plain", dragged.dataset.slug);
  });
  list.addEventListener("dragover", (event) => {
    if (!dragged) return;
    event.preventDefault();
    const over = event.target.closest("li[data-slug]");
    if (!over || over === dragged) return;
    const box = over.getBoundingClientRect();
    const after = event.clientY > box.top + box.height / 2;
    list.insertBefore(dragged, after ? over.nextElementSibling : over);
  });
  list.addEventListener("drop", (event) => event.preventDefault());
  list.addEventListener("dragend", () => {
    if (!dragged) return;
    dragged.classList.remove("dragging");
    dragged = null;
    refreshButtons();
    save();
  });
})();
