"""Invented research paper 68: a series of hosts that differ in one parameter and are named by it ('NC-2, NC-5 and
NC-10, where the number is the deposition time in minutes'), a control that is a commercial product named by its
trade name ('Toray carbon paper (TGP-H-060)', later 'the carbon paper', 'Li@CP'), a second control that appears only
late ('planar Cu foil'), 'respectively' over the series, and Elsevier numbered references."""
from invented.common import NAMES, latex
from invented.common import gold as gold_file

title = "Nickel nanocone arrays of tuned height on carbon paper as lithiophilic lithium hosts"
S = {
    "K68-05": dict(name="nickel nanocones on carbon paper deposited for 5 min (NC-5)", aliases=[
        "NC-5", "NC-5 host", "NC-5 electrode", "Li@NC-5", "Li@NC-5||LFP"], role="design", cls="ConductiveFramework",
        sub="CarbonBasedFramework"),
    "K68-02": dict(name="nickel nanocones on carbon paper deposited for 2 min (NC-2)", aliases=["NC-2", "Li@NC-2"],
                   role="design", cls="ConductiveFramework", sub="CarbonBasedFramework"),
    "K68-10": dict(name="nickel nanocones on carbon paper deposited for 10 min (NC-10)", aliases=["NC-10", "Li@NC-10"],
                   role="design", cls="ConductiveFramework", sub="CarbonBasedFramework"),
    "K68-00": dict(name="Toray carbon paper (TGP-H-060)", aliases=[
        "Toray carbon paper", "TGP-H-060", "carbon paper", "bare carbon paper", "the carbon paper", "CP", "Li@CP",
        "Li@CP||LFP", "bare Toray carbon paper"], role="control", cls="ConductiveFramework",
        sub="CarbonBasedFramework"),
    "K68-90": dict(name="planar Cu foil", aliases=["planar Cu foil", "Cu foil", "Cu"], role="control",
                   cls="ConductiveFramework", sub="MetalBasedFramework"),
}
F = []


def f(*a):
    F.append(a)


ABSTRACT = (
    "Carbon paper is a light and conductive current collector, but lithium plates on its fibres as mossy deposits. "
    "We electrodeposit nickel nanocone arrays on a commercial carbon paper and tune their height by the deposition "
    "time. The best host guides dense lithium plating and runs symmetric cells for 1400 h."
)
INTRO = (
    "Three-dimensional conductive hosts lower the local current density and delay dendrite growth [1-3]. Carbon "
    "papers are light and conductive [4,5], but their fibres are lithiophobic, so lithium nucleates at a few sites "
    "only [6]. Metal nanostructures grown on carbon make it lithiophilic [7,8]."
)
METHODS = (
    "Nickel nanocones were electrodeposited on Toray carbon paper (TGP-H-060, hereafter CP) from a nickel chloride bath with "
    "ethylenediamine for 2, 5 and 10 min. The products are denoted NC-2, NC-5 and NC-10, where the number is the "
    "deposition time in minutes. Cells used 1 M LiTFSI in DOL/DME with 2 wt% LiNO3 as the electrolyte."
)
RESULTS = [
    "The nanocones grow taller and denser with deposition time (Fig. 1b-d). The specific surface areas of NC-2, NC-5 "
    "and NC-10 are 8.2, 14.6 and 11.3 m2 g-1, respectively, as the longest deposition merges the cones.",
    "At 1 mA cm-2, the nucleation overpotential on NC-5 is 9 mV, lower than those on NC-2 (21 mV), NC-10 (15 mV) and "
    "the bare Toray carbon paper (47 mV) (Fig. 2a).",
    "In Li||host cells cycled at 1 mA cm-2 and 1 mA h cm-2, NC-5 keeps an average Coulombic efficiency of 98.8% over "
    "300 cycles (Fig. 2b). The CE of NC-2 drops to 88.5% after 140 cycles, and that of the carbon paper to 79.2% "
    "after 60 cycles.",
    "Symmetric cells of Li@NC-5 run for 1400 h at 2 mA cm-2 and 1 mA h cm-2 with a voltage hysteresis of 14 mV, "
    "whereas Li@NC-2 and Li@CP short after 520 and 180 h, respectively (Fig. 3a).",
    "Full cells of Li@NC-5||LFP retain 93.5% of their capacity after 500 cycles at 1 C, against 61.2% for Li@CP||LFP "
    "(Fig. 4b). Planar Cu foil, tested in the same Li||host cells, gives an average Coulombic efficiency of only "
    "91.4% over 100 cycles.",
]
f("K68-02", "SpecificSurfaceArea", 8.2, "m2 g-1", "The specific surface areas of NC-2, NC-5 and NC-10 are 8.2, 14.6 and 11.3")
f("K68-05", "SpecificSurfaceArea", 14.6, "m2 g-1", "The specific surface areas of NC-2, NC-5 and NC-10 are 8.2, 14.6 and 11.3")
f("K68-10", "SpecificSurfaceArea", 11.3, "m2 g-1", "The specific surface areas of NC-2, NC-5 and NC-10 are 8.2, 14.6 and 11.3")
for sid, v in (("K68-05", 9), ("K68-02", 21), ("K68-10", 15), ("K68-00", 47)):
    f(sid, "Overpotential", v, "mV", "the nucleation overpotential on NC-5 is 9 mV, lower than those on NC-2 (21 mV)")
    f(sid, "CurrentDensity", 1, "mA cm-2", "At 1 mA cm-2, the nucleation overpotential on NC-5 is 9 mV")
for sid in ("K68-05", "K68-02", "K68-00", "K68-90"):
    f(sid, "ArealCapacity", 1, "mA h cm-2", "In Li||host cells cycled at 1 mA cm-2 and 1 mA h cm-2")
for sid in ("K68-02", "K68-90"):
    f(sid, "CurrentDensity", 1, "mA cm-2", "In Li||host cells cycled at 1 mA cm-2 and 1 mA h cm-2")
f("K68-05", "CoulombicEfficiency", 98.8, "%", "NC-5 keeps an average Coulombic efficiency of 98.8% over 300 cycles")
f("K68-05", "CycleNumber", 300, "cycles", "NC-5 keeps an average Coulombic efficiency of 98.8% over 300 cycles")
f("K68-02", "CoulombicEfficiency", 88.5, "%", "The CE of NC-2 drops to 88.5% after 140 cycles")
f("K68-02", "CycleNumber", 140, "cycles", "The CE of NC-2 drops to 88.5% after 140 cycles")
f("K68-00", "CoulombicEfficiency", 79.2, "%", "and that of the carbon paper to 79.2% after 60 cycles")
f("K68-00", "CycleNumber", 60, "cycles", "and that of the carbon paper to 79.2% after 60 cycles")
for sid in ("K68-05", "K68-02", "K68-00"):
    f(sid, "CurrentDensity", 2, "mA cm-2", "Symmetric cells of Li@NC-5 run for 1400 h at 2 mA cm-2 and 1 mA h cm-2")
f("K68-05", "Lifespan", 1400, "h", "Symmetric cells of Li@NC-5 run for 1400 h")
f("K68-05", "VoltageHysteresis", 14, "mV", "with a voltage hysteresis of 14 mV")
f("K68-02", "Lifespan", 520, "h", "whereas Li@NC-2 and Li@CP short after 520 and 180 h, respectively")
f("K68-00", "Lifespan", 180, "h", "whereas Li@NC-2 and Li@CP short after 520 and 180 h, respectively")
f("K68-05", "CapacityRetention", 93.5, "%", "Full cells of Li@NC-5||LFP retain 93.5% of their capacity after 500 cycles")
f("K68-00", "CapacityRetention", 61.2, "%", "against 61.2% for Li@CP||LFP")
for sid in ("K68-05", "K68-00"):
    f(sid, "CycleNumber", 500, "cycles", "retain 93.5% of their capacity after 500 cycles at 1 C")
    f(sid, "CRate", 1, "C", "retain 93.5% of their capacity after 500 cycles at 1 C")
f("K68-90", "CoulombicEfficiency", 91.4, "%", "gives an average Coulombic efficiency of only 91.4% over 100 cycles")
f("K68-90", "CycleNumber", 100, "cycles", "gives an average Coulombic efficiency of only 91.4% over 100 cycles")
CONCLUSION = ("Five minutes of nickel deposition make commercial carbon paper a lithiophilic host: NC-5 keeps a CE of "
              "98.8% and symmetric cells run for 1400 h.")
R = [(f"{chr(65 + i % 20)}. {NAMES[(i * 11 + 5) % len(NAMES)]}, {chr(68 + i % 15)}. {NAMES[(i * 5 + 2) % len(NAMES)]}",
      "", ["J. Power Sources", "Energy Storage Mater.", "Electrochim. Acta", "Carbon"][i % 4], 2013 + i % 11,
      str(20 + i), f"{200 + 31 * i}") for i in range(1, 9)]


def tex():
    def sub(t):
        t = latex(t, formulas=("LiNO3",)).replace("[1-3]", "[1--3]").replace("1b-d", "1b--d")
        return t.replace("||", "$\\|$")

    o = [r"\documentclass[10pt,twocolumn]{article}\usepackage{times}\usepackage[T1]{fontenc}"
         r"\usepackage[margin=20mm]{geometry}",
         r"\title{" + title + r"}\author{Ana Pereira, Tomas Lehmann, Hiro Suzuki}\date{}\begin{document}\maketitle",
         r"\noindent\textbf{Abstract} " + sub(ABSTRACT), r"\section{Introduction}", sub(INTRO),
         r"\section{Experimental}", sub(METHODS), r"\section{Results and discussion}"]
    o += [sub(t) for t in RESULTS]
    o += [r"\section{Conclusions}", sub(CONCLUSION), r"\section*{References}", r"{\small"]
    for k, (a, _, j, y, v, p) in enumerate(R, 1):
        o.append(rf"\noindent [{k}] {a}, {j} {v} ({y}) {p}.\par")
    o.append(r"}\end{document}")
    return "\n\n".join(o)


def gold():
    return gold_file(title, S, F, R)
