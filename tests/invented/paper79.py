"""Invented research paper 79: an Elsevier (Energy Storage Mater.)-like host paper whose front matter repeats its
figures twice before the abstract, in 'Highlights' bullets and in a 'Graphical abstract' text; its results state
figures in the passive voice after the condition ('At 3 mA cm−2 and 1 mA h cm−2, an average CE of 98.7% was
retained by ZnO@NF over 400 cycles'), by a negative form ('No short circuit was seen in … over 1 000 h'), with a thin
space as thousands separator ('1 000 h'), and gives the control's figure in a clause after 'whereas'."""
from invented.common import NAMES, latex
from invented.common import gold as gold_file

title = "Zinc oxide-decorated nickel foam that draws lithium into its pores"
S = {
    "F79-01": dict(name="ZnO-decorated nickel foam (ZnO@NF)", aliases=["ZnO@NF", "ZnO@NF host", "ZnO@NF electrode"],
                   role="design", cls="ConductiveFramework", sub="MetalBasedFramework"),
    "F79-02": dict(name="bare nickel foam (NF)", aliases=["NF", "bare NF", "nickel foam", "bare nickel foam"],
                   role="control", cls="ConductiveFramework", sub="MetalBasedFramework"),
}
F = []


def f(*a):
    F.append(a)


HIGHLIGHTS = [
    "A 30 nm ZnO skin makes nickel foam lithiophilic.",
    "Average CE of 98.7% over 400 cycles at 3 mA cm-2.",
    "Symmetric cells of ZnO@NF run for 1 000 h without a short circuit.",
]
GRAPHICAL = (
    "Lithium plated on ZnO@NF fills the pores of the foam, whereas on bare NF it grows as moss on the top face; "
    "ZnO@NF||LFP cells keep 91.3% of their capacity after 300 cycles at 1 C."
)
ABSTRACT = (
    "Nickel foam is a cheap, stiff host for lithium, but lithium nucleates on its outer face. A thin ZnO skin grown "
    "on every strut (ZnO@NF) alloys with lithium and draws it into the pores. ZnO@NF outperforms bare nickel foam "
    "(NF) in half, symmetric and full cells."
)
RESULTS = [
    "The ZnO skin, some 30 nm thick, covers every strut of the foam (Fig. 1c). A nucleation overpotential of 11 mV "
    "was measured for ZnO@NF, against 43 mV for bare NF (Fig. 2b).",
    "At 3 mA cm-2 and 1 mA h cm-2, an average CE of 98.7% was retained by ZnO@NF over 400 cycles, whereas bare NF "
    "failed after 85 cycles (Fig. 3a).",
    "No short circuit was seen in ZnO@NF symmetric cells over 1 000 h at 1 mA cm-2; the bare NF cell shorted at "
    "160 h (Fig. 3d).",
    "With an N/P ratio of 2.5, 91.3% of the initial capacity was kept by the ZnO@NF||LFP full cell after 300 cycles "
    "at 1 C. The bare NF||LFP cell, by contrast, kept only 62.4%.",
]
f("F79-01", "Thickness", 30, "nm", "The ZnO skin, some 30 nm thick")
f("F79-01", "Overpotential", 11, "mV", "A nucleation overpotential of 11 mV was measured for ZnO@NF")
f("F79-02", "Overpotential", 43, "mV", "against 43 mV for bare NF")
for sid in ("F79-01", "F79-02"):  # the condition heads a sentence that compares both arms
    f(sid, "CurrentDensity", 3, "mA cm-2", "At 3 mA cm-2 and 1 mA h cm-2")
    f(sid, "ArealCapacity", 1, "mA h cm-2", "At 3 mA cm-2 and 1 mA h cm-2")
    f(sid, "CurrentDensity", 1, "mA cm-2", "over 1 000 h at 1 mA cm-2; the bare NF cell shorted at 160 h")
    f(sid, "ArealCapacity", 2, "mA h cm-2", "LFP cathodes carried 2 mA h cm-2")
f("F79-01", "CoulombicEfficiency", 98.7, "%", "an average CE of 98.7% was retained by ZnO@NF")
f("F79-01", "CycleNumber", 400, "cycles", "over 400 cycles")
f("F79-02", "CycleNumber", 85, "cycles", "bare NF failed after 85 cycles")
f("F79-01", "Lifespan", 1000, "h", "No short circuit was seen in ZnO@NF symmetric cells over 1 000 h")
f("F79-02", "Lifespan", 160, "h", "the bare NF cell shorted at 160 h")
f("F79-01", "CapacityRetention", 91.3, "%", "91.3% of the initial capacity was kept by the ZnO@NF||LFP full cell")
for sid in ("F79-01", "F79-02"):  # the control's full cell is the same test 'by contrast'
    f(sid, "NPRatio", 2.5, "", "With an N/P ratio of 2.5")
    f(sid, "CycleNumber", 300, "cycles", "after 300 cycles at 1 C")
    f(sid, "CRate", 1, "C", "after 300 cycles at 1 C")
f("F79-02", "CapacityRetention", 62.4, "%", "The bare NF||LFP cell, by contrast, kept only 62.4%")
R = [(f"{chr(66 + i % 20)}. {NAMES[(i * 11 + 6) % len(NAMES)]}, {chr(72 + i % 11)}. {NAMES[(i * 5 + 13) % len(NAMES)]}",
      f"Lithiophilic foam study {i}", ["Energy Storage Mater.", "J. Power Sources", "Electrochim. Acta"][i % 3],
      2015 + i % 9, str(20 + i), f"{110 + 53 * i}-{117 + 53 * i}") for i in range(1, 4)]


def tex():
    def sub(t):
        return latex(t).replace("1 000", "1\\,000")

    o = [r"\documentclass[10pt]{article}\usepackage{mathptmx}\usepackage[T1]{fontenc}\usepackage[margin=22mm]{geometry}",
         r"\title{\bfseries " + title + r"}\author{Nadia Haddad and Lars Olsen}\date{}\begin{document}\maketitle",
         r"\noindent\textbf{Highlights}\par"]
    o += [r"\noindent$\bullet$ " + sub(h) + r"\par" for h in HIGHLIGHTS]
    o += [r"\noindent\textbf{Graphical abstract}\par\noindent " + sub(GRAPHICAL),
          r"\noindent\textbf{Abstract}\par\noindent " + sub(ABSTRACT),
          r"\noindent\textit{Keywords:} Lithium metal anode; Nickel foam; Zinc oxide; Lithiophilic host",
          r"\section{Introduction}Three-dimensional metal foams lower the local current density [1], but lithium "
          r"still plates on their outer face [2,3].", r"\section{Results and discussion}"]
    o += [sub(p) for p in RESULTS]
    o += [r"\section{Experimental}ZnO was grown on nickel foam by atomic layer deposition at 150 $^\circ$C. "
          r"LFP cathodes carried 2 mA h cm$^{-2}$; the electrolyte was 1 M LiTFSI in DOL/DME with 2 wt\% LiNO$_3$.",
          r"\section*{References}", r"{\small"]
    for k, (a, _t, j, y, v, p) in enumerate(R, 1):
        o.append(rf"\noindent [{k}] {a}, {j} {v} ({y}) {p}.\par")
    o.append(r"}\end{document}")
    return "\n\n".join(o)


def gold():
    return gold_file(title, S, F, R)
