"""Invented research paper 41: a Chinese-group J. Energy Chem.-like paper on a nanosheet-array host on metal mesh: 'in sharp
contrast to that of bare NM, which drops to below 80% after only 70 cycles', 'a CE of 97.2% is maintained' (no
subject), a rate list with 'respectively', 'decreases from 56 mV (bare NM) to 8 mV (NCH/NM)', Li-S full cells with
an E/S ratio and a capacity decay per cycle, 'As shown in Fig. 3c', '@Li' composites."""
from invented.common import NAMES, latex
from invented.common import gold as gold_file

title = "Nickel-cobalt hydroxide nanosheet arrays on nickel mesh guide uniform lithium deposition"
S = {
    "F41-01": dict(name="Ni-Co hydroxide nanosheet arrays on Ni mesh (NCH/NM)", aliases=[
        "NCH/NM", "NCH/NM electrode", "NCH/NM@Li", "NCH/NM host", "nanosheet arrays", "NCH/NM@Li anode"],
        role="design", cls="ConductiveFramework", sub="MetalBasedFramework"),
    "F41-02": dict(name="bare Ni mesh (NM)", aliases=["NM", "bare NM", "Ni mesh", "bare Ni mesh", "NM electrode",
                   "NM@Li"], role="control", cls="ConductiveFramework", sub="MetalBasedFramework"),
    "F41-03": dict(name="bare Li foil", aliases=["bare Li", "Li foil", "bare Li foil", "Li"], role="control",
                   cls="ConductiveFramework", sub="LithiumBasedFramework"),
}
F = []


def f(*a):
    F.append(a)


ABSTRACT = (
    "Uncontrolled lithium dendrite growth hinders the practical use of lithium metal anodes. Herein, Ni-Co hydroxide "
    "nanosheet arrays grown on Ni mesh (NCH/NM) are used as a lithiophilic three-dimensional host. The NCH/NM "
    "electrode shows a high Coulombic efficiency of 98.6% over 300 cycles, and the NCH/NM@Li anode runs for 800 h "
    "in symmetric cells. Li-S full cells with NCH/NM@Li anodes also show improved cycling stability."
)
BODY = [
    ("Introduction", "Lithium metal has a high theoretical capacity and a low potential [1,2]. However, dendrite "
     "growth and infinite volume change lead to low efficiency and safety hazards [3-5]. Three-dimensional hosts "
     "reduce the local current density [6,7], and lithiophilic sites lower the nucleation barrier [8-10]."),
    ("Experimental", "Ni mesh was cleaned and immersed in a solution of nickel and cobalt nitrates at 100 °C for 8 h to "
     "grow NCH/NM. Li was electrodeposited into NCH/NM and NM at 1 mA cm-2 to give NCH/NM@Li and NM@Li. Sulfur "
     "cathodes had a loading of 2.1 mg cm-2, and the electrolyte/sulfur ratio was 10 uL mg-1."),
    ("Results and discussion", "The nanosheets are about 20 nm thick, and NCH/NM has a BET specific surface area of "
     "86.4 m2 g-1. The nucleation overpotential decreases from 56 mV (bare NM) to 8 mV (NCH/NM), indicating the "
     "lithiophilic nature of the nanosheets."),
    (None, "The NCH/NM electrode delivers a high CE of ~98.6% over 300 cycles at 1 mA cm-2 with 1 mA h cm-2, in sharp "
     "contrast to that of bare NM, which drops to below 80% after only 70 cycles. Even at a high current density of "
     "3 mA cm-2 and a capacity of 3 mA h cm-2, a CE of 97.2% is maintained for 150 cycles."),
    (None, "As shown in Fig. 3c, the symmetric cell with NCH/NM@Li is stable over 800 h with a low hysteresis of ~20 mV "
     "at 1 mA cm-2 and 1 mA h cm-2, while the voltage of bare Li fluctuates sharply after 180 h. At 0.5, 2 and "
     "5 mA cm-2, the hysteresis of NCH/NM@Li is 12, 25 and 41 mV, respectively."),
    (None, "When paired with sulfur cathodes, the NCH/NM@Li||S cell retains 856 mA h g-1 after 200 cycles at 0.5 C, "
     "with a capacity decay of 0.071% per cycle, whereas the Li||S cell retains only 512 mA h g-1."),
    ("Conclusions", "NCH/NM guides uniform lithium deposition and gives long-lived lithium metal anodes."),
]
for sid in ("F41-01", "F41-03"):
    f(sid, "ArealMassLoading", 2.1, "mg cm-2", "Sulfur cathodes had a loading of 2.1 mg cm-2")
    f(sid, "ElectrolyteToSulfurRatio", 10, "uL mg-1", "the electrolyte/sulfur ratio was 10 uL mg-1")
f("F41-01", "Thickness", 20, "nm", "The nanosheets are about 20 nm thick")
f("F41-01", "SpecificSurfaceArea", 86.4, "m2 g-1", "NCH/NM has a BET specific surface area of 86.4 m2 g-1")
f("F41-02", "Overpotential", 56, "mV", "decreases from 56 mV (bare NM) to 8 mV (NCH/NM)")
f("F41-01", "Overpotential", 8, "mV", "decreases from 56 mV (bare NM) to 8 mV (NCH/NM)")
f("F41-01", "CoulombicEfficiency", 98.6, "%", "The NCH/NM electrode delivers a high CE of ~98.6% over 300 cycles")
f("F41-01", "CycleNumber", 300, "cycles", "The NCH/NM electrode delivers a high CE of ~98.6% over 300 cycles")
for sid in ("F41-01", "F41-02"):
    f(sid, "CurrentDensity", 1, "mA cm-2", "over 300 cycles at 1 mA cm-2 with 1 mA h cm-2")
    f(sid, "ArealCapacity", 1, "mA h cm-2", "over 300 cycles at 1 mA cm-2 with 1 mA h cm-2")
f("F41-02", "CoulombicEfficiency", 80, "%", "which drops to below 80% after only 70 cycles")
f("F41-02", "CycleNumber", 70, "cycles", "which drops to below 80% after only 70 cycles")
f("F41-01", "CurrentDensity", 3, "mA cm-2", "Even at a high current density of 3 mA cm-2 and a capacity of 3 mA h cm-2")
f("F41-01", "ArealCapacity", 3, "mA h cm-2", "Even at a high current density of 3 mA cm-2 and a capacity of 3 mA h cm-2")
f("F41-01", "CoulombicEfficiency", 97.2, "%", "a CE of 97.2% is maintained for 150 cycles")
f("F41-01", "CycleNumber", 150, "cycles", "a CE of 97.2% is maintained for 150 cycles")
f("F41-01", "Lifespan", 800, "h", "the symmetric cell with NCH/NM@Li is stable over 800 h")
f("F41-01", "VoltageHysteresis", 20, "mV", "with a low hysteresis of ~20 mV")
for sid in ("F41-01", "F41-03"):
    f(sid, "CurrentDensity", 1, "mA cm-2", "at 1 mA cm-2 and 1 mA h cm-2, while the voltage of bare Li")
    f(sid, "ArealCapacity", 1, "mA h cm-2", "at 1 mA cm-2 and 1 mA h cm-2, while the voltage of bare Li")
f("F41-03", "Lifespan", 180, "h", "the voltage of bare Li fluctuates sharply after 180 h")
for j, v in ((0.5, 12), (2, 25), (5, 41)):
    f("F41-01", "CurrentDensity", j, "mA cm-2", "At 0.5, 2 and 5 mA cm-2, the hysteresis of NCH/NM@Li")
    f("F41-01", "VoltageHysteresis", v, "mV", "the hysteresis of NCH/NM@Li is 12, 25 and 41 mV, respectively")
f("F41-01", "SpecificCapacity", 856, "mA h g-1", "the NCH/NM@Li||S cell retains 856 mA h g-1 after 200 cycles")
f("F41-01", "CapacityDecayRate", 0.071, "%", "with a capacity decay of 0.071% per cycle")
f("F41-03", "SpecificCapacity", 512, "mA h g-1", "whereas the Li||S cell retains only 512 mA h g-1")
for sid in ("F41-01", "F41-03"):
    f(sid, "CycleNumber", 200, "cycles", "retains 856 mA h g-1 after 200 cycles at 0.5 C")
    f(sid, "CRate", 0.5, "C", "retains 856 mA h g-1 after 200 cycles at 0.5 C")
f("F41-01", "CoulombicEfficiency", 98.6, "%", "abstract")
R = [(f"{chr(65 + i % 20)}. {NAMES[(i * 23 + 9) % len(NAMES)]}, {chr(72 + i % 12)}. {NAMES[(i * 5 + 4) % len(NAMES)]}",
      "", ["J. Energy Chem.", "Energy Storage Mater.", "Adv. Energy Mater.", "Small"][i % 4], 2016 + i % 9,
      str(20 + i), f"{700 + 59 * i}") for i in range(1, 11)]


def tex():
    import re

    def sub(t):
        t = re.sub(r"\[([0-9,\-]+)\]", lambda m: "@@" + m.group(1).replace("-", "--") + "@@", t)
        t = latex(t).replace("uL mg-1", "$\\mu$L mg$^{-1}$").replace("||", "$\\|$").replace("~", "$\\sim$")
        return re.sub(r"@@(.*?)@@", lambda m: "[" + m.group(1) + "]", t)

    o = [r"\documentclass[10pt,twocolumn]{article}\usepackage{mathpazo}\usepackage[T1]{fontenc}"
         r"\usepackage[margin=18mm]{geometry}",
         r"\title{" + title + r"}\author{Hao Chen, Yu Liu, Jing Wang, Xin Zhao}\date{}\begin{document}\maketitle",
         r"\noindent\textbf{Abstract:} " + sub(ABSTRACT)]
    n = 0
    for head, text in BODY:
        if head:
            n += 1
            o.append(rf"\section*{{{n}. {head}}}")
        o.append(sub(text))
    o += [r"\section*{References}", r"{\small"]
    for k, (a, _, j, y, v, p) in enumerate(R, 1):
        o.append(rf"\noindent [{k}] {a}, {j} {v} ({y}) {p}.\par")
    o.append(r"}\end{document}")
    return "\n\n".join(o)


def gold():
    return gold_file(title, S, F, R)
