"""Invented research paper 37: MDPI-Batteries-like article: samples coded by deposition time ('S0, S1, S2 and S3 for 0, 1, 2
and 4 h'), S0 being bare Cu, a range of codes ('S1–S3'), 'the best performance', an own-sample table whose first
column holds the codes and whose header carries the units, 'respectively' over three codes, numbered sections
'2. Materials and Methods' before '3. Results', MDPI references ('1. Name, A.; Name, B. Title. J. Abbr. 2020, 12,
345.')."""
from invented.common import NAMES, given_name_first, latex
from invented.common import gold as gold_file

title = "Electrodeposited Zinc Oxide Nanorods on Copper Foil as a Lithiophilic Current Collector"
S = {
    "G37-00": dict(name="bare Cu foil (S0)", aliases=["S0", "bare Cu foil", "bare Cu"], role="control",
                   cls="ConductiveFramework", sub="MetalBasedFramework"),
    "G37-01": dict(name="ZnO nanorods on Cu, 1 h (S1)", aliases=["S1"], role="control",
                   cls="ConductiveFramework", sub="MetalBasedFramework"),
    "G37-02": dict(name="ZnO nanorods on Cu, 2 h (S2)", aliases=["S2", "ZnO nanorods on copper foil",
                   "zinc oxide nanorods on copper foil"], role="design", cls="ConductiveFramework",
                   sub="MetalBasedFramework"),
    "G37-03": dict(name="ZnO nanorods on Cu, 4 h (S3)", aliases=["S3"], role="control",
                   cls="ConductiveFramework", sub="MetalBasedFramework"),
}
F = []


def f(*a):
    F.append(a)


ABSTRACT = (
    "Zinc oxide nanorods were electrodeposited on copper foil to guide lithium plating. The sample deposited for "
    "2 h kept a Coulombic efficiency of 98.7% for 250 cycles at 1 mA cm-2, while bare copper failed after 80 "
    "cycles."
)
INTRO = (
    "Copper foil is the usual current collector of lithium metal anodes, but lithium plates on it as dendrites "
    "[1,2]. Lithiophilic coatings such as ZnO [3,4], Ag [5] and Au [6] lower the nucleation barrier."
)
METHODS = [
    ("2.1. Electrodeposition",
     "ZnO nanorods were deposited on Cu foil from 0.05 M Zn(NO3)2 at 70 °C for 1, 2 and 4 h; the samples are denoted "
     "S1, S2 and S3, respectively, and bare Cu foil is denoted S0."),
    ("2.2. Electrochemical Tests",
     "CR2032 cells were assembled with 1 M LiTFSI in DOL/DME with 2 wt% LiNO3. Li||Cu cells were cycled at "
     "1 mA cm-2 with a capacity of 1 mA h cm-2."),
]
RESULTS = [
    ("3.1. Morphology",
     "The nanorods of S1, S2 and S3 are 120, 260 and 480 nm long, respectively. In S3 the rods merge into a dense "
     "film."),
    ("3.2. Electrochemical Performance",
     "S2 showed the best performance: its nucleation overpotential was only 11 mV, and it kept a Coulombic "
     "efficiency of 98.7% for 250 cycles. S1 and S3 reached 96.9% and 97.5%, and S0 failed after 80 cycles (Table 1)."),
]
TABLE = [("S0", "42", "80"), ("S1", "24", "150"), ("S2", "11", "250"), ("S3", "19", "190")]
for sid in ("G37-01", "G37-02", "G37-03"):
    f(sid, "Temperature", 70, "degC", "ZnO nanorods were deposited on Cu foil from 0.05 M Zn(NO3)2 at 70 °C")
for sid in ("G37-00", "G37-01", "G37-02", "G37-03"):
    f(sid, "CurrentDensity", 1, "mA cm-2", "Li||Cu cells were cycled at 1 mA cm-2 with a capacity of 1 mA h cm-2")
    f(sid, "ArealCapacity", 1, "mA h cm-2", "Li||Cu cells were cycled at 1 mA cm-2 with a capacity of 1 mA h cm-2")
for sid, n in (("G37-01", 120), ("G37-02", 260), ("G37-03", 480)):      # lengths in the ontology's mm
    f(sid, "LateralSize", n / 1e6, "mm", "The nanorods of S1, S2 and S3 are 120, 260 and 480 nm long, respectively")
f("G37-02", "Overpotential", 11, "mV", "its nucleation overpotential was only 11 mV")
f("G37-02", "CoulombicEfficiency", 98.7, "%", "it kept a Coulombic efficiency of 98.7% for 250 cycles")
f("G37-02", "CycleNumber", 250, "cycles", "it kept a Coulombic efficiency of 98.7% for 250 cycles")
f("G37-01", "CoulombicEfficiency", 96.9, "%", "S1 and S3 reached 96.9% and 97.5%")
f("G37-03", "CoulombicEfficiency", 97.5, "%", "S1 and S3 reached 96.9% and 97.5%")
f("G37-00", "CycleNumber", 80, "cycles", "S0 failed after 80 cycles")
for sid, ov in (("G37-00", 42), ("G37-01", 24), ("G37-03", 19)):
    f(sid, "Overpotential", ov, "mV", "table")
f("G37-01", "CycleNumber", 150, "cycles", "table")
f("G37-03", "CycleNumber", 190, "cycles", "table")
R = [(f"{NAMES[(i * 7 + 2) % len(NAMES)]}, {chr(65 + i % 20)}.; {NAMES[(i * 3 + 8) % len(NAMES)]}, {chr(70 + i % 15)}.",
      f"Invented current collector study {i}", ["Batteries", "Nanomaterials", "Materials", "Energies"][i % 4],
      2015 + i % 9, str(5 + i), str(100 + 7 * i)) for i in range(1, 13)]


def tex():
    def sub(t):
        t = latex(t, ("Zn(NO3)2",)).replace("||", "$\\|$")
        return t

    table = (r"\begin{table}[h]\centering\small\caption{Electrochemical performance of the samples.}"
             r"\begin{tabular}{ccc}\hline Sample & Nucleation overpotential (mV) & Cycles \\\hline "
             + " ".join(rf"{a} & {b} & {c}\\" for a, b, c in TABLE) + r"\hline\end{tabular}\end{table}")
    o = [r"\documentclass{article}\usepackage{mathptmx}\usepackage[T1]{fontenc}\usepackage[margin=25mm]{geometry}",
         r"\title{\bfseries " + title + r"}\author{Maria Lopez, Jonas Andersen and Ama Osei}\date{}\begin{document}"
         r"\maketitle", r"\noindent\textbf{Abstract:} " + sub(ABSTRACT), r"\section*{1. Introduction}", sub(INTRO),
         r"\section*{2. Materials and Methods}"]
    for h, t in METHODS:
        o += [r"\subsection*{" + h + "}", sub(t)]
    o.append(r"\section*{3. Results and Discussion}")
    for h, t in RESULTS:
        o += [r"\subsection*{" + h + "}", sub(t)]
    o += [table, r"\section*{4. Conclusions}", "Two hours of deposition give rods long enough to seed lithium but not "
          "so long that they merge.", r"\section*{References}", r"{\small"]
    for k, (a, tt, j, y, v, p) in enumerate(R, 1):
        o.append(rf"\noindent {k}. {a} {tt}. \textit{{{j}}} \textbf{{{y}}}, \textit{{{v}}}, {p}.\par")
    o.append(r"}\end{document}")
    return "\n\n".join(o)


def gold():
    g = gold_file(title, S, F, R)
    for r, ref in zip(g["references"], R, strict=True):
        r["authors"] = given_name_first(ref[0].split("; "))
    return g
