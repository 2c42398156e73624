"""Invented research paper 53: a solid-state (ACS Energy Lett.-like) paper on a halide electrolyte with a buffer layer
against lithium: arms named in brackets after their figures ('from 0.6 mA cm−2 (bare) to 1.8 mA cm−2 (buffered)'),
conductivity in powers of ten ('1.1 × 10−3 S cm−1'), an interfacial resistance in Ω cm2 that drops 'from … to …',
a Li|X|Li stack, a temperature range for the Arrhenius fit, and ACS references."""
from invented.common import NAMES, latex
from invented.common import gold as gold_file

title = "A LiF-Rich Buffer Layer Lets a Chloride Solid Electrolyte Face Lithium Metal"
S = {
    "F53-01": dict(name="LiF-buffered Li3YCl6 (LB-LYC)", aliases=["LB-LYC", "buffered", "LB-LYC pellet",
                   "buffered pellet", "LiF-buffered Li3YCl6"], role="design", cls="NanostructuredSEI",
                   sub="ArtificialSEI"),
    "F53-02": dict(name="bare Li3YCl6 (LYC)", aliases=["LYC", "bare", "bare LYC", "bare pellet", "Li3YCl6",
                   "LYC pellet"], role="control", cls="NonConductiveFramework", sub="NanoparticleElectrolyte"),
}
F = []


def f(*a):
    F.append(a)


ABSTRACT = (
    "Chloride solid electrolytes conduct lithium ions well and resist oxidation, but they are reduced by lithium metal, "
    "and the reduced interphase conducts electrons. We press a thin LiF-rich buffer onto Li3YCl6 pellets (LB-LYC). The "
    "buffer blocks electrons, keeps the chloride from being reduced, and raises the critical current density of the "
    "pellet threefold. Symmetric cells with the buffered pellet cycle for 800 h at 30 °C."
)
SECTIONS = [
    ("Results and Discussion",
     "Li3YCl6 (LYC) was made by ball milling and annealing. Its ionic conductivity is 1.1 × 10-3 S cm-1 at 25 °C, and "
     "an Arrhenius fit between 25 and 80 °C gives an activation energy of 0.38 eV. The buffer is about 2 um thick. In "
     "Li|LB-LYC|Li cells, the interfacial resistance drops from 1260 Ω cm2 for the bare pellet to 18 Ω cm2. The "
     "critical current density rises from 0.6 mA cm-2 (bare) to 1.8 mA cm-2 (buffered). Cycled at 0.3 mA cm-2 and "
     "0.3 mA h cm-2, the LB-LYC cell runs for 800 h with an overpotential of 24 mV, whereas the LYC cell fails after "
     "40 h."),
    ("Conclusions", "An electron-blocking buffer lets a chloride electrolyte meet lithium metal."),
]
f("F53-01", "Lifespan", 800, "h", "abstract")
f("F53-01", "Temperature", 30, "°C", "abstract")
for sid in ("F53-01", "F53-02"):
    f(sid, "CurrentDensity", 0.3, "mA cm-2", "Cycled at 0.3 mA cm-2 and 0.3 mA h cm-2")
    f(sid, "ArealCapacity", 0.3, "mA h cm-2", "Cycled at 0.3 mA cm-2 and 0.3 mA h cm-2")
f("F53-02", "IonicConductivity", 1.1, "mS cm-1", "Its ionic conductivity is 1.1 × 10-3 S cm-1 at 25 °C")
f("F53-02", "Temperature", 25, "°C", "at 25 °C")
f("F53-02", "Temperature", 80, "°C", "between 25 and 80 °C")
f("F53-02", "ActivationEnergy", 0.38, "eV", "an activation energy of 0.38 eV")
f("F53-01", "Thickness", 2000, "nm", "The buffer is about 2 um thick")
f("F53-02", "AreaSpecificResistance", 1260, "Ω cm2", "drops from 1260 Ω cm2 for the bare pellet to 18 Ω cm2")
f("F53-01", "AreaSpecificResistance", 18, "Ω cm2", "drops from 1260 Ω cm2 for the bare pellet to 18 Ω cm2")
f("F53-02", "CriticalCurrentDensity", 0.6, "mA cm-2", "rises from 0.6 mA cm-2 (bare) to 1.8 mA cm-2 (buffered)")
f("F53-01", "CriticalCurrentDensity", 1.8, "mA cm-2", "rises from 0.6 mA cm-2 (bare) to 1.8 mA cm-2 (buffered)")
f("F53-01", "Lifespan", 800, "h", "the LB-LYC cell runs for 800 h")
f("F53-01", "Overpotential", 24, "mV", "with an overpotential of 24 mV")
f("F53-02", "Lifespan", 40, "h", "whereas the LYC cell fails after 40 h")
R = [(f"{NAMES[(i * 3 + 1) % len(NAMES)]}, {chr(65 + i % 20)}.; {NAMES[(i * 5 + 7) % len(NAMES)]}, {chr(71 + i % 12)}.",
      f"Halide electrolyte study {i}", ["ACS Energy Lett.", "Chem. Mater.", "J. Am. Chem. Soc.", "ACS Nano"][i % 4],
      2018 + i % 6, str(3 + i), f"{2200 + 97 * i}") for i in range(1, 5)]


def tex():
    def sub(t):
        t = latex(t, formulas=("Li3YCl6",)).replace("10-3", "10$^{-3}$").replace("2 um", "2 $\\mu$m")
        return t.replace("Ω cm2", "$\\Omega$ cm$^2$")

    o = [r"\documentclass[10pt,twocolumn]{article}\usepackage{mathptmx}\usepackage[T1]{fontenc}"
         r"\usepackage[margin=18mm]{geometry}",
         r"\title{\bfseries " + title + r"}\author{Ruth Hansen, Kwame Osei and Ines Lopez}\date{}\begin{document}"
         r"\maketitle", r"\noindent\textbf{ABSTRACT:} " + sub(ABSTRACT) + r" Halide electrolytes were reviewed "
         r"recently.\textsuperscript{1,2}"]
    for h, t in SECTIONS:
        o += [r"\section*{" + h + "}", sub(t) + (r" Earlier buffers used Li$_3$N or polymers.\textsuperscript{3,4}"
                                                 if h.startswith("Results") else "")]
    o += [r"\section*{References}", r"{\footnotesize"]
    for k, (a, _t, j, y, v, p) in enumerate(R, 1):
        o.append(rf"\noindent ({k}) {a} {_t}. \textit{{{j}}} \textbf{{{y}}}, \textit{{{v}}}, {p}.\par")
    o.append(r"}\end{document}")
    return "\n\n".join(o)


def gold():
    g = gold_file(title, S, F, R)
    for r, ref in zip(g["references"], R, strict=True):
        r["authors"] = [" ".join(reversed(a.split(", "))) for a in ref[0].split("; ")]
    return g
