"""Invented research paper 15: ACS-AMI-like, a composite polymer electrolyte series (nanoparticle electrolyte) coded by filler
content, the filler-free polymer as control, scientific notation conductivities, critical current density,
activation energy, an electrochemical window, 'As shown in Figure 3a', cells named by their stacks
(Li|PL-20|Li, LFP|PL-20|Li), a test temperature for every cell."""
from invented.common import NAMES, latex
from invented.common import gold as gold_file

title = "Garnet nanofibre fillers that open fast lithium-ion pathways in poly(ethylene oxide) electrolytes"
S = {
    "G15-01": dict(name="PEO electrolyte with 20 wt% garnet nanofibres (PL-20)", aliases=["PL-20"], role="design",
                   cls="NonConductiveFramework", sub="NanoparticleElectrolyte"),
    "G15-02": dict(name="PEO electrolyte with 10 wt% garnet nanofibres (PL-10)", aliases=["PL-10"], role="design",
                   cls="NonConductiveFramework", sub="NanoparticleElectrolyte"),
    "G15-03": dict(name="PEO electrolyte with 30 wt% garnet nanofibres (PL-30)", aliases=["PL-30"], role="design",
                   cls="NonConductiveFramework", sub="NanoparticleElectrolyte"),
    "G15-04": dict(name="filler-free PEO electrolyte", aliases=["filler-free PEO electrolyte", "PEO electrolyte",
                   "PEO", "filler-free PEO"], role="control", cls="NonConductiveFramework",
                   sub="NanoparticleElectrolyte"),
}
F = []


def f(*a):
    F.append(a)


ABSTRACT = (
    "Composite polymer electrolytes need fillers that conduct lithium ions along their length. Garnet nanofibres "
    "at 20 wt% raise the ionic conductivity of poly(ethylene oxide) to 2.1 × 10-4 S cm-1 at 30 °C and let "
    "Li|PL-20|Li cells cycle for 1,000 h."
)
INTRO = (
    "Poly(ethylene oxide) (PEO) electrolytes are flexible and stable against lithium, but conduct poorly at room "
    "temperature [1-5]. Ceramic particles raise their conductivity by disordering the polymer [6,7], and "
    "continuous ceramic networks do better still [8-10]."
)
RESULTS = [
    "Garnet nanofibres were mixed into PEO at 10, 20 and 30 wt%, giving the electrolytes PL-10, PL-20 and PL-30; "
    "a filler-free PEO electrolyte was cast the same way for comparison.",
    "As shown in Figure 3a, PL-20 reaches an ionic conductivity of 2.1 × 10-4 S cm-1 at 30 °C, about twenty times "
    "that of the filler-free PEO electrolyte (1.0 × 10-5 S cm-1). Its activation energy is 0.32 eV, and its "
    "lithium-ion transference number is 0.48. Linear sweep voltammetry shows that PL-20 is stable up to 4.8 V.",
    "The critical current density of Li|PL-20|Li cells at 60 °C is 1.2 mA cm-2, whereas that of cells with the "
    "filler-free electrolyte is only 0.4 mA cm-2. At 0.2 mA cm-2 and 60 °C, Li|PL-20|Li cells cycle for 1,000 h "
    "without a short circuit.",
    "LFP|PL-20|Li cells deliver 155 mA h g-1 at 0.5 C and 60 °C and keep 93% of it after 300 cycles.",
]
f("G15-01", "IonicConductivity", 0.21, "mS cm-1", "PL-20 reaches an ionic conductivity of 2.1 × 10-4 S cm-1 at 30 °C")
f("G15-01", "Temperature", 30, "degC", "PL-20 reaches an ionic conductivity of 2.1 × 10-4 S cm-1 at 30 °C")
f("G15-04", "IonicConductivity", 0.01, "mS cm-1", "that of the filler-free PEO electrolyte (1.0 × 10-5 S cm-1)")
f("G15-04", "Temperature", 30, "degC", "that of the filler-free PEO electrolyte (1.0 × 10-5 S cm-1)")
f("G15-01", "ActivationEnergy", 0.32, "eV", "Its activation energy is 0.32 eV")
f("G15-01", "LithiumTransferenceNumber", 0.48, "", "its lithium-ion transference number is 0.48")
f("G15-01", "ElectrodePotential", 4.8, "V", "PL-20 is stable up to 4.8 V")
f("G15-01", "CriticalCurrentDensity", 1.2, "mA cm-2", "The critical current density of Li|PL-20|Li cells at 60 °C is 1.2 mA cm-2")
f("G15-04", "CriticalCurrentDensity", 0.4, "mA cm-2", "that of cells with the filler-free electrolyte is only 0.4 mA cm-2")
for sid in ("G15-01", "G15-04"):
    f(sid, "Temperature", 60, "degC", "The critical current density of Li|PL-20|Li cells at 60 °C")
f("G15-01", "CurrentDensity", 0.2, "mA cm-2", "At 0.2 mA cm-2 and 60 °C, Li|PL-20|Li cells cycle for 1,000 h")
f("G15-01", "Lifespan", 1000, "h", "At 0.2 mA cm-2 and 60 °C, Li|PL-20|Li cells cycle for 1,000 h")
f("G15-01", "SpecificCapacity", 155, "mA h g-1", "LFP|PL-20|Li cells deliver 155 mA h g-1 at 0.5 C and 60 °C")
f("G15-01", "CRate", 0.5, "C", "LFP|PL-20|Li cells deliver 155 mA h g-1 at 0.5 C and 60 °C")
f("G15-01", "CapacityRetention", 93, "%", "keep 93% of it after 300 cycles")
f("G15-01", "CycleNumber", 300, "cycles", "keep 93% of it after 300 cycles")
TABLE = r"""\begin{table}[h]\centering\small
\caption{Ionic conductivity of the electrolytes at 30 $^\circ$C and 60 $^\circ$C.}
\begin{tabular}{lcc}\hline
Electrolyte & $\sigma_{30}$ (S cm$^{-1}$) & $\sigma_{60}$ (S cm$^{-1}$) \\\hline
PL-10 & 8.2 $\times$ 10$^{-5}$ & 4.1 $\times$ 10$^{-4}$ \\
PL-20 & 2.1 $\times$ 10$^{-4}$ & 9.6 $\times$ 10$^{-4}$ \\
PL-30 & 1.3 $\times$ 10$^{-4}$ & 6.0 $\times$ 10$^{-4}$ \\\hline
\end{tabular}\end{table}"""
for sid, a, b in (("G15-02", 0.082, 0.41), ("G15-01", 0.21, 0.96), ("G15-03", 0.13, 0.60)):
    f(sid, "IonicConductivity", a, "mS cm-1", "table")
    f(sid, "IonicConductivity", b, "mS cm-1", "table")
    f(sid, "Temperature", 30, "degC", "table")
    f(sid, "Temperature", 60, "degC", "table")
METHODS = (
    "PEO and LiTFSI (EO:Li = 16:1) were dissolved in acetonitrile with the nanofibres, cast and dried at 50 °C "
    "under vacuum for 24 h."
)
JOURNALS = ["ACS Appl. Mater. Interfaces", "ACS Appl. Energy Mater.", "Chem. Mater.", "J. Phys. Chem. C"]
R = [(f"{chr(65 + i % 20)}. {NAMES[(i * 23 + 1) % len(NAMES)]}, {chr(66 + i % 19)}. {NAMES[(i * 9 + 6) % len(NAMES)]}",
      f"Invented polymer electrolyte study {i}", JOURNALS[i % 4], 2010 + i % 14, str(40 + i), f"{10000 + 211 * i}")
     for i in range(1, 17)]


def tex():
    def sub(t):
        t = t.replace(" × 10-4 S cm-1", r" $\times$ 10$^{-4}$ S cm$^{-1}$").replace(
            " × 10-5 S cm-1", r" $\times$ 10$^{-5}$ S cm$^{-1}$")
        return latex(t, ())

    o = [r"\documentclass[twocolumn]{article}\usepackage{mathptmx}\usepackage[T1]{fontenc}\usepackage[margin=16mm]{geometry}",
         r"\title{" + title + r"}\author{Wei Ito, Carla Reyes and Jonas Young}\date{}\begin{document}\maketitle",
         r"\noindent\textbf{ABSTRACT:} " + sub(ABSTRACT), r"\section*{1. INTRODUCTION}", sub(INTRO),
         r"\section*{2. EXPERIMENTAL SECTION}", sub(METHODS), r"\section*{3. RESULTS AND DISCUSSION}"]
    for k, p in enumerate(RESULTS):
        o.append(sub(p))
        if k == 1:
            o.append(TABLE)
    o += [r"\section*{4. CONCLUSIONS}", "Continuous garnet fibres conduct lithium ions through a polymer electrolyte.",
          r"\section*{REFERENCES}", r"{\small"]
    for k, (a, t, j, y, v, p) in enumerate(R, 1):
        names = [x.split(". ", 1)[1] + ", " + x.split(". ", 1)[0] + "." for x in a.split(", ")]
        o.append(rf"\noindent ({k}) {'; '.join(names)} {t}. \textit{{{j}}} \textbf{{{y}}}, \textit{{{v}}}, {p}.\par")
    o.append(r"}\end{document}")
    return "\n\n".join(o)


def gold():
    return gold_file(title, S, F, R)
