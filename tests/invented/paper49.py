"""Invented research paper 49: an Elsevier (Chem. Eng. J.)-like paper whose symmetric-cell rate test pairs a list of
figures with a list of current densities ('14, 21, 33 and 57 mV at 0.5, 1, 2 and 4 mA cm−2, respectively'), the
control's list in parentheses after 'those of', approximate figures ('~99.3%', '≈20 mV', 'over 1,000 h', 'more
than 500 cycles'), an LF@Li / bare Li pair, and Elsevier numbered references in square brackets."""
from invented.common import NAMES, latex
from invented.common import gold as gold_file

title = "A lithium fluoride-rich interphase grown in situ from a fluorinated ether vapour stabilizes lithium metal anodes"
S = {
    "F49-01": dict(name="LiF-rich interphase on Li (LF@Li)", aliases=["LF@Li", "LF@Li electrode", "LF@Li anode",
                   "LiF-rich interphase", "treated lithium"], role="design", cls="NanostructuredSEI", sub="ArtificialSEI"),
    "F49-02": dict(name="bare Li", aliases=["bare Li", "bare lithium", "untreated Li", "bare Li foil", "Li foil"],
                   role="control", cls="ConductiveFramework", sub="LithiumBasedFramework"),
}
F = []


def f(*a):
    F.append(a)


ABSTRACT = (
    "Lithium metal reacts with every liquid electrolyte. We expose lithium foil to the vapour of a fluorinated ether at "
    "60 °C, which grows a LiF-rich interphase (LF@Li) about 40 nm thick. Symmetric LF@Li cells run for over 1,000 h at "
    "1 mA cm-2, and the Coulombic efficiency reaches ~99.3%."
)
SECTIONS = [
    ("1. Introduction", "Artificial interphases made of LiF [1-3], Li3N [4] or polymers [5,6] have been reported."),
    ("2. Experimental", "Lithium foil (250 um) was held over the ether in a sealed vessel at 60 °C for 2 h. Symmetric "
     "cells used 40 uL of 1 M LiPF6 in EC/DEC. Li||Cu cells were cycled at 0.5 mA cm-2 with 1 mA h cm-2."),
    ("3. Results and discussion",
     "XPS shows that fluorine makes up about 31 at% of the surface of LF@Li. The overpotentials of the LF@Li symmetric "
     "cells are 14, 21, 33 and 57 mV at 0.5, 1, 2 and 4 mA cm-2, respectively, much lower than those of bare Li (38, 66, "
     "104 and 180 mV). At 1 mA cm-2 with 1 mA h cm-2, LF@Li cells cycle stably for over 1,000 h with a hysteresis of "
     "≈20 mV, while the bare Li cell short-circuits after 210 h. In Li||Cu cells, LF@Li keeps an average Coulombic "
     "efficiency of ~99.3% for more than 500 cycles, against 95.6% for bare Li."),
    ("4. Conclusions", "A vapour-grown fluoride interphase is a simple route to long-lived lithium anodes."),
]
f("F49-01", "Temperature", 60, "°C", "abstract")
f("F49-01", "Thickness", 40, "nm", "abstract")
f("F49-01", "Lifespan", 1000, "h", "abstract")
f("F49-01", "CurrentDensity", 1, "mA cm-2", "abstract")
f("F49-01", "CoulombicEfficiency", 99.3, "%", "abstract")
f("F49-01", "AtomicFraction", 31, "%", "fluorine makes up about 31 at% of the surface of LF@Li")
for v in (14, 21, 33, 57):
    f("F49-01", "Overpotential", v, "mV", "The overpotentials of the LF@Li symmetric cells are 14, 21, 33 and 57 mV")
for v in (38, 66, 104, 180):
    f("F49-02", "Overpotential", v, "mV", "much lower than those of bare Li (38, 66, 104 and 180 mV)")
for sid in ("F49-01", "F49-02"):
    for j in (0.5, 1, 2, 4):
        f(sid, "CurrentDensity", j, "mA cm-2", "at 0.5, 1, 2 and 4 mA cm-2, respectively")
    f(sid, "ArealCapacity", 1, "mA h cm-2", "At 1 mA cm-2 with 1 mA h cm-2")
    f(sid, "ElectrolyteVolume", 40, "uL", "Symmetric cells used 40 uL of 1 M LiPF6 in EC/DEC")
f("F49-01", "Lifespan", 1000, "h", "LF@Li cells cycle stably for over 1,000 h")
f("F49-01", "VoltageHysteresis", 20, "mV", "with a hysteresis of ≈20 mV")
f("F49-02", "Lifespan", 210, "h", "while the bare Li cell short-circuits after 210 h")
f("F49-01", "CoulombicEfficiency", 99.3, "%", "LF@Li keeps an average Coulombic efficiency of ~99.3%")
f("F49-01", "CycleNumber", 500, "cycles", "for more than 500 cycles")
f("F49-02", "CycleNumber", 500, "cycles", "for more than 500 cycles, against 95.6% for bare Li")
for sid in ("F49-01", "F49-02"):
    f(sid, "LithiumFoilThickness", 250000, "nm", "Lithium foil (250 um) was held over the ether")
f("F49-02", "CoulombicEfficiency", 95.6, "%", "against 95.6% for bare Li")
R = [(f"{chr(65 + i % 20)}. {NAMES[(i * 3 + 8) % len(NAMES)]}, {chr(68 + i % 14)}. {NAMES[(i * 13 + 1) % len(NAMES)]}",
      f"Interphase study {i}", ["Chem. Eng. J.", "J. Power Sources", "Energy Storage Mater.", "Nano Energy"][i % 4],
      2014 + i % 10, str(200 + 13 * i), f"{100000 + 977 * i}") for i in range(1, 7)]


def tex():
    def sub(t):
        t = latex(t, formulas=("LiPF6", "Li3N")).replace("250 um", "250 $\\mu$m").replace("40 uL", "40 $\\mu$L")
        t = t.replace("≈", "$\\approx$").replace("~", "$\\sim$").replace("at\\%", "at.\\%")
        return t.replace("[1-3]", "[1--3]")

    o = [r"\documentclass[10pt,twocolumn]{article}\usepackage{times}\usepackage[T1]{fontenc}"
         r"\usepackage[margin=17mm]{geometry}",
         r"\title{" + title + r"}\author{Amara Osei, Lukas Weber, Mei Suzuki}\date{}\begin{document}\maketitle",
         r"\noindent\textbf{Abstract} " + sub(ABSTRACT)]
    for h, t in SECTIONS:
        o += [r"\section*{" + h + "}", sub(t)]
    o += [r"\section*{References}", r"{\footnotesize"]
    for k, (a, t, j, y, v, p) in enumerate(R, 1):
        o.append(rf"\noindent [{k}] {a}, {t}, {j} {v} ({y}) {p}.\par")
    o.append(r"}\end{document}")
    return "\n\n".join(o)


def gold():
    return gold_file(title, S, F, R)
