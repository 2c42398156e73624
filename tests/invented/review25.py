"""Invented review 25: a review in a physics journal's manner: headings numbered in capital Roman numerals and set in
capitals ('II. CONDUCTIVE FRAMEWORKS'), subsections lettered ('A. Carbon-based hosts'), each work's figures and its
reference together in one bracket after its name ('a copper foam with silver seeds (98.7% over 300 cycles; Ref. 9)',
a test condition among them: '(1100 h at 2 mA cm−2; Ref. 10)'), two works in one sentence, and AIP-style references
('[9] B. Okafor and K. Ito, J. Appl. Electrochem. 49, 123 (2019).')."""
import re

from invented.common import NAMES, review_gold

title = "Lithium metal anodes: frameworks and interphases from a physical viewpoint"
S = []


def s(i, name, aliases, cls, sub, ref, *figs):
    S.append((i, name, aliases, cls, sub, ref, list(figs)))


CF, NF, SEI = "ConductiveFramework", "NonConductiveFramework", "NanostructuredSEI"
P = [
    ("I. INTRODUCTION", "The lithium ion flux at a metal surface is set by the local field and by the interphase the "
     "ion must cross (Refs. 1-4). Designs that shape either have been reviewed before (Ref. 5)."),
    ("II. CONDUCTIVE FRAMEWORKS", "A framework that conducts electrons lowers the local current density."),
    ("A. Carbon-based hosts", "Among carbon hosts, a graphitized nanofibre paper (99.0% over 450 cycles; Ref. 6) "
     "and a nitrogen-doped holey graphene film (14 mV nucleation overpotential; Ref. 7) stand out."),
    ("B. Metallic hosts", "A copper foam with silver seeds (98.7% over 300 cycles; Ref. 9) and a nickel nanowire "
     "mesh (1100 h at 2 mA cm-2; Ref. 10) show what a lithiophilic metal surface does."),
    ("III. NON-CONDUCTIVE FRAMEWORKS", "A polybenzimidazole nanofibre separator (900 h at 1 mA cm-2; Ref. 12) "
     "and a silica aerogel scaffold (97.5% over 200 cycles; Ref. 13) keep lithium off their surfaces."),
    ("IV. INTERPHASES", "An artificial lithium borate layer 30 nm thick (600 cycles; Ref. 14) and an interphase "
     "derived from a dual-salt electrolyte (99.2%; Ref. 15) both slow the loss of lithium."),
    ("V. OUTLOOK", "Models that couple the field with the interphase are still missing (Ref. 16)."),
]
s("V25-01", "graphitized nanofibre paper", ["graphitized nanofibre paper"], CF, "CarbonBasedFramework", 6,
  ("CoulombicEfficiency", 99.0, "%"), ("CycleNumber", 450, "cycles"))
s("V25-02", "nitrogen-doped holey graphene film", ["nitrogen-doped holey graphene film"], CF, "CarbonBasedFramework",
  7, ("Overpotential", 14, "mV"))
s("V25-03", "copper foam with silver seeds", ["copper foam with silver seeds", "copper foam"], CF,
  "MetalBasedFramework", 9, ("CoulombicEfficiency", 98.7, "%"), ("CycleNumber", 300, "cycles"))
s("V25-04", "nickel nanowire mesh", ["nickel nanowire mesh"], CF, "MetalBasedFramework", 10, ("Lifespan", 1100, "h"),
  ("CurrentDensity", 2, "mA cm-2"))
s("V25-05", "polybenzimidazole nanofibre separator", ["polybenzimidazole nanofibre separator"], NF,
  "FunctionalSeparator", 12, ("Lifespan", 900, "h"), ("CurrentDensity", 1, "mA cm-2"))
s("V25-06", "silica aerogel scaffold", ["silica aerogel scaffold"], NF, "NonConductiveScaffold", 13,
  ("CoulombicEfficiency", 97.5, "%"), ("CycleNumber", 200, "cycles"))
s("V25-07", "artificial lithium borate layer", ["artificial lithium borate layer", "lithium borate layer"], SEI,
  "ArtificialSEI", 14, ("Thickness", 30, "nm"), ("CycleNumber", 600, "cycles"))
s("V25-08", "interphase derived from a dual-salt electrolyte", ["interphase derived from a dual-salt electrolyte",
  "interphase"], SEI, "ElectrolyteDerivedSEI", 15, ("CoulombicEfficiency", 99.2, "%"))
refs = [(f"{chr(65 + i % 20)}. {NAMES[(i * 9 + 4) % len(NAMES)]} and {chr(71 + i % 12)}. {NAMES[(i * 5 + 12) % len(NAMES)]}",
         ["J. Appl. Phys.", "Phys. Rev. Appl.", "Appl. Phys. Lett.", "J. Chem. Phys."][i % 4], 2014 + i % 10,
         str(100 + 3 * i), str(1000 + 211 * i)) for i in range(1, 17)]


def tex():
    def u(t):
        return (t.replace("mA cm-2", "mA cm$^{-2}$").replace("%", "\\%").replace("Refs. 1-4", "Refs. 1--4"))

    o = [r"\documentclass[twocolumn,10pt]{article}\usepackage{mathptmx}\usepackage[T1]{fontenc}"
         r"\usepackage[margin=18mm]{geometry}\setcounter{secnumdepth}{0}",
         r"\title{\bfseries " + title + r"}\author{Sven Lindgren and Aiko Suzuki}\date{}\begin{document}\maketitle",
         r"\begin{abstract}Conductive and non-conductive frameworks and artificial or electrolyte-derived "
         r"interphases all change how lithium ions reach the metal. We review what each has achieved.\end{abstract}"]
    for h, t in P:
        roman = re.fullmatch(r"[IVX]+\.", h.split()[0]) is not None
        o.append((r"\section{" if roman else r"\subsection{\itshape ") + h + "}")
        o.append(u(t))
    o += [r"\section*{REFERENCES}", r"{\footnotesize"]
    for k, (a, j, y, v, p) in enumerate(refs, 1):
        o.append(rf"\noindent [{k}] {a}, {j} \textbf{{{v}}}, {p} ({y}).\par")
    o.append(r"}\end{document}")
    return "\n\n".join(o)


def gold():
    g = review_gold(title, S, refs)
    for r, ref in zip(g["references"], refs, strict=True):
        r["authors"] = ref[0].split(" and ")
    return g
