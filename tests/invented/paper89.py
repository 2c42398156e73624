"""Invented research paper 89: an Advanced Functional Materials-like host paper by a group that writes approximate
figures with '≈' before each ('≈99.0%', '≈8 mV vs ≈32 mV for CNF'), 'vs' without a full stop, test conditions after an
'@' ('800 h @ 2 mA cm−2'), a 'respectively' over the cycles two controls last before their efficiencies 'start to
fluctuate', a figure-panel range 'Figure 4a–c', and a fading rate 'of only 0.012% per cycle'."""
from invented.common import NAMES, latex
from invented.common import gold as gold_file

title = "Silver-decorated carbon nanofiber skeletons guide uniform lithium deposition"
S = {
    "F89-01": dict(name="silver-decorated carbon nanofiber skeleton (Ag@CNF)", aliases=["Ag@CNF", "Ag@CNF skeleton",
                   "Ag@CNF electrode", "Li@Ag@CNF", "silver-decorated carbon nanofiber skeleton"], role="design",
                   cls="ConductiveFramework", sub="CarbonBasedFramework"),
    "F89-02": dict(name="carbon nanofiber skeleton (CNF)", aliases=["CNF", "CNF skeleton", "pristine CNF",
                   "Li@CNF", "CNF electrode", "carbon nanofiber skeletons", "Electrospun carbon nanofiber skeletons"], role="control", cls="ConductiveFramework", sub="CarbonBasedFramework"),
    "F89-03": dict(name="planar Cu foil", aliases=["Cu", "Cu foil", "planar Cu", "bare Cu", "Li@Cu",
                   "Bare Cu foil", "bare Cu foil"], role="control",
                   cls="ConductiveFramework", sub="MetalBasedFramework"),
}
F = []


def f(*a):
    F.append(a)


ABSTRACT = ("Lithiophilic sites make carbon skeletons take lithium evenly. Silver nanoparticles on carbon nanofibers "
            "(Ag@CNF) lower the nucleation barrier of lithium and keep a high Coulombic efficiency for 500 cycles.")
METHODS = ("Electrospun carbon nanofiber skeletons (CNF) were soaked in AgNO3 solution and reduced to give Ag@CNF. "
           "Bare Cu foil served as the planar control.")
RESULTS = [
    "The silver particles are ≈15 nm across and the skeleton has a porosity of ≈85%. As shown in Figure 3a–c, "
    "Ag@CNF shows the lowest nucleation overpotential (≈8 mV vs ≈32 mV for CNF and ≈65 mV for Cu).",
    "A high CE of ≈99.0% is kept for Ag@CNF even after 500 cycles @ 1 mA cm-2, 1 mA h cm-2, whereas the CEs of CNF and "
    "Cu start to fluctuate after 150 and 50 cycles, respectively.",
    "Symmetric Li@Ag@CNF cells run for 800 h @ 2 mA cm-2 with a hysteresis of ≈18 mV (Figure 4a–c).",
    "Paired with LiFePO4 of ≈10 mg cm-2, the Li@Ag@CNF full cell keeps 94.0% of its capacity after 500 cycles at "
    "1 C, a fading rate of only 0.012% per cycle.",
]
f("F89-01", "ParticleSize", 15, "nm", "The silver particles are ≈15 nm across")
f("F89-01", "Porosity", 85, "%", "the skeleton has a porosity of ≈85%")
f("F89-01", "Overpotential", 8, "mV", "(≈8 mV vs ≈32 mV for CNF and ≈65 mV for Cu)")
f("F89-02", "Overpotential", 32, "mV", "(≈8 mV vs ≈32 mV for CNF and ≈65 mV for Cu)")
f("F89-03", "Overpotential", 65, "mV", "(≈8 mV vs ≈32 mV for CNF and ≈65 mV for Cu)")
f("F89-01", "CoulombicEfficiency", 99.0, "%", "A high CE of ≈99.0% is kept for Ag@CNF")
for sid in ("F89-01", "F89-02", "F89-03"):
    f(sid, "CurrentDensity", 1, "mA cm-2", "after 500 cycles @ 1 mA cm-2, 1 mA h cm-2")
    f(sid, "ArealCapacity", 1, "mA h cm-2", "after 500 cycles @ 1 mA cm-2, 1 mA h cm-2")
f("F89-01", "CycleNumber", 500, "cycles", "even after 500 cycles @ 1 mA cm-2")
f("F89-02", "CycleNumber", 150, "cycles", "start to fluctuate after 150 and 50 cycles, respectively")
f("F89-03", "CycleNumber", 50, "cycles", "start to fluctuate after 150 and 50 cycles, respectively")
f("F89-01", "Lifespan", 800, "h", "Symmetric Li@Ag@CNF cells run for 800 h @ 2 mA cm-2")
f("F89-01", "CurrentDensity", 2, "mA cm-2", "800 h @ 2 mA cm-2")
f("F89-01", "VoltageHysteresis", 18, "mV", "with a hysteresis of ≈18 mV")
f("F89-01", "ArealMassLoading", 10, "mg cm-2", "Paired with LiFePO4 of ≈10 mg cm-2")
f("F89-01", "CapacityRetention", 94.0, "%", "keeps 94.0% of its capacity after 500 cycles at 1 C")
f("F89-01", "CycleNumber", 500, "cycles", "after 500 cycles at 1 C")
f("F89-01", "CRate", 1, "C", "after 500 cycles at 1 C")
f("F89-01", "CapacityDecayRate", 0.012, "%", "a fading rate of only 0.012% per cycle")
R = [(f"{chr(67 + i % 17)}. {NAMES[(i * 19 + 4) % len(NAMES)]}, {chr(74 + i % 11)}. {NAMES[(i * 23 + 9) % len(NAMES)]}",
      f"Lithiophilic skeleton study {i}", ["Adv. Funct. Mater.", "Adv. Energy Mater.", "Small"][i % 3],
      2015 + i % 8, str(24 + i), f"{1900000 + 4321 * i}") for i in range(1, 5)]


def tex():
    def sub(t):
        t = latex(t, formulas=("LiFePO4", "AgNO3")).replace("≈", "$\\approx$")
        return t.replace("@", "@").replace("3a–c", "3a--c").replace("4a–c", "4a--c")

    o = [r"\documentclass[10pt,twocolumn]{article}\usepackage{mathptmx}\usepackage[T1]{fontenc}"
         r"\usepackage[margin=18mm]{geometry}",
         r"\title{\bfseries " + title + r"}\author{Wei Zhang, Hao Li and Jun Chen}\date{}\begin{document}\maketitle",
         r"\begin{abstract}" + sub(ABSTRACT) + r"\end{abstract}",
         r"\section{Introduction}Carbon skeletons host lithium [1,2], and lithiophilic seeds help it wet them [3,4].",
         r"\section{Experimental Section}" + sub(METHODS),
         r"\section{Results and Discussion}" + "\n\n".join(sub(p) for p in RESULTS),
         r"\section{Conclusion}Silver seeds make carbon skeletons take lithium evenly.",
         r"\section*{References}", r"{\small"]
    for k, (a, _t, j, y, v, p) in enumerate(R, 1):
        o.append(rf"\noindent [{k}] {a}, {j} \textbf{{{y}}}, {v}, {p}.\par")
    o.append(r"}\end{document}")
    return "\n\n".join(o)


def gold():
    return gold_file(title, S, F, R)
