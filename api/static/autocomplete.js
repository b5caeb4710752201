// Autocomplete over names and aliases (GET /api/entities?q=) for every input[data-autocomplete].
// ARIA 1.2 combobox pattern: the input keeps focus, arrows move through the listbox, Enter picks.
// data-autocomplete="entity" opens the entity page; "name" fills the name in (path finder).
(function () {
  "use strict";
  const LIMIT = 8;
  let counter = 0;

  function entityUrl(iri) {
    const parts = iri.replace(/\/+$/, "").split("/");
    return "/entities/" + parts.slice(-2).map(encodeURIComponent).join("/");
  }

  function attach(input) {
    const id = "ac-" + (++counter);
    const list = document.createElement("ul");
    list.id = id;
    list.className = "suggestions";
    list.setAttribute("role", "listbox");
    list.setAttribute("aria-label", "Suggestions");
    list.hidden = true;
    const status = document.createElement("div");
    status.className = "visually-hidden";
    status.setAttribute("role", "status");
    input.after(list, status);
    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-expanded", "false");
    input.setAttribute("aria-controls", id);
    let items = [], active = -1, timer = null, request = 0;

    function close() {
      list.hidden = true; items = []; active = -1;
      input.setAttribute("aria-expanded", "false");
      input.removeAttribute("aria-activedescendant");
    }
    function mark(index) {
      active = index;
      [...list.children].forEach((li, i) => li.setAttribute("aria-selected", String(i === index)));
      if (index >= 0) input.setAttribute("aria-activedescendant", id + "-" + index);
      else input.removeAttribute("aria-activedescendant");
    }
    function pick(entity) {
      if (input.dataset.autocomplete === "entity") { window.location.href = entityUrl(entity.iri); return; }
      input.value = entity.name;
      close();
    }
    function render(entities) {
      list.replaceChildren();
      items = entities;
      entities.forEach((e, i) => {
        const li = document.createElement("li");
        li.id = id + "-" + i;
        li.setAttribute("role", "option");
        const name = document.createElement("span");
        name.textContent = e.name;            // textContent: names are data, never markup
        const type = document.createElement("span");
        type.className = "badge t-" + e.type;
        type.textContent = e.type;
        li.append(name, " ", type);
        const q = input.value.trim().toLowerCase();
        const alias = (e.aliases || []).find((a) => a.toLowerCase().includes(q));
        if (alias && !e.name.toLowerCase().includes(q)) {
          const small = document.createElement("small");
          small.textContent = " also called " + alias;
          li.append(small);
        }
        li.addEventListener("mousedown", (event) => { event.preventDefault(); pick(e); });
        list.append(li);
      });
      list.hidden = entities.length === 0;
      input.setAttribute("aria-expanded", String(entities.length > 0));
      status.textContent = entities.length ? entities.length + " suggestions; use the arrow keys" : "";
      mark(-1);
    }
    async function lookup() {
      const q = input.value.trim();
      if (!q) { close(); return; }
      const mine = ++request;
      try {
        const response = await fetch("/api/entities?limit=" + LIMIT + "&q=" + encodeURIComponent(q),
                                     { headers: { Accept: "application/json" } });
        if (!response.ok || mine !== request) return;
        const entities = (await response.json()).entities || [];
        if (mine !== request || document.activeElement !== input) return;  // the reader moved on
        render(entities);
      } catch (error) { close(); }
    }
    input.addEventListener("input", () => { clearTimeout(timer); timer = setTimeout(lookup, 120); });
    input.addEventListener("keydown", (event) => {
      if (event.key === "ArrowDown" && items.length) { event.preventDefault(); mark((active + 1) % items.length); }
      else if (event.key === "ArrowUp" && items.length) { event.preventDefault(); mark((active - 1 + items.length) % items.length); }
      else if (event.key === "Enter" && active >= 0) { event.preventDefault(); pick(items[active]); }
      else if (event.key === "Escape") { close(); }
    });
    input.addEventListener("blur", () => { request++; clearTimeout(timer); setTimeout(close, 100); });
  }

  document.querySelectorAll("input[data-autocomplete]").forEach(attach);
})();
