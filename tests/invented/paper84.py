"""Invented research paper 84: designs named only by the process that made them and its setting ('the 100-cycle
foil', 'the 300-cycle foil': lithium foils given 100 and 300 atomic-layer-deposition cycles, no short forms), a control
named only by a relative clause ('the foil that was not coated', 'a foil that saw no ALD cycles'), a full-cell
comparison stated with 'against', a cited sputtered film set against the design in a results sentence, and
Elsevier-like references."""
from invented.common import NAMES, latex
from invented.common import gold as gold_file

title = "Zinc oxide skins grown on lithium foil by atomic layer deposition"
S = {
    "F84-01": dict(name="100-cycle foil", aliases=["100-cycle foil", "100-cycle ALD foil", "100-cycle"],
                   role="design", cls="NanostructuredSEI", sub="ArtificialSEI"),
    "F84-02": dict(name="300-cycle foil", aliases=["300-cycle foil", "300-cycle ALD foil", "300-cycle"],
                   role="design", cls="NanostructuredSEI", sub="ArtificialSEI"),
    "F84-03": dict(name="foil that was not coated", aliases=["foil that was not coated", "uncoated foil",
                   "foil that saw no ALD cycles", "bare Li", "bare foil"],
                   role="control", cls="ConductiveFramework", sub="LithiumBasedFramework"),
    "F84-04": dict(name="sputtered ZnO film", aliases=["sputtered ZnO film", "sputtered ZnO"],
                   role="cited", cls="NanostructuredSEI", sub="ArtificialSEI", refs=[3]),
}
F = []


def f(*a):
    F.append(a)


ABSTRACT = (
    "Oxide skins protect lithium only when they are thin and even. We grow zinc oxide on lithium foil by atomic layer "
    "deposition (ALD) and find that the number of ALD cycles decides whether the skin helps: the 100-cycle foil runs "
    "for 1100 h in symmetric cells, while thicker skins raise the overpotential."
)
INTRO = ("Thin oxide skins slow the reaction of lithium with the electrolyte [1,2]. A sputtered ZnO film of 100 nm was "
         "reported to extend the life of lithium foil [3].")
METHODS = ("Lithium foil (50 µm) was given 100 or 300 ALD cycles of diethylzinc and water in an argon-filled reactor. "
           "A foil that saw no ALD cycles was kept as the reference. Cells used 1 M LiPF6 in EC/DEC with 10% FEC.")
RESULTS = [
    "The 100-cycle foil carries a 15 nm skin and the 300-cycle foil a 45 nm skin (Fig. 2a).",
    "In symmetric cells at 1 mA cm-2 and 1 mA h cm-2, the 100-cycle foil runs for 1100 h with an overpotential of "
    "18 mV.",
    "The thicker skin of the 300-cycle foil raises the overpotential to 42 mV, and its cells fail after 640 h.",
    "The foil that was not coated shorts after 180 h at 1 mA cm-2, with an overpotential of 65 mV.",
    "In Li||LFP full cells at 1 C, the 100-cycle foil keeps 92.4% of its capacity after 300 cycles, against 61.0% for "
    "the foil that was not coated.",
    "The lifespan of the 100-cycle foil is also far longer than the 400 h reported for a sputtered ZnO film [3].",
]
f("F84-01", "Lifespan", 1100, "h", "the 100-cycle foil runs for 1100 h in symmetric cells")
f("F84-01", "Thickness", 15, "nm", "The 100-cycle foil carries a 15 nm skin")
f("F84-02", "Thickness", 45, "nm", "the 300-cycle foil a 45 nm skin")
f("F84-01", "CurrentDensity", 1, "mA cm-2", "In symmetric cells at 1 mA cm-2 and 1 mA h cm-2, the 100-cycle foil")
f("F84-01", "ArealCapacity", 1, "mA h cm-2", "In symmetric cells at 1 mA cm-2 and 1 mA h cm-2, the 100-cycle foil")
f("F84-01", "Overpotential", 18, "mV", "with an overpotential of 18 mV")
f("F84-02", "Overpotential", 42, "mV", "raises the overpotential to 42 mV")
f("F84-02", "Lifespan", 640, "h", "its cells fail after 640 h")
f("F84-03", "Lifespan", 180, "h", "The foil that was not coated shorts after 180 h")
f("F84-03", "CurrentDensity", 1, "mA cm-2", "shorts after 180 h at 1 mA cm-2")
f("F84-03", "Overpotential", 65, "mV", "with an overpotential of 65 mV")
f("F84-01", "CRate", 1, "C", "In Li||LFP full cells at 1 C")
f("F84-01", "CapacityRetention", 92.4, "%", "the 100-cycle foil keeps 92.4% of its capacity")
f("F84-01", "CycleNumber", 300, "cycles", "after 300 cycles")
f("F84-03", "CRate", 1, "C", "In Li||LFP full cells at 1 C")
f("F84-03", "CapacityRetention", 61.0, "%", "against 61.0% for the foil that was not coated")
f("F84-03", "CycleNumber", 300, "cycles", "after 300 cycles")
f("F84-04", "Lifespan", 400, "h", "the 400 h reported for a sputtered ZnO film [3]")
f("F84-04", "Thickness", 100, "nm", "A sputtered ZnO film of 100 nm was reported [3]")
for sid in ("F84-01", "F84-02", "F84-03"):
    f(sid, "LithiumFoilThickness", 50000, "nm", "Lithium foil (50 µm) was given 100 or 300 ALD cycles")
R = [(f"{chr(66 + i % 18)}. {NAMES[(i * 7 + 4) % len(NAMES)]}, {chr(72 + i % 11)}. {NAMES[(i * 11 + 6) % len(NAMES)]}",
      f"Oxide skin study {i}", ["J. Power Sources", "Energy Storage Mater.", "Chem. Eng. J."][i % 3],
      2015 + i % 9, str(300 + 13 * i), f"{226000 + 517 * i}") for i in range(1, 4)]


def tex():
    def sub(t):
        return latex(t).replace("LiPF6", "LiPF$_6$").replace("[1,2]", "[1,2]")

    o = [r"\documentclass[10pt,twocolumn]{article}\usepackage{times}\usepackage[T1]{fontenc}"
         r"\usepackage[margin=17mm]{geometry}",
         r"\title{" + title + r"}\author{Lena Brandt, Tomas Ruiz, Aiko Mori}\date{}\begin{document}\maketitle",
         r"\begin{abstract}" + sub(ABSTRACT) + r"\end{abstract}",
         r"\section{Introduction}" + sub(INTRO),
         r"\section{Experimental}" + sub(METHODS),
         r"\section{Results and discussion}" + sub(" ".join(RESULTS)),
         r"\section{Conclusions}The number of deposition cycles, not the oxide alone, sets how well a skin protects "
         r"lithium.",
         r"\section*{References}", r"{\footnotesize"]
    for k, (a, t, j, y, v, p) in enumerate(R, 1):
        o.append(rf"\noindent [{k}] {a}, {t}, {j} {v} ({y}) {p}.\par")
    o.append(r"}\end{document}")
    return "\n\n".join(o)


def gold():
    return gold_file(title, S, F, R)
