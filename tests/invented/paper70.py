"""Invented research paper 70: a separator paper whose control is a commercial product named by its trade name
('Celgard 2400', 'the pristine Celgard 2400', 'cells with Celgard 2400'), cited separators compared inside results
sentences ('higher than that of the Al2O3-coated separator of Moreau et al. (97.4%) [15]'), panel letters that point
to another figure's panel ('measured as in Fig. 2c'), 'more than twice that of', and Wiley-like numbered references
in square brackets."""
from invented.common import NAMES, latex
from invented.common import gold as gold_file

title = "Vermiculite nanosheet coatings make commercial polypropylene separators lithium-ion selective"
S = {
    "V70-01": dict(name="vermiculite nanosheet-coated Celgard 2400 (VS@C)", aliases=[
        "VS@C", "VS@C separator", "vermiculite nanosheet-coated Celgard 2400", "vermiculite-coated separator",
        "Li|VS@C|Li", "coated separator", "the coated separator"], role="design", cls="NonConductiveFramework",
        sub="FunctionalSeparator"),
    "V70-02": dict(name="Celgard 2400", aliases=["Celgard 2400", "pristine Celgard 2400", "the pristine Celgard 2400",
                   "Celgard", "PP separator", "bare PP separator"], role="control", cls="NonConductiveFramework",
                   sub="FunctionalSeparator"),
    "V70-03": dict(name="Al2O3-coated separator", aliases=["Al2O3-coated separator"], role="cited",
                   cls="NonConductiveFramework", sub="FunctionalSeparator", refs=[15]),
    "V70-04": dict(name="MXene-coated separator", aliases=["MXene-coated separator"], role="cited",
                   cls="NonConductiveFramework", sub="FunctionalSeparator", refs=[16]),
}
F = []


def f(*a):
    F.append(a)


ABSTRACT = (
    "Polyolefin separators let lithium ions and anions pass alike, and their pores channel lithium into dendrites. "
    "We coat a commercial polypropylene separator with negatively charged vermiculite nanosheets. The coating doubles "
    "the ionic conductivity and raises the lithium-ion transference number to 0.61."
)
INTRO = (
    "Functional separators regulate the lithium-ion flux at the anode [1-5]. Ceramic coatings improve wetting and "
    "thermal stability [6-9], and two-dimensional nanosheets can sieve anions [10-14]. Coatings of Al2O3 [15] and "
    "MXene [16] have raised the Coulombic efficiency of lithium plating."
)
METHODS = (
    "Vermiculite was exfoliated in lithium chloride solution and the nanosheets were filtered onto Celgard 2400 "
    "(25 µm, polypropylene); the coated separator is denoted VS@C. Li||Cu and Li|separator|Li cells were assembled with 1 M LiPF6 in EC/DEC."
)
RESULTS = [
    "The electrolyte uptake of VS@C is 212%, compared with 96% for Celgard 2400 (Fig. 1e).",
    "VS@C shows an ionic conductivity of 0.92 mS cm-1, more than twice that of the pristine Celgard 2400 "
    "(0.41 mS cm-1) (Fig. 2a). Its Li+ transference number is 0.61 (Fig. 2c). The transference number of Celgard 2400, "
    "measured as in Fig. 2c, is only 0.33.",
    "Li||Cu cells with VS@C keep an average Coulombic efficiency of 98.6% over 250 cycles at 0.5 mA cm-2 and "
    "1 mA h cm-2 (Fig. 3a). This CE is higher than that of the Al2O3-coated separator of Moreau et al. (97.4%) [15] "
    "and close to that of the MXene-coated separator (98.5%) [16]. Cells with Celgard 2400 fall to 84.3% after 90 "
    "cycles (Fig. 3b).",
    "Symmetric Li|VS@C|Li cells cycle for 1100 h at 1 mA cm-2 and 1 mA h cm-2, whereas cells with Celgard 2400 fail "
    "after 230 h, their voltage rising abruptly as in Fig. 3b (Fig. 4a).",
    "After heating at 150 °C for 30 min, Celgard 2400 shrinks by 48%, while VS@C shrinks by only 6% (Fig. 4d).",
    "LFP||Li full cells with VS@C retain 89.7% of their capacity after 300 cycles at 1 C (Fig. 5b), against 67.5% "
    "with Celgard 2400 (Fig. 5c).",
]
f("V70-01", "ElectrolyteUptake", 212, "%", "The electrolyte uptake of VS@C is 212%")
f("V70-02", "ElectrolyteUptake", 96, "%", "compared with 96% for Celgard 2400")
f("V70-01", "IonicConductivity", 0.92, "mS cm-1", "VS@C shows an ionic conductivity of 0.92 mS cm-1")
f("V70-02", "IonicConductivity", 0.41, "mS cm-1", "the pristine Celgard 2400 (0.41 mS cm-1)")
f("V70-01", "LithiumTransferenceNumber", 0.61, "", "Its Li+ transference number is 0.61")
f("V70-02", "LithiumTransferenceNumber", 0.33, "", "The transference number of Celgard 2400, measured as in Fig. 2c, is only 0.33")
f("V70-01", "CoulombicEfficiency", 98.6, "%", "Li||Cu cells with VS@C keep an average Coulombic efficiency of 98.6%")
f("V70-01", "CycleNumber", 250, "cycles", "over 250 cycles at 0.5 mA cm-2 and 1 mA h cm-2")
for sid in ("V70-01", "V70-02"):
    f(sid, "CurrentDensity", 0.5, "mA cm-2", "over 250 cycles at 0.5 mA cm-2 and 1 mA h cm-2")
    f(sid, "ArealCapacity", 1, "mA h cm-2", "over 250 cycles at 0.5 mA cm-2 and 1 mA h cm-2")
f("V70-03", "CoulombicEfficiency", 97.4, "%", "the Al2O3-coated separator of Moreau et al. (97.4%) [15]")
f("V70-04", "CoulombicEfficiency", 98.5, "%", "close to that of the MXene-coated separator (98.5%) [16]")
f("V70-02", "CoulombicEfficiency", 84.3, "%", "Cells with Celgard 2400 fall to 84.3% after 90 cycles")
f("V70-02", "CycleNumber", 90, "cycles", "Cells with Celgard 2400 fall to 84.3% after 90 cycles")
for sid in ("V70-01", "V70-02"):
    f(sid, "CurrentDensity", 1, "mA cm-2", "Symmetric Li|VS@C|Li cells cycle for 1100 h at 1 mA cm-2 and 1 mA h cm-2")
f("V70-01", "Lifespan", 1100, "h", "Symmetric Li|VS@C|Li cells cycle for 1100 h")
f("V70-02", "Lifespan", 230, "h", "whereas cells with Celgard 2400 fail after 230 h")
for sid in ("V70-01", "V70-02"):
    f(sid, "Temperature", 150, "degC", "After heating at 150 °C for 30 min")
f("V70-02", "ThermalShrinkage", 48, "%", "Celgard 2400 shrinks by 48%")
f("V70-01", "ThermalShrinkage", 6, "%", "while VS@C shrinks by only 6%")
f("V70-01", "CapacityRetention", 89.7, "%", "LFP||Li full cells with VS@C retain 89.7% of their capacity after 300 cycles")
f("V70-02", "CapacityRetention", 67.5, "%", "against 67.5% with Celgard 2400")
for sid in ("V70-01", "V70-02"):
    f(sid, "CycleNumber", 300, "cycles", "retain 89.7% of their capacity after 300 cycles at 1 C")
    f(sid, "CRate", 1, "C", "retain 89.7% of their capacity after 300 cycles at 1 C")
CONCLUSION = ("Vermiculite nanosheets turn Celgard 2400 into a lithium-ion selective separator: VS@C doubles the ionic "
              "conductivity and lets symmetric cells run for 1100 h.")
R = [(f"{chr(65 + i % 20)}. {NAMES[(i * 5 + 9) % len(NAMES)]}, {chr(67 + i % 15)}. {NAMES[(i * 11 + 4) % len(NAMES)]}",
      "", ["Adv. Mater.", "Adv. Energy Mater.", "Angew. Chem. Int. Ed.", "Small"][i % 4], 2014 + i % 10,
      str(20 + i), f"{1900000 + 1013 * i}") for i in range(1, 19)]
R[14] = (f"{R[14][0].split(',')[0].rsplit(' ', 1)[0]} Moreau, {R[14][0].split(', ')[1]}",) + R[14][1:]


def tex():
    def sub(t):
        t = latex(t, formulas=("Al2O3", "LiPF6")).replace("[1-5]", "[1--5]").replace("[6-9]", "[6--9]")
        return t.replace("[10-14]", "[10--14]").replace("Li+", "Li$^+$").replace("||", "$\\|$")

    o = [r"\documentclass[10pt,twocolumn]{article}\usepackage{mathptmx}\usepackage[T1]{fontenc}"
         r"\usepackage[margin=18mm]{geometry}",
         r"\title{" + title + r"}\author{Lena Fischer, Omar Haddad, Sofia Costa}\date{}\begin{document}\maketitle",
         r"\noindent\textbf{Abstract:} " + sub(ABSTRACT), r"\section{Introduction}", sub(INTRO),
         r"\section{Experimental Section}", sub(METHODS), r"\section{Results and Discussion}"]
    o += [sub(t) for t in RESULTS]
    o += [r"\section{Conclusion}", sub(CONCLUSION), r"\section*{References}", r"{\small"]
    for k, (a, _, j, y, v, p) in enumerate(R, 1):
        o.append(rf"\noindent [{k}] {a}, \textit{{{j}}} \textbf{{{y}}}, \textit{{{v}}}, {p}.\par")
    o.append(r"}\end{document}")
    return "\n\n".join(o)


def gold():
    return gold_file(title, S, F, R)
