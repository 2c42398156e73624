"""Invented research paper 82: an RSC (J. Mater. Chem. A)-like host paper that states the test conditions once for
a whole section ('Unless stated otherwise, all cells in this section were cycled at …'), gives a life in cycles with
its hours in brackets ('450 cycles (900 h)') and the other way round ('1,100 h (550 cycles)'), sets a figure against
the control's as a fraction ('only one-third of that of CM (36 mV)'), keeps one arm's figure after 'leaves that of X
at', and ends with numbered conclusions ('(i) …; (ii) …; (iii) …') that repeat the figures."""
from invented.common import NAMES, latex
from invented.common import gold as gold_file

title = "MXene-coated copper mesh as a lithiophilic host for lithium metal anodes"
S = {
    "F82-01": dict(name="MXene-coated copper mesh (MX@CM)", aliases=["MX@CM", "MX@CM host", "MX@CM electrode"],
                   role="design", cls="ConductiveFramework", sub="MetalBasedFramework"),
    "F82-02": dict(name="copper mesh (CM)", aliases=["CM", "bare CM", "copper mesh", "bare copper mesh"],
                   role="control", cls="ConductiveFramework", sub="MetalBasedFramework"),
}
F = []


def f(*a):
    F.append(a)


ABSTRACT = (
    "Copper meshes are cheap current collectors with room for lithium, yet lithium plates on them as moss because "
    "copper is lithiophobic. We dip a copper mesh in a dispersion of Ti3C2Tx MXene flakes, which cover every wire "
    "with a lithiophilic skin (MX@CM). Lithium then nucleates evenly across the wires, and half, symmetric and full "
    "cells built on MX@CM last far longer than those on a bare copper mesh (CM)."
)
RESULTS = [
    "Unless stated otherwise, all cells in this section were cycled at 1 mA cm-2 and 1 mA h cm-2. MX@CM half cells "
    "ran 450 cycles (900 h) with an average CE of 98.9%, while CM cells lasted 120 cycles (240 h) (Fig. 3a).",
    "The nucleation overpotential of MX@CM, 12 mV, is only one-third of that of CM (36 mV). Raising the current "
    "density to 3 mA cm-2 lowers the CE of CM to 91.2% but leaves that of MX@CM at 98.1%.",
    "In symmetric cells, the voltage hysteresis of MX@CM stayed at 15 mV for 1,100 h (550 cycles), and the MX flakes "
    "were still in place after cycling (Fig. S9).",
]
CONCLUSIONS = (
    "MXene flakes make copper mesh a lithiophilic host: (i) MX@CM lowers the nucleation overpotential from 36 to "
    "12 mV; (ii) its average CE reaches 98.9% over 450 cycles; and (iii) its symmetric cells last 1,100 h."
)
for sid in ("F82-01", "F82-02"):
    f(sid, "CurrentDensity", 1, "mA cm-2", "all cells in this section were cycled at 1 mA cm-2 and 1 mA h cm-2")
    f(sid, "ArealCapacity", 1, "mA h cm-2", "all cells in this section were cycled at 1 mA cm-2 and 1 mA h cm-2")
f("F82-01", "CycleNumber", 450, "cycles", "MX@CM half cells ran 450 cycles (900 h)")
f("F82-01", "Lifespan", 900, "h", "MX@CM half cells ran 450 cycles (900 h)")
f("F82-01", "CoulombicEfficiency", 98.9, "%", "with an average CE of 98.9%")
f("F82-02", "CycleNumber", 120, "cycles", "CM cells lasted 120 cycles (240 h)")
f("F82-02", "Lifespan", 240, "h", "CM cells lasted 120 cycles (240 h)")
f("F82-01", "Overpotential", 12, "mV", "The nucleation overpotential of MX@CM, 12 mV")
f("F82-02", "Overpotential", 36, "mV", "only one-third of that of CM (36 mV)")
for sid in ("F82-01", "F82-02"):
    f(sid, "CurrentDensity", 3, "mA cm-2", "Raising the current density to 3 mA cm-2")
f("F82-02", "CoulombicEfficiency", 91.2, "%", "lowers the CE of CM to 91.2%")
f("F82-01", "CoulombicEfficiency", 98.1, "%", "leaves that of MX@CM at 98.1%")
f("F82-01", "VoltageHysteresis", 15, "mV", "the voltage hysteresis of MX@CM stayed at 15 mV")
f("F82-01", "Lifespan", 1100, "h", "for 1,100 h (550 cycles)")
f("F82-01", "CycleNumber", 550, "cycles", "for 1,100 h (550 cycles)")
R = [(f"{chr(65 + i % 20)}. {NAMES[(i * 5 + 3) % len(NAMES)]} and {chr(75 + i % 10)}. {NAMES[(i * 9 + 12) % len(NAMES)]}",
      f"Copper mesh host study {i}", ["J. Mater. Chem. A", "Energy Environ. Sci.", "Chem. Sci."][i % 3], 2015 + i % 9,
      str(4 + i), f"{5100 + 61 * i}") for i in range(1, 4)]


def tex():
    def sub(t):
        return latex(t, formulas=("Ti3C2Tx",))

    o = [r"\documentclass[9pt,twocolumn]{article}\usepackage{mathptmx}\usepackage[T1]{fontenc}"
         r"\usepackage[margin=17mm]{geometry}",
         r"\title{\bfseries " + title + r"}\author{Kwame Osei and Ingrid Larsen}\date{}\begin{document}\maketitle",
         r"\begin{abstract}" + sub(ABSTRACT) + r"\end{abstract}",
         r"\section{Introduction}Copper current collectors are lithiophobic,\textsuperscript{1} and coatings that wet "
         r"lithium help it plate evenly.\textsuperscript{2,3}",
         r"\section{Results and discussion}"]
    o += [sub(p) for p in RESULTS]
    o += [r"\section{Conclusions}" + sub(CONCLUSIONS),
          r"\section{Experimental}Copper mesh (200 mesh) was dipped in a 2 mg mL$^{-1}$ MXene dispersion and dried "
          r"at 60 $^\circ$C. Coin cells used 1 M LiTFSI in DOL/DME with 1 wt\% LiNO$_3$.",
          r"\section*{Notes and references}", r"{\small"]
    for k, (a, _t, j, y, v, p) in enumerate(R, 1):
        o.append(rf"\noindent {k} {a}, \textit{{{j}}}, {y}, \textbf{{{v}}}, {p}.\par")
    o.append(r"}\end{document}")
    return "\n\n".join(o)


def gold():
    g = gold_file(title, S, F, R)
    for r, ref in zip(g["references"], R, strict=True):
        r["authors"] = ref[0].split(" and ")
    return g
