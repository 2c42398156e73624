"""Invented research paper 60: a two-by-two study (a host and an electrolyte, each with its control), four arms coded
by both ('Cu–BE', 'Cu–FE', 'NCF–BE', 'NCF–FE'), results given for pairs ('with FE, both hosts …'), a table of the four,
and ACS references."""
from invented.common import NAMES, latex
from invented.common import gold as gold_file

title = "Host and electrolyte act together: nitrogen-doped carbon felt in a fluorinated electrolyte"
S = {
    "F60-01": dict(name="NCF–FE", aliases=["NCF–FE", "NCF-FE"], role="design", cls="ConductiveFramework",
                   sub="CarbonBasedFramework"),
    "F60-02": dict(name="NCF–BE", aliases=["NCF–BE", "NCF-BE"], role="control", cls="ConductiveFramework",
                   sub="CarbonBasedFramework"),
    "F60-03": dict(name="Cu–FE", aliases=["Cu–FE", "Cu-FE"], role="control", cls="ConductiveFramework",
                   sub="MetalBasedFramework"),
    "F60-04": dict(name="Cu–BE", aliases=["Cu–BE", "Cu-BE"], role="control", cls="ConductiveFramework",
                   sub="MetalBasedFramework"),
}
F = []


def f(*a):
    F.append(a)


ABSTRACT = (
    "A three-dimensional host spreads lithium, and a good electrolyte makes its interphase; each alone helps less than "
    "both together. We test a nitrogen-doped carbon felt (NCF) against copper foil (Cu), each in a baseline carbonate "
    "electrolyte (BE) and in a fluorinated electrolyte (FE), and code the four combinations Cu–BE, Cu–FE, NCF–BE and "
    "NCF–FE. Only NCF–FE keeps a Coulombic efficiency above 99% for 400 cycles."
)
SECTIONS = [
    ("Results and Discussion",
     "All Li||host cells were cycled at 1 mA cm-2 with 1 mA h cm-2. The nucleation overpotentials are 52 mV for Cu–BE "
     "and 47 mV for Cu–FE, but only 16 mV for NCF–BE and 13 mV for NCF–FE. Table 1 lists the Coulombic efficiencies "
     "and the cycles each combination lasted."),
    ("Conclusions", "The host sets where lithium goes; the electrolyte sets how long it stays usable."),
]
for sid in ("F60-01", "F60-02", "F60-03", "F60-04"):
    f(sid, "CurrentDensity", 1, "mA cm-2", "All Li||host cells were cycled at 1 mA cm-2 with 1 mA h cm-2")
    f(sid, "ArealCapacity", 1, "mA h cm-2", "All Li||host cells were cycled at 1 mA cm-2 with 1 mA h cm-2")
for sid, v in (("F60-04", 52), ("F60-03", 47), ("F60-02", 16), ("F60-01", 13)):
    f(sid, "Overpotential", v, "mV", "The nucleation overpotentials are 52 mV for Cu–BE and 47 mV for Cu–FE")
f("F60-01", "CoulombicEfficiency", 99, "%", "abstract")
f("F60-01", "CycleNumber", 400, "cycles", "abstract")
TABLE = [("Cu–BE", "F60-04", 88.2, 60), ("Cu–FE", "F60-03", 96.9, 150), ("NCF–BE", "F60-02", 97.4, 210),
         ("NCF–FE", "F60-01", 99.3, 400)]
for _, sid, ce, n in TABLE:
    f(sid, "CoulombicEfficiency", ce, "%", "table")
    f(sid, "CycleNumber", n, "cycles", "table")
R = [(f"{NAMES[(i * 3 + 5) % len(NAMES)]}, {chr(65 + i % 20)}.; {NAMES[(i * 7 + 9) % len(NAMES)]}, {chr(72 + i % 10)}.",
      f"Host–electrolyte study {i}", ["ACS Nano", "ACS Energy Lett.", "Nano Lett.", "ACS Appl. Mater. Interfaces"][i % 4],
      2017 + i % 7, str(5 + i), f"{4400 + 73 * i}") for i in range(1, 4)]


def tex():
    def sub(t):
        return latex(t).replace("||", "$\\|$").replace("–", "--")

    rows = " ".join(rf"{sub(n)} & {ce} & {c} \\" for n, _, ce, c in TABLE)
    table = (r"\begin{table}[h]\centering\caption{Li$\|$host cells at 1 mA cm$^{-2}$.}\begin{tabular}{lcc}\hline "
             r"Combination & Average CE (\%) & Cycles \\\hline " + rows + r"\hline\end{tabular}\end{table}")
    o = [r"\documentclass[10pt,twocolumn]{article}\usepackage{mathptmx}\usepackage[T1]{fontenc}"
         r"\usepackage[margin=18mm]{geometry}",
         r"\title{\bfseries " + title + r"}\author{Nina Larsen and Omar Haddad}\date{}\begin{document}\maketitle",
         r"\noindent\textbf{ABSTRACT:} " + sub(ABSTRACT) + r" Related hosts were reported before.\textsuperscript{1--3}"]
    for h, t in SECTIONS:
        o += [r"\section*{" + h + "}", sub(t)]
        if h.startswith("Results"):
            o.append(table)
    o += [r"\section*{References}", r"{\footnotesize"]
    for k, (a, t, j, y, v, p) in enumerate(R, 1):
        o.append(rf"\noindent ({k}) {a} {t}. \textit{{{j}}} \textbf{{{y}}}, \textit{{{v}}}, {p}.\par")
    o.append(r"}\end{document}")
    return "\n\n".join(o)


def gold():
    g = gold_file(title, S, F, R)
    for r, ref in zip(g["references"], R, strict=True):
        r["authors"] = [" ".join(reversed(a.split(", "))) for a in ref[0].split("; ")]
    return g
