"""Invented research paper 74: a rate study written as paired lists for two arms in one sentence ('At 1, 2 and 5 mA
cm−2, the overpotentials are 12, 18 and 35 mV for GL-Li, compared with 26, 49 and 112 mV for bare Li'), lists
of capacities at rates for a full cell, a sentence that gives the control first ('Bare Li short-circuits after
140 h; GL-Li, by contrast, runs for 1,100 h'), and a design made by a process named in its code ('GL-Li': Li
under a glass-like layer grown by a gas-phase reaction)."""
from invented.common import NAMES, latex
from invented.common import gold as gold_file

title = "A glass-like interphase grown from the gas phase protects lithium metal at high current"
S = {
    "F74-01": dict(name="glass-like layer on lithium (GL-Li)", aliases=["GL-Li", "GL-Li electrode", "GL-Li anode",
                   "glass-like layer"], role="design", cls="NanostructuredSEI", sub="ArtificialSEI"),
    "F74-02": dict(name="bare Li", aliases=["bare Li", "bare Li foil", "bare lithium"], role="control",
                   cls="ConductiveFramework", sub="LithiumBasedFramework"),
}
F = []


def f(*a):
    F.append(a)


ABSTRACT = ("Lithium exposed to a mixture of phosphorus pentafluoride and silicon tetrachloride vapour grows a "
            "glass-like layer about 40 nm thick (GL-Li). The layer lowers the overpotential of plating at every "
            "current we tried.")
RESULTS = (
    "At 1, 2 and 5 mA cm-2, the overpotentials are 12, 18 and 35 mV for GL-Li, compared with 26, 49 and 112 mV for "
    "bare Li. Bare Li short-circuits after 140 h at 3 mA cm-2; GL-Li, by contrast, runs for 1,100 h. In Li||NCM811 "
    "cells, GL-Li delivers 192, 181 and 163 mA h g-1 at 0.2, 0.5 and 1 C."
)
for j, go, bo in ((1, 12, 26), (2, 18, 49), (5, 35, 112)):
    f("F74-01", "Overpotential", go, "mV", f"the overpotentials are 12, 18 and 35 mV for GL-Li ({j} mA cm-2)")
    f("F74-01", "CurrentDensity", j, "mA cm-2", "At 1, 2 and 5 mA cm-2")
    f("F74-02", "Overpotential", bo, "mV", f"compared with 26, 49 and 112 mV for bare Li ({j} mA cm-2)")
    f("F74-02", "CurrentDensity", j, "mA cm-2", "At 1, 2 and 5 mA cm-2")
f("F74-01", "Thickness", 40, "nm", "a glass-like layer about 40 nm thick (GL-Li)")
f("F74-02", "Lifespan", 140, "h", "Bare Li short-circuits after 140 h at 3 mA cm-2")
f("F74-02", "CurrentDensity", 3, "mA cm-2", "after 140 h at 3 mA cm-2")
f("F74-01", "Lifespan", 1100, "h", "GL-Li, by contrast, runs for 1,100 h")
f("F74-01", "CurrentDensity", 3, "mA cm-2", "after 140 h at 3 mA cm-2; GL-Li, by contrast, runs for 1,100 h")
for cap, rate in ((192, 0.2), (181, 0.5), (163, 1)):
    f("F74-01", "SpecificCapacity", cap, "mA h g-1", "GL-Li delivers 192, 181 and 163 mA h g-1")
    f("F74-01", "CRate", rate, "C", "at 0.2, 0.5 and 1 C")
R = [(f"{chr(67 + i % 17)}. {NAMES[(i * 13 + 1) % len(NAMES)]}, {chr(74 + i % 9)}. {NAMES[(i * 17 + 9) % len(NAMES)]}",
      f"Gas-phase interphase study {i}", ["ACS Energy Lett.", "Energy Environ. Sci.", "Nano Energy"][i % 3],
      2018 + i % 6, str(3 + i), f"{700 + 29 * i}") for i in range(1, 4)]


def tex():
    def sub(t):
        return latex(t, formulas=("NCM811",)).replace("NCM$_{811}$", "NCM811")

    o = [r"\documentclass[11pt]{article}\usepackage{mathptmx}\usepackage[T1]{fontenc}\usepackage[margin=25mm]{geometry}",
         r"\title{\bfseries " + title + r"}\author{Ines Costa and Felix Weber}\date{}\begin{document}\maketitle",
         r"\begin{abstract}" + sub(ABSTRACT) + r"\end{abstract}",
         r"\section{Introduction}Interphases grown on lithium before cycling keep the electrolyte away [1,2]; most are "
         r"grown from liquids [3].", r"\section{Results and discussion}", sub(RESULTS),
         r"\section{Experimental}Lithium foil was held in the vapour for 10 min at 25 $^\circ$C. Cells used "
         r"1 M LiPF$_6$ in EC/DEC with 10 wt\% FEC.", r"\section*{References}", r"{\small"]
    for k, (a, _t, j, y, v, p) in enumerate(R, 1):
        o.append(rf"\noindent [{k}] {a}, {j} {y}, {v}, {p}.\par")
    o.append(r"}\end{document}")
    return "\n\n".join(o)


def gold():
    return gold_file(title, S, F, R)
