"""Invented research paper 30: Energy-Storage-Materials-like (Elsevier), arms told apart by anaphora rather than names: 'the
former' / 'the latter', 'its counterpart', 'the optimized sample', 'in both cases', a design named only by a long
phrase with no short form, a control 'plain Cu mesh'; numbered headings '2.', '3.1.'; Elsevier references
'[12] A. Name, B. Name, Title, J. Abbr. 12 (2019) 345-356.'"""
from invented.common import NAMES, latex
from invented.common import gold as gold_file

title = "A silver-decorated copper mesh with graded pores for lithium metal anodes"
S = {
    "E28-01": dict(name="silver-decorated graded copper mesh", aliases=["silver-decorated graded copper mesh",
                   "silver-decorated mesh", "graded mesh", "silver-decorated graded mesh", "the optimized sample"],
                   role="design", cls="ConductiveFramework", sub="MetalBasedFramework"),
    "E28-02": dict(name="plain Cu mesh", aliases=["plain Cu mesh", "plain mesh", "Cu mesh", "its counterpart"],
                   role="control", cls="ConductiveFramework", sub="MetalBasedFramework"),
    "E28-03": dict(name="planar Cu foil", aliases=["planar Cu foil", "Cu foil", "planar foil"], role="control",
                   cls="ConductiveFramework", sub="MetalBasedFramework"),
}
F = []


def f(*a):
    F.append(a)


ABSTRACT = (
    "Three-dimensional copper hosts lower the local current density of lithium plating, but lithium still nucleates "
    "on their outer surface. We decorate a copper mesh whose pores narrow towards the separator with silver "
    "nanoparticles. Lithium then fills the mesh from the bottom up, and cells cycle for 1000 h at 2 mA cm-2."
)
INTRO = (
    "Copper foams and meshes spread the current over a large area [5-8], yet lithium deposits first where the field "
    "is strongest, at the top of the host [9]. Lithiophilic seeds can invert this order [10,11]."
)
RESULTS = [
    ("3.1. Nucleation",
     "We compared the silver-decorated graded mesh with a plain Cu mesh of the same pore sizes and with planar Cu "
     "foil. The former nucleates lithium at an overpotential of 9 mV, whereas the latter needs 36 mV (Fig. 3a). On "
     "planar Cu foil the nucleation overpotential reaches 52 mV."),
    ("3.2. Plating and stripping",
     "Li||Cu-type cells were cycled at 1 mA cm-2 and 1 mA h cm-2. The optimized sample keeps a Coulombic efficiency "
     "of 98.6% for 350 cycles, while its counterpart drops below 90% after 120 cycles. In both cases the voltage "
     "hysteresis stays under 30 mV during the first 100 cycles."),
    ("3.3. Symmetric cells",
     "Symmetric cells built on the silver-decorated mesh ran for 1000 h at 2 mA cm-2 and 2 mA h cm-2; those on "
     "planar Cu foil short-circuited after 140 h."),
]
f("E28-01", "Overpotential", 9, "mV", "The former nucleates lithium at an overpotential of 9 mV")
f("E28-02", "Overpotential", 36, "mV", "whereas the latter needs 36 mV")
f("E28-03", "Overpotential", 52, "mV", "On planar Cu foil the nucleation overpotential reaches 52 mV")
for sid in ("E28-01", "E28-02", "E28-03"):
    f(sid, "CurrentDensity", 1, "mA cm-2", "Li||Cu-type cells were cycled at 1 mA cm-2 and 1 mA h cm-2")
    f(sid, "ArealCapacity", 1, "mA h cm-2", "Li||Cu-type cells were cycled at 1 mA cm-2 and 1 mA h cm-2")
f("E28-01", "CoulombicEfficiency", 98.6, "%", "The optimized sample keeps a Coulombic efficiency of 98.6% for 350 cycles")
f("E28-01", "CycleNumber", 350, "cycles", "The optimized sample keeps a Coulombic efficiency of 98.6% for 350 cycles")
f("E28-02", "CycleNumber", 120, "cycles", "while its counterpart drops below 90% after 120 cycles")
f("E28-02", "CoulombicEfficiency", 90, "%", "while its counterpart drops below 90% after 120 cycles")
for sid in ("E28-01", "E28-02"):
    f(sid, "VoltageHysteresis", 30, "mV", "In both cases the voltage hysteresis stays under 30 mV during the first 100 cycles")
    f(sid, "CycleNumber", 100, "cycles", "In both cases the voltage hysteresis stays under 30 mV during the first 100 cycles")
f("E28-01", "Lifespan", 1000, "h", "Symmetric cells built on the silver-decorated mesh ran for 1000 h at 2 mA cm-2")
f("E28-03", "Lifespan", 140, "h", "those on planar Cu foil short-circuited after 140 h")
for sid in ("E28-01", "E28-03"):
    f(sid, "CurrentDensity", 2, "mA cm-2", "ran for 1000 h at 2 mA cm-2 and 2 mA h cm-2")
    f(sid, "ArealCapacity", 2, "mA h cm-2", "ran for 1000 h at 2 mA cm-2 and 2 mA h cm-2")
METHODS = [
    ("2.1. Preparation of the meshes",
     "Copper meshes with pores from 40 to 10 um were stacked and sintered; silver was then deposited by a galvanic "
     "replacement in 5 mM AgNO3 for 60 s."),
    ("2.2. Electrochemical tests",
     "CR2032 cells used a Celgard 2400 separator and 1 M LiTFSI in DOL/DME with 1 wt% LiNO3."),
]
R = [(f"{chr(65 + i % 20)}. {NAMES[(i * 3 + 4) % len(NAMES)]}, {chr(67 + i % 18)}. {NAMES[(i * 13 + 5) % len(NAMES)]}",
      ["Lithiophilic seeds in copper hosts", "Graded hosts for dense lithium", "Bottom-up plating in meshes",
       "Copper foams for lithium metal"][i % 4],
      ["Energy Storage Mater.", "Nano Energy", "J. Power Sources", "Chem. Eng. J."][i % 4], 2014 + i % 10,
      str(10 + i), f"{100 + 17 * i}") for i in range(1, 16)]


def tex():
    def sub(t):
        return latex(t, ("AgNO3", "LiNO3")).replace(" um ", r" $\mu$m ")

    o = [r"\documentclass[twocolumn]{article}\usepackage{charter}\usepackage[T1]{fontenc}"
         r"\usepackage[margin=17mm]{geometry}",
         r"\title{" + title + r"}\author{Rita Pereira, Omar Haddad, Eva Lindgren}\date{}\begin{document}\maketitle",
         r"\noindent\textbf{Abstract} " + sub(ABSTRACT), r"\section*{1. Introduction}", sub(INTRO),
         r"\section*{2. Experimental}"]
    for h, t in METHODS:
        o += [r"\subsection*{" + h + "}", sub(t)]
    o.append(r"\section*{3. Results and discussion}")
    for h, t in RESULTS:
        o += [r"\subsection*{" + h + "}", sub(t)]
    o += [r"\section*{4. Conclusions}", "Seeds at the bottom of a graded host make lithium fill it from below.",
          r"\section*{References}", r"{\small"]
    for k, (a, tt, j, y, v, p) in enumerate(R, 1):
        o.append(rf"\noindent [{k}] {a}, {tt}, {j} {v} ({y}) {p}--{int(p) + 9}.\par")
    o.append(r"}\end{document}")
    return "\n\n".join(o)


def gold():
    return gold_file(title, S, F, R)
