"""Invented review 5: Energy-Environ.-Sci.-like: works cited in the text as 'ref. 23', 'refs. 25 and 26' and
'(ref. 27)', headings that name kinds, not the three classes ('Carbonaceous scaffolds', 'Coatings made ex situ',
'Polymer matrices', 'Separator engineering'), a summary table whose Ref. column holds bare numbers, figures with
'over', '~' and ranges, single column Palatino."""
from invented.common import NAMES, latex, review_gold

title = "Designing lithium metal anodes from the host to the interphase: a critical review"
S = []


def s(i, name, aliases, cls, sub, ref, *figs):
    S.append((i, name, aliases, cls, sub, ref, list(figs)))


P = [
    ("1 Introduction",
     "Lithium metal has the highest theoretical capacity of any anode, but it grows dendrites and reacts with the "
     "electrolyte (refs. 1-6). This review follows the designs from the host to the interphase."),
    ("2 Hosts", ""),
    ("2.1 Carbonaceous scaffolds",
     "Okafor and co-workers (ref. 21) built a hollow carbon sphere array that kept a Coulombic efficiency of 98.6% "
     "for 300 cycles at 1 mA cm-2. A nitrogen-doped graphene aerogel in ref. 22 sustained 1,200 h of symmetric "
     "cycling at 2 mA cm-2."),
    ("2.2 Metallic current collectors",
     "A dealloyed porous copper foil reported in ref. 23 lowered the nucleation overpotential to 18 mV, and a "
     "nickel foam coated with a silver film (ref. 24) cycled for over 900 h."),
    ("3 Interface engineering", ""),
    ("3.1 Coatings made ex situ",
     "Refs. 31 and 32 describe a lithium fluoride film and an aluminium oxide layer of ~20 nm made before cell "
     "assembly; the first extended the lifespan of Li||Li cells to 700 h and the second to 500 h."),
    ("3.2 Electrolyte additives",
     "According to ref. 33, a caesium hexafluorophosphate additive kept a Coulombic efficiency of 97.2% for 250 cycles."),
    ("4 Insulating frameworks", ""),
    ("4.1 Polymer matrices",
     "An electrospun polyacrylonitrile matrix (ref. 41) held lithium for 1,000 h at 3 mA cm-2."),
    ("4.2 Separator engineering",
     "A separator coated with boron nitride nanosheets, studied in ref. 42, reached a lithium-ion transference "
     "number of 0.62. Table 1 summarises the hosts discussed above."),
]
s("R5-01", "hollow carbon sphere array", ["hollow carbon sphere array"], "ConductiveFramework", "CarbonBasedFramework",
  21, ("CoulombicEfficiency", 98.6, "%"), ("CycleNumber", 300, "cycles"), ("CurrentDensity", 1, "mA cm-2"))
s("R5-02", "nitrogen-doped graphene aerogel", ["nitrogen-doped graphene aerogel"], "ConductiveFramework",
  "CarbonBasedFramework", 22, ("Lifespan", 1200, "h"), ("CurrentDensity", 2, "mA cm-2"))
s("R5-03", "dealloyed porous copper foil", ["dealloyed porous copper foil", "porous copper foil"], "ConductiveFramework",
  "MetalBasedFramework", 23, ("Overpotential", 18, "mV"))
s("R5-04", "silver-coated nickel foam", ["nickel foam coated with a silver film", "nickel foam"], "ConductiveFramework",
  "MetalBasedFramework", 24, ("Lifespan", 900, "h"))
s("R5-05", "lithium fluoride film", ["lithium fluoride film"], "NanostructuredSEI", "ArtificialSEI", 31,
  ("Lifespan", 700, "h"))
s("R5-06", "aluminium oxide layer", ["aluminium oxide layer"], "NanostructuredSEI", "ArtificialSEI", 32,
  ("Thickness", 20, "nm"), ("Lifespan", 500, "h"))
s("R5-07", "caesium hexafluorophosphate additive", ["caesium hexafluorophosphate additive"], "NanostructuredSEI",
  "ElectrolyteDerivedSEI", 33, ("CoulombicEfficiency", 97.2, "%"), ("CycleNumber", 250, "cycles"))
s("R5-08", "electrospun polyacrylonitrile matrix", ["electrospun polyacrylonitrile matrix", "polyacrylonitrile matrix"],
  "NonConductiveFramework", "NonConductiveScaffold", 41, ("Lifespan", 1000, "h"), ("CurrentDensity", 3, "mA cm-2"))
s("R5-09", "boron-nitride-coated separator", ["separator coated with boron nitride nanosheets"],
  "NonConductiveFramework", "FunctionalSeparator", 42, ("LithiumTransferenceNumber", 0.62, ""))
TABLE = [("Hollow carbon sphere array", "98.6", "300", "1", "21"), ("Nitrogen-doped graphene aerogel", "--", "--", "2", "22"),
         ("Dealloyed porous copper foil", "--", "--", "--", "23"), ("Electrospun polyacrylonitrile matrix", "--", "--", "3", "41")]
refs = [(f"{chr(65 + i % 26)}. {NAMES[(i * 7 + 5) % len(NAMES)]}, {chr(66 + i % 20)}. {NAMES[(i * 3 + 2) % len(NAMES)]}",
         ["Energy Environ. Sci.", "J. Mater. Chem. A", "Chem. Sci."][i % 3], 2011 + i % 13, str(4 + i),
         f"{1200 + 13 * i}") for i in range(1, 46)]


def tex():
    def sub(t):
        return latex(t, ()).replace("~20", r"$\sim$20")

    rows = " ".join(" & ".join(r) + r" \\" for r in TABLE)
    table = (r"\begin{table}[h]\centering\small\caption*{Table 1 Hosts for lithium metal and their reported "
             r"performance}\begin{tabular}{lcccc}\hline Host & CE (\%) & Cycles & Current density (mA cm$^{-2}$) & Ref. "
             r"\\\hline " + rows + r" \hline\end{tabular}\end{table}")
    o = [r"\documentclass{article}\usepackage{mathpazo}\usepackage[T1]{fontenc}\usepackage{caption}"
         r"\usepackage[margin=24mm]{geometry}",
         r"\title{" + title + r"}\author{Ama Osei and Lars Jensen}\date{}\begin{document}\maketitle",
         r"\begin{abstract}We review micro- and nanostructured designs for lithium metal anodes, from conductive hosts "
         r"and insulating frameworks to engineered interphases, and the figures their authors reported.\end{abstract}"]
    for h, t in P:
        o.append((r"\subsection*{" if "." in h.split()[0] else r"\section*{") + h + "}")
        if t:
            o.append(sub(t))
        if h.startswith("4.2"):
            o.append(table)
    o += [r"\section*{References}", r"{\small"]
    for k, (a, j, y, v, p) in enumerate(refs, 1):
        o.append(rf"\noindent {k} {a}, \textit{{{j}}}, {y}, \textbf{{{v}}}, {p}.\par")
    o.append(r"}\end{document}")
    return "\n\n".join(o)


def gold():
    return review_gold(title, S, refs)
