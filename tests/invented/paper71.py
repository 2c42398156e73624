"""Invented research paper 71: a host described as a precursor and as its lithiated product ('SnO2@CC' before
lithiation, 'the lithiated host' and 'LixSn@CC' after it; one design), particle sizes 'before' and 'after lithiation',
properties defined by a symbol and then used by the symbol alone ('The nucleation overpotential (ηn) …; ηn is 7 mV',
'The exchange current density (j0) …'), a bare carbon cloth and a bare lithium foil as controls, a cited host in the
discussion, and RSC-like references."""
from invented.common import NAMES, latex
from invented.common import gold as gold_file

title = "Tin oxide seeds on carbon cloth turn into a lithiophilic alloy host on first lithiation"
S = {
    "T71-01": dict(name="SnO2 nanoparticles on carbon cloth, lithiated (LixSn@CC)", aliases=[
        "SnO2@CC", "LixSn@CC", "lithiated host", "the lithiated host", "lithiated SnO2@CC", "Li/LixSn@CC",
        "Li/LixSn@CC||LFP", "SnO2@CC electrode"], role="design", cls="ConductiveFramework",
        sub="CarbonBasedFramework"),
    "T71-02": dict(name="bare carbon cloth (CC)", aliases=["CC", "bare CC", "carbon cloth", "bare carbon cloth",
                   "Li/CC"], role="control", cls="ConductiveFramework", sub="CarbonBasedFramework"),
    "T71-03": dict(name="bare Li foil", aliases=["bare Li foil", "Li foil", "bare Li", "Li||LFP"], role="control",
                   cls="ConductiveFramework", sub="LithiumBasedFramework"),
    "T71-04": dict(name="ZnO-coated carbon cloth", aliases=["ZnO-coated carbon cloth"], role="cited",
                   cls="ConductiveFramework", sub="CarbonBasedFramework", refs=[9]),
}
F = []


def f(*a):
    F.append(a)


FORMULAS = ("SnO2", "Li2O", "LiNO3")
ABSTRACT = (
    "Lithiophilic seeds guide lithium into carbon hosts, but most are noble metals. We grow SnO2 nanoparticles on "
    "carbon cloth (SnO2@CC); on the first lithiation they convert into a Li-Sn alloy in a Li2O matrix (LixSn@CC). "
    "The lithiated host lowers the nucleation overpotential to 7 mV and cycles for 1800 h."
)
INTRO = (
    "Carbon cloth is a flexible and conductive host for lithium [1-3], but lithium nucleates on it unevenly [4]. Metal "
    "and metal oxide seeds such as Au, Ag, ZnO and SnO2 lower the nucleation barrier [5-9]."
)
METHODS = (
    "SnO2 nanoparticles were grown on carbon cloth by a hydrothermal reaction of SnCl4 and urea, and the cloth was "
    "annealed in argon. Li||host cells were assembled with 1 M LiTFSI in DOL/DME containing 1 wt% LiNO3 and "
    "discharged to 0 V at 0.05 mA cm-2 to lithiate the host."
)
RESULTS = [
    "Before lithiation, the SnO2 particles are 8 nm across, and SnO2@CC has a specific surface area of 46 m2 g-1 "
    "(Fig. 1c). After lithiation, the particles swell to about 14 nm and no SnO2 reflections remain (Fig. 1e).",
    "The nucleation overpotential (ηn) was read from the first plating at 0.5 mA cm-2. For the lithiated host, ηn is "
    "7 mV, whereas for bare CC it is 36 mV (Fig. 2a).",
    "The exchange current density (j0) was derived from Tafel plots of symmetric cells. j0 is 1.9 mA cm-2 for LixSn@CC "
    "and 0.4 mA cm-2 for CC (Fig. 2b).",
    "In Li||host cells at 1 mA cm-2 and 1 mA h cm-2, the lithiated host keeps an average Coulombic efficiency of 99.0% "
    "over 400 cycles, whereas CC drops to 85.0% after 150 cycles (Fig. 2d). The CE of LixSn@CC is also higher than "
    "that of the ZnO-coated carbon cloth (98.1%) [9].",
    "Li/LixSn@CC electrodes, made by plating 10 mA h cm-2 of lithium into the host, run in symmetric cells for 1800 h "
    "at 1 mA cm-2 and 1 mA h cm-2 with an overpotential of 11 mV, compared with 210 h for bare Li foil (Fig. 3a).",
    "Paired with LFP, the Li/LixSn@CC||LFP cell retains 92.6% of its capacity after 600 cycles at 2 C, and the Li||LFP "
    "cell only 55.8% (Fig. 4c).",
]
f("T71-01", "ParticleSize", 8, "nm", "Before lithiation, the SnO2 particles are 8 nm across")
f("T71-01", "SpecificSurfaceArea", 46, "m2 g-1", "SnO2@CC has a specific surface area of 46 m2 g-1")
f("T71-01", "ParticleSize", 14, "nm", "After lithiation, the particles swell to about 14 nm")
for sid in ("T71-01", "T71-02"):
    f(sid, "CurrentDensity", 0.5, "mA cm-2", "read from the first plating at 0.5 mA cm-2")
f("T71-01", "Overpotential", 7, "mV", "For the lithiated host, ηn is 7 mV")
f("T71-02", "Overpotential", 36, "mV", "whereas for bare CC it is 36 mV")
f("T71-01", "ExchangeCurrentDensity", 1.9, "mA cm-2", "j0 is 1.9 mA cm-2 for LixSn@CC")
f("T71-02", "ExchangeCurrentDensity", 0.4, "mA cm-2", "and 0.4 mA cm-2 for CC")
for sid in ("T71-01", "T71-02"):
    f(sid, "CurrentDensity", 1, "mA cm-2", "In Li||host cells at 1 mA cm-2 and 1 mA h cm-2")
    f(sid, "ArealCapacity", 1, "mA h cm-2", "In Li||host cells at 1 mA cm-2 and 1 mA h cm-2")
f("T71-01", "CoulombicEfficiency", 99.0, "%", "the lithiated host keeps an average Coulombic efficiency of 99.0%")
f("T71-01", "CycleNumber", 400, "cycles", "over 400 cycles")
f("T71-02", "CoulombicEfficiency", 85.0, "%", "whereas CC drops to 85.0% after 150 cycles")
f("T71-02", "CycleNumber", 150, "cycles", "whereas CC drops to 85.0% after 150 cycles")
f("T71-04", "CoulombicEfficiency", 98.1, "%", "that of the ZnO-coated carbon cloth (98.1%) [9]")
f("T71-01", "ArealCapacity", 10, "mA h cm-2", "made by plating 10 mA h cm-2 of lithium into the host")
for sid in ("T71-01", "T71-03"):
    f(sid, "CurrentDensity", 1, "mA cm-2", "run in symmetric cells for 1800 h at 1 mA cm-2 and 1 mA h cm-2")
    f(sid, "ArealCapacity", 1, "mA h cm-2", "run in symmetric cells for 1800 h at 1 mA cm-2 and 1 mA h cm-2")
f("T71-01", "Lifespan", 1800, "h", "run in symmetric cells for 1800 h")
f("T71-01", "Overpotential", 11, "mV", "with an overpotential of 11 mV")
f("T71-03", "Lifespan", 210, "h", "compared with 210 h for bare Li foil")
f("T71-01", "CapacityRetention", 92.6, "%", "the Li/LixSn@CC||LFP cell retains 92.6% of its capacity after 600 cycles")
f("T71-03", "CapacityRetention", 55.8, "%", "and the Li||LFP cell only 55.8%")
for sid in ("T71-01", "T71-03"):
    f(sid, "CycleNumber", 600, "cycles", "retains 92.6% of its capacity after 600 cycles at 2 C")
    f(sid, "CRate", 2, "C", "retains 92.6% of its capacity after 600 cycles at 2 C")
CONCLUSION = ("SnO2 seeds on carbon cloth become a Li-Sn alloy on first lithiation. The lithiated host nucleates lithium "
              "at 7 mV and keeps a CE of 99.0% for 400 cycles.")
R = [(f"{chr(65 + i % 20)}. {NAMES[(i * 3 + 7) % len(NAMES)]} and {chr(71 + i % 11)}. "
      f"{NAMES[(i * 13 + 1) % len(NAMES)]}", "", ["J. Mater. Chem. A", "Energy Environ. Sci.", "Chem. Sci.",
                                                 "Nanoscale"][i % 4], 2015 + i % 9, str(3 + i), f"{4100 + 57 * i}")
     for i in range(1, 10)]


def tex():
    def sub(t):
        t = latex(t, formulas=FORMULAS).replace("[1-3]", "[1--3]").replace("[5-9]", "[5--9]")
        t = t.replace("LixSn", r"Li$_x$Sn").replace("SnCl4", r"SnCl$_4$").replace("ηn", r"$\eta_{\mathrm{n}}$")
        return t.replace("j0", "$j_0$").replace("||", "$\\|$")

    o = [r"\documentclass[10pt,twocolumn]{article}\usepackage{lmodern}\usepackage[T1]{fontenc}"
         r"\usepackage[margin=18mm]{geometry}",
         r"\title{" + title + r"}\author{Ravi Khan, Ingrid Olsen and Paulo Mendes}\date{}\begin{document}\maketitle",
         r"\noindent\textbf{Abstract} " + sub(ABSTRACT), r"\section*{Introduction}", sub(INTRO),
         r"\section*{Experimental}", sub(METHODS), r"\section*{Results and discussion}"]
    o += [sub(t) for t in RESULTS]
    o += [r"\section*{Conclusions}", sub(CONCLUSION), r"\section*{References}", r"{\small"]
    for k, (a, _, j, y, v, p) in enumerate(R, 1):
        o.append(rf"\noindent {k} {a}, \textit{{{j}}}, {y}, \textbf{{{v}}}, {p}.\par")
    o.append(r"}\end{document}")
    return "\n\n".join(o)


def gold():
    return gold_file(title, S, F, R)
