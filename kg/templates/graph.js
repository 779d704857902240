/* kg graph explorer. Reads the graph from <script id="kg-data" type="application/json">.
 *
 * Safety rule for this file: text from the graph (names, aliases, evidence, documents) is
 * only ever put into the page with textContent, DOM properties or the vis canvas, never
 * with innerHTML / insertAdjacentHTML / document.write. tests/test_html.py checks that.
 *
 * Positions come from the export (kg/export/html_layout.py): no physics runs here, so the
 * first paint is immediate and the same graph always looks the same.
 */
(function () {
  "use strict";

  const data = JSON.parse(document.getElementById("kg-data").textContent);
  const style = data.style;
  const docs = data.documents || {};
  const texts = data.texts || {};
  const byId = new Map(data.nodes.map((n) => [n.id, n]));
  const byKey = new Map(data.nodes.map((n) => [n.key, n]));
  const edgesById = new Map(data.edges.map((e) => [e.id, e]));
  const edgesOf = new Map(data.nodes.map((n) => [n.id, []]));
  for (const e of data.edges) {
    edgesOf.get(e.from).push(e);
    if (e.to !== e.from) edgesOf.get(e.to).push(e);
  }
  const drawn = data.nodes.filter((n) => n.xy);
  const loose = data.nodes.filter((n) => !n.xy);

  // ---- small DOM helpers (text only) -------------------------------------------------
  function el(tag, props, children) {
    const node = document.createElement(tag);
    if (props) {
      for (const [k, v] of Object.entries(props)) {
        if (k === "text") node.textContent = v;
        else if (k === "className") node.className = v;
        else if (k === "style") Object.assign(node.style, v);
        else if (k === "on") for (const [ev, fn] of Object.entries(v)) node.addEventListener(ev, fn);
        else node.setAttribute(k, v);
      }
    }
    for (const c of children || []) if (c != null) node.append(c);
    return node;
  }
  const text = (v) => (typeof v === "string" ? v : JSON.stringify(v, null, 1));
  const oneLine = (s) => s.replace(/\n/g, " ");

  function typeStyle(node) {
    const t = node.kind === "value" ? style.value_types : style.entity_types;
    return t[node.type] || style.fallback_entity;
  }
  function relStyle(type) {
    return style.relation_types[type] || style.fallback_relation;
  }
  function typeName(type) {
    const s = style.entity_types[type] || style.value_types[type];
    return s ? s.name : type;
  }

  // ---- vis data ----------------------------------------------------------------------
  const big = drawn.length > 1500;
  // The canvas does not inherit CSS fonts; name CJK faces so Chinese labels are not tofu.
  const face = getComputedStyle(document.body).fontFamily;
  // A label is drawn when its size on screen is at least DRAW px; never larger than MAX px.
  const DRAW = 9;
  const MAX = 18;
  const container = document.getElementById("kg-graph");
  // Entities ranked by degree. At the scale that shows the whole graph, the top ones get
  // labels of 13 px on screen; the further down the ranking, the closer one must zoom.
  const ranked = drawn.filter((n) => n.kind === "entity")
    .sort((a, b) => b.degree - a.degree || (a.id < b.id ? -1 : 1));
  let baseSizes = new Map();
  const shown = new Map();
  function baseLabelSizes(scale) {
    const box = container.getBoundingClientRect();
    const top = Math.max(5, Math.min(40, Math.round((box.width * box.height) / 24000)));
    const hub = Math.max(13, 13 / scale);
    baseSizes = new Map();
    ranked.forEach((n, r) => {
      baseSizes.set(n.id, r < top ? hub : Math.max(12, hub * Math.sqrt(top / (r + 1)) * 0.6));
    });
    window.kgTopLabels = ranked.slice(0, top).map((n) => n.id);
  }
  {
    // The scale of the first view, guessed from the positions, so that the labels are
    // sized when the nodes are made (re-sizing thousands of nodes afterwards costs seconds).
    const xs = drawn.map((n) => n.xy[0]);
    const ys = drawn.map((n) => n.xy[1]);
    const box = container.getBoundingClientRect();
    const guess = drawn.length ? Math.min(box.width / (Math.max(...xs) - Math.min(...xs) + 120),
                                          box.height / (Math.max(...ys) - Math.min(...ys) + 120)) : 1;
    baseLabelSizes(guess || 1);
    for (const n of ranked) shown.set(n.id, Math.min(baseSizes.get(n.id), MAX / (guess || 1)));
  }
  const visNodes = drawn.map((n) => {
    const s = typeStyle(n);
    const v = {
      id: n.id,
      x: n.xy[0],
      y: n.xy[1],
      label: n.short,
      title: oneLine(n.short) + " · " + typeName(n.type),
      shape: s.shape,
      color: { background: s.color, border: "#555", highlight: { background: s.color, border: "#000" },
               hover: { background: s.color, border: "#000" } },
      kind: n.kind,
      type: n.type,
      hidden: false,
      opacity: 1,
    };
    if (n.kind === "value") {
      v.shapeProperties = { borderDashes: [4, 3] };
      v.font = { size: 11, color: "#333" };
      v.margin = 4;
    } else {
      v.value = n.degree + 1; // vis sizes label-below shapes between scaling.min and max
      v.font = { size: shown.get(n.id) };
      v.widthConstraint = { maximum: shown.get(n.id) * 12 };
    }
    return v;
  });
  function edgeColor(e, opacity) {
    return { color: relStyle(e.type).color, highlight: "#000", hover: "#333", opacity: opacity };
  }
  const visEdges = data.edges.map((e) => ({
    id: e.id,
    from: e.from,
    to: e.to,
    label: e.type,
    title: oneLine(byId.get(e.from).short) + " → " + (relStyle(e.type).name || e.type) + " → " +
      oneLine(byId.get(e.to).short),
    type: e.type,
    dashes: e.inferred,
    color: edgeColor(e, 1),
    smooth: e.bend ? { enabled: true, type: e.bend > 0 ? "curvedCW" : "curvedCCW", roundness: Math.abs(e.bend) }
                   : { enabled: false },
    hidden: false,
  }));
  const nodes = new vis.DataSet(visNodes);
  const edges = new vis.DataSet(visEdges);

  const options = {
    autoResize: true,
    physics: { enabled: false },
    layout: { improvedLayout: false },
    interaction: { hover: true, tooltipDelay: 250, hideEdgesOnDrag: big, hideEdgesOnZoom: big,
                   multiselect: false, keyboard: false, zoomSpeed: 0.6 },
    nodes: {
      borderWidth: 1,
      font: { face: face, size: 12, color: "#222", strokeWidth: 3, strokeColor: "#ffffff" },
      scaling: { min: 8, max: 36, label: { enabled: false, drawThreshold: DRAW, maxVisible: MAX } },
      widthConstraint: { maximum: 180 },
    },
    edges: {
      arrows: { to: { enabled: true, scaleFactor: 0.5 } },
      font: { face: face, size: 10, color: "#555", strokeWidth: 3, strokeColor: "#ffffff", align: "middle" },
      scaling: { label: { drawThreshold: 8 } },
      selectionWidth: 2,
      hoverWidth: 1.5,
    },
  };

  const status = document.getElementById("kg-status");
  const network = new vis.Network(container, { nodes: nodes, edges: edges }, options);
  window.kgNetwork = network;
  window.kgNodes = nodes;
  window.kgEdges = edges;
  window.kgStable = false;
  // A white page behind the graph, so that the PNG export is not transparent.
  network.on("beforeDrawing", (ctx) => {
    ctx.save();
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.fillStyle = "#ffffff";
    ctx.fillRect(0, 0, ctx.canvas.width, ctx.canvas.height);
    ctx.restore();
  });

  // ---- labels: the best connected entities legible at the first view ---------------------
  let boosted = new Set(); // the focused entity and its neighbours: legible at any zoom
  function applySizes() {
    const scale = network.getScale() || 1;
    const updates = [];
    for (const n of ranked) {
      const base = baseSizes.get(n.id) || 12;
      const want = boosted.has(n.id) ? Math.max(base, 13 / scale) : base;
      // Never more than MAX px on screen, however far one zooms in.
      const size = Math.min(want, MAX / scale);
      const was = shown.get(n.id);
      if (was === undefined || Math.abs(size - was) > 0.03 * was) {
        shown.set(n.id, size);
        updates.push({ id: n.id, font: { size: size }, widthConstraint: { maximum: size * 12 } });
      }
    }
    if (updates.length) nodes.update(updates);
  }
  function labelSizes() {
    baseLabelSizes(network.getScale() || 1);
    applySizes();
  }
  network.on("zoom", applySizes);
  network.on("animationFinished", applySizes);

  function firstView() {
    network.fit({ animation: false });
    labelSizes();
    status.textContent = "";
  }
  firstView();
  network.once("afterDrawing", () => {
    window.kgStable = true;
    window.kgFirstPaint = performance.now();
    document.body.dataset.kgStable = "1"; // a signal tests can wait for without running script
    openFromHash();
  });

  const entityCount = data.nodes.filter((n) => n.kind === "entity").length;
  document.getElementById("kg-stats").textContent =
    entityCount + " entities · " + data.edges.length + " relations · " + Object.keys(docs).length + " documents";

  // ---- legend, filters and dates ---------------------------------------------------------
  const hiddenTypes = new Set();
  const hiddenRels = new Set();
  let dateRange = null; // [from, to] ISO dates, or null for all

  function countBy(items, key) {
    const m = new Map();
    for (const it of items) m.set(it[key], (m.get(it[key]) || 0) + 1);
    return m;
  }
  const nodeTypeCounts = countBy(data.nodes, "type");
  const relCounts = countBy(data.edges, "type");

  function filterRow(key, name, swatch, count, hiddenSet) {
    const box = el("input", { type: "checkbox", "data-type": key });
    box.checked = true;
    box.addEventListener("change", () => {
      if (box.checked) hiddenSet.delete(key);
      else hiddenSet.add(key);
      applyFilters();
    });
    return el("label", { title: key }, [box, swatch, el("span", { text: name }),
                                        el("span", { className: "kg-count", text: String(count) })]);
  }
  function ordered(styledKeys, counts) {
    const keys = styledKeys.slice();
    for (const k of [...counts.keys()].sort()) if (!keys.includes(k)) keys.push(k);
    return keys;
  }

  const entityFilters = document.getElementById("kg-entity-filters");
  const allNodeTypes = Object.assign({}, style.entity_types, style.value_types);
  for (const t of ordered(data.order.entity_types.concat(data.order.value_types), nodeTypeCounts)) {
    const s = allNodeTypes[t] || style.fallback_entity;
    const sw = el("span", { className: "kg-swatch " + s.shape, style: { background: s.color } });
    entityFilters.append(filterRow(t, s.name || t, sw, nodeTypeCounts.get(t) || 0, hiddenTypes));
  }
  const relationFilters = document.getElementById("kg-relation-filters");
  for (const t of ordered(data.order.relation_types, relCounts)) {
    const s = relStyle(t);
    const sw = el("span", { className: "kg-swatch line", style: { background: s.color } });
    relationFilters.append(filterRow(t, t + (s.name ? "  " + s.name.split(" ")[0] : ""), sw,
                                     relCounts.get(t) || 0, hiddenRels));
  }

  // Dates: of meetings (their date) and of facts (their document's date, or their meeting's).
  const dates = [...new Set(data.nodes.map((n) => n.date).concat(data.edges.map((e) => e.date))
    .filter((d) => d))].sort();
  if (dates.length > 1) {
    const from = el("input", { type: "range", min: "0", max: String(dates.length - 1), step: "1",
                               "aria-label": "from date", id: "kg-date-from" });
    const to = el("input", { type: "range", min: "0", max: String(dates.length - 1), step: "1",
                             "aria-label": "to date", id: "kg-date-to" });
    from.value = "0";
    to.value = String(dates.length - 1);
    const label = el("span", { id: "kg-date-label" });
    const dated = data.nodes.filter((n) => n.date).length + data.edges.filter((e) => e.date).length;
    const onDate = () => {
      let a = Number(from.value);
      let b = Number(to.value);
      if (a > b) [a, b] = [b, a];
      dateRange = a === 0 && b === dates.length - 1 ? null : [dates[a], dates[b]];
      label.textContent = dates[a] + " — " + dates[b] + " (" + dated + " dated; undated always shown)";
      applyFilters();
    };
    from.addEventListener("input", onDate);
    to.addEventListener("input", onDate);
    document.getElementById("kg-dates").append(el("span", { text: "from" }), from, el("span", { text: "to" }), to,
                                               label);
    label.textContent = dates[0] + " — " + dates[dates.length - 1] + " (" + dated + " dated; undated always shown)";
    document.getElementById("kg-date-box").hidden = false;
  }
  const outOfRange = (d) => dateRange !== null && d != null && (d < dateRange[0] || d > dateRange[1]);

  function isHidden(n) {
    return hiddenTypes.has(n.type) || outOfRange(n.date);
  }
  function edgeHidden(e) {
    return hiddenRels.has(e.type) || outOfRange(e.date) || isHidden(byId.get(e.from)) || isHidden(byId.get(e.to));
  }
  function applyFilters() {
    const nodeUpdates = [];
    for (const n of drawn) {
      const h = isHidden(n);
      if (nodes.get(n.id).hidden !== h) nodeUpdates.push({ id: n.id, hidden: h });
    }
    const edgeUpdates = [];
    for (const e of data.edges) {
      const h = edgeHidden(e);
      if (edges.get(e.id).hidden !== h) edgeUpdates.push({ id: e.id, hidden: h });
    }
    nodes.update(nodeUpdates);
    edges.update(edgeUpdates);
    if (focused && (!byId.get(focused).xy || isHidden(byId.get(focused)))) clearFocus();
    else if (focused) dim(focused);
  }

  // ---- entities without relations ------------------------------------------------------
  {
    const byType = new Map();
    for (const n of loose) {
      if (!byType.has(n.type)) byType.set(n.type, []);
      byType.get(n.type).push(n);
    }
    const items = [];
    for (const [t, list] of [...byType.entries()].sort()) {
      list.sort((a, b) => (a.label < b.label ? -1 : 1));
      items.push(el("li", {}, [el("b", { text: typeName(t) + " (" + list.length + ")" })]));
      for (const n of list) items.push(el("li", {}, [nodeLink(n.id)]));
    }
    const box = el("details", { className: "kg-loose", id: "kg-loose-list" }, [
      el("summary", { text: loose.length + " entities, not drawn" }), el("ul", {}, items)]);
    document.getElementById("kg-loose").append(box);
  }

  // ---- focus: centre on an entity, dim all but its neighbourhood -----------------------------
  let focused = null;
  function hops(id) {
    const dist = new Map([[id, 0]]);
    let frontier = [id];
    for (let d = 1; d <= 2; d++) {
      const next = [];
      for (const u of frontier) {
        for (const e of edgesOf.get(u) || []) {
          if (edges.get(e.id).hidden) continue;
          const w = e.from === u ? e.to : e.from;
          if (!dist.has(w)) { dist.set(w, d); next.push(w); }
        }
      }
      frontier = next;
    }
    return dist;
  }
  function dim(id) {
    const dist = hops(id);
    nodes.update(drawn.map((n) => {
      const d = dist.get(n.id);
      return { id: n.id, opacity: d === undefined ? 0.12 : d === 2 ? 0.6 : 1 };
    }));
    // Names of the entity and its neighbours are legible however far the view is zoomed out.
    boosted = new Set([...dist.entries()].filter(([, d]) => d <= 1).map(([k]) => k));
    applySizes();
    edges.update(data.edges.map((e) => {
      const a = dist.get(e.from);
      const b = dist.get(e.to);
      const near = a !== undefined && b !== undefined && Math.min(a, b) <= 1;
      return { id: e.id, color: edgeColor(e, near ? 1 : 0.08) };
    }));
    window.kgDimmed = drawn.filter((n) => !dist.has(n.id)).map((n) => n.id);
  }
  function clearFocus() {
    focused = null;
    nodes.update(drawn.map((n) => ({ id: n.id, opacity: 1 })));
    boosted = new Set();
    applySizes();
    edges.update(data.edges.map((e) => ({ id: e.id, color: edgeColor(e, 1) })));
    window.kgDimmed = [];
  }
  function focusOn(id) {
    const n = byId.get(id);
    if (!n.xy) return;
    focused = id;
    // Zoom so that the direct neighbours fit around the centred entity.
    const box = container.getBoundingClientRect();
    let reach = 80;
    for (const e of edgesOf.get(id)) {
      const o = byId.get(e.from === id ? e.to : e.from);
      if (o.xy && !edges.get(e.id).hidden) {
        reach = Math.max(reach, Math.abs(o.xy[0] - n.xy[0]) * (box.height / Math.max(box.width, 1)),
                         Math.abs(o.xy[1] - n.xy[1]));
      }
    }
    const scale = Math.max(0.15, Math.min(1.5, (0.42 * box.height) / (reach + 40)));
    network.moveTo({ position: { x: n.xy[0], y: n.xy[1] }, scale: scale,
                     animation: { duration: 350, easingFunction: "easeInOutQuad" } });
    network.once("animationFinished", () => { if (focused === id) dim(id); });
    dim(id);
  }

  function selectNode(id, opts) {
    const n = byId.get(id);
    if (!n) return;
    if (hiddenTypes.has(n.type)) {
      hiddenTypes.delete(n.type);
      const box = entityFilters.querySelector("input[data-type='" + CSS.escape(n.type) + "']");
      if (box) box.checked = true;
      applyFilters();
    }
    if (n.xy) {
      network.selectNodes([id]);
      focusOn(id);
    } else {
      network.unselectAll();
      clearFocus();
    }
    showNode(id);
    if (!(opts && opts.fromHash)) setHash(n.key);
  }
  window.kgSelect = selectNode;

  // ---- URL hash: #<entity id> opens the page on that entity --------------------------------
  let hashKey = null;
  function setHash(key) {
    hashKey = key;
    if (decodeURIComponent(location.hash.slice(1)) !== key) location.hash = encodeURIComponent(key);
  }
  function openFromHash() {
    const key = decodeURIComponent(location.hash.slice(1));
    if (!key || key === hashKey) return;
    hashKey = key;
    let n = byKey.get(key);
    if (!n) {
      const hit = search(key).find((h) => h.node);
      n = hit ? hit.node : null;
    }
    if (n) selectNode(n.id, { fromHash: true });
  }
  window.addEventListener("hashchange", openFromHash);

  // ---- search: names, aliases, amounts, documents, evidence ---------------------------------
  const norm = (s) => String(s).normalize("NFKC").toLowerCase().trim();
  const index = data.nodes.map((n) => {
    const names = [n.label, ...n.aliases];
    if (n.kind === "value") for (const [, v] of n.value || []) names.push(String(v));
    return { node: n, names: names.map(norm) };
  });
  const evidenceIndex = [];
  for (const e of data.edges) for (const ev of e.evidence) evidenceIndex.push({ edge: e, ev: ev, t: norm(ev.text) });
  const docIndex = Object.entries(docs).map(([id, d]) => ({ doc: id, t: norm([id, d.title || "", d.path || ""].join(" ")) }));

  function search(query) {
    const q = norm(query);
    if (!q) return [];
    const qd = q.replace(/[,\s]/g, "");
    const hits = [];
    for (const item of index) {
      let best = Infinity;
      let via = null;
      item.names.forEach((name, i) => {
        let rank = name === q ? 0 : name.startsWith(q) ? 2 : name.includes(q) ? 4 : Infinity;
        if (rank === Infinity && item.node.kind === "value" && qd && name.replace(/[,\s]/g, "").includes(qd)) rank = 4;
        if (i > 0) rank += 1; // an alias match ranks just below the same kind of label match
        if (item.node.kind === "value") rank += 3; // entities first, then amounts and posts
        if (rank < best) {
          best = rank;
          via = i > 0 && item.node.kind === "entity" ? item.node.aliases[i - 1] : null;
        }
      });
      if (best < Infinity) hits.push({ node: item.node, rank: best, via: via });
    }
    // Equal matches: the better connected entity first (the one a reader most likely means).
    hits.sort((a, b) => a.rank - b.rank || b.node.degree - a.node.degree ||
                        a.node.label.length - b.node.label.length || (a.node.id < b.node.id ? -1 : 1));
    const out = hits.slice(0, 30);
    for (const d of docIndex) if (d.t.includes(q) && out.length < 40) out.push({ doc: d.doc, rank: 10 });
    for (const it of evidenceIndex) {
      if (out.length >= 50) break;
      if (it.t.includes(q)) out.push({ edge: it.edge, ev: it.ev, rank: 11 });
    }
    return out;
  }
  window.kgSearch = search;

  const input = document.getElementById("kg-search");
  const results = document.getElementById("kg-results");
  let hits = [];
  let active = 0;

  function hitLine(h) {
    if (h.node) return [el("span", { text: oneLine(h.node.short) }),
                        el("span", { className: "kg-sub", text: typeName(h.node.type) + (h.via ? " · " + h.via : "") })];
    if (h.doc) return [el("span", { text: (docs[h.doc] || {}).title || h.doc }), el("span", { className: "kg-sub", text: "document" })];
    const i = norm(h.ev.text).indexOf(norm(input.value));
    const from = Math.max(0, i - 12);
    return [el("span", { text: (from ? "…" : "") + oneLine(h.ev.text.slice(from, from + 48)) + "…" }),
            el("span", { className: "kg-sub", text: h.edge.type + " · evidence" })];
  }
  function showResults() {
    results.replaceChildren(
      ...hits.map((h, i) => el("li", { role: "option", className: i === active ? "active" : "",
                                        on: { mousedown: (ev) => { ev.preventDefault(); pick(i); } } }, hitLine(h))));
  }
  function pick(i) {
    const h = hits[i];
    if (!h) return;
    if (h.node) selectNode(h.node.id);
    else if (h.doc) showDocument(h.doc);
    else selectEdge(h.edge.id);
    hits = [];
    showResults();
  }
  input.addEventListener("input", () => {
    hits = search(input.value);
    active = 0;
    showResults();
  });
  input.addEventListener("keydown", (ev) => {
    if (ev.key === "Enter") {
      if (!hits.length) hits = search(input.value);
      if (hits.length) pick(active);
      else status.textContent = "没有找到 not found";
      ev.preventDefault();
    } else if (ev.key === "ArrowDown" || ev.key === "ArrowUp") {
      if (hits.length) active = (active + (ev.key === "ArrowDown" ? 1 : hits.length - 1)) % hits.length;
      showResults();
      ev.preventDefault();
    } else if (ev.key === "Escape") {
      hits = [];
      showResults();
    }
  });
  input.addEventListener("blur", () => { hits = []; showResults(); });

  // ---- side panel --------------------------------------------------------------------
  const panel = document.getElementById("kg-panel");
  function openPanel(parts) {
    panel.replaceChildren(...parts);
    panel.scrollTop = 0;
    document.body.classList.add("kg-show-panel");
    document.body.classList.remove("kg-show-side");
  }

  function nodeLink(id) {
    const n = byId.get(id);
    return el("button", { className: "kg-link", type: "button", text: oneLine(n.short),
                          title: typeName(n.type), on: { click: () => selectNode(id) } });
  }
  function fieldList(fields) {
    const dl = el("dl");
    for (const [k, v, ref] of fields) {
      dl.append(el("dt", { text: k }), el("dd", {}, [ref ? nodeLink(ref) : document.createTextNode(text(v))]));
    }
    return dl;
  }
  function docCaption(docId, ev) {
    const d = docs[docId] || {};
    const parts = [d.title || docId];
    if (d.date) parts.push(d.date);
    if (d.source) parts.push(d.source);
    if (d.path && d.path !== parts[0]) parts.push(d.path);
    const cite = el("cite", { text: "— " + parts.join(" · ") + " " });
    cite.append(el("button", { className: "kg-link", type: "button", text: "open document",
                               on: { click: () => showDocument(docId, ev) } }));
    // Only web links: a javascript: URL from the input must never become clickable.
    if (d.url && /^https?:\/\//i.test(d.url)) {
      cite.append(" ", el("a", { href: d.url, target: "_blank", rel: "noopener noreferrer", text: "source" }));
    }
    return cite;
  }
  // A sentence with the fact's head and tail marked, as displaCy and brat show them.
  function marked(ev) {
    const out = [];
    let at = 0;
    for (const [s, e, role] of ev.spans || []) {
      if (s < at) continue;
      if (s > at) out.push(ev.text.slice(at, s));
      out.push(el("mark", { className: "kg-span kg-" + role, "data-role": role, text: ev.text.slice(s, e) }));
      at = e;
    }
    out.push(ev.text.slice(at));
    return out;
  }
  function evidenceBlock(e) {
    return e.evidence.map((ev) => el("blockquote", { className: "kg-ev" }, [
      el("span", {}, marked(ev)), docCaption(ev.doc, ev),
    ]));
  }
  function relMeta(e) {
    const bits = [];
    if (e.confidence != null) bits.push("confidence " + e.confidence);
    if (e.rule) bits.push("rule " + e.rule);
    if (e.inferred) bits.push("inferred");
    if (e.date) bits.push(e.date);
    bits.push("id " + e.key);
    return el("div", { className: "kg-meta", text: bits.join(" · ") });
  }
  function typeBadge(n) {
    return el("span", { className: "kg-type", text: typeName(n.type),
                        style: { background: typeStyle(n).color, color: "#000" } });
  }

  function showNode(id) {
    const n = byId.get(id);
    const parts = [el("h2", { text: oneLine(n.label) }), typeBadge(n),
                   el("span", { className: "kg-muted", text: "  id " + n.key + " · " + n.degree + " relations" })];
    if (n.aliases.length) {
      parts.push(el("h3", { text: "别名 Aliases" }), el("ul", {}, n.aliases.map((a) => el("li", { text: a }))));
    }
    if (n.value && n.value.length) parts.push(el("h3", { text: "值 Value" }), fieldList(n.value));
    // Every other attribute of the entity, whatever it is (admin code, date, how it was resolved …).
    if (n.attrs.length) parts.push(el("h3", { text: "属性 Attributes" }), fieldList(n.attrs));
    if (n.mentions.length) {
      const total = n.mentions.reduce((s, m) => s + m[1], 0);
      parts.push(el("h3", { text: "提及 Mentions (" + total + ")" }),
                 el("ul", {}, n.mentions.map(([doc, c]) => el("li", {}, [
                   el("button", { className: "kg-link", type: "button", text: ((docs[doc] || {}).title || doc) + " × " + c,
                                  on: { click: () => showDocument(doc, null, id) } })]))));
    }
    const rels = edgesOf.get(id) || [];
    parts.push(el("h3", { text: "关系 Relations (" + rels.length + ")" }));
    // Grouped by type and direction, with counts; the first groups open.
    const groups = new Map();
    for (const e of rels) {
      const k = (e.from === id ? "→ " : "← ") + e.type;
      if (!groups.has(k)) groups.set(k, []);
      groups.get(k).push(e);
    }
    const keys = [...groups.keys()].sort((a, b) => groups.get(b).length - groups.get(a).length || (a < b ? -1 : 1));
    keys.forEach((k, gi) => {
      const list = groups.get(k).sort((a, b) => (a.id < b.id ? -1 : 1));
      const type = list[0].type;
      const out = k.startsWith("→");
      const det = el("details", { className: "kg-group", "data-type": type },
                     [el("summary", {}, [el("span", { text: (out ? "" : "← ") + type + (out ? " →" : "") + " " }),
                                         el("span", { className: "kg-count", text: "(" + list.length + ")" })])]);
      if (gi < 3 || rels.length <= 12) det.open = true;
      for (const e of list) {
        const line = out
          ? [el("span", { className: "kg-rtype", text: e.type }), " → ", nodeLink(e.to)]
          : [nodeLink(e.from), " → ", el("span", { className: "kg-rtype", text: e.type }), " → this"];
        det.append(el("div", { className: "kg-rel" }, [el("div", {}, line), relMeta(e), ...evidenceBlock(e)]));
      }
      parts.push(det);
    });
    openPanel(parts);
  }

  function showEdge(id) {
    const e = edgesById.get(id);
    const parts = [el("h2", { text: e.type }),
                   el("span", { className: "kg-muted", text: (relStyle(e.type).name || "") }),
                   el("div", { className: "kg-rel" }, [nodeLink(e.from), " → ", el("b", { text: e.type }), " → ",
                                                        nodeLink(e.to)]),
                   relMeta(e)];
    if (e.value) parts.push(el("h3", { text: "值 Value" }), fieldList(e.value));
    parts.push(el("h3", { text: "证据 Evidence (" + e.evidence.length + ")" }), ...evidenceBlock(e));
    openPanel(parts);
  }
  function selectEdge(id) {
    const e = edgesById.get(id);
    if (byId.get(e.from).xy) {
      focusOn(e.from);
      network.selectEdges([id]);
    }
    showEdge(id);
  }

  // A document with every recognised mention marked; a click on one opens its entity.
  function showDocument(docId, ev, nodeId) {
    const d = docs[docId] || {};
    const parts = [el("h2", { text: d.title || docId }), el("div", { className: "kg-muted", text:
                   [docId, d.date, d.source, d.path].filter((x) => x).join(" · ") })];
    const body = el("div", { className: "kg-doc" });
    const full = texts[docId];
    let segments;
    if (full != null) {
      segments = [[0, full]];
    } else {
      // Not embedded (a large corpus): the sentences that carry evidence, in document order.
      const seen = new Map();
      for (const e of data.edges) for (const x of e.evidence) if (x.doc === docId) seen.set(x.start, x.text);
      segments = [...seen.entries()].sort((a, b) => a[0] - b[0]);
      parts.push(el("p", { className: "kg-muted", text: "Text not embedded; the sentences with facts:" }));
    }
    const mentions = (data.docMentions[docId] || []).slice().sort((a, b) => a[0] - b[0] || b[1] - a[1]);
    let first = null;
    segments.forEach(([offset, t], si) => {
      if (si) body.append("\n…\n");
      let at = 0;
      const pieces = [];
      for (const [s0, e0, nid] of mentions) {
        const s = s0 - offset;
        const e = e0 - offset;
        if (s < at || e > t.length) continue;
        if (s > at) pieces.push([at, s, null]);
        pieces.push([s, e, nid]);
        at = e;
      }
      if (at < t.length) pieces.push([at, t.length, null]);
      for (const [s, e, nid] of pieces) {
        const piece = t.slice(s, e);
        let node;
        if (nid) {
          const m = byId.get(nid);
          node = el("button", { type: "button", className: "kg-mention", "data-node": nid, title: oneLine(m.short) + " · " + typeName(m.type),
                                text: piece, on: { click: () => selectNode(nid) } });
          node.style.setProperty("--kg-c", typeStyle(m).color);
        } else if (ev && offset + s >= ev.start && offset + e <= ev.end) {
          node = el("mark", { className: "kg-sentence", text: piece });
        } else {
          node = document.createTextNode(piece);
        }
        if (!first && ((ev && offset + s >= ev.start) || (nodeId && nid === nodeId))) first = node.nodeType === 1 ? node : null;
        body.append(node);
      }
    });
    parts.push(body);
    openPanel(parts);
    if (first) first.scrollIntoView({ block: "center" });
  }
  window.kgShowNode = showNode;
  window.kgData = (id) => byId.get(id);
  window.kgShowDocument = showDocument;

  // ---- the canvas: click, tap, background ---------------------------------------------
  network.on("click", (params) => {
    if (params.nodes.length) selectNode(params.nodes[0]);
    else if (params.edges.length) {
      // The edge under the pointer, as vis found it on its own (curved) path.
      showEdge(params.edges[0]);
    } else {
      clearFocus();
      document.body.classList.remove("kg-show-panel", "kg-show-side");
    }
  });
  network.on("hoverEdge", (params) => {
    const e = edgesById.get(params.edge);
    status.textContent = oneLine(byId.get(e.from).short) + " → " + e.type + " → " + oneLine(byId.get(e.to).short);
  });
  network.on("blurEdge", () => { status.textContent = ""; });

  // ---- tools: fit, PNG, panels on phones ------------------------------------------------
  document.getElementById("kg-fit").addEventListener("click", () => {
    clearFocus();
    network.fit({ animation: { duration: 300 } });
  });
  document.getElementById("kg-png").addEventListener("click", () => {
    const canvas = container.querySelector("canvas");
    canvas.toBlob((blob) => {
      const a = el("a", { download: "graph.png" });
      a.href = URL.createObjectURL(blob);
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(a.href), 10000);
    }, "image/png");
  });
  document.getElementById("kg-toggle-side").addEventListener("click", () => {
    document.body.classList.toggle("kg-show-side");
    document.body.classList.remove("kg-show-panel");
  });
  document.getElementById("kg-toggle-panel").addEventListener("click", () => {
    document.body.classList.toggle("kg-show-panel");
    document.body.classList.remove("kg-show-side");
  });
  // A change of width (a phone turned): show the whole graph again at the new size.
  let lastWidth = container.clientWidth;
  window.addEventListener("resize", () => {
    if (Math.abs(container.clientWidth - lastWidth) > 40 && !focused) {
      lastWidth = container.clientWidth;
      network.fit({ animation: false });
      labelSizes();
    }
  });
})();
