"""Invented research paper #8: Elsevier-like numbered sections, own-sample table (no Ref column),
coded samples by content (LMA-5/10/20), 'pure Li' control, 'Fig. 3a', 'the best', 'respectively' across samples."""

from invented.common import gold as gold_file
from invented.common import latex, refs

title = "Lithium-magnesium alloy frameworks with graded magnesium content for dendrite-free lithium anodes"
S = {
    "H8-01": dict(
        name="Li-Mg alloy with 10 wt% Mg (LMA-10)",
        aliases=["LMA-10", "LMA-10 electrode", "LMA-10 anode"],
        role="design",
        cls="ConductiveFramework",
        sub="LithiumBasedFramework",
    ),
    "H8-02": dict(
        name="Li-Mg alloy with 5 wt% Mg (LMA-5)",
        aliases=["LMA-5"],
        role="design",
        cls="ConductiveFramework",
        sub="LithiumBasedFramework",
    ),
    "H8-03": dict(
        name="Li-Mg alloy with 20 wt% Mg (LMA-20)",
        aliases=["LMA-20"],
        role="design",
        cls="ConductiveFramework",
        sub="LithiumBasedFramework",
    ),
    "H8-04": dict(name="pure Li", aliases=["pure Li", "pure lithium", "pure Li foil"], role="control"),
}
F = []


def f(*a):
    F.append(a)


B = []
B.append(
    (
        "1. Introduction",
        "Alloying lithium with magnesium gives a solid-solution anode that keeps its shape [1-4]. "
        "Yet how much magnesium is best has not been settled [5,6]. Here, alloys with 5, 10 and 20 wt% Mg, named LMA-5, "
        "LMA-10 and LMA-20, are compared with pure Li.",
    )
)
B.append(
    (
        "2. Experimental",
        "The alloys were melted in a steel crucible under argon and rolled to 100 µm. Symmetric "
        "cells were cycled at 1 mA cm-2 and 1 mA h cm-2 in 1 M LiPF6 in EC/DEC.",
    )
)
B.append(
    (
        "3. Results and discussion",
        "Table 1 lists the properties of the alloys. LMA-10 exhibited the best "
        "performance: its symmetric cell ran for 1400 h with an overpotential of 21 mV (Fig. 3a). The LMA-5 and LMA-20 "
        "cells lasted 800 and 650 h, respectively, and the pure Li cell failed after 210 h with an overpotential above "
        "90 mV.",
    )
)
f("H8-01", "Lifespan", 1400, "h", "its symmetric cell ran for 1400 h with an overpotential of 21 mV")
f("H8-01", "Overpotential", 21, "mV", "its symmetric cell ran for 1400 h with an overpotential of 21 mV")
f("H8-02", "Lifespan", 800, "h", "The LMA-5 and LMA-20 cells lasted 800 and 650 h, respectively")
f("H8-03", "Lifespan", 650, "h", "The LMA-5 and LMA-20 cells lasted 800 and 650 h, respectively")
f("H8-04", "Lifespan", 210, "h", "the pure Li cell failed after 210 h with an overpotential above 90 mV")
f("H8-04", "Overpotential", 90, "mV", "the pure Li cell failed after 210 h with an overpotential above 90 mV")
for sid in ("H8-01", "H8-02", "H8-03", "H8-04"):
    f(sid, "CurrentDensity", 1, "mA cm-2", "Symmetric cells were cycled at 1 mA cm-2 and 1 mA h cm-2")
    f(sid, "ArealCapacity", 1, "mA h cm-2", "Symmetric cells were cycled at 1 mA cm-2 and 1 mA h cm-2")
TABLE = r"""\begin{table}[h]\centering\small
\caption{Properties of the Li--Mg alloys.}
\begin{tabular}{lccc}\hline
Sample & Mg (wt\%) & Hardness (MPa) & CE (\%) \\\hline
LMA-5 & 5 & 0.9 & 97.1 \\
LMA-10 & 10 & 1.4 & 98.3 \\
LMA-20 & 20 & 2.2 & 96.4 \\\hline
\end{tabular}\end{table}"""
for sid, h, ce in (("H8-02", 0.9, 97.1), ("H8-01", 1.4, 98.3), ("H8-03", 2.2, 96.4)):
    f(sid, "Hardness", h, "MPa", "table")
    f(sid, "CoulombicEfficiency", ce, "%", "table")
B.append(
    (
        "",
        "In full cells with LiFePO4 at 1 C, LMA-10 kept 92.0% of its capacity after 500 cycles, whereas pure Li "
        "kept 61.5%.",
    )
)
f("H8-01", "CapacityRetention", 92.0, "%", "LMA-10 kept 92.0% of its capacity after 500 cycles")
f("H8-01", "CycleNumber", 500, "cycles", "LMA-10 kept 92.0% of its capacity after 500 cycles")
f("H8-01", "CRate", 1, "C", "In full cells with LiFePO4 at 1 C")
f("H8-04", "CapacityRetention", 61.5, "%", "whereas pure Li kept 61.5%")
f("H8-04", "CycleNumber", 500, "cycles", "whereas pure Li kept 61.5%")
f("H8-04", "CRate", 1, "C", "whereas pure Li kept 61.5%")
B.append(("4. Conclusions", "A moderate magnesium content gives the alloy anode the longest life."))
R = refs(12)


def tex():
    def sub(t):
        return latex(t, ("LiPF6", "LiFePO4"))

    o = [
        r"\documentclass{article}\usepackage{charter}\usepackage[T1]{fontenc}\usepackage[margin=24mm]{geometry}",
        r"\title{" + title + r"}\author{Olga Petrov and Samuel Osei}\date{}\begin{document}\maketitle",
        r"\begin{abstract}"
        + sub(
            "Alloying lithium with magnesium keeps the anode's shape. An alloy with 10 wt% Mg lets symmetric "
            "cells run for 1400 h at 1 mA cm-2 and full cells keep 92.0% of their capacity after 500 cycles."
        )
        + r"\end{abstract}",
    ]
    for h, t in B:
        if h:
            o.append(r"\section*{" + h + "}")
        o.append(sub(t))
        if t.startswith("Table 1"):
            o.append(TABLE)
    o.append(r"\begin{thebibliography}{99}")
    for a, t, j, y, v, p in R:
        o.append(rf"\bibitem{{}} {a}, {t}, {j} {v} ({y}) {p}.")
    o.append(r"\end{thebibliography}\end{document}")
    return "\n\n".join(o)


def gold():
    return gold_file(title, S, F, R)
