"""Invented research paper 87: an electrolyte-additive paper whose anode is plain lithium throughout, so lithium is
named in nearly every results sentence ('the Li anode cycled in the InT electrolyte', 'the lithium foil in BE',
'a 50 µm Li foil') while the figures belong to the electrolytes it was cycled in: the design is a cell component
other than the anode; the interphase the additive forms is measured on the lithium ('a 25 nm SEI'); the control
electrolyte is named by a short form ('BE'); a cited additive is compared in the discussion; Wiley-like references."""
from invented.common import NAMES, latex
from invented.common import gold as gold_file

title = "An indium triflate additive builds an alloy-rich interphase on lithium metal"
S = {
    "F87-01": dict(name="InT electrolyte", aliases=["InT electrolyte", "InT", "indium triflate additive",
                   "InT-containing electrolyte", "indium triflate"], role="design", cls="NanostructuredSEI",
                   sub="ElectrolyteDerivedSEI"),
    "F87-02": dict(name="baseline electrolyte (BE)", aliases=["BE", "baseline electrolyte"], role="control",
                   cls="NanostructuredSEI", sub="ElectrolyteDerivedSEI"),
    "F87-03": dict(name="LiNO3 additive", aliases=["LiNO3 additive", "LiNO3"], role="cited", cls="NanostructuredSEI",
                   sub="ElectrolyteDerivedSEI", refs=[4]),
}
F = []


def f(*a):
    F.append(a)


ABSTRACT = (
    "Indium triflate (InT) added to a carbonate electrolyte at 0.05 M is reduced on lithium to an interphase rich in "
    "Li–In alloy and LiF. Li||Li cells with the InT electrolyte cycle for 1200 h at 0.5 mA cm-2."
)
INTRO = "Electrolyte additives shape the interphase on lithium [1-3]. LiNO3 is the best known of them [4]."
METHODS = ("The baseline electrolyte (BE) was 1 M LiPF6 in EC/DEC; the InT electrolyte was BE with 0.05 M indium "
           "triflate. Lithium foils (50 µm) were used as received in all cells.")
RESULTS = [
    "The Li anode cycled in the InT electrolyte carries a 25 nm interphase after 10 cycles, while the lithium foil in "
    "BE is covered by a porous layer of 120 nm.",
    "Li||Li cells with the InT electrolyte cycle for 1200 h at 0.5 mA cm-2 and 0.5 mA h cm-2, whereas the Li anode "
    "in BE shorts after 300 h.",
    "In Li||Cu cells, the average Coulombic efficiency of lithium is 99.1% with InT and 96.3% in BE.",
    "In Li||NCM811 full cells with a 50 µm Li foil, the InT electrolyte keeps 88.6% of the capacity after 200 cycles "
    "at 0.5 C, against 54.2% for BE.",
    "This retention is higher than the 80.0% reported for a LiNO3 additive in a similar cell [4].",
]
f("F87-01", "Lifespan", 1200, "h", "Li||Li cells with the InT electrolyte cycle for 1200 h")
f("F87-01", "CurrentDensity", 0.5, "mA cm-2", "cycle for 1200 h at 0.5 mA cm-2")
f("F87-01", "Thickness", 25, "nm", "carries a 25 nm interphase")
f("F87-02", "Thickness", 120, "nm", "a porous layer of 120 nm")
f("F87-01", "CycleNumber", 10, "cycles", "after 10 cycles")
f("F87-02", "CycleNumber", 10, "cycles", "after 10 cycles")
f("F87-01", "Lifespan", 1200, "h", "Li||Li cells with the InT electrolyte cycle for 1200 h")
f("F87-01", "CurrentDensity", 0.5, "mA cm-2", "at 0.5 mA cm-2 and 0.5 mA h cm-2")
f("F87-01", "ArealCapacity", 0.5, "mA h cm-2", "at 0.5 mA cm-2 and 0.5 mA h cm-2")
f("F87-02", "CurrentDensity", 0.5, "mA cm-2", "at 0.5 mA cm-2 and 0.5 mA h cm-2")
f("F87-02", "ArealCapacity", 0.5, "mA h cm-2", "at 0.5 mA cm-2 and 0.5 mA h cm-2")
f("F87-02", "Lifespan", 300, "h", "the Li anode in BE shorts after 300 h")
f("F87-01", "CoulombicEfficiency", 99.1, "%", "99.1% with InT")
f("F87-02", "CoulombicEfficiency", 96.3, "%", "96.3% in BE")
for sid in ("F87-01", "F87-02"):
    f(sid, "LithiumFoilThickness", 50000, "nm", "Lithium foils (50 µm) were used as received in all cells")
    f(sid, "LithiumFoilThickness", 50000, "nm", "with a 50 µm Li foil")
    f(sid, "CycleNumber", 200, "cycles", "after 200 cycles at 0.5 C")
    f(sid, "CRate", 0.5, "C", "after 200 cycles at 0.5 C")
f("F87-01", "CapacityRetention", 88.6, "%", "the InT electrolyte keeps 88.6% of the capacity")
f("F87-02", "CapacityRetention", 54.2, "%", "against 54.2% for BE")
f("F87-03", "CapacityRetention", 80.0, "%", "the 80.0% reported for a LiNO3 additive [4]")
R = [(f"{chr(65 + i % 20)}. {NAMES[(i * 17 + 5) % len(NAMES)]}, {chr(75 + i % 9)}. {NAMES[(i * 3 + 8) % len(NAMES)]}",
      f"Additive study {i}", ["Adv. Mater.", "Angew. Chem. Int. Ed.", "Adv. Energy Mater."][i % 3], 2016 + i % 8,
      str(20 + i), f"{1800000 + 41 * i}") for i in range(1, 5)]


def tex():
    def sub(t):
        t = latex(t, formulas=("LiPF6", "LiNO3")).replace("[1-3]", "[1--3]").replace("Li–In", "Li--In")
        return t.replace("NCM811", "NCM811")

    o = [r"\documentclass[10pt]{article}\usepackage{times}\usepackage[T1]{fontenc}\usepackage[margin=22mm]{geometry}",
         r"\title{" + title + r"}\author{Jonas Weber, Mei Chen, Ana Duarte}\date{}\begin{document}\maketitle",
         r"\begin{abstract}" + sub(ABSTRACT) + r"\end{abstract}",
         r"\section{Introduction}" + sub(INTRO),
         r"\section{Results and Discussion}" + sub(" ".join(RESULTS)),
         r"\section{Experimental Section}" + sub(METHODS),
         r"\section*{References}", r"{\small"]
    for k, (a, _t, j, y, v, p) in enumerate(R, 1):
        o.append(rf"\noindent [{k}] {a}, \textit{{{j}}} \textbf{{{y}}}, \textit{{{v}}}, {p}.\par")
    o.append(r"}\end{document}")
    return "\n\n".join(o)


def gold():
    return gold_file(title, S, F, R)
