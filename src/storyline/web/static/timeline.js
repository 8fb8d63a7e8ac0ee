/* The timeline page: events at their resolved date, from /api/timeline, drawn by vis-timeline.
 * Item content is given as DOM nodes built with textContent, never as HTML strings. */
"use strict";
(function timelinePage() {
  const { el, link, facts, actorLink, clear } = SL;
  const box = document.getElementById("timeline");
  const status = document.getElementById("chart-status");
  const detail = document.getElementById("chart-detail");

  function showEvent(item) {
    clear(detail);
    const card = el("div", "card card-event");
    card.appendChild(el("h3", "etype " + item.polarity, item.type + ": " + item.label));
    card.appendChild(facts([
      ["date", item.date + (item.date_precision ? " (" + item.date_precision + ")" : "")],
      ["trigger", "“" + item.trigger + "”"],
      ["flags", [item.negated ? "negated" : "", item.hypothetical ? "hypothetical" : ""].filter(Boolean).join(", ")],
      ["article", link("/articles/" + encodeURIComponent(item.article_id) + "#e" + item.id, item.title || item.article_id)],
    ]));
    detail.appendChild(card);
  }

  /** "2019", "2019-02" or "2019-02-27" → [start, end or null]: a period is drawn as a range. */
  function period(date, precision) {
    const [y, m, d] = date.split("-").map(Number);
    const start = new Date(y, (m || 1) - 1, d || 1);
    if (precision === "year" || !m) return [start, new Date(y + 1, 0, 1)];
    if (precision === "month" || !d) return [start, new Date(y, m, 1)];
    if (precision === "week") return [start, new Date(y, m - 1, d + 7)];
    return [start, null];
  }

  fetch(box.dataset.src, { headers: { Accept: "application/json" } })
    .then((r) => r.json().then((body) => ({ ok: r.ok, body })))
    .then(({ ok, body }) => {
      if (!ok) {
        status.textContent = "error: " + (typeof body.detail === "string" ? body.detail : JSON.stringify(body.detail));
        return;
      }
      const byId = new Map();
      const items = body.items.map((it) => {
        byId.set(it.id, it);
        const content = el("span", null, it.label);
        const [start, end] = period(it.date, it.date_precision);
        const item = { id: it.id, start, content, group: it.polarity, className: "tl-" + it.polarity };
        if (end) {
          item.end = end;
          item.type = "range";
        }
        return item;
      });
      status.textContent = body.items.length + " dated event(s)" +
        (body.undated ? ", " + body.undated + " without a resolved date not shown" : "") +
        (body.matching > body.items.length + body.undated ? " (first " + (body.items.length + body.undated) + " of " + body.matching + ")" : "");
      if (!items.length) {
        box.appendChild(el("p", "empty", "No dated events to draw."));
        box.classList.add("ready");
        return;
      }
      const groups = [
        { id: "cooperative", content: "cooperative", className: "tlg-cooperative" },
        { id: "conflictual", content: "conflictual", className: "tlg-conflictual" },
      ];
      const timeline = new vis.Timeline(box, items, groups, {
        stack: true, zoomKey: "ctrlKey", orientation: "top", margin: { item: 6 }, maxHeight: 600,
      });
      // Open on where most events are (5th to 95th percentile); old outliers stay a scroll away.
      const times = items.map((i) => i.start.getTime()).sort((a, b) => a - b);
      const lo = times[Math.floor(0.05 * (times.length - 1))];
      const hi = times[Math.ceil(0.95 * (times.length - 1))];
      const pad = Math.max(7 * 86400000, 0.05 * (hi - lo));
      timeline.setWindow(new Date(lo - pad), new Date(hi + pad), { animation: false });
      timeline.on("select", (props) => {
        const it = byId.get(props.items[0]);
        if (it) showEvent(it);
      });
      box.classList.add("ready");
    })
    .catch((err) => {
      status.textContent = "could not load the timeline: " + err;
    });
})();
