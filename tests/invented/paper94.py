"""Invented research paper 94: a Cell Reports Physical Science-like host paper whose abstract is a short bold
paragraph with no label above the first heading, in the authors' own voice, that names its numbered design as the
authors call it ('a host that we name BCS-15'); a figure caption whose colour legend gives each line's arm and its
lifespan bare ('Green: BCS-15, 1600 h; orange: CNS, 240 h; …'), a cited work among them by its marker; a full-cell
result set against the design's with 'in contrast' that leaves out the cycle count and rate it shares; and a
dimension change said around its subject ('the thickness of the BCS-15 electrode changes by only 5%')."""
from invented.common import NAMES, latex
from invented.common import gold as gold_file

title = "Bismuth-seeded carbon nanotube sponges that lithium fills from the bottom up"
S = {
    "F94-01": dict(name="bismuth-seeded carbon nanotube sponge (BCS-15)", aliases=["BCS-15", "BCS-15 electrode",
                   "BCS-15 host", "bismuth-seeded carbon nanotube sponge"], role="design", cls="ConductiveFramework",
                   sub="CarbonBasedFramework"),
    "F94-02": dict(name="carbon nanotube sponge (CNS)", aliases=["CNS", "unseeded sponge", "carbon nanotube sponge",
                   "CNS electrode"], role="control", cls="ConductiveFramework", sub="CarbonBasedFramework"),
    "F94-03": dict(name="bare Li", aliases=["bare Li", "bare Li foil", "Li foil"], role="control",
                   cls="ConductiveFramework", sub="LithiumBasedFramework"),
    "F94-04": dict(name="Ag-seeded carbon felt", aliases=["Ag-seeded carbon felt"], role="cited",
                   cls="ConductiveFramework", sub="CarbonBasedFramework", refs=[4]),
}
F = []


def f(*a):
    F.append(a)


ABSTRACT = (
    "Lithium plates unevenly on the top face of bare scaffolds. We seed a carbon nanotube sponge with bismuth dots, "
    "giving a host that we name BCS-15, and set it against the unseeded sponge (CNS). BCS-15 symmetric cells cycle "
    "for 1600 h."
)
INTRO = ("Three-dimensional scaffolds spread the current over a large area [1,2]. Lithiophilic seeds such as gold, "
         "silver and zinc lower the barrier to nucleation [3].")
RESULTS = [
    "The nucleation overpotential of BCS-15 is 12 mV, against 41 mV for bare Li.",
    "In Li||Cu cells at 1 mA cm-2 and 1 mA h cm-2, BCS-15 holds an average Coulombic efficiency of 99.0% for 350 "
    "cycles, whereas CNS drops below 94% after 110 cycles.",
    "Paired with NCM622 cathodes, the BCS-15 full cell retains 90.2% of its capacity after 400 cycles at 0.5 C. "
    "The CNS full cell, in contrast, retains only 58.7%.",
    "Lithium fills the sponge from the bottom up: the thickness of the BCS-15 electrode changes by only 5% on "
    "plating.",
]
CAPTION = ("Fig. 3. Cycling of symmetric cells at 2 mA cm-2 and 1 mA h cm-2. Green: BCS-15, 1600 h; orange: CNS, "
           "240 h; purple: bare Li, 130 h; grey: Ag-seeded carbon felt [4], 700 h.")
METHODS = ("Carbon nanotube sponges were soaked in bismuth nitrate solution, dried and annealed in hydrogen. Coin "
           "cells used 1 M LiTFSI in DOL/DME.")
f("F94-01", "Lifespan", 1600, "h", "BCS-15 symmetric cells cycle for 1600 h")
f("F94-01", "Overpotential", 12, "mV", "The nucleation overpotential of BCS-15 is 12 mV")
f("F94-03", "Overpotential", 41, "mV", "against 41 mV for bare Li")
for sid in ("F94-01", "F94-02"):
    f(sid, "CurrentDensity", 1, "mA cm-2", "In Li||Cu cells at 1 mA cm-2 and 1 mA h cm-2")
    f(sid, "ArealCapacity", 1, "mA h cm-2", "In Li||Cu cells at 1 mA cm-2 and 1 mA h cm-2")
f("F94-01", "CoulombicEfficiency", 99.0, "%", "BCS-15 holds an average Coulombic efficiency of 99.0%")
f("F94-01", "CycleNumber", 350, "cycles", "for 350 cycles")
f("F94-02", "CoulombicEfficiency", 94, "%", "CNS drops below 94% after 110 cycles")
f("F94-02", "CycleNumber", 110, "cycles", "CNS drops below 94% after 110 cycles")
f("F94-01", "CapacityRetention", 90.2, "%", "the BCS-15 full cell retains 90.2% of its capacity")
f("F94-02", "CapacityRetention", 58.7, "%", "The CNS full cell, in contrast, retains only 58.7%")
for sid in ("F94-01", "F94-02"):
    f(sid, "CycleNumber", 400, "cycles", "after 400 cycles at 0.5 C")
    f(sid, "CRate", 0.5, "C", "after 400 cycles at 0.5 C")
f("F94-01", "DimensionVariation", 5, "%", "the thickness of the BCS-15 electrode changes by only 5%")
for sid in ("F94-01", "F94-02", "F94-03"):
    f(sid, "CurrentDensity", 2, "mA cm-2", "symmetric cells at 2 mA cm-2 and 1 mA h cm-2")
    f(sid, "ArealCapacity", 1, "mA h cm-2", "symmetric cells at 2 mA cm-2 and 1 mA h cm-2")
f("F94-01", "Lifespan", 1600, "h", "Green: BCS-15, 1600 h")
f("F94-02", "Lifespan", 240, "h", "orange: CNS, 240 h")
f("F94-03", "Lifespan", 130, "h", "purple: bare Li, 130 h")
f("F94-04", "Lifespan", 700, "h", "grey: Ag-seeded carbon felt [4], 700 h")
R = [(f"{chr(66 + i % 18)}. {NAMES[(i * 7 + 5) % len(NAMES)]}, {chr(70 + i % 11)}. {NAMES[(i * 3 + 11) % len(NAMES)]}",
      f"Scaffold study {i}", ["Cell Rep. Phys. Sci.", "Joule", "Matter"][i % 3], 2017 + i % 7, str(2 + i),
      f"{100140 + 37 * i}") for i in range(1, 5)]


def tex():
    def sub(t):
        return latex(t).replace("[1,2]", "[1, 2]")

    o = [r"\documentclass[10pt]{article}\usepackage{mathptmx}\usepackage[T1]{fontenc}\usepackage[margin=24mm]{geometry}",
         r"\title{\bfseries " + title + r"}\author{Leila Haddad, Tomasz Wrobel \& Akira Sato}\date{}"
         r"\begin{document}\maketitle",
         r"\noindent\textbf{" + sub(ABSTRACT) + "}",
         r"\section*{Introduction}" + sub(INTRO),
         r"\section*{Results}" + sub(" ".join(RESULTS)),
         r"\begin{figure}[h]\centering\fbox{\rule{0pt}{2cm}\rule{6cm}{0pt}}\par\small " + sub(CAPTION)
         + r"\end{figure}",
         r"\section*{Methods}" + sub(METHODS),
         r"\section*{References}", r"{\small"]
    for k, (a, t, j, y, v, p) in enumerate(R, 1):
        o.append(rf"\noindent {k}. {a}. {t}. \textit{{{j}}} \textbf{{{v}}}, {p} ({y}).\par")
    o.append(r"}\end{document}")
    return "\n\n".join(o)


def gold():
    return gold_file(title, S, F, R)
