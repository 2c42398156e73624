"""Invented research paper 95: a host paper in the plain style of many groups, whose design and an annealed variant of
it are both coded ('a cobalt phosphide array (CoP)', 'annealed CoP (A-CoP)'), compared with bare nickel foam by a metal
named bare ('while that of Ni …', 'than for Ni'), with results run 'under the same conditions', an electrolyte's uptake
and contact angle, the host's sorption figures (surface area, pore volume) and tap density, and a result sentence that
points back ('This lifespan …') before setting it above cited hosts."""
from invented.common import NAMES, latex
from invented.common import gold as gold_file

title = "Cobalt phosphide arrays on nickel foam as lithiophilic hosts for dendrite-free lithium metal anodes"
S = {
    "F95-01": dict(name="cobalt phosphide array (CoP)", aliases=["CoP", "CoP array", "CoP host", "CoP electrode",
                   "Li@CoP", "CoP arrays", "cobalt phosphide array", "Cobalt phosphide arrays"], role="design",
                   cls="ConductiveFramework", sub="MetalBasedFramework"),
    "F95-02": dict(name="annealed CoP (A-CoP)", aliases=["A-CoP", "annealed CoP", "A-CoP host", "Li@A-CoP"],
                   role="control", cls="ConductiveFramework", sub="MetalBasedFramework"),
    "F95-03": dict(name="bare nickel foam (Ni)", aliases=["Ni", "Ni foam", "bare Ni foam", "Bare Ni foam", "bare Ni",
                   "nickel foam", "Li@Ni", "Ni-based cell"], role="control", cls="ConductiveFramework",
                   sub="MetalBasedFramework"),
    "F95-04": dict(name="silver-coated nickel foam", aliases=["silver-coated nickel foam", "Ag-coated Ni foam"],
                   role="cited", refs=[5], cls="ConductiveFramework", sub="MetalBasedFramework"),
}
F = []


def f(*a):
    F.append(a)


ABSTRACT = ("Nickel foam is light but lithiophobic. We grow cobalt phosphide arrays (CoP) on it, which take lithium "
            "evenly, and show that annealing them removes the phosphide's lithiophilic surface.")
METHODS = ("Cobalt phosphide arrays (CoP) were grown on nickel foam by a hydrothermal step and phosphidation. Part of "
           "the CoP was annealed at 500 °C in argon, denoted annealed CoP (A-CoP). Bare Ni foam served as the control. "
           "Li||Cu-type cells used the hosts as working electrodes in 1 M LiTFSI in DOL/DME with 2 wt% LiNO3.")
RESULTS = [
    "The CoP host has a BET surface area of 38 m2 g-1 and a pore volume of 0.12 cm3 g-1, and its tap density is "
    "0.42 g cm-3. The electrolyte spreads on CoP with a contact angle of 9°, while that of Ni is 47°.",
    "The CEs of CoP, A-CoP and Ni are 98.8%, 96.1% and 90.4% after 300, 150 and 60 cycles at 1 mA cm-2 and "
    "1 mA h cm-2, respectively.",
    "A smaller nucleation overpotential is found for CoP (11 mV) than for Ni (39 mV).",
    "Symmetric Li@CoP cells cycle for 1600 h at 2 mA cm-2 and 2 mA h cm-2, and the Li@Ni cell lasts only 210 h "
    "under the same conditions. This lifespan of 1600 h far exceeds those of reported hosts such as silver-coated "
    "nickel foam (700 h) [5].",
    "Paired with LiFePO4, the CoP-based cell keeps 92.3% of its capacity after 400 cycles at 1 C, while the Ni-based "
    "cell keeps 51.6%.",
]
f("F95-01", "SpecificSurfaceArea", 38, "m2 g-1", "a BET surface area of 38 m2 g-1")
f("F95-01", "PoreVolume", 0.12, "cm3 g-1", "a pore volume of 0.12 cm3 g-1")
f("F95-01", "MassDensity", 0.42, "g cm-3", "its tap density is 0.42 g cm-3")
f("F95-01", "ContactAngle", 9, "deg", "with a contact angle of 9°")
f("F95-03", "ContactAngle", 47, "deg", "while that of Ni is 47°")
f("F95-01", "CoulombicEfficiency", 98.8, "%", "The CEs of CoP, A-CoP and Ni are 98.8%, 96.1% and 90.4%")
f("F95-02", "CoulombicEfficiency", 96.1, "%", "The CEs of CoP, A-CoP and Ni are 98.8%, 96.1% and 90.4%")
f("F95-03", "CoulombicEfficiency", 90.4, "%", "The CEs of CoP, A-CoP and Ni are 98.8%, 96.1% and 90.4%")
f("F95-01", "CycleNumber", 300, "cycles", "after 300, 150 and 60 cycles")
f("F95-02", "CycleNumber", 150, "cycles", "after 300, 150 and 60 cycles")
f("F95-03", "CycleNumber", 60, "cycles", "after 300, 150 and 60 cycles")
for sid in ("F95-01", "F95-02", "F95-03"):
    f(sid, "CurrentDensity", 1, "mA cm-2", "at 1 mA cm-2 and 1 mA h cm-2, respectively")
    f(sid, "ArealCapacity", 1, "mA h cm-2", "at 1 mA cm-2 and 1 mA h cm-2, respectively")
f("F95-01", "Overpotential", 11, "mV", "for CoP (11 mV) than for Ni (39 mV)")
f("F95-03", "Overpotential", 39, "mV", "for CoP (11 mV) than for Ni (39 mV)")
f("F95-01", "Lifespan", 1600, "h", "Symmetric Li@CoP cells cycle for 1600 h")
f("F95-03", "Lifespan", 210, "h", "the Li@Ni cell lasts only 210 h under the same conditions")
for sid in ("F95-01", "F95-03"):
    f(sid, "CurrentDensity", 2, "mA cm-2", "at 2 mA cm-2 and 2 mA h cm-2")
    f(sid, "ArealCapacity", 2, "mA h cm-2", "at 2 mA cm-2 and 2 mA h cm-2")
f("F95-04", "Lifespan", 700, "h", "silver-coated nickel foam (700 h) [5]")
f("F95-01", "CapacityRetention", 92.3, "%", "the CoP-based cell keeps 92.3% of its capacity")
f("F95-03", "CapacityRetention", 51.6, "%", "while the Ni-based cell keeps 51.6%")
for sid in ("F95-01", "F95-03"):
    f(sid, "CycleNumber", 400, "cycles", "after 400 cycles at 1 C")
    f(sid, "CRate", 1, "C", "after 400 cycles at 1 C")
R = [(f"{chr(65 + i % 19)}. {NAMES[(i * 13 + 2) % len(NAMES)]}, {chr(70 + i % 13)}. {NAMES[(i * 17 + 5) % len(NAMES)]}",
      f"Phosphide host study {i}", ["J. Mater. Chem. A", "Chem. Eng. J.", "Nano Res."][i % 3],
      2016 + i % 7, str(8 + i), f"{2000 + 37 * i}") for i in range(1, 6)]


def tex():
    def sub(t):
        return latex(t, formulas=("LiFePO4", "LiNO3")).replace("9°", "9$^\\circ$").replace("47°", "47$^\\circ$")

    o = [r"\documentclass[10pt,twocolumn]{article}\usepackage{mathptmx}\usepackage[T1]{fontenc}"
         r"\usepackage[margin=18mm]{geometry}",
         r"\title{\bfseries " + title + r"}\author{Lina Chen, Jiawei Xu and Min Zhao}\date{}\begin{document}\maketitle",
         r"\begin{abstract}" + sub(ABSTRACT) + r"\end{abstract}",
         r"\section{Introduction}Three-dimensional hosts lower the local current density [1,2], and lithiophilic "
         r"coatings guide nucleation [3,4].",
         r"\section{Experimental}" + sub(METHODS),
         r"\section{Results and discussion}" + "\n\n".join(sub(p) for p in RESULTS),
         r"\section{Conclusion}Phosphide arrays make nickel foam a lithiophilic host.",
         r"\section*{References}", r"{\small"]
    for k, (a, _t, j, y, v, p) in enumerate(R, 1):
        o.append(rf"\noindent [{k}] {a}, {j}, {y}, {v}, {p}.\par")
    o.append(r"}\end{document}")
    return "\n\n".join(o)


def gold():
    return gold_file(title, S, F, R)
