"""Invented research paper 27: Small-like (Wiley full paper): numbered sections '1. Introduction' ... '4. Experimental Section'
with run-in bold subheadings, a series coded by the carbonisation temperature (CNF-600/800/1000), 'Figure 3a-c',
'Figure S5, Supporting Information', 'followed by X (97.6%)', 'less than half of that on Y (58 mV)', the host with
lithium in it named 'Li@CNF-800', an all-cells methods sentence, Wiley references without titles."""
from invented.common import NAMES, latex
from invented.common import gold as gold_file

title = "Nitrogen-Doped Carbon Nanofiber Hosts Carbonized at Tailored Temperatures for Stable Lithium Metal Anodes"
S = {
    "W25-01": dict(name="carbon nanofiber host carbonized at 800 °C (CNF-800)", aliases=["CNF-800", "Li@CNF-800",
                   "CNF-800 host", "CNF-800 electrode", "Li@CNF-800||NCM811"], role="design", cls="ConductiveFramework",
                   sub="CarbonBasedFramework"),
    "W25-02": dict(name="carbon nanofiber host carbonized at 600 °C (CNF-600)", aliases=["CNF-600", "CNF-600 host"],
                   role="design", cls="ConductiveFramework", sub="CarbonBasedFramework"),
    "W25-03": dict(name="carbon nanofiber host carbonized at 1000 °C (CNF-1000)", aliases=["CNF-1000",
                   "CNF-1000 host"], role="design", cls="ConductiveFramework", sub="CarbonBasedFramework"),
    "W25-04": dict(name="Cu foil", aliases=["Cu foil", "bare Cu foil", "Li@Cu", "planar Cu foil", "Cu"],
                   role="control", cls="ConductiveFramework", sub="CarbonBasedFramework"),
    "W25-05": dict(name="graphene foam host", aliases=["graphene foam host", "graphene foam"], role="cited",
                   cls="ConductiveFramework", sub="CarbonBasedFramework", refs=[12]),
}
F = []


def f(*a):
    F.append(a)


ABSTRACT = (
    "Three-dimensional carbon hosts lower the local current density of lithium metal anodes, but how their "
    "carbonization temperature sets the balance between lithiophilic nitrogen sites and electronic conductivity is "
    "unclear. Here, electrospun polyimide nanofibers are carbonized at 600, 800 and 1000 °C. The host made at "
    "800 °C (CNF-800) keeps pyridinic nitrogen and conducts well; it cycles lithium with an average Coulombic "
    "efficiency of 98.9% for 400 cycles."
)
INTRO = (
    "Lithium metal anodes promise energy densities above 500 Wh kg-1,^{1,2} yet dendrites and an infinite volume "
    "change limit their life.^{3-6} Carbon hosts spread the current over a large area.^{7-10} A graphene foam host "
    "sustained 1200 h of symmetric cycling at 1 mA cm-2,^{12} but graphene is inert to lithium. Nitrogen dopants bind "
    "lithium,^{13,14} but they leave the carbon as it is heated.^{15}"
)
f("W25-05", "Lifespan", 1200, "h", "A graphene foam host sustained 1200 h of symmetric cycling at 1 mA cm-2")
f("W25-05", "CurrentDensity", 1, "mA cm-2", "A graphene foam host sustained 1200 h of symmetric cycling at 1 mA cm-2")
RESULTS = [
    ("2.1. Structure of the Hosts",
     "The fibers keep a diameter of about 250 nm after carbonization (Figure 1b). The electronic conductivities of "
     "CNF-600, CNF-800 and CNF-1000 are 0.8, 12.5 and 31.0 S cm-1, respectively, while their nitrogen contents fall "
     "from 9.8 to 6.1 and 2.3 at% (Figure S5, Supporting Information)."),
    ("2.2. Lithium Plating and Stripping",
     "Li||Cu-type cells were cycled at 2 mA cm-2 and 2 mA h cm-2 (Figure 3a-c). CNF-800 delivered the highest average "
     "Coulombic efficiency of 98.9% over 400 cycles, followed by CNF-1000 (97.6%) and CNF-600 (96.2%), while the Cu "
     "foil decayed after only 60 cycles. The nucleation overpotential on CNF-800 is 21 mV, less than half of that on "
     "Cu foil (58 mV)."),
    ("2.3. Symmetric and Full Cells",
     "Li@CNF-800 symmetric cells ran for over 2000 h at 1 mA cm-2 with 1 mA h cm-2, with a voltage hysteresis of "
     "18 mV (Figure 4a). Li@Cu cells failed within 220 h. Li@CNF-800||NCM811 full cells with an N/P ratio of 2.5 "
     "delivered 192 mA h g-1 at 0.5 C and kept 85.6% of it after 300 cycles."),
]
for sid in ("W25-01", "W25-02", "W25-03"):
    f(sid, "FiberDiameter", 250, "nm", "The fibers keep a diameter of about 250 nm after carbonization")
f("W25-02", "ElectronicConductivity", 800, "mS cm-1", "The electronic conductivities of CNF-600, CNF-800 and CNF-1000 are 0.8, 12.5 and 31.0 S cm-1")
f("W25-01", "ElectronicConductivity", 12500, "mS cm-1", "The electronic conductivities of CNF-600, CNF-800 and CNF-1000 are 0.8, 12.5 and 31.0 S cm-1")
f("W25-03", "ElectronicConductivity", 31000, "mS cm-1", "The electronic conductivities of CNF-600, CNF-800 and CNF-1000 are 0.8, 12.5 and 31.0 S cm-1")
f("W25-02", "AtomicFraction", 9.8, "at%", "their nitrogen contents fall from 9.8 to 6.1 and 2.3 at%")
f("W25-01", "AtomicFraction", 6.1, "at%", "their nitrogen contents fall from 9.8 to 6.1 and 2.3 at%")
f("W25-03", "AtomicFraction", 2.3, "at%", "their nitrogen contents fall from 9.8 to 6.1 and 2.3 at%")
for sid in ("W25-01", "W25-02", "W25-03", "W25-04"):
    f(sid, "CurrentDensity", 2, "mA cm-2", "Li||Cu-type cells were cycled at 2 mA cm-2 and 2 mA h cm-2")
    f(sid, "ArealCapacity", 2, "mA h cm-2", "Li||Cu-type cells were cycled at 2 mA cm-2 and 2 mA h cm-2")
    f(sid, "ElectrolyteVolume", 60, "uL", "All cells were assembled with 60 uL of electrolyte")
f("W25-01", "CoulombicEfficiency", 98.9, "%", "CNF-800 delivered the highest average Coulombic efficiency of 98.9% over 400 cycles")
for sid in ("W25-01", "W25-02", "W25-03"):
    f(sid, "CycleNumber", 400, "cycles", "Coulombic efficiency of 98.9% over 400 cycles, followed by CNF-1000 (97.6%)")
f("W25-03", "CoulombicEfficiency", 97.6, "%", "followed by CNF-1000 (97.6%)")
f("W25-02", "CoulombicEfficiency", 96.2, "%", "and CNF-600 (96.2%)")
f("W25-04", "CycleNumber", 60, "cycles", "while the Cu foil decayed after only 60 cycles")
f("W25-01", "Overpotential", 21, "mV", "The nucleation overpotential on CNF-800 is 21 mV")
f("W25-04", "Overpotential", 58, "mV", "less than half of that on Cu foil (58 mV)")
f("W25-01", "Lifespan", 2000, "h", "Li@CNF-800 symmetric cells ran for over 2000 h at 1 mA cm-2 with 1 mA h cm-2")
f("W25-01", "CurrentDensity", 1, "mA cm-2", "Li@CNF-800 symmetric cells ran for over 2000 h at 1 mA cm-2")
f("W25-01", "ArealCapacity", 1, "mA h cm-2", "Li@CNF-800 symmetric cells ran for over 2000 h at 1 mA cm-2 with 1 mA h cm-2")
f("W25-01", "VoltageHysteresis", 18, "mV", "with a voltage hysteresis of 18 mV")
f("W25-04", "Lifespan", 220, "h", "Li@Cu cells failed within 220 h")
f("W25-04", "CurrentDensity", 1, "mA cm-2", "Li@Cu cells failed within 220 h")
f("W25-04", "ArealCapacity", 1, "mA h cm-2", "Li@Cu cells failed within 220 h")
f("W25-01", "NPRatio", 2.5, "", "full cells with an N/P ratio of 2.5")
f("W25-01", "SpecificCapacity", 192, "mA h g-1", "delivered 192 mA h g-1 at 0.5 C")
f("W25-01", "CRate", 0.5, "C", "delivered 192 mA h g-1 at 0.5 C")
f("W25-01", "CapacityRetention", 85.6, "%", "kept 85.6% of it after 300 cycles")
f("W25-01", "CycleNumber", 300, "cycles", "kept 85.6% of it after 300 cycles")
METHODS = [
    ("Preparation of the Hosts",
     "Polyimide fibers were electrospun from a 12 wt% solution and carbonized under argon for 2 h at 600, 800 or "
     "1000 °C; the products are denoted CNF-600, CNF-800 and CNF-1000."),
    ("Electrochemical Measurements",
     "CR2032 coin cells were assembled in an argon-filled glovebox with 1 M LiTFSI in DOL/DME with 2 wt% LiNO3. All "
     "cells were assembled with 60 uL of electrolyte. Lithium was plated into the hosts to make Li@CNF electrodes."),
]
R = []
for i in range(1, 24):
    a = f"{chr(65 + i % 21)}. {NAMES[(i * 7 + 2) % len(NAMES)]}, {chr(68 + i % 17)}. {NAMES[(i * 3 + 9) % len(NAMES)]}"
    R.append((a, "", ["Small", "Adv. Funct. Mater.", "Adv. Energy Mater.", "ACS Nano"][i % 4], 2012 + i % 12,
              str(10 + i), f"{1900000 + 137 * i}" if i % 4 != 3 else f"{3000 + 29 * i}"))


def tex():
    import re

    def sub(t):
        t = re.sub(r"\^\{([0-9,\-]+)\}", lambda m: "@@" + m.group(1).replace("-", "--") + "@@", t)
        t = latex(t, ("LiNO3", "NCM811")).replace("S cm-1", "S cm$^{-1}$").replace("uL", r"$\mu$L")
        t = t.replace("Wh kg-1", "Wh kg$^{-1}$").replace("3a-c", "3a--c")
        return re.sub(r"@@(.*?)@@", lambda m: "\\textsuperscript{[" + m.group(1) + "]}", t)

    o = [r"\documentclass[twocolumn]{article}\usepackage{mathptmx}\usepackage[T1]{fontenc}"
         r"\usepackage[margin=17mm]{geometry}",
         r"\title{\bfseries " + title + r"}\author{Sofia Ivanova, Daniel Okafor, Lena Weber, and Hiro Nakamura*}\date{}"
         r"\begin{document}\maketitle",
         r"\noindent " + sub(ABSTRACT), r"\section*{1. Introduction}", sub(INTRO), r"\section*{2. Results and Discussion}"]
    for h, t in RESULTS:
        o += [r"\subsection*{" + h + "}", sub(t)]
    o += [r"\section*{3. Conclusion}", "Carbonization at a moderate temperature keeps the nitrogen that binds lithium "
          "and still gives a conducting host.", r"\section*{4. Experimental Section}"]
    for h, t in METHODS:
        o.append(r"\noindent\textit{" + h + "}: " + sub(t))
    o += [r"\section*{Supporting Information}", "Supporting Information is available from the author.",
          r"\section*{References}", r"{\small"]
    for k, (a, _, j, y, v, p) in enumerate(R, 1):
        o.append(rf"\noindent [{k}] {a}, \textit{{{j}}} \textbf{{{y}}}, \textit{{{v}}}, {p}.\par")
    o.append(r"}\end{document}")
    return "\n\n".join(o)


def gold():
    return gold_file(title, S, F, R)
