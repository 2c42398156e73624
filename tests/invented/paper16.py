"""Invented research paper 16: Cell-Press-like (Joule): Highlights bullets and a 'Context & scale' box before the Summary,
capital panel letters ('Figure 2A', '(A)'), superscript citations, 'one-eighth of that on X (72 mV)',
'respectively' over two controls, 'Experimental procedures' last with 'Resource availability' boilerplate,
references 'Surname, A., and Surname, B. (2019). Title. Journal 3, 345-352.'"""
from invented.common import NAMES, latex
from invented.common import gold as gold_file

title = "Antimony nanodots on nitrogen-doped carbon felt guide dense lithium plating at high rates"
S = {
    "J16-01": dict(name="Sb-nanodot-decorated N-doped carbon felt (Sb@NCF)", aliases=["Sb@NCF", "Sb@NCF host",
                   "Sb@NCF hosts", "Sb@NCF electrodes", "Sb@NCF-Li", "Sb@NCF|Li", "Sb@NCF-Li||LFP"], role="design",
                   cls="ConductiveFramework", sub="CarbonBasedFramework"),
    "J16-02": dict(name="bare NCF", aliases=["bare NCF", "NCF", "N-doped carbon felt", "nitrogen-doped carbon felt",
                   "bare NCF host"], role="control", cls="ConductiveFramework", sub="CarbonBasedFramework"),
    "J16-03": dict(name="Cu foil", aliases=["Cu foil", "planar Cu foil", "copper foil"], role="control",
                   cls="ConductiveFramework", sub="MetalBasedFramework"),
    "J16-04": dict(name="Au-coated carbon paper", aliases=["Au-coated carbon paper", "gold-coated carbon paper"],
                   role="cited", cls="ConductiveFramework", sub="CarbonBasedFramework", refs=[8]),
    "J16-05": dict(name="ZnO-decorated carbon cloth", aliases=["ZnO-decorated carbon cloth",
                   "ZnO-decorated carbon cloths"], role="cited", cls="ConductiveFramework",
                   sub="CarbonBasedFramework", refs=[9]),
}
F = []


def f(*a):
    F.append(a)


HIGHLIGHTS = [
    "Antimony nanodots alloy with lithium and seed its growth inside a carbon felt",
    "Sb@NCF hosts cycle for 2,400 h at 3 mA cm-2 in symmetric cells",
    "Sb@NCF-Li||LFP full cells retain 91.6% of their capacity after 800 cycles",
]
CONTEXT = (
    "Lithium metal could double the energy stored in a battery, but it plates as needles and dead lithium. "
    "Carbon hosts give it room, yet lithium nucleates on their outer surface first. Seeding the inside of a host "
    "with an alloying element turns it from a scaffold into a guide."
)
SUMMARY = (
    "Carbon felts are light hosts for lithium, but lithium nucleates unevenly on them. We decorate a "
    "nitrogen-doped carbon felt with antimony nanodots (Sb@NCF) that alloy with lithium and seed its growth. "
    "Sb@NCF hosts deliver a Coulombic efficiency of 99.2% over 500 cycles at 1 mA cm-2 and 1 mA h cm-2, and "
    "Sb@NCF-Li||LFP full cells retain 91.6% of their capacity after 800 cycles at 2 C."
)
INTRO = (
    "Three-dimensional carbon hosts lower the local current density and buffer the volume change of lithium.^{1-5} "
    "Their surfaces, however, are lithiophobic, so lithium nucleates on the outside of the host.^{6,7} Coating a "
    "carbon paper with gold brought the Coulombic efficiency to 98.5%,^{8} and ZnO-decorated carbon cloths "
    "sustained symmetric cycling for 1,000 h.^{9} Here we seed a carbon felt with antimony, which forms Li3Sb "
    "at a potential above that of lithium plating."
)
f("J16-04", "CoulombicEfficiency", 98.5, "%", "Coating a carbon paper with gold brought the Coulombic efficiency to 98.5%")
f("J16-05", "Lifespan", 1000, "h", "ZnO-decorated carbon cloths sustained symmetric cycling for 1,000 h")
RESULTS = [
    ("Nucleation of lithium",
     "The nucleation overpotential on Sb@NCF is only 9 mV, one-eighth of that on bare NCF (72 mV) and far below "
     "that on Cu foil (115 mV) (Figure 2A). Strikingly, no lithium is found on the outer surface of Sb@NCF after "
     "plating 4 mA h cm-2."),
    ("Coulombic efficiency",
     "In Li||Cu-type half cells at 1 mA cm-2 and 1 mA h cm-2, Sb@NCF keeps a Coulombic efficiency of 99.2% for "
     "500 cycles (Figure 2B). By contrast, the efficiency of bare NCF falls to 91.3% after 150 cycles, and that of "
     "Cu foil to 80.4% after 90 cycles."),
    ("Symmetric cells",
     "Sb@NCF|Li electrodes sustain 2,400 h at 3 mA cm-2 with a capacity of 3 mA h cm-2 (Figure 3B), whereas bare "
     "NCF and Cu foil short-circuit at 620 and 180 h, respectively. Even at 10 mA cm-2, the voltage hysteresis of "
     "Sb@NCF stays at 38 mV for 800 h."),
    ("Full cells",
     "Sb@NCF-Li||LFP full cells with an LFP loading of 12 mg cm-2 retain 91.6% of their capacity after 800 cycles "
     "at 2 C, with an average Coulombic efficiency of 99.8% (Figure 4C)."),
]
f("J16-01", "Overpotential", 9, "mV", "The nucleation overpotential on Sb@NCF is only 9 mV")
f("J16-02", "Overpotential", 72, "mV", "one-eighth of that on bare NCF (72 mV)")
f("J16-03", "Overpotential", 115, "mV", "far below that on Cu foil (115 mV)")
f("J16-01", "ArealCapacity", 4, "mA h cm-2", "no lithium is found on the outer surface of Sb@NCF after plating 4 mA h cm-2")
for sid in ("J16-01", "J16-02", "J16-03"):
    f(sid, "CurrentDensity", 1, "mA cm-2", "In Li||Cu-type half cells at 1 mA cm-2 and 1 mA h cm-2")
    f(sid, "ArealCapacity", 1, "mA h cm-2", "In Li||Cu-type half cells at 1 mA cm-2 and 1 mA h cm-2")
f("J16-01", "CoulombicEfficiency", 99.2, "%", "Sb@NCF keeps a Coulombic efficiency of 99.2% for 500 cycles")
f("J16-01", "CycleNumber", 500, "cycles", "Sb@NCF keeps a Coulombic efficiency of 99.2% for 500 cycles")
f("J16-02", "CoulombicEfficiency", 91.3, "%", "the efficiency of bare NCF falls to 91.3% after 150 cycles")
f("J16-02", "CycleNumber", 150, "cycles", "the efficiency of bare NCF falls to 91.3% after 150 cycles")
f("J16-03", "CoulombicEfficiency", 80.4, "%", "that of Cu foil to 80.4% after 90 cycles")
f("J16-03", "CycleNumber", 90, "cycles", "that of Cu foil to 80.4% after 90 cycles")
f("J16-01", "Lifespan", 2400, "h", "Sb@NCF|Li electrodes sustain 2,400 h at 3 mA cm-2")
f("J16-02", "Lifespan", 620, "h", "short-circuit at 620 and 180 h, respectively")
f("J16-03", "Lifespan", 180, "h", "short-circuit at 620 and 180 h, respectively")
for sid in ("J16-01", "J16-02", "J16-03"):
    f(sid, "CurrentDensity", 3, "mA cm-2", "sustain 2,400 h at 3 mA cm-2 with a capacity of 3 mA h cm-2")
    f(sid, "ArealCapacity", 3, "mA h cm-2", "sustain 2,400 h at 3 mA cm-2 with a capacity of 3 mA h cm-2")
f("J16-01", "CurrentDensity", 10, "mA cm-2", "Even at 10 mA cm-2, the voltage hysteresis of Sb@NCF stays at 38 mV")
f("J16-01", "VoltageHysteresis", 38, "mV", "the voltage hysteresis of Sb@NCF stays at 38 mV for 800 h")
f("J16-01", "Lifespan", 800, "h", "the voltage hysteresis of Sb@NCF stays at 38 mV for 800 h")
f("J16-01", "ArealMassLoading", 12, "mg cm-2", "with an LFP loading of 12 mg cm-2")
f("J16-01", "CapacityRetention", 91.6, "%", "retain 91.6% of their capacity after 800 cycles at 2 C")
f("J16-01", "CycleNumber", 800, "cycles", "retain 91.6% of their capacity after 800 cycles at 2 C")
f("J16-01", "CRate", 2, "C", "retain 91.6% of their capacity after 800 cycles at 2 C")
f("J16-01", "CoulombicEfficiency", 99.8, "%", "with an average Coulombic efficiency of 99.8%")
CONCLUSION = (
    "Alloying seeds placed inside a carbon felt draw lithium into the host, so that it plates densely even at "
    "high current densities."
)
METHODS = [
    ("Resource availability",
     "Further information and requests for resources should be directed to and will be fulfilled by the lead "
     "contact. This study did not generate new unique reagents. All data are available from the lead contact "
     "upon reasonable request."),
    ("Synthesis of Sb@NCF",
     "Carbon felt was annealed in ammonia at 700 °C for 2 h, soaked in an ethanol solution of SbCl3 and reduced in "
     "H2/Ar at 500 °C for 3 h."),
    ("Electrochemical measurements",
     "CR2032 coin cells were assembled with 1 M LiTFSI in DOL/DME containing 2 wt% LiNO3. Li||Cu-type cells were "
     "cycled between 0 and 1 V after a first cycle at 0.05 mA cm-2."),
]
JOURNALS = ["Joule", "Chem", "Matter", "Cell Rep. Phys. Sci."]
R = [(f"{chr(65 + i % 20)}. {NAMES[(i * 13 + 5) % len(NAMES)]}, {chr(66 + i % 19)}. {NAMES[(i * 5 + 1) % len(NAMES)]}",
      f"Invented carbon host study {i}", JOURNALS[i % 4], 2014 + i % 10, str(2 + i), f"{110 + 11 * i}")
     for i in range(1, 17)]


def tex():
    import re

    def sub(t):
        t = re.sub(r"\^\{([0-9,\-]+)\}", lambda m: "@@" + m.group(1).replace("-", "--") + "@@", t)
        t = latex(t, ("Li3Sb", "SbCl3", "H2"))
        return re.sub(r"@@(.*?)@@", lambda m: "\\textsuperscript{" + m.group(1) + "}", t)

    o = [r"\documentclass{article}\usepackage{helvet}\renewcommand{\familydefault}{\sfdefault}"
         r"\usepackage[T1]{fontenc}\usepackage[margin=24mm]{geometry}",
         r"\begin{document}\noindent{\Large\bfseries " + title + r"\par}\medskip",
         r"\noindent Greta Lindgren, Omar Haddad and Mei Nakamura\par\bigskip",
         r"\noindent\textbf{HIGHLIGHTS}\begin{itemize}" + "".join(r"\item " + sub(h) for h in HIGHLIGHTS)
         + r"\end{itemize}",
         r"\noindent\textbf{Context \& scale}\par\noindent " + sub(CONTEXT) + r"\par\bigskip",
         r"\noindent\textbf{SUMMARY}\par\noindent " + sub(SUMMARY),
         r"\section*{INTRODUCTION}", sub(INTRO), r"\section*{RESULTS AND DISCUSSION}"]
    for h, t in RESULTS:
        o += [r"\subsection*{" + h + "}", sub(t)]
    o += [r"\section*{CONCLUSIONS}", sub(CONCLUSION), r"\section*{EXPERIMENTAL PROCEDURES}"]
    for h, t in METHODS:
        o += [r"\subsection*{" + h + "}", sub(t)]
    o += [r"\section*{REFERENCES}", r"{\small"]
    for k, (a, t, j, y, v, p) in enumerate(R, 1):
        names = [x.split(". ", 1)[1] + ", " + x.split(". ", 1)[0] + "." for x in a.split(", ")]
        a = ", ".join(names[:-1]) + ", and " + names[-1]
        o.append(rf"\noindent {k}. {a} ({y}). {t}. {j} {v}, {p}--{int(p) + 7}.\par")
    o.append(r"}\end{document}")
    return "\n\n".join(o)


def gold():
    return gold_file(title, S, F, R)
