"""Invented research paper 32: Adv. Funct. Mater.-like ablation study: a design and two stripped-down controls named 'w/o'
and '-free' ('Bi-free spheres', 'the sample w/o N-doping'), conditions in parenthesised blocks ('(1 mA cm-2,
1 mA h cm-2)'), 'average CE of 99.1%', a range '98.6-99.3%', the design named 'Li@BNS' once lithium is loaded,
'were 12, 25 and 41 mV for ..., respectively' followed by bare Cu's figure in its own clause, a full cell whose
cathode loading is set in brackets."""
from invented.common import NAMES, latex
from invented.common import gold as gold_file

title = "Bismuth-seeded nitrogen-doped hollow carbon spheres guide lithium inside"
S = {
    "A32-01": dict(name="bismuth-seeded nitrogen-doped hollow carbon spheres (BNS)",
                   aliases=["BNS", "Li@BNS", "bismuth-seeded nitrogen-doped hollow carbon spheres", "BNS electrode"],
                   role="design", cls="ConductiveFramework", sub="CarbonBasedFramework"),
    "A32-02": dict(name="Bi-free nitrogen-doped hollow carbon spheres (NS)",
                   aliases=["NS", "Bi-free spheres", "Li@NS", "NS electrode"], role="control",
                   cls="ConductiveFramework", sub="CarbonBasedFramework"),
    "A32-03": dict(name="hollow carbon spheres w/o N-doping (HS)",
                   aliases=["HS", "the sample w/o N-doping", "Li@HS", "HS electrode"], role="control",
                   cls="ConductiveFramework", sub="CarbonBasedFramework"),
    "A32-04": dict(name="bare Cu", aliases=["bare Cu", "Cu foil", "bare Cu foil", "Li@Cu"], role="control",
                   cls="ConductiveFramework", sub="MetalBasedFramework"),
}
F = []


def f(*a):
    F.append(a)


ABSTRACT = (
    "Hollow carbon hosts can store lithium inside, yet lithium often plates on their outer shells. Here, bismuth "
    "nanoparticles are embedded inside nitrogen-doped hollow carbon spheres (BNS) to seed lithium within the cavity. "
    "BNS electrodes cycle with an average Coulombic efficiency of 99.1% for 500 cycles, and Li@BNS||LFP full cells "
    "retain 91.6% of their capacity after 400 cycles."
)
INTRO = (
    "Lithium metal anodes suffer from dendrites and an unstable interphase [1-4]. Hollow hosts confine lithium [5,6], "
    "and lithiophilic seeds lower the barrier to nucleation [7-9]. Which of the two, the dopant or the seed, matters "
    "most has not been settled [10]."
)
RESULTS = [
    ("2.1. Synthesis and structure",
     "To single out the role of each component, two controls were made in the same way: Bi-free nitrogen-doped "
     "spheres (NS) and hollow spheres w/o N-doping (HS). The BNS shells are 18 nm thick and the spheres have a "
     "specific surface area of 612 m2 g-1 (Figure 1c)."),
    ("2.2. Lithium nucleation and plating",
     "The nucleation overpotentials at 0.5 mA cm-2 were 12, 25 and 41 mV for BNS, NS and HS, respectively. Bare Cu "
     "foil needed 63 mV under the same current (Figure 2a). Li||Cu-type cells were then cycled (1 mA cm-2, "
     "1 mA h cm-2). BNS electrodes ran for 500 cycles with an average CE of 99.1%, the CE staying within 98.6-99.3% "
     "throughout. The Bi-free spheres held 97.8% for 210 cycles, whereas the sample w/o N-doping faded after 150 "
     "cycles. Bare Cu failed after only 70 cycles (Figure 2c)."),
    ("2.3. Symmetric and full cells",
     "Li@BNS symmetric cells cycled for 1400 h (2 mA cm-2, 2 mA h cm-2) with a hysteresis of 16 mV; Li@Cu cells "
     "short-circuited at 180 h. Paired with LiFePO4 cathodes (LFP, 11.2 mg cm-2), the Li@BNS anode delivered "
     "148 mA h g-1 at 1 C and retained 91.6% after 400 cycles, against 58.3% for Li@Cu (Figure 4b)."),
]
f("A32-01", "Thickness", 18, "nm", "The BNS shells are 18 nm thick")
f("A32-01", "SpecificSurfaceArea", 612, "m2 g-1", "the spheres have a specific surface area of 612 m2 g-1")
for sid, v in (("A32-01", 12), ("A32-02", 25), ("A32-03", 41), ("A32-04", 63)):
    f(sid, "Overpotential", v, "mV", "The nucleation overpotentials at 0.5 mA cm-2 were 12, 25 and 41 mV for BNS, NS and HS")
    f(sid, "CurrentDensity", 0.5, "mA cm-2", "The nucleation overpotentials at 0.5 mA cm-2 were")
for sid in ("A32-01", "A32-02", "A32-03", "A32-04"):
    f(sid, "CurrentDensity", 1, "mA cm-2", "Li||Cu-type cells were then cycled (1 mA cm-2, 1 mA h cm-2)")
    f(sid, "ArealCapacity", 1, "mA h cm-2", "Li||Cu-type cells were then cycled (1 mA cm-2, 1 mA h cm-2)")
f("A32-01", "CycleNumber", 500, "cycles", "BNS electrodes ran for 500 cycles with an average CE of 99.1%")
f("A32-01", "CoulombicEfficiency", 99.1, "%", "BNS electrodes ran for 500 cycles with an average CE of 99.1%")
f("A32-02", "CoulombicEfficiency", 97.8, "%", "The Bi-free spheres held 97.8% for 210 cycles")
f("A32-02", "CycleNumber", 210, "cycles", "The Bi-free spheres held 97.8% for 210 cycles")
f("A32-03", "CycleNumber", 150, "cycles", "whereas the sample w/o N-doping faded after 150 cycles")
f("A32-04", "CycleNumber", 70, "cycles", "Bare Cu failed after only 70 cycles")
f("A32-01", "Lifespan", 1400, "h", "Li@BNS symmetric cells cycled for 1400 h (2 mA cm-2, 2 mA h cm-2)")
for sid in ("A32-01", "A32-04"):
    f(sid, "CurrentDensity", 2, "mA cm-2", "Li@BNS symmetric cells cycled for 1400 h (2 mA cm-2, 2 mA h cm-2)")
    f(sid, "ArealCapacity", 2, "mA h cm-2", "Li@BNS symmetric cells cycled for 1400 h (2 mA cm-2, 2 mA h cm-2)")
f("A32-01", "VoltageHysteresis", 16, "mV", "with a hysteresis of 16 mV")
f("A32-04", "Lifespan", 180, "h", "Li@Cu cells short-circuited at 180 h")
for sid in ("A32-01", "A32-04"):
    f(sid, "ArealMassLoading", 11.2, "mg cm-2", "Paired with LiFePO4 cathodes (LFP, 11.2 mg cm-2)")
    f(sid, "CRate", 1, "C", "the Li@BNS anode delivered 148 mA h g-1 at 1 C")
    f(sid, "CycleNumber", 400, "cycles", "retained 91.6% after 400 cycles, against 58.3% for Li@Cu")
f("A32-01", "SpecificCapacity", 148, "mA h g-1", "the Li@BNS anode delivered 148 mA h g-1 at 1 C")
f("A32-01", "CapacityRetention", 91.6, "%", "retained 91.6% after 400 cycles")
f("A32-04", "CapacityRetention", 58.3, "%", "against 58.3% for Li@Cu")
METHODS = [
    ("4.1. Synthesis", "Silica templates were coated with polydopamine containing bismuth nitrate, carbonized at "
     "800 °C under argon and etched in NaOH. NS was made without bismuth nitrate; HS used resorcinol-formaldehyde "
     "resin in place of polydopamine."),
    ("4.2. Electrochemistry", "CR2032 coin cells used 1 M LiTFSI in DOL/DME with 2 wt% LiNO3 and Celgard 2400 "
     "separators. Lithium (4 mA h cm-2) was pre-plated onto each host to make the Li@host anodes."),
]
f("A32-01", "Temperature", 800, "degC", "carbonized at 800 °C under argon")
for sid in ("A32-01", "A32-02", "A32-03", "A32-04"):
    f(sid, "ArealCapacity", 4, "mA h cm-2", "Lithium (4 mA h cm-2) was pre-plated onto each host")
R = []
for i in range(1, 26):
    a = f"{chr(65 + i % 21)}. {NAMES[(i * 5 + 2) % len(NAMES)]}, {chr(67 + i % 19)}. {NAMES[(i * 3 + 7) % len(NAMES)]}"
    R.append((a, f"Invented host study {i}", ["Adv. Funct. Mater.", "Adv. Mater.", "Angew. Chem. Int. Ed.",
              "Small"][i % 4], 2011 + i % 13, str(20 + i), f"{1000 + 31 * i}"))


def tex():
    def sub(t):
        t = latex(t, ("LiFePO4",))
        return t.replace("98.6-99.3", "98.6--99.3").replace("||", "$\\|$")

    o = [r"\documentclass[twocolumn]{article}\usepackage{mathptmx}\usepackage[T1]{fontenc}"
         r"\usepackage[margin=17mm]{geometry}",
         r"\title{\bfseries " + title + r"}\author{Ana Mendes, Tomasz Novak, Priya Khan}\date{}\begin{document}"
         r"\maketitle", r"\noindent\textbf{Abstract} " + sub(ABSTRACT), r"\section*{1. Introduction}", sub(INTRO),
         r"\section*{2. Results and Discussion}"]
    for h, t in RESULTS:
        o += [r"\subsection*{" + h + "}", sub(t)]
    o += [r"\section*{3. Conclusion}", "Seeds inside a doped hollow host, not the dopant alone, keep lithium inside.",
          r"\section*{4. Experimental Section}"]
    for h, t in METHODS:
        o += [r"\subsection*{" + h + "}", sub(t)]
    o += [r"\section*{References}", r"{\small"]
    for k, (a, _, j, y, v, p) in enumerate(R, 1):
        o.append(rf"\noindent [{k}] {a}, \textit{{{j}}} \textbf{{{y}}}, \textit{{{v}}}, {p}.\par")
    o.append(r"}\end{document}")
    return "\n\n".join(o)


def gold():
    return gold_file(title, S, F, R)
