"""Invented review 16: a two-column review whose superscript citations sit right after figures and formulas, mid-
sentence: after a unit's power ('at 2 mA cm−2^{12} and …'), after a per cent sign ('99.2%^{9}'), after a count
('700 cycles^{10}'), after a formula's subscript ('a Li3N^{14} layer'), after a closing bracket ('(0.8 mA cm−2)^{15}'),
and a range of works ('^{16–18}') for a statement of many, with no figure of theirs."""
import re

from invented.common import NAMES, review_gold

title = "Interphase and host engineering for lithium metal: a mini-review"
S = []


def s(i, name, aliases, cls, sub, ref, *figs):
    S.append((i, name, aliases, cls, sub, ref, list(figs)))


P = [
    ("1. Introduction", "A lithium metal anode loses lithium to its interphase in every cycle.^{1-3} Hosts and "
     "artificial interphases both try to stop this.^{4,5}"),
    ("2. Hosts",
     "A silver-coated carbon felt kept an average Coulombic efficiency of 99.2%^{6} over 300 cycles, and a nickel "
     "phosphide nanosheet array plated lithium for 1400 h at 2 mA cm-2^{7} in symmetric cells. A tin-coated copper "
     "mesh reached 700 cycles^{8} with an efficiency of 98.4%. Hosts of graphene foam have also been widely "
     "studied.^{16-18}"),
    ("3. Interphases",
     "A Li3N^{9} layer about 30 nm thick lowered the overpotential to 16 mV, and a lithium silicate glass film kept "
     "symmetric cells running for 900 h (0.8 mA cm-2).^{10} A polymer interphase of poly(vinylidene fluoride)^{11} "
     "gave a Coulombic efficiency of 97.6%."),
    ("4. Outlook", "The interphase and the host must be designed together.^{12}"),
]
s("V16-01", "silver-coated carbon felt", ["silver-coated carbon felt"], "ConductiveFramework", "CarbonBasedFramework", 6,
  ("CoulombicEfficiency", 99.2, "%"), ("CycleNumber", 300, "cycles"))
s("V16-02", "nickel phosphide nanosheet array", ["nickel phosphide nanosheet array"], "ConductiveFramework",
  "MetalBasedFramework", 7, ("Lifespan", 1400, "h"), ("CurrentDensity", 2, "mA cm-2"))
s("V16-03", "tin-coated copper mesh", ["tin-coated copper mesh"], "ConductiveFramework", "MetalBasedFramework", 8,
  ("CycleNumber", 700, "cycles"), ("CoulombicEfficiency", 98.4, "%"))
s("V16-04", "Li3N layer", ["Li3N layer", "Li3N"], "NanostructuredSEI", "ArtificialSEI", 9,
  ("Thickness", 30, "nm"), ("Overpotential", 16, "mV"))
s("V16-05", "lithium silicate glass film", ["lithium silicate glass film"], "NanostructuredSEI", "ArtificialSEI", 10,
  ("Lifespan", 900, "h"), ("CurrentDensity", 0.8, "mA cm-2"))
s("V16-06", "poly(vinylidene fluoride) interphase", ["polymer interphase", "poly(vinylidene fluoride)",
  "polymer interphase of poly(vinylidene fluoride)"], "NanostructuredSEI", "ArtificialSEI", 11,
  ("CoulombicEfficiency", 97.6, "%"))
refs = [(f"{chr(65 + i % 20)}. {NAMES[(i * 3 + 2) % len(NAMES)]}, {chr(75 + i % 10)}. {NAMES[(i * 17 + 4) % len(NAMES)]}",
         ["ACS Nano", "Nano Lett.", "ACS Appl. Mater. Interfaces", "Chem. Mater."][i % 4], 2016 + i % 8, str(10 + i),
         f"{4000 + 101 * i}") for i in range(1, 19)]


def tex():
    def sub(t):
        t = re.sub(r"\^\{([\d,-]+)\}", lambda m: "@@" + m.group(1).replace("-", "--") + "@@", t)
        t = t.replace("mA cm-2", "mA cm$^{-2}$").replace("%", "\\%").replace("Li3N", "Li$_3$N")
        return re.sub(r"@@(.*?)@@", lambda m: "\\textsuperscript{" + m.group(1) + "}", t)

    o = [r"\documentclass[twocolumn,10pt]{article}\usepackage{mathptmx}\usepackage[T1]{fontenc}"
         r"\usepackage[margin=18mm]{geometry}",
         r"\title{\bfseries " + title + r"}\author{Nadia Haddad and Piotr Kowalski}\date{}\begin{document}\maketitle",
         r"\begin{abstract}Hosts and interphases for lithium metal are reviewed with the figures their authors "
         r"report.\end{abstract}"]
    for h, t in P:
        o += [r"\section*{" + h + "}", sub(t)]
    o.append(r"\begin{thebibliography}{99}\small")
    for a, j, y, v, p in refs:
        o.append(rf"\bibitem{{}} {a}, \textit{{{j}}} \textbf{{{y}}}, \textit{{{v}}}, {p}.")
    o.append(r"\end{thebibliography}\end{document}")
    return "\n\n".join(o)


def gold():
    return review_gold(title, S, refs)
