"""Invented research paper 62: a perspective-style letter that lists its key results as bullets under a 'Highlights'
heading ('• Average CE of 99.2% over 500 cycles at 1 mA cm−2'), refers to the Supporting Information ('Figure S5'),
names its design by a chemical formula with a host ('Li3Bi@CNT'), and keeps its control only in the bullets."""
from invented.common import NAMES, latex
from invented.common import gold as gold_file

title = "Bismuth alloy seeds in a carbon nanotube film for lithium plating"
S = {
    "F62-01": dict(name="Li3Bi seeds in carbon nanotube film (Li3Bi@CNT)", aliases=["Li3Bi@CNT", "Li3Bi@CNT film",
                   "Li3Bi@CNT host"], role="design", cls="ConductiveFramework", sub="CarbonBasedFramework"),
    "F62-02": dict(name="CNT film", aliases=["CNT film", "bare CNT film", "CNT"], role="control",
                   cls="ConductiveFramework", sub="CarbonBasedFramework"),
}
F = []


def f(*a):
    F.append(a)


ABSTRACT = (
    "Carbon nanotube films are light hosts for lithium but nucleate it unevenly. Bismuth nanoparticles loaded in the "
    "film alloy with lithium on the first plating and leave Li3Bi seeds (Li3Bi@CNT) that guide lithium into the film. "
    "The seeded film outperforms the bare CNT film in every test we ran."
)
HIGHLIGHTS = [
    "Average Coulombic efficiency of 99.2% over 500 cycles at 1 mA cm-2 for Li3Bi@CNT (Figure S5)",
    "Nucleation overpotential of 6 mV for Li3Bi@CNT, against 38 mV for the bare CNT film",
    "Symmetric cells of Li3Bi@CNT cycle for 1,600 h at 2 mA cm-2 and 2 mA h cm-2",
]
SECTIONS = [
    ("Introduction", "Alloy seeds such as Au, Ag and Zn have been used before [1-3]."),
    ("Discussion", "The bismuth particles are about 15 nm across before lithiation (Figure S2). The seeds stay in place "
     "after cycling, so the film keeps its capacity for lithium."),
]
f("F62-01", "CoulombicEfficiency", 99.2, "%", "Average Coulombic efficiency of 99.2% over 500 cycles")
f("F62-01", "CycleNumber", 500, "cycles", "over 500 cycles at 1 mA cm-2")
f("F62-01", "CurrentDensity", 1, "mA cm-2", "over 500 cycles at 1 mA cm-2")
f("F62-01", "Overpotential", 6, "mV", "Nucleation overpotential of 6 mV for Li3Bi@CNT")
f("F62-02", "Overpotential", 38, "mV", "against 38 mV for the bare CNT film")
f("F62-01", "Lifespan", 1600, "h", "Symmetric cells of Li3Bi@CNT cycle for 1,600 h")
f("F62-01", "CurrentDensity", 2, "mA cm-2", "at 2 mA cm-2 and 2 mA h cm-2")
f("F62-01", "ArealCapacity", 2, "mA h cm-2", "at 2 mA cm-2 and 2 mA h cm-2")
f("F62-01", "ParticleSize", 15, "nm", "The bismuth particles are about 15 nm across")
R = [(f"{chr(65 + i % 20)}. {NAMES[(i * 9 + 4) % len(NAMES)]}, {chr(69 + i % 13)}. {NAMES[(i * 3 + 10) % len(NAMES)]}",
      f"Alloy seed study {i}", ["ACS Energy Lett.", "Nano Lett.", "ACS Nano", "Chem. Mater."][i % 4], 2016 + i % 8,
      str(1 + i), f"{900 + 87 * i}") for i in range(1, 4)]


def tex():
    def sub(t):
        return latex(t, formulas=("Li3Bi",)).replace("[1-3]", "[1--3]")

    o = [r"\documentclass[10pt]{article}\usepackage{mathptmx}\usepackage[T1]{fontenc}\usepackage[margin=24mm]{geometry}",
         r"\title{\bfseries " + title + r"}\author{Elif Yilmaz and Karl Jensen}\date{}\begin{document}\maketitle",
         r"\noindent\textbf{Abstract:} " + sub(ABSTRACT), r"\section*{Highlights}", r"\begin{itemize}"]
    o += [r"\item " + sub(h) for h in HIGHLIGHTS]
    o.append(r"\end{itemize}")
    for h, t in SECTIONS:
        o += [r"\section*{" + h + "}", sub(t)]
    o += [r"\section*{References}", r"{\small"]
    for k, (a, _t, j, y, v, p) in enumerate(R, 1):
        o.append(rf"\noindent ({k}) {a} {_t}. \textit{{{j}}} \textbf{{{y}}}, \textit{{{v}}}, {p}.\par")
    o.append(r"}\end{document}")
    return "\n\n".join(o)


def gold():
    return gold_file(title, S, F, R)
