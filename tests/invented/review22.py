"""Invented review 22: a perspective whose sections are numbered three deep ('2.1.2 Fibres and cloths'), the class
named only by the top heading ('2 Frameworks that carry electrons', '3 Frameworks that do not', '4 Interphases') and
the works' names ending in head nouns that say no class ('array', 'network', 'mat', 'skin'), and that sums up each
class in its own table ('Table 1 Electron-conducting frameworks', 'Table 2 Insulating frameworks', 'Table 3
Interphases': no class column; 'Design', 'j (mA cm−2)', 'CE (%)', 'Cycles', 'Ref.'), with RSC-style references
('A. Surname, B. Surname and C. Surname, J. Name, 2019, 7, 1234–1240.')."""
from invented.common import NAMES, review_gold

title = "Where should lithium go? A perspective on frameworks and interphases"
S = []


def s(i, name, aliases, cls, sub, ref, *figs):
    S.append((i, name, aliases, cls, sub, ref, list(figs)))


CF, NF, SEI = "ConductiveFramework", "NonConductiveFramework", "NanostructuredSEI"
P = [
    ("1 Introduction", "Lithium plates where the field is strongest, and it grows mossy and dendritic where the "
     "current crowds [1,2]. Three answers have been given: a framework that carries electrons, one that does not, "
     "and an interphase that guides the ions."),
    ("2 Frameworks that carry electrons", "Conductive frameworks spread the current over a large area [3]."),
    ("2.1 Carbon", ""),
    ("2.1.1 Graphene and nanotubes", "A vertically aligned graphene wall array lowered the nucleation overpotential "
     "to 11 mV [4]."),
    ("2.1.2 Fibres and cloths", "A woven fibre network with zinc oxide dots plated lithium for 1200 h at 2 mA cm-2 "
     "without a short circuit [5]."),
    ("2.2 Metals", ""),
    ("2.2.1 Copper", "A dealloyed porous skeleton of copper kept an average Coulombic efficiency of 98.7% over 300 "
     "cycles [6]."),
    ("3 Frameworks that do not carry electrons", "Insulating frameworks let lithium deposit from the bottom up [7]."),
    ("3.1 Polymers", ""),
    ("3.1.1 Electrospun fibres", "An electrospun polyimide mat coated with silver on its lower face cycled for "
     "900 h [8]."),
    ("4 Interphases", "An interphase that conducts ions but not electrons keeps the electrolyte away [9]."),
    ("4.1 Made before assembly", ""),
    ("4.1.1 Inorganic", "A lithium nitride skin 20 nm thick extended the life of symmetric cells to 1000 h [10]."),
    ("5 Outlook", "Each class is summed up in its own table below [11]."),
]
s("V22-01", "vertically aligned graphene wall array", ["vertically aligned graphene wall array",
  "graphene wall array"], CF, "CarbonBasedFramework", 4, ("Overpotential", 11, "mV"))
s("V22-02", "woven fibre network with zinc oxide dots", ["woven fibre network with zinc oxide dots",
  "woven fibre network"], CF, "CarbonBasedFramework", 5, ("Lifespan", 1200, "h"), ("CurrentDensity", 2, "mA cm-2"))
s("V22-03", "dealloyed porous skeleton of copper", ["dealloyed porous skeleton of copper", "dealloyed porous skeleton"],
  CF, "MetalBasedFramework", 6, ("CoulombicEfficiency", 98.7, "%"), ("CycleNumber", 300, "cycles"))
s("V22-04", "electrospun polyimide mat", ["electrospun polyimide mat"], NF, "NonConductiveScaffold", 8,
  ("Lifespan", 900, "h"))
s("V22-05", "lithium nitride skin", ["lithium nitride skin"], SEI, "ArtificialSEI", 10, ("Thickness", 20, "nm"),
  ("Lifespan", 1000, "h"))
TABLES = [  # caption, rows (design, subclass, j, CE, cycles, ref)
    ("Electron-conducting frameworks compared", CF, [
        ("Nickel foam with tin seeds", "MetalBasedFramework", "1", "98.4", "350", 12),
        ("Carbon paper with gold dots", "CarbonBasedFramework", "2", "98.9", "500", 13),
        ("Lithium–aluminium alloy skeleton", "LithiumBasedFramework", "1", "97.6", "240", 14),
    ]),
    ("Insulating frameworks compared", NF, [
        ("Glass fibre scaffold", "NonConductiveScaffold", "1", "97.9", "280", 15),
        ("Aramid separator with a ceramic face", "FunctionalSeparator", "0.5", "98.2", "420", 16),
        ("Garnet nanoparticle–polymer layer", "NanoparticleElectrolyte", "1", "98.0", "360", 17),
    ]),
    ("Interphases compared", SEI, [
        ("Lithium fluoride coating", "ArtificialSEI", "1", "98.8", "450", 18),
        ("Polymer–alloy hybrid film", "ArtificialSEI", "2", "99.0", "600", 19),
        ("Nitrate-derived interphase", "ElectrolyteDerivedSEI", "0.5", "99.2", "700", 20),
    ]),
]
for _cap, cls, rows in TABLES:
    for design, sub, j, ce, cycles, ref in rows:
        s(f"V22-T{ref}", design, [design], cls, sub, ref, ("CurrentDensity", float(j), "mA cm-2"),
          ("CoulombicEfficiency", float(ce), "%"), ("CycleNumber", int(cycles), "cycles"))
refs = [(f"{chr(65 + i % 19)}. {NAMES[(i * 3 + 5) % len(NAMES)]}, {chr(67 + i % 13)}. {NAMES[(i * 7 + 2) % len(NAMES)]} "
         f"and {chr(69 + i % 11)}. {NAMES[(i * 11 + 9) % len(NAMES)]}",
         ["J. Mater. Chem. A", "Energy Environ. Sci.", "Nanoscale", "Chem. Sci."][i % 4], 2015 + i % 9,
         str(3 + i % 12), f"{1100 + 37 * i}–{1108 + 37 * i}") for i in range(1, 21)]


def tex():
    def u(t):
        return t.replace("mA cm-2", "mA cm$^{-2}$").replace("%", "\\%").replace("[1,2]", "[1, 2]")

    o = [r"\documentclass[11pt]{article}\usepackage{mathptmx}\usepackage[T1]{fontenc}\usepackage[margin=24mm]{geometry}"
         r"\setcounter{secnumdepth}{0}",
         r"\title{\bfseries " + title + r"}\author{Lena Brandt and Tomas Varga}\date{}\begin{document}\maketitle",
         r"\begin{abstract}Frameworks and interphases are the two ways to make lithium plate where it should. This "
         r"perspective asks what each has shown, and sums up each class in a table.\end{abstract}"]
    for h, t in P:
        level = h.split()[0].count(".")
        o.append([r"\section{", r"\subsection{", r"\subsubsection{"][level] + h + "}")
        if t:
            o.append(u(t))
    for cap, _cls, rows in TABLES:
        body = " ".join(rf"{d} & {j} & {ce} & {c} & {r} \\" for d, _s, j, ce, c, r in rows)
        o.append(r"\begin{table}[h]\centering\small\caption{" + cap + r"}\begin{tabular}{lcccc}\hline "
                 r"Design & $j$ (mA cm$^{-2}$) & CE (\%) & Cycles & Ref. \\\hline " + body +
                 r"\hline\end{tabular}\end{table}")
    o += [r"\section*{References}", r"{\small"]
    for k, (a, j, y, v, p) in enumerate(refs, 1):
        o.append(rf"\noindent {k} {a}, \textit{{{j}}}, {y}, \textbf{{{v}}}, {p.replace('–', '--')}.\par")
    o.append(r"}\end{document}")
    return "\n\n".join(o)


def gold():
    g = review_gold(title, S, refs)
    for r, ref in zip(g["references"], refs, strict=True):
        r["authors"] = ref[0].replace(" and ", ", ").split(", ")
    return g
