/* aikg view: legend, filters, search and evidence panel around a vis-network graph.
 *
 * Every string shown here comes from documents. It reaches the page only through
 * createTextNode, textContent and setAttribute: never as HTML, and never as a vis tooltip
 * (vis renders a string tooltip as HTML), so it can never become markup.
 */
"use strict";
(() => {
  // Milliseconds since navigation at each stage, for benchmarks/bench_visual.py.
  const timings = (window.aikgTimings = { start: performance.now() });
  const data = JSON.parse(document.getElementById("aikg-data").textContent);
  timings.parsed = performance.now();
  const $ = (id) => document.getElementById(id);
  const SVG = "http://www.w3.org/2000/svg";

  /** Build an element; strings become text nodes, never markup. */
  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs || {})) {
      if (value === null || value === undefined || value === false) continue;
      if (key === "class") node.className = value;
      else if (key === "onclick") node.addEventListener("click", value);
      else node.setAttribute(key, value);
    }
    for (const child of children.flat()) {
      if (child === null || child === undefined || child === false) continue;
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return node;
  }

  function svg(tag, attrs) {
    const node = document.createElementNS(SVG, tag);
    for (const [key, value] of Object.entries(attrs)) node.setAttribute(key, String(value));
    return node;
  }

  const SHAPES = {
    dot: () => svg("circle", { cx: 8, cy: 8, r: 6 }),
    square: () => svg("rect", { x: 2.5, y: 2.5, width: 11, height: 11 }),
    diamond: () => svg("polygon", { points: "8,1 15,8 8,15 1,8" }),
    triangle: () => svg("polygon", { points: "8,1.5 15,14 1,14" }),
    triangleDown: () => svg("polygon", { points: "1,2 15,2 8,14.5" }),
    hexagon: () => svg("polygon", { points: "4.5,2 11.5,2 15,8 11.5,14 4.5,14 1,8" }),
    star: () => svg("polygon", { points: "8,1 10,6 15,6 11,9.5 12.5,15 8,11.5 3.5,15 5,9.5 1,6 6,6" }),
  };

  function typeSwatch(type) {
    const style = typeStyles.get(type) || { color: "#9ca3af", shape: "dot" };
    const box = svg("svg", { width: 16, height: 16, viewBox: "0 0 16 16", "aria-hidden": "true" });
    const shape = (SHAPES[style.shape] || SHAPES.dot)();
    shape.setAttribute("fill", style.color);
    shape.setAttribute("stroke", "rgba(0,0,0,.35)");
    box.append(shape);
    return box;
  }

  function statusSwatch(status) {
    const style = statusStyles.get(status) || { color: "#6b7280", dashes: [4, 4], arrow: "arrow" };
    const box = svg("svg", { width: 34, height: 12, viewBox: "0 0 34 12", "aria-hidden": "true" });
    const line = svg("line", { x1: 1, y1: 6, x2: 26, y2: 6, stroke: style.color, "stroke-width": 2 });
    if (style.dashes.length) line.setAttribute("stroke-dasharray", style.dashes.map((d) => d / 2).join(" "));
    const head = style.arrow === "bar"
      ? svg("line", { x1: 29, y1: 1, x2: 29, y2: 11, stroke: style.color, "stroke-width": 2.5 })
      : svg("polygon", { points: "26,1.5 33,6 26,10.5", fill: style.color });
    box.append(line, head);
    return box;
  }

  function chip(status) {
    const style = statusStyles.get(status);
    const node = el("span", { class: "chip" }, status);
    node.style.background = style ? style.color : "#6b7280";
    return node;
  }

  const typeStyles = new Map(data.legend.types.map((t) => [t.type, t]));
  const statusStyles = new Map(data.legend.statuses.map((s) => [s.status, s]));
  const nodeById = new Map(data.nodes.map((n) => [n.id, n]));
  const edgeById = new Map(data.edges.map((e) => [e.id, e]));
  const incident = new Map(data.nodes.map((n) => [n.id, []]));
  for (const e of data.edges) {
    incident.get(e.from).push(e.id);
    if (e.to !== e.from) incident.get(e.to).push(e.id);
  }
  const labelOf = (id) => (nodeById.has(id) ? nodeById.get(id).aikg.label : id);

  // ---- header --------------------------------------------------------------------------------
  document.title = data.title;
  $("aikg-title").textContent = data.title;
  const plural = (n, one, many) => `${n.toLocaleString("en")} ${n === 1 ? one : many}`;
  // A relation is one (subject, predicate, object, status), as `aikg stats` and --json count
  // them; an edge draws every status of one (subject, predicate, object), so a relation both
  // stated and denied is two relations on one edge, and the header says so.
  const statusesOf = (e) => (e.aikg.statuses && e.aikg.statuses.length ? e.aikg.statuses : [e.aikg.status]);
  const relationCount = data.edges.reduce((n, e) => n + statusesOf(e).length, 0);
  const summary = `${plural(data.nodes.length, "entity", "entities")} · ` +
    plural(relationCount, "relation", "relations") +
    (relationCount !== data.edges.length ? ` on ${plural(data.edges.length, "edge", "edges")}` : "");
  $("aikg-subtitle").textContent = data.note ? `${summary} · ${data.note}` : summary;

  // ---- network -------------------------------------------------------------------------------
  const nodes = new vis.DataSet(data.nodes);
  const edges = new vis.DataSet(data.edges);
  const network = new vis.Network($("aikg-network"), { nodes: [], edges: [] }, data.options);
  let ready = false;
  const loading = $("aikg-loading");

  function markReady() {
    if (ready) return;
    ready = true;
    timings.laidOut = performance.now();
    network.setOptions({ physics: { enabled: false } });
    loading.hidden = true;
    // A focus view opens showing all of a small neighbourhood, or zoomed to the entity.
    const small = data.nodes.length <= 60;
    if (small || !data.focus) network.fit({ animation: false });
    if (data.focus && nodeById.has(data.focus)) focusNode(data.focus, { move: !small, animate: false });
    sizeLabels(true);
    network.once("afterDrawing", () => {
      timings.ready = performance.now();
      window.aikgReady = true;
      document.body.dataset.ready = "true";
    });
    network.redraw();
  }
  // ---- legibility ----------------------------------------------------------------------------
  // Labels are sized for the zoom: about LABEL_PX on screen whatever the scale (the hubs
  // larger), so the graph opens fitted and readable. Relation labels would crowd a fitted view:
  // they show once zoomed in far enough to read them, and for whatever the pointer is on or is
  // selected. Large views (laid out in Python) keep fixed sizes: one update per zoom would cost
  // too much there.
  const LABEL_PX = 13;
  const HUB_FACTOR = 1.4;
  const EDGE_LABEL_PX = 11;
  const EDGE_LABELS_FROM = 0.85;  // the scale from which every relation label shows
  const legibleSizing = !data.options.layout || data.options.layout.improvedLayout !== false;
  let sizedFor = null;
  let labelled = new Set();

  function labelledEdges() {
    const ids = new Set(network.getSelectedEdges());
    if (hoveredNode !== null) for (const id of incident.get(hoveredNode) || []) ids.add(id);
    if (hoveredEdge !== null) ids.add(hoveredEdge);
    return ids;
  }

  function sizeLabels(force = false) {
    if (!legibleSizing) return;
    const scale = network.getScale();
    const all = scale >= EDGE_LABELS_FROM;
    const wanted = labelledEdges();
    const rescale = force || sizedFor === null || Math.abs(Math.log(scale / sizedFor)) > 0.08;
    if (rescale) {
      sizedFor = scale;
      const size = Math.min(Math.max(LABEL_PX / scale, 10), 80);
      nodes.update(data.nodes.map((n) => ({
        id: n.id,
        font: { ...(n.font || {}), size: n.aikg.hub ? size * HUB_FACTOR : size },
      })));
    }
    const edgeSize = EDGE_LABEL_PX / Math.min(scale, 1.6);
    const changed = data.edges.filter((e) => rescale || labelled.has(e.id) !== wanted.has(e.id));
    edges.update(changed.map((e) => ({
      id: e.id,
      font: { ...(e.font || {}), size: all || wanted.has(e.id) ? edgeSize : 0 },
    })));
    labelled = wanted;
  }
  let hoveredNode = null;
  let hoveredEdge = null;
  let pending = false;
  network.on("zoom", () => {
    if (pending) return;
    pending = true;
    requestAnimationFrame(() => { pending = false; sizeLabels(); });
  });
  network.on("hoverNode", (p) => { hoveredNode = p.node; sizeLabels(); });
  network.on("blurNode", () => { hoveredNode = null; sizeLabels(); });
  network.on("hoverEdge", (p) => { hoveredEdge = p.edge; sizeLabels(); });
  network.on("blurEdge", () => { hoveredEdge = null; sizeLabels(); });
  network.on("select", () => sizeLabels());

  network.on("stabilizationProgress", (p) => {
    loading.textContent = `Laying out the graph… ${Math.round((100 * p.iterations) / p.total)}%`;
  });
  network.once("stabilizationIterationsDone", markReady);
  network.once("stabilized", markReady);
  if (!data.options.physics || data.options.physics.enabled === false) {
    network.once("afterDrawing", markReady);
  }
  timings.created = performance.now();
  network.setData({ nodes, edges });
  timings.dataSet = performance.now();
  if (data.nodes.length === 0) markReady();

  // ---- panel ---------------------------------------------------------------------------------
  const panel = $("aikg-panel");
  let selected = null; // {kind: "node" | "edge", id}

  function hint() {
    panel.replaceChildren(
      el("h2", null, "Details"),
      el("p", { class: "hint" },
        "Hover over or click an entity or a relation to see its sources: the sentences, " +
        "documents and dates it comes from."),
    );
  }

  function nodeButton(id) {
    return el("button", { class: "link", type: "button", onclick: () => focusNode(id) }, labelOf(id));
  }

  function edgeButton(id, text) {
    return el("button", { class: "link", type: "button", onclick: () => selectEdge(id) }, text);
  }

  const clip = (text, max) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

  function definitions(rows) {
    const list = el("dl");
    for (const [term, value] of rows) {
      if (value === null || value === undefined || value === "" ||
          (Array.isArray(value) && value.length === 0)) continue;
      list.append(el("dt", null, term), el("dd", null, value));
    }
    return list;
  }

  function showNode(id) {
    const node = nodeById.get(id);
    if (!node) return;
    const info = node.aikg;
    const wikidata = info.wikidata && /^Q[0-9]+$/.test(info.wikidata)
      ? el("a", { href: `https://www.wikidata.org/wiki/${info.wikidata}`, target: "_blank",
        rel: "noopener noreferrer" }, info.wikidata)
      : null;
    const relations = el("ul", { class: "relations" });
    const ids = incident.get(id) || [];
    for (const edgeId of ids.slice(0, 200)) {
      const edge = edgeById.get(edgeId);
      const end = (nodeId) => (nodeId === id ? info.label : nodeButton(nodeId));
      const first = edge.aikg.evidence[0];
      relations.append(el("li", null,
        chip(edge.aikg.status), " ", end(edge.from), " ",
        edgeButton(edgeId, `—${edge.aikg.predicate}→`), " ", end(edge.to),
        first ? el("div", { class: "source" }, clip(first.sentence || "", 160),
          el("span", { class: "sub" }, [first.title || first.document, first.date].filter(Boolean).join(" · ")),
          edge.aikg.evidence.length > 1 ? ` (+${edge.aikg.evidence.length - 1} more)` : "") : null,
      ));
    }
    if (ids.length > 200) relations.append(el("li", { class: "hint" }, `and ${ids.length - 200} more`));
    panel.replaceChildren(
      el("h2", { id: "aikg-panel-label" }, info.label),
      el("p", { class: "kind" }, typeSwatch(info.type), info.type, info.curated ? " · curated entity" : ""),
      definitions([
        ["Id", id],
        ["Also known as", info.aliases.join("; ")],
        ["Wikidata", wikidata],
      ]),
      info.risks && info.risks.length ? el("h3", null, "Single point of failure for") : null,
      info.risks && info.risks.length ? el("ul", { class: "risks" }, info.risks.map((r) => el("li", null, r))) : null,
      el("h3", null, `Relations (${ids.length})`),
      ids.length ? relations : el("p", { class: "hint" }, "No relations in this view."),
    );
  }

  const PERIODS = { P1D: "day", P1W: "week", P1M: "month", P3M: "quarter", P1Y: "year" };

  function money(amount, currency) {
    const number = typeof amount === "number" ? amount.toLocaleString("en") : String(amount);
    return currency ? `${currency} ${number}` : number;
  }

  function qualifierRows(q) {
    const rows = [];
    if (q.amount !== undefined) rows.push(["Amount", money(q.amount, q.currency)]);
    else if (q.currency !== undefined) rows.push(["Currency", q.currency]);
    if (q.amount !== undefined && q.currency !== undefined) rows.push(["Currency", q.currency]);
    if (q.period !== undefined) {
      const human = PERIODS[q.period];
      rows.push(["Period", human ? `${q.period} (per ${human})` : q.period]);
    }
    if (q.share !== undefined) {
      const share = typeof q.share === "number" && q.share <= 1 ? `${+(q.share * 100).toFixed(2)}%` : String(q.share);
      rows.push(["Share", share]);
    }
    if (q.point_in_time !== undefined) rows.push(["As of", q.point_in_time]);
    return rows;
  }

  function showEdge(id) {
    const edge = edgeById.get(id);
    if (!edge) return;
    const info = edge.aikg;
    const dependency = info.depends === "forward"
      ? `${labelOf(edge.from)} depends on ${labelOf(edge.to)}`
      : info.depends === "backward" ? `${labelOf(edge.to)} depends on ${labelOf(edge.from)}` : null;
    const evidence = el("ul", { class: "evidence" });
    for (const ev of info.evidence) {
      const source = [ev.title || ev.document, ev.date, ev.title && ev.document ? ev.document : null]
        .filter(Boolean).join(" · ");
      evidence.append(el("li", null,
        ev.sentence ? el("blockquote", null, `“${ev.sentence}”`) : null,
        el("div", { class: "source" },
          ev.status ? [chip(ev.status), " "] : null,
          source,
          ev.start !== null && ev.start !== undefined ? ` (characters ${ev.start}–${ev.end})` : ""),
      ));
    }
    panel.replaceChildren(
      el("p", { class: "edge-title" },
        nodeButton(edge.from), el("span", { class: "pred" }, `—${info.predicate}→`), nodeButton(edge.to)),
      el("p", null, chip(info.status), info.direct ? "" : " not a direct claim"),
      definitions([
        ["Statuses", info.statuses.length > 1 ? info.statuses.join(", ") : null],
        ["Confidence", typeof info.confidence === "number" ? info.confidence.toFixed(2) : null],
        ["Documents", info.corroboration],
        ["Dependency", dependency],
        ...qualifierRows(info.qualifiers),
      ]),
      el("h3", null, `Evidence (${info.evidence.length})`),
      info.evidence.length ? evidence : el("p", { class: "hint" }, "No evidence recorded."),
    );
  }

  function showSelected() {
    if (!selected) hint();
    else if (selected.kind === "node") showNode(selected.id);
    else showEdge(selected.id);
  }

  function selectEdge(id) {
    selected = { kind: "edge", id };
    network.setSelection({ nodes: [], edges: [id] }, { unselectAll: true, highlightEdges: false });
    showEdge(id);
  }

  network.on("hoverNode", (p) => showNode(p.node));
  network.on("hoverEdge", (p) => showEdge(p.edge));
  network.on("blurNode", showSelected);
  network.on("blurEdge", showSelected);
  network.on("click", (p) => {
    if (p.nodes.length) selected = { kind: "node", id: p.nodes[0] };
    else if (p.edges.length) selected = { kind: "edge", id: p.edges[0] };
    else selected = null;
    showSelected();
  });

  // ---- filters -------------------------------------------------------------------------------
  const enabled = {
    type: new Set(data.legend.types.map((t) => t.type)),
    predicate: new Set(data.legend.predicates),
    status: new Set(data.legend.statuses.map((s) => s.status)),
  };
  const hiddenNodes = new Set();
  const hiddenEdges = new Set();

  function applyFilters() {
    const nodeChanges = [];
    for (const n of data.nodes) {
      const hide = !enabled.type.has(n.aikg.type);
      if (hide !== hiddenNodes.has(n.id)) {
        if (hide) hiddenNodes.add(n.id); else hiddenNodes.delete(n.id);
        nodeChanges.push({ id: n.id, hidden: hide });
      }
    }
    const edgeChanges = [];
    for (const e of data.edges) {
      const hide = !enabled.predicate.has(e.aikg.predicate) || !enabled.status.has(e.aikg.status) ||
        hiddenNodes.has(e.from) || hiddenNodes.has(e.to);
      if (hide !== hiddenEdges.has(e.id)) {
        if (hide) hiddenEdges.add(e.id); else hiddenEdges.delete(e.id);
        edgeChanges.push({ id: e.id, hidden: hide });
      }
    }
    if (nodeChanges.length) nodes.update(nodeChanges);
    if (edgeChanges.length) edges.update(edgeChanges);
  }

  const checkboxes = { type: new Map(), predicate: new Map(), status: new Map() };

  function checklist(listId, kind, entries) {
    const list = $(listId);
    for (const { value, swatch, count } of entries) {
      const box = el("input", { type: "checkbox", checked: "checked", "data-kind": kind, "data-value": value });
      box.addEventListener("change", () => {
        if (box.checked) enabled[kind].add(value); else enabled[kind].delete(value);
        applyFilters();
      });
      checkboxes[kind].set(value, box);
      list.append(el("li", null, el("label", null, box, swatch, value, el("span", { class: "count" }, count))));
    }
  }

  const count = (items, key) => {
    const counts = new Map();
    for (const item of items) counts.set(item.aikg[key], (counts.get(item.aikg[key]) || 0) + 1);
    return counts;
  };
  const typeCounts = count(data.nodes, "type");
  const predicateCounts = new Map();  // relations, as the header and `aikg stats` count them
  const statusCounts = new Map();
  for (const e of data.edges) {
    const statuses = statusesOf(e);
    predicateCounts.set(e.aikg.predicate, (predicateCounts.get(e.aikg.predicate) || 0) + statuses.length);
    for (const st of statuses) statusCounts.set(st, (statusCounts.get(st) || 0) + 1);
  }
  checklist("aikg-legend", "type", data.legend.types.map((t) =>
    ({ value: t.type, swatch: typeSwatch(t.type), count: typeCounts.get(t.type) })));
  checklist("aikg-predicates", "predicate", data.legend.predicates.map((p) =>
    ({ value: p, swatch: null, count: predicateCounts.get(p) })));
  checklist("aikg-statuses", "status", data.legend.statuses.map((s) =>
    ({ value: s.status, swatch: statusSwatch(s.status), count: statusCounts.get(s.status) })));

  // ---- paths ---------------------------------------------------------------------------------
  if (data.paths.length) {
    $("aikg-paths-section").hidden = false;
    data.paths.forEach(({ edges: path, nodes: walk }) => {
      const hops = path.map((id) => edgeById.get(id));
      const names = walk.map(labelOf);  // in walk order: a hop may run against its edge
      $("aikg-paths").append(el("li", null, el("button", {
        class: "link", type: "button",
        onclick: () => {
          const ids = new Set(hops.flatMap((e) => [e.from, e.to]));
          network.setSelection({ nodes: [...ids], edges: path }, { unselectAll: true });
          network.fit({ nodes: [...ids], animation: { duration: 400 } });
          if (path.length) { selected = { kind: "edge", id: path[0] }; showEdge(path[0]); }
        },
      }, names.join(" → "))));
    });
  }

  // ---- search --------------------------------------------------------------------------------
  const search = $("aikg-search");
  const suggestions = $("aikg-suggestions");
  const index = data.nodes.map((n) => ({
    id: n.id,
    label: n.aikg.label,
    names: [n.aikg.label, ...n.aikg.aliases, n.id].map((s) => s.toLowerCase()),
  }));
  let matches = [];
  let cursor = 0;

  function find(query) {
    const q = query.trim().toLowerCase();
    if (!q) return [];
    // The label before aliases and ids, and exact before prefix before a word's start before
    // anywhere: "nvid" lists Nvidia before "Nvidia H100", an alias of H100.
    const found = [];
    for (const entry of index) {
      let score = 6;
      entry.names.forEach((name, i) => {
        const alias = i === 0 ? 0 : 1;
        if (name === q) score = Math.min(score, alias);
        else if (name.startsWith(q)) score = Math.min(score, 2 + alias);
        else if (name.split(/[\s\-_./]+/).some((word) => word.startsWith(q))) score = Math.min(score, 4);
        else if (name.includes(q)) score = Math.min(score, 5);
      });
      if (score < 6) found.push({ ...entry, score });
    }
    found.sort((a, b) => a.score - b.score || a.label.length - b.label.length || a.label.localeCompare(b.label));
    return found.slice(0, 12);
  }

  function renderSuggestions() {
    suggestions.replaceChildren(...matches.map((m, i) => {
      const item = el("li", { role: "option", "aria-selected": i === cursor ? "true" : "false" },
        typeSwatch(nodeById.get(m.id).aikg.type), m.label,
        el("span", { class: "sub" }, nodeById.get(m.id).aikg.type));
      item.addEventListener("mousedown", (event) => { event.preventDefault(); choose(i); });
      return item;
    }));
    suggestions.hidden = matches.length === 0;
    search.setAttribute("aria-expanded", matches.length ? "true" : "false");
  }

  function choose(i) {
    if (!matches[i]) return;
    focusNode(matches[i].id);
    matches = [];
    renderSuggestions();
  }

  search.addEventListener("input", () => {
    matches = find(search.value);
    cursor = 0;
    renderSuggestions();
    // An exact, unambiguous name focuses at once; otherwise wait for Enter or a click.
    if (matches.length && matches[0].score <= 1 && (matches.length === 1 || matches[1].score > 1)) {
      focusNode(matches[0].id);
    }
  });
  search.addEventListener("keydown", (event) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      if (!matches.length) return;
      cursor = (cursor + (event.key === "ArrowDown" ? 1 : matches.length - 1)) % matches.length;
      renderSuggestions();
      event.preventDefault();
    } else if (event.key === "Enter") {
      choose(cursor);
      event.preventDefault();
    } else if (event.key === "Escape") {
      matches = [];
      renderSuggestions();
    }
  });
  search.addEventListener("blur", () => { matches = []; renderSuggestions(); });

  /** Select an entity, zoom to it and show it in the panel (showing its type if filtered out). */
  function focusNode(id, { move = true, animate = true } = {}) {
    const node = nodeById.get(id);
    if (!node) return;
    if (!enabled.type.has(node.aikg.type)) {
      enabled.type.add(node.aikg.type);
      checkboxes.type.get(node.aikg.type).checked = true;
      applyFilters();
    }
    selected = { kind: "node", id };
    network.selectNodes([id]);
    if (move) {
      network.focus(id, {
        scale: Math.max(network.getScale(), 1.0),
        animation: animate ? { duration: 450, easingFunction: "easeInOutQuad" } : false,
      });
    }
    showNode(id);
  }

  hint();
  window.aikg = { network, nodes, edges, data, focusNode, selectEdge };
})();
