"""Invented review 27: a review that tells its field as a story of progress, one work's figure set against another's in
the same sentence: 'the Coulombic efficiency rose from 97.3% [5] to 99.1% [6] once the copper foam was seeded with
silver' (the first figure the earlier work's, not a baseline of the later one), 'where a bare carbon cloth lasted
300 h [7], its zinc oxide-coated successor lasted 1100 h [8]', 'improved on the 650 h of an earlier fibre mat [10]
with 1400 h [11]'; sections per class with sub-headings per material ('2.1 Copper', '2.2 Carbon'); and the
review's own summary figures, with no marker and no work's ('most hosts now exceed 98%', 'typically a few hundred
hours'), which belong to no cited structure."""
from invented.common import NAMES, review_gold

title = "From ninety-seven to ninety-nine: how lithium metal anode designs have improved"
S = []


def s(i, name, aliases, cls, sub, ref, *figs):
    S.append((i, name, aliases, cls, sub, ref, list(figs)))


CF, NF, SEI = "ConductiveFramework", "NonConductiveFramework", "NanostructuredSEI"
P = [
    ("1. Introduction", "Five years ago a lithium metal anode that cycled for a few hundred hours was news [1-4]. "
     "This review traces how each kind of design has improved since."),
    ("2. Conductive frameworks", "Most conductive hosts now exceed 98% in Coulombic efficiency."),
    ("2.1 Copper", "On copper foams, the Coulombic efficiency rose from 97.3% [5] to 99.1% [6] once the foam was "
     "seeded with silver. The silver-seeded copper foam also lowered the nucleation overpotential to 9 mV [6]."),
    ("2.2 Carbon", "Where a bare carbon cloth lasted 300 h [7] in symmetric cells, its zinc oxide-coated successor "
     "lasted 1100 h [8] at the same 1 mA cm-2."),
    ("3. Non-conductive frameworks", "Insulating frameworks typically last a few hundred hours."),
    ("3.1 Polymer fibres", "A polyimide fibre mat coated with alumina improved on the 650 h of an earlier "
     "polyacrylonitrile fibre mat [10] with 1400 h at 2 mA cm-2 [11]."),
    ("4. Interphases", "Interphases have moved the least: a typical artificial layer still gives about 98%."),
    ("4.1 Fluorides", "A lithium fluoride coating made by vapour deposition reached 98.6% over 300 cycles [12], and a "
     "later fluorinated polymer layer took this to 99.3% [13]."),
    ("5. Outlook", "The next step is not a higher number but a number measured under lean conditions [14]."),
]
s("V27-01", "copper foam", ["copper foam", "copper foams"], CF, "MetalBasedFramework", 5,
  ("CoulombicEfficiency", 97.3, "%"))
s("V27-02", "silver-seeded copper foam", ["silver-seeded copper foam", "copper foam"], CF, "MetalBasedFramework", 6,
  ("CoulombicEfficiency", 99.1, "%"), ("Overpotential", 9, "mV"))
s("V27-03", "bare carbon cloth", ["bare carbon cloth", "carbon cloth"], CF, "CarbonBasedFramework", 7,
  ("Lifespan", 300, "h"), ("CurrentDensity", 1, "mA cm-2"))
s("V27-04", "zinc oxide-coated carbon cloth", ["zinc oxide-coated successor", "zinc oxide-coated carbon cloth"], CF,
  "CarbonBasedFramework", 8, ("Lifespan", 1100, "h"), ("CurrentDensity", 1, "mA cm-2"))
s("V27-05", "polyacrylonitrile fibre mat", ["polyacrylonitrile fibre mat", "earlier polyacrylonitrile fibre mat"], NF,
  "NonConductiveScaffold", 10, ("Lifespan", 650, "h"))
s("V27-06", "polyimide fibre mat coated with alumina", ["polyimide fibre mat coated with alumina",
  "polyimide fibre mat"], NF, "NonConductiveScaffold", 11, ("Lifespan", 1400, "h"), ("CurrentDensity", 2, "mA cm-2"))
s("V27-07", "lithium fluoride coating", ["lithium fluoride coating"], SEI, "ArtificialSEI", 12,
  ("CoulombicEfficiency", 98.6, "%"), ("CycleNumber", 300, "cycles"))
s("V27-08", "fluorinated polymer layer", ["fluorinated polymer layer"], SEI, "ArtificialSEI", 13,
  ("CoulombicEfficiency", 99.3, "%"))
refs = [(f"{NAMES[(i * 11 + 2) % len(NAMES)]}, {chr(66 + i % 21)}.; {NAMES[(i * 17 + 8) % len(NAMES)]}, "
         f"{chr(68 + i % 13)}.", f"Invented work {i} on plating lithium",
         ["Nano Lett.", "J. Am. Chem. Soc.", "Energy Environ. Sci.", "Small"][i % 4], 2015 + i % 9,
         str(10 + i % 14), f"{3000 + 77 * i}–{3008 + 77 * i}") for i in range(1, 15)]


def tex():
    def u(t):
        return t.replace("mA cm-2", "mA cm$^{-2}$").replace("%", "\\%").replace("[1-4]", "[1--4]")

    o = [r"\documentclass[11pt]{article}\usepackage{mathptmx}\usepackage[T1]{fontenc}\usepackage[margin=25mm]{geometry}"
         r"\setcounter{secnumdepth}{0}",
         r"\title{\bfseries " + title + r"}\author{Yusuf Khan and Marta Pereira}\date{}\begin{document}\maketitle",
         r"\begin{abstract}Conductive and insulating frameworks and artificial interphases have each improved the "
         r"lithium metal anode step by step. We review the steps.\end{abstract}"]
    for h, t in P:
        o += [(r"\subsection{" if "." in h.split()[0][:-1] else r"\section{") + h + "}", u(t)]
    o += [r"\section*{References}", r"{\small"]
    for k, (a, t, j, y, v, p) in enumerate(refs, 1):
        o.append(rf"\noindent ({k}) {a} {t}. \textit{{{j}}} \textbf{{{y}}}, \textit{{{v}}}, {p.replace('–', '--')}.\par")
    o.append(r"}\end{document}")
    return "\n\n".join(o)


def gold():
    g = review_gold(title, S, [(a, j, y, v, p) for a, _t, j, y, v, p in refs], separator="; ")
    for r, ref in zip(g["references"], refs, strict=True):
        r["title"] = ref[1]
    return g
