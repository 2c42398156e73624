/* AnodeKG viewer: one offline page. Reads the graph from #akg-data, draws it with Cytoscape.js,
   and offers a legend with class filters, node-type filters, a property-range filter, a search box
   and a details panel. The page writes its rendered node count into #node-count and sets
   body[data-ready] to "true" once the layout has run (the browser test reads both). */
(function () {
  "use strict";
  var DATA = JSON.parse(document.getElementById("akg-data").textContent);
  var byId = function (id) { return document.getElementById(id); };
  var classes = {};
  DATA.classes.forEach(function (c) { classes[c.name] = c; });
  var types = {};
  DATA.types.forEach(function (t) { types[t.name] = t; });
  var props = {};
  DATA.properties.forEach(function (p) { props[p.name] = p; });

  function colourOf(ele) {
    var t = types[ele.data("type")] || {};
    var cls = classes[ele.data("class")];
    return (t.byClass && cls) ? cls.colour : (t.colour || "#999999");
  }

  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    if (cls) { e.className = cls; }
    return e;
  }

  var big = DATA.elements.nodes.length > 1200;   /* cose is quadratic: past this, rings by type */
  var cy = cytoscape({
    container: byId("cy"),
    elements: DATA.elements,
    minZoom: 0.05,
    maxZoom: 4,
    textureOnViewport: big,
    hideEdgesOnViewport: big,
    style: [
      { selector: "node", style: {
        "background-color": colourOf,
        "shape": function (ele) { return (types[ele.data("type")] || {}).shape || "ellipse"; },
        "width": function (ele) { return (types[ele.data("type")] || {}).size || 12; },
        "height": function (ele) { return (types[ele.data("type")] || {}).size || 12; },
        "border-width": 1, "border-color": "#ffffff",
        "font-size": 9, "color": "#222", "text-valign": "bottom", "text-margin-y": 2,
        "text-wrap": "ellipsis", "text-max-width": 140, "min-zoomed-font-size": 7 } },
      { selector: "node[type = 'Paper'], node[type = 'Structure'], node[type = 'Class'], node[type = 'Material']",
        style: { "label": "data(label)" } },
      { selector: "node[type = 'Paper']", style: { "font-size": 12, "font-weight": "bold" } },
      { selector: "edge", style: {
        "width": 0.7, "line-color": "#c8c8c8", "curve-style": "haystack", "opacity": 0.8 } },
      { selector: "edge[relation = 'ofStructure'], edge[relation = 'inClass']",
        style: { "line-color": "#9aa7b4" } },
      { selector: ".hidden", style: { "display": "none" } },
      { selector: ".faded", style: { "opacity": 0.12 } },
      { selector: "node.match", style: { "label": "data(label)", "border-width": 3, "border-color": "#d62728",
        "z-index": 10, "font-weight": "bold" } },
      { selector: "node:selected", style: { "label": "data(label)", "border-width": 4, "border-color": "#000",
        "z-index": 20 } },
      { selector: "edge.near", style: { "line-color": "#555", "width": 1.6, "opacity": 1 } }
    ],
    layout: { name: "preset" }
  });

  /* ------------------------------------------------------------------ legend and filters */
  function checkbox(name, label, swatch, sub) {
    var wrap = el("label", null, sub ? "sub" : "");
    var box = el("input");
    box.type = "checkbox"; box.checked = true; box.value = name;
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
    var cb = checkbox(c.name, c.label + count, sw, !!c.superclass);
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
  DATA.types.forEach(function (t) {
    var sw = el("span", null, "swatch " + (t.shape === "diamond" ? "diamond" : t.shape === "ellipse" ? "round" : ""));
    sw.style.background = t.byClass ? "linear-gradient(90deg," + DATA.classes.filter(function (c) {
      return !c.superclass; }).map(function (c) { return c.colour; }).join(",") + ")" : t.colour;
    var n = cy.nodes("[type = '" + t.name + "']").length;
    var cb = checkbox(t.name, t.label + " (" + n + ")", sw, false);
    typeBoxes[t.name] = cb.box;
    byId("type-filter").appendChild(cb.wrap);
    cb.box.addEventListener("change", applyFilters);
  });

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
    applyFilters();
  });
  byId("range-min").addEventListener("input", applyFilters);
  byId("range-max").addEventListener("input", applyFilters);
  byId("reset").addEventListener("click", function () {
    Object.keys(classBoxes).forEach(function (k) { classBoxes[k].checked = true; });
    Object.keys(typeBoxes).forEach(function (k) { typeBoxes[k].checked = true; });
    byId("property").value = "";
    byId("range-min").value = ""; byId("range-max").value = ""; byId("range-unit").textContent = "";
    byId("search").value = "";
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

  function applyFilters() {
    var prop = byId("property").value;
    var lo = parseFloat(byId("range-min").value), hi = parseFloat(byId("range-max").value);
    cy.batch(function () {
      cy.nodes().forEach(function (n) {
        var t = n.data("type");
        var show = !typeBoxes[t] || typeBoxes[t].checked;
        show = show && classShown(n);
        if (show && prop && t === "Measurement") {
          var v = n.data("value");
          show = n.data("property") === prop && !(v < lo) && !(v > hi);
        }
        n.toggleClass("hidden", !show);
      });
      if (prop) {   /* keep only structures that report a figure in range */
        cy.nodes("[type = 'Structure']").forEach(function (s) {
          var kept = s.incomers("node[type = 'Measurement']").filter(function (m) {
            var v = m.data("value");
            return m.data("property") === prop && !(v < lo) && !(v > hi) && classShown(m);
          });
          if (kept.length === 0) { s.addClass("hidden"); }
        });
      }
    });
    count();
  }

  function count() {
    byId("node-count").textContent = String(cy.nodes().length);
    byId("edge-count").textContent = String(cy.edges().length);
    byId("visible-count").textContent = String(cy.nodes().not(".hidden").length);
  }

  /* ------------------------------------------------------------------ search */
  var SEARCHED = ["label", "sentence", "title", "authors", "evidence", "journal", "doi", "structure"];
  function search() {
    var q = byId("search").value.trim().toLowerCase();
    cy.batch(function () {
      cy.elements().removeClass("match faded");
      if (!q) { byId("search-result").textContent = ""; return; }
      var hits = cy.nodes().filter(function (n) {
        return SEARCHED.some(function (k) {
          var v = n.data(k);
          return v !== undefined && String(v).toLowerCase().indexOf(q) >= 0;
        });
      });
      hits.addClass("match");
      cy.elements().not(hits).not(hits.connectedEdges()).addClass("faded");
      byId("search-result").textContent = hits.length + (hits.length === 1 ? " match" : " matches");
    });
  }
  byId("search").addEventListener("input", search);
  byId("search").addEventListener("keydown", function (ev) {
    if (ev.key === "Enter") {
      var hits = cy.nodes(".match").not(".hidden");
      if (hits.length) { cy.animate({ fit: { eles: hits, padding: 60 } }, { duration: 300 }); }
    }
  });

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
    var meta = el("div", "page " + m.data("page") + " · ", "meta");
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
      panel.appendChild(fields([["type", "reported figure"], ["class", classLabel(d["class"])],
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
        ["references", node.outgoers("node[type = 'Reference']").length]]));
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

  function select(node) {
    cy.elements().unselect();
    cy.edges().removeClass("near");
    node.select();
    node.connectedEdges().addClass("near");
    show(node);
    if (!node.visible()) { return; }
    var pos = node.renderedPosition(), w = cy.width(), h = cy.height();
    if (pos.x < 0 || pos.y < 0 || pos.x > w || pos.y > h) { cy.animate({ center: { eles: node } }, { duration: 300 }); }
  }
  cy.on("tap", "node", function (ev) { select(ev.target); });
  cy.on("tap", function (ev) { if (ev.target === cy) { cy.edges().removeClass("near"); } });

  /* ------------------------------------------------------------------ layout */
  /* cose starts from a circle in the graph's own order rather than from random positions, so the
     same graph always gets the same picture */
  if (!big) { cy.layout({ name: "circle", animate: false }).run(); }
  var layout = cy.layout(big
    ? { name: "concentric", animate: false, concentric: function (n) { return (types[n.data("type")] || {}).rank || 0; },
        levelWidth: function () { return 1; }, minNodeSpacing: 4 }
    : { name: "cose", animate: false, randomize: false, nodeRepulsion: function () { return 9000; },
        idealEdgeLength: function () { return 40; }, numIter: 1500, padding: 20 });
  /* a link can open the page in a given state: #search=…&property=…&min=…&max=…&select=NODE-ID */
  function fromHash() {
    var args = {};
    location.hash.replace(/^#/, "").split("&").forEach(function (pair) {
      var i = pair.indexOf("=");
      if (i > 0) { args[decodeURIComponent(pair.slice(0, i))] = decodeURIComponent(pair.slice(i + 1)); }
    });
    if (args.search) { byId("search").value = args.search; search(); }
    if (args.property && props[args.property]) {
      byId("property").value = args.property;
      byId("property").dispatchEvent(new Event("change"));
      if (args.min !== undefined) { byId("range-min").value = args.min; }
      if (args.max !== undefined) { byId("range-max").value = args.max; }
      applyFilters();
    }
    var node = args.select ? cy.getElementById(args.select) : null;
    if (node && node.length) { select(node); }
  }

  layout.one("layoutstop", function () {
    cy.fit(undefined, 20);
    count();
    fromHash();
    document.body.setAttribute("data-ready", "true");
  });
  count();
  layout.run();
  window.akg = { cy: cy, applyFilters: applyFilters, search: search, select: select };
}());
