"""Invented research paper 99: a lithium–oxygen paper whose design is a protective skin on the lithium anode, tested
in symmetric cells, Li||Cu cells and Li–O2 cells at a fixed capacity per mass of the air cathode ('a limited capacity
of 1000 mA h g-1 at 500 mA g-1'), with large counts written in every way a group might: with a comma ('1,200 h'), a
thin space ('1 000 h'), in words ('a thousand cycles', 'over two hundred cycles'), and with a 'k' multiplier
('1.5k h', '1k cycles'); a full oxygen atmosphere test named by its gas ('in dry O2', 'in ambient air with 30%
relative humidity'); and Wiley numbered references."""
from invented.common import NAMES, latex
from invented.common import gold as gold_file

title = "A boron nitride-polymer skin protects lithium anodes in lithium-oxygen batteries"
S = {
    "M99-01": dict(name="boron nitride-polymer skin on Li (BNP-Li)", aliases=["BNP-Li", "BNP-Li anode",
                   "BNP-Li anodes", "BNP-Li cell", "BNP-Li cells", "BNP", "BNP skin", "the BNP-Li anode"],
                   role="design", cls="NanostructuredSEI", sub="ArtificialSEI"),
    "M99-02": dict(name="bare Li", aliases=["bare Li", "bare Li anode", "bare Li cell", "bare Li cells",
                   "unprotected Li", "the bare Li anode"], role="control", cls="NanostructuredSEI",
                   sub="ArtificialSEI"),
}
F = []


def f(*a):
    F.append(a)


ABSTRACT = ("Oxygen, superoxide and water that cross from the cathode corrode the lithium anode of Li-O2 batteries. "
            "A skin of boron nitride nanosheets in a PVDF-HFP binder (BNP) keeps them away: BNP-Li symmetric cells "
            "run for 1.5k h, and Li-O2 cells with BNP-Li last 236 cycles, against 58 cycles with bare Li.")
RESULTS = [
    ("2.1 The skin", "The BNP skin is 4 µm thick and contains 70 wt% boron nitride; its ionic conductivity is "
     "0.21 mS cm-1 at 25 °C."),
    ("2.2 Symmetric and Li||Cu cells", "At 1 mA cm-2 and 1 mA h cm-2, BNP-Li symmetric cells run for 1 000 h in "
     "an O2-saturated electrolyte with a hysteresis of 21 mV, whereas bare Li cells fail after 190 h. At 0.5 mA cm-2 "
     "and 0.5 mA h cm-2 the BNP-Li cells reach 1,500 h. In Li||Cu cells at 0.5 mA cm-2, BNP keeps an average CE of "
     "98.6% for a thousand cycles; bare Li cells hold 93.8% over only two hundred cycles."),
    ("2.3 Li-O2 cells", "With a limited capacity of 1000 mA h g-1 at 500 mA g-1 in dry O2, Li-O2 cells with BNP-Li "
     "last 236 cycles, against 58 cycles for bare Li. In ambient air with 30% relative humidity the BNP-Li cell still "
     "runs 112 cycles, while the bare Li cell dies within 21 cycles. The full discharge capacity of the BNP-Li cell "
     "is 9850 mA h g-1 at 200 mA g-1. After 1k cycles in Li||Cu cells, the BNP skin is still intact."),
]
f("M99-01", "Lifespan", 1500, "h", "abstract")
f("M99-01", "CycleNumber", 236, "cycles", "abstract")
f("M99-02", "CycleNumber", 58, "cycles", "abstract")
f("M99-01", "Thickness", 4000, "nm", "The BNP skin is 4 µm thick")
f("M99-01", "MassFraction", 70, "%", "contains 70 wt% boron nitride")
f("M99-01", "IonicConductivity", 0.21, "mS cm-1", "its ionic conductivity is 0.21 mS cm-1 at 25 °C")
f("M99-01", "Temperature", 25, "degC", "at 25 °C")
f("M99-01", "Temperature", 60, "degC", "dried at 60 °C")
for sid in ("M99-01", "M99-02"):
    f(sid, "CurrentDensity", 1, "mA cm-2", "At 1 mA cm-2 and 1 mA h cm-2")
    f(sid, "ArealCapacity", 1, "mA h cm-2", "At 1 mA cm-2 and 1 mA h cm-2")
f("M99-01", "Lifespan", 1000, "h", "BNP-Li symmetric cells run for 1 000 h")
f("M99-01", "VoltageHysteresis", 21, "mV", "with a hysteresis of 21 mV")
f("M99-02", "Lifespan", 190, "h", "bare Li cells fail after 190 h")
f("M99-01", "CurrentDensity", 0.5, "mA cm-2", "At 0.5 mA cm-2 and 0.5 mA h cm-2")
f("M99-01", "ArealCapacity", 0.5, "mA h cm-2", "At 0.5 mA cm-2 and 0.5 mA h cm-2")
f("M99-01", "Lifespan", 1500, "h", "the BNP-Li cells reach 1,500 h")
for sid in ("M99-01", "M99-02"):
    f(sid, "CurrentDensity", 0.5, "mA cm-2", "In Li||Cu cells at 0.5 mA cm-2")
f("M99-01", "CoulombicEfficiency", 98.6, "%", "BNP keeps an average CE of 98.6% for a thousand cycles")
f("M99-01", "CycleNumber", 1000, "cycles", "for a thousand cycles")
f("M99-02", "CoulombicEfficiency", 93.8, "%", "bare Li cells hold 93.8% over only two hundred cycles")
f("M99-02", "CycleNumber", 200, "cycles", "over only two hundred cycles")
for sid in ("M99-01", "M99-02"):
    f(sid, "SpecificCapacity", 1000, "mA h g-1", "a limited capacity of 1000 mA h g-1")
    f(sid, "SpecificCurrent", 500, "mA g-1", "at 500 mA g-1")
f("M99-01", "CycleNumber", 236, "cycles", "Li-O2 cells with BNP-Li last 236 cycles")
f("M99-02", "CycleNumber", 58, "cycles", "against 58 cycles for bare Li")
f("M99-01", "CycleNumber", 112, "cycles", "the BNP-Li cell still runs 112 cycles")
f("M99-02", "CycleNumber", 21, "cycles", "the bare Li cell dies within 21 cycles")
f("M99-01", "SpecificCapacity", 9850, "mA h g-1", "The full discharge capacity of the BNP-Li cell is 9850 mA h g-1")
f("M99-01", "SpecificCurrent", 200, "mA g-1", "at 200 mA g-1")
f("M99-01", "CycleNumber", 1000, "cycles", "After 1k cycles in Li||Cu cells")
R = [(f"{chr(65 + i % 23)}. {NAMES[(i * 7 + 2) % len(NAMES)]}, {chr(69 + i % 10)}. {NAMES[(i * 11 + 9) % len(NAMES)]}",
      "", ["Adv. Energy Mater.", "Angew. Chem. Int. Ed.", "Adv. Mater.", "Small"][i % 4],
      2014 + i % 10, str(5 + i), f"{1700000 + 3011 * i}") for i in range(1, 10)]


def tex():
    def sub(t):
        t = latex(t, formulas=("O2",)).replace("1 000 h", r"1\,000 h").replace("mA g-1", "mA g$^{-1}$")
        return t.replace("Li-O", "Li--O").replace("µm", r"$\mu$m")

    o = [r"\documentclass[10pt,twocolumn]{article}\usepackage{mathptmx}\usepackage[T1]{fontenc}"
         r"\usepackage[margin=16mm]{geometry}",
         r"\title{" + sub(title) + r"}\author{Pieter Jensen, Olga Petrova and Kenji Ito}\date{}\begin{document}"
         r"\maketitle", r"\noindent\textbf{Abstract:} " + sub(ABSTRACT),
         r"\section*{1 Introduction}", sub("Li-O2 batteries promise the highest energy of any lithium chemistry "
                                          "[1-3], but their anodes corrode in the oxygen that crosses the cell "
                                          "[4-6]; coatings and membranes have been tried [7-9].").replace("-3", "--3")
         .replace("-6", "--6").replace("-9", "--9"),
         r"\section*{2 Results and Discussion}"]
    for h, t in RESULTS:
        o += [r"\subsection*{" + h.replace("||", r"$\|$") + "}", sub(t)]
    o += [r"\section*{3 Conclusion}", "A thin boron nitride skin lets lithium survive in an oxygen cell.",
          r"\section*{4 Experimental Section}", sub("Boron nitride nanosheets and PVDF-HFP were cast from acetone "
                                                    "onto lithium foil and dried at 60 °C."),
          r"\section*{References}", r"{\footnotesize"]
    for k, (a, _t, j, y, v, p) in enumerate(R, 1):
        o.append(rf"\noindent [{k}] {a}, \textit{{{j}}} \textbf{{{y}}}, \textit{{{v}}}, {p}.\par")
    o.append(r"}\end{document}")
    return "\n\n".join(o)


def gold():
    return gold_file(title, S, F, R)
