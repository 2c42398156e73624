"""Invented research paper 96: a host paper in the English of many Chinese groups, whose results sentences chain
several findings by 'and' and 'which' ('…exhibits an average CE of 98.9% over 450 cycles, which is much higher than
that of CNTS (96.1%), and the bare Cu electrode fails after only 60 cycles, which is ascribed to …'), opens sentences
with 'Benefiting from' and 'As shown in Fig. 3a,', writes units 'mAh cm-2' run together, names the test conditions
once in a trailing 'under' phrase ('under 1 mA cm-2 and 1 mAh cm-2'), relates the control by 'in comparison,' and
'by contrast,', and uses Elsevier references with titles."""
from invented.common import NAMES, latex
from invented.common import gold as gold_file

title = "Molybdenum nitride-decorated carbon nanotube sponge enabling uniform lithium deposition for stable lithium metal anodes"
S = {
    "M96-01": dict(name="Mo2N-decorated carbon nanotube sponge (MN-CNTS)", aliases=[
        "MN-CNTS", "Li@MN-CNTS", "MN-CNTS electrode", "MN-CNTS host", "Mo2N-decorated carbon nanotube sponge",
        "Li@MN-CNTS anode", "Li@MN-CNTS symmetric cell", "MN-CNTS electrodes"], role="design",
        cls="ConductiveFramework", sub="CarbonBasedFramework"),
    "M96-02": dict(name="carbon nanotube sponge (CNTS)", aliases=["CNTS", "Li@CNTS", "CNTS electrode",
                   "carbon nanotube sponge", "pristine CNTS", "the CNTS electrode"], role="control",
                   cls="ConductiveFramework", sub="CarbonBasedFramework"),
    "M96-03": dict(name="bare Cu", aliases=["bare Cu", "bare Cu electrode", "Cu foil", "the bare Cu electrode",
                   "Li@Cu", "Li@Cu symmetric cell"], role="control", cls="ConductiveFramework",
                   sub="MetalBasedFramework"),
}
F = []


def f(*a):
    F.append(a)


ABSTRACT = ("Lithium metal is regarded as the most promising anode for next-generation batteries, however the "
            "uncontrollable dendrite growth and the infinite volume change hinder its practical application. Herein, "
            "a Mo2N nanoparticle-decorated carbon nanotube sponge (MN-CNTS) is designed as the lithium host, in which "
            "the lithiophilic Mo2N sites guide the uniform nucleation of lithium and the three-dimensional conductive "
            "network reduces the local current density. As a result, the MN-CNTS electrode delivers an average "
            "Coulombic efficiency of 98.9% over 450 cycles, and the Li@MN-CNTS symmetric cell can stably cycle for "
            "1600 h with a low overpotential of 14 mV.")
METHODS = ("The CNT sponge (CNTS) was grown by chemical vapour deposition and then immersed into ammonium molybdate "
           "solution, followed by nitridation under NH3 at 700 °C for 2 h to obtain MN-CNTS, in which the mass "
           "loading of Mo2N is 8 wt%. Li@MN-CNTS and Li@CNTS anodes were prepared by electrodepositing 10 mAh cm-2 of "
           "Li into the hosts.")
RESULTS = [
    ("3.1. Morphology and structure", "As shown in Fig. 1b, the Mo2N nanoparticles with an average size of 15 nm are "
     "uniformly anchored on the CNT walls, and the sponge maintains a high specific surface area of 186 m2 g-1 after "
     "decoration, which provides abundant sites for the lithium deposition."),
    ("3.2. Electrochemical performance", "As shown in Fig. 3a, the MN-CNTS electrode exhibits an average CE of 98.9% "
     "over 450 cycles under 1 mA cm-2 and 1 mAh cm-2, which is much higher than that of CNTS (96.1%, 180 cycles), and "
     "the bare Cu electrode fails after only 60 cycles, which is ascribed to the uncontrolled growth of dendrites and "
     "the continuous consumption of electrolyte. Benefiting from the lithiophilic Mo2N sites, the nucleation "
     "overpotential of MN-CNTS is only 9 mV, which is much lower than those of CNTS and bare Cu (27 and 46 mV, "
     "respectively), and it indicates that the energy barrier of lithium nucleation is effectively reduced. "
     "Furthermore, the Li@MN-CNTS symmetric cell can stably cycle for 1600 h under 2 mA cm-2 and 2 mAh cm-2 with a "
     "low overpotential of 14 mV, and in comparison, the Li@CNTS cell shows an overpotential of 38 mV and short "
     "circuit at 420 h, which demonstrates the superior stability of the MN-CNTS host. By contrast, the Li@Cu "
     "symmetric cell only survives 95 h under the same condition."),
    ("3.3. Full cell performance", "When paired with LiFePO4 cathodes with a mass loading of 12 mg cm-2, the "
     "Li@MN-CNTS||LFP full cell delivers a capacity retention of 91.3% after 500 cycles at 1 C, and the Li@CNTS||LFP "
     "cell only retains 64.7%, which further confirms the practical potential of the MN-CNTS host."),
]
f("M96-01", "CoulombicEfficiency", 98.9, "%", "abstract")
f("M96-01", "CycleNumber", 450, "cycles", "abstract")
f("M96-01", "Lifespan", 1600, "h", "abstract")
f("M96-01", "Overpotential", 14, "mV", "abstract")
f("M96-01", "Temperature", 700, "degC", "nitridation under NH3 at 700 °C")
f("M96-01", "MassFraction", 8, "%", "the mass loading of Mo2N is 8 wt%")
f("M96-01", "ParticleSize", 15, "nm", "the Mo2N nanoparticles with an average size of 15 nm")
f("M96-01", "SpecificSurfaceArea", 186, "m2 g-1", "a high specific surface area of 186 m2 g-1")
for sid in ("M96-01", "M96-02", "M96-03"):
    f(sid, "CurrentDensity", 1, "mA cm-2", "under 1 mA cm-2 and 1 mAh cm-2")
    f(sid, "ArealCapacity", 1, "mA h cm-2", "under 1 mA cm-2 and 1 mAh cm-2")
f("M96-01", "CoulombicEfficiency", 98.9, "%", "exhibits an average CE of 98.9% over 450 cycles")
f("M96-01", "CycleNumber", 450, "cycles", "over 450 cycles")
f("M96-02", "CoulombicEfficiency", 96.1, "%", "that of CNTS (96.1%, 180 cycles)")
f("M96-02", "CycleNumber", 180, "cycles", "that of CNTS (96.1%, 180 cycles)")
f("M96-03", "CycleNumber", 60, "cycles", "the bare Cu electrode fails after only 60 cycles")
f("M96-01", "Overpotential", 9, "mV", "the nucleation overpotential of MN-CNTS is only 9 mV")
f("M96-02", "Overpotential", 27, "mV", "those of CNTS and bare Cu (27 and 46 mV, respectively)")
f("M96-03", "Overpotential", 46, "mV", "those of CNTS and bare Cu (27 and 46 mV, respectively)")
for sid in ("M96-01", "M96-02", "M96-03"):
    f(sid, "CurrentDensity", 2, "mA cm-2", "under 2 mA cm-2 and 2 mAh cm-2 / under the same condition")
    f(sid, "ArealCapacity", 2, "mA h cm-2", "under 2 mA cm-2 and 2 mAh cm-2 / under the same condition")
f("M96-01", "Lifespan", 1600, "h", "the Li@MN-CNTS symmetric cell can stably cycle for 1600 h")
f("M96-01", "Overpotential", 14, "mV", "with a low overpotential of 14 mV")
f("M96-02", "Overpotential", 38, "mV", "the Li@CNTS cell shows an overpotential of 38 mV")
f("M96-02", "Lifespan", 420, "h", "short circuit at 420 h")
f("M96-03", "Lifespan", 95, "h", "the Li@Cu symmetric cell only survives 95 h")
for sid in ("M96-01", "M96-02"):
    f(sid, "ArealMassLoading", 12, "mg cm-2", "LiFePO4 cathodes with a mass loading of 12 mg cm-2")
    f(sid, "CRate", 1, "C", "after 500 cycles at 1 C")
    f(sid, "CycleNumber", 500, "cycles", "after 500 cycles at 1 C")
f("M96-01", "CapacityRetention", 91.3, "%", "delivers a capacity retention of 91.3% after 500 cycles")
f("M96-02", "CapacityRetention", 64.7, "%", "the Li@CNTS||LFP cell only retains 64.7%")
R = [(f"{chr(65 + i % 20)}. {NAMES[(i * 5 + 3) % len(NAMES)]}, {chr(67 + i % 11)}. {NAMES[(i * 7 + 1) % len(NAMES)]}",
      f"Lithiophilic carbon host design {i}", ["J. Energy Chem.", "Energy Storage Mater.", "Chem. Eng. J.",
                                               "Nano Energy"][i % 4],
      2015 + i % 9, str(20 + 3 * i), f"{101000 + 513 * i}") for i in range(1, 13)]


def tex():
    def sub(t):
        t = latex(t, formulas=("Mo2N", "NH3", "LiFePO4"))
        return t.replace("mAh cm-2", "mAh cm$^{-2}$").replace("m2 g-1", "m$^2$ g$^{-1}$")

    o = [r"\documentclass[10pt,twocolumn]{article}\usepackage{times}\usepackage[T1]{fontenc}"
         r"\usepackage[margin=17mm]{geometry}",
         r"\title{" + title.replace("Molybdenum nitride", "Molybdenum nitride") + r"}\author{Wei Zhang, Xiaoming "
         r"Liu, Hao Chen and Yan Wang}\date{}\begin{document}\maketitle",
         r"\noindent\textbf{Abstract} " + sub(ABSTRACT),
         r"\section*{1. Introduction}", "Lithium metal anode has the ultrahigh theoretical capacity and the lowest "
         "potential [1-3]. Three-dimensional hosts can reduce the local current density [4-7], and lithiophilic "
         "sites such as metal nitrides can induce the homogeneous nucleation [8-12].".replace("-", "--"),
         r"\section*{2. Experimental}", sub(METHODS), r"\section*{3. Results and discussion}"]
    for h, t in RESULTS:
        o += [r"\subsection*{" + h + "}", sub(t)]
    o += [r"\section*{4. Conclusions}", "In summary, the MN-CNTS host enables dendrite-free lithium anodes with long "
          "lifespan, which provides a new route for the design of lithium hosts.",
          r"\section*{References}", r"{\footnotesize"]
    for k, (a, t, j, y, v, p) in enumerate(R, 1):
        o.append(rf"\noindent [{k}] {a}, {t}, {j} {v} ({y}) {p}.\par")
    o.append(r"}\end{document}")
    return "\n\n".join(o)


def gold():
    return gold_file(title, S, F, R)
