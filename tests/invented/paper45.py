"""Invented research paper 45: a solid-state interface paper (ACS Appl. Energy Mater.-like): a garnet pellet with and without a
sputtered interlayer, 'ASR decreases from 1,260 to 9 Ω cm2 after coating', a critical current density set against the
bare pellet's ('1.4 vs. 0.3 mA cm−2'), cells run under a stack pressure at a temperature, a pellet's density and
conductivity measured before the coating (the bare pellet's), full cells at 60 °C, '(Figure 3c,d)'."""
from invented.common import NAMES, latex
from invented.common import gold as gold_file

title = "Sputtered Tin Nitride Interlayers Wet Garnet Electrolytes with Lithium"
S = {
    "F45-01": dict(name="tin nitride-coated LLZTO (SnN-LLZTO)", aliases=["SnN-LLZTO", "SnN-LLZTO pellet",
                   "tin nitride interlayer", "SnN interlayer", "coated pellet", "SnN-LLZTO||LFP"], role="design",
                   cls="NonConductiveFramework", sub="NanoparticleElectrolyte"),
    "F45-02": dict(name="bare LLZTO pellet", aliases=["bare LLZTO", "LLZTO", "LLZTO pellet", "bare pellet",
                   "LLZTO pellets", "bare LLZTO pellet"], role="control", cls="NonConductiveFramework",
                   sub="NanoparticleElectrolyte"),
}
F = []


def f(*a):
    F.append(a)


ABSTRACT = (
    "Garnet electrolytes are stable against lithium but lithium does not wet them, so their interface resistance is "
    "high and dendrites grow along their grain boundaries. We sputter a 15 nm tin nitride interlayer on Ta-doped "
    "lithium lanthanum zirconate (SnN-LLZTO). The interlayer reacts with molten lithium to a lithiophilic Li-Sn alloy and Li3N, so "
    "lithium spreads over the pellet. The interface resistance falls to 9 Ω cm2, and symmetric cells cycle for 1,000 h "
    "at 25 °C."
)
BODY = [
    ("INTRODUCTION", "Solid electrolytes could make lithium metal safe (1-3). Garnets are stable against lithium (4), but "
     "their contact with it is poor (5, 6), and coatings of metals and oxides have been sputtered to improve it (7-9)."),
    ("EXPERIMENTAL SECTION", "LLZTO pellets were sintered at 1,200 °C for 12 h; their relative density was 97.5% and "
     "their ionic conductivity 6.1 × 10-4 S cm-1 at 25 °C. Tin nitride was sputtered onto the polished pellets in "
     "N2/Ar. All symmetric cells were cycled under a stack pressure of 3 MPa."),
    ("RESULTS AND DISCUSSION", "The area-specific resistance of the Li|LLZTO interface decreases from 1,260 to "
     "9 Ω cm2 after coating (Figure 2b). The critical current density of SnN-LLZTO reaches 1.4 mA cm-2 at 25 °C "
     "(1.4 vs. 0.3 mA cm-2 for the bare pellet; Figure 3c,d)."),
    (None, "Li|SnN-LLZTO|Li cells cycled at 0.3 mA cm-2 and 0.15 mA h cm-2 for 1,000 h with an overpotential of 24 mV, "
     "while the cell with the bare pellet short-circuited after 18 h. Li|SnN-LLZTO|LFP full cells at 60 °C delivered "
     "151 mA h g-1 at 0.2 C and retained 95.1% of it after 200 cycles."),
    ("CONCLUSIONS", "A thin nitride interlayer turns garnet from lithiophobic to lithiophilic."),
]
f("F45-01", "Thickness", 15, "nm", "We sputter a 15 nm tin nitride interlayer")
f("F45-01", "AreaSpecificResistance", 9, "Ohm cm2", "The interface resistance falls to 9 Ω cm2")
f("F45-01", "Lifespan", 1000, "h", "symmetric cells cycle for 1,000 h at 25 °C")
f("F45-01", "Temperature", 25, "degC", "symmetric cells cycle for 1,000 h at 25 °C")
for sid in ("F45-01", "F45-02"):
    f(sid, "StackPressure", 3, "MPa", "All symmetric cells were cycled under a stack pressure of 3 MPa")
f("F45-02", "IonicConductivity", 0.61, "mS cm-1", "their ionic conductivity 6.1 × 10-4 S cm-1 at 25 °C")
f("F45-02", "Temperature", 25, "degC", "their ionic conductivity 6.1 × 10-4 S cm-1 at 25 °C")
f("F45-02", "AreaSpecificResistance", 1260, "Ohm cm2", "decreases from 1,260 to 9 Ω cm2 after coating")
f("F45-01", "AreaSpecificResistance", 9, "Ohm cm2", "decreases from 1,260 to 9 Ω cm2 after coating")
f("F45-01", "CriticalCurrentDensity", 1.4, "mA cm-2", "The critical current density of SnN-LLZTO reaches 1.4 mA cm-2")
f("F45-02", "CriticalCurrentDensity", 0.3, "mA cm-2", "(1.4 vs. 0.3 mA cm-2 for the bare pellet")
for sid in ("F45-01", "F45-02"):
    f(sid, "Temperature", 25, "degC", "The critical current density of SnN-LLZTO reaches 1.4 mA cm-2 at 25 °C")
    f(sid, "CurrentDensity", 0.3, "mA cm-2", "Li|SnN-LLZTO|Li cells cycled at 0.3 mA cm-2 and 0.15 mA h cm-2")
    f(sid, "ArealCapacity", 0.15, "mA h cm-2", "Li|SnN-LLZTO|Li cells cycled at 0.3 mA cm-2 and 0.15 mA h cm-2")
f("F45-01", "Lifespan", 1000, "h", "cycled at 0.3 mA cm-2 and 0.15 mA h cm-2 for 1,000 h")
f("F45-01", "Overpotential", 24, "mV", "with an overpotential of 24 mV")
f("F45-02", "Lifespan", 18, "h", "the cell with the bare pellet short-circuited after 18 h")
f("F45-01", "Temperature", 60, "degC", "Li|SnN-LLZTO|LFP full cells at 60 °C")
f("F45-01", "SpecificCapacity", 151, "mA h g-1", "delivered 151 mA h g-1 at 0.2 C")
f("F45-01", "CRate", 0.2, "C", "delivered 151 mA h g-1 at 0.2 C")
f("F45-01", "CapacityRetention", 95.1, "%", "retained 95.1% of it after 200 cycles")
f("F45-01", "CycleNumber", 200, "cycles", "retained 95.1% of it after 200 cycles")
R = [(f"{NAMES[(i * 7 + 3) % len(NAMES)]}, {chr(65 + i % 20)}.; {NAMES[(i * 11 + 2) % len(NAMES)]}, {chr(66 + i % 18)}.",
      f"Garnet interface study {i}", ["ACS Appl. Energy Mater.", "Chem. Mater.", "ACS Energy Lett.", "Nano Lett."][i % 4],
      2015 + i % 10, str(3 + i), f"{4000 + 113 * i}") for i in range(1, 10)]


def tex():
    import re

    def sub(t):
        t = re.sub(r"\(([0-9, \-]+)\)", lambda m: "@@" + m.group(1).replace("-", "--") + "@@"
                   if re.fullmatch(r"\d+(?:-\d+)?(?:, \d+)*", m.group(1)) else m.group(), t)
        t = re.sub(r"(\d(?:\.\d)?) × 10-(\d)", r"\1 $\\times$ 10$^{-\2}$", t)
        t = latex(t, formulas=("Li3N", "N2")).replace("S cm-1", "S cm$^{-1}$")
        t = t.replace("Ω cm2", "$\\Omega$ cm$^2$")
        return re.sub(r"@@(.*?)@@", lambda m: "(" + m.group(1) + ")", t)

    o = [r"\documentclass[twocolumn]{article}\usepackage{mathptmx}\usepackage[T1]{fontenc}"
         r"\usepackage[margin=16mm]{geometry}",
         r"\title{\bfseries " + title + r"}\author{Rosa Quintero, Sven Halvorsen, and Min-jun Park}\date{}"
         r"\begin{document}\maketitle", r"\noindent\textbf{ABSTRACT:} " + sub(ABSTRACT),
         r"\noindent\textbf{KEYWORDS:} \textit{garnet, interlayer, lithium wetting, solid-state battery}"]
    for head, text in BODY:
        if head:
            o.append(r"\section*{" + head + "}")
        o.append(sub(text))
    o += [r"\section*{REFERENCES}", r"{\small"]
    for k, (a, t, j, y, v, p) in enumerate(R, 1):
        o.append(rf"\noindent ({k}) {a} {t}. \textit{{{j}}} \textbf{{{y}}}, \textit{{{v}}}, {p}--{int(p) + 8}.\par")
    o.append(r"}\end{document}")
    return "\n\n".join(o)


def gold():
    g = gold_file(title, S, F, R)
    for r, ref in zip(g["references"], R, strict=True):
        r["authors"] = [" ".join(reversed(a.split(", "))) for a in ref[0].split("; ")]
    return g
