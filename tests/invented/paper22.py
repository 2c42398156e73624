"""Invented research paper 22: RSC-like (J. Mater. Chem. A): a gel polymer electrolyte against a liquid electrolyte in a
Celgard separator, temperatures in kelvin ('at 298 K', 'from 298 to 353 K'), 'ESI, Fig. S5†', 'ca.', 'Scheme 1',
'symmetrical cells', superscript citations, RSC references without titles 'A. Name and B. Name, J. Abbr., 2019, 7, 123.'"""
from invented.common import NAMES, latex
from invented.common import gold as gold_file

title = "A boron-rich gel polymer electrolyte that stabilises lithium metal at high current densities"
S = {
    "R22-01": dict(name="boron-rich gel polymer electrolyte (BGPE)", aliases=["BGPE", "the BGPE", "BGPE membrane"],
                   role="design", cls="NonConductiveFramework", sub="NanoparticleElectrolyte"),
    "R22-02": dict(name="liquid electrolyte in Celgard (LE)", aliases=["LE", "liquid electrolyte", "the LE",
                   "Celgard 2400", "LE-Celgard"], role="control", cls="NonConductiveFramework",
                   sub="NanoparticleElectrolyte"),
}
F = []


def f(*a):
    F.append(a)


ABSTRACT = (
    "Gel polymer electrolytes combine the safety of polymers with the conductivity of liquids. Here, a boron-rich "
    "gel polymer electrolyte (BGPE) is made by cross-linking a borate monomer inside a PVDF-HFP matrix. The BGPE "
    "conducts 1.6 mS cm-1 at 298 K and lets Li|Li symmetrical cells cycle for 1800 h at 3 mA cm-2."
)
INTRO = (
    "Liquid electrolytes leak and burn, and their uneven ion flux seeds dendrites.^{1-3} Gel polymer electrolytes "
    "hold the liquid in a polymer network.^{4,5} Boron centres bind anions and so raise the share of current carried "
    "by lithium.^{6,7}"
)
RESULTS = [
    ("3.1 Ion transport",
     "As shown in Scheme 1, the borate units anchor the anions. The ionic conductivity of the BGPE is 1.6 mS cm-1 at "
     "298 K, ca. 70% of that of the LE (2.3 mS cm-1). Its lithium-ion transference number reaches 0.71, whereas that "
     "of the LE is only 0.29. From 298 to 353 K the conductivity follows an Arrhenius law with an activation energy "
     "of 0.21 eV (ESI, Fig. S5†)."),
    ("3.2 Lithium plating",
     "Li|Li symmetrical cells with the BGPE cycle for 1800 h at 3 mA cm-2 and 3 mA h cm-2, while cells with the LE "
     "short-circuit after 210 h. In Li|Cu cells at 0.5 mA cm-2, the BGPE keeps a Coulombic efficiency of 99.0% for "
     "350 cycles."),
    ("3.3 Full cells",
     "Li|BGPE|LFP cells deliver 146 mA h g-1 at 1 C and keep 94.2% of it after 600 cycles at 298 K."),
]
f("R22-01", "IonicConductivity", 1.6, "mS cm-1", "The ionic conductivity of the BGPE is 1.6 mS cm-1 at 298 K")
f("R22-02", "IonicConductivity", 2.3, "mS cm-1", "ca. 70% of that of the LE (2.3 mS cm-1)")
for sid in ("R22-01", "R22-02"):
    f(sid, "Temperature", 298, "K", "at 298 K")
f("R22-01", "LithiumTransferenceNumber", 0.71, "", "Its lithium-ion transference number reaches 0.71")
f("R22-02", "LithiumTransferenceNumber", 0.29, "", "whereas that of the LE is only 0.29")
f("R22-01", "ActivationEnergy", 0.21, "eV", "an activation energy of 0.21 eV")
f("R22-01", "Lifespan", 1800, "h", "Li|Li symmetrical cells with the BGPE cycle for 1800 h")
f("R22-02", "Lifespan", 210, "h", "cells with the LE short-circuit after 210 h")
for sid in ("R22-01", "R22-02"):
    f(sid, "CurrentDensity", 3, "mA cm-2", "cycle for 1800 h at 3 mA cm-2 and 3 mA h cm-2")
    f(sid, "ArealCapacity", 3, "mA h cm-2", "cycle for 1800 h at 3 mA cm-2 and 3 mA h cm-2")
f("R22-01", "CurrentDensity", 0.5, "mA cm-2", "In Li|Cu cells at 0.5 mA cm-2")
f("R22-01", "CoulombicEfficiency", 99.0, "%", "the BGPE keeps a Coulombic efficiency of 99.0% for 350 cycles")
f("R22-01", "CycleNumber", 350, "cycles", "the BGPE keeps a Coulombic efficiency of 99.0% for 350 cycles")
f("R22-01", "SpecificCapacity", 146, "mA h g-1", "Li|BGPE|LFP cells deliver 146 mA h g-1 at 1 C")
f("R22-01", "CRate", 1, "C", "Li|BGPE|LFP cells deliver 146 mA h g-1 at 1 C")
f("R22-01", "CapacityRetention", 94.2, "%", "keep 94.2% of it after 600 cycles")
f("R22-01", "CycleNumber", 600, "cycles", "keep 94.2% of it after 600 cycles")
METHODS = (
    "The liquid electrolyte (LE) was 1 M LiPF6 in EC/DMC soaked into a Celgard 2400 separator. The BGPE precursor was injected into a "
    "PVDF-HFP membrane and cured at 333 K for 2 h."
)
R = [(f"{chr(65 + i % 20)}. {NAMES[(i * 3 + 11) % len(NAMES)]}, {chr(66 + i % 19)}. {NAMES[(i * 7 + 6) % len(NAMES)]}",
      "", ["J. Mater. Chem. A", "Energy Environ. Sci.", "Chem. Sci.", "Chem. Commun."][i % 4], 2013 + i % 11, str(1 + i),
      f"{2000 + 31 * i}") for i in range(1, 15)]


def tex():
    import re

    def sub(t):
        t = re.sub(r"\^\{([0-9,\-]+)\}", lambda m: "@@" + m.group(1).replace("-", "--") + "@@", t)
        t = latex(t, ("LiPF6",)).replace("†", r"$\dagger$")
        return re.sub(r"@@(.*?)@@", lambda m: "\\textsuperscript{" + m.group(1) + "}", t)

    o = [r"\documentclass[twocolumn]{article}\usepackage{mathptmx}\usepackage[T1]{fontenc}\usepackage[margin=16mm]{geometry}",
         r"\title{" + title + r"}\author{Leila Haddad, Tom Quinn and Ren Ito}\date{}\begin{document}\maketitle",
         r"\noindent\textbf{Abstract} " + sub(ABSTRACT), r"\section*{1 Introduction}", sub(INTRO),
         r"\section*{2 Experimental}", sub(METHODS), r"\section*{3 Results and discussion}"]
    for h, t in RESULTS:
        o += [r"\subsection*{" + h + "}", sub(t)]
    o += [r"\section*{4 Conclusions}", "Boron centres in a gel electrolyte hold anions back and let lithium plate evenly.",
          r"\section*{Notes and references}", r"{\small"]
    for k, (a, _, j, y, v, p) in enumerate(R, 1):
        o.append(rf"\noindent {k} {a.replace(', ', ' and ')}, \textit{{{j}}}, {y}, \textbf{{{v}}}, {p}.\par")
    o.append(r"}\end{document}")
    return "\n\n".join(o)


def gold():
    return gold_file(title, S, F, R)
