"""Invented research paper 86: alloy anodes named by their composition in brackets and nothing else ('Li–Mg (5 at%)',
'Li–Mg (20 at%)'; no codes), the same alloys also written by their atomic ratio ('the 95:5 alloy') and as formulas
in a table ('Li95Mg5', 'Li80Mg20'), pure lithium as the control ('pure Li'), a cited alloy of the same kind with a
composition of its own ('Li–Al (10 at%)') in a results sentence, and RSC-like references."""
from invented.common import NAMES, latex
from invented.common import gold as gold_file

title = "How much magnesium a lithium alloy anode needs"
S = {
    "F86-01": dict(name="Li–Mg (5 at%)", aliases=["Li–Mg (5 at%)", "Li-Mg (5 at%)", "95:5 alloy", "Li95Mg5"],
                   role="design", cls="ConductiveFramework", sub="LithiumBasedFramework"),
    "F86-02": dict(name="Li–Mg (20 at%)", aliases=["Li–Mg (20 at%)", "Li-Mg (20 at%)", "80:20 alloy", "Li80Mg20"],
                   role="design", cls="ConductiveFramework", sub="LithiumBasedFramework"),
    "F86-03": dict(name="pure Li", aliases=["pure Li", "pure lithium", "Li foil"], role="control",
                   cls="ConductiveFramework", sub="LithiumBasedFramework"),
    "F86-04": dict(name="Li–Al (10 at%)", aliases=["Li–Al (10 at%)", "Li-Al (10 at%)", "Li–Al alloy"], role="cited",
                   cls="ConductiveFramework", sub="LithiumBasedFramework", refs=[5]),
}
F = []


def f(*a):
    F.append(a)


ABSTRACT = (
    "Magnesium dissolved in lithium lowers the barrier to lithium diffusion, but how much is needed has not been "
    "settled. We roll lithium–magnesium alloy foils with 5 and 20 at% Mg and cycle them against pure lithium. "
    "Li–Mg (5 at%) gives the longest life, 1500 h at 1 mA cm-2."
)
INTRO = "Alloying lithium with Mg, Al or Zn evens its stripping [1-4]."
METHODS = ("Lithium and magnesium were melted together at atomic ratios of 95:5 and 80:20 and rolled to 100 µm. "
           "Cells used 1 M LiPF6 in EC/DMC.")
RESULTS = [
    "In symmetric cells at 1 mA cm-2 and 1 mA h cm-2, Li–Mg (5 at%) cycles for 1500 h and Li–Mg (20 at%) for 900 h, "
    "while pure Li fails at 210 h.",
    "The 80:20 alloy is stiffer but conducts lithium more slowly: its overpotential is 35 mV, against 14 mV for the "
    "95:5 alloy.",
    "The lifespan of Li–Mg (5 at%) is also longer than the 800 h reported for Li–Al (10 at%) [5].",
]
TABLE = [("Li95Mg5", "14", "1500"), ("Li80Mg20", "35", "900"), ("Li", "52", "210")]
for sid in ("F86-01", "F86-02", "F86-03"):
    f(sid, "CurrentDensity", 1, "mA cm-2", "In symmetric cells at 1 mA cm-2 and 1 mA h cm-2")
    f(sid, "ArealCapacity", 1, "mA h cm-2", "In symmetric cells at 1 mA cm-2 and 1 mA h cm-2")
    f(sid, "Thickness", 100000, "nm", "rolled to 100 µm")
f("F86-01", "Lifespan", 1500, "h", "Li–Mg (5 at%) gives the longest life, 1500 h")
f("F86-01", "CurrentDensity", 1, "mA cm-2", "1500 h at 1 mA cm-2")
f("F86-01", "Lifespan", 1500, "h", "Li–Mg (5 at%) cycles for 1500 h")
f("F86-02", "Lifespan", 900, "h", "Li–Mg (20 at%) for 900 h")
f("F86-03", "Lifespan", 210, "h", "pure Li fails at 210 h")
f("F86-02", "Overpotential", 35, "mV", "its overpotential is 35 mV")
f("F86-01", "Overpotential", 14, "mV", "against 14 mV for the 95:5 alloy")
f("F86-04", "Lifespan", 800, "h", "the 800 h reported for Li–Al (10 at%) [5]")
for sid, (_, eta, life) in zip(("F86-01", "F86-02", "F86-03"), TABLE, strict=True):
    f(sid, "Overpotential", float(eta), "mV", "Table 1")
    f(sid, "Lifespan", float(life), "h", "Table 1")
R = [(f"{chr(65 + i % 19)}. {NAMES[(i * 5 + 3) % len(NAMES)]}", f"Alloy anode study {i}",
      ["J. Mater. Chem. A", "Energy Environ. Sci.", "Chem. Sci."][i % 3], 2014 + i % 9, str(4 + i),
      f"{2100 + 311 * i}") for i in range(1, 6)]


def tex():
    def sub(t):
        t = latex(t, formulas=("LiPF6",)).replace("[1-4]", "[1--4]")
        return t.replace("Li–", "Li--").replace("lithium–", "lithium--")

    rows = "".join(rf"{latex(n, formulas=(n,))} & {e} & {life}\\" for n, e, life in TABLE)
    o = [r"\documentclass[10pt,twocolumn]{article}\usepackage{mathptmx}\usepackage[T1]{fontenc}"
         r"\usepackage[margin=16mm]{geometry}",
         r"\title{" + title + r"}\author{Sofia Lindqvist and Rahul Iyer}\date{}\begin{document}\maketitle",
         r"\begin{abstract}" + sub(ABSTRACT) + r"\end{abstract}",
         r"\section*{Introduction}" + sub(INTRO),
         r"\section*{Experimental}" + sub(METHODS),
         r"\section*{Results and discussion}" + sub(" ".join(RESULTS)),
         r"\begin{table}[h]\centering\caption{Symmetric cells at 1 mA cm$^{-2}$.}\begin{tabular}{lcc}\hline "
         r"Anode & Overpotential (mV) & Lifespan (h)\\\hline " + rows + r"\hline\end{tabular}\end{table}",
         r"\section*{Conclusions}A little magnesium goes a long way.",
         r"\section*{References}", r"{\footnotesize"]
    for k, (a, _t, j, y, v, p) in enumerate(R, 1):
        o.append(rf"\noindent {k} {a}, \textit{{{j}}}, {y}, \textbf{{{v}}}, {p}.\par")
    o.append(r"}\end{document}")
    return "\n\n".join(o)


def gold():
    return gold_file(title, S, F, R)
