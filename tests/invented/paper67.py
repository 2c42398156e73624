"""Invented research paper 67: an Elsevier (J. Membr. Sci.)-like separator paper that opens with an 'Abbreviations' list
defining its short forms ('GFC, graphene fluoride-coated separator; PP, polypropylene; …') instead of defining them in
the text, gives one figure per cell type in one sentence with 'respectively' ('In Li||Li, Li||Cu and Li||LFP cells, the
GFC separator gives a lifespan of 900 h, a CE of 98.6% and a capacity retention of 91.2%, respectively'), a literature
value inside a results sentence, 'Fig. 3a and b', and Elsevier references."""
from invented.common import NAMES, latex
from invented.common import gold as gold_file

title = "A graphene fluoride coating turns polypropylene separators into lithium-ion regulators"
S = {
    "F67-01": dict(name="graphene fluoride-coated separator (GFC)", aliases=["GFC", "GFC separator",
                   "graphene fluoride-coated separator", "coated separator", "graphene fluoride coating"],
                   role="design", cls="NonConductiveFramework", sub="FunctionalSeparator"),
    "F67-02": dict(name="polypropylene separator (PP)", aliases=["PP", "PP separator", "bare PP", "polypropylene"],
                   role="control", cls="NonConductiveFramework", sub="FunctionalSeparator"),
    "F67-03": dict(name="Al2O3-coated separator", aliases=["Al2O3-coated separator", "Al2O3-coated PP"],
                   role="cited", cls="NonConductiveFramework", sub="FunctionalSeparator", refs=[6]),
}
F = []


def f(*a):
    F.append(a)


ABBREVIATIONS = ("CE, Coulombic efficiency; GFC, graphene fluoride-coated separator; LFP, LiFePO4; PP, polypropylene; "
                 "SEI, solid electrolyte interphase.")
ABSTRACT = (
    "Polypropylene separators let lithium ions through unevenly, which seeds dendrites on the lithium anode. We coat "
    "one side of a polypropylene separator with a thin layer of graphene fluoride, whose polar C–F bonds attract "
    "anions and spread the lithium-ion flux. The coated separator raises the lithium-ion transference number to 0.62 "
    "and lets lithium symmetric cells cycle for 900 h at 1 mA cm-2, three times longer than with the bare separator."
)
SECTIONS = [
    ("1. Introduction", "Coated separators regulate ion flux [1-4]. Ceramic coatings such as Al2O3 are the most common "
     "[5,6]."),
    ("2. Experimental", "Graphene fluoride was cast on PP (25 um) by blade coating to a thickness of 3 um. Cells used 1 M "
     "LiPF6 in EC/DEC with 5 wt% FEC and were cycled at 1 mA cm-2 and 1 mA h cm-2 unless stated otherwise."),
    ("3. Results and discussion",
     "The GFC separator takes up 185% of electrolyte, against 92% for PP, and its ionic conductivity is 0.71 mS cm-1 "
     "(Fig. 2a and b). In Li||Li, Li||Cu and Li||LFP cells, the GFC separator gives a lifespan of 900 h, a CE of 98.6% "
     "and a capacity retention of 91.2%, respectively (Fig. 3a and b). With PP, the symmetric cells short-circuit "
     "after 300 h. The transference number of GFC, 0.62, is also higher than the 0.48 reported for an Al2O3-coated "
     "separator [6]."),
    ("4. Conclusions", "A fluorinated carbon coating is a light alternative to ceramic coatings."),
]
f("F67-01", "LithiumTransferenceNumber", 0.62, "", "abstract")
f("F67-01", "Lifespan", 900, "h", "abstract")
f("F67-01", "CurrentDensity", 1, "mA cm-2", "abstract")
f("F67-01", "Thickness", 3000, "nm", "to a thickness of 3 um")
for sid in ("F67-01", "F67-02"):
    f(sid, "Thickness", 25000, "nm", "PP (25 um)")
    f(sid, "CurrentDensity", 1, "mA cm-2", "cycled at 1 mA cm-2 and 1 mA h cm-2 unless stated otherwise")
    f(sid, "ArealCapacity", 1, "mA h cm-2", "cycled at 1 mA cm-2 and 1 mA h cm-2 unless stated otherwise")
f("F67-01", "ElectrolyteUptake", 185, "%", "The GFC separator takes up 185% of electrolyte")
f("F67-02", "ElectrolyteUptake", 92, "%", "against 92% for PP")
f("F67-01", "IonicConductivity", 0.71, "mS cm-1", "its ionic conductivity is 0.71 mS cm-1")
f("F67-01", "Lifespan", 900, "h", "the GFC separator gives a lifespan of 900 h")
f("F67-01", "CoulombicEfficiency", 98.6, "%", "a CE of 98.6%")
f("F67-01", "CapacityRetention", 91.2, "%", "a capacity retention of 91.2%")
f("F67-02", "Lifespan", 300, "h", "With PP, the symmetric cells short-circuit after 300 h")
f("F67-01", "LithiumTransferenceNumber", 0.62, "", "The transference number of GFC, 0.62")
f("F67-03", "LithiumTransferenceNumber", 0.48, "", "the 0.48 reported for an Al2O3-coated separator [6]")
R = [(f"{chr(65 + i % 20)}. {NAMES[(i * 5 + 2) % len(NAMES)]}, {chr(68 + i % 14)}. {NAMES[(i * 9 + 3) % len(NAMES)]}",
      f"Separator study {i}", ["J. Membr. Sci.", "J. Power Sources", "Electrochim. Acta"][i % 3],
      2014 + i % 9, str(500 + 11 * i), f"{118000 + 701 * i}") for i in range(1, 7)]


def tex():
    def sub(t):
        t = latex(t, formulas=("LiPF6", "Al2O3", "LiFePO4")).replace("25 um", "25 $\\mu$m").replace("3 um", "3 $\\mu$m")
        return t.replace("[1-4]", "[1--4]").replace("Li||", "Li$\\|$")

    o = [r"\documentclass[10pt,twocolumn]{article}\usepackage{times}\usepackage[T1]{fontenc}"
         r"\usepackage[margin=17mm]{geometry}",
         r"\title{" + title + r"}\author{Nadia Khan, Pedro Santos, Ola Hansen}\date{}\begin{document}\maketitle",
         r"\noindent\textbf{Abstract} " + sub(ABSTRACT),
         r"\noindent\textbf{Abbreviations:} " + sub(ABBREVIATIONS)]
    for h, t in SECTIONS:
        o += [r"\section*{" + h + "}", sub(t)]
    o += [r"\section*{References}", r"{\footnotesize"]
    for k, (a, t, j, y, v, p) in enumerate(R, 1):
        o.append(rf"\noindent [{k}] {a}, {t}, {j} {v} ({y}) {p}.\par")
    o.append(r"}\end{document}")
    return "\n\n".join(o)


def gold():
    return gold_file(title, S, F, R)
