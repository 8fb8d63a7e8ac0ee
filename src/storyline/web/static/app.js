/* storyline web UI: small vanilla JS, no framework.
 *
 * Article text is untrusted. This file never assigns innerHTML: everything it shows is
 * built with createElement and textContent, so a record's text can never become markup.
 */
"use strict";

const SL = (function () {
  /** Create an element with a class and plain text content. */
  function el(tag, cls, text) {
    const node = document.createElement(tag);
    if (cls) node.className = cls;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  function link(href, text) {
    const a = el("a", null, text);
    a.setAttribute("href", href);
    return a;
  }

  /** A definition list of label → value rows, skipping empty values. */
  function facts(rows) {
    const dl = el("dl", "facts");
    for (const [label, value] of rows) {
      if (value === null || value === undefined || value === "") continue;
      dl.appendChild(el("dt", null, label));
      const dd = el("dd");
      if (value instanceof Node) dd.appendChild(value);
      else dd.textContent = String(value);
      dl.appendChild(dd);
    }
    return dl;
  }

  function conf(x) {
    return typeof x === "number" ? x.toFixed(2) : "";
  }

  function actorLink(side) {
    if (!side) return "—";
    const name = side.name || side.entity || "?";
    if (side.entity) return link("/actors/" + encodeURIComponent(side.entity), name);
    return name;
  }

  function clear(node) {
    while (node.firstChild) node.removeChild(node.firstChild);
  }

  return { el, link, facts, conf, actorLink, clear };
})();

/* -- the article page: layers, marks and the detail panel ------------------------------- */
(function articlePage() {
  if (document.body.dataset.page !== "article") return;
  const { el, link, facts, conf, actorLink, clear } = SL;
  const dataNode = document.getElementById("records");
  const records = dataNode ? JSON.parse(dataNode.textContent || "{}") : {};
  const detail = document.getElementById("detail");
  const text = document.getElementById("text");
  let pinned = null;

  function quoteCard(r) {
    const card = el("div", "card card-quote");
    card.appendChild(el("h3", null, "Quote"));
    card.appendChild(el("blockquote", null, r.text));
    const sp = r.speaker || {};
    const speaker = sp.entity ? actorLink(sp) : (sp.name || "—");
    card.appendChild(facts([
      ["speaker", speaker],
      ["speaker kind", sp.kind],
      ["description", sp.description],
      ["kind", r.kind],
      ["cue", r.cue],
      ["channel", r.channel],
      ["step", r.step],
      ["confidence", conf(r.confidence)],
      ["offsets", r.start + "–" + r.end + " (sentence " + r.sentence.start + "–" + r.sentence.end + ")"],
    ]));
    return card;
  }

  function actorCard(r) {
    const a = r.actor;
    const m = r.mention;
    const card = el("div", "card card-actor");
    card.appendChild(el("h3", null, "Actor mention"));
    card.appendChild(facts([
      ["actor", a.entity ? link("/actors/" + encodeURIComponent(a.entity), a.name) : a.name],
      ["kind", a.kind],
      ["country", a.country],
      ["sector", a.sector],
      ["roles", (a.roles || []).join("; ")],
      ["aliases", (a.aliases || []).join("; ")],
      ["mention", "“" + m.text + "” (" + m.kind + ")"],
      ["step", m.step],
      ["confidence", conf(m.confidence)],
      ["offsets", m.start + "–" + m.end],
    ]));
    return card;
  }

  function eventCard(r) {
    const card = el("div", "card card-event");
    const polarity = r.polarity || "";
    card.appendChild(el("h3", "etype " + polarity, "Event " + r.type));
    const flags = [r.negated ? "negated" : "", r.hypothetical ? "hypothetical" : ""].filter(Boolean).join(", ");
    card.appendChild(facts([
      ["source", actorLink(r.source)],
      ["target", actorLink(r.target)],
      ["trigger", "“" + r.trigger.text + "”"],
      ["mode", r.mode],
      ["date", r.date ? r.date + (r.date_precision ? " (" + r.date_precision + ")" : "") : null],
      ["location", r.location],
      ["reported by", r.reported_by],
      ["flags", flags],
      ["step", r.step],
      ["confidence", conf(r.confidence)],
      ["offsets", r.trigger.start + "–" + r.trigger.end],
    ]));
    return card;
  }

  function show(refs) {
    clear(detail);
    for (const ref of refs) {
      const r = records[ref];
      if (!r || !layerOn(r.layer)) continue;
      if (r.layer === "quote") detail.appendChild(quoteCard(r));
      else if (r.layer === "actor") detail.appendChild(actorCard(r));
      else if (r.layer === "event") detail.appendChild(eventCard(r));
    }
    if (!detail.firstChild) detail.appendChild(el("p", "muted", "No visible record here."));
  }

  function layerOn(layer) {
    return !document.body.classList.contains("hide-" + layer);
  }

  function refsOf(node) {
    return (node.dataset.refs || "").split(" ").filter(Boolean);
  }

  function select(refs, node) {
    for (const old of text.querySelectorAll(".mk-selected")) old.classList.remove("mk-selected");
    // Highlight every piece that shares one of these records (a quote spans many pieces).
    const wanted = new Set(refs);
    for (const piece of text.querySelectorAll(".mk")) {
      if (refsOf(piece).some((r) => wanted.has(r))) piece.classList.add("mk-selected");
    }
    if (node) node.focus({ preventScroll: true });
    show(refs);
  }

  text.addEventListener("click", (ev) => {
    const node = ev.target.closest(".mk");
    if (!node) return;
    pinned = refsOf(node);
    select(pinned, node);
  });
  text.addEventListener("keydown", (ev) => {
    if (ev.key !== "Enter" && ev.key !== " ") return;
    const node = ev.target.closest(".mk");
    if (!node) return;
    ev.preventDefault();
    pinned = refsOf(node);
    select(pinned, node);
  });
  text.addEventListener("mouseover", (ev) => {
    const node = ev.target.closest(".mk");
    if (node && !pinned) show(refsOf(node));
  });

  for (const box of document.querySelectorAll(".layers input[type=checkbox]")) {
    const apply = () => document.body.classList.toggle("hide-" + box.dataset.layer, !box.checked);
    box.addEventListener("change", () => {
      apply();
      if (pinned) show(pinned);
    });
    apply();
  }

  // /articles/ID#q12 (from the quote explorer) or #e4 (from an event list): select that record.
  function fromHash() {
    const m = /^#([qe])(\d+)$/.exec(window.location.hash);
    if (!m) return;
    const ref = m[1] + m[2];
    const node = Array.from(text.querySelectorAll(".mk")).find((n) => refsOf(n).includes(ref));
    if (!node) return;
    pinned = [ref];
    select(pinned, null);
    node.scrollIntoView({ block: "center" });
  }
  window.addEventListener("hashchange", fromHash);
  fromHash();
})();
