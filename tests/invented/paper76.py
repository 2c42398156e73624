"""Invented research paper 76: results under numbered subheadings that name the arm they are about ('3.2 Symmetric
cells of ZA@CC'), whose sentences then name no arm ('The cells ran for 950 h at 2 mA cm−2'); the control's results
under a subheading of its own ('3.3 The bare carbon cloth control'); a design code with '@' ('ZA@CC': zinc–aluminium
alloy particles on carbon cloth)."""
from invented.common import NAMES, latex
from invented.common import gold as gold_file

title = "Zinc–aluminium alloy particles on carbon cloth as a lithiophilic host"
S = {
    "F76-01": dict(name="zinc-aluminium alloy particles on carbon cloth (ZA@CC)", aliases=["ZA@CC", "ZA@CC host",
                   "ZA@CC electrode"], role="design", cls="ConductiveFramework", sub="CarbonBasedFramework"),
    "F76-02": dict(name="bare carbon cloth", aliases=["bare carbon cloth", "bare CC", "CC", "carbon cloth"],
                   role="control", cls="ConductiveFramework", sub="CarbonBasedFramework"),
}
F = []


def f(*a):
    F.append(a)


ABSTRACT = ("Zinc–aluminium alloy particles sputtered on carbon cloth (ZA@CC) alloy with lithium and seed its "
            "growth inside the cloth. We test ZA@CC against bare carbon cloth.")
SECTIONS = [
    ("1 Introduction", "Carbon cloth is a light host, but lithium nucleates on it unevenly [1,2]. Alloy seeds help [3]."),
    ("2 Experimental", "Alloy particles were sputtered on carbon cloth for 5 min. Cells used 1 M LiTFSI in DOL/DME "
     "with 2 wt% LiNO3."),
    ("3 Results", ""),
    ("3.1 Plating on ZA@CC", "The nucleation overpotential is only 7 mV. Over 400 cycles at 1 mA cm-2 the average "
     "Coulombic efficiency stays at 98.9%."),
    ("3.2 Symmetric cells of ZA@CC", "The cells ran for 950 h at 2 mA cm-2 with a hysteresis of 16 mV."),
    ("3.3 The bare carbon cloth control", "Here the nucleation overpotential is 41 mV, and the symmetric cells "
     "short-circuited after 180 h at 2 mA cm-2."),
    ("4 Conclusions", "Alloy seeds turn carbon cloth into a host that holds lithium inside."),
]
f("F76-01", "Overpotential", 7, "mV", "The nucleation overpotential is only 7 mV")
f("F76-01", "CycleNumber", 400, "cycles", "Over 400 cycles at 1 mA cm-2")
f("F76-01", "CurrentDensity", 1, "mA cm-2", "Over 400 cycles at 1 mA cm-2")
f("F76-01", "CoulombicEfficiency", 98.9, "%", "the average Coulombic efficiency stays at 98.9%")
f("F76-01", "Lifespan", 950, "h", "The cells ran for 950 h at 2 mA cm-2")
f("F76-01", "CurrentDensity", 2, "mA cm-2", "The cells ran for 950 h at 2 mA cm-2")
f("F76-01", "VoltageHysteresis", 16, "mV", "with a hysteresis of 16 mV")
f("F76-02", "Overpotential", 41, "mV", "Here the nucleation overpotential is 41 mV")
f("F76-02", "Lifespan", 180, "h", "short-circuited after 180 h at 2 mA cm-2")
f("F76-02", "CurrentDensity", 2, "mA cm-2", "short-circuited after 180 h at 2 mA cm-2")
R = [(f"{chr(66 + i % 18)}. {NAMES[(i * 29 + 3) % len(NAMES)]}, {chr(73 + i % 10)}. {NAMES[(i * 31 + 7) % len(NAMES)]}",
      f"Carbon cloth host study {i}", ["Carbon", "J. Power Sources", "Electrochim. Acta"][i % 3], 2015 + i % 9,
      str(40 + i), f"{120 + 19 * i}") for i in range(1, 4)]


def tex():
    def sub(t):
        return latex(t, formulas=("LiNO3",))

    o = [r"\documentclass[11pt]{article}\usepackage{times}\usepackage[T1]{fontenc}\usepackage[margin=24mm]{geometry}",
         r"\title{\bfseries " + title + r"}\author{Pia Larsen and Kenji Suzuki}\date{}\begin{document}\maketitle",
         r"\begin{abstract}" + sub(ABSTRACT) + r"\end{abstract}"]
    for h, t in SECTIONS:
        cmd = "subsection*" if "." in h.split()[0] else "section*"
        o += [rf"\{cmd}{{{h}}}", sub(t)]
    o += [r"\section*{References}", r"{\small"]
    for k, (a, _t, j, y, v, p) in enumerate(R, 1):
        o.append(rf"\noindent {k}. {a}, {_t}, {j} {v} ({y}) {p}.\par")
    o.append(r"}\end{document}")
    return "\n\n".join(o)


def gold():
    return gold_file(title, S, F, R)
