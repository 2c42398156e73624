"""Invented research paper 69: a solid-state paper whose design is named by formulas with subscripts
('LiNbO3-coated Li6.4La3Zr1.4Ta0.6O12'), first called 'the LiNbO3-coated pellet' and renamed midway ('hereafter
denoted LN-LLZT'), properties defined by a symbol and then used by the symbol alone ('The ionic conductivity (σ)
…, σ is 0.58 mS cm−1'; 'The interfacial resistance (Rint) … Rint drops to 9 Ω cm2'), a cited coating compared in a
results sentence ('the 34 Ω cm2 reported for Al2O3-coated Li7La3Zr2O12 [12]'), and ACS-like references."""
from invented.common import NAMES, latex
from invented.common import gold as gold_file

title = "A lithium niobate nanolayer lets garnet electrolytes wet lithium metal"
S = {
    "G69-01": dict(name="LiNbO3-coated Li6.4La3Zr1.4Ta0.6O12 pellet (LN-LLZT)", aliases=[
        "LN-LLZT", "LiNbO3-coated pellet", "the LiNbO3-coated pellet", "coated pellet", "LiNbO3-coated LLZT",
        "LiNbO3-coated Li6.4La3Zr1.4Ta0.6O12", "Li|LN-LLZT|Li", "LFP|LN-LLZT|Li"], role="design",
        cls="NonConductiveFramework", sub="NanoparticleElectrolyte"),
    "G69-02": dict(name="bare Li6.4La3Zr1.4Ta0.6O12 pellet (LLZT)", aliases=[
        "LLZT", "bare LLZT", "LLZT pellet", "LLZT pellets", "bare pellet", "Li6.4La3Zr1.4Ta0.6O12", "Li|LLZT|Li"],
        role="control", cls="NonConductiveFramework", sub="NanoparticleElectrolyte"),
    "G69-03": dict(name="Al2O3-coated Li7La3Zr2O12", aliases=["Al2O3-coated Li7La3Zr2O12"], role="cited",
                   cls="NonConductiveFramework", sub="NanoparticleElectrolyte", refs=[12]),
}
F = []


def f(*a):
    F.append(a)


FORMULAS = ("Li6.4La3Zr1.4Ta0.6O12", "Li7La3Zr2O12", "LiNbO3", "Al2O3", "Li2CO3", "LiFePO4")
ABSTRACT = (
    "Garnet electrolytes such as Li7La3Zr2O12 conduct lithium ions fast, but lithium metal does not wet them, and the "
    "interface fails at low currents. We sputter a 20 nm LiNbO3 layer onto Li6.4La3Zr1.4Ta0.6O12 pellets. The layer "
    "lowers the interfacial resistance by two orders of magnitude and raises the critical current density eightfold."
)
INTRO = (
    "Solid garnet electrolytes are stable against lithium metal [1-4], yet a Li2CO3 crust on their surface makes them "
    "lithiophobic [5,6]. Thin oxide coatings, such as ZnO, Al2O3 and Si, have been used to make the garnet wettable "
    "[7-12]."
)
METHODS = (
    "Li6.4La3Zr1.4Ta0.6O12 (LLZT) powder was pressed and sintered into pellets. LiNbO3 was sputtered onto both faces "
    "of the polished pellets and annealed in oxygen. Lithium foil was pressed onto the pellets at 200 °C to make "
    "symmetric cells."
)
RESULTS = [
    "The ionic conductivity (σ) of the sintered LLZT pellets was measured by impedance between gold electrodes. At "
    "25 °C, σ is 0.58 mS cm-1.",
    "The LiNbO3 layer is about 20 nm thick and covers the grains conformally (Fig. 1b). The LiNbO3-coated pellet keeps "
    "σ = 0.55 mS cm-1 at 25 °C, so the layer does not block bulk transport.",
    "Molten lithium spreads over the LiNbO3-coated pellet, hereafter denoted LN-LLZT, with a contact angle of 28°, "
    "whereas it beads up on bare LLZT at 134° (Fig. 1d).",
    "The interfacial resistance (Rint) was taken from the impedance of Li|LLZT|Li cells at 25 °C. For bare LLZT, Rint "
    "is 1320 Ohm cm2. With LN-LLZT, Rint drops to 9 Ohm cm2 (Fig. 2a), lower than the 34 Ohm cm2 reported for "
    "Al2O3-coated Li7La3Zr2O12 [12].",
    "The critical current density (CCD) of LN-LLZT reaches 1.6 mA cm-2 at 25 °C, against 0.2 mA cm-2 for LLZT "
    "(Fig. 2c).",
    "Li|LN-LLZT|Li cells cycle for 900 h at 0.3 mA cm-2 and 0.3 mA h cm-2 with an overpotential of 32 mV, while "
    "Li|LLZT|Li cells short after 14 h (Fig. 3a).",
    "LFP|LN-LLZT|Li full cells deliver 152 mA h g-1 at 0.2 C and 60 °C and retain 90.4% of this capacity after 200 "
    "cycles (Fig. 4b).",
]
f("G69-02", "IonicConductivity", 0.58, "mS cm-1", "At 25 °C, σ is 0.58 mS cm-1")
f("G69-02", "Temperature", 25, "degC", "At 25 °C, σ is 0.58 mS cm-1")
f("G69-01", "Thickness", 20, "nm", "The LiNbO3 layer is about 20 nm thick")
f("G69-01", "IonicConductivity", 0.55, "mS cm-1", "The LiNbO3-coated pellet keeps σ = 0.55 mS cm-1 at 25 °C")
f("G69-01", "Temperature", 25, "degC", "The LiNbO3-coated pellet keeps σ = 0.55 mS cm-1 at 25 °C")
f("G69-01", "ContactAngle", 28, "deg", "hereafter denoted LN-LLZT, with a contact angle of 28°")
f("G69-02", "ContactAngle", 134, "deg", "whereas it beads up on bare LLZT at 134°")
f("G69-02", "AreaSpecificResistance", 1320, "Ohm cm2", "For bare LLZT, Rint is 1320 Ohm cm2")
f("G69-01", "AreaSpecificResistance", 9, "Ohm cm2", "With LN-LLZT, Rint drops to 9 Ohm cm2")
f("G69-03", "AreaSpecificResistance", 34, "Ohm cm2", "lower than the 34 Ohm cm2 reported for Al2O3-coated Li7La3Zr2O12")
f("G69-01", "CriticalCurrentDensity", 1.6, "mA cm-2", "The critical current density (CCD) of LN-LLZT reaches 1.6 mA cm-2")
f("G69-02", "CriticalCurrentDensity", 0.2, "mA cm-2", "against 0.2 mA cm-2 for LLZT")
for sid in ("G69-01", "G69-02"):
    f(sid, "Temperature", 25, "degC", "The critical current density (CCD) of LN-LLZT reaches 1.6 mA cm-2 at 25 °C")
    f(sid, "CurrentDensity", 0.3, "mA cm-2", "Li|LN-LLZT|Li cells cycle for 900 h at 0.3 mA cm-2 and 0.3 mA h cm-2")
    f(sid, "ArealCapacity", 0.3, "mA h cm-2", "Li|LN-LLZT|Li cells cycle for 900 h at 0.3 mA cm-2 and 0.3 mA h cm-2")
f("G69-01", "Lifespan", 900, "h", "Li|LN-LLZT|Li cells cycle for 900 h")
f("G69-01", "Overpotential", 32, "mV", "with an overpotential of 32 mV")
f("G69-02", "Lifespan", 14, "h", "while Li|LLZT|Li cells short after 14 h")
f("G69-01", "SpecificCapacity", 152, "mA h g-1", "LFP|LN-LLZT|Li full cells deliver 152 mA h g-1 at 0.2 C and 60 °C")
f("G69-01", "CRate", 0.2, "C", "LFP|LN-LLZT|Li full cells deliver 152 mA h g-1 at 0.2 C and 60 °C")
f("G69-01", "Temperature", 60, "degC", "LFP|LN-LLZT|Li full cells deliver 152 mA h g-1 at 0.2 C and 60 °C")
f("G69-01", "CapacityRetention", 90.4, "%", "retain 90.4% of this capacity after 200 cycles")
f("G69-01", "CycleNumber", 200, "cycles", "retain 90.4% of this capacity after 200 cycles")
CONCLUSION = ("A 20 nm LiNbO3 layer makes Li6.4La3Zr1.4Ta0.6O12 wettable by lithium: Rint falls to 9 Ohm cm2 and the "
              "CCD rises to 1.6 mA cm-2.")
R = [(f"{chr(65 + i % 20)}. {NAMES[(i * 7 + 1) % len(NAMES)]}; {chr(66 + i % 15)}. {NAMES[(i * 3 + 6) % len(NAMES)]}",
      f"Garnet interface study {i}", ["ACS Energy Lett.", "Chem. Mater.", "ACS Appl. Mater. Interfaces",
                                      "J. Am. Chem. Soc."][i % 4], 2015 + i % 9, str(5 + i), f"{1100 + 41 * i}")
     for i in range(1, 13)]


def tex():
    def sub(t):
        t = latex(t, formulas=FORMULAS).replace("[1-4]", "[1--4]").replace("[7-12]", "[7--12]")
        t = t.replace("Rint", r"$R_{\mathrm{int}}$").replace("σ", r"$\sigma$").replace("Ohm cm2", r"$\Omega$ cm$^2$")
        return t.replace("28°", "28$^\\circ$").replace("134°", "134$^\\circ$")

    o = [r"\documentclass[10pt]{article}\usepackage{helvet}\renewcommand{\familydefault}{\sfdefault}"
         r"\usepackage[T1]{fontenc}\usepackage[margin=24mm]{geometry}",
         r"\title{\bfseries " + title + r"}\author{Mei Ito, Carlos Reyes, Nadia Osei}\date{}\begin{document}\maketitle",
         r"\noindent\textbf{ABSTRACT:} " + sub(ABSTRACT), r"\section*{INTRODUCTION}", sub(INTRO),
         r"\section*{EXPERIMENTAL SECTION}", sub(METHODS), r"\section*{RESULTS AND DISCUSSION}"]
    o += [sub(t) for t in RESULTS]
    o += [r"\section*{CONCLUSIONS}", sub(CONCLUSION), r"\section*{REFERENCES}", r"{\small"]
    for k, (a, t, j, y, v, p) in enumerate(R, 1):
        o.append(rf"\noindent ({k}) {a} {t}. \textit{{{j}}} \textbf{{{y}}}, \textit{{{v}}}, {p}.\par")
    o.append(r"}\end{document}")
    return "\n\n".join(o)


def gold():
    return gold_file(title, S, F, R)
