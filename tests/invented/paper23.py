"""Invented research paper 23: ACS-Nano-like, an experiment-plus-DFT paper: negative adsorption energies ('−2.31 eV versus
−0.98 eV on graphene'), charge-transfer resistance with a subscript (R_ct) 'decreases from 85.3 to 12.6 Ω after 10
cycles', exchange current density from Tafel plots, 'Figure 4c,d' and 'Figure S12' references, a design written
'Li@NiSe-CNT', 'pristine CNT' as control, ACS references '(1) Surname, A.; Surname, B. Title. J. Year, Vol, Pages.'"""
from invented.common import NAMES, latex
from invented.common import gold as gold_file

title = "Nickel selenide nanodots on carbon nanotube films as lithiophilic hosts for dendrite-free lithium"
S = {
    "A23-01": dict(name="NiSe-decorated CNT film (NiSe-CNT)", aliases=["NiSe-CNT", "NiSe-CNT film", "NiSe-CNT host",
                   "Li@NiSe-CNT", "Li@NiSe-CNT||LFP"], role="design", cls="ConductiveFramework",
                   sub="CarbonBasedFramework"),
    "A23-02": dict(name="pristine CNT film", aliases=["pristine CNT", "pristine CNT film", "CNT", "CNT film",
                   "Li@CNT"], role="control", cls="ConductiveFramework", sub="CarbonBasedFramework"),
}
F = []


def f(*a):
    F.append(a)


ABSTRACT = (
    "ABSTRACT: Carbon nanotube films are light and conductive but bind lithium weakly. We anchor nickel selenide "
    "nanodots on CNT films (NiSe-CNT). Density functional theory shows that NiSe binds a lithium atom with an "
    "adsorption energy of −2.31 eV. Li@NiSe-CNT anodes cycle for 2,200 h at 2 mA cm-2 and 2 mA h cm-2."
)
INTRO = (
    "Carbon hosts give lithium room to grow, but lithium nucleates on them unevenly.^{1-4} Metal compounds that "
    "alloy or react with lithium guide its nucleation.^{5-8}"
)
RESULTS = [
    ("Lithiophilicity",
     "The adsorption energy of a lithium atom on NiSe is −2.31 eV, versus −0.98 eV on graphene (Figure 2a). "
     "Accordingly, the nucleation overpotential on NiSe-CNT is 11 mV, compared with 58 mV on pristine CNT "
     "(Figure 2c,d)."),
    ("Kinetics",
     "Tafel plots give an exchange current density of 1.42 mA cm-2 for NiSe-CNT and 0.37 mA cm-2 for pristine CNT "
     "(Figure S12). The charge-transfer resistance (R_ct) of Li@NiSe-CNT decreases from 85.3 to 12.6 Ω after 10 "
     "cycles."),
    ("Cycling",
     "Li@NiSe-CNT symmetric cells cycle for 2,200 h at 2 mA cm-2 and 2 mA h cm-2 with a hysteresis of 16 mV "
     "(Figure 4c), while Li@CNT cells fail after 350 h. Li@NiSe-CNT||LFP cells retain 90.1% of their capacity after "
     "500 cycles at 2 C (Figure 4d)."),
]
f("A23-01", "AdsorptionEnergy", -2.31, "eV", "The adsorption energy of a lithium atom on NiSe is −2.31 eV")
f("A23-01", "Overpotential", 11, "mV", "the nucleation overpotential on NiSe-CNT is 11 mV")
f("A23-02", "Overpotential", 58, "mV", "compared with 58 mV on pristine CNT")
f("A23-01", "ExchangeCurrentDensity", 1.42, "mA cm-2", "an exchange current density of 1.42 mA cm-2 for NiSe-CNT")
f("A23-02", "ExchangeCurrentDensity", 0.37, "mA cm-2", "0.37 mA cm-2 for pristine CNT")
f("A23-01", "CellResistance", 12.6, "Ohm", "decreases from 85.3 to 12.6 Ω after 10 cycles")
f("A23-01", "CellResistance", 85.3, "Ohm", "decreases from 85.3 to 12.6 Ω after 10 cycles")
f("A23-01", "CycleNumber", 10, "cycles", "decreases from 85.3 to 12.6 Ω after 10 cycles")
f("A23-01", "Lifespan", 2200, "h", "Li@NiSe-CNT symmetric cells cycle for 2,200 h")
f("A23-01", "VoltageHysteresis", 16, "mV", "with a hysteresis of 16 mV")
f("A23-02", "Lifespan", 350, "h", "while Li@CNT cells fail after 350 h")
for sid in ("A23-01", "A23-02"):
    f(sid, "CurrentDensity", 2, "mA cm-2", "cycle for 2,200 h at 2 mA cm-2 and 2 mA h cm-2")
    f(sid, "ArealCapacity", 2, "mA h cm-2", "cycle for 2,200 h at 2 mA cm-2 and 2 mA h cm-2")
f("A23-01", "CapacityRetention", 90.1, "%", "retain 90.1% of their capacity after 500 cycles at 2 C")
f("A23-01", "CycleNumber", 500, "cycles", "retain 90.1% of their capacity after 500 cycles at 2 C")
f("A23-01", "CRate", 2, "C", "retain 90.1% of their capacity after 500 cycles at 2 C")
METHODS = (
    "NiSe-CNT films were made by soaking CNT films in nickel acetate and selenising them at 400 °C. Li@NiSe-CNT and "
    "Li@CNT were made by plating 10 mA h cm-2 of lithium onto the films."
)
R = [(f"{chr(65 + i % 20)}. {NAMES[(i * 13 + 9) % len(NAMES)]}, {chr(66 + i % 19)}. {NAMES[(i * 17 + 1) % len(NAMES)]}",
      f"Invented selenide host study {i}", ["ACS Nano", "Nano Lett.", "ACS Energy Lett.", "J. Am. Chem. Soc."][i % 4],
      2014 + i % 10, str(6 + i), f"{7000 + 97 * i}") for i in range(1, 13)]


def tex():
    import re

    def sub(t):
        t = re.sub(r"\^\{([0-9,\-]+)\}", lambda m: "@@" + m.group(1).replace("-", "--") + "@@", t)
        t = latex(t, ()).replace("−", "$-$").replace("Ω", r"$\Omega$").replace("R_ct", r"$R_{\rm ct}$")
        return re.sub(r"@@(.*?)@@", lambda m: "\\textsuperscript{" + m.group(1) + "}", t)

    o = [r"\documentclass{article}\usepackage{helvet}\renewcommand{\familydefault}{\sfdefault}"
         r"\usepackage[T1]{fontenc}\usepackage[margin=22mm]{geometry}",
         r"\title{" + title + r"}\author{Yara Khan, Erik Larsen and Mio Nakamura}\date{}\begin{document}\maketitle",
         r"\noindent " + sub(ABSTRACT), r"\bigskip\noindent " + sub(INTRO), r"\section*{RESULTS AND DISCUSSION}"]
    for h, t in RESULTS:
        o += [r"\paragraph{" + h + ".}", sub(t)]
    o += [r"\section*{CONCLUSIONS}", "Selenide nanodots make carbon nanotube films lithiophilic.",
          r"\section*{METHODS}", sub(METHODS), r"\section*{REFERENCES}", r"{\small"]
    for k, (a, t, j, y, v, p) in enumerate(R, 1):
        names = [x.split(". ", 1)[1] + ", " + x.split(". ", 1)[0] + "." for x in a.split(", ")]
        o.append(rf"\noindent ({k}) {'; '.join(names)} {t}. \textit{{{j}}} \textbf{{{y}}}, \textit{{{v}}}, {p}--{int(p) + 8}.\par")
    o.append(r"}\end{document}")
    return "\n\n".join(o)


def gold():
    return gold_file(title, S, F, R)
