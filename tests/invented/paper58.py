"""Invented research paper 58: a lithium–sulfur paper whose design is a lithium-side interlayer, with a sulfur loading
and an E/S ratio, capacities 'based on the mass of sulfur', a decay rate 'of only 0.06% per cycle over 400 cycles', a
self-discharge test, two controls (no interlayer, and a plain carbon interlayer), and RSC references."""
from invented.common import NAMES, latex
from invented.common import gold as gold_file

title = "A cobalt-doped carbon nitride interlayer shields the lithium anode of lithium-sulfur batteries"
S = {
    "F58-01": dict(name="Co-doped carbon nitride interlayer (CoCN)", aliases=["CoCN", "CoCN interlayer",
                   "CoCN cell", "Co-doped carbon nitride"], role="design", cls="NanostructuredSEI", sub="ArtificialSEI"),
    "F58-02": dict(name="carbon interlayer (CI)", aliases=["CI", "CI cell", "carbon interlayer"], role="control",
                   cls="ConductiveFramework", sub="CarbonBasedFramework"),
    "F58-03": dict(name="no interlayer", aliases=["without an interlayer", "no interlayer", "the cell without an "
                   "interlayer", "bare Li"], role="control", cls="ConductiveFramework", sub="LithiumBasedFramework"),
}
F = []


def f(*a):
    F.append(a)


ABSTRACT = (
    "Polysulfides that cross the separator corrode the lithium anode of lithium-sulfur cells. We place a cobalt-doped "
    "carbon nitride interlayer (CoCN) between the separator and lithium, where it converts polysulfides before they "
    "reach the metal. Cells with CoCN keep 78.5% of their capacity after 400 cycles at 1 C, with a decay rate of only "
    "0.054% per cycle."
)
SECTIONS = [
    ("1 Introduction", "Interlayers on the cathode side are common [1,2]; on the anode side they are rare [3]."),
    ("2 Experimental", "Cathodes carried 4.5 mg cm-2 of sulfur, and the E/S ratio was 6 uL mg-1 in every cell. A plain "
     "carbon interlayer (CI) and cells without an interlayer served as controls."),
    ("3 Results and discussion",
     "At 0.2 C, the CoCN cell delivers an initial capacity of 1183 mA h g-1 (based on the mass of sulfur), compared with "
     "1052 mA h g-1 for the CI cell and 968 mA h g-1 for the cell without an interlayer. After resting for 72 h, the "
     "CoCN cell loses 4.1% of its capacity to self-discharge, the cell without an interlayer 17.8%. Cells with CoCN keep "
     "78.5% of their capacity after 400 cycles at 1 C, corresponding to a decay rate of only 0.054% per cycle."),
    ("4 Conclusions", "Shielding the anode is as important as trapping polysulfides at the cathode."),
]
f("F58-01", "CapacityRetention", 78.5, "%", "abstract")
f("F58-01", "CycleNumber", 400, "cycles", "abstract")
f("F58-01", "CRate", 1, "C", "abstract")
f("F58-01", "CapacityDecayRate", 0.054, "%", "abstract")
for sid in ("F58-01", "F58-02", "F58-03"):
    f(sid, "ArealMassLoading", 4.5, "mg cm-2", "Cathodes carried 4.5 mg cm-2 of sulfur")
    f(sid, "ElectrolyteToSulfurRatio", 6, "uL mg-1", "the E/S ratio was 6 uL mg-1 in every cell")
    f(sid, "CRate", 0.2, "C", "At 0.2 C")
f("F58-01", "SpecificCapacity", 1183, "mA h g-1", "the CoCN cell delivers an initial capacity of 1183 mA h g-1")
f("F58-02", "SpecificCapacity", 1052, "mA h g-1", "compared with 1052 mA h g-1 for the CI cell")
f("F58-03", "SpecificCapacity", 968, "mA h g-1", "968 mA h g-1 for the cell without an interlayer")
f("F58-01", "CapacityRetention", 78.5, "%", "Cells with CoCN keep 78.5% of their capacity after 400 cycles at 1 C")
f("F58-01", "CycleNumber", 400, "cycles", "after 400 cycles at 1 C")
f("F58-01", "CRate", 1, "C", "after 400 cycles at 1 C")
f("F58-01", "CapacityDecayRate", 0.054, "%", "a decay rate of only 0.054% per cycle")
R = [(f"{chr(65 + i % 20)}. {NAMES[(i * 13 + 2) % len(NAMES)]} and {chr(67 + i % 15)}. {NAMES[(i * 7 + 4) % len(NAMES)]}",
      f"Li-S interlayer study {i}", ["J. Mater. Chem. A", "Energy Environ. Sci.", "Chem. Sci.", "Nanoscale"][i % 4],
      2016 + i % 8, str(4 + i), f"{3000 + 157 * i}") for i in range(1, 4)]


def tex():
    def sub(t):
        return latex(t).replace("6 uL mg-1", "6 $\\mu$L mg$^{-1}$")

    o = [r"\documentclass[9pt,twocolumn]{extarticle}\usepackage{mathptmx}\usepackage[T1]{fontenc}"
         r"\usepackage[margin=15mm]{geometry}",
         r"\title{\bfseries " + title + r"}\author{Grace Young, Mateus Santos and Hana Ito}\date{}\begin{document}"
         r"\maketitle", r"\noindent\textbf{Abstract}\par\noindent " + sub(ABSTRACT)]
    for h, t in SECTIONS:
        o += [r"\section*{" + h + "}", sub(t)]
    o += [r"\section*{References}", r"{\footnotesize"]
    for k, (a, _t, j, y, v, p) in enumerate(R, 1):
        o.append(rf"\noindent {k} {a}, \textit{{{j}}}, {y}, \textbf{{{v}}}, {p}.\par")
    o.append(r"}\end{document}")
    return "\n\n".join(o)


def gold():
    g = gold_file(title, S, F, R)
    for r, ref in zip(g["references"], R, strict=True):
        r["authors"] = [a.strip() for a in ref[0].split(" and ")]
    return g
