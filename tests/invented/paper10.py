"""Invented research paper 10: Wiley-like single column, bracket citations, an electrolyte design 'denoted as', values in
parentheses (vs.), an own-sample table with units in the header, a negative temperature, an anode-free pouch cell,
SEI thickness from XPS, 'three times that of', references with titles (Wiley style)."""
from invented.common import NAMES, latex
from invented.common import gold as gold_file

title = "A fluorinated ether and sulfolane electrolyte that builds a thin inorganic interphase on lithium"
S = {
    "E10-01": dict(name="fluorinated ether-sulfolane electrolyte (FES)", aliases=["FES", "FES electrolyte",
                   "fluorinated ether-sulfolane electrolyte"], role="design", cls="NanostructuredSEI",
                   sub="ElectrolyteDerivedSEI"),
    "E10-02": dict(name="baseline electrolyte (BE)", aliases=["BE", "baseline electrolyte", "BE electrolyte"],
                   role="control"),
    "E10-03": dict(name="dual-salt ether electrolyte", aliases=["dual-salt ether electrolyte"], role="cited",
                   cls="NanostructuredSEI", sub="ElectrolyteDerivedSEI", refs=[14]),
    "E10-04": dict(name="sulfolane-based high-concentration electrolyte",
                   aliases=["sulfolane-based high-concentration electrolyte"], role="cited",
                   cls="NanostructuredSEI", sub="ElectrolyteDerivedSEI", refs=[15]),
}
F = []


def f(*a):
    F.append(a)


ABSTRACT = (
    "Carbonate electrolytes form a thick, organic interphase on lithium that cracks on cycling. Here a "
    "fluorinated ether-sulfolane electrolyte (FES) is introduced. In Li||Cu cells it reaches an average Coulombic "
    "efficiency of 99.2% over 300 cycles, and anode-free Cu||NMC622 pouch cells with FES retain 75% of their "
    "capacity after 100 cycles."
)
INTRO = [
    "Lithium metal cannot be cycled for long in the carbonate electrolytes used in lithium-ion cells [1-3]. "
    "Ethers are more stable against lithium but oxidise above 4 V [4,5], while sulfones resist oxidation but wet "
    "separators poorly [6-8]. Recently, a dual-salt ether electrolyte gave a Coulombic efficiency of 98.9% at "
    "0.5 mA cm-2 [14], and a sulfolane-based high-concentration electrolyte enabled Li||NMC532 cells to run 200 "
    "cycles [15]. Both, however, rely on costly salts in large amounts [9,10].",
    "In this work, lithium bis(fluorosulfonyl)imide is dissolved at 1.2 M in a mixture of sulfolane and a "
    "fluorinated ether, denoted as FES. A carbonate electrolyte, 1 M LiPF6 in EC/DMC, serves as the baseline "
    "electrolyte (BE).",
]
f("E10-03", "CoulombicEfficiency", 98.9, "%", "a dual-salt ether electrolyte gave a Coulombic efficiency of 98.9%")
f("E10-03", "CurrentDensity", 0.5, "mA cm-2", "a dual-salt ether electrolyte gave a Coulombic efficiency of 98.9% at 0.5")
f("E10-04", "CycleNumber", 200, "cycles", "enabled Li||NMC532 cells to run 200 cycles")
RESULTS = [
    ("2.1. Physical properties",
     "Table 1 compares the two electrolytes. FES conducts lithium ions less well than BE but has a higher "
     "transference number, and it wets the polypropylene separator almost at once."),
    ("2.2. Lithium plating and stripping",
     "Li||Cu cells with FES reach an average Coulombic efficiency of 99.2% (vs. 93.5% with BE) over 300 cycles at "
     "0.5 mA cm-2 and 1 mA h cm-2 (Figure 2a). The exchange current density of lithium in FES is 1.9 mA cm-2, "
     "three times that in BE (0.6 mA cm-2). In Li||Li cells at 2 mA cm-2, FES keeps the overpotential below 35 mV "
     "for 900 h, whereas BE cells short after 150 h."),
    ("2.3. The interphase",
     "Depth profiles from XPS show that the interphase formed in FES is only 18 nm thick and rich in LiF, while "
     "that formed in BE exceeds 45 nm. The LiF content of the former reaches 41 at% at the surface."),
    ("2.4. Full cells",
     "Anode-free Cu||NMC622 pouch cells with FES retain 75% of their capacity after 100 cycles at 0.2 C, while "
     "those with BE lose half of it within 35 cycles. At -20 °C, Li||NMC622 cells with FES still deliver "
     "118 mA h g-1 at 0.1 C."),
]
for sid, ce in (("E10-01", 99.2), ("E10-02", 93.5)):
    f(sid, "CoulombicEfficiency", ce, "%", "reach an average Coulombic efficiency of 99.2% (vs. 93.5% with BE)")
    f(sid, "CycleNumber", 300, "cycles", "over 300 cycles at 0.5 mA cm-2 and 1 mA h cm-2")
    f(sid, "CurrentDensity", 0.5, "mA cm-2", "over 300 cycles at 0.5 mA cm-2 and 1 mA h cm-2")
    f(sid, "ArealCapacity", 1, "mA h cm-2", "over 300 cycles at 0.5 mA cm-2 and 1 mA h cm-2")
f("E10-01", "ExchangeCurrentDensity", 1.9, "mA cm-2", "The exchange current density of lithium in FES is 1.9 mA cm-2")
f("E10-02", "ExchangeCurrentDensity", 0.6, "mA cm-2", "three times that in BE (0.6 mA cm-2)")
f("E10-01", "Overpotential", 35, "mV", "FES keeps the overpotential below 35 mV for 900 h")
f("E10-01", "Lifespan", 900, "h", "FES keeps the overpotential below 35 mV for 900 h")
f("E10-02", "Lifespan", 150, "h", "whereas BE cells short after 150 h")
for sid in ("E10-01", "E10-02"):
    f(sid, "CurrentDensity", 2, "mA cm-2", "In Li||Li cells at 2 mA cm-2")
f("E10-01", "Thickness", 18, "nm", "the interphase formed in FES is only 18 nm thick")
f("E10-02", "Thickness", 45, "nm", "that formed in BE exceeds 45 nm")
f("E10-01", "AtomicFraction", 41, "at%", "The LiF content of the former reaches 41 at% at the surface")
f("E10-01", "CapacityRetention", 75, "%", "pouch cells with FES retain 75% of their capacity after 100 cycles")
f("E10-01", "CycleNumber", 100, "cycles", "retain 75% of their capacity after 100 cycles at 0.2 C")
f("E10-01", "CRate", 0.2, "C", "retain 75% of their capacity after 100 cycles at 0.2 C")
f("E10-02", "CycleNumber", 35, "cycles", "those with BE lose half of it within 35 cycles")
f("E10-02", "CRate", 0.2, "C", "those with BE lose half of it within 35 cycles")
f("E10-01", "Temperature", -20, "degC", "At -20 °C, Li||NMC622 cells with FES still deliver 118 mA h g-1")
f("E10-01", "SpecificCapacity", 118, "mA h g-1", "cells with FES still deliver 118 mA h g-1 at 0.1 C")
f("E10-01", "CRate", 0.1, "C", "cells with FES still deliver 118 mA h g-1 at 0.1 C")
TABLE = r"""\begin{table}[h]\centering
\caption{Properties of the electrolytes at 25 $^\circ$C.}
\begin{tabular}{lccc}\hline
Electrolyte & $\sigma$ [mS cm$^{-1}$] & $t_{\mathrm{Li^+}}$ & Contact angle [$^\circ$] \\\hline
FES & 3.4 & 0.56 & 12 \\
BE & 9.1 & 0.31 & 48 \\\hline
\end{tabular}\end{table}"""
for sid, s, t, a in (("E10-01", 3.4, 0.56, 12), ("E10-02", 9.1, 0.31, 48)):
    f(sid, "IonicConductivity", s, "mS cm-1", "table")
    f(sid, "LithiumTransferenceNumber", t, "", "table")
    f(sid, "ContactAngle", a, "deg", "table")
    f(sid, "Temperature", 25, "degC", "table")
CONCLUSION = (
    "A sulfolane and fluorinated-ether electrolyte forms a thin, LiF-rich interphase on lithium and lets "
    "anode-free cells cycle far longer than a carbonate electrolyte does."
)
JOURNALS = ["Adv. Energy Mater.", "Angew. Chem. Int. Ed.", "Adv. Mater.", "Small"]
R = [(f"{chr(65 + i % 20)}. {NAMES[(i * 3) % len(NAMES)]}, {chr(66 + i % 19)}. {NAMES[(i * 11 + 1) % len(NAMES)]}",
      f"Invented electrolyte study {i}", JOURNALS[i % 4], 2014 + i % 10, str(10 + i), f"{2100 + 13 * i}")
     for i in range(1, 16)]


def tex():
    def sub(t):
        return latex(t, ("LiPF6",)).replace("-20 ", "$-$20 ")

    o = [r"\documentclass{article}\usepackage{mathptmx}\usepackage[T1]{fontenc}\usepackage[margin=25mm]{geometry}",
         r"\title{" + title + r"}\author{Ana Mendes, Jonas Weber and Rina Suzuki}\date{}\begin{document}\maketitle",
         r"\begin{abstract}" + sub(ABSTRACT) + r"\end{abstract}",
         r"\section*{1. Introduction}"]
    o += [sub(p) for p in INTRO]
    o.append(r"\section*{2. Results and Discussion}")
    for h, t in RESULTS:
        o.append(r"\subsection*{" + h + "}")
        o.append(sub(t))
        if h.startswith("2.1"):
            o.append(TABLE)
    o += [r"\section*{3. Conclusion}", sub(CONCLUSION), r"\section*{References}"]
    o.append(r"{\small")
    for k, (a, _t, j, y, v, p) in enumerate(R, 1):
        o.append(rf"\noindent [{k}] {a}, \textit{{{j}}} \textbf{{{y}}}, \textit{{{v}}}, {p}.\par")
    o.append(r"}\end{document}")
    return "\n\n".join(o)


def gold():
    return gold_file(title, S, F, R)
