"""Invented review 18: a minireview in the manner of a German chemistry journal: bracketed superscript citations that
name a part of a numbered entry ('^{[12a]}', '^{[9b,c]}', '^{[3a–c]}'), each reference entry holding several works
lettered 'a) … ; b) …' ('[12] a) B. Okafor, K. Ito, Adv. Mater. 2019, 31, 1805678; b) …'), journal before year, the
year bold, and 'et al.' names before their markers."""
import re

from invented.common import NAMES, review_gold

title = "Lithium Metal Anodes: Hosts and Interphases in Concert (Minireview)"
S = []


def s(i, name, aliases, cls, sub, ref, *figs):
    S.append((i, name, aliases, cls, sub, ref, list(figs)))


P = [
    ("1. Introduction", "Lithium metal is the ideal anode,^{[1,2]} but its dendrites and the consumption of "
     "electrolyte limit its life.^{[3a-c]}"),
    ("2. Three-Dimensional Hosts",
     "Fischer et al. grew copper oxide nanowires on copper foam and reduced them to a lithiophilic skin.^{[4a]} The "
     "skin lowered the nucleation overpotential to 9 mV. A carbon fibre paper with tin dots reached an average "
     "Coulombic efficiency of 98.9% over 350 cycles,^{[5b]} and a hollow nickel sphere film cycled for 1300 h at "
     "1 mA cm-2.^{[6]} Vanadium nitride arrays on carbon cloth kept symmetric cells below 20 mV for 700 h.^{[7a,b]}"),
    ("3. Artificial Interphases",
     "An alumina layer only 8 nm thick, grown by atomic layer deposition, extended the cycle life to 250 cycles.^{[8]} "
     "A lithium sulfide rich interphase made in situ raised the Coulombic efficiency to 99.0%.^{[9b,c]}"),
    ("4. Summary and Outlook", "Hosts and interphases must be made to work in concert.^{[10]}"),
]
s("V18-01", "lithiophilic skin on copper foam", ["lithiophilic skin", "copper oxide nanowires", "copper foam"],
  "ConductiveFramework", "MetalBasedFramework", 4, ("Overpotential", 9, "mV"))
s("V18-02", "carbon fibre paper with tin dots", ["carbon fibre paper with tin dots", "carbon fibre paper"],
  "ConductiveFramework", "CarbonBasedFramework", 5, ("CoulombicEfficiency", 98.9, "%"), ("CycleNumber", 350, "cycles"))
s("V18-03", "hollow nickel sphere film", ["hollow nickel sphere film"], "ConductiveFramework", "MetalBasedFramework", 6,
  ("Lifespan", 1300, "h"), ("CurrentDensity", 1, "mA cm-2"))
s("V18-04", "vanadium nitride arrays on carbon cloth", ["vanadium nitride arrays on carbon cloth",
  "vanadium nitride arrays"], "ConductiveFramework", "CarbonBasedFramework", 7, ("Overpotential", 20, "mV"),
  ("Lifespan", 700, "h"))
s("V18-05", "alumina layer", ["alumina layer"], "NanostructuredSEI", "ArtificialSEI", 8, ("Thickness", 8, "nm"),
  ("CycleNumber", 250, "cycles"))
s("V18-06", "lithium sulfide rich interphase", ["lithium sulfide rich interphase"], "NanostructuredSEI",
  "ElectrolyteDerivedSEI", 9, ("CoulombicEfficiency", 99.0, "%"))
JOURNALS = ["Angew. Chem. Int. Ed.", "Adv. Mater.", "Chem. Eur. J.", "ChemSusChem", "Batteries Supercaps"]


def work(i, letter):
    return (f"{chr(65 + (i + letter) % 20)}. {NAMES[(i * 5 + letter * 3 + 1) % len(NAMES)]}, "
            f"{chr(68 + i % 15)}. {NAMES[(i * 9 + letter + 6) % len(NAMES)]}", JOURNALS[(i + letter) % 5],
            2015 + (i + letter) % 8, str(20 + i + letter), str(1800000 + 4321 * i + 17 * letter))


PARTS = {3: 3, 4: 2, 5: 2, 7: 2, 9: 3}      # entries that hold several works, and how many
refs = [[work(i, n) for n in range(PARTS.get(i, 1))] for i in range(1, 11)]


def tex():
    def sub(t):
        t = re.sub(r"\^\{\[([\da-c,-]+)\]\}", lambda m: "@@[" + m.group(1).replace("-", "--") + "]@@", t)
        t = t.replace("mA cm-2", "mA\\,cm$^{-2}$").replace("%", "\\%")
        return re.sub(r"@@(.*?)@@", lambda m: "\\textsuperscript{" + m.group(1) + "}", t)

    o = [r"\documentclass[twocolumn,10pt]{article}\usepackage{mathptmx}\usepackage[T1]{fontenc}"
         r"\usepackage[margin=17mm]{geometry}",
         r"\title{\bfseries " + title + r"}\author{Katrin Fischer and Luca Rossi}\date{}\begin{document}\maketitle",
         r"\begin{abstract}Three-dimensional hosts and artificial interphases have each been shown to extend the life "
         r"of lithium metal anodes. This Minireview sets their figures side by side.\end{abstract}"]
    for h, t in P:
        o += [r"\section*{" + h + "}", sub(t)]
    o += [r"\section*{References}", r"{\footnotesize"]
    for k, parts in enumerate(refs, 1):
        entries = [f"{a}, \\textit{{{j}}} \\textbf{{{y}}}, \\textit{{{v}}}, {p}" for a, j, y, v, p in parts]
        if len(entries) > 1:
            entries = [f"{chr(97 + n)}) {e}" for n, e in enumerate(entries)]
        o.append(rf"\noindent [{k}] {'; '.join(entries)}.\par")
    o.append(r"}\end{document}")
    return "\n\n".join(o)


def gold():
    return review_gold(title, S, [parts[0] for parts in refs])
