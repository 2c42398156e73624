"""Invented research paper 98: a 3D-printed lithium host paper whose arms are printed lattices that differ in one
geometry parameter, the spacing between their filaments, written in the codes 'G150', 'G300' and 'G600' ('where the
number is the filament spacing in µm'), with a planar copper foil as control; figures written with hedges before them
('ca. 99.1%', '~12 mV', 'nearly 1500 h', 'up to 8 mA cm-2', 'more than 700 cycles', 'approximately 45%'), a sentence
that gives the best lattice's figures and says the others are worse without numbers, the porosity of each print in a
'respectively' list, and ACS-like references with titles."""
from invented.common import NAMES, latex
from invented.common import gold as gold_file

title = "Direct-ink-written copper lattices with tuned filament spacing as lithium metal hosts"
S = {
    "M98-01": dict(name="printed lattice with 300 µm spacing (G300)", aliases=["G300", "Li@G300", "G300 lattice",
                   "G300 host", "G300 electrode", "G300 cells", "G300 cell"], role="design",
                   cls="ConductiveFramework", sub="MetalBasedFramework"),
    "M98-02": dict(name="printed lattice with 150 µm spacing (G150)", aliases=["G150", "Li@G150", "G150 lattice",
                   "G150 cells"], role="control", cls="ConductiveFramework", sub="MetalBasedFramework"),
    "M98-03": dict(name="printed lattice with 600 µm spacing (G600)", aliases=["G600", "Li@G600", "G600 lattice",
                   "G600 cells"], role="control", cls="ConductiveFramework", sub="MetalBasedFramework"),
    "M98-04": dict(name="planar Cu foil", aliases=["planar Cu foil", "Cu foil", "planar Cu", "the Cu foil",
                   "Li@Cu foil", "Cu foil cells", "planar foil"], role="control", cls="ConductiveFramework",
                   sub="MetalBasedFramework"),
}
F = []


def f(*a):
    F.append(a)


ABSTRACT = ("Three-dimensional hosts lower the local current density on a lithium anode, but how their geometry should "
            "be chosen is rarely tested directly. We print copper lattices by direct ink writing with filament "
            "spacings of 150, 300 and 600 µm. The lattice with 300 µm spacing (G300) plates lithium inside its "
            "channels, keeps an average Coulombic efficiency of ca. 99.1% for more than 700 cycles and supports "
            "current densities up to 8 mA cm-2.")
METHODS = ("A copper-particle ink (62 wt% Cu) was printed through a 100 µm nozzle into four-layer woodpile lattices "
           "with filament spacings of 150, 300 and 600 µm, named G150, G300 and G600, where the number is the "
           "filament spacing in µm. The prints were sintered at 800 °C in H2/Ar. A planar Cu foil served as the "
           "control. Cells were built as Li||Cu half cells and as symmetric cells after 6 mA h cm-2 of lithium had "
           "been plated into each host.")
RESULTS = [
    ("Printed structure", "The sintered filaments are ~95 µm wide. The porosities of G150, G300 and G600 are 38%, 57% "
     "and 74%, respectively, and the printed lattices are approximately 450 µm thick."),
    ("Lithium plating and stripping", "At 1 mA cm-2 and 1 mA h cm-2, G300 keeps an average CE of ca. 99.1% for more "
     "than 700 cycles, while the planar Cu foil falls below 90% after about 110 cycles. G150 and G600 perform worse "
     "than G300: the narrow channels of G150 clog with dead lithium, and the wide channels of G600 let lithium grow "
     "on the top surface. The nucleation overpotential on G300 is ~12 mV, nearly a quarter of that on planar Cu "
     "(48 mV)."),
    ("Symmetric cells", "Li@G300 symmetric cells cycle for nearly 1500 h at 2 mA cm-2 and 2 mA h cm-2 with a hysteresis "
     "of ~16 mV, whereas Li@Cu foil cells short after roughly 160 h. In the rate test, Li@G300 cycles stably at up to "
     "8 mA cm-2. At 5 mA cm-2, the hysteresis of Li@G300 is approximately 45% lower than that of Li@G600, 41 against "
     "75 mV."),
]
f("M98-01", "CoulombicEfficiency", 99.1, "%", "abstract")
f("M98-01", "CycleNumber", 700, "cycles", "abstract")
f("M98-01", "CurrentDensity", 8, "mA cm-2", "abstract")
for sid in ("M98-01", "M98-02", "M98-03"):
    f(sid, "MassFraction", 62, "%", "A copper-particle ink (62 wt% Cu)")
    f(sid, "Temperature", 800, "degC", "sintered at 800 °C")
    f(sid, "FiberDiameter", 95000, "nm", "The sintered filaments are ~95 µm wide")
    f(sid, "Thickness", 450000, "nm", "the printed lattices are approximately 450 µm thick")
f("M98-02", "Porosity", 38, "%", "The porosities of G150, G300 and G600 are 38%, 57% and 74%, respectively")
f("M98-01", "Porosity", 57, "%", "The porosities of G150, G300 and G600 are 38%, 57% and 74%, respectively")
f("M98-03", "Porosity", 74, "%", "The porosities of G150, G300 and G600 are 38%, 57% and 74%, respectively")
for sid in ("M98-01", "M98-04"):
    f(sid, "CurrentDensity", 1, "mA cm-2", "At 1 mA cm-2 and 1 mA h cm-2")
    f(sid, "ArealCapacity", 1, "mA h cm-2", "At 1 mA cm-2 and 1 mA h cm-2")
f("M98-01", "CoulombicEfficiency", 99.1, "%", "G300 keeps an average CE of ca. 99.1%")
f("M98-01", "CycleNumber", 700, "cycles", "for more than 700 cycles")
f("M98-04", "CoulombicEfficiency", 90, "%", "the planar Cu foil falls below 90% after about 110 cycles")
f("M98-04", "CycleNumber", 110, "cycles", "after about 110 cycles")
f("M98-01", "Overpotential", 12, "mV", "The nucleation overpotential on G300 is ~12 mV")
f("M98-04", "Overpotential", 48, "mV", "that on planar Cu (48 mV)")
for sid in ("M98-01", "M98-04"):
    f(sid, "CurrentDensity", 2, "mA cm-2", "at 2 mA cm-2 and 2 mA h cm-2")
    f(sid, "ArealCapacity", 2, "mA h cm-2", "at 2 mA cm-2 and 2 mA h cm-2")
f("M98-01", "Lifespan", 1500, "h", "Li@G300 symmetric cells cycle for nearly 1500 h")
f("M98-01", "VoltageHysteresis", 16, "mV", "with a hysteresis of ~16 mV")
f("M98-04", "Lifespan", 160, "h", "Li@Cu foil cells short after roughly 160 h")
f("M98-01", "CurrentDensity", 8, "mA cm-2", "Li@G300 cycles stably at up to 8 mA cm-2")
for sid in ("M98-01", "M98-03"):
    f(sid, "CurrentDensity", 5, "mA cm-2", "At 5 mA cm-2")
f("M98-01", "VoltageHysteresis", 41, "mV", "41 against 75 mV")
f("M98-03", "VoltageHysteresis", 75, "mV", "41 against 75 mV")
R = [(f"{chr(65 + i % 22)}. {NAMES[(i * 9 + 4) % len(NAMES)]}; {chr(70 + i % 8)}. {NAMES[(i * 5 + 6) % len(NAMES)]}",
      f"Printed electrode architectures {i}", ["ACS Nano", "Nano Lett.", "ACS Energy Lett.", "Chem. Mater."][i % 4],
      2016 + i % 8, str(10 + i), f"{2100 + 37 * i}-{2108 + 37 * i}") for i in range(1, 11)]


def tex():
    def sub(t):
        return latex(t, formulas=("H2",)).replace("~", r"$\sim$")

    o = [r"\documentclass[10pt,twocolumn]{article}\usepackage{mathptmx}\usepackage[T1]{fontenc}"
         r"\usepackage[margin=16mm]{geometry}",
         r"\title{" + sub(title) + r"}\author{Carla Reyes, Johan Lindgren and Amara Osei}\date{}\begin{document}"
         r"\maketitle", r"\noindent\textbf{ABSTRACT:} " + sub(ABSTRACT),
         r"\section*{INTRODUCTION}", "Porous hosts spread lithium plating over a larger area (1-4), yet most are "
         "foams or fibre mats whose pores cannot be set at will (5-7). Printing lets the pore geometry be chosen "
         "directly (8-10).".replace("-", "--"),
         r"\section*{EXPERIMENTAL SECTION}", sub(METHODS), r"\section*{RESULTS AND DISCUSSION}"]
    for h, t in RESULTS:
        o += [r"\paragraph{" + h + ".}", sub(t)]
    o += [r"\section*{CONCLUSIONS}", "The spacing of a printed host decides where lithium plates; 300 µm suits the "
          "currents of this work.".replace("µm", r"$\mu$m"), r"\section*{REFERENCES}", r"{\footnotesize"]
    for k, (a, t, j, y, v, p) in enumerate(R, 1):
        o.append(rf"\noindent ({k}) {a} {t}. \textit{{{j}}} \textbf{{{y}}}, \textit{{{v}}}, {p}.\par")
    o.append(r"}\end{document}")
    return "\n\n".join(o)


def gold():
    return gold_file(title, S, F, R)
