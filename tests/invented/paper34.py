"""Invented research paper 34: ACS-Nano-like alloy paper: a series of lithium-indium alloy foils named by their indium
content ('LI2, LI5 and LI10 with 2, 5 and 10 at% In'), 'the alloy with 5 at% In', gapped clauses ('LI5 cells ran for
1200 h, and LI10 cells 700 h'), 'X vs. Y' pairs ('1.8 vs. 0.6 mA cm-2'), a low temperature '-20 °C', a best member
('the optimal LI5'), 'pure Li' as the control, ACS references with titles."""
from invented.common import NAMES, latex
from invented.common import gold as gold_file

title = "Dilute lithium-indium alloy foils for fast-charging lithium metal anodes"
S = {
    "C34-01": dict(name="Li-In alloy with 5 at% In (LI5)", aliases=["LI5", "the alloy with 5 at% In",
                   "the optimal LI5", "LI5 foil", "LI5 electrode", "LI5 cells"], role="design",
                   cls="ConductiveFramework", sub="LithiumBasedFramework"),
    "C34-02": dict(name="Li-In alloy with 2 at% In (LI2)", aliases=["LI2", "LI2 foil", "LI2 cells"], role="control",
                   cls="ConductiveFramework", sub="LithiumBasedFramework"),
    "C34-03": dict(name="Li-In alloy with 10 at% In (LI10)", aliases=["LI10", "LI10 foil", "LI10 cells"],
                   role="control", cls="ConductiveFramework", sub="LithiumBasedFramework"),
    "C34-04": dict(name="pure Li", aliases=["pure Li", "pure Li foil", "Li foil", "pure Li cells"], role="control",
                   cls="ConductiveFramework", sub="LithiumBasedFramework"),
}
F = []


def f(*a):
    F.append(a)


ABSTRACT = (
    "Lithium metal plates unevenly when charged fast. We roll lithium with small amounts of indium into alloy foils "
    "whose Li13In3 network carries lithium ions through the bulk. The alloy with 5 at% In cycles for 1200 h at "
    "5 mA cm-2 and keeps working at -20 °C."
)
INTRO = (
    "Fast charging drives lithium to grow as dendrites [1-3]. Alloying lithium with magnesium [4], silver [5] or "
    "indium [6,7] speeds up its diffusion, but the amount of the second metal has rarely been tuned [8]."
)
RESULTS = [
    ("Alloy foils",
     "Foils with 2, 5 and 10 at% In were rolled from the melt and are denoted LI2, LI5 and LI10. All three are "
     "100 um thick. The exchange current density of LI5 is 1.8 vs. 0.6 mA cm-2 for pure Li, and the lithium "
     "diffusion coefficient of LI5 reaches 3.4 x 10^-9 cm2 s-1."),
    ("Symmetric cells",
     "At 5 mA cm-2 and 5 mA h cm-2, LI5 cells ran for 1200 h, and LI10 cells 700 h, while LI2 cells failed after "
     "320 h and pure Li cells after 95 h. The optimal LI5 also shows the lowest overpotential, 42 mV against 61 mV "
     "for LI10. At -20 °C and 1 mA cm-2, the alloy with 5 at% In still cycles for 500 h, whereas pure Li shorts "
     "within 60 h."),
    ("Full cells",
     "LI5||LFP cells deliver 139 mA h g-1 at 5 C, and pure Li||LFP cells 97 mA h g-1. After 1000 cycles at 2 C the "
     "LI5 cell retains 88.7% of its capacity."),
]
f("C34-01", "Thickness", 100, "um", "All three are 100 um thick")
f("C34-02", "Thickness", 100, "um", "All three are 100 um thick")
f("C34-03", "Thickness", 100, "um", "All three are 100 um thick")
f("C34-01", "ExchangeCurrentDensity", 1.8, "mA cm-2", "The exchange current density of LI5 is 1.8 vs. 0.6 mA cm-2")
f("C34-04", "ExchangeCurrentDensity", 0.6, "mA cm-2", "1.8 vs. 0.6 mA cm-2 for pure Li")
f("C34-01", "DiffusionCoefficient", 3.4e-9, "cm2 s-1", "the lithium diffusion coefficient of LI5 reaches 3.4 x 10^-9")
for sid in ("C34-01", "C34-02", "C34-03", "C34-04"):
    f(sid, "CurrentDensity", 5, "mA cm-2", "At 5 mA cm-2 and 5 mA h cm-2")
    f(sid, "ArealCapacity", 5, "mA h cm-2", "At 5 mA cm-2 and 5 mA h cm-2")
f("C34-01", "Lifespan", 1200, "h", "LI5 cells ran for 1200 h")
f("C34-03", "Lifespan", 700, "h", "and LI10 cells 700 h")
f("C34-02", "Lifespan", 320, "h", "while LI2 cells failed after 320 h")
f("C34-04", "Lifespan", 95, "h", "and pure Li cells after 95 h")
f("C34-01", "Overpotential", 42, "mV", "The optimal LI5 also shows the lowest overpotential, 42 mV")
f("C34-03", "Overpotential", 61, "mV", "against 61 mV for LI10")
for sid in ("C34-01", "C34-04"):
    f(sid, "Temperature", -20, "degC", "At -20 °C and 1 mA cm-2")
    f(sid, "CurrentDensity", 1, "mA cm-2", "At -20 °C and 1 mA cm-2")
f("C34-01", "Lifespan", 500, "h", "the alloy with 5 at% In still cycles for 500 h")
f("C34-04", "Lifespan", 60, "h", "whereas pure Li shorts within 60 h")
f("C34-01", "SpecificCapacity", 139, "mA h g-1", "LI5||LFP cells deliver 139 mA h g-1 at 5 C")
f("C34-04", "SpecificCapacity", 97, "mA h g-1", "and pure Li||LFP cells 97 mA h g-1")
for sid in ("C34-01", "C34-04"):
    f(sid, "CRate", 5, "C", "LI5||LFP cells deliver 139 mA h g-1 at 5 C")
f("C34-01", "CycleNumber", 1000, "cycles", "After 1000 cycles at 2 C the LI5 cell retains 88.7%")
f("C34-01", "CRate", 2, "C", "After 1000 cycles at 2 C")
f("C34-01", "CapacityRetention", 88.7, "%", "the LI5 cell retains 88.7% of its capacity")
METHODS = (
    "Lithium and indium were melted together at 400 °C in an argon-filled glovebox and rolled. LiFePO4 cathodes had "
    "a mass loading of 8.5 mg cm-2. Each coin cell contained 50 uL of 1 M LiPF6 in EC/DEC with 10% FEC."
)
f("C34-01", "Temperature", 400, "degC", "Lithium and indium were melted together at 400 °C")
for sid in ("C34-01", "C34-04"):
    f(sid, "ArealMassLoading", 8.5, "mg cm-2", "LiFePO4 cathodes had a mass loading of 8.5 mg cm-2")
for sid in ("C34-01", "C34-02", "C34-03", "C34-04"):
    f(sid, "ElectrolyteVolume", 50, "uL", "Each coin cell contained 50 uL of 1 M LiPF6")
R = [(f"{chr(65 + i % 20)}. {NAMES[(i * 11 + 4) % len(NAMES)]}, {chr(70 + i % 15)}. {NAMES[(i * 6 + 2) % len(NAMES)]}",
      ["Alloy anodes for fast charging", "Diffusion in lithium alloys", "Dendrite growth at high rate",
       "Indium in lithium batteries"][i % 4], ["ACS Nano", "ACS Energy Lett.", "Nano Lett.", "J. Am. Chem. Soc."][i % 4],
      2014 + i % 10, str(8 + i), f"{2000 + 53 * i}") for i in range(1, 19)]


def tex():
    def sub(t):
        t = latex(t, ("Li13In3", "LiFePO4", "LiPF6"))
        t = t.replace("-20 °C", "$-$20 $^\\circ$C").replace("-20 $^\\circ$C", "$-$20 $^\\circ$C")
        t = t.replace("3.4 x 10^-9 cm2 s-1", "3.4 $\\times$ 10$^{-9}$ cm$^2$ s$^{-1}$").replace("100 um", "100 $\\mu$m")
        t = t.replace("50 uL", "50 $\\mu$L").replace("||", "$\\|$")
        return t

    o = [r"\documentclass[twocolumn]{article}\usepackage{mathptmx}\usepackage[T1]{fontenc}"
         r"\usepackage[margin=17mm]{geometry}",
         r"\title{\bfseries " + title + r"}\author{Yusuf Yilmaz, Elena Ivanova, Daniel Brandt}\date{}\begin{document}"
         r"\maketitle", r"\noindent\textbf{ABSTRACT:} " + sub(ABSTRACT), "",
         r"\noindent\textbf{KEYWORDS:} lithium metal anode, alloy, indium, fast charging, low temperature", "",
         sub(INTRO), r"\section*{RESULTS AND DISCUSSION}"]
    for h, t in RESULTS:
        o += [r"\paragraph{" + h + ".}", sub(t)]
    o += [r"\section*{CONCLUSIONS}", "A few per cent of indium is enough; more of it stiffens the foil.",
          r"\section*{METHODS}", sub(METHODS), r"\section*{REFERENCES}", r"{\small"]
    for k, (a, tt, j, y, v, p) in enumerate(R, 1):
        o.append(rf"\noindent ({k}) {a.replace(', ', '; ')}. {tt}. \textit{{{j}}} \textbf{{{y}}}, \textit{{{v}}}, "
                 rf"{p}--{int(p) + 8}.\par")
    o.append(r"}\end{document}")
    return "\n\n".join(o)


def gold():
    return gold_file(title, S, F, R)
