/* The network page: actors as nodes, events as edges (from /api/network), drawn by cytoscape.js.
 * Cytoscape draws on a canvas; labels are plain strings, never HTML. */
"use strict";
(function networkPage() {
  const { el, link, facts, clear } = SL;
  const box = document.getElementById("network");
  const status = document.getElementById("chart-status");
  const detail = document.getElementById("chart-detail");
  const COLORS = { cooperative: "#2e7d32", conflictual: "#c62828" };

  function showNode(d) {
    clear(detail);
    const card = el("div", "card card-actor");
    card.appendChild(el("h3", null, d.name));
    card.appendChild(facts([
      ["country", d.country], ["sector", d.sector], ["events", d.events],
      ["page", d.page ? link("/actors/" + encodeURIComponent(d.id), "actor page →") : null],
    ]));
    detail.appendChild(card);
  }

  function showEdge(d, names) {
    clear(detail);
    const card = el("div", "card card-event");
    card.appendChild(el("h3", "etype " + d.polarity, names[d.source] + " " + d.type + " " + names[d.target]));
    const list = el("ul");
    for (const e of d.events) {
      const li = el("li");
      li.appendChild(link("/articles/" + encodeURIComponent(e.article_id) + "#e" + e.id, "“" + e.trigger + "”"));
      if (e.date) li.appendChild(el("span", "muted", " " + e.date));
      list.appendChild(li);
    }
    card.appendChild(facts([["events", d.count], ["polarity", d.polarity]]));
    card.appendChild(list);
    detail.appendChild(card);
  }

  fetch(box.dataset.src, { headers: { Accept: "application/json" } })
    .then((r) => r.json().then((body) => ({ ok: r.ok, body })))
    .then(({ ok, body }) => {
      if (!ok) {
        status.textContent = "error: " + (typeof body.detail === "string" ? body.detail : JSON.stringify(body.detail));
        return;
      }
      status.textContent = body.nodes.length + " actor(s), " + body.edges.length + " link(s) from " + body.events +
        " event(s)" + (body.matching > body.events ? " (first " + body.events + " of " + body.matching + ")" : "");
      if (!body.nodes.length) {
        box.appendChild(el("p", "empty", "No events between two known actors."));
        box.classList.add("ready");
        return;
      }
      const names = {};
      const elements = [];
      for (const n of body.nodes) {
        names[n.id] = n.name;
        elements.push({ group: "nodes", data: { ...n, label: n.name, size: 18 + Math.min(40, 4 * n.events) } });
      }
      for (const e of body.edges) {
        elements.push({ group: "edges", data: { ...e, label: e.type + (e.count > 1 ? " ×" + e.count : ""), width: 1 + Math.min(8, e.count) } });
      }
      const cy = cytoscape({
        container: box,
        elements,
        layout: { name: "cose", animate: false, nodeRepulsion: () => 9000, idealEdgeLength: () => 120, randomize: false },
        style: [
          { selector: "node", style: { label: "data(label)", width: "data(size)", height: "data(size)",
            "background-color": "#455a64", color: "#222", "font-size": 11, "text-valign": "bottom", "text-margin-y": 4 } },
          { selector: "edge", style: { width: "data(width)", "curve-style": "bezier", "target-arrow-shape": "triangle",
            label: "data(label)", "font-size": 8, "min-zoomed-font-size": 9, color: "#555", "text-rotation": "autorotate" } },
          { selector: "edge[polarity = 'cooperative']", style: { "line-color": COLORS.cooperative, "target-arrow-color": COLORS.cooperative } },
          { selector: "edge[polarity = 'conflictual']", style: { "line-color": COLORS.conflictual, "target-arrow-color": COLORS.conflictual } },
          { selector: ":selected", style: { "overlay-opacity": 0.2, "overlay-color": "#1565c0" } },
        ],
      });
      cy.on("tap", "node", (ev) => showNode(ev.target.data()));
      cy.on("tap", "edge", (ev) => showEdge(ev.target.data(), names));
      cy.on("dbltap", "node", (ev) => {
        if (ev.target.data("page")) window.location.href = "/actors/" + encodeURIComponent(ev.target.id());
      });
      window.storylineNetwork = cy;
      box.classList.add("ready");
    })
    .catch((err) => {
      status.textContent = "could not load the network: " + err;
    });
})();
