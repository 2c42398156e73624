"""Invented research paper 9: RSC-like two-column, superscript citations, methods last, Li@X naming, former/latter,
a second (ablation) control, a literature table with a Ref. column, references without titles."""
import re

from invented.common import NAMES, latex
from invented.common import gold as gold_file

title = "Vertically channelled copper hosts that guide lithium deposition from the bottom up"
S = {
    "V9-01": dict(name="vertically channelled copper host (VCC)", aliases=["VCC", "VCC host", "Li@VCC",
                  "vertically channelled copper", "vertically channelled copper host"], role="design",
                  cls="ConductiveFramework", sub="MetalBasedFramework"),
    "V9-02": dict(name="planar Cu", aliases=["planar Cu", "planar Cu foil", "Li@Cu", "planar copper foil",
                  "Cu foil"], role="control"),
    "V9-03": dict(name="channel-free silver-coated copper foil (Ag@Cu)", aliases=["Ag@Cu",
                  "channel-free silver-coated copper foil", "silver-coated copper foil"], role="control"),
    "V9-04": dict(name="nickel-coated copper mesh", aliases=["nickel-coated copper mesh", "Ni-coated Cu mesh"],
                  role="cited", cls="ConductiveFramework", sub="MetalBasedFramework", refs=[8]),
    "V9-05": dict(name="graphene-lined copper foam", aliases=["graphene-lined copper foam"], role="cited",
                  cls="ConductiveFramework", sub="MetalBasedFramework", refs=[9]),
    "V9-06": dict(name="Cu nanowire array", aliases=["Cu nanowire array", "copper nanowire array"], role="cited",
                  cls="ConductiveFramework", sub="MetalBasedFramework", refs=[12]),
    "V9-07": dict(name="Ag-decorated carbon fibre", aliases=["Ag-decorated carbon fibre",
                  "Ag-decorated carbon fiber"], role="cited", cls="ConductiveFramework",
                  sub="CarbonBasedFramework", refs=[13]),
}
F = []


def f(*a):
    F.append(a)


ABSTRACT = (
    "Uncontrolled lithium growth limits lithium metal anodes. We report a vertically channelled copper (VCC) host "
    "made by laser ablation, whose channel walls are lined with silver. The VCC host sustains an average Coulombic "
    "efficiency of 98.8% for 450 cycles at 1 mA cm-2, and Li@VCC||NCM811 full cells retain 85.3% of their capacity "
    "after 250 cycles at 0.5 C."
)
INTRO = (
    "Three-dimensional hosts lower the local current density and buffer the volume change of lithium.^{1-4} Yet "
    "most of them fill from the top, because lithium nucleates where the field is strongest.^{5-7} For example, a "
    "nickel-coated copper mesh delivered a Coulombic efficiency of 97.5% over 200 cycles.^{8} A graphene-lined "
    "copper foam, by contrast, cycled for 600 h in symmetric cells at 2 mA cm-2.^{9} Guiding lithium to the bottom "
    "of a host needs both a geometry and a lithiophilic site.^{10,11} Here we combine the two in one copper host."
)
f("V9-04", "CoulombicEfficiency", 97.5, "%", "delivered a Coulombic efficiency of 97.5% over 200 cycles")
f("V9-04", "CycleNumber", 200, "cycles", "delivered a Coulombic efficiency of 97.5% over 200 cycles")
f("V9-05", "Lifespan", 600, "h", "cycled for 600 h in symmetric cells at 2 mA cm-2")
f("V9-05", "CurrentDensity", 2, "mA cm-2", "cycled for 600 h in symmetric cells at 2 mA cm-2")
RESULTS = [
    "The VCC host consists of parallel channels cut into a copper foil, and its walls are covered by a 30 nm silver "
    "layer (ESI, Fig. S2\u2020). In Li||Cu half cells, the nucleation overpotential on VCC is 16 mV, well below that on "
    "planar Cu (44 mV).",
    "At 1 mA cm-2 and 1 mA h cm-2, VCC keeps an average Coulombic efficiency of 98.8% for 450 cycles, while planar "
    "Cu falls below 90% after 70 cycles (Fig. 3a). When the current density is raised to 3 mA cm-2, the former "
    "still delivers 97.1% over 200 cycles, whereas the latter fails within 40 cycles.",
    "Symmetric cells with Li@VCC electrodes cycle for 1300 h at 1 mA cm-2 with a voltage hysteresis of 14 mV. In "
    "comparison, Li@Cu cells short-circuit after 190 h (Fig. 3c). A channel-free silver-coated copper foil (Ag@Cu), "
    "made to separate the roles of geometry and silver, lasts 520 h under the same conditions.",
    "Paired with NCM811 cathodes at 0.5 C, Li@VCC||NCM811 cells retain 85.3% of their capacity after 250 cycles, "
    "in contrast to 48.6% for Li@Cu||NCM811 cells. Table 1 places VCC among earlier copper and carbon hosts.",
]
f("V9-01", "Thickness", 30, "nm", "its walls are covered by a 30 nm silver layer")
f("V9-01", "Overpotential", 16, "mV", "the nucleation overpotential on VCC is 16 mV")
f("V9-02", "Overpotential", 44, "mV", "well below that on planar Cu (44 mV)")
f("V9-01", "CoulombicEfficiency", 98.8, "%", "VCC keeps an average Coulombic efficiency of 98.8% for 450 cycles")
f("V9-01", "CycleNumber", 450, "cycles", "VCC keeps an average Coulombic efficiency of 98.8% for 450 cycles")
f("V9-02", "CoulombicEfficiency", 90, "%", "while planar Cu falls below 90% after 70 cycles")
f("V9-02", "CycleNumber", 70, "cycles", "while planar Cu falls below 90% after 70 cycles")
for sid in ("V9-01", "V9-02"):
    f(sid, "CurrentDensity", 1, "mA cm-2", "At 1 mA cm-2 and 1 mA h cm-2")
    f(sid, "ArealCapacity", 1, "mA h cm-2", "At 1 mA cm-2 and 1 mA h cm-2")
    f(sid, "CurrentDensity", 3, "mA cm-2", "When the current density is raised to 3 mA cm-2")
f("V9-01", "CoulombicEfficiency", 97.1, "%", "the former still delivers 97.1% over 200 cycles")
f("V9-01", "CycleNumber", 200, "cycles", "the former still delivers 97.1% over 200 cycles")
f("V9-02", "CycleNumber", 40, "cycles", "whereas the latter fails within 40 cycles")
f("V9-01", "Lifespan", 1300, "h", "Symmetric cells with Li@VCC electrodes cycle for 1300 h at 1 mA cm-2")
f("V9-01", "VoltageHysteresis", 14, "mV", "with a voltage hysteresis of 14 mV")
f("V9-02", "Lifespan", 190, "h", "Li@Cu cells short-circuit after 190 h")
f("V9-03", "Lifespan", 520, "h", "lasts 520 h under the same conditions")
f("V9-03", "CurrentDensity", 1, "mA cm-2", "lasts 520 h under the same conditions")
for sid, r in (("V9-01", 85.3), ("V9-02", 48.6)):
    f(sid, "CapacityRetention", r, "%", "retain 85.3% of their capacity after 250 cycles")
    f(sid, "CycleNumber", 250, "cycles", "retain 85.3% of their capacity after 250 cycles")
    f(sid, "CRate", 0.5, "C", "Paired with NCM811 cathodes at 0.5 C")
TABLE = r"""\begin{table}[h]\centering\small
\caption{Copper and carbon hosts for lithium metal anodes in Li$\|$Cu cells.}
\begin{tabular}{lcccc}\hline
Host & $j$ (mA cm$^{-2}$) & CE (\%) & Cycles & Ref. \\\hline
Ni-coated Cu mesh & 1 & 97.5 & 200 & 8 \\
Cu nanowire array & 1 & 98.1 & 250 & 12 \\
Ag-decorated carbon fibre & 0.5 & 98.6 & 300 & 13 \\
VCC & 1 & 98.8 & 450 & This work \\\hline
\end{tabular}\end{table}"""
f("V9-04", "CurrentDensity", 1, "mA cm-2", "table")
for sid, j, ce, n in (("V9-06", 1, 98.1, 250), ("V9-07", 0.5, 98.6, 300)):
    f(sid, "CurrentDensity", j, "mA cm-2", "table")
    f(sid, "CoulombicEfficiency", ce, "%", "table")
    f(sid, "CycleNumber", n, "cycles", "table")
CONCLUSION = (
    "Channels with silver-lined walls let lithium fill a copper host from the bottom up, and the host outlives "
    "planar copper by a wide margin in half, symmetric and full cells."
)
METHODS = (
    "The channels were cut with a picosecond laser, and silver was deposited by electroless plating. Coin cells "
    "used 1 M LiTFSI in DOL/DME with LiNO3 as the electrolyte and a polypropylene separator."
)
JOURNALS = ["J. Mater. Chem. A", "Energy Environ. Sci.", "Chem. Sci.", "Nanoscale"]
R = [(f"{chr(65 + i % 20)}. {NAMES[i % len(NAMES)]}, {chr(66 + i % 19)}. {NAMES[(i * 5 + 2) % len(NAMES)]} "
      f", {chr(67 + i % 17)}. {NAMES[(i * 3 + 7) % len(NAMES)]}", "", JOURNALS[i % 4], 2013 + i % 10,
      str(4 + i), f"{1200 + 37 * i}") for i in range(1, 14)]


def tex():
    def cites(t):
        t = re.sub(r"\^\{([0-9,\-]+)\}", lambda m: "@@" + m.group(1).replace("-", "--") + "@@", t)
        t = latex(t, ("LiNO3",))
        return re.sub(r"@@(.*?)@@", lambda m: "\\textsuperscript{" + m.group(1) + "}", t)

    o = [r"\documentclass[twocolumn]{article}\usepackage{mathptmx}\usepackage[T1]{fontenc}"
         r"\usepackage[margin=15mm]{geometry}",
         r"\title{\bfseries " + title + r"}\author{Karin Lindgren,$^{a}$ Tomas Quiroga$^{a}$ and Mei Ito$^{*b}$}"
         r"\date{}\begin{document}\maketitle",
         r"\noindent\textbf{Abstract.} " + cites(ABSTRACT),
         r"\section{Introduction}", cites(INTRO),
         r"\section{Results and discussion}"]
    for p in RESULTS:
        o.append(cites(p).replace("\u2020", "$^\\dagger$"))
    o.append(TABLE)
    o += [r"\section{Conclusions}", cites(CONCLUSION), r"\section{Experimental}", cites(METHODS)]
    o.append(r"\section*{Notes and references}\begin{enumerate}\small")
    for a, _, j, y, v, p in R:
        a = " and ".join(a.rsplit(", ", 1))
        o.append(rf"\item {a}, \textit{{{j}}}, {y}, \textbf{{{v}}}, {p}.")
    o.append(r"\end{enumerate}\end{document}")
    return "\n\n".join(o)


def gold():
    return gold_file(title, S, F, R)
