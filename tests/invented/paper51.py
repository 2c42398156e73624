"""Invented research paper 51: a Royal Society of Chemistry (J. Mater. Chem. A)-like host paper whose summary table is
transposed — one column per electrode, one row per quantity ('CE (%)', 'Cycles', 'Overpotential (mV)') — with a
condition column, arms named by composition ('Cu3P@CF', 'CF'), a parenthesised comparison '(vs. 36 mV for CF)',
and RSC references."""
from invented.common import NAMES, latex
from invented.common import gold as gold_file

title = "Copper phosphide nanoneedles on copper foam as a lithiophilic three-dimensional host"
S = {
    "F51-01": dict(name="Cu3P nanoneedles on copper foam (Cu3P@CF)", aliases=["Cu3P@CF", "Cu3P@CF electrode",
                   "Cu3P nanoneedles", "copper phosphide nanoneedles"], role="design", cls="ConductiveFramework",
                   sub="MetalBasedFramework"),
    "F51-02": dict(name="copper foam (CF)", aliases=["CF", "bare CF", "copper foam", "CF electrode"], role="control",
                   cls="ConductiveFramework", sub="MetalBasedFramework"),
    "F51-03": dict(name="planar Cu foil", aliases=["Cu foil", "planar Cu", "Cu", "Cu foil electrode"], role="control",
                   cls="ConductiveFramework", sub="MetalBasedFramework"),
}
F = []


def f(*a):
    F.append(a)


ABSTRACT = (
    "Three-dimensional copper foams lower the local current density of lithium plating, but lithium wets copper "
    "poorly and fills the foam unevenly. We grow copper phosphide nanoneedles on copper foam (Cu3P@CF) by "
    "phosphidation of a hydroxide precursor. The needles react to Li3P, an ionic conductor that spreads lithium over "
    "the whole skeleton. Cu3P@CF cycles at high efficiency in half cells and for long times in symmetric cells, and "
    "it supports Li||LiFePO4 full cells at a low negative-to-positive capacity ratio."
)
SECTIONS = [
    ("1 Introduction", "Copper foams and meshes were among the first hosts [1,2]; lithiophilic coatings followed [3-5]."),
    ("2 Experimental", "Copper foam (CF, 110 PPI) was oxidised in ammonia to Cu(OH)2 needles and phosphidated with "
     "NaH2PO2 at 300 °C for 2 h. Li||Cu cells were cycled with 1 mA h cm-2."),
    ("3 Results and discussion", "The needles are about 150 nm thick and 3 um long. The nucleation overpotential of "
     "Cu3P@CF is only 8 mV (vs. 36 mV for CF and 57 mV for planar Cu foil). Table 1 compares the three electrodes. "
     "In full cells at an N/P ratio of 2, Li@Cu3P@CF||LiFePO4 retains 93.5% of its capacity after 250 cycles at 1 C."),
    ("4 Conclusions", "Phosphide needles make copper foam a lithiophilic host."),
]
f("F51-01", "Temperature", 300, "°C", "phosphidated with NaH2PO2 at 300 °C for 2 h")
for sid in ("F51-01", "F51-02", "F51-03"):
    f(sid, "ArealCapacity", 1, "mA h cm-2", "Li||Cu cells were cycled with 1 mA h cm-2")
f("F51-01", "Thickness", 150, "nm", "The needles are about 150 nm thick and 3 um long")
f("F51-01", "LateralSize", 0.003, "mm", "The needles are about 150 nm thick and 3 um long")
f("F51-01", "Overpotential", 8, "mV", "The nucleation overpotential of Cu3P@CF is only 8 mV")
f("F51-02", "Overpotential", 36, "mV", "(vs. 36 mV for CF and 57 mV for planar Cu foil)")
f("F51-03", "Overpotential", 57, "mV", "(vs. 36 mV for CF and 57 mV for planar Cu foil)")
f("F51-01", "NPRatio", 2, "", "In full cells at an N/P ratio of 2")
f("F51-01", "CapacityRetention", 93.5, "%", "retains 93.5% of its capacity after 250 cycles at 1 C")
f("F51-01", "CycleNumber", 250, "cycles", "retains 93.5% of its capacity after 250 cycles at 1 C")
f("F51-01", "CRate", 1, "C", "retains 93.5% of its capacity after 250 cycles at 1 C")
# the transposed table: one column per electrode
COLUMNS = ("Cu3P@CF", "CF", "Cu foil")
ROWS = [("Average CE (%)", "at 1 mA cm$^{-2}$", "CoulombicEfficiency", "%", (98.9, 96.1, 90.4)),
        ("Stable cycles", "at 1 mA cm$^{-2}$", "CycleNumber", "cycles", (500, 180, 70)),
        ("Lifespan (h)", "at 2 mA cm$^{-2}$", "Lifespan", "h", (1400, 350, 160)),
        ("Hysteresis (mV)", "at 2 mA cm$^{-2}$", "VoltageHysteresis", "mV", (16, 34, 61))]
for k, sid in enumerate(("F51-01", "F51-02", "F51-03")):
    for _, _, prop, unit, values in ROWS:
        f(sid, prop, values[k], unit, "table")
    f(sid, "CurrentDensity", 1, "mA cm-2", "table")
    f(sid, "CurrentDensity", 2, "mA cm-2", "table")
R = [(f"{chr(65 + i % 20)}. {NAMES[(i * 7 + 2) % len(NAMES)]}, {chr(72 + i % 10)}. {NAMES[(i * 5 + 11) % len(NAMES)]}",
      f"Copper host study {i}", ["J. Mater. Chem. A", "Energy Environ. Sci.", "Chem. Sci.", "Nanoscale"][i % 4],
      2015 + i % 8, str(3 + i), f"{5000 + 301 * i}") for i in range(1, 6)]


def tex():
    def sub(t):
        t = latex(t, formulas=("Cu3P", "Li3P", "NaH2PO2")).replace("Cu(OH)2", "Cu(OH)$_2$")
        return t.replace("||", "$\\|$").replace("3 um", "3 $\\mu$m").replace("[3-5]", "[3--5]")

    rows = "\n".join(rf"{sub(q)} & {c} & " + " & ".join(str(v) for v in values) + r" \\" for q, c, _, _, values in ROWS)
    table = (r"\begin{table}[h]\centering\small\caption{Electrochemical performance of the three electrodes in Li$\|$Cu "
             r"and symmetric cells.}\begin{tabular}{llccc}\hline Quantity & Condition & " + " & ".join(
                 sub(c) for c in COLUMNS) + r" \\\hline " + rows + r"\hline\end{tabular}\end{table}")
    o = [r"\documentclass[9pt,twocolumn]{extarticle}\usepackage{mathptmx}\usepackage[T1]{fontenc}"
         r"\usepackage[margin=15mm]{geometry}",
         r"\title{\bfseries " + title + r"}\author{Olga Ivanova, Rafael Costa and Yuki Nakamura}\date{}\begin{document}"
         r"\maketitle", r"\noindent\textbf{Abstract}\par\noindent " + sub(ABSTRACT)]
    for h, t in SECTIONS:
        o += [r"\section*{" + h + "}", sub(t)]
        if h.startswith("3"):
            o.append(table)
    o += [r"\section*{References}", r"{\footnotesize"]
    for k, (a, _t, j, y, v, p) in enumerate(R, 1):
        o.append(rf"\noindent {k} {a}, \textit{{{j}}}, {y}, \textbf{{{v}}}, {p}.\par")
    o.append(r"}\end{document}")
    return "\n\n".join(o)


def gold():
    return gold_file(title, S, F, R)
