"""Invented research paper 39: RSC (J. Mater. Chem. A)-like paper on a composite polymer electrolyte at 60 °C: superscript
citations after the stop ("…liquid ones.1,2"), 'Fig. 2(a)', 'ESI†', conductivities with a power of ten, 'three times
that of SPE (1.2 × 10−4 S cm−1)', 'increases from 0.21 (SPE) to 0.46 (CPE-R)', 'Li|CPE-R|Li cells', a list with
'respectively', 'Under the same conditions, …', methods after the introduction that define the codes."""
from invented.common import NAMES, latex
from invented.common import gold as gold_file

title = "Ceria nanorods as active fillers for poly(ethylene oxide) electrolytes in lithium metal batteries"
S = {
    "F39-01": dict(name="PEO-LiTFSI composite electrolyte with 10 wt% CeO2 nanorods (CPE-R)", aliases=[
        "CPE-R", "CPE-R membrane", "CPE-R electrolyte", "composite electrolyte", "CeO2 nanorods"],
        role="design", cls="NonConductiveFramework", sub="NanoparticleElectrolyte"),
    "F39-02": dict(name="PEO-LiTFSI composite electrolyte with 10 wt% CeO2 nanoparticles (CPE-P)", aliases=[
        "CPE-P", "CPE-P membrane", "CPE-P electrolyte", "CeO2 nanoparticles"],
        role="control", cls="NonConductiveFramework", sub="NanoparticleElectrolyte"),
    "F39-03": dict(name="filler-free PEO-LiTFSI electrolyte (SPE)", aliases=["SPE", "SPE membrane",
                   "filler-free membrane", "PEO-LiTFSI"], role="control", cls="NonConductiveFramework",
                   sub="NanoparticleElectrolyte"),
}
F = []


def f(*a):
    F.append(a)


ABSTRACT = (
    "Poly(ethylene oxide) electrolytes are safe and easy to process, but they conduct poorly below their melting "
    "point and let lithium dendrites through at moderate currents. We add CeO2 nanorods to PEO-LiTFSI and obtain a "
    "composite electrolyte (CPE-R) that conducts 3.6 × 10-4 S cm-1 at 60 °C and cycles lithium for 1000 h. The rods "
    "bind anions at their oxygen vacancies and so free the lithium ions."
)
INTRO = [
    "Solid polymer electrolytes are safer than liquid ones.^{1,2} Their conductivity, however, is low below the "
    "melting point of PEO,^{3-5} and ceramic fillers have been added to disorder the chains.^{6-9} Nanorods give "
    "longer paths along their surfaces than nanoparticles do.^{10}",
]
METHODS = ("PEO and LiTFSI (EO : Li = 16 : 1) were dissolved in acetonitrile with 10 wt% CeO2 nanorods (CPE-R) or "
           "10 wt% CeO2 nanoparticles (CPE-P); the filler-free membrane is denoted SPE. All membranes were cast to a "
           "thickness of 60 um. All cells were tested at 60 °C. LiFePO4 cathodes had a loading of 2.5 mg cm-2.")
ARMS = ("F39-01", "F39-02", "F39-03")
for sid in ARMS:
    f(sid, "Thickness", 60, "um", "All membranes were cast to a thickness of 60 um")
    f(sid, "Temperature", 60, "degC", "All cells were tested at 60 °C")
for sid in ("F39-01", "F39-03"):
    f(sid, "ArealMassLoading", 2.5, "mg cm-2", "LiFePO4 cathodes had a loading of 2.5 mg cm-2")
RESULTS = [
    "The nanorods are 15 nm wide and 200 nm long (Fig. 1(b)). The ionic conductivity of CPE-R reaches "
    "3.6 × 10-4 S cm-1 at 60 °C, three times that of SPE (1.2 × 10-4 S cm-1) and higher than that of CPE-P "
    "(2.1 × 10-4 S cm-1) (Fig. 2(a)). Arrhenius fits give activation energies of 0.28, 0.35 and 0.41 eV for CPE-R, "
    "CPE-P and SPE, respectively.",
    "The Li+ transference number increases from 0.21 (SPE) to 0.46 (CPE-R). CPE-R is stable up to 4.9 V vs. Li+/Li "
    "(Fig. S6, ESI†). The nanorods also stiffen the membrane: its tensile strength is 2.8 MPa, compared with 0.9 MPa "
    "for SPE.",
    "In Li|CPE-R|Li cells at 0.2 mA cm-2 and 0.2 mA h cm-2, the polarization stays at about 32 mV for 1000 h "
    "(Fig. 3(a)). Under the same conditions, the Li|CPE-P|Li cell lasts 500 h and the Li|SPE|Li cell short-circuits "
    "after 140 h. The critical current density rises from 0.4 mA cm-2 for SPE to 1.1 mA cm-2 for CPE-R.",
    "LiFePO4|CPE-R|Li cells deliver 152 mA h g-1 at 0.5 C and retain 93.1% of it after 300 cycles, whereas the SPE "
    "cell delivers 121 mA h g-1 and keeps only 62.4% after 150 cycles (Fig. 4).",
]
f("F39-01", "FiberDiameter", 15, "nm", "The nanorods are 15 nm wide and 200 nm long")
f("F39-01", "LateralSize", 200, "nm", "The nanorods are 15 nm wide and 200 nm long")
f("F39-01", "IonicConductivity", 0.36, "mS cm-1", "The ionic conductivity of CPE-R reaches 3.6 × 10-4 S cm-1 at 60 °C")
f("F39-03", "IonicConductivity", 0.12, "mS cm-1", "three times that of SPE (1.2 × 10-4 S cm-1)")
f("F39-02", "IonicConductivity", 0.21, "mS cm-1", "higher than that of CPE-P (2.1 × 10-4 S cm-1)")
for sid, e in zip(ARMS, (0.28, 0.35, 0.41), strict=True):
    f(sid, "ActivationEnergy", e, "eV", "activation energies of 0.28, 0.35 and 0.41 eV for CPE-R, CPE-P and SPE")
f("F39-03", "LithiumTransferenceNumber", 0.21, "", "increases from 0.21 (SPE) to 0.46 (CPE-R)")
f("F39-01", "LithiumTransferenceNumber", 0.46, "", "increases from 0.21 (SPE) to 0.46 (CPE-R)")
f("F39-01", "ElectrodePotential", 4.9, "V", "CPE-R is stable up to 4.9 V vs. Li+/Li")
f("F39-01", "TensileStrength", 2.8, "MPa", "its tensile strength is 2.8 MPa")
f("F39-03", "TensileStrength", 0.9, "MPa", "compared with 0.9 MPa for SPE")
for sid in ARMS:
    f(sid, "CurrentDensity", 0.2, "mA cm-2", "In Li|CPE-R|Li cells at 0.2 mA cm-2 and 0.2 mA h cm-2")
    f(sid, "ArealCapacity", 0.2, "mA h cm-2", "In Li|CPE-R|Li cells at 0.2 mA cm-2 and 0.2 mA h cm-2")
f("F39-01", "Polarization", 32, "mV", "the polarization stays at about 32 mV for 1000 h")
f("F39-01", "Lifespan", 1000, "h", "the polarization stays at about 32 mV for 1000 h")
f("F39-02", "Lifespan", 500, "h", "the Li|CPE-P|Li cell lasts 500 h")
f("F39-03", "Lifespan", 140, "h", "the Li|SPE|Li cell short-circuits after 140 h")
f("F39-03", "CriticalCurrentDensity", 0.4, "mA cm-2", "rises from 0.4 mA cm-2 for SPE to 1.1 mA cm-2 for CPE-R")
f("F39-01", "CriticalCurrentDensity", 1.1, "mA cm-2", "rises from 0.4 mA cm-2 for SPE to 1.1 mA cm-2 for CPE-R")
f("F39-01", "SpecificCapacity", 152, "mA h g-1", "LiFePO4|CPE-R|Li cells deliver 152 mA h g-1 at 0.5 C")
f("F39-01", "CapacityRetention", 93.1, "%", "retain 93.1% of it after 300 cycles")
f("F39-01", "CycleNumber", 300, "cycles", "retain 93.1% of it after 300 cycles")
f("F39-03", "SpecificCapacity", 121, "mA h g-1", "the SPE cell delivers 121 mA h g-1")
f("F39-03", "CapacityRetention", 62.4, "%", "keeps only 62.4% after 150 cycles")
f("F39-03", "CycleNumber", 150, "cycles", "keeps only 62.4% after 150 cycles")
for sid in ("F39-01", "F39-03"):
    f(sid, "CRate", 0.5, "C", "LiFePO4|CPE-R|Li cells deliver 152 mA h g-1 at 0.5 C")
CONCLUSION = "Ceria nanorods raise the conductivity and the transference number of PEO electrolytes and stop dendrites."
R = [(f"{chr(65 + i % 20)}. {NAMES[(i * 11 + 5) % len(NAMES)]}, {chr(68 + i % 17)}. {NAMES[(i * 7 + 1) % len(NAMES)]}",
      "", ["J. Mater. Chem. A", "Energy Environ. Sci.", "Chem. Sci.", "J. Mater. Chem. A"][i % 4], 2012 + i % 12,
      str(3 + i), f"{2000 + 101 * i}") for i in range(1, 11)]


def tex():
    import re

    def sub(t):
        t = re.sub(r"\^\{([0-9,\-]+)\}", lambda m: "@@" + m.group(1).replace("-", "--") + "@@", t)
        t = re.sub(r"(\d(?:\.\d)?) × 10-(\d)", r"\1 $\\times$ 10$^{-\2}$", t)
        t = latex(t, formulas=("CeO2",)).replace("S cm-1", "S cm$^{-1}$").replace("60 um", "60 $\\mu$m")
        t = t.replace("Li+", "Li$^+$").replace("†", "$\\dagger$").replace("EO : Li", "EO\\,:\\,Li")
        return re.sub(r"@@(.*?)@@", lambda m: "\\textsuperscript{" + m.group(1) + "}", t)

    o = [r"\documentclass[9pt,twocolumn]{extarticle}\usepackage{helvet}\renewcommand{\familydefault}{\sfdefault}"
         r"\usepackage[T1]{fontenc}\usepackage[margin=15mm]{geometry}",
         r"\title{\bfseries " + title + r"}\author{Aoife Byrne, Kenji Mori and Fatima Zahra}\date{}\begin{document}"
         r"\maketitle", r"\noindent\textbf{" + sub(ABSTRACT) + "}", r"\section*{Introduction}"]
    o += [sub(t) for t in INTRO]
    o += [r"\section*{Experimental}", sub(METHODS), r"\section*{Results and discussion}"]
    o += [sub(t) for t in RESULTS]
    o += [r"\section*{Conclusions}", sub(CONCLUSION), r"\section*{Notes and references}", r"{\footnotesize"]
    for k, (a, _, j, y, v, p) in enumerate(R, 1):
        o.append(rf"\noindent {k} {a.replace(', ', ' and ')}, \textit{{{j}}}, {y}, \textbf{{{v}}}, {p}.\par")
    o.append(r"}\end{document}")
    return "\n\n".join(o)


def gold():
    return gold_file(title, S, F, R)
