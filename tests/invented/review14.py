"""Invented review 14: a two-column review in a Royal-Society-like manner: the figure before the design in the passive
('A Coulombic efficiency of 99.1% over 1000 cycles was achieved with a … [22]'), a work's results given by 'Their'
in the next sentence, 'Inspired by this, …' opening a new work, a caption whose panels report a cited work's
figures ('(c) Coulombic efficiency of … at 1 mA cm−2. Reproduced from ref. 9 with permission'), and a table whose
'Performance' column writes each result as text ('98.5% over 500 cycles at 1 mA cm−2')."""
import re

from invented.common import NAMES, review_gold

title = "Lithiophilic design of hosts and interphases for lithium metal anodes: a review"
S = []


def s(i, name, aliases, cls, sub, ref, *figs):
    S.append((i, name, aliases, cls, sub, ref, list(figs)))


P = [
    ("1 Introduction", "Lithium plates unevenly on copper because copper is lithiophobic.^{1,2} Lithiophilic sites "
     "lower the barrier to nucleation and spread the lithium evenly.^{3}"),
    ("2 Lithiophilic hosts",
     "A Coulombic efficiency of 99.1% over 1000 cycles was achieved with a zinc oxide coated carbon felt.^{4} "
     "Larsen and co-workers loaded silver nanowires into a copper foam.^{5} Their host plated lithium with a "
     "nucleation overpotential of only 6 mV and cycled for 1200 h at 1 mA cm-2. Inspired by this, a gold-seeded "
     "nickel foam was designed that lasted 950 h in symmetric cells.^{6} Lithium-rich alloys such as Li22Sn5 were "
     "also spread through carbon paper, which extended the lifespan to 1500 h at 3 mA cm-2.^{7}"),
    ("3 Interphases and electrolytes",
     "A lithium fluoride skin formed by fluorinated ether reached an average Coulombic efficiency of 99.4%.^{8} "
     "Fig. 2 shows a nitrogen-doped graphene interlayer and its performance.^{9} Table 1 collects "
     "further coatings."),
    ("4 Conclusions", "Lithiophilic sites only help if they survive cycling; how long they last is rarely reported.^{13}"),
]
s("V14-01", "zinc oxide coated carbon felt", ["zinc oxide coated carbon felt", "carbon felt"], "ConductiveFramework",
  "CarbonBasedFramework", 4, ("CoulombicEfficiency", 99.1, "%"), ("CycleNumber", 1000, "cycles"))
s("V14-02", "silver nanowires in a copper foam", ["silver nanowires", "copper foam", "silver nanowires into a copper foam"],
  "ConductiveFramework", "MetalBasedFramework", 5, ("Overpotential", 6, "mV"), ("Lifespan", 1200, "h"),
  ("CurrentDensity", 1, "mA cm-2"))
s("V14-03", "gold-seeded nickel foam", ["gold-seeded nickel foam"], "ConductiveFramework", "MetalBasedFramework", 6,
  ("Lifespan", 950, "h"))
s("V14-04", "Li22Sn5 in carbon paper", ["Li22Sn5", "carbon paper", "Lithium-rich alloys"], "ConductiveFramework",
  "LithiumBasedFramework", 7, ("Lifespan", 1500, "h"), ("CurrentDensity", 3, "mA cm-2"))
s("V14-05", "lithium fluoride skin", ["lithium fluoride skin"], "NanostructuredSEI", "ElectrolyteDerivedSEI", 8,
  ("CoulombicEfficiency", 99.4, "%"))
s("V14-06", "nitrogen-doped graphene interlayer", ["nitrogen-doped graphene interlayer"], "ConductiveFramework",
  "CarbonBasedFramework", 9, ("CoulombicEfficiency", 98.8, "%"), ("CurrentDensity", 2, "mA cm-2"))
TABLE = [("Lithium phosphate film", "CE 98.5% over 500 cycles at 1 mA cm-2", 10,
          (("CoulombicEfficiency", 98.5, "%"), ("CycleNumber", 500, "cycles"), ("CurrentDensity", 1, "mA cm-2"))),
         ("Polyurea coating", "700 h at 2 mA cm-2", 11, (("Lifespan", 700, "h"), ("CurrentDensity", 2, "mA cm-2"))),
         ("Lithium borate glass", "overpotential 18 mV at 0.8 mA cm-2", 12,
          (("Overpotential", 18, "mV"), ("CurrentDensity", 0.8, "mA cm-2")))]
for name, _, ref, figs in TABLE:
    s(f"V14-T{ref}", name, [name], "NanostructuredSEI", "ArtificialSEI", ref, *figs)
refs = [(f"{chr(65 + i % 19)}. {NAMES[(i * 9 + 5) % len(NAMES)]}, {chr(68 + i % 14)}. {NAMES[(i * 4 + 7) % len(NAMES)]}",
         ["J. Mater. Chem. A", "Energy Environ. Sci.", "Chem. Sci.", "Nanoscale Horiz."][i % 4], 2014 + i % 9, str(3 + i),
         f"{2000 + 77 * i}") for i in range(1, 14)]


def tex():
    def sub(t):
        t = re.sub(r"\^\{([\d,-]+)\}", lambda m: "@@" + m.group(1).replace("-", "--") + "@@", t)
        t = t.replace("mA cm-2", "mA cm$^{-2}$").replace("%", "\\%").replace("Li22Sn5", "Li$_{22}$Sn$_5$")
        return re.sub(r"@@(.*?)@@", lambda m: "\\textsuperscript{" + m.group(1) + "}", t)

    rows = " ".join(rf"{n} & {sub(perf)} & {ref} \\" for n, perf, ref, _ in TABLE)
    table = (r"\begin{table}[t]\centering\small\caption{Artificial coatings for lithium metal.}"
             r"\begin{tabular}{lp{38mm}c}\hline Coating & Performance & Ref. \\\hline " + rows
             + r"\hline\end{tabular}\end{table}")
    figure = (r"\begin{figure}[t]\centering\fbox{\rule{0pt}{25mm}\hspace{60mm}}\caption{(a) Schematic of the "
              r"nitrogen-doped graphene interlayer. (b) Lithium deposited beneath it. (c) Coulombic efficiency of "
              r"cells with the interlayer, 98.8\% at 2 mA cm$^{-2}$. Reproduced from ref. 9 with permission from the "
              r"Royal Society of Chemistry.}\end{figure}")
    o = [r"\documentclass[twocolumn,9pt]{extarticle}\usepackage{mathptmx}\usepackage[T1]{fontenc}"
         r"\usepackage[margin=15mm]{geometry}\renewcommand{\figurename}{Fig.}",
         r"\title{\bfseries " + title + r"}\author{Sara Lindgren and Tomas Novak}\date{}\begin{document}\maketitle",
         r"\begin{abstract}Lithiophilic sites guide where lithium plates. This review gathers hosts, interphases "
         r"and coatings built on that idea and the figures reported for them.\end{abstract}"]
    for h, t in P:
        o += [r"\section*{" + h + "}", sub(t)]
        if h.startswith("2"):
            o.append(figure)
        if h.startswith("3"):
            o.append(table)
    o.append(r"\begin{thebibliography}{99}\footnotesize")
    for a, j, y, v, p in refs:
        o.append(rf"\bibitem{{}} {a}, \textit{{{j}}}, {y}, \textbf{{{v}}}, {p}.")
    o.append(r"\end{thebibliography}\end{document}")
    return "\n\n".join(o)


def gold():
    return review_gold(title, S, refs)
