"""Invented research paper 72: an electrochemistry-heavy paper in the manner of an electrochemistry journal: the
interface compared by impedance ('The Rct of Li@MCF (14.2 Ω) is far lower than that of bare Li (96.5 Ω)'), an
exchange current density from Tafel plots, activation energies from Arrhenius fits written with their symbol
('Ea = 38.4 kJ mol−1'), a rate test listed without 'respectively' ('… delivers 151, 143, 131 and 112 mA h g−1 at
0.5, 1, 2 and 5 C'), and a full cell against LiFePO4 whose control is bare Li."""
from invented.common import NAMES, latex
from invented.common import gold as gold_file

title = "A MOF-derived carbon framework that lowers the interfacial resistance of lithium metal anodes"
S = {
    "F72-01": dict(name="Li in MOF-derived carbon framework (Li@MCF)", aliases=["Li@MCF", "Li@MCF electrode",
                   "Li@MCF anode"], role="design", cls="ConductiveFramework", sub="CarbonBasedFramework"),
    "F72-02": dict(name="bare Li", aliases=["bare Li", "bare Li foil", "Li foil"], role="control",
                   cls="ConductiveFramework", sub="LithiumBasedFramework"),
}
F = []


def f(*a):
    F.append(a)


ABSTRACT = (
    "Metal–organic frameworks pyrolysed in argon leave nitrogen-doped carbon frameworks (MCF) full of lithiophilic "
    "sites. Molten lithium infused into the framework gives a composite anode, Li@MCF, whose interface with the "
    "electrolyte resists charge transfer far less than bare Li does."
)
SECTIONS = [
    ("1. Introduction", "The resistance of the interface between lithium and its electrolyte decides how fast a "
     "lithium anode can be charged [1,2]. Carbon frameworks lower the local current density [3]."),
    ("2. Experimental", "ZIF-8 crystals were pyrolysed at 900 °C for 2 h in argon to give MCF. Molten lithium was "
     "infused into MCF at 300 °C. Symmetric cells and Li||LiFePO4 cells were assembled in CR2032 cases with "
     "1 M LiPF6 in EC/DEC. Impedance spectra were recorded from 100 kHz to 0.1 Hz."),
    ("3. Results and discussion",
     "The Rct of Li@MCF (14.2 Ω) is far lower than that of bare Li (96.5 Ω) after ten cycles. Tafel plots give an "
     "exchange current density of 0.86 mA cm-2 for Li@MCF and 0.21 mA cm-2 for bare Li. From the Arrhenius plots, "
     "Ea = 38.4 kJ mol-1 for Li@MCF against 61.7 kJ mol-1 for bare Li. Symmetric Li@MCF cells cycled stably for "
     "900 h at 3 mA cm-2, whereas bare Li failed after 160 h. In Li||LiFePO4 cells, Li@MCF delivers 151, 143, 131 "
     "and 112 mA h g-1 at 0.5, 1, 2 and 5 C. After 400 cycles at 1 C, the Li@MCF full cell keeps 92.8% of its "
     "capacity, against 61.3% for bare Li."),
    ("4. Conclusions", "Lowering the charge-transfer resistance lets a lithium anode run at high current."),
]
f("F72-01", "ChargeTransferResistance", 14.2, "Ω", "The Rct of Li@MCF (14.2 Ω)")
f("F72-02", "ChargeTransferResistance", 96.5, "Ω", "than that of bare Li (96.5 Ω)")
f("F72-01", "ExchangeCurrentDensity", 0.86, "mA cm-2", "exchange current density of 0.86 mA cm-2 for Li@MCF")
f("F72-02", "ExchangeCurrentDensity", 0.21, "mA cm-2", "0.21 mA cm-2 for bare Li")
f("F72-01", "ActivationEnergy", 0.398, "eV", "Ea = 38.4 kJ mol-1 for Li@MCF")
f("F72-02", "ActivationEnergy", 0.6395, "eV", "61.7 kJ mol-1 for bare Li")
f("F72-01", "Lifespan", 900, "h", "cycled stably for 900 h at 3 mA cm-2")
f("F72-01", "CurrentDensity", 3, "mA cm-2", "for 900 h at 3 mA cm-2")
f("F72-02", "Lifespan", 160, "h", "bare Li failed after 160 h")
f("F72-02", "CurrentDensity", 3, "mA cm-2", "for 900 h at 3 mA cm-2, whereas bare Li failed after 160 h")
for cap, rate in ((151, 0.5), (143, 1), (131, 2), (112, 5)):
    f("F72-01", "SpecificCapacity", cap, "mA h g-1", "delivers 151, 143, 131 and 112 mA h g-1")
    f("F72-01", "CRate", rate, "C", "at 0.5, 1, 2 and 5 C")
f("F72-01", "CapacityRetention", 92.8, "%", "keeps 92.8% of its capacity")
f("F72-01", "CycleNumber", 400, "cycles", "After 400 cycles at 1 C")
f("F72-02", "CapacityRetention", 61.3, "%", "against 61.3% for bare Li")
f("F72-02", "CycleNumber", 400, "cycles", "After 400 cycles at 1 C")
f("F72-02", "CRate", 1, "C", "After 400 cycles at 1 C")
f("F72-01", "CycleNumber", 10, "cycles", "The Rct of Li@MCF (14.2 Ω) … after ten cycles")
f("F72-02", "CycleNumber", 10, "cycles", "than that of bare Li (96.5 Ω) after ten cycles")
R = [(f"{chr(66 + i % 19)}. {NAMES[(i * 5 + 9) % len(NAMES)]}, {chr(71 + i % 11)}. {NAMES[(i * 7 + 12) % len(NAMES)]}",
      f"Interface study {i}", ["Electrochim. Acta", "J. Electrochem. Soc.", "Electrochem. Commun."][i % 3],
      2015 + i % 9, str(100 + i), f"{1000 + 111 * i}") for i in range(1, 4)]


def tex():
    def sub(t):
        return latex(t, formulas=("LiFePO4", "LiPF6")).replace("[1,2]", "[1,2]").replace("Ω", "$\\Omega$") \
            .replace("kJ mol-1", "kJ mol$^{-1}$").replace("Ea =", "$E_a$ =")

    o = [r"\documentclass[10pt,twocolumn]{article}\usepackage{mathptmx}\usepackage[T1]{fontenc}"
         r"\usepackage[margin=18mm]{geometry}",
         r"\title{\bfseries " + title + r"}\author{Chen Wei, Maria Lopez and Jan Novak}\date{}\begin{document}\maketitle",
         r"\begin{abstract}" + sub(ABSTRACT) + r"\end{abstract}"]
    for h, t in SECTIONS:
        o += [r"\section*{" + h + "}", sub(t)]
    o += [r"\section*{References}", r"{\small"]
    for k, (a, _t, j, y, v, p) in enumerate(R, 1):
        o.append(rf"\noindent [{k}] {a}, {_t}, \textit{{{j}}} {v} ({y}) {p}.\par")
    o.append(r"}\end{document}")
    return "\n\n".join(o)


def gold():
    return gold_file(title, S, F, R)
