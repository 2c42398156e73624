"""Invented research paper 36: ACS-Energy-Letters-like letter, comparisons packed in brackets: 'a higher CE than bare Cu
(99.2% vs. 95.1%)', 'X and Y deliver 151 and 118 mA h g-1' (no 'respectively'), 'lowers the overpotential from 48 to
19 mV', '(25 vs. 140 Ohm)', 'a Li+ transference number of 0.58, against 0.31 for the bare separator', 'Figure 2a-c',
superscript citations, a separator design 'a tungsten disulfide nanosheet-coated separator (WS-PP)' against 'PP'."""
from invented.common import NAMES, latex
from invented.common import gold as gold_file

title = "Tungsten disulfide nanosheet coatings make polyolefin separators lithiophilic and thermally stable"
S = {
    "F36-01": dict(name="tungsten disulfide nanosheet-coated separator (WS-PP)", aliases=["WS-PP", "WS-PP separator",
                   "tungsten disulfide nanosheet-coated separator", "coated separator"], role="design",
                   cls="NonConductiveFramework", sub="FunctionalSeparator"),
    "F36-02": dict(name="bare PP separator", aliases=["PP", "bare PP", "PP separator", "bare separator",
                   "bare PP separator"], role="control", cls="NonConductiveFramework", sub="FunctionalSeparator"),
}
F = []


def f(*a):
    F.append(a)


ABSTRACT = (
    "Separators decide where lithium ions go. We coat a polypropylene separator with tungsten disulfide nanosheets "
    "(WS-PP). The coating evens out the ion flux and keeps the separator intact at 160 °C."
)
BODY = [
    "Dendrites grow where ions crowd.^{1-3} Ceramic-coated separators have been used to stop them,^{4,5} but most "
    "coatings are thick and add mass.^{6}",
    "We coat commercial polypropylene (PP) separators with a 3 um layer of tungsten disulfide nanosheets (Figure 1a). "
    "WS-PP takes up more electrolyte than bare PP (182% vs. 96%) and shrinks by less than 2% at 160 °C, where PP "
    "shrinks by 35%.",
    "The coating raises the Li+ transference number to 0.58, against 0.31 for the bare separator, and lowers the "
    "interfacial resistance (25 vs. 140 Ohm; Figure 2a-c).",
    "Li||Cu cells with WS-PP show a higher average Coulombic efficiency than those with PP (99.2% vs. 95.1%) over 300 "
    "cycles at 1 mA cm-2 and 1 mA h cm-2. In symmetric cells, WS-PP lowers the overpotential from 48 to 19 mV.",
    "Li||LFP cells with WS-PP and PP deliver 151 and 118 mA h g-1 at 2 C, and the WS-PP cell retains 94.6% of its "
    "capacity after 500 cycles.",
]
f("F36-01", "Thickness", 3, "um", "with a 3 um layer of tungsten disulfide nanosheets")
f("F36-01", "ElectrolyteUptake", 182, "%", "WS-PP takes up more electrolyte than bare PP (182% vs. 96%)")
f("F36-02", "ElectrolyteUptake", 96, "%", "WS-PP takes up more electrolyte than bare PP (182% vs. 96%)")
f("F36-01", "ThermalShrinkage", 2, "%", "shrinks by less than 2% at 160 °C")
f("F36-02", "ThermalShrinkage", 35, "%", "where PP shrinks by 35%")
for sid in ("F36-01", "F36-02"):
    f(sid, "Temperature", 160, "degC", "shrinks by less than 2% at 160 °C, where PP shrinks by 35%")
f("F36-01", "TransferenceNumber", 0.58, "", "raises the Li+ transference number to 0.58")
f("F36-02", "TransferenceNumber", 0.31, "", "against 0.31 for the bare separator")
f("F36-01", "InterfacialResistance", 25, "Ohm", "(25 vs. 140 Ohm; Figure 2a-c)")
f("F36-02", "InterfacialResistance", 140, "Ohm", "(25 vs. 140 Ohm; Figure 2a-c)")
f("F36-01", "CoulombicEfficiency", 99.2, "%", "(99.2% vs. 95.1%)")
f("F36-02", "CoulombicEfficiency", 95.1, "%", "(99.2% vs. 95.1%)")
for sid in ("F36-01", "F36-02"):
    f(sid, "CycleNumber", 300, "cycles", "over 300 cycles at 1 mA cm-2 and 1 mA h cm-2")
    f(sid, "CurrentDensity", 1, "mA cm-2", "over 300 cycles at 1 mA cm-2 and 1 mA h cm-2")
    f(sid, "ArealCapacity", 1, "mA h cm-2", "over 300 cycles at 1 mA cm-2 and 1 mA h cm-2")
f("F36-02", "Overpotential", 48, "mV", "WS-PP lowers the overpotential from 48 to 19 mV")
f("F36-01", "Overpotential", 19, "mV", "WS-PP lowers the overpotential from 48 to 19 mV")
f("F36-01", "SpecificCapacity", 151, "mA h g-1", "Li||LFP cells with WS-PP and PP deliver 151 and 118 mA h g-1 at 2 C")
f("F36-02", "SpecificCapacity", 118, "mA h g-1", "Li||LFP cells with WS-PP and PP deliver 151 and 118 mA h g-1 at 2 C")
for sid in ("F36-01", "F36-02"):
    f(sid, "CRate", 2, "C", "deliver 151 and 118 mA h g-1 at 2 C")
f("F36-01", "CapacityRetention", 94.6, "%", "the WS-PP cell retains 94.6% of its capacity after 500 cycles")
f("F36-01", "CycleNumber", 500, "cycles", "the WS-PP cell retains 94.6% of its capacity after 500 cycles")
METHODS = ("Tungsten disulfide nanosheets were exfoliated in isopropanol and cast on PP (Celgard 2500) by doctor blading. "
           "LFP cathodes had a loading of 10 mg cm-2.")
for sid in ("F36-01", "F36-02"):
    f(sid, "ArealMassLoading", 10, "mg cm-2", "LFP cathodes had a loading of 10 mg cm-2")
R = [(f"{chr(65 + i % 20)}. {NAMES[(i * 17 + 6) % len(NAMES)]}, {chr(67 + i % 18)}. {NAMES[(i * 5 + 11) % len(NAMES)]}",
      "", ["ACS Energy Lett.", "J. Am. Chem. Soc.", "Nano Lett.", "ACS Nano"][i % 4], 2013 + i % 11, str(2 + i),
      f"{1200 + 37 * i}") for i in range(1, 17)]


def tex():
    import re

    def sub(t):
        t = re.sub(r"\^\{([0-9,\-]+)\}", lambda m: "@@" + m.group(1).replace("-", "--") + "@@", t)
        t = latex(t).replace("3 um", "3 $\\mu$m").replace("Li+", "Li$^+$").replace("Ohm", "$\\Omega$")
        t = t.replace("2a-c", "2a--c").replace("||", "$\\|$")
        return re.sub(r"@@(.*?)@@", lambda m: "\\textsuperscript{" + m.group(1) + "}", t)

    o = [r"\documentclass[twocolumn]{article}\usepackage{mathptmx}\usepackage[T1]{fontenc}"
         r"\usepackage[margin=17mm]{geometry}",
         r"\title{\bfseries " + title + r"}\author{Nadia Khan, Lars Jensen, Tomás Pereira}\date{}\begin{document}"
         r"\maketitle", r"\noindent\textbf{ABSTRACT:} " + sub(ABSTRACT), ""]
    o += [sub(t) for t in BODY]
    o += [r"\section*{Experimental Methods}", sub(METHODS), r"\section*{REFERENCES}", r"{\small"]
    for k, (a, _, j, y, v, p) in enumerate(R, 1):
        o.append(rf"\noindent ({k}) {a.replace(', ', '; ')}. \textit{{{j}}} \textbf{{{y}}}, \textit{{{v}}}, {p}.\par")
    o.append(r"}\end{document}")
    return "\n\n".join(o)


def gold():
    return gold_file(title, S, F, R)
