"""Invented research paper 19: a Chinese-journal manner (J. Energy Chem./Chin. Chem. Lett.): units with middle dots
('mA·cm−2', 'mAh·cm−2'), slash-paired conditions ('1 mA·cm−2/1 mAh·cm−2'), spaced thousands ('1 200 h'), a space
before '%', '~' for about, 'Li|Li' and 'Li‖Cu', Fig. 3(a), GB/T 7714 references ('[1] ZHANG W, LI H. Title[J].
Journal, 2019, 12(3): 345-350.'), single column with keywords."""
from invented.common import NAMES
from invented.common import gold as gold_file

title = "Zinc-copper alloy coated copper mesh as a lithiophilic host for dendrite-free lithium metal anodes"
S = {
    "C19-01": dict(name="Cu-Zn alloy coated Cu mesh (CZ@CM)", aliases=["CZ@CM", "CZ@CM host", "CZ@CM electrode",
                   "CZ@CM-Li", "CZ@CM-Li|LFP"], role="design", cls="ConductiveFramework", sub="MetalBasedFramework"),
    "C19-02": dict(name="bare Cu mesh (CM)", aliases=["CM", "bare CM", "bare Cu mesh", "Cu mesh", "copper mesh", "CM-Li",
                   "CM-Li|LFP"], role="control", cls="ConductiveFramework", sub="MetalBasedFramework"),
    "C19-03": dict(name="Cu foil", aliases=["Cu foil", "planar Cu foil", "Cu foil-Li"], role="control",
                   cls="ConductiveFramework", sub="MetalBasedFramework"),
    "C19-04": dict(name="Ag-coated Cu foam", aliases=["Ag-coated Cu foam"], role="cited",
                   cls="ConductiveFramework", sub="MetalBasedFramework", refs=[12]),
}
F = []


def f(*a):
    F.append(a)


ABSTRACT = (
    "Abstract: Three-dimensional copper hosts lower the local current density, but copper is lithiophobic. "
    "Herein, a Cu-Zn alloy layer is grown on a copper mesh by electroplating and annealing (CZ@CM). The CZ@CM "
    "host shows a nucleation overpotential of only ~8 mV and an average Coulombic efficiency of 98.7 % over 400 "
    "cycles at 1 mA·cm−2/1 mAh·cm−2. Symmetric cells with CZ@CM-Li run stably for 1 200 h."
)
KEYWORDS = "Keywords: Lithium metal anode; Lithiophilic alloy; Copper mesh; Dendrite-free"
INTRO = (
    "Lithium metal is regarded as the ultimate anode for high-energy batteries [1-3]. However, dendrite growth and "
    "infinite volume change cause low Coulombic efficiency and short lifespan [4-6]. Ag-coated Cu foam delivered "
    "a Coulombic efficiency of 97.5 % for 200 cycles [12], but silver is costly. Zinc alloys with lithium at low "
    "potential and is cheap [13,14]."
)
f("C19-04", "CoulombicEfficiency", 97.5, "%", "Ag-coated Cu foam delivered a Coulombic efficiency of 97.5 % for 200 cycles")
f("C19-04", "CycleNumber", 200, "cycles", "Ag-coated Cu foam delivered a Coulombic efficiency of 97.5 % for 200 cycles")
EXPERIMENTAL = [
    ("2.1 Preparation of CZ@CM",
     "Copper mesh (CM) was washed with dilute HCl, electroplated with zinc at 5 mA·cm−2 for 10 min and annealed at "
     "300 °C for 2 h in Ar to form the Cu-Zn alloy layer."),
    ("2.2 Electrochemical measurements",
     "CR2032 coin cells were assembled with 1 mol·L−1 LiTFSI in DOL/DME (1:1, v/v) containing 2 wt.% LiNO3. The "
     "LFP cathodes had a mass loading of ~8 mg·cm−2."),
]
RESULTS = [
    ("3.1 Lithium nucleation and plating",
     "As shown in Fig. 3(a), the nucleation overpotential of CZ@CM is ~8 mV, much lower than those of bare CM "
     "(46 mV) and Cu foil (62 mV). The average Coulombic efficiency of CZ@CM reaches 98.7 % over 400 cycles at "
     "1 mA·cm−2/1 mAh·cm−2, while the Coulombic efficiencies of CM and Cu foil drop sharply after 120 and 60 "
     "cycles, respectively."),
    ("3.2 Symmetric cells",
     "Li|Li symmetric cells with CZ@CM-Li run stably for 1 200 h at 1 mA·cm−2/1 mAh·cm−2 with a voltage hysteresis "
     "of ~15 mV (Fig. 4(a)). At 3 mA·cm−2/3 mAh·cm−2, CZ@CM-Li still cycles for 500 h, whereas CM-Li short-circuits "
     "after 160 h."),
    ("3.3 Full cells",
     "CZ@CM-Li|LFP full cells deliver an initial capacity of 148.2 mAh·g−1 at 1 C and retain 92.1 % after 500 "
     "cycles, higher than CM-Li|LFP (71.5 %)."),
]
f("C19-01", "Overpotential", 8, "mV", "the nucleation overpotential of CZ@CM is ~8 mV")
f("C19-02", "Overpotential", 46, "mV", "much lower than those of bare CM (46 mV)")
f("C19-03", "Overpotential", 62, "mV", "and Cu foil (62 mV)")
f("C19-01", "CoulombicEfficiency", 98.7, "%", "The average Coulombic efficiency of CZ@CM reaches 98.7 % over 400 cycles")
f("C19-01", "CycleNumber", 400, "cycles", "The average Coulombic efficiency of CZ@CM reaches 98.7 % over 400 cycles")
f("C19-02", "CycleNumber", 120, "cycles", "drop sharply after 120 and 60 cycles, respectively")
f("C19-03", "CycleNumber", 60, "cycles", "drop sharply after 120 and 60 cycles, respectively")
for sid in ("C19-01", "C19-02", "C19-03"):
    f(sid, "CurrentDensity", 1, "mA cm-2", "over 400 cycles at 1 mA·cm−2/1 mAh·cm−2")
    f(sid, "ArealCapacity", 1, "mA h cm-2", "over 400 cycles at 1 mA·cm−2/1 mAh·cm−2")
f("C19-01", "Lifespan", 1200, "h", "Li|Li symmetric cells with CZ@CM-Li run stably for 1 200 h")
f("C19-01", "VoltageHysteresis", 15, "mV", "with a voltage hysteresis of ~15 mV")
f("C19-01", "Lifespan", 500, "h", "CZ@CM-Li still cycles for 500 h")
f("C19-02", "Lifespan", 160, "h", "whereas CM-Li short-circuits after 160 h")
for sid in ("C19-01", "C19-02"):
    f(sid, "CurrentDensity", 3, "mA cm-2", "At 3 mA·cm−2/3 mAh·cm−2")
    f(sid, "ArealCapacity", 3, "mA h cm-2", "At 3 mA·cm−2/3 mAh·cm−2")
    f(sid, "CRate", 1, "C", "at 1 C and retain 92.1 % after 500 cycles")
    f(sid, "CycleNumber", 500, "cycles", "at 1 C and retain 92.1 % after 500 cycles")
    f(sid, "ArealMassLoading", 8, "mg cm-2", "The LFP cathodes had a mass loading of ~8 mg·cm−2")   # every full cell's
f("C19-01", "SpecificCapacity", 148.2, "mA h g-1", "deliver an initial capacity of 148.2 mAh·g−1 at 1 C")
f("C19-01", "CapacityRetention", 92.1, "%", "retain 92.1 % after 500 cycles")
f("C19-02", "CapacityRetention", 71.5, "%", "higher than CM-Li|LFP (71.5 %)")
CONCLUSION = "A zinc-copper alloy skin makes a copper mesh lithiophilic, so lithium plates inside it evenly."
R = [(f"{chr(65 + i % 20)}. {NAMES[(i * 7 + 3) % len(NAMES)].upper()}, {chr(66 + i % 19)}. "
      f"{NAMES[(i * 11 + 1) % len(NAMES)].upper()}", f"Invented copper host study {i}", ["J. Energy Chem.", "Chin. Chem. Lett.",
      "Acta Phys.-Chim. Sin.", "Rare Met."][i % 4], 2015 + i % 9, str(20 + i), f"{100 + 13 * i}") for i in range(1, 17)]


def tex():
    def sub(t):
        t = t.replace("−", "-").replace("·", "$\\cdot$").replace("mA$\\cdot$cm-2", "mA$\\cdot$cm$^{-2}$")
        t = t.replace("mAh$\\cdot$cm-2", "mAh$\\cdot$cm$^{-2}$").replace("mAh$\\cdot$g-1", "mAh$\\cdot$g$^{-1}$")
        t = t.replace("mol$\\cdot$L-1", "mol$\\cdot$L$^{-1}$").replace("mg$\\cdot$cm-2", "mg$\\cdot$cm$^{-2}$")
        t = t.replace(" %", "~\\%").replace("°C", "$^\\circ$C").replace("~8", "$\\sim$8").replace("~15", "$\\sim$15")
        t = t.replace("1 200 h", "1\\,200 h").replace("LiNO3", "LiNO$_3$").replace("wt.%", "wt.\\%")
        return t

    o = [r"\documentclass{article}\usepackage{times}\usepackage[T1]{fontenc}\usepackage[margin=20mm]{geometry}",
         r"\begin{document}\begin{center}{\Large\bfseries " + title + r"\par}\vspace{2mm}"
         r"Lin Okafor, Bo Moreau, Yan Silva\par\vspace{1mm}{\small Invented Institute of Energy, Somecity 100000}"
         r"\end{center}",
         r"\noindent " + sub(ABSTRACT) + r"\par\smallskip\noindent " + KEYWORDS,
         r"\section*{1 Introduction}", sub(INTRO), r"\section*{2 Experimental}"]
    for h, t in EXPERIMENTAL:
        o += [r"\subsection*{" + h + "}", sub(t)]
    o.append(r"\section*{3 Results and discussion}")
    for h, t in RESULTS:
        o += [r"\subsection*{" + h + "}", sub(t)]
    o += [r"\section*{4 Conclusions}", sub(CONCLUSION), r"\section*{References}", r"{\small"]
    for k, (a, t, j, y, v, p) in enumerate(R, 1):
        a = ", ".join(f"{x.split('. ')[1]} {x.split('. ')[0]}" for x in a.split(", "))    # "IVANOVA B, SCHMIDT C"
        o.append(rf"\noindent [{k}] {a}. {t}[J]. {j}, {y}, {v}({k % 6 + 1}): {p}-{int(p) + 9}.\par")
    o.append(r"}\end{document}")
    return "\n\n".join(o)


def gold():
    return gold_file(title, S, F, R)
