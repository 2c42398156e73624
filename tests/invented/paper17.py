"""Invented research paper 17: Elsevier-like (Chem. Eng. J.), two columns, bracket citations, methods first with numbered
subsections, an artificial layer made by a dip, a comparison table of previously reported layers whose last rows
are 'This work', exchange current density 'three times that of X (0.6 mA cm-2)', contact angles 'compared with
38° on X'."""
from invented.common import NAMES, latex
from invented.common import gold as gold_file

title = "A lithium-bismuth alloy and lithium chloride hybrid layer for long-lived lithium metal anodes"
S = {
    "E17-01": dict(name="LiBi/LiCl hybrid layer on Li (BCL@Li)", aliases=["BCL@Li", "BCL@Li anode", "BCL@Li anodes",
                   "BCL@Li electrode", "BCL@Li||NCM622", "LiBi/LiCl hybrid layer", "hybrid layer", "This work"],
                   role="design", cls="NanostructuredSEI", sub="ArtificialSEI"),
    "E17-02": dict(name="bare Li", aliases=["bare Li", "bare Li foil", "bare Li anode", "bare Li||NCM622", "Li foil"],
                   role="control", cls="NanostructuredSEI", sub="ArtificialSEI"),
    "E17-03": dict(name="Li3N layer", aliases=["Li3N layer"], role="cited", cls="NanostructuredSEI",
                   sub="ArtificialSEI", refs=[21]),
    "E17-04": dict(name="LiF-rich layer", aliases=["LiF-rich layer"], role="cited", cls="NanostructuredSEI",
                   sub="ArtificialSEI", refs=[22]),
    "E17-05": dict(name="Li-Sn alloy layer", aliases=["Li–Sn alloy layer", "Li-Sn alloy layer"], role="cited",
                   cls="NanostructuredSEI", sub="ArtificialSEI", refs=[23]),
    "E17-06": dict(name="polymer-LiF composite layer", aliases=["Polymer–LiF composite layer",
                   "polymer-LiF composite layer", "Polymer-LiF composite layer"], role="cited",
                   cls="NanostructuredSEI", sub="ArtificialSEI", refs=[24]),
}
F = []


def f(*a):
    F.append(a)


ABSTRACT = (
    "Abstract: Artificial layers on lithium metal must conduct lithium ions quickly and stay intact while lithium "
    "is plated beneath them. Here, a hybrid layer of a lithium-bismuth alloy and lithium chloride is formed on "
    "lithium by a 30 s dip in a BiCl3 solution (BCL@Li). Symmetric cells with BCL@Li anodes cycle for 1,800 h at "
    "1 mA cm-2 and 1 mA h cm-2, and BCL@Li||NCM622 full cells retain 84.1% of their capacity after 400 cycles at 1 C."
)
INTRO = (
    "Lithium reacts with every liquid electrolyte, and the interphase it forms cracks as lithium is plated and "
    "stripped [1-6]. Artificial layers of Li3N [21], LiF [22], alloys [23] and polymer composites [24] have been "
    "grown on lithium before cell assembly. Alloys conduct lithium quickly, and halides resist the electrolyte "
    "[25,26]; a layer that joins both has not been made in one step."
)
METHODS = [
    ("2.1. Preparation of BCL@Li",
     "Lithium foils were dipped in a 0.05 M solution of BiCl3 in tetrahydrofuran for 30 s, rinsed and dried in an "
     "argon-filled glove box."),
    ("2.2. Electrochemical measurements",
     "CR2032 coin cells were assembled with 1 M LiPF6 in EC/DEC with 10 vol% FEC. NCM622 cathodes had a mass loading "
     "of 10 mg cm-2."),
]
RESULTS = [
    ("3.1. Structure of the hybrid layer",
     "The layer is about 3 μm thick and consists of LiBi grains embedded in LiCl (Fig. 2b). The contact angle of the "
     "electrolyte on BCL@Li is 12°, compared with 38° on bare Li. The exchange current density of BCL@Li is "
     "1.8 mA cm-2, three times that of bare Li (0.6 mA cm-2)."),
    ("3.2. Symmetric cells",
     "Symmetric cells with BCL@Li cycle for 1,800 h at 1 mA cm-2 and 1 mA h cm-2 with an overpotential of 14 mV "
     "(Fig. 3a). The overpotential of bare Li cells rises to 120 mV, and they fail after 260 h. Table 2 compares "
     "BCL@Li with previously reported layers."),
    ("3.3. Full cells",
     "BCL@Li||NCM622 full cells retain 84.1% of their capacity after 400 cycles at 1 C, while bare Li||NCM622 cells "
     "retain only 52.7%."),
]
f("E17-01", "Thickness", 3, "um", "The layer is about 3 μm thick")
f("E17-01", "ContactAngle", 12, "deg", "The contact angle of the electrolyte on BCL@Li is 12°")
f("E17-02", "ContactAngle", 38, "deg", "compared with 38° on bare Li")
f("E17-01", "ExchangeCurrentDensity", 1.8, "mA cm-2", "The exchange current density of BCL@Li is 1.8 mA cm-2")
f("E17-02", "ExchangeCurrentDensity", 0.6, "mA cm-2", "three times that of bare Li (0.6 mA cm-2)")
f("E17-01", "Lifespan", 1800, "h", "Symmetric cells with BCL@Li cycle for 1,800 h at 1 mA cm-2 and 1 mA h cm-2")
f("E17-01", "Overpotential", 14, "mV", "with an overpotential of 14 mV")
f("E17-02", "Overpotential", 120, "mV", "The overpotential of bare Li cells rises to 120 mV")
f("E17-02", "Lifespan", 260, "h", "they fail after 260 h")
for sid in ("E17-01", "E17-02"):
    f(sid, "CurrentDensity", 1, "mA cm-2", "cycle for 1,800 h at 1 mA cm-2 and 1 mA h cm-2")
    f(sid, "ArealCapacity", 1, "mA h cm-2", "cycle for 1,800 h at 1 mA cm-2 and 1 mA h cm-2")
    f(sid, "CRate", 1, "C", "full cells retain 84.1% of their capacity after 400 cycles at 1 C")
    f(sid, "CycleNumber", 400, "cycles", "full cells retain 84.1% of their capacity after 400 cycles at 1 C")
    f(sid, "ArealMassLoading", 10, "mg cm-2", "NCM622 cathodes had a mass loading of 10 mg cm-2")
f("E17-01", "CapacityRetention", 84.1, "%", "full cells retain 84.1% of their capacity after 400 cycles at 1 C")
f("E17-02", "CapacityRetention", 52.7, "%", "bare Li||NCM622 cells retain only 52.7%")
ROWS = [("Li3N layer", 21, 1, 1, 500, "E17-03"), ("LiF-rich layer", 22, 1, 1, 700, "E17-04"),
        ("Li–Sn alloy layer", 23, 2, 1, 400, "E17-05"), ("Polymer–LiF composite layer", 24, 0.5, 1, 1200, "E17-06"),
        ("This work", None, 1, 1, 1800, "E17-01"), ("This work", None, 5, 5, 600, "E17-01")]
for _name, ref, j, q, h, sid in ROWS:
    if ref is None and j == 1:
        continue                       # the same figures as the text's
    f(sid, "CurrentDensity", j, "mA cm-2", "table")
    f(sid, "ArealCapacity", q, "mA h cm-2", "table")
    f(sid, "Lifespan", h, "h", "table")
TABLE = (r"\begin{table}[t]\centering\footnotesize\caption{Comparison of the cycling performance of BCL@Li symmetric "
         r"cells with previously reported artificial layers.}\begin{tabular}{lcccc}\hline "
         r"Protective layer & \shortstack{Current density\\(mA cm$^{-2}$)} & \shortstack{Capacity\\(mA h cm$^{-2}$)} & "
         r"\shortstack{Lifespan\\(h)} & Ref. \\\hline "
         + " ".join(rf"{latex(n, ('Li3N',))} & {j:g} & {q:g} & {h:,} & {('[' + str(r) + ']') if r else ''} \\"
                    for n, r, j, q, h, _ in ROWS)
         + r" \hline\end{tabular}\end{table}")
CONCLUSION = "A one-step dip gives lithium an alloy-halide layer that conducts ions and resists the electrolyte."
JOURNALS = ["Chem. Eng. J.", "J. Energy Chem.", "Energy Storage Mater.", "J. Power Sources"]
R = [(f"{chr(65 + i % 20)}. {NAMES[(i * 11 + 4) % len(NAMES)]}, {chr(66 + i % 19)}. {NAMES[(i * 7 + 9) % len(NAMES)]}",
      f"Invented interphase study {i}", JOURNALS[i % 4], 2012 + i % 12, str(100 + i), f"{1000 + 37 * i}")
     for i in range(1, 27)]


def tex():
    def sub(t):
        return latex(t, ("Li3N", "BiCl3", "LiPF6")).replace("12°", r"12$^\circ$").replace("38°", r"38$^\circ$").replace(
            "μm", r"$\mu$m")

    o = [r"\documentclass[twocolumn]{article}\usepackage{mathptmx}\usepackage[T1]{fontenc}\usepackage[margin=16mm]{geometry}",
         r"\title{" + title + r"}\author{Sofia Costa, Henrik Olsen and Aiko Suzuki}\date{}\begin{document}\maketitle",
         r"\noindent " + sub(ABSTRACT), r"\section*{1. Introduction}", sub(INTRO), r"\section*{2. Experimental}"]
    for h, t in METHODS:
        o += [r"\subsection*{" + h + "}", sub(t)]
    o.append(r"\section*{3. Results and discussion}")
    for h, t in RESULTS:
        o += [r"\subsection*{" + h + "}", sub(t)]
        if h.startswith("3.2"):
            o.append(TABLE)
    o += [r"\section*{4. Conclusions}", sub(CONCLUSION), r"\section*{References}", r"{\small"]
    for k, (a, t, j, y, v, p) in enumerate(R, 1):
        o.append(rf"\noindent [{k}] {a}, {t}, {j} {v} ({y}) {p}.\par")
    o.append(r"}\end{document}")
    return "\n\n".join(o)


def gold():
    return gold_file(title, S, F, R)
