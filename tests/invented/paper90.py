"""Invented research paper 90: an Advanced Energy Materials-like ablation study of a bilayer artificial interphase whose
two stripped-down arms are named only by what they lack ('the bilayer w/o LiF', 'without the Li3N layer, …'), sentences
opened by the span or the condition of the test ('Over 1500 h at 1 mA cm-2 …, the NF-Li cell keeps …'), temperatures
stated in the results as the test condition of one comparison ('At 50 °C, where side reactions speed up, …'), a
'half that of X (95 mV)' comparison, a full cell whose arms are named in brackets after their figures ('74.2% (w/o
LiF)'), and Wiley numbered references."""
from invented.common import NAMES, latex
from invented.common import gold as gold_file

title = "Which layer does the work? Dissecting a nitride–fluoride bilayer interphase on lithium metal"
S = {
    "G90-01": dict(name="Li3N/LiF bilayer-coated lithium (NF-Li)", aliases=["NF-Li", "NF-Li cell", "NF-Li cells",
                   "NF-Li electrode", "bilayer", "the bilayer", "Li3N/LiF bilayer", "NF-Li symmetric cell"],
                   role="design", cls="NanostructuredSEI", sub="ArtificialSEI"),
    "G90-02": dict(name="bilayer w/o LiF (Li3N only)", aliases=["w/o LiF", "bilayer w/o LiF", "the bilayer w/o LiF",
                   "NF-Li w/o LiF", "without the LiF layer", "Li3N only", "the electrode without the LiF layer"],
                   role="control", cls="NanostructuredSEI", sub="ArtificialSEI"),
    "G90-03": dict(name="bilayer w/o Li3N (LiF only)", aliases=["w/o Li3N", "bilayer w/o Li3N", "the bilayer w/o Li3N",
                   "NF-Li w/o Li3N", "without the Li3N layer", "LiF only", "the electrode without the Li3N layer"],
                   role="control", cls="NanostructuredSEI", sub="ArtificialSEI"),
    "G90-04": dict(name="bare Li foil", aliases=["bare Li", "bare Li foil", "Li foil", "bare Li cells", "Li"],
                   role="control", cls="NanostructuredSEI", sub="ArtificialSEI"),
}
F = []


def f(*a):
    F.append(a)


ABSTRACT = ("Artificial interphases often stack several phases, yet which phase does what is rarely tested. We grow a "
            "bilayer on lithium foil, an inner Li3N layer that conducts Li+ and an outer LiF layer that blocks "
            "electrons (NF-Li), and remove each layer in turn. Only the full bilayer lets symmetric cells cycle for "
            "1500 h.")
METHODS = ("Lithium foil was exposed to dry N2 for 2 h to grow the Li3N layer and then to a fluorinating vapour for "
           "10 min to add the LiF layer (NF-Li). For the ablation, the same steps were run with one step left out, "
           "giving the bilayer w/o LiF (Li3N only) and the bilayer w/o Li3N (LiF only). Bare Li foil served as the "
           "control. Symmetric cells used 1 M LiPF6 in EC/DEC as the electrolyte.")
RESULTS = [
    "The bilayer is 110 nm thick (Figure 2b), and nanoindentation gives it a Young's modulus of 9.8 GPa, against "
    "4.9 GPa for bare Li.",
    "Over 1500 h at 1 mA cm-2 and 1 mA h cm-2, the NF-Li symmetric cell keeps a voltage hysteresis of 14 mV "
    "(Figure 3a). Without the LiF layer, the hysteresis grows to 38 mV and the cell shorts at 520 h; without the Li3N "
    "layer, it starts at 65 mV, and the cell lasts 780 h. Bare Li fails after 160 h.",
    "At 50 °C, where side reactions speed up, NF-Li cells still run for 900 h at 1 mA cm-2, whereas bare Li cells "
    "fail within 90 h. At −10 °C and 0.5 mA cm-2, the NF-Li cell shows an overpotential of 46 mV, half that of bare "
    "Li (95 mV).",
    "Over 400 cycles at 1 C with LiFePO4 cathodes (12 mg cm-2), NF-Li keeps 91.5% of its capacity. The two one-layer "
    "electrodes keep 74.2% (w/o LiF) and 80.6% (w/o Li3N), and bare Li only 52.3%.",
]
f("G90-01", "Lifespan", 1500, "h", "abstract")
f("G90-01", "Thickness", 110, "nm", "The bilayer is 110 nm thick")
f("G90-01", "YoungsModulus", 9.8, "GPa", "a Young's modulus of 9.8 GPa")
f("G90-04", "YoungsModulus", 4.9, "GPa", "against 4.9 GPa for bare Li")
for sid in ("G90-01", "G90-02", "G90-03", "G90-04"):
    f(sid, "CurrentDensity", 1, "mA cm-2", "Over 1500 h at 1 mA cm-2 and 1 mA h cm-2")
    f(sid, "ArealCapacity", 1, "mA h cm-2", "Over 1500 h at 1 mA cm-2 and 1 mA h cm-2")
f("G90-01", "Lifespan", 1500, "h", "Over 1500 h at 1 mA cm-2 and 1 mA h cm-2, the NF-Li symmetric cell")
f("G90-01", "VoltageHysteresis", 14, "mV", "keeps a voltage hysteresis of 14 mV")
f("G90-02", "VoltageHysteresis", 38, "mV", "Without the LiF layer, the hysteresis grows to 38 mV")
f("G90-02", "Lifespan", 520, "h", "and the cell shorts at 520 h")
f("G90-03", "VoltageHysteresis", 65, "mV", "without the Li3N layer, it starts at 65 mV")
f("G90-03", "Lifespan", 780, "h", "and the cell lasts 780 h")
f("G90-04", "Lifespan", 160, "h", "Bare Li fails after 160 h")
for sid in ("G90-01", "G90-04"):
    f(sid, "Temperature", 50, "degC", "At 50 °C, where side reactions speed up")
    f(sid, "CurrentDensity", 1, "mA cm-2", "NF-Li cells still run for 900 h at 1 mA cm-2")
    f(sid, "Temperature", -10, "degC", "At −10 °C and 0.5 mA cm-2")
    f(sid, "CurrentDensity", 0.5, "mA cm-2", "At −10 °C and 0.5 mA cm-2")
f("G90-01", "Lifespan", 900, "h", "NF-Li cells still run for 900 h at 1 mA cm-2")
f("G90-04", "Lifespan", 90, "h", "whereas bare Li cells fail within 90 h")
f("G90-01", "Overpotential", 46, "mV", "the NF-Li cell shows an overpotential of 46 mV")
f("G90-04", "Overpotential", 95, "mV", "half that of bare Li (95 mV)")
for sid in ("G90-01", "G90-02", "G90-03", "G90-04"):
    f(sid, "CycleNumber", 400, "cycles", "Over 400 cycles at 1 C")
    f(sid, "CRate", 1, "C", "Over 400 cycles at 1 C")
f("G90-01", "ArealMassLoading", 12, "mg cm-2", "with LiFePO4 cathodes (12 mg cm-2)")
f("G90-01", "CapacityRetention", 91.5, "%", "NF-Li keeps 91.5% of its capacity")
f("G90-02", "CapacityRetention", 74.2, "%", "keep 74.2% (w/o LiF)")
f("G90-03", "CapacityRetention", 80.6, "%", "and 80.6% (w/o Li3N)")
f("G90-04", "CapacityRetention", 52.3, "%", "and bare Li only 52.3%")
R = [(f"{chr(66 + i % 18)}. {NAMES[(i * 13 + 2) % len(NAMES)]}, {chr(70 + i % 12)}. {NAMES[(i * 17 + 5) % len(NAMES)]}",
      f"Artificial interphase study {i}", ["Adv. Energy Mater.", "Adv. Mater.", "Angew. Chem. Int. Ed."][i % 3],
      2016 + i % 7, str(8 + i), f"{2100000 + 3217 * i}") for i in range(1, 6)]


def tex():
    def sub(t):
        t = latex(t, formulas=("Li3N", "LiPF6", "LiFePO4", "N2")).replace("−10", "$-$10").replace("LiF/", "LiF/")
        return t

    o = [r"\documentclass[10pt,twocolumn]{article}\usepackage{mathptmx}\usepackage[T1]{fontenc}"
         r"\usepackage[margin=18mm]{geometry}",
         r"\title{\bfseries " + sub(title) + r"}\author{Lena Fischer, Kwame Osei and Mei Suzuki}\date{}"
         r"\begin{document}\maketitle",
         r"\begin{abstract}" + sub(ABSTRACT) + r"\end{abstract}",
         r"\section{Introduction}Inorganic interphases suppress dendrites [1,2]; nitrides conduct ions [3] and "
         r"fluorides resist reduction [4,5].",
         r"\section{Results and Discussion}" + "\n\n".join(sub(p) for p in RESULTS),
         r"\section{Conclusion}Each layer of the bilayer is needed: the nitride carries ions and the fluoride "
         r"keeps electrons out.",
         r"\section{Experimental Section}" + sub(METHODS),
         r"\section*{References}", r"{\small"]
    for k, (a, _t, j, y, v, p) in enumerate(R, 1):
        o.append(rf"\noindent [{k}] {a}, {j} \textbf{{{y}}}, {v}, {p}.\par")
    o.append(r"}\end{document}")
    return "\n\n".join(o)


def gold():
    return gold_file(title, S, F, R)
