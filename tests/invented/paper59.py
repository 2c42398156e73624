"""Invented research paper 59: a two-column paper long enough to run over three pages, with a figure spanning both
columns at the top of page 2 (its caption carries results), results sentences broken across a column and a page, a
footnote, and long discussion paragraphs with no figures between the results; Wiley numbered references."""
from invented.common import NAMES, latex
from invented.common import gold as gold_file

title = "Magnesium fluoride nanocrystal interlayers for stable lithium metal anodes in carbonate electrolytes"
S = {
    "F59-01": dict(name="MgF2 nanocrystal interlayer on Li (MFI@Li)", aliases=["MFI@Li", "MFI", "MFI@Li electrode",
                   "MgF2 nanocrystal interlayer"], role="design", cls="NanostructuredSEI", sub="ArtificialSEI"),
    "F59-02": dict(name="bare Li", aliases=["bare Li", "bare lithium", "bare Li electrode"], role="control",
                   cls="ConductiveFramework", sub="LithiumBasedFramework"),
}
F = []


def f(*a):
    F.append(a)


FILLER = (
    "The interphase that forms in carbonate electrolytes is thin, brittle and rich in organic species, and it breaks "
    "each time lithium is plated beneath it. Fresh lithium is then exposed to the electrolyte, which is reduced again, "
    "so the interphase thickens and the cell loses both lithium and electrolyte. Inorganic interlayers can stop this "
    "cycle if they are dense enough to keep the electrolyte away from the metal and thin enough to let lithium ions "
    "through quickly. Fluorides are attractive because they are stable against lithium and because their surfaces "
    "favour the lateral growth of lithium over vertical growth. "
)
ABSTRACT = (
    "Carbonate electrolytes are stable at high voltage but form a poor interphase on lithium metal. We coat lithium "
    "with a magnesium fluoride nanocrystal interlayer (MFI@Li) by a reaction with a fluorinated solvent vapour. The "
    "interlayer is dense, about 150 nm thick, and conducts lithium ions. MFI@Li runs for 1,100 h in symmetric cells "
    "and keeps Li||NCM622 cells at 86.4% capacity after 300 cycles."
)
INTRO = FILLER * 2 + "Several fluoride coatings have been reported before [1-4]."
RESULTS_A = ("The nanocrystals are about 12 nm across, and the interlayer is about 150 nm thick. " + FILLER +
             "In symmetric cells at 1 mA cm-2 and 1 mA h cm-2 in carbonate electrolyte, MFI@Li runs for 1,100 h with an "
             "overpotential of 38 mV, whereas bare Li fails after 160 h. " + FILLER)
RESULTS_B = ("The exchange current density of MFI@Li is 1.9 mA cm-2, twice that of bare Li (0.95 mA cm-2). " + FILLER +
             "Li||NCM622 cells with MFI@Li keep 86.4% of their capacity after 300 cycles at 1 C, against 41.2% for "
             "bare Li. " + FILLER)
CAPTION = ("Figure 2. Cycling of Li||Cu cells in carbonate electrolyte at 0.5 mA cm-2. The average Coulombic efficiency is "
           "97.8% for MFI@Li over 200 cycles and 91.3% for bare Li over 60 cycles.")
f("F59-01", "Thickness", 150, "nm", "abstract")
f("F59-01", "Lifespan", 1100, "h", "abstract")
f("F59-01", "CapacityRetention", 86.4, "%", "abstract")
f("F59-01", "CycleNumber", 300, "cycles", "abstract")
f("F59-01", "ParticleSize", 12, "nm", "The nanocrystals are about 12 nm across")
for sid in ("F59-01", "F59-02"):
    f(sid, "CurrentDensity", 1, "mA cm-2", "In symmetric cells at 1 mA cm-2 and 1 mA h cm-2")
    f(sid, "ArealCapacity", 1, "mA h cm-2", "In symmetric cells at 1 mA cm-2 and 1 mA h cm-2")
    f(sid, "CurrentDensity", 0.5, "mA cm-2", "caption")
    f(sid, "CRate", 1, "C", "after 300 cycles at 1 C, against 41.2% for bare Li")
    f(sid, "CycleNumber", 300, "cycles", "after 300 cycles at 1 C, against 41.2% for bare Li")
f("F59-01", "Lifespan", 1100, "h", "MFI@Li runs for 1,100 h")
f("F59-01", "Overpotential", 38, "mV", "with an overpotential of 38 mV")
f("F59-02", "Lifespan", 160, "h", "whereas bare Li fails after 160 h")
f("F59-01", "ExchangeCurrentDensity", 1.9, "mA cm-2", "The exchange current density of MFI@Li is 1.9 mA cm-2")
f("F59-02", "ExchangeCurrentDensity", 0.95, "mA cm-2", "twice that of bare Li (0.95 mA cm-2)")
f("F59-01", "CapacityRetention", 86.4, "%", "keep 86.4% of their capacity after 300 cycles")
f("F59-02", "CapacityRetention", 41.2, "%", "against 41.2% for bare Li")
f("F59-01", "CoulombicEfficiency", 97.8, "%", "caption")
f("F59-01", "CycleNumber", 200, "cycles", "caption")
f("F59-02", "CoulombicEfficiency", 91.3, "%", "caption")
f("F59-02", "CycleNumber", 60, "cycles", "caption")
R = [(f"{chr(65 + i % 20)}. {NAMES[(i * 3 + 2) % len(NAMES)]}, {chr(66 + i % 17)}. {NAMES[(i * 11 + 5) % len(NAMES)]}",
      f"Fluoride coating study {i}", ["Adv. Mater.", "Angew. Chem. Int. Ed.", "Adv. Energy Mater.", "Small"][i % 4],
      2015 + i % 8, str(20 + i), f"{1900000 + 1117 * i}") for i in range(1, 5)]


def tex():
    def sub(t):
        return latex(t, formulas=("NCM622", "MgF2")).replace("||", "$\\|$").replace("[1-4]", "$^{[1-4]}$")

    o = [r"\documentclass[10pt,twocolumn]{article}\usepackage{mathptmx}\usepackage[T1]{fontenc}"
         r"\usepackage[margin=18mm]{geometry}\usepackage{caption}\captionsetup{labelformat=empty,font=small}",
         r"\title{\bfseries " + title + r"}\author{Lea Fischer\thanks{Corresponding author.}, Tomas Lindgren and "
         r"Yara Mendes}\date{}\begin{document}\maketitle", r"\noindent\textbf{Abstract:} " + sub(ABSTRACT),
         r"\section*{1. Introduction}", sub(INTRO), r"\section*{2. Results and Discussion}", sub(RESULTS_A),
         r"\begin{figure*}[t]\centering\fbox{\rule{0pt}{30mm}\rule{150mm}{0pt}}\caption{" + sub(CAPTION) +
         r"}\end{figure*}", sub(RESULTS_B), r"\section*{3. Conclusion}", "Fluoride nanocrystals make carbonate "
         "electrolytes usable with lithium metal.", r"\section*{References}", r"{\footnotesize"]
    for k, (a, _t, j, y, v, p) in enumerate(R, 1):
        o.append(rf"\noindent [{k}] {a}, \textit{{{j}}} \textbf{{{y}}}, \textit{{{v}}}, {p}.\par")
    o.append(r"}\end{document}")
    return "\n\n".join(o)


def gold():
    return gold_file(title, S, F, R)
