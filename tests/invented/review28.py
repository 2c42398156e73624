"""Invented review 28: a review in a general-science journal's manner: citations as numbers in parentheses ('(14)',
'(3, 4)', '(6-8)') that a reader must tell apart from bracketed figures ('(97.9%)', '(at 0.5 mA cm−2)', and '(from
95.1% for bare lithium)', a baseline no work's); a section per class with a sub-heading per material that is the only
place the material is named ('Boron nitride' over a passage that says 'The nanosheets were cast onto a polypropylene
separator (14). The coated separator kept …'); each work told over two or three sentences, its marker in the first
only; and references in the style 'B. Okafor, K. Ito, Science 365, 123 (2019).'."""
from invented.common import NAMES, review_gold

title = "Lithium metal anodes by material: a review"
S = []


def s(i, name, aliases, cls, sub, ref, *figs):
    S.append((i, name, aliases, cls, sub, ref, list(figs)))


CF, NF, SEI = "ConductiveFramework", "NonConductiveFramework", "NanostructuredSEI"
P = [
    ("Introduction", "Lithium metal stores ten times the charge of graphite per gram (1, 2), but it plates unevenly "
     "and its interphase cracks (3-5). Designs of three kinds have been proposed (6-8); we review them material by "
     "material."),
    ("Conductive frameworks", "A framework that conducts electrons lowers the local current density (9)."),
    ("Nickel", "A nickel foam was etched into a lattice of hollow struts (10). The etched lattice held a Coulombic "
     "efficiency of 98.5% over 350 cycles at 1 mA cm-2. It also kept symmetric cells running for 1200 h."),
    ("Graphene", "Holey graphene sheets were stacked into a free-standing film (11). In symmetric cells the film "
     "showed a nucleation overpotential of only 13 mV, and it cycled for 900 h at 3 mA cm-2."),
    ("Non-conductive frameworks", "An insulating framework makes lithium plate from the bottom up (12)."),
    ("Boron nitride", "Boron nitride nanosheets were cast onto a polypropylene separator (14). The coated separator "
     "kept a high Coulombic efficiency (97.9%) for 250 cycles."),
    ("Cellulose", "A cellulose nanofibre scaffold was grown by bacteria and freeze-dried (15). This scaffold let "
     "Li||Li cells cycle for 800 h (at 0.5 mA cm-2)."),
    ("Interphases", "An interphase made before assembly can be thin and uniform (16)."),
    ("Lithium nitride", "A lithium nitride film was formed by exposing lithium to nitrogen gas (17). The film, 40 nm "
     "thick, raised the Coulombic efficiency to 98.8% (from 95.1% for bare lithium)."),
    ("Outlook", "Each material solves one problem; the anode needs several at once (18, 19)."),
]
s("V28-01", "etched nickel lattice of hollow struts", ["lattice of hollow struts", "etched lattice", "nickel foam"],
  CF, "MetalBasedFramework", 10, ("CoulombicEfficiency", 98.5, "%"), ("CycleNumber", 350, "cycles"),
  ("CurrentDensity", 1, "mA cm-2"), ("Lifespan", 1200, "h"))
s("V28-02", "holey graphene film", ["free-standing film", "holey graphene sheets", "film"], CF,
  "CarbonBasedFramework", 11, ("Overpotential", 13, "mV"), ("Lifespan", 900, "h"), ("CurrentDensity", 3, "mA cm-2"))
s("V28-03", "boron nitride-coated polypropylene separator", ["polypropylene separator", "coated separator",
  "boron nitride nanosheets"], NF, "FunctionalSeparator", 14, ("CoulombicEfficiency", 97.9, "%"),
  ("CycleNumber", 250, "cycles"))
s("V28-04", "cellulose nanofibre scaffold", ["cellulose nanofibre scaffold", "scaffold"], NF, "NonConductiveScaffold",
  15, ("Lifespan", 800, "h"), ("CurrentDensity", 0.5, "mA cm-2"))
s("V28-05", "lithium nitride film", ["lithium nitride film", "film"], SEI, "ArtificialSEI", 17,
  ("Thickness", 40, "nm"), ("CoulombicEfficiency", 98.8, "%"))
refs = [(f"{chr(66 + i % 20)}. {NAMES[(i * 7 + 1) % len(NAMES)]}, {chr(72 + i % 10)}. {NAMES[(i * 19 + 4) % len(NAMES)]}",
         ["Science", "Nature", "Sci. Adv.", "Proc. Natl. Acad. Sci. U.S.A."][i % 4], 2013 + i % 11,
         str(300 + 3 * i), str(100 + 41 * i)) for i in range(1, 20)]


def tex():
    def u(t):
        return (t.replace("mA cm-2", "mA cm$^{-2}$").replace("%", "\\%").replace("Li||Li", "Li$\\|$Li")
                .replace("(3-5)", "(3--5)").replace("(6-8)", "(6--8)"))

    heads = {"Introduction", "Conductive frameworks", "Non-conductive frameworks", "Interphases", "Outlook"}
    o = [r"\documentclass[11pt]{article}\usepackage{mathptmx}\usepackage[T1]{fontenc}\usepackage[margin=25mm]{geometry}"
         r"\setcounter{secnumdepth}{0}",
         r"\title{\bfseries " + title + r"}\author{Olu Osei and Clara Jensen}\date{}\begin{document}\maketitle",
         r"\begin{abstract}Nickel, graphene, boron nitride, cellulose and lithium nitride have each been made into a "
         r"host, a scaffold or an interphase for lithium. We review what each material has achieved.\end{abstract}"]
    for h, t in P:
        o += [(r"\section{" if h in heads else r"\subsection*{\itshape ") + h + "}", u(t)]
    o += [r"\section*{References and Notes}", r"{\small"]
    for k, (a, j, y, v, p) in enumerate(refs, 1):
        o.append(rf"\noindent {k}. {a}, \textit{{{j}}} \textbf{{{v}}}, {p} ({y}).\par")
    o.append(r"}\end{document}")
    return "\n\n".join(o)


def gold():
    return review_gold(title, S, refs)
