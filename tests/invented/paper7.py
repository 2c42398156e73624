"""Invented research paper #7 (kept aside): Wiley-like, 'with and without' arms of an additive, Li@X naming,
Figure references, a comparison table with literature (LaTeX tabular), 'Supporting Information'."""

from invented.common import gold as gold_file
from invented.common import latex, refs

title = "A cesium tetrafluoroborate additive for dendrite-free lithium deposition in carbonate electrolytes"
S = {
    "H7-01": dict(
        name="CsBF4-containing electrolyte (electrolyte with CsBF4 additive)",
        aliases=[
            "CsBF4",
            "with CsBF4",
            "CsBF4-containing electrolyte",
            "CsBF4 additive",
            "electrolyte with CsBF4",
            "the CsBF4 electrolyte",
        ],
        role="design",
        cls="NanostructuredSEI",
        sub="ElectrolyteDerivedSEI",
    ),
    "H7-02": dict(
        name="baseline electrolyte without additive",
        aliases=["baseline electrolyte", "without CsBF4", "baseline", "additive-free electrolyte"],
        role="control",
    ),
    "H7-03": dict(name="LiDFOB additive", aliases=["LiDFOB"], role="cited", refs=[11]),
    "H7-04": dict(name="FEC additive", aliases=["FEC", "fluoroethylene carbonate"], role="cited", refs=[12]),
    "H7-05": dict(name="KPF6 additive", aliases=["KPF6"], role="cited", refs=[13]),
}
F = []


def f(*a):
    F.append(a)


B = []
B.append(
    (
        "Introduction",
        "Carbonate electrolytes are stable at high voltage but let lithium grow as dendrites [1-4]. Additives that "
        "form a protective layer are the cheapest cure [5-10]. We add 0.05 M CsBF4 to a baseline electrolyte of 1 M LiPF6 in "
        "EC/DEC and compare cells with and without CsBF4.",
    )
)
B.append(
    (
        "Results and Discussion",
        "With CsBF4, lithium deposits as dense, rounded grains about 8 µm wide (Figure 2a), while the "
        "baseline electrolyte gives whiskers (Figure 2b). The SEI formed with CsBF4 is rich in LiF and is only 15 nm thick "
        "(Figure S4, Supporting Information).",
    )
)
f("H7-01", "ParticleSize", 8000, "nm", "lithium deposits as dense, rounded grains about 8 µm wide")
f("H7-01", "Thickness", 15, "nm", "The SEI formed with CsBF4 is rich in LiF and is only 15 nm thick")
B.append(
    (
        "",
        "Li||Cu cells with CsBF4 show an average Coulombic efficiency of 97.8% over 200 cycles at 1 mA cm-2, against 89.4% "
        "without it (Figure 3a). In Li||Li cells, the overpotential with CsBF4 stays at 35 mV for 900 h, while the baseline "
        "cell fails at 260 h (Figure 3b). Table 1 compares these results with earlier additives.",
    )
)
f(
    "H7-01",
    "CoulombicEfficiency",
    97.8,
    "%",
    "Li||Cu cells with CsBF4 show an average Coulombic efficiency of 97.8% over 200 cycles at 1 mA cm-2",
)
f(
    "H7-01",
    "CycleNumber",
    200,
    "cycles",
    "Li||Cu cells with CsBF4 show an average Coulombic efficiency of 97.8% over 200 cycles at 1 mA cm-2",
)
f(
    "H7-01",
    "CurrentDensity",
    1,
    "mA cm-2",
    "Li||Cu cells with CsBF4 show an average Coulombic efficiency of 97.8% over 200 cycles at 1 mA cm-2",
)
f("H7-02", "CoulombicEfficiency", 89.4, "%", "against 89.4% without it")
f("H7-02", "CycleNumber", 200, "cycles", "against 89.4% without it")
f("H7-02", "CurrentDensity", 1, "mA cm-2", "against 89.4% without it")
f("H7-01", "Overpotential", 35, "mV", "the overpotential with CsBF4 stays at 35 mV for 900 h")
f("H7-01", "Lifespan", 900, "h", "the overpotential with CsBF4 stays at 35 mV for 900 h")
f("H7-02", "Lifespan", 260, "h", "while the baseline cell fails at 260 h")
B.append(
    (
        "",
        "Li||NCM622 cells with CsBF4 retain 86.7% of their capacity after 300 cycles at 0.5 C, whereas the baseline cells "
        "retain 55.1%.",
    )
)
f(
    "H7-01",
    "CapacityRetention",
    86.7,
    "%",
    "Li||NCM622 cells with CsBF4 retain 86.7% of their capacity after 300 cycles at 0.5 C",
)
f(
    "H7-01",
    "CycleNumber",
    300,
    "cycles",
    "Li||NCM622 cells with CsBF4 retain 86.7% of their capacity after 300 cycles at 0.5 C",
)
f(
    "H7-01",
    "CRate",
    0.5,
    "C",
    "Li||NCM622 cells with CsBF4 retain 86.7% of their capacity after 300 cycles at 0.5 C",
)
f("H7-02", "CapacityRetention", 55.1, "%", "whereas the baseline cells retain 55.1%")
f("H7-02", "CycleNumber", 300, "cycles", "whereas the baseline cells retain 55.1%")
f("H7-02", "CRate", 0.5, "C", "whereas the baseline cells retain 55.1%")
TABLE = r"""\begin{table}[h]\centering\small
\caption{Additives for carbonate electrolytes in Li$\|$Cu cells.}
\begin{tabular}{lccc}\hline
Additive & CE (\%) & Cycles & Ref. \\\hline
LiDFOB & 95.2 & 100 & [11] \\
FEC & 96.0 & 150 & [12] \\
KPF$_6$ & 96.9 & 120 & [13] \\
CsBF$_4$ & 97.8 & 200 & This work \\\hline
\end{tabular}\end{table}"""
f("H7-03", "CoulombicEfficiency", 95.2, "%", "table")
f("H7-03", "CycleNumber", 100, "cycles", "table")
f("H7-04", "CoulombicEfficiency", 96.0, "%", "table")
f("H7-04", "CycleNumber", 150, "cycles", "table")
f("H7-05", "CoulombicEfficiency", 96.9, "%", "table")
f("H7-05", "CycleNumber", 120, "cycles", "table")
B.append(
    (
        "Conclusion",
        "A small amount of CsBF4 turns whisker growth into dense deposits and triples the life of lithium metal cells.",
    )
)
B.append(
    (
        "Experimental Section",
        "Electrolytes were mixed in an argon glove box. Cells were assembled as CR2032 coin cells with "
        "a polyethylene separator.",
    )
)
R = refs(22)


def tex():
    def sub(s):
        return latex(s, ("CsBF4", "LiPF6"))

    o = [
        r"\documentclass{article}\usepackage{mathptmx}\usepackage[T1]{fontenc}\usepackage[margin=25mm]{geometry}",
        r"\title{"
        + sub(title)
        + r"}\author{Ayumi Hoshino and Pieter de Wit}\date{}\begin{document}\maketitle",
        r"\begin{abstract}"
        + sub(
            "Lithium grows as dendrites in carbonate electrolytes. Adding 0.05 M CsBF4 gives dense lithium deposits "
            "and an average Coulombic efficiency of 97.8% over 200 cycles; symmetric cells with the additive run for 900 h, more than three "
            "times as long as without it, and Li||NCM622 cells retain 86.7% of their capacity after 300 cycles."
        )
        + r"\end{abstract}",
    ]
    for h, t in B:
        if h:
            o.append(r"\section{" + h + "}")
        o.append(sub(t))
        if "Table 1 compares" in t:
            o.append(TABLE)
    o.append(r"\begin{thebibliography}{99}")
    for a, _title, j, y, v, p in R:
        o.append(rf"\bibitem{{}} {a}, {j} \textbf{{{y}}}, \textit{{{v}}}, {p}.")
    o.append(r"\end{thebibliography}\end{document}")
    return "\n\n".join(o)


def gold():
    return gold_file(title, S, F, R)
