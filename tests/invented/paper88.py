"""Invented research paper 88: a symmetric-cell rate study reported as a matrix table — one row per current density,
one column per electrode ('Current density (mA cm−2) | FI-Li | Bare Li'), the table's quantity named only in its
caption ('Overpotentials (mV) of … at a fixed capacity of 1 mA h cm−2') — with a lifespan comparison stated as a
multiple ('five times longer than bare Li (1,500 h against 300 h)') and a full cell whose arms are told apart by a
semicolon clause ('…; cells with bare Li keep 58.7%')."""
from invented.common import NAMES, latex
from invented.common import gold as gold_file

title = "A fluorinated interphase grown from the gas phase lets lithium foil plate fast"
S = {
    "F88-01": dict(name="LiF-rich interphase on Li foil (FI-Li)", aliases=["FI-Li", "FI-Li electrode", "FI-Li foil",
                   "LiF-rich interphase"], role="design", cls="NanostructuredSEI", sub="ArtificialSEI"),
    "F88-02": dict(name="bare Li foil", aliases=["bare Li", "Li", "bare Li foil", "Li foil", "Bare Li"],
                   role="control", cls="ConductiveFramework", sub="LithiumBasedFramework"),
}
F = []


def f(*a):
    F.append(a)


ABSTRACT = ("Lithium foil plates unevenly at high current densities. Exposing the foil to NF3 gas grows a thin "
            "LiF-rich interphase on it (FI-Li) that keeps plating even up to 5 mA cm-2.")
METHODS = ("Lithium foils were held in NF3 gas at 120 °C for 10 min. Full cells paired the anodes with LiFePO4 "
           "cathodes of 2.5 mA h cm-2 at an N/P ratio of 2.4.")
RESULTS = [
    "The interphase is about 70 nm thick. Table 1 lists the overpotentials of symmetric cells at four current "
    "densities.",
    "At 1 mA cm-2, FI-Li cycles five times longer than bare Li (1,500 h against 300 h).",
    "FI-Li full cells keep 91.2% of their capacity after 400 cycles at 1 C; cells with bare Li keep 58.7%.",
]
TABLE = [(0.5, 9, 21), (1, 13, 34), (3, 27, 88), (5, 41, 150)]
f("F88-01", "Thickness", 70, "nm", "The interphase is about 70 nm thick")
for k, sid in enumerate(("F88-01", "F88-02")):
    for cd, *eta in TABLE:
        f(sid, "Overpotential", eta[k], "mV", "table")
        f(sid, "CurrentDensity", cd, "mA cm-2", "table")
    f(sid, "ArealCapacity", 1, "mA h cm-2", "table caption")
    f(sid, "CurrentDensity", 1, "mA cm-2", "At 1 mA cm-2, FI-Li cycles five times longer than bare Li")
    f(sid, "ArealCapacity", 2.5, "mA h cm-2", "LiFePO4 cathodes of 2.5 mA h cm-2")
    f(sid, "NPRatio", 2.4, "", "at an N/P ratio of 2.4")
    f(sid, "CycleNumber", 400, "cycles", "after 400 cycles at 1 C")
    f(sid, "CRate", 1, "C", "after 400 cycles at 1 C")
f("F88-01", "Lifespan", 1500, "h", "(1,500 h against 300 h)")
f("F88-02", "Lifespan", 300, "h", "(1,500 h against 300 h)")
f("F88-01", "CapacityRetention", 91.2, "%", "FI-Li full cells keep 91.2% of their capacity")
f("F88-02", "CapacityRetention", 58.7, "%", "cells with bare Li keep 58.7%")
R = [(f"{chr(66 + i % 18)}. {NAMES[(i * 13 + 5) % len(NAMES)]}, {chr(77 + i % 9)}. {NAMES[(i * 17 + 2) % len(NAMES)]}",
      f"Fluorinated interphase study {i}", ["Adv. Mater.", "Nano Lett.", "J. Power Sources"][i % 3],
      2014 + i % 9, str(11 + i), f"{2100 + 93 * i}") for i in range(1, 5)]


def tex():
    def sub(t):
        return latex(t, formulas=("NF3", "LiFePO4", "LiF"))

    rows = "\n".join(rf"{cd} & {a} & {b} \\" for cd, a, b in TABLE)
    table = (r"\begin{table}[h]\centering\small\caption{Overpotentials (mV) of FI-Li and bare Li symmetric cells at a "
             r"fixed capacity of 1 mA h cm$^{-2}$.}\begin{tabular}{lcc}\hline Current density (mA cm$^{-2}$) & FI-Li & "
             r"Bare Li \\\hline " + rows + r"\hline\end{tabular}\end{table}")
    o = [r"\documentclass[10pt,twocolumn]{article}\usepackage{mathptmx}\usepackage[T1]{fontenc}"
         r"\usepackage[margin=18mm]{geometry}",
         r"\title{\bfseries " + title + r"}\author{Nadia Rahman and Tomasz Wisniewski}\date{}\begin{document}\maketitle",
         r"\begin{abstract}" + sub(ABSTRACT) + r"\end{abstract}",
         r"\section{Introduction}Artificial interphases made in solution [1,2] or by vapour [3] protect lithium, but few "
         r"were tested above 3 mA cm$^{-2}$ [4].", r"\section{Methods}" + sub(METHODS),
         r"\section{Results}" + sub(RESULTS[0]) + "\n\n" + table + "\n\n" + sub(" ".join(RESULTS[1:])),
         r"\section{Conclusions}A gas-grown interphase keeps lithium plating even at high rates.",
         r"\section*{References}", r"{\small"]
    for k, (a, _t, j, y, v, p) in enumerate(R, 1):
        o.append(rf"\noindent [{k}] {a}, {_t}, {j} {v} ({y}) {p}.\par")
    o.append(r"}\end{document}")
    return "\n\n".join(o)


def gold():
    return gold_file(title, S, F, R)
