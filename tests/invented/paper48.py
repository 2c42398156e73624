"""Invented research paper 48: an ACS letter-like paper that reports most of its results inside figure captions
('Figure 3. (a) Coulombic efficiencies of … (b) …'), with a body that only points at the panels, a 'whereas … ,
respectively' contrast in a caption, a design short form with an '@Li' variant, a full cell with a mass loading,
and ACS numbered references."""
from invented.common import NAMES, latex
from invented.common import gold as gold_file

title = "Zinc Oxide Quantum Dots Anchored on a Carbon Nanotube Sponge Guide Dense Lithium Deposition"
S = {
    "F48-01": dict(name="ZnO quantum dots on carbon nanotube sponge (ZQ-CNS)", aliases=["ZQ-CNS", "ZQ-CNS@Li",
                   "ZQ-CNS electrode"], role="design", cls="ConductiveFramework", sub="CarbonBasedFramework"),
    "F48-02": dict(name="carbon nanotube sponge (CNS)", aliases=["CNS", "bare sponge", "CNS@Li", "CNS electrode"],
                   role="control", cls="ConductiveFramework", sub="CarbonBasedFramework"),
    "F48-03": dict(name="Cu foil", aliases=["Cu", "bare Cu", "Cu foil", "planar Cu"], role="control",
                   cls="ConductiveFramework", sub="MetalBasedFramework"),
}
F = []


def f(*a):
    F.append(a)


ABSTRACT = (
    "Three-dimensional carbon hosts store lithium but nucleate it poorly. Here, zinc oxide quantum dots are anchored on "
    "a carbon nanotube sponge (ZQ-CNS) by a one-step solvothermal route. The dots convert to a LiZn alloy on the first "
    "plating and seed lithium uniformly throughout the sponge."
)
BODY = [
    ("Results and discussion",
     "The sponge is made of entangled nanotubes (Figure 1a). The bare sponge has a porosity of 87% and a specific "
     "surface area of 210 m2 g-1. After the solvothermal step, dots about 4 nm across cover every tube (Figure 1b). "
     "The nucleation overpotential drops from 42 mV on planar Cu to 9 mV on ZQ-CNS (Figure 2c). Figure 3 compares the "
     "three electrodes in Li||Cu-type cells and in symmetric cells. Full cells are shown in Figure 4."),
    ("Conclusions", "Alloying seeds make a carbon sponge a dense and stable lithium host."),
]
CAPTIONS = [
    ("Figure 3.", "(a) Coulombic efficiencies of ZQ-CNS, CNS and Cu electrodes at 1 mA cm-2 with 1 mA h cm-2. "
     "ZQ-CNS holds 99.0% for 400 cycles, whereas CNS and Cu fall to 85.2% and 71.4% after 150 and 60 cycles, "
     "respectively. (b) Voltage profiles of symmetric cells at 2 mA cm-2: ZQ-CNS@Li cycles for 1,200 h with a "
     "hysteresis of 18 mV."),
    ("Figure 4.", "Full cells pairing ZQ-CNS@Li with LiFePO4 cathodes (12 mg cm-2) at 1 C: 91.3% of the capacity is "
     "retained after 300 cycles."),
]
f("F48-02", "Porosity", 87, "%", "The bare sponge has a porosity of 87%")
f("F48-02", "SpecificSurfaceArea", 210, "m2 g-1", "a specific surface area of 210 m2 g-1")
f("F48-01", "ParticleSize", 4, "nm", "dots about 4 nm across cover every tube")
f("F48-03", "Overpotential", 42, "mV", "The nucleation overpotential drops from 42 mV on planar Cu to 9 mV on ZQ-CNS")
f("F48-01", "Overpotential", 9, "mV", "The nucleation overpotential drops from 42 mV on planar Cu to 9 mV on ZQ-CNS")
for sid in ("F48-01", "F48-02", "F48-03"):
    f(sid, "CurrentDensity", 1, "mA cm-2", "caption")
    f(sid, "ArealCapacity", 1, "mA h cm-2", "caption")
f("F48-01", "CoulombicEfficiency", 99.0, "%", "caption")
f("F48-01", "CycleNumber", 400, "cycles", "caption")
f("F48-02", "CoulombicEfficiency", 85.2, "%", "caption")
f("F48-02", "CycleNumber", 150, "cycles", "caption")
f("F48-03", "CoulombicEfficiency", 71.4, "%", "caption")
f("F48-03", "CycleNumber", 60, "cycles", "caption")
f("F48-01", "CurrentDensity", 2, "mA cm-2", "caption")
f("F48-01", "Lifespan", 1200, "h", "caption")
f("F48-01", "VoltageHysteresis", 18, "mV", "caption")
f("F48-01", "ArealMassLoading", 12, "mg cm-2", "caption")
f("F48-01", "CRate", 1, "C", "caption")
f("F48-01", "CapacityRetention", 91.3, "%", "caption")
f("F48-01", "CycleNumber", 300, "cycles", "caption")
R = [(f"{NAMES[(i * 5 + 2) % len(NAMES)]}, {chr(66 + i % 20)}.; {NAMES[(i * 11 + 6) % len(NAMES)]}, {chr(70 + i % 15)}.",
      f"Carbon host report {i}", ["ACS Nano", "Nano Lett.", "ACS Energy Lett.", "J. Am. Chem. Soc."][i % 4],
      2015 + i % 9, str(10 + i), f"{1000 + 211 * i}") for i in range(1, 7)]


def tex():
    def sub(t):
        return latex(t).replace("||", "$\\|$").replace("@", "@{}")

    o = [r"\documentclass[10pt,twocolumn]{article}\usepackage{mathptmx}\usepackage[T1]{fontenc}"
         r"\usepackage[margin=18mm]{geometry}\usepackage{caption}\captionsetup{labelsep=period,font=small}",
         r"\title{\bfseries " + title + r"}\author{Tomás Reyes, Ingrid Olsen and Kenji Ito}\date{}\begin{document}"
         r"\maketitle", r"\noindent\textbf{ABSTRACT:} " + sub(ABSTRACT) + r" Such hosts were reported before [1-3]."]
    for head, text in BODY:
        o += [r"\section*{" + head + "}", sub(text) + (" Earlier hosts used gold or silver seeds [4,5]." if
                                                          head.startswith("Results") else "")]
        if head.startswith("Results"):
            for label, cap in CAPTIONS:
                o.append(r"\begin{figure}[h]\centering\fbox{\rule{0pt}{28mm}\rule{60mm}{0pt}}\captionsetup{labelformat=empty}"
                         r"\caption{\textbf{" + label + "} " + sub(cap) + r"}\end{figure}")
    o += [r"\section*{References}", r"{\footnotesize"]
    for k, (a, t, j, y, v, p) in enumerate(R, 1):
        o.append(rf"\noindent ({k}) {a} {t}. \textit{{{j}}} \textbf{{{y}}}, \textit{{{v}}}, {p}.\par")
    o.append(r"}\end{document}")
    return "\n\n".join(o)


def gold():
    g = gold_file(title, S, F, R)
    for r, ref in zip(g["references"], R, strict=True):
        r["authors"] = [" ".join(reversed(a.split(", "))) for a in ref[0].split("; ")]
    return g
