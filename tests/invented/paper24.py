"""Invented research paper 24: Science-like Report: a one-paragraph abstract with its units in words, no section
headings in the body, citations as numbers in brackets in italics '(8)', '(3–5)', 'Fig. 2, A and B', 'fig. S6',
'hours' spelled out, a hyphenated thickness ('a 180-nm-thick layer') and cell ('a 1.2-Ah pouch cell'), the methods in a
supplement with a short 'Materials and methods' summary at the end, numbered references with their titles omitted
'8. G. Name, H. Name, Journal 4, 1201 (2020).'"""
from invented.common import NAMES, latex
from invented.common import gold as gold_file

title = "A graded interphase heals itself as lithium plates beneath it"
S = {
    "A24-01": dict(name="graded gallium-nitride-derived interphase on lithium (GDI-Li)",
                   aliases=["GDI-Li", "GDI-Li||NCM811", "graded interphase", "GDI"], role="design",
                   cls="NanostructuredSEI", sub="ArtificialSEI"),
    "A24-02": dict(name="bare Li", aliases=["bare Li", "bare lithium", "bare Li foil"], role="control",
                   cls="NanostructuredSEI", sub="ArtificialSEI"),
    "A24-03": dict(name="PNX coating", aliases=["PNX coating", "earlier PNX coating", "PNX"], role="cited",
                   cls="NanostructuredSEI", sub="ArtificialSEI", refs=[8]),
    "A24-04": dict(name="nitrided alloy skin", aliases=["nitrided alloy skin"], role="cited",
                   cls="NanostructuredSEI", sub="ArtificialSEI", refs=[9]),
}
F = []


def f(*a):
    F.append(a)


ABSTRACT = (
    "Lithium metal anodes fail when the film that covers them cracks and lithium grows through the cracks. We show "
    "that holding lithium over gallium nitride grows a graded interphase, rich in gallium at the metal and in "
    "nitride at the electrolyte, that closes its own cracks as lithium plates beneath it. Symmetric cells with the "
    "protected lithium cycle for fifteen hundred hours at five milliamperes per square centimeter, and cells with "
    "nickel-rich cathodes keep most of their capacity for four hundred cycles."
)
BODY = [
    "Lithium metal anodes could lift the energy of rechargeable batteries well beyond that of graphite (1, 2). The "
    "film that forms on lithium in liquid electrolytes is brittle, however, and cracks each time the metal swells "
    "(3-5). Artificial coatings delay the failure (6, 7): the earlier PNX coating kept a Coulombic efficiency of "
    "98.2% for 200 cycles (8), and a nitrided alloy skin lasted 600 hours at 1 mA cm-2 (9). Neither heals once it "
    "has cracked.",
    "We grew a graded interphase on lithium from the vapor over gallium nitride (see Materials and methods). The "
    "resulting electrode, GDI-Li, carries a 180-nm-thick layer whose gallium content falls from the metal outward "
    "(Fig. 1, A to C). The layer conducts lithium ions at 0.84 mS cm-1 (fig. S3).",
    "In symmetric cells at 5 mA cm-2 and 5 mA h cm-2, GDI-Li cycled for 1500 hours with an overpotential of 28 mV, "
    "whereas bare Li failed after 160 hours (Fig. 2, A and B). The exchange current density on GDI-Li is 2.6 mA cm-2, "
    "four times that on bare Li (0.65 mA cm-2) (fig. S6).",
    "In Li||NCM811 cells at 1 C, GDI-Li retained 86.5% of its capacity after 400 cycles, whereas bare Li retained "
    "52.0% after 150 cycles (Fig. 3, A to C). This is twice the life of the PNX coating (8). A 1.2-Ah pouch cell "
    "built with GDI-Li delivered 405 Wh kg-1 (Fig. 4).",
    "Interphases graded in composition may let other reactive metals plate densely as well.",
]
f("A24-03", "CoulombicEfficiency", 98.2, "%", "the earlier PNX coating kept a Coulombic efficiency of 98.2% for 200 cycles")
f("A24-03", "CycleNumber", 200, "cycles", "the earlier PNX coating kept a Coulombic efficiency of 98.2% for 200 cycles")
f("A24-04", "Lifespan", 600, "h", "a nitrided alloy skin lasted 600 hours at 1 mA cm-2")
f("A24-04", "CurrentDensity", 1, "mA cm-2", "a nitrided alloy skin lasted 600 hours at 1 mA cm-2")
f("A24-01", "Thickness", 180, "nm", "carries a 180-nm-thick layer")
f("A24-01", "IonicConductivity", 0.84, "mS cm-1", "The layer conducts lithium ions at 0.84 mS cm-1")
f("A24-01", "Lifespan", 1500, "h", "GDI-Li cycled for 1500 hours")
f("A24-01", "Overpotential", 28, "mV", "with an overpotential of 28 mV")
f("A24-02", "Lifespan", 160, "h", "whereas bare Li failed after 160 hours")
for sid in ("A24-01", "A24-02"):
    f(sid, "CurrentDensity", 5, "mA cm-2", "In symmetric cells at 5 mA cm-2 and 5 mA h cm-2")
    f(sid, "ArealCapacity", 5, "mA h cm-2", "In symmetric cells at 5 mA cm-2 and 5 mA h cm-2")
f("A24-01", "ExchangeCurrentDensity", 2.6, "mA cm-2", "The exchange current density on GDI-Li is 2.6 mA cm-2")
f("A24-02", "ExchangeCurrentDensity", 0.65, "mA cm-2", "four times that on bare Li (0.65 mA cm-2)")
f("A24-01", "CapacityRetention", 86.5, "%", "GDI-Li retained 86.5% of its capacity after 400 cycles")
f("A24-01", "CycleNumber", 400, "cycles", "GDI-Li retained 86.5% of its capacity after 400 cycles")
f("A24-02", "CapacityRetention", 52.0, "%", "whereas bare Li retained 52.0% after 150 cycles")
f("A24-02", "CycleNumber", 150, "cycles", "whereas bare Li retained 52.0% after 150 cycles")
for sid in ("A24-01", "A24-02"):
    f(sid, "CRate", 1, "C", "In Li||NCM811 cells at 1 C")
f("A24-01", "CellCapacity", 1200, "mA h", "A 1.2-Ah pouch cell built with GDI-Li delivered 405 Wh kg-1")
f("A24-01", "EnergyDensity", 405, "Wh kg-1", "A 1.2-Ah pouch cell built with GDI-Li delivered 405 Wh kg-1")
METHODS = (
    "Lithium foil was held over gallium nitride powder at 300 °C for 10 min under argon. All cells were assembled "
    "with 40 µL of electrolyte (1 M LiPF6 in EC/DEC with 10% FEC). Details are given in the supplementary materials."
)
for sid in ("A24-01", "A24-02"):
    f(sid, "ElectrolyteVolume", 40, "µL", "All cells were assembled with 40 µL of electrolyte")
JOURNALS = ["Science", "Nature", "Nat. Energy", "Joule"]
R = [(f"{chr(65 + i % 20)}. {NAMES[(i * 5 + 2) % len(NAMES)]}, {chr(66 + i % 19)}. {NAMES[(i * 11 + 7) % len(NAMES)]}",
      "", JOURNALS[i % 4], 2012 + i % 12, str(2 + i * 3), f"{100 + 37 * i}") for i in range(1, 13)]


def tex():
    import re

    def sub(t):
        t = re.sub(r"\((\d+(?:, \d+)*|\d+-\d+)\)", lambda m: r"(\textit{" + m.group(1).replace("-", "--") + "})", t)
        t = t.replace("Wh kg-1", "Wh kg$^{-1}$")
        return latex(t, ("LiPF6", "NCM811"))

    o = [r"\documentclass{article}\usepackage{mathptmx}\usepackage[T1]{fontenc}\usepackage[margin=24mm]{geometry}",
         r"\title{\textbf{" + title + r"}}\author{Ana Mendes, Kofi Osei, Hanna Lindgren}\date{}\begin{document}\maketitle",
         r"\noindent\textbf{" + sub(ABSTRACT) + "}", r"\bigskip"]
    o += [sub(p) for p in BODY]
    o += [r"\subsection*{References and Notes}", r"{\small"]
    for k, (a, _, j, y, v, p) in enumerate(R, 1):
        o.append(rf"\noindent {k}. {a}, \textit{{{j}}} \textbf{{{v}}}, {p} ({y}).\par")
    o += [r"}", r"\subsection*{Acknowledgments}", "Funding: invented for testing. Competing interests: none.",
          r"\subsection*{Supplementary Materials}", "Materials and Methods; Figs. S1 to S14; References (13 to 16)",
          r"\paragraph{Materials and methods.}", sub(METHODS), r"\end{document}"]
    return "\n\n".join(o)


def gold():
    return gold_file(title, S, F, R)
