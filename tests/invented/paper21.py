"""Invented research paper 21: MDPI-like (Batteries): '2. Materials and Methods' before results, an anode-free design
(a carbon-silver interlayer on Cu) against bare Cu in anode-free Cu||NCM cells, initial Coulombic efficiency,
capacity retention at the Nth cycle, a sample table coded S0-S3 by silver content (wt.%), a 'Discussion' section
that compares with other works, MDPI references 'Surname, A.B.; Surname, C. Title. J. Abbr. 2019, 12, 345.'"""
from invented.common import NAMES, latex
from invented.common import gold as gold_file

title = "A carbon-silver interlayer enables long-cycling anode-free lithium metal batteries"
S = {
    "M21-02": dict(name="S2 interlayer (10 wt.% Ag)", aliases=["S2", "S2 interlayer", "S2-coated Cu", "S2@Cu"],
                   role="design", cls="ConductiveFramework", sub="CarbonBasedFramework"),
    "M21-01": dict(name="S1 interlayer (5 wt.% Ag)", aliases=["S1", "S1 interlayer"], role="design",
                   cls="ConductiveFramework", sub="CarbonBasedFramework"),
    "M21-03": dict(name="S3 interlayer (20 wt.% Ag)", aliases=["S3", "S3 interlayer"], role="design",
                   cls="ConductiveFramework", sub="CarbonBasedFramework"),
    "M21-00": dict(name="S0 interlayer (silver-free carbon)", aliases=["S0", "S0 interlayer", "silver-free carbon"],
                   role="control", cls="ConductiveFramework", sub="CarbonBasedFramework"),
    "M21-04": dict(name="bare Cu", aliases=["bare Cu", "bare Cu foil", "Cu foil", "bare Cu||NCM"], role="control",
                   cls="ConductiveFramework", sub="MetalBasedFramework"),
}
F = []


def f(*a):
    F.append(a)


ABSTRACT = (
    "Abstract: Anode-free lithium metal batteries lose lithium with every cycle. We coat copper with a thin interlayer "
    "of carbon black and silver nanoparticles. With 10 wt.% silver (S2), anode-free Cu||NCM811 cells retain 75.2% of "
    "their capacity at the 100th cycle, compared with 38.5% for bare Cu."
)
INTRO = (
    "Anode-free cells pair a bare current collector with a lithium-containing cathode, so every lithium loss shows "
    "up as capacity fade [1-4]. Silver-carbon layers have been used in solid-state anode-free cells [5,6]; here we "
    "ask how much silver a liquid-electrolyte cell needs."
)
METHODS = [
    ("2.1. Interlayer Preparation",
     "Carbon black and silver nanoparticles were mixed with PVDF in NMP, cast on Cu foil and dried at 80 °C. Four "
     "samples were made with 0, 5, 10 and 20 wt.% silver and labelled S0, S1, S2 and S3, respectively."),
    ("2.2. Electrochemical Tests",
     "Anode-free Cu||NCM811 coin cells were cycled between 3.0 and 4.3 V at 0.5 C after two formation cycles at 0.1 C."),
]
RESULTS = [
    ("3.1. Interlayer Properties",
     "Table 1 lists the thickness and sheet resistance of the interlayers. The interlayers are about 3 µm thick."),
    ("3.2. Anode-Free Cells",
     "The initial Coulombic efficiency of the anode-free cells rises from 84.1% with bare Cu to 90.3% with S2. At the "
     "100th cycle, S2 cells retain 75.2% of their capacity, S1 and S3 cells 61.0% and 66.4%, respectively, and bare "
     "Cu cells only 38.5%. The average Coulombic efficiency of S2 cells over 100 cycles is 99.5%."),
]
TABLE = [("S0", 3.1, 2.4), ("S1", 3.0, 1.1), ("S2", 3.2, 0.62), ("S3", 3.3, 0.35)]
for sid, (_code, t, _r) in zip(("M21-00", "M21-01", "M21-02", "M21-03"), TABLE, strict=True):
    f(sid, "Thickness", t, "um", "table")
for sid in ("M21-00", "M21-01", "M21-02", "M21-03"):
    f(sid, "Thickness", 3, "um", "The interlayers are about 3 µm thick.")
f("M21-04", "CoulombicEfficiency", 84.1, "%", "rises from 84.1% with bare Cu to 90.3% with S2")
f("M21-02", "CoulombicEfficiency", 90.3, "%", "rises from 84.1% with bare Cu to 90.3% with S2")
f("M21-02", "CapacityRetention", 75.2, "%", "S2 cells retain 75.2% of their capacity")
f("M21-01", "CapacityRetention", 61.0, "%", "S1 and S3 cells 61.0% and 66.4%, respectively")
f("M21-03", "CapacityRetention", 66.4, "%", "S1 and S3 cells 61.0% and 66.4%, respectively")
f("M21-04", "CapacityRetention", 38.5, "%", "and bare Cu cells only 38.5%")
for sid in ("M21-01", "M21-02", "M21-03", "M21-04"):
    f(sid, "CycleNumber", 100, "cycles", "At the 100th cycle")
    f(sid, "CRate", 0.5, "C", "cycled between 3.0 and 4.3 V at 0.5 C")
f("M21-02", "CoulombicEfficiency", 99.5, "%", "The average Coulombic efficiency of S2 cells over 100 cycles is 99.5%")
DISCUSSION = (
    "Silver alloys with lithium before lithium plates, so the first lithium deposits under the interlayer. Too much "
    "silver, however, fills the pores of the carbon, which explains why S3 falls behind S2."
)
JOURNALS = ["Batteries", "Nanomaterials", "Energies", "Materials"]
R = [(f"{chr(65 + i % 20)}.{chr(66 + i % 19)}. {NAMES[(i * 9 + 4) % len(NAMES)]}, {chr(67 + i % 18)}. "
      f"{NAMES[(i * 5 + 3) % len(NAMES)]}", f"Invented anode-free study {i}", JOURNALS[i % 4], 2016 + i % 8,
      str(5 + i), f"{100 + 7 * i}") for i in range(1, 13)]


def tex():
    def sub(t):
        return latex(t, ("NCM811",)).replace("µm", r"$\mu$m").replace("100th", r"100$^{\rm th}$").replace(
            "wt.%", r"wt.\%").replace("$_{811}$", "811")

    rows = " ".join(rf"{c} & {t:g} & {r:g} \\" for c, t, r in TABLE)
    table = (r"\begin{table}[h]\centering\small\caption*{\textbf{Table 1.} Thickness and sheet resistance of the "
             r"interlayers.}\begin{tabular}{lcc}\hline Sample & Thickness ($\mu$m) & Sheet resistance ($\Omega$ sq$^{-1}$) \\\hline "
             + rows + r" \hline\end{tabular}\end{table}")
    o = [r"\documentclass{article}\usepackage{palatino}\usepackage[T1]{fontenc}\usepackage{caption}"
         r"\usepackage[margin=25mm]{geometry}",
         r"\title{\bfseries " + title + r"}\author{Ana Pereira, Jonas Lindgren and Hana Suzuki}\date{}\begin{document}\maketitle",
         r"\noindent " + sub(ABSTRACT), r"\section*{1. Introduction}", sub(INTRO), r"\section*{2. Materials and Methods}"]
    for h, t in METHODS:
        o += [r"\subsection*{" + h + "}", sub(t)]
    o.append(r"\section*{3. Results}")
    for h, t in RESULTS:
        o += [r"\subsection*{" + h + "}", sub(t)]
        if h.startswith("3.1"):
            o.append(table)
    o += [r"\section*{4. Discussion}", sub(DISCUSSION), r"\section*{5. Conclusions}",
          "A little silver in a carbon interlayer keeps anode-free cells cycling.", r"\section*{References}", r"{\small"]
    for k, (a, t, j, y, v, p) in enumerate(R, 1):
        o.append(rf"\noindent {k}. {a.replace(', ', '; ')}. {t}. \textit{{{j}}} \textbf{{{y}}}, \textit{{{v}}}, {p}.\par")
    o.append(r"}\end{document}")
    return "\n\n".join(o)


def gold():
    return gold_file(title, S, F, R)
