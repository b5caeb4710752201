// Draw the who-connects-to-whom network (home page, entity pages) and the found paths (path page)
// with cytoscape.js. Everything drawn here is also listed in the HTML, so the page reads without it.
(function () {
  "use strict";
  if (typeof cytoscape === "undefined") return;
  const COLOURS = { person: "#2b6cb0", organization: "#2f855a", outlet: "#c05621", place: "#6b46c1",
                    country: "#b83280" };

  function entityUrl(iri) {
    const parts = iri.replace(/\/+$/, "").split("/");
    return "/entities/" + parts.slice(-2).map(encodeURIComponent).join("/");
  }

  const STYLE = [
    { selector: "node", style: {
        "background-color": (n) => COLOURS[n.data("type")] || "#718096",
        "width": "data(size)", "height": "data(size)", "label": "data(label)",
        "font-size": 11, "font-family": "system-ui, sans-serif", "color": "#1a202c",
        "text-valign": "bottom", "text-margin-y": 3, "text-outline-color": "#fff", "text-outline-width": 2,
        "border-color": "#fff", "border-width": 1.5 } },
    { selector: "node.focus", style: { "border-color": "#1a202c", "border-width": 3, "font-weight": "bold" } },
    { selector: "node.end", style: { "border-color": "#1a202c", "border-width": 3, "font-weight": "bold",
                                    "font-size": 13 } },
    { selector: "edge", style: { "width": 1.4, "line-color": "#a0aec0", "curve-style": "bezier", "opacity": 0.8 } },
    { selector: "edge[label]", style: { "label": "data(label)", "font-size": 10, "color": "#4a5568",
        "text-rotation": "autorotate", "text-margin-y": -12, "text-background-color": "#fff", "text-background-opacity": 0.85,
        "text-background-padding": 2, "line-color": "#dd6b20", "width": 2.5,
        "target-arrow-shape": "triangle", "target-arrow-color": "#dd6b20" } },
    { selector: ".faded", style: { "opacity": 0.15 } },
    { selector: ".hidden", style: { "display": "none" } },
  ];

  async function json(url) {
    const response = await fetch(url, { headers: { Accept: "application/json" } });
    if (!response.ok) throw new Error(url + " answered " + response.status);
    return response.json();
  }

  // PageRank sizes the nodes when the server has it; right after a write on a large graph it is still
  // being computed in the background (503 + Retry-After), and the drawing sizes by links meanwhile.
  async function centrality(container) {
    const response = await fetch(container.dataset.centrality, { headers: { Accept: "application/json" } });
    const scores = {};
    if (!response.ok) {
      container.dataset.sizing = "degree";
      const caption = document.getElementById("graph-sizing");
      const why = response.status === 503 ? "PageRank is still being computed: reload in a moment"
                                          : "PageRank could not be loaded (" + response.status + ")";
      if (caption) caption.textContent = "the number of links (" + why + ")";
      return scores;
    }
    (await response.json()).entities.forEach((e) => { scores[e.iri] = e.score; });
    container.dataset.sizing = "pagerank";
    return scores;
  }

  function elements(network, scores) {
    const max = Math.max(1e-9, ...Object.values(scores));
    const maxDegree = Math.max(1, ...network.nodes.map((n) => n.degree));
    const nodes = network.nodes.map((n) => {
      const weight = n.iri in scores ? scores[n.iri] / max : n.degree / maxDegree;
      return { data: { id: n.iri, label: n.name, type: n.type, size: 14 + 46 * Math.sqrt(weight) } };
    });
    const edges = network.edges.map((e, i) => ({
      data: { id: "e" + i, source: e.source, target: e.target, kinds: e.relations.map((r) => r.kind),
              title: e.relations.map((r) => r.label).join("\n") } }));
    return nodes.concat(edges);
  }

  function clickable(cy) {
    cy.on("tap", "node", (event) => { window.location.href = entityUrl(event.target.id()); });
    cy.on("mouseover", "node", (event) => {
      const hood = event.target.closedNeighborhood();
      cy.elements().not(hood).addClass("faded");
    });
    cy.on("mouseout", "node", () => cy.elements().removeClass("faded"));
  }

  function filters(cy, form) {
    form.hidden = false;
    const apply = () => {
      const types = new Set([...form.querySelectorAll("input[name=type]:checked")].map((i) => i.value));
      const kinds = new Set([...form.querySelectorAll("input[name=kind]:checked")].map((i) => i.value));
      cy.batch(() => {
        cy.nodes().forEach((n) => n.toggleClass("hidden", !types.has(n.data("type"))));
        cy.edges().forEach((e) => e.toggleClass("hidden", !e.data("kinds").some((k) => kinds.has(k))));
      });
    };
    form.addEventListener("change", apply);
  }

  async function drawNetwork(container) {
    try {
      const network = await json(container.dataset.network);
      const scores = container.dataset.centrality ? await centrality(container) : {};
      const cy = cytoscape({ container, elements: elements(network, scores), style: STYLE,
                             layout: { name: "cose", animate: false, nodeRepulsion: 9000, idealEdgeLength: 90,
                                       padding: 20 },
                             minZoom: 0.2, maxZoom: 3 });
      container.cy = cy;   // reachable from the console and the browser tests
      if (container.dataset.focus) cy.getElementById(container.dataset.focus).addClass("focus");
      clickable(cy);
      const form = document.getElementById("graph-filters");
      if (form && container.id === "network") filters(cy, form);
      container.dataset.ready = String(cy.nodes().length);
    } catch (error) {
      container.textContent = "The drawing could not be loaded (" + error.message + "). The lists on this page have the same information.";
    }
  }

  function drawPaths(container, answer) {
    const kinds = JSON.parse(container.dataset.kinds || "{}");
    const placed = {}, columns = {}, els = [], seen = new Set();
    answer.paths.forEach((path) => {
      path.nodes.forEach((n, i) => {
        if (n.iri in placed) return;
        columns[i] = (columns[i] || 0) + 1;
        placed[n.iri] = { x: i * 320, y: (columns[i] - 1) * 100 };
        els.push({ data: { id: n.iri, label: n.name, type: n.type, size: 26 }, position: placed[n.iri],
                   classes: (n.iri === answer.from.iri || n.iri === answer.to.iri) ? "end" : "" });
      });
      path.hops.forEach((hop) => {
        const key = hop.from + " " + hop.to;
        if (seen.has(key)) return;
        seen.add(key);
        // The short relation name ("commented on"); the full sentence-like label is in the list below.
        const label = [...new Set(hop.relations.map((r) => kinds[r.kind] || r.kind))].join(" · ");
        els.push({ data: { id: "h" + seen.size, source: hop.from, target: hop.to, label: label } });
      });
    });
    container.style.height = Math.max(...Object.values(columns)) * 100 + 120 + "px";  // no empty band
    const cy = cytoscape({ container, elements: els, style: STYLE, layout: { name: "preset", padding: 40 },
                           userZoomingEnabled: false });
    clickable(cy);
    container.cy = cy;
    container.dataset.ready = String(cy.nodes().length);
  }

  document.querySelectorAll(".network[data-network]").forEach(drawNetwork);
  const data = document.getElementById("path-data");
  const target = document.getElementById("path-graph");
  if (data && target) drawPaths(target, JSON.parse(data.textContent));
})();
