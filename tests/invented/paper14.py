"""Invented research paper 14: Elsevier-like numbered subsections, methods first, a MOF-coated separator design against the
plain PP separator, 'Fig. 2(a)', respectively lists of rates and capacities, thermal shrinkage after heating
(a recipe temperature vs. a test temperature), '< 5%', ionic conductivity and transference number in one
sentence, Times two-column, bracket citations."""
from invented.common import NAMES, latex
from invented.common import gold as gold_file

title = "A zirconium metal-organic framework coating turns polypropylene separators into lithium-ion sieves"
S = {
    "M14-01": dict(name="Zr-MOF-coated PP separator (PP@ZrMOF)", aliases=["PP@ZrMOF", "PP@ZrMOF separator",
                   "Zr-MOF-coated PP separator"], role="design", cls="NonConductiveFramework",
                   sub="FunctionalSeparator"),
    "M14-02": dict(name="PP separator", aliases=["PP", "PP separator", "pristine PP", "pristine PP separator",
                   "polypropylene separator"], role="control", cls="NonConductiveFramework",
                   sub="FunctionalSeparator"),
    "M14-03": dict(name="Al2O3-coated separator", aliases=["Al2O3-coated separator", "Al2O3-coated separators"],
                   role="cited", cls="NonConductiveFramework", sub="FunctionalSeparator", refs=[11]),
}
F = []


def f(*a):
    F.append(a)


ABSTRACT = (
    "A thin coating of a zirconium metal-organic framework on a polypropylene separator (PP@ZrMOF) sieves lithium "
    "ions through its pores. Li||Li cells with PP@ZrMOF cycle for 1,200 h at 2 mA cm-2, and Li||LFP cells keep "
    "90.4% of their capacity after 500 cycles at 2 C."
)
INTRO = (
    "Commercial polyolefin separators let ions pass unevenly, which seeds dendrites [1-4]. Ceramic coatings make "
    "the flux more even; Al2O3-coated separators, for instance, raised the lithium-ion transference number to 0.45 "
    "[11]. Porous frameworks with ordered channels could do more [12-14]."
)
f("M14-03", "LithiumTransferenceNumber", 0.45, "", "Al2O3-coated separators, for instance, raised the lithium-ion transference number to 0.45")
METHODS = (
    "The Zr-MOF was grown on a polypropylene separator by dipping it in a solution at 80 °C for 2 h. Li||Li, "
    "Li||Cu and Li||LFP coin cells were assembled with 1 M LiPF6 in EC/DEC."
)
RESULTS = [
    ("3.1. Separator properties",
     "The coating is 2.5 µm thick and leaves the separator's porosity nearly unchanged. The ionic conductivity and "
     "the lithium-ion transference number of PP@ZrMOF are 0.92 mS cm-1 and 0.71, against 0.55 mS cm-1 and 0.36 "
     "for PP. After heating at 150 °C for 30 min, PP shrank by 38%, whereas the shrinkage of PP@ZrMOF stayed "
     "below 5%."),
    ("3.2. Lithium plating",
     "Li||Li cells with PP@ZrMOF cycle for 1,200 h at 2 mA cm-2 and 2 mA h cm-2 (Fig. 2(a)); those with PP short "
     "after 140 h. In Li||Cu cells at 0.5 mA cm-2, the average Coulombic efficiencies of PP@ZrMOF and PP are "
     "98.6% and 92.2%, respectively. At 60 °C the cells with PP@ZrMOF still cycle for 600 h."),
    ("3.3. Full cells",
     "Li||LFP cells with PP@ZrMOF deliver 151, 138 and 117 mA h g-1 at 1, 2 and 5 C, respectively, and keep "
     "90.4% of their capacity after 500 cycles at 2 C, compared with 71.8% for PP."),
]
f("M14-01", "Thickness", 2.5, "um", "The coating is 2.5 µm thick")
f("M14-01", "IonicConductivity", 0.92, "mS cm-1", "are 0.92 mS cm-1 and 0.71")
f("M14-01", "LithiumTransferenceNumber", 0.71, "", "are 0.92 mS cm-1 and 0.71")
f("M14-02", "IonicConductivity", 0.55, "mS cm-1", "against 0.55 mS cm-1 and 0.36 for PP")
f("M14-02", "LithiumTransferenceNumber", 0.36, "", "against 0.55 mS cm-1 and 0.36 for PP")
f("M14-02", "ThermalShrinkage", 38, "%", "PP shrank by 38%")
f("M14-01", "ThermalShrinkage", 5, "%", "the shrinkage of PP@ZrMOF stayed below 5%")
for sid in ("M14-01", "M14-02"):
    f(sid, "Temperature", 150, "degC", "After heating at 150 °C for 30 min")
f("M14-01", "Lifespan", 1200, "h", "Li||Li cells with PP@ZrMOF cycle for 1,200 h at 2 mA cm-2 and 2 mA h cm-2")
f("M14-02", "Lifespan", 140, "h", "those with PP short after 140 h")
for sid in ("M14-01", "M14-02"):
    f(sid, "CurrentDensity", 2, "mA cm-2", "cycle for 1,200 h at 2 mA cm-2 and 2 mA h cm-2")
    f(sid, "ArealCapacity", 2, "mA h cm-2", "cycle for 1,200 h at 2 mA cm-2 and 2 mA h cm-2")
    f(sid, "CurrentDensity", 0.5, "mA cm-2", "In Li||Cu cells at 0.5 mA cm-2")
f("M14-01", "CoulombicEfficiency", 98.6, "%", "are 98.6% and 92.2%, respectively")
f("M14-02", "CoulombicEfficiency", 92.2, "%", "are 98.6% and 92.2%, respectively")
f("M14-01", "Temperature", 60, "degC", "At 60 °C the cells with PP@ZrMOF still cycle for 600 h")
f("M14-01", "Lifespan", 600, "h", "At 60 °C the cells with PP@ZrMOF still cycle for 600 h")
for c, r in ((151, 1), (138, 2), (117, 5)):
    f("M14-01", "SpecificCapacity", c, "mA h g-1", "deliver 151, 138 and 117 mA h g-1 at 1, 2 and 5 C")
    f("M14-01", "CRate", r, "C", "deliver 151, 138 and 117 mA h g-1 at 1, 2 and 5 C")
f("M14-01", "CapacityRetention", 90.4, "%", "keep 90.4% of their capacity after 500 cycles at 2 C")
f("M14-01", "CycleNumber", 500, "cycles", "keep 90.4% of their capacity after 500 cycles at 2 C")
f("M14-02", "CapacityRetention", 71.8, "%", "compared with 71.8% for PP")
f("M14-02", "CycleNumber", 500, "cycles", "compared with 71.8% for PP")
f("M14-02", "CRate", 2, "C", "compared with 71.8% for PP")
CONCLUSION = "Ordered pores of a framework coating even out the flux of lithium ions through a polyolefin separator."
JOURNALS = ["Energy Storage Mater.", "J. Membr. Sci.", "Electrochim. Acta", "Chem. Eng. J."]
R = [(f"{chr(65 + i % 20)}. {NAMES[(i * 19 + 2) % len(NAMES)]}, {chr(66 + i % 19)}. {NAMES[(i * 3 + 8) % len(NAMES)]}",
      f"Invented separator study {i}", JOURNALS[i % 4], 2013 + i % 11, str(30 + i), f"{200 + 9 * i}")
     for i in range(1, 19)]


def tex():
    def sub(t):
        return latex(t, ("LiPF6", "Al2O3"))

    o = [r"\documentclass[twocolumn]{article}\usepackage{mathptmx}\usepackage[T1]{fontenc}\usepackage[margin=16mm]{geometry}",
         r"\title{" + sub(title) + r"}\author{Helena Lehmann, Rafael Santos and Yuki Suzuki}\date{}"
         r"\begin{document}\maketitle",
         r"\begin{abstract}" + sub(ABSTRACT) + r"\end{abstract}",
         r"\section*{1. Introduction}", sub(INTRO), r"\section*{2. Experimental}", sub(METHODS),
         r"\section*{3. Results and discussion}"]
    for h, t in RESULTS:
        o += [r"\subsection*{" + h + "}", sub(t)]
    o += [r"\section*{4. Conclusions}", sub(CONCLUSION), r"\section*{References}", r"{\small"]
    for k, (a, t, j, y, v, p) in enumerate(R, 1):
        o.append(rf"\noindent [{k}] {a}, {t}, {j} {v} ({y}) {p}--{int(p) + 8}.\par")
    o.append(r"}\end{document}")
    return "\n\n".join(o)


def gold():
    return gold_file(title, S, F, R)
