"""Invented research paper 65: a Wiley (Small)-like paper on three sputtered nitride films on copper that compares the three
in one paragraph by 'while' and 'whereas' ('TiN@Cu keeps …, while VN@Cu holds … and CrN@Cu fails after …'), gives a
design's results after a colon as a list over three cell types in one sentence ('… in every cell we built: symmetric
cells run for …, Li||Cu cells keep …, and full cells retain …'), a from–to change whose first figure is the
control's ('the CE rises from 93.4% on bare Cu to 99.1%'), and Wiley numbered references."""
from invented.common import NAMES, latex
from invented.common import gold as gold_file

title = "Sputtered transition-metal nitride films make copper lithiophilic"
S = {
    "F65-01": dict(name="TiN-coated Cu (TiN@Cu)", aliases=["TiN@Cu", "Li@TiN@Cu", "TiN film", "TiN@Cu electrode"],
                   role="design", cls="ConductiveFramework", sub="MetalBasedFramework"),
    "F65-02": dict(name="VN-coated Cu (VN@Cu)", aliases=["VN@Cu", "Li@VN@Cu", "VN film"], role="design",
                   cls="ConductiveFramework", sub="MetalBasedFramework"),
    "F65-03": dict(name="CrN-coated Cu (CrN@Cu)", aliases=["CrN@Cu", "Li@CrN@Cu", "CrN film"], role="design",
                   cls="ConductiveFramework", sub="MetalBasedFramework"),
    "F65-04": dict(name="bare Cu", aliases=["bare Cu", "Cu", "Li@Cu", "bare Cu foil"], role="control",
                   cls="ConductiveFramework", sub="MetalBasedFramework"),
}
F = []


def f(*a):
    F.append(a)


ABSTRACT = (
    "Transition-metal nitrides conduct electrons and bind lithium. We sputter 50 nm films of TiN, VN and CrN on "
    "copper foil and compare how lithium plates on them. The three films are equally thin and conductive, so they "
    "differ only in how strongly they bind lithium, which sets where lithium nucleates and how densely it grows. "
    "TiN@Cu performs best, with an average Coulombic efficiency of 99.1% over 300 cycles, and it also extends the "
    "life of symmetric and full cells."
)
SECTIONS = [
    ("1. Introduction", "Lithiophilic coatings on copper lower the barrier to lithium nucleation.[1-3] Nitrides are "
     "stable against lithium[4] yet have rarely been compared with one another.[5]"),
    ("2. Results and Discussion",
     "The three films differ most in how lithium nucleates on them. At 0.5 mA cm-2, TiN@Cu needs a nucleation "
     "overpotential of only 11 mV, whereas VN@Cu needs 19 mV and CrN@Cu 34 mV (Figure 2a,b). In Li||Cu cells at "
     "1 mA cm-2 and 1 mA h cm-2, TiN@Cu keeps an average CE of 99.1% for 300 cycles, while VN@Cu holds 98.2% for "
     "210 cycles and CrN@Cu fails after 90 cycles. Bare Cu lasts only 60 cycles."),
    ("", "Compared with bare Cu, the TiN film improves two figures: the CE rises from 93.4% on bare Cu to 99.1%, and "
     "the nucleation overpotential falls from 52 to 11 mV. The TiN film helps in every cell we built: symmetric "
     "Li@TiN@Cu cells run for 1200 h at 1 mA cm-2, Li||Cu cells keep 99.1% for 300 cycles, and Li@TiN@Cu||LFP full "
     "cells retain 94.0% of their capacity after 400 cycles at 1 C."),
    ("3. Conclusion", "Of the nitrides, TiN is the best seed for lithium on copper."),
    ("4. Experimental Section", "Films of 50 nm were sputtered from nitride targets onto 10 um Cu foil. Cells used "
     "1 M LiTFSI in DOL/DME with 1 wt% LiNO3."),
]
for sid in ("F65-01", "F65-02", "F65-03"):
    f(sid, "Thickness", 50, "nm", "We sputter 50 nm films of TiN, VN and CrN")
f("F65-01", "CoulombicEfficiency", 99.1, "%", "abstract")
f("F65-01", "CycleNumber", 300, "cycles", "abstract")
for sid, v in (("F65-01", 11), ("F65-02", 19), ("F65-03", 34)):
    f(sid, "Overpotential", v, "mV", "TiN@Cu needs a nucleation overpotential of only 11 mV, whereas VN@Cu 19 mV, CrN@Cu 34")
    f(sid, "CurrentDensity", 0.5, "mA cm-2", "At 0.5 mA cm-2")
for sid in ("F65-01", "F65-02", "F65-03", "F65-04"):
    f(sid, "CurrentDensity", 1, "mA cm-2", "In Li||Cu cells at 1 mA cm-2 and 1 mA h cm-2")
    f(sid, "ArealCapacity", 1, "mA h cm-2", "In Li||Cu cells at 1 mA cm-2 and 1 mA h cm-2")
f("F65-01", "CoulombicEfficiency", 99.1, "%", "TiN@Cu keeps an average CE of 99.1% for 300 cycles")
f("F65-01", "CycleNumber", 300, "cycles", "for 300 cycles")
f("F65-02", "CoulombicEfficiency", 98.2, "%", "while VN@Cu holds 98.2% for 210 cycles")
f("F65-02", "CycleNumber", 210, "cycles", "while VN@Cu holds 98.2% for 210 cycles")
f("F65-03", "CycleNumber", 90, "cycles", "CrN@Cu fails after 90 cycles")
f("F65-04", "CycleNumber", 60, "cycles", "Bare Cu lasts only 60 cycles")
f("F65-04", "CoulombicEfficiency", 93.4, "%", "the CE rises from 93.4% on bare Cu to 99.1%")
f("F65-01", "CoulombicEfficiency", 99.1, "%", "the CE rises from 93.4% on bare Cu to 99.1%")
f("F65-04", "Overpotential", 52, "mV", "the nucleation overpotential falls from 52 to 11 mV")
f("F65-01", "Overpotential", 11, "mV", "the nucleation overpotential falls from 52 to 11 mV")
f("F65-01", "Lifespan", 1200, "h", "symmetric Li@TiN@Cu cells run for 1200 h at 1 mA cm-2")
f("F65-01", "CurrentDensity", 1, "mA cm-2", "symmetric Li@TiN@Cu cells run for 1200 h at 1 mA cm-2")
f("F65-01", "CoulombicEfficiency", 99.1, "%", "Li||Cu cells keep 99.1% for 300 cycles")
f("F65-01", "CycleNumber", 300, "cycles", "Li||Cu cells keep 99.1% for 300 cycles")
f("F65-01", "CapacityRetention", 94.0, "%", "full cells retain 94.0% of their capacity after 400 cycles at 1 C")
f("F65-01", "CycleNumber", 400, "cycles", "after 400 cycles at 1 C")
f("F65-01", "CRate", 1, "C", "after 400 cycles at 1 C")
for sid in ("F65-01", "F65-02", "F65-03"):
    f(sid, "Thickness", 50, "nm", "Films of 50 nm were sputtered from nitride targets")
R = [(f"{chr(65 + i % 20)}. {NAMES[(i * 7 + 1) % len(NAMES)]}, {chr(68 + i % 14)}. {NAMES[(i * 3 + 9) % len(NAMES)]}",
      f"Nitride study {i}", ["Small", "Adv. Mater.", "Adv. Funct. Mater.", "Adv. Energy Mater."][i % 4],
      2014 + i % 9, str(10 + i), f"{1900000 + 37 * i}") for i in range(1, 6)]


def tex():
    def sub(t):
        t = latex(t, formulas=("LiNO3",)).replace("10 um", "10 $\\mu$m").replace("LFP||", "LFP$\\|$")
        return t.replace("[1-3]", "$^{[1-3]}$").replace("[4]", "$^{[4]}$").replace("[5]", "$^{[5]}$")

    o = [r"\documentclass[10pt]{article}\usepackage{helvet}\renewcommand{\familydefault}{\sfdefault}"
         r"\usepackage[T1]{fontenc}\usepackage[margin=22mm]{geometry}",
         r"\title{" + title + r"}\author{Omar Haddad, Lena Fischer, Kaito Ito}\date{}\begin{document}\maketitle",
         r"\noindent " + sub(ABSTRACT)]
    for h, t in SECTIONS:
        o += ([r"\section*{" + h + "}"] if h else []) + [sub(t)]
    o += [r"\section*{References}", r"{\footnotesize"]
    for k, (a, _t, j, y, v, p) in enumerate(R, 1):
        o.append(rf"\noindent [{k}] {a}, \textit{{{j}}} \textbf{{{y}}}, \textit{{{v}}}, {p}.\par")
    o.append(r"}\end{document}")
    return "\n\n".join(o)


def gold():
    return gold_file(title, S, F, R)
