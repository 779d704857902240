/* kg graph explorer. Reads the graph from <script id="kg-data" type="application/json">.
 *
 * Safety rule for this file: text from the graph (names, aliases, evidence, documents) is
 * only ever put into the page with textContent, DOM properties or the vis canvas, never
 * with innerHTML / insertAdjacentHTML / document.write. tests/test_html.py checks that.
 */
(function () {
  "use strict";

  const data = JSON.parse(document.getElementById("kg-data").textContent);
  const style = data.style;
  const docs = data.documents || {};
  const byId = new Map(data.nodes.map((n) => [n.id, n]));
  const edgesById = new Map(data.edges.map((e) => [e.id, e]));
  const edgesOf = new Map(data.nodes.map((n) => [n.id, []]));
  for (const e of data.edges) {
    edgesOf.get(e.from).push(e);
    if (e.to !== e.from) edgesOf.get(e.to).push(e);
  }

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
  const text = (v) => (typeof v === "string" ? v : JSON.stringify(v));

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
  const big = data.nodes.length > 500;
  // The canvas does not inherit CSS fonts; name CJK faces so Chinese labels are not tofu.
  const face = getComputedStyle(document.body).fontFamily;
  const visNodes = data.nodes.map((n) => {
    const s = typeStyle(n);
    const v = {
      id: n.id,
      label: n.label,
      title: n.label + " · " + typeName(n.type),
      shape: s.shape,
      color: { background: s.color, border: "#555", highlight: { background: s.color, border: "#000" },
               hover: { background: s.color, border: "#000" } },
      kind: n.kind,
      type: n.type,
      hidden: false,
    };
    if (n.kind === "value") {
      v.shapeProperties = { borderDashes: [4, 3] };
      v.font = { face: face, size: 11, color: "#333" };
      v.margin = 4;
    } else {
      v.value = n.degree + 1; // vis sizes label-below shapes between scaling.min and max
    }
    return v;
  });
  const visEdges = data.edges.map((e) => {
    const c = relStyle(e.type).color;
    return {
      id: e.id,
      from: e.from,
      to: e.to,
      label: e.type,
      title: relStyle(e.type).name || e.type,
      type: e.type,
      dashes: e.inferred,
      color: { color: c, highlight: "#000", hover: "#333" },
      hidden: false,
    };
  });
  const nodes = new vis.DataSet(visNodes);
  const edges = new vis.DataSet(visEdges);

  // A bounded layout: big graphs get fewer iterations, then physics is switched off so
  // the page stays responsive however large the graph is.
  const iterations = Math.max(150, Math.min(1000, Math.round(200000 / Math.max(1, data.nodes.length))));
  const options = {
    autoResize: true,
    layout: { randomSeed: 20240601, improvedLayout: data.nodes.length <= 150 },
    physics: {
      enabled: true,
      solver: "barnesHut",
      barnesHut: { gravitationalConstant: -5000, centralGravity: 0.25, springLength: 110,
                   springConstant: 0.035, damping: 0.3, avoidOverlap: 0.1 },
      minVelocity: 1,
      stabilization: { enabled: true, iterations: iterations, updateInterval: 25, fit: true },
    },
    interaction: { hover: !big, tooltipDelay: 250, hideEdgesOnDrag: big, hideEdgesOnZoom: big,
                   multiselect: false, keyboard: false },
    nodes: {
      borderWidth: 1,
      font: { face: face, size: 14, color: "#222", strokeWidth: 3, strokeColor: "#ffffff" },
      scaling: { min: 8, max: 36, label: { enabled: true, min: 12, max: 22, drawThreshold: 6 } },
      widthConstraint: { maximum: 180 },
    },
    edges: {
      arrows: { to: { enabled: true, scaleFactor: 0.5 } },
      font: { face: face, size: 10, color: "#555", strokeWidth: 3, strokeColor: "#ffffff", align: "middle" },
      smooth: big ? false : { type: "continuous", roundness: 0.2 },
      selectionWidth: 2,
    },
  };

  const container = document.getElementById("kg-graph");
  const status = document.getElementById("kg-status");
  const network = new vis.Network(container, { nodes: nodes, edges: edges }, options);
  window.kgNetwork = network;
  window.kgNodes = nodes;
  window.kgEdges = edges;
  window.kgStable = false;

  function layoutDone() {
    network.setOptions({ physics: { enabled: false } });
    status.textContent = "";
    window.kgStable = true;
    document.body.dataset.kgStable = "1"; // a signal tests can wait for without running script

  }
  if (data.nodes.length === 0) {
    layoutDone();
  } else {
    status.textContent = "布局中 laying out…";
    network.on("stabilizationProgress", (p) => {
      status.textContent = "布局中 laying out… " + Math.round((100 * p.iterations) / p.total) + "%";
    });
    network.once("stabilizationIterationsDone", layoutDone);
  }

  const entityCount = data.nodes.filter((n) => n.kind === "entity").length;
  document.getElementById("kg-stats").textContent =
    entityCount + " entities · " + data.edges.length + " relations · " + Object.keys(docs).length + " documents";

  // ---- legend and filters ------------------------------------------------------------
  const hiddenTypes = new Set();
  const hiddenRels = new Set();

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
    // Styled types first (legend order), then any other type the graph has.
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

  function applyFilters() {
    const nodeHidden = new Map();
    const nodeUpdates = [];
    for (const n of data.nodes) {
      const h = hiddenTypes.has(n.type);
      nodeHidden.set(n.id, h);
      if (nodes.get(n.id).hidden !== h) nodeUpdates.push({ id: n.id, hidden: h });
    }
    const edgeUpdates = [];
    for (const e of data.edges) {
      const h = hiddenRels.has(e.type) || nodeHidden.get(e.from) || nodeHidden.get(e.to);
      if (edges.get(e.id).hidden !== h) edgeUpdates.push({ id: e.id, hidden: h });
    }
    nodes.update(nodeUpdates);
    edges.update(edgeUpdates);
    const sel = network.getSelectedNodes();
    if (sel.length && nodeHidden.get(sel[0])) network.unselectAll();
  }

  // ---- search ------------------------------------------------------------------------
  const norm = (s) => String(s).normalize("NFKC").toLowerCase().trim();
  const index = data.nodes
    .filter((n) => n.kind === "entity")
    .map((n) => ({ node: n, names: [n.label, ...n.aliases].map(norm) }));

  function search(query) {
    const q = norm(query);
    if (!q) return [];
    const hits = [];
    for (const item of index) {
      let best = Infinity;
      let via = null;
      item.names.forEach((name, i) => {
        let rank = name === q ? 0 : name.startsWith(q) ? 2 : name.includes(q) ? 4 : Infinity;
        if (i > 0) rank += 1; // an alias match ranks just below the same kind of label match
        if (rank < best) {
          best = rank;
          via = i > 0 ? item.node.aliases[i - 1] : null;
        }
      });
      if (best < Infinity) hits.push({ node: item.node, rank: best, via: via });
    }
    // Equal matches: the better connected entity first (the one a reader most likely means).
    hits.sort((a, b) => a.rank - b.rank || b.node.degree - a.node.degree ||
                        a.node.label.length - b.node.label.length || (a.node.id < b.node.id ? -1 : 1));
    return hits.slice(0, 30);
  }

  const input = document.getElementById("kg-search");
  const results = document.getElementById("kg-results");
  let hits = [];
  let active = 0;

  function showResults() {
    results.replaceChildren(
      ...hits.map((h, i) =>
        el("li", { role: "option", className: i === active ? "active" : "",
                   on: { mousedown: (ev) => { ev.preventDefault(); pick(i); } } }, [
          el("span", { text: h.node.label }),
          el("span", { className: "kg-sub", text: typeName(h.node.type) + (h.via ? " · " + h.via : "") }),
        ])
      )
    );
  }
  function pick(i) {
    if (!hits[i]) return;
    selectNode(hits[i].node.id);
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

  function selectNode(id) {
    const n = byId.get(id);
    if (!n) return;
    if (hiddenTypes.has(n.type)) {
      hiddenTypes.delete(n.type);
      const box = entityFilters.querySelector("input[data-type='" + CSS.escape(n.type) + "']");
      if (box) box.checked = true;
      applyFilters();
    }
    network.selectNodes([id]);
    network.focus(id, { scale: Math.max(network.getScale(), 1.3),
                        animation: { duration: 400, easingFunction: "easeInOutQuad" } });
    showNode(id);
  }
  window.kgSelect = selectNode;

  // ---- side panel --------------------------------------------------------------------
  const panel = document.getElementById("kg-panel");

  function nodeLink(id) {
    const n = byId.get(id);
    return el("button", { className: "kg-link", type: "button", text: n.label.replace("\n", " "),
                          title: typeName(n.type), on: { click: () => selectNode(id) } });
  }
  function fieldList(fields) {
    const dl = el("dl");
    for (const [k, v, ref] of fields) {
      dl.append(el("dt", { text: k }), el("dd", {}, [ref ? nodeLink(ref) : document.createTextNode(text(v))]));
    }
    return dl;
  }
  function docCaption(docId) {
    const d = docs[docId] || {};
    const parts = [d.title || docId];
    if (d.date) parts.push(d.date);
    if (d.source) parts.push(d.source);
    if (d.path && d.path !== parts[0]) parts.push(d.path);
    const cite = el("cite", { text: "— " + parts.join(" · ") });
    // Only web links: a javascript: URL from the input must never become clickable.
    if (d.url && /^https?:\/\//i.test(d.url)) {
      cite.append(" ", el("a", { href: d.url, target: "_blank", rel: "noopener noreferrer", text: "source" }));
    }
    return cite;
  }
  function evidenceBlock(e) {
    return e.evidence.map((ev) => el("blockquote", { className: "kg-ev" }, [
      el("span", { text: ev.text }), docCaption(ev.doc),
    ]));
  }
  function relMeta(e) {
    const bits = [];
    if (e.confidence != null) bits.push("confidence " + e.confidence);
    if (e.rule) bits.push("rule " + e.rule);
    if (e.inferred) bits.push("inferred");
    bits.push("id " + e.key);
    return el("div", { className: "kg-meta", text: bits.join(" · ") });
  }
  function typeBadge(n) {
    return el("span", { className: "kg-type", text: typeName(n.type),
                        style: { background: typeStyle(n).color, color: "#000" } });
  }

  function showNode(id) {
    const n = byId.get(id);
    const parts = [el("h2", { text: n.label.replace("\n", " ") }), typeBadge(n),
                   el("span", { className: "kg-muted", text: "  id " + n.key + " · " + n.degree + " relations" })];
    if (n.aliases.length) {
      parts.push(el("h3", { text: "别名 Aliases" }), el("ul", {}, n.aliases.map((a) => el("li", { text: a }))));
    }
    if (n.value && n.value.length) parts.push(el("h3", { text: "值 Value" }), fieldList(n.value));
    if (n.attrs.length) parts.push(el("h3", { text: "属性 Attributes" }), fieldList(n.attrs));
    if (n.mentions.length) {
      const total = n.mentions.reduce((s, m) => s + m[1], 0);
      parts.push(el("h3", { text: "提及 Mentions (" + total + ")" }),
                 el("ul", {}, n.mentions.map(([doc, c]) => el("li", { text: ((docs[doc] || {}).title || doc) + " × " + c }))));
    }
    const rels = (edgesOf.get(id) || []).slice().sort((a, b) =>
      a.type < b.type ? -1 : a.type > b.type ? 1 : a.id < b.id ? -1 : 1);
    parts.push(el("h3", { text: "关系 Relations (" + rels.length + ")" }));
    for (const e of rels) {
      const out = e.from === id;
      const line = out
        ? [el("span", { className: "kg-rtype", text: e.type }), " → ", nodeLink(e.to)]
        : [nodeLink(e.from), " → ", el("span", { className: "kg-rtype", text: e.type }), " → this"];
      parts.push(el("div", { className: "kg-rel" }, [el("div", {}, line), relMeta(e), ...evidenceBlock(e)]));
    }
    panel.replaceChildren(...parts);
    panel.scrollTop = 0;
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
    panel.replaceChildren(...parts);
    panel.scrollTop = 0;
  }
  window.kgShowNode = showNode;

  network.on("click", (params) => {
    if (params.nodes.length) showNode(params.nodes[0]);
    else if (params.edges.length) showEdge(params.edges[0]);
  });
})();
