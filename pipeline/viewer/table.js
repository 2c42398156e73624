/* AnodeKG comparison table: structures × properties from #akg-data's "table" (pipeline/compare.py).
   Sort by a header (a property sorts best first, as the ontology says; again to reverse), filter by
   class, paper, material and a property's range, choose the columns, and download what is shown as
   CSV or LaTeX, written by the same rules as `anodekg compare --format csv|latex`. */
(function () {
  "use strict";
  var DATA = window.AKG_DATA;
  var T = DATA.table;
  var byId = function (id) { return document.getElementById(id); };
  if (!T) { byId("view-table").hidden = true; return; }
  var classes = {};
  DATA.classes.forEach(function (c) { classes[c.name] = c; });
  var shown = {};
  T.columns.forEach(function (c) { shown[c.name] = true; });
  var sort = { key: "", descending: false };
  var drawn = false;

  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    if (cls) { e.className = cls; }
    return e;
  }
  function option(select, value, label) {
    var o = el("option", label); o.value = value; select.appendChild(o);
  }
  function classLabel(name) { return classes[name] ? classes[name].label : name; }
  function number(v) { return String(v); }                       /* Python's pipeline.compare.number */
  function qualified(q, v) { return (q === "" || q === "=") ? number(v) : q + " " + number(v); }
  function heading(c) { return c.unit ? c.label + " (" + c.unit + ")" : c.label; }

  /* ------------------------------------------------------------------ controls */
  Object.keys(classes).forEach(function (name) {
    option(byId("t-class"), name, (classes[name].superclass ? "  › " : "") + classes[name].label);
  });
  var papers = {};
  T.rows.forEach(function (r) { papers[r.paperLabel] = r.paper; });
  Object.keys(papers).sort().forEach(function (label) { option(byId("t-paper"), label, label); });
  T.columns.forEach(function (c) {
    option(byId("t-prop"), c.name, heading(c));
    var label = el("label");
    var box = el("input"); box.type = "checkbox"; box.checked = true; box.value = c.name;
    box.addEventListener("change", function () { shown[c.name] = box.checked; draw(); });
    label.appendChild(box);
    label.appendChild(document.createTextNode(" " + heading(c)));
    byId("t-column-boxes").appendChild(label);
  });
  ["t-class", "t-paper", "t-prop"].forEach(function (id) { byId(id).addEventListener("change", draw); });
  ["t-material", "t-min", "t-max"].forEach(function (id) { byId(id).addEventListener("input", draw); });
  byId("t-csv").addEventListener("click", function () { download("comparison.csv", csv(), "text/csv"); });
  byId("t-latex").addEventListener("click", function () { download("comparison.tex", latex(), "application/x-tex"); });

  /* ------------------------------------------------------------------ what is shown */
  function columns() { return T.columns.filter(function (c) { return shown[c.name]; }); }

  function rows() {
    var cols = columns();
    var cls = byId("t-class").value, paper = byId("t-paper").value;
    var material = byId("t-material").value.trim().toLowerCase();
    var prop = byId("t-prop").value;
    var lo = parseFloat(byId("t-min").value), hi = parseFloat(byId("t-max").value);
    var kept = T.rows.filter(function (r) {
      if (!cols.some(function (c) { return r.cells[c.name]; })) { return false; }
      if (cls && r["class"] !== cls && r.subclass !== cls) { return false; }
      if (paper && r.paperLabel !== paper) { return false; }
      if (material && r.materials.join(" ").toLowerCase().indexOf(material) < 0) { return false; }
      if (prop && (!isNaN(lo) || !isNaN(hi))) {
        var cell = r.cells[prop];
        if (!cell || cell.v < lo || cell.v > hi) { return false; }
      }
      return true;
    });
    return sorted(kept);
  }

  function sorted(list) {
    var key = sort.key;
    var column = T.columns.filter(function (c) { return c.name === key; })[0];
    if (column) {
      var with_ = list.filter(function (r) { return r.cells[key]; });
      var without = list.filter(function (r) { return !r.cells[key]; });
      with_.sort(function (a, b) { return sort.descending ? b.cells[key].v - a.cells[key].v : a.cells[key].v - b.cells[key].v; });
      return with_.concat(without);                    /* a row without the figure goes last, either way */
    }
    var text = { structure: function (r) { return r.structure; }, paper: function (r) { return r.paperLabel; },
                 "class": function (r) { return r["class"]; }, materials: function (r) { return r.materials.join("; "); } }[key] ||
               function (r) { return r.paperLabel; };
    return list.slice().sort(function (a, b) {
      var x = text(a).toLowerCase(), y = text(b).toLowerCase();
      return (x < y ? -1 : x > y ? 1 : 0) * (sort.descending ? -1 : 1);
    });
  }

  function sortBy(key) {
    var column = T.columns.filter(function (c) { return c.name === key; })[0];
    if (sort.key === key) { sort.descending = !sort.descending; }
    else { sort.key = key; sort.descending = column ? column.better !== "lower" : false; }
    draw();
  }

  /* ------------------------------------------------------------------ drawing */
  function figureHref(cell) {
    return DATA.figurePages ? DATA.figurePages + cell.fig
      : "#view=graph&select=" + encodeURIComponent(cell.node);
  }
  function citeLink(c) {
    var a = el("a", "[" + c.n + "]", "cite");
    a.title = c.label + (c.doi ? " — doi:" + c.doi : "");
    if (c.doi) { a.href = "https://doi.org/" + c.doi; a.target = "_blank"; a.rel = "noopener"; }
    else { a.href = "#view=graph&select=" + encodeURIComponent(c.node); }
    return a;
  }

  function draw() {
    drawn = true;
    var cols = columns(), list = rows();
    var head = byId("comparison").tHead, body = byId("comparison").tBodies[0];
    head.textContent = ""; body.textContent = "";
    var tr = el("tr");
    [["structure", "Structure"], ["paper", "Paper"], ["class", "Class"], ["materials", "Materials"]].forEach(function (h) {
      var th = el("th", h[1]); th.dataset.key = h[0]; tr.appendChild(th);
    });
    cols.forEach(function (c) {
      var th = el("th", c.label); th.dataset.key = c.name;
      th.title = (c.better === "lower" ? "lower" : "higher") + " is better; click to sort";
      if (c.unit) { th.appendChild(el("span", " (" + c.unit + ")", "unit")); }
      tr.appendChild(th);
    });
    Array.prototype.forEach.call(tr.children, function (th) {
      if (th.dataset.key === sort.key) { th.setAttribute("aria-sort", sort.descending ? "descending" : "ascending"); }
      th.addEventListener("click", function () { sortBy(th.dataset.key); });
    });
    head.appendChild(tr);
    var fragment = document.createDocumentFragment();
    list.forEach(function (r) {
      var row = el("tr");
      row.dataset.key = r.key;
      var name = el("td");
      var dot = el("span", null, "cls");
      dot.style.background = (classes[r["class"]] || {}).colour || "#999";
      name.appendChild(dot);
      name.appendChild(document.createTextNode(r.structure));
      row.appendChild(name);
      var paper = el("td", r.paperLabel); paper.title = r.paper; row.appendChild(paper);
      row.appendChild(el("td", classLabel(r.subclass || r["class"])));
      row.appendChild(el("td", r.materials.join(", ")));
      cols.forEach(function (c) {
        var cell = r.cells[c.name];
        var td = el("td", null, "num");
        td.dataset.prop = c.name;
        if (cell) {
          var a = el("a", qualified(cell.q, cell.v), "fig");
          a.href = figureHref(cell);
          td.appendChild(a);
          if (cell.cond.length) { td.appendChild(el("span", "at " + cell.cond.join(", "), "cond")); }
          cell.cites.forEach(function (c) { td.appendChild(document.createTextNode(" ")); td.appendChild(citeLink(c)); });
          if (cell.more) { td.appendChild(el("span", " +" + cell.more, "more")); }
          td.title = (cell.cond.length ? "test conditions: " + cell.cond.join(", ") + "\n" : "no test condition in the sentence\n") +
            "page " + cell.page + ": “" + cell.s + "”" + (cell.more ? "\n" + cell.more + " more figure(s) of this property" : "");
        }
        row.appendChild(td);
      });
      fragment.appendChild(row);
    });
    body.appendChild(fragment);
    byId("t-count").textContent = list.length + " structure(s) × " + cols.length + " propert" + (cols.length === 1 ? "y" : "ies");
  }

  /* ------------------------------------------------------------------ downloads */
  var FORMULA_START = /^[=+\-@\t\r]/;
  function guarded(text) { return FORMULA_START.test(text) ? "'" + text : text; }
  function csvField(text) { return /[",\r\n]/.test(text) ? "\"" + text.replace(/"/g, "\"\"") + "\"" : text; }
  function citations(r, cols) {
    var numbers = {};
    cols.forEach(function (c) { var cell = r.cells[c.name]; if (cell) { cell.cites.forEach(function (x) { numbers[x.n] = true; }); } });
    return Object.keys(numbers).map(Number).sort(function (a, b) { return a - b; }).join(", ");
  }
  function csv() {
    var cols = columns();
    var lines = [["structure", "paper", "class", "materials"].concat(cols.map(heading), ["citations"])];
    rows().forEach(function (r) {
      lines.push([guarded(r.structure), guarded(r.paperLabel), guarded(classLabel(r.subclass || r["class"])),
                  guarded(r.materials.join("; "))].concat(cols.map(function (c) {
        var cell = r.cells[c.name]; return cell ? qualified(cell.q, cell.v) : "";
      }), [citations(r, cols)]));
    });
    return lines.map(function (l) { return l.map(csvField).join(","); }).join("\n") + "\n";
  }

  var LATEX = { "\\": "\\textbackslash{}", "&": "\\&", "%": "\\%", "$": "\\$", "#": "\\#", "_": "\\_",
                "{": "\\{", "}": "\\}", "~": "\\textasciitilde{}", "^": "\\textasciicircum{}" };
  var QUALIFIER = { ">": "$>$", "<": "$<$", ">=": "$\\geq$", "<=": "$\\leq$", "~": "$\\sim$" };
  function tex(text) { return String(text).replace(/[\\&%$#_{}~^]/g, function (ch) { return LATEX[ch]; }); }
  function texUnit(unit) {
    return unit.split(/\s+/).filter(Boolean).map(function (part) {
      var m = /^(.*?)(-?\d+)$/.exec(part);
      return m && m[1] ? tex(m[1]) + "$^{" + m[2] + "}$" : tex(part);
    }).join("\\,");
  }
  function latex() {
    var cols = columns();
    var heads = ["Structure", "Paper", "Class", "Materials"].concat(cols.map(function (c) {
      return tex(c.label) + (c.unit ? " (" + texUnit(c.unit) + ")" : "");
    }), ["Refs."]);
    var lines = ["\\begin{table}[htbp]", "\\centering", "\\small",
                 "\\begin{tabular}{llll" + "r".repeat(cols.length) + "l}", "\\toprule",
                 heads.join(" & ") + " \\\\", "\\midrule"];
    rows().forEach(function (r) {
      var cells = [tex(r.structure), tex(r.paperLabel), tex(classLabel(r.subclass || r["class"])), tex(r.materials.join("; "))];
      cols.forEach(function (c) {
        var cell = r.cells[c.name];
        if (!cell) { cells.push("--"); }
        else if (cell.q === "" || cell.q === "=") { cells.push(number(cell.v)); }
        else { cells.push((QUALIFIER[cell.q] || tex(cell.q)) + " " + number(cell.v)); }
      });
      var refs = citations(r, cols);
      cells.push(refs ? "[" + refs + "]" : "");
      lines.push(cells.join(" & ") + " \\\\");
    });
    lines.push("\\bottomrule", "\\end{tabular}", "\\end{table}");
    return lines.join("\n") + "\n";
  }

  function download(name, text, type) {
    var url = URL.createObjectURL(new Blob([text], { type: type + ";charset=utf-8" }));
    var a = el("a");
    a.href = url; a.download = name;
    document.body.appendChild(a);
    a.click();
    setTimeout(function () { URL.revokeObjectURL(url); a.remove(); }, 1000);
  }

  window.akgTable = { show: function () { if (!drawn) { draw(); } }, draw: draw, csv: csv, latex: latex,
                      rows: rows, columns: columns, sortBy: sortBy };
  if (document.body.getAttribute("data-view") === "table") { draw(); }
}());
