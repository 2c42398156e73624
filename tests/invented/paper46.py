"""Invented research paper 46: an MDPI (Batteries)-like paper whose results table puts the test condition in each column's
heading ('CE at 0.5 mA cm−2 (%)', 'Lifespan at 1 mA cm−2 (h)'), three arms (bare Cu, graphene on Cu, N-doped
graphene on Cu) with 'respectively', 'remained above 98% for 300 cycles', MDPI references, numbered sections with
the methods second."""
from invented.common import NAMES, latex
from invented.common import gold as gold_file

title = "Nitrogen-Doped Graphene Grown on Copper Foil as a Lithiophilic Current Collector"
S = {
    "F46-01": dict(name="N-doped graphene on Cu (NG-Cu)", aliases=["NG-Cu", "NG-Cu electrode", "N-doped graphene",
                   "nitrogen-doped graphene"], role="design", cls="ConductiveFramework", sub="CarbonBasedFramework"),
    "F46-02": dict(name="graphene on Cu (G-Cu)", aliases=["G-Cu", "G-Cu electrode", "undoped graphene"], role="control",
                   cls="ConductiveFramework", sub="CarbonBasedFramework"),
    "F46-03": dict(name="bare Cu foil", aliases=["bare Cu", "Cu", "Cu foil", "bare Cu foil"], role="control",
                   cls="ConductiveFramework", sub="MetalBasedFramework"),
}
F = []


def f(*a):
    F.append(a)


ABSTRACT = (
    "Lithium plates unevenly on copper current collectors. We grow nitrogen-doped graphene on copper foil by chemical "
    "vapour deposition (NG-Cu) and compare it with undoped graphene on copper (G-Cu) and bare Cu. The pyridinic "
    "nitrogen sites lower the nucleation overpotential to 11 mV, and NG-Cu keeps a Coulombic efficiency of 98.8% at "
    "0.5 mA cm-2."
)
SECTIONS = [
    ("1. Introduction", "Copper is the current collector of choice for lithium metal and anode-free cells [1,2], but "
     "lithium nucleates on it with a high barrier [3]. Carbon coatings lower the barrier [4-6], and heteroatom doping "
     "lowers it further [7]."),
    ("2. Materials and Methods", "Graphene was grown on copper foil (20 um) at 1000 °C from methane; for NG-Cu, ammonia "
     "was added. Li||Cu cells were cycled with a capacity of 1 mA h cm-2."),
    ("3. Results and Discussion", "Raman spectra show a 2D/G ratio of 1.8 for G-Cu (Figure 2a). The nucleation "
     "overpotentials of Cu, G-Cu and NG-Cu are 48, 29 and 11 mV, respectively. The CE of NG-Cu remained above 98% for "
     "300 cycles (Figure 3b). Table 1 summarizes the electrochemical performance of the three electrodes."),
    ("4. Conclusions", "Pyridinic nitrogen makes graphene-coated copper lithiophilic."),
]
for sid in ("F46-01", "F46-02", "F46-03"):
    f(sid, "ArealCapacity", 1, "mA h cm-2", "Li||Cu cells were cycled with a capacity of 1 mA h cm-2")
f("F46-02", "RamanIntensityRatio", 1.8, "", "a 2D/G ratio of 1.8 for G-Cu")
for sid, v in (("F46-03", 48), ("F46-02", 29), ("F46-01", 11)):
    f(sid, "Overpotential", v, "mV", "The nucleation overpotentials of Cu, G-Cu and NG-Cu are 48, 29 and 11 mV")
f("F46-01", "CoulombicEfficiency", 98, "%", "The CE of NG-Cu remained above 98% for 300 cycles")
f("F46-01", "CycleNumber", 300, "cycles", "The CE of NG-Cu remained above 98% for 300 cycles")
TABLE = [("Cu", 92.1, 150, 45), ("G-Cu", 97.5, 600, 22), ("NG-Cu", 98.8, 1100, 14)]
for name, ce, life, eta in TABLE:
    sid = {"Cu": "F46-03", "G-Cu": "F46-02", "NG-Cu": "F46-01"}[name]
    f(sid, "CoulombicEfficiency", ce, "%", "table")
    f(sid, "CurrentDensity", 0.5, "mA cm-2", "table")
    f(sid, "Lifespan", life, "h", "table")
    f(sid, "CurrentDensity", 1, "mA cm-2", "table")
    f(sid, "VoltageHysteresis", eta, "mV", "table")
f("F46-01", "Overpotential", 11, "mV", "abstract")
f("F46-01", "CoulombicEfficiency", 98.8, "%", "abstract")
f("F46-01", "CurrentDensity", 0.5, "mA cm-2", "abstract")
R = [(f"{NAMES[(i * 13 + 4) % len(NAMES)]}, {chr(65 + i % 20)}.; {NAMES[(i * 7 + 9) % len(NAMES)]}, {chr(67 + i % 17)}.",
      f"Graphene-coated copper study {i}", ["Batteries", "Nanomaterials", "Materials", "Energies"][i % 4], 2016 + i % 8,
      str(4 + i), f"{100 + 37 * i}") for i in range(1, 8)]


def tex():
    import re

    def sub(t):
        t = re.sub(r"\[([0-9,\-]+)\]", lambda m: "@@" + m.group(1).replace("-", "--") + "@@", t)
        t = latex(t).replace("20 um", "20 $\\mu$m").replace("||", "$\\|$")
        return re.sub(r"@@(.*?)@@", lambda m: "[" + m.group(1) + "]", t)

    o = [r"\documentclass[10pt]{article}\usepackage{palatino}\usepackage[T1]{fontenc}\usepackage[margin=25mm]{geometry}",
         r"\title{\bfseries " + title + r"}\author{Elena Petrova, Marco Bianchi and Sun Li}\date{}\begin{document}"
         r"\maketitle", r"\noindent\textbf{Abstract:} " + sub(ABSTRACT)]
    for head, text in SECTIONS:
        o += [r"\section*{" + head + "}", sub(text)]
        if head.startswith("3."):
            rows = "\n".join(rf"{n} & {ce} & {life} & {eta} \\" for n, ce, life, eta in TABLE)
            o.append(r"\begin{table}[h]\centering\caption{Electrochemical performance of the three electrodes.}"
                     r"\begin{tabular}{lccc}\hline Electrode & CE at 0.5 mA cm$^{-2}$ (\%) & Lifespan at 1 mA cm$^{-2}$ "
                     r"(h) & Hysteresis at 1 mA cm$^{-2}$ (mV) \\ \hline " + rows + r" \hline\end{tabular}\end{table}")
    o += [r"\section*{References}", r"{\small"]
    for k, (a, t, j, y, v, p) in enumerate(R, 1):
        o.append(rf"\noindent {k}. {a} {t}. \textit{{{j}}} \textbf{{{y}}}, \textit{{{v}}}, {p}.\par")
    o.append(r"}\end{document}")
    return "\n\n".join(o)


def gold():
    g = gold_file(title, S, F, R)
    for r, ref in zip(g["references"], R, strict=True):
        r["authors"] = [" ".join(reversed(a.split(", "))) for a in ref[0].split("; ")]
    return g
