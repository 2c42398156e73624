/* AnodeKG viewer: one offline page. Reads the graph from #akg-data and draws it with Cytoscape.js at
   the positions the export computed (no layout runs here). A large graph opens on its overview
   (papers, classes, structures); ticking a node type or clicking a node adds the rest on demand.
   Offers class, node-type and property-range filters (what they filter is hidden, with whatever is
   left without a visible neighbour), a search box, tooltips, a details panel and a focus mode.
   The page writes its node counts into #node-count, #edge-count and #visible-count, and sets
   body[data-ready] to "true" (and body[data-tti] to the milliseconds it took) once it is drawn. */
(function () {
  "use strict";
  var DATA = JSON.parse(document.getElementById("akg-data").textContent);
  window.AKG_DATA = DATA;
  var byId = function (id) { return document.getElementById(id); };
  var classes = {}, types = {}, props = {};
  DATA.classes.forEach(function (c) { classes[c.name] = c; });
  DATA.types.forEach(function (t) { types[t.name] = t; });
  DATA.properties.forEach(function (p) { props[p.name] = p; });

  /* every element by id, and the edges at each node, so that what is not drawn can be added later */
  var nodeData = {}, edgesAt = {};
  DATA.elements.nodes.forEach(function (n) { nodeData[n.data.id] = n; edgesAt[n.data.id] = []; });
  DATA.elements.edges.forEach(function (e) {
    edgesAt[e.data.source].push(e);
    edgesAt[e.data.target].push(e);
  });

  var extent = 1;
  DATA.elements.nodes.forEach(function (n) {
    extent = Math.max(extent, Math.abs(n.position.x), Math.abs(n.position.y));
  });

  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    if (cls) { e.className = cls; }
    return e;
  }

  var big = !!DATA.overview;
  var loadedTypes = {};
  var initial = { nodes: [], edges: [] };
  DATA.types.forEach(function (t) { loadedTypes[t.name] = !big || t.overview; });
  /* structures and materials are labelled once the zoom makes a label readable (a large graph's overview
     would otherwise measure thousands of labels nobody can read) */
  var LABELLED = { Structure: true, Material: true };
  DATA.elements.nodes.forEach(function (n) {
    if (LABELLED[n.data.type] && !big) { n.classes = "lab"; }
    if (loadedTypes[n.data.type]) { initial.nodes.push(n); }
  });
  DATA.elements.edges.forEach(function (e) {
    if (loadedTypes[nodeData[e.data.source].data.type] && loadedTypes[nodeData[e.data.target].data.type]) {
      initial.edges.push(e);
    }
  });

  /* shape, size and colour by type and class as plain selectors (a style function per node is slow) */
  function typeStyles() {
    var rules = [];
    DATA.types.forEach(function (t) {
      rules.push({ selector: "node[type = '" + t.name + "']",
                   style: { "shape": t.shape, "width": t.size, "height": t.size, "background-color": t.colour || "#999999" } });
      if (t.byClass) {
        DATA.classes.forEach(function (c) {
          if (!c.superclass) {
            rules.push({ selector: "node[type = '" + t.name + "'][class = '" + c.name + "']",
                         style: { "background-color": c.colour } });
          }
        });
      }
    });
    return rules;
  }

  var paperFont = Math.max(12, extent / 45), classFont = Math.max(11, extent / 60);
  var cy = cytoscape({
    container: byId("cy"),
    elements: initial,
    minZoom: 0.01,
    maxZoom: 4,
    textureOnViewport: big,
    hideEdgesOnViewport: big,
    style: [
      { selector: "node", style: {
        "background-color": "#999999", "shape": "ellipse", "width": 12, "height": 12,
        "border-width": 1, "border-color": "#ffffff",
        "font-size": 9, "color": "#222", "text-valign": "bottom", "text-margin-y": 2,
        "text-wrap": "ellipsis", "text-max-width": 140, "min-zoomed-font-size": 6 } },
    ].concat(typeStyles()).concat([
      { selector: "node[type = 'Paper'], node[type = 'Class'], node.lab", style: { "label": "data(label)" } },
      { selector: "node[type = 'Paper']", style: { "font-size": paperFont, "font-weight": "bold",
        "text-max-width": paperFont * 16, "width": Math.max(36, paperFont * 2), "height": Math.max(36, paperFont * 2),
        "text-background-color": "#fff", "text-background-opacity": 0.7 } },
      { selector: "node[type = 'Class']", style: { "font-size": classFont, "text-max-width": classFont * 14,
        "width": Math.max(30, classFont * 2), "height": Math.max(30, classFont * 2), "font-style": "italic" } },
      { selector: "edge", style: {
        "width": 0.7, "line-color": "#c8c8c8", "curve-style": "haystack", "opacity": 0.8 } },
      { selector: "edge[relation = 'ofStructure'], edge[relation = 'inClass']",
        style: { "line-color": "#9aa7b4" } },
      { selector: ".hidden", style: { "display": "none" } },
      { selector: ".faded", style: { "opacity": 0.12 } },
      { selector: ".unfocused", style: { "opacity": 0.07, "events": "no" } },
      { selector: "node.match", style: { "label": "data(label)", "border-width": 3, "border-color": "#d62728",
        "z-index": 10, "font-weight": "bold" } },
      { selector: "node:selected", style: { "label": "data(label)", "border-width": 4, "border-color": "#000",
        "z-index": 20 } },
      { selector: "node.near", style: { "label": "data(label)", "z-index": 15 } },
      { selector: "edge.near", style: { "line-color": "#555", "width": 1.6, "opacity": 1 } }
    ]),
    layout: { name: "preset", fit: false }
  });

  /* ------------------------------------------------------------------ adding what is not drawn */
  function addNodes(list) {
    var fresh = list.filter(function (n) { return cy.getElementById(n.data.id).empty(); });
    if (!fresh.length) { return cy.collection(); }
    var added = cy.add(fresh);
    if (!big || LABELLED.done) { added.filter("[type = 'Structure'], [type = 'Material']").addClass("lab"); }
    var edges = [];
    added.forEach(function (n) {
      edgesAt[n.id()].forEach(function (e) {
        if (cy.getElementById(e.data.id).empty() && !cy.getElementById(e.data.source).empty() &&
            !cy.getElementById(e.data.target).empty()) { edges.push(e); }
      });
    });
    var seen = {};
    cy.add(edges.filter(function (e) { if (seen[e.data.id]) { return false; } seen[e.data.id] = true; return true; }));
    return added;
  }

  function loadType(name) {
    if (loadedTypes[name]) { return; }
    loadedTypes[name] = true;
    addNodes(DATA.elements.nodes.filter(function (n) { return n.data.type === name; }));
  }

  function loadNeighbours(id) {
    var others = edgesAt[id].map(function (e) {
      return nodeData[e.data.source === id ? e.data.target : e.data.source];
    });
    return addNodes(others);
  }

  /* ------------------------------------------------------------------ legend and filters */
  function checkbox(name, label, swatch, sub, checked) {
    var wrap = el("label", null, sub ? "sub" : "");
    var box = el("input");
    box.type = "checkbox"; box.checked = checked; box.value = name;
    wrap.appendChild(box);
    wrap.appendChild(swatch);
    wrap.appendChild(document.createTextNode(label));
    return { wrap: wrap, box: box };
  }

  var classBoxes = {};
  DATA.classes.forEach(function (c) {
    var sw = el("span", null, "swatch round");
    sw.style.background = c.colour;
    var count = c.structures !== undefined ? " (" + c.structures + ")" : "";
    var cb = checkbox(c.name, c.label + count, sw, !!c.superclass, true);
    cb.wrap.title = c.name;
    classBoxes[c.name] = cb.box;
    byId("class-filter").appendChild(cb.wrap);
    cb.box.addEventListener("change", function () {
      DATA.classes.forEach(function (s) {        /* a top class carries its subclasses along */
        if (s.superclass === c.name) { classBoxes[s.name].checked = cb.box.checked; }
      });
      applyFilters();
    });
  });

  var typeBoxes = {};
  var typeCounts = {};
  DATA.elements.nodes.forEach(function (n) { typeCounts[n.data.type] = (typeCounts[n.data.type] || 0) + 1; });
  DATA.types.forEach(function (t) {
    var sw = el("span", null, "swatch " + (t.shape === "diamond" ? "diamond" : t.shape === "ellipse" ? "round" : ""));
    sw.style.background = t.byClass ? "linear-gradient(90deg," + DATA.classes.filter(function (c) {
      return !c.superclass; }).map(function (c) { return c.colour; }).join(",") + ")" : t.colour;
    var cb = checkbox(t.name, t.label + " (" + (typeCounts[t.name] || 0) + ")", sw, false, loadedTypes[t.name]);
    typeBoxes[t.name] = cb.box;
    byId("type-filter").appendChild(cb.wrap);
    cb.box.addEventListener("change", function () {
      if (cb.box.checked) { loadType(t.name); }
      applyFilters();
    });
  });
  byId("overview-hint").hidden = !big;

  DATA.properties.forEach(function (p) {
    var o = el("option", p.label + " (" + p.count + ")");
    o.value = p.name;
    byId("property").appendChild(o);
  });
  byId("property").addEventListener("change", function () {
    var p = props[byId("property").value];
    byId("range-min").value = p ? p.min : "";
    byId("range-max").value = p ? p.max : "";
    byId("range-unit").textContent = p ? "in " + p.unit : "";
    if (p) { loadType("Measurement"); typeBoxes.Measurement.checked = true; }
    applyFilters();
  });
  byId("range-min").addEventListener("input", applyFilters);
  byId("range-max").addEventListener("input", applyFilters);
  byId("reset").addEventListener("click", function () {
    Object.keys(classBoxes).forEach(function (k) { classBoxes[k].checked = true; });
    Object.keys(typeBoxes).forEach(function (k) { typeBoxes[k].checked = loadedTypes[k]; });
    byId("property").value = "";
    byId("range-min").value = ""; byId("range-max").value = ""; byId("range-unit").textContent = "";
    byId("search").value = "";
    unfocus();
    search();
    applyFilters();
  });

  function classShown(ele) {
    var top = ele.data("class");
    if (top === undefined) { return true; }
    var own = ele.data("type") === "Class" ? ele.data("name") : ele.data("subclass");
    if (classBoxes[top] && !classBoxes[top].checked) { return false; }
    return !(own && classBoxes[own] && !classBoxes[own].checked);
  }

  function related(node, relation, direction) {
    var edges = direction === "in" ? node.incomers("edge[relation = '" + relation + "']")
      : node.outgoers("edge[relation = '" + relation + "']");
    return direction === "in" ? edges.sources() : edges.targets();
  }

  function applyFilters() {
    var prop = byId("property").value;
    var lo = parseFloat(byId("range-min").value), hi = parseFloat(byId("range-max").value);
    var filtering = !!prop || Object.keys(classBoxes).some(function (k) { return !classBoxes[k].checked; });
    function inRange(m) {
      var v = m.data("value");
      return m.data("property") === prop && !(v < lo) && !(v > hi);
    }
    cy.batch(function () {
      cy.nodes().forEach(function (n) {
        var t = n.data("type");
        var show = (!typeBoxes[t] || typeBoxes[t].checked) && classShown(n);
        if (show && prop && t === "Measurement") { show = inRange(n); }
        n.toggleClass("hidden", !show);
      });
      if (prop) {   /* keep only structures that report a figure in range */
        cy.nodes("[type = 'Structure']").forEach(function (s) {
          var kept = related(s, "ofStructure", "in").filter(function (m) { return inRange(m) && classShown(m); });
          if (kept.length === 0) { s.addClass("hidden"); }
        });
      }
      if (filtering) {  /* what only hidden nodes connected to goes too: cited works, materials, papers, classes */
        var shown = function (n) { return !n.hasClass("hidden"); };
        cy.nodes("[type = 'Reference']").forEach(function (r) {
          if (!related(r, "citesAsDataSource", "in").some(shown)) { r.addClass("hidden"); }
        });
        cy.nodes("[type = 'Material']").forEach(function (m) {
          if (!related(m, "hasMaterial", "in").some(shown)) { m.addClass("hidden"); }
        });
        cy.nodes("[type = 'Paper']").forEach(function (p) {
          if (!related(p, "describedIn", "in").some(shown)) { p.addClass("hidden"); }
        });
        var classes = cy.nodes("[type = 'Class']");
        classes.forEach(function (c) {
          if (!related(c, "inClass", "in").some(shown)) { c.addClass("hidden"); }
        });
        classes.forEach(function (c) {   /* a top class stays while one of its subclasses shows */
          if (c.hasClass("hidden") && classShown(c) && related(c, "subClassOf", "in").some(shown)) {
            c.removeClass("hidden");
          }
        });
      }
    });
    count();
  }

  function count() {
    byId("node-count").textContent = String(DATA.counts.nodes);
    byId("edge-count").textContent = String(DATA.counts.edges);
    byId("visible-count").textContent = String(cy.nodes().not(".hidden").length);
  }

  /* ------------------------------------------------------------------ search */
  var SEARCHED = ["label", "sentence", "title", "authors", "evidence", "journal", "doi", "structure"];
  function search() {
    var q = byId("search").value.trim().toLowerCase();
    cy.batch(function () {
      cy.elements().removeClass("match faded");
      if (!q) { byId("search-result").textContent = ""; return; }
      var found = DATA.elements.nodes.filter(function (n) {
        return SEARCHED.some(function (k) {
          var v = n.data[k];
          return v !== undefined && String(v).toLowerCase().indexOf(q) >= 0;
        });
      });
      if (found.length <= 500) { addNodes(found); }      /* what a search finds is drawn, unless it is half the graph */
      var hits = cy.collection();
      found.forEach(function (n) { hits = hits.union(cy.getElementById(n.data.id)); });
      hits.addClass("match");
      cy.elements().not(hits).not(hits.connectedEdges()).addClass("faded");
      byId("search-result").textContent = found.length + (found.length === 1 ? " match" : " matches");
    });
    count();
  }
  byId("search").addEventListener("input", search);
  byId("search").addEventListener("keydown", function (ev) {
    if (ev.key === "Enter") {
      var hits = cy.nodes(".match").not(".hidden");
      if (hits.length) { cy.animate({ fit: { eles: hits, padding: 60 } }, { duration: 300 }); }
    }
  });

  /* ------------------------------------------------------------------ tooltips */
  var tip = byId("tooltip");
  function describe(n) {
    var d = n.data();
    var type = (types[d.type] || {}).label || d.type;
    var lines = [];
    if (d.type === "Measurement") { lines.push(d.structure || "", d.paper ? "paper " + d.paper + ", page " + d.page : ""); }
    if (d.type === "Structure") {
      lines.push(classLabel(d.subclass || d["class"]), (d.figures || 0) + " figure(s) · " + (d.paper || ""));
    }
    if (d.type === "Paper") { lines.push([d.journal, d.year].filter(Boolean).join(" ")); }
    if (d.type === "Reference") { lines.push(d.title || ""); }
    return { title: d.label, type: type.replace(/s$/, ""), lines: lines.filter(Boolean) };
  }
  cy.on("mouseover", "node", function (ev) {
    var info = describe(ev.target);
    tip.textContent = "";
    tip.appendChild(el("div", info.type, "t-type"));
    tip.appendChild(el("b", info.title));
    info.lines.forEach(function (line) { tip.appendChild(el("div", line)); });
    var box = byId("cy").getBoundingClientRect(), pos = ev.target.renderedPosition();
    tip.style.left = Math.min(window.innerWidth - 350, box.left + pos.x + 14) + "px";
    tip.style.top = (box.top + pos.y + 14) + "px";
    tip.hidden = false;
  });
  cy.on("mouseout", "node", function () { tip.hidden = true; });
  cy.on("viewport", function () { tip.hidden = true; });

  /* ------------------------------------------------------------------ details */
  function link(node) {
    var a = el("a", node.data("label"), "node-link");
    a.addEventListener("click", function () { select(node); });
    return a;
  }

  function fields(pairs) {
    var dl = el("dl");
    pairs.forEach(function (p) {
      if (p[1] === undefined || p[1] === null || p[1] === "") { return; }
      dl.appendChild(el("dt", p[0]));
      var dd = el("dd");
      if (p[1] && p[1].nodeType) { dd.appendChild(p[1]); } else { dd.textContent = String(p[1]); }
      dl.appendChild(dd);
    });
    return dl;
  }

  function nodeList(title, nodes) {
    var box = el("div");
    if (!nodes.length) { return box; }
    box.appendChild(el("h3", title + " (" + nodes.length + ")"));
    var ul = el("ul", null, "plain");
    nodes.forEach(function (n) { var li = el("li"); li.appendChild(link(n)); ul.appendChild(li); });
    box.appendChild(ul);
    return box;
  }

  function classLabel(name) { return classes[name] ? classes[name].label : name; }

  function citationsOf(node) {
    return node.outgoers("edge[relation = 'citesAsDataSource']").targets()
      .sort(function (a, b) { return a.data("number") - b.data("number"); });
  }

  /* a figure's page: a link to its highlighted PDF page when served, else the page number */
  function pageLink(figure, page) {
    if (!DATA.figurePages || !figure) { return el("span", "page " + page); }
    var a = el("a", "page " + page, "page-link");
    a.href = DATA.figurePages + figure;
    a.title = "the PDF page with the sentence highlighted";
    return a;
  }
  window.akgPageLink = pageLink;

  function figureBlock(m, withStructure) {
    var box = el("div", null, "figure");
    var q = m.data("qualifier") === "=" ? "" : m.data("qualifier") + " ";
    var head = el("div");
    head.appendChild(el("span", m.data("property_label") + ": "));
    head.appendChild(el("span", q + m.data("value") + " " + m.data("unit"), "value"));
    box.appendChild(head);
    if (withStructure) {
      var s = m.outgoers("edge[relation = 'ofStructure']").targets();
      if (s.length) { var d = el("div", "structure: ", "meta"); d.appendChild(link(s[0])); box.appendChild(d); }
    }
    var refs = citationsOf(m);
    var meta = el("div", null, "meta");
    meta.appendChild(pageLink(m.data("figure"), m.data("page")));
    meta.appendChild(document.createTextNode(" · "));
    if (refs.length) {
      meta.appendChild(document.createTextNode("cites "));
      refs.forEach(function (r, i) {
        if (i) { meta.appendChild(document.createTextNode("; ")); }
        var a = link(r);
        a.title = r.data("title") || "";
        meta.appendChild(a);
      });
    } else {
      meta.appendChild(document.createTextNode("no citation (the paper's own statement)"));
    }
    box.appendChild(meta);
    box.appendChild(el("blockquote", m.data("sentence")));
    return box;
  }

  function show(node) {
    var d = node.data();
    var panel = byId("details");
    panel.textContent = "";
    panel.appendChild(el("h2", d.label));
    if (d.type === "Structure") {
      var paper = node.outgoers("edge[relation = 'describedIn']").targets();
      panel.appendChild(fields([["type", "structure"], ["class", classLabel(d["class"])],
        ["subclass", d.subclass ? classLabel(d.subclass) : ""], ["paper", paper.length ? link(paper[0]) : d.paper],
        ["evidence", d.evidence], ["own result", d.own_result ? "yes" : "no"]]));
      panel.appendChild(nodeList("Materials", node.outgoers("node[type = 'Material']")));
      panel.appendChild(nodeList("Cited works", citationsOf(node)));
      var figs = node.incomers("node[type = 'Measurement']")
        .sort(function (a, b) { return (a.data("page") - b.data("page")) || (a.id() < b.id() ? -1 : 1); });
      panel.appendChild(el("h3", "Figures (" + figs.length + ")"));
      figs.forEach(function (m) { panel.appendChild(figureBlock(m, false)); });
    } else if (d.type === "Measurement") {
      panel.appendChild(fields([["type", "reported figure"], ["id", d.figure], ["class", classLabel(d["class"])],
        ["section", d.section], ["as printed", d.raw]]));
      panel.appendChild(figureBlock(node, true));
    } else if (d.type === "Reference") {
      panel.appendChild(fields([["type", "cited work"], ["number", d.number], ["authors", d.authors],
        ["title", d.title], ["journal", d.journal], ["year", d.year], ["DOI", d.doi], ["in the list of", d.paper]]));
      panel.appendChild(nodeList("Structures citing it", node.incomers("node[type = 'Structure']")));
      panel.appendChild(nodeList("Figures citing it", node.incomers("node[type = 'Measurement']")));
    } else if (d.type === "Paper") {
      panel.appendChild(fields([["type", "ingested paper"], ["id", d.paper_id], ["title", d.title],
        ["journal", d.journal], ["year", d.year], ["DOI", d.doi],
        ["references", edgesAt[d.id].filter(function (e) { return e.data.relation === "cites"; }).length]]));
      panel.appendChild(nodeList("Structures", node.incomers("node[type = 'Structure']")));
    } else if (d.type === "Material") {
      panel.appendChild(fields([["type", "material"]]));
      panel.appendChild(nodeList("Used by", node.incomers("node[type = 'Structure']")));
    } else if (d.type === "Class") {
      panel.appendChild(fields([["type", "structure class"], ["name", d.name],
        ["subclass of", d.superclass ? classLabel(d.superclass) : ""]]));
      panel.appendChild(nodeList("Structures", node.incomers("node[type = 'Structure']")));
      panel.appendChild(nodeList("Subclasses", node.incomers("node[type = 'Class']")));
    }
  }

  /* ------------------------------------------------------------------ focus mode */
  var focused = null;
  function focus(node) {
    loadNeighbours(node.id());
    if (node.data("type") === "Structure") {      /* a structure's figures bring their cited works along */
      node.incomers("node[type = 'Measurement']").forEach(function (m) { loadNeighbours(m.id()); });
    }
    var near = node.closedNeighborhood();
    near.removeClass("hidden");
    cy.batch(function () {
      cy.elements().removeClass("unfocused near");
      cy.elements().not(near).addClass("unfocused");
      near.addClass("near");
    });
    focused = node;
    var figures = node.incomers("node[type = 'Measurement']");       /* the neighbourhood, readable */
    cy.fit(figures.length ? figures.union(node) : near, 120);
    if (cy.zoom() > 1.2) { cy.zoom({ level: 1.2, position: node.position() }); }
    cy.center(node);
    byId("focus-label").textContent = node.data("label");
    byId("focus-bar").hidden = false;
    count();
  }
  function unfocus() {
    focused = null;
    cy.elements().removeClass("unfocused near");
    byId("focus-bar").hidden = true;
  }
  byId("unfocus").addEventListener("click", function () { unfocus(); applyFilters(); });
  document.addEventListener("keydown", function (ev) { if (ev.key === "Escape" && focused) { unfocus(); applyFilters(); } });

  function select(node) {
    if (typeof node === "string") {
      if (!nodeData[node]) { return; }
      addNodes([nodeData[node]]);
      node = cy.getElementById(node);
    }
    cy.elements().unselect();
    focus(node);
    node.select();
    show(node);
  }
  cy.on("tap", "node", function (ev) { select(ev.target); });
  cy.on("tap", function (ev) { if (ev.target === cy && focused) { unfocus(); applyFilters(); } });

  /* ------------------------------------------------------------------ views and start */
  function setView(view) {
    document.body.setAttribute("data-view", view);
    byId("view-graph").setAttribute("aria-pressed", String(view === "graph"));
    byId("view-table").setAttribute("aria-pressed", String(view === "table"));
    byId("table-view").hidden = view !== "table";
    if (view === "table" && window.akgTable) { window.akgTable.show(); }
    if (view === "graph") { cy.resize(); }
  }
  byId("view-graph").addEventListener("click", function () { setView("graph"); });
  byId("view-table").addEventListener("click", function () { setView("table"); });

  /* a link can open the page in a given state: #view=table&search=…&property=…&min=…&max=…&select=NODE-ID */
  function hashArgs() {
    var args = {};
    location.hash.replace(/^#/, "").split("&").forEach(function (pair) {
      var i = pair.indexOf("=");
      if (i > 0) { args[decodeURIComponent(pair.slice(0, i))] = decodeURIComponent(pair.slice(i + 1)); }
    });
    return args;
  }
  function fromHash() {
    var args = hashArgs();
    if (args.search) { byId("search").value = args.search; search(); }
    if (args.property && props[args.property]) {
      byId("property").value = args.property;
      byId("property").dispatchEvent(new Event("change"));
      if (args.min !== undefined) { byId("range-min").value = args.min; }
      if (args.max !== undefined) { byId("range-max").value = args.max; }
      applyFilters();
    }
    if (args.select) { select(args.select); }
    setView(args.view === "table" ? "table" : "graph");
  }
  window.addEventListener("hashchange", fromHash);

  /* fit to the drawn nodes' positions (cy.fit would measure every label first) */
  (function fitPositions() {
    var x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
    initial.nodes.forEach(function (n) {
      x0 = Math.min(x0, n.position.x); x1 = Math.max(x1, n.position.x);
      y0 = Math.min(y0, n.position.y); y1 = Math.max(y1, n.position.y);
    });
    if (!isFinite(x0)) { return; }
    var pad = 40, w = Math.max(cy.width() - 2 * pad, 10), h = Math.max(cy.height() - 2 * pad, 10);
    var zoom = Math.min(w / Math.max(x1 - x0, 1), h / Math.max(y1 - y0, 1), 2);
    cy.viewport({ zoom: zoom, pan: { x: cy.width() / 2 - zoom * (x0 + x1) / 2, y: cy.height() / 2 - zoom * (y0 + y1) / 2 } });
  }());
  function labelOnZoom() {
    if (!big || cy.zoom() * 9 < 6) { return; }
    cy.off("zoom", labelOnZoom);
    cy.batch(function () { cy.nodes("[type = 'Structure'], [type = 'Material']").addClass("lab"); });
    LABELLED.done = true;
  }
  cy.on("zoom", labelOnZoom);
  count();
  window.akg = { cy: cy, applyFilters: applyFilters, search: search, select: select, focus: focus,
                 unfocus: unfocus, setView: setView, loadType: loadType, data: DATA };
  fromHash();
  requestAnimationFrame(function () {
    document.body.setAttribute("data-tti", String(Math.round(performance.now())));
    document.body.setAttribute("data-ready", "true");
  });
}());
