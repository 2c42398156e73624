"""Invented research paper 75: two designs of one paper compared by 'the former' and 'the latter' ('FL-Li and NL-Li
were cycled side by side; the former lasted 820 h, the latter 540 h'), a figure said of both ('Both keep an average
Coulombic efficiency above 98.5%'), a figure shared by a gapped clause ('the nitride skin about 60 nm'), and a
control named by what it lacks ('untreated lithium')."""
from invented.common import NAMES, latex
from invented.common import gold as gold_file

title = "Fluoride and nitride skins grown on lithium from two gases"
S = {
    "F75-01": dict(name="fluoride skin on lithium (FL-Li)", aliases=["FL-Li", "fluoride skin", "FL-Li electrode"],
                   role="design", cls="NanostructuredSEI", sub="ArtificialSEI"),
    "F75-02": dict(name="nitride skin on lithium (NL-Li)", aliases=["NL-Li", "nitride skin", "NL-Li electrode"],
                   role="design", cls="NanostructuredSEI", sub="ArtificialSEI"),
    "F75-03": dict(name="untreated lithium", aliases=["untreated lithium", "untreated Li", "bare Li"], role="control",
                   cls="ConductiveFramework", sub="LithiumBasedFramework"),
}
F = []


def f(*a):
    F.append(a)


ABSTRACT = ("Lithium held in nitrogen trifluoride grows a fluoride skin (FL-Li); in ammonia it grows a nitride skin "
            "(NL-Li). We compare the two skins with untreated lithium.")
RESULTS = (
    "FL-Li and NL-Li were cycled side by side in symmetric cells at 1 mA cm-2; the former lasted 820 h, the latter "
    "540 h, and untreated lithium only 150 h. Both keep an average Coulombic efficiency above 98.5% in Li||Cu cells. "
    "The fluoride skin is about 25 nm thick and the nitride skin about 60 nm. The ionic conductivity of the nitride "
    "skin, 0.45 mS cm-1, is ten times that of the fluoride skin."
)
f("F75-01", "Lifespan", 820, "h", "the former lasted 820 h")
f("F75-02", "Lifespan", 540, "h", "the latter 540 h")
f("F75-03", "Lifespan", 150, "h", "untreated lithium only 150 h")
for sid in ("F75-01", "F75-02", "F75-03"):
    f(sid, "CurrentDensity", 1, "mA cm-2", "in symmetric cells at 1 mA cm-2")
f("F75-01", "CoulombicEfficiency", 98.5, "%", "Both keep an average Coulombic efficiency above 98.5%")
f("F75-02", "CoulombicEfficiency", 98.5, "%", "Both keep an average Coulombic efficiency above 98.5%")
f("F75-01", "Thickness", 25, "nm", "The fluoride skin is about 25 nm thick")
f("F75-02", "Thickness", 60, "nm", "the nitride skin about 60 nm")
f("F75-02", "IonicConductivity", 0.45, "mS cm-1", "The ionic conductivity of the nitride skin, 0.45 mS cm-1")
R = [(f"{chr(68 + i % 16)}. {NAMES[(i * 19 + 2) % len(NAMES)]}, {chr(70 + i % 13)}. {NAMES[(i * 23 + 5) % len(NAMES)]}",
      f"Gas-grown skin study {i}", ["Chem. Mater.", "J. Mater. Chem. A", "Small"][i % 3], 2016 + i % 8, str(9 + i),
      f"{400 + 37 * i}") for i in range(1, 4)]


def tex():
    def sub(t):
        return latex(t)

    o = [r"\documentclass[10pt,twocolumn]{article}\usepackage{mathptmx}\usepackage[T1]{fontenc}"
         r"\usepackage[margin=18mm]{geometry}",
         r"\title{\bfseries " + title + r"}\author{Omar Reyes and Ewa Kowalski}\date{}\begin{document}\maketitle",
         r"\begin{abstract}" + sub(ABSTRACT) + r"\end{abstract}",
         r"\section*{Introduction}Skins grown on lithium from gases are thin and even [1,2], but few gases have been "
         r"compared [3].", r"\section*{Results and discussion}", sub(RESULTS),
         r"\section*{Methods}Lithium discs were held in the gas at 25 $^\circ$C for 30 min. Cells used 1 M LiPF$_6$ in "
         r"EC/DEC.", r"\section*{References}", r"{\small"]
    for k, (a, _t, j, y, v, p) in enumerate(R, 1):
        o.append(rf"\noindent [{k}] {a}, \textit{{{j}}} \textbf{{{y}}}, {v}, {p}.\par")
    o.append(r"}\end{document}")
    return "\n\n".join(o)


def gold():
    return gold_file(title, S, F, R)
