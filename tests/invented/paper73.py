"""Invented research paper 73: a paper whose results sentences point at figure panels for their test conditions
('… for 1,200 h (Fig. 3c), far longer than the bare Cu cell (210 h)'), the conditions given only in the caption's
panel ('(c) Voltage profiles of Li|Li cells at 1 mA cm−2 and 1 mA h cm−2'), captions set as floats at the top of a
two-column page, and a design named by a code with a hyphen ('CuS-NW')."""
from invented.common import NAMES, latex
from invented.common import gold as gold_file

title = "Copper sulfide nanowire forests guide lithium into a three-dimensional current collector"
S = {
    "F73-01": dict(name="copper sulfide nanowires on copper foam (CuS-NW)", aliases=["CuS-NW", "CuS-NW electrode",
                   "CuS-NW collector", "copper sulfide nanowires"], role="design", cls="ConductiveFramework",
                   sub="MetalBasedFramework"),
    "F73-02": dict(name="bare Cu foam", aliases=["bare Cu foam", "Cu foam", "bare Cu"], role="control",
                   cls="ConductiveFramework", sub="MetalBasedFramework"),
}
F = []


def f(*a):
    F.append(a)


ABSTRACT = ("Copper foam is a cheap three-dimensional current collector, but lithium plates on its outer face. "
            "Copper sulfide nanowires grown on the foam (CuS-NW) draw lithium into its pores.")
RESULTS = [
    ("Lithium plating and stripping",
     "The CuS-NW electrode keeps an average Coulombic efficiency of 98.7% over 300 cycles (Fig. 2b), whereas the bare "
     "Cu foam drops below 90% after 80 cycles. The nucleation overpotential falls from 52 mV on bare Cu foam to 9 mV "
     "on CuS-NW (Fig. 2c)."),
    ("Symmetric cells",
     "Symmetric cells built on CuS-NW run stably for 1,200 h (Fig. 3c), far longer than the bare Cu foam cell (210 h). "
     "At a higher capacity, the CuS-NW cell still lasts 600 h (Fig. 3d)."),
]
CAPTIONS = [
    ("Fig. 2", "(a) SEM image of CuS-NW. (b) Coulombic efficiency of Li|Cu cells at 0.5 mA cm-2 and 1 mA h cm-2. "
     "(c) Voltage profiles of the first plating."),
    ("Fig. 3", "(a,b) Cross sections after plating. (c) Voltage profiles of Li|Li cells at 1 mA cm-2 and "
     "1 mA h cm-2. (d) The same at 2 mA cm-2 and 4 mA h cm-2."),
]
f("F73-01", "CoulombicEfficiency", 98.7, "%", "average Coulombic efficiency of 98.7% over 300 cycles")
f("F73-01", "CycleNumber", 300, "cycles", "over 300 cycles (Fig. 2b)")
f("F73-01", "CurrentDensity", 0.5, "mA cm-2", "(b) Coulombic efficiency of Li|Cu cells at 0.5 mA cm-2")
f("F73-01", "ArealCapacity", 1, "mA h cm-2", "at 0.5 mA cm-2 and 1 mA h cm-2")
f("F73-02", "CoulombicEfficiency", 90, "%", "the bare Cu foam drops below 90% after 80 cycles")
f("F73-02", "CycleNumber", 80, "cycles", "after 80 cycles")
f("F73-02", "CurrentDensity", 0.5, "mA cm-2", "(b) Coulombic efficiency of Li|Cu cells at 0.5 mA cm-2")
f("F73-02", "ArealCapacity", 1, "mA h cm-2", "at 0.5 mA cm-2 and 1 mA h cm-2")
f("F73-02", "Overpotential", 52, "mV", "from 52 mV on bare Cu foam")
f("F73-01", "Overpotential", 9, "mV", "to 9 mV on CuS-NW")
f("F73-01", "Lifespan", 1200, "h", "run stably for 1,200 h (Fig. 3c)")
f("F73-01", "CurrentDensity", 1, "mA cm-2", "(c) Voltage profiles of Li|Li cells at 1 mA cm-2")
f("F73-01", "ArealCapacity", 1, "mA h cm-2", "and 1 mA h cm-2")
f("F73-02", "Lifespan", 210, "h", "the bare Cu foam cell (210 h)")
f("F73-02", "CurrentDensity", 1, "mA cm-2", "(c) Voltage profiles of Li|Li cells at 1 mA cm-2")
f("F73-02", "ArealCapacity", 1, "mA h cm-2", "and 1 mA h cm-2")
f("F73-01", "Lifespan", 600, "h", "the CuS-NW cell still lasts 600 h (Fig. 3d)")
f("F73-01", "CurrentDensity", 2, "mA cm-2", "(d) The same at 2 mA cm-2")
f("F73-01", "ArealCapacity", 4, "mA h cm-2", "and 4 mA h cm-2")
R = [(f"{chr(65 + i % 20)}. {NAMES[(i * 3 + 5) % len(NAMES)]}, {chr(72 + i % 10)}. {NAMES[(i * 11 + 3) % len(NAMES)]}",
      f"Copper collector study {i}", ["Nat. Commun.", "Joule", "Adv. Mater."][i % 3], 2017 + i % 7, str(5 + i),
      f"{2000 + 13 * i}") for i in range(1, 4)]


def tex():
    def sub(t):
        return latex(t).replace("Fig. 2b", "Fig.~2b")

    figures = "".join(
        rf"\begin{{figure}}[t]\centering\fbox{{\rule{{0pt}}{{22mm}}\hspace{{70mm}}}}\caption*{{\textbf{{{n}}} "
        rf"{sub(c)}}}\end{{figure}}" for n, c in CAPTIONS)
    o = [r"\documentclass[10pt,twocolumn]{article}\usepackage{mathptmx}\usepackage[T1]{fontenc}\usepackage{caption}"
         r"\usepackage[margin=17mm]{geometry}",
         r"\title{\bfseries " + title + r"}\author{Lea Brandt, Tariq Haddad and Yuki Ito}\date{}\begin{document}"
         r"\maketitle",
         r"\begin{abstract}" + sub(ABSTRACT) + r"\end{abstract}",
         r"\section*{Introduction}Three-dimensional collectors lower the local current density [1,2], but lithium "
         r"prefers their outer face [3].", r"\section*{Results}", figures]
    for h, t in RESULTS:
        o += [r"\subsection*{" + h + "}", sub(t)]
    o += [r"\section*{Methods}CuS-NW was grown by sulfidising copper foam in a sulfur vapour at 200 $^\circ$C. "
          r"Cells were assembled in CR2032 cases with 1 M LiTFSI in DOL/DME.", r"\section*{References}", r"{\small"]
    for k, (a, _t, j, y, v, p) in enumerate(R, 1):
        o.append(rf"\noindent {k}. {a}. {_t}. \textit{{{j}}} \textbf{{{v}}}, {p} ({y}).\par")
    o.append(r"}\end{document}")
    return "\n\n".join(o)


def gold():
    return gold_file(title, S, F, R)
