"""Invented research paper 64: an Elsevier (J. Power Sources)-like host paper that sets its figures against cited works
inside its own results sentences ('higher than the 98.1% reported for a Ag-coated Cu foam [12]'), writes spreads
('99.2 ± 0.3%') and ranges ('14–17 mV', '20–40 nm'), refers to panels Elsevier's way ('Fig. 3a and b', 'Fig. 4c–e'),
a carbon-cloth host with two controls (plain carbon cloth, Cu foil), and Elsevier references in square brackets."""
from invented.common import NAMES, latex
from invented.common import gold as gold_file

title = "Silver-decorated carbon cloth as a lithiophilic host for long-life lithium metal anodes"
S = {
    "F64-01": dict(name="silver-decorated carbon cloth (Ag-CC)", aliases=["Ag-CC", "Li@Ag-CC", "Ag-CC host",
                   "Ag-CC electrode", "silver-decorated carbon cloth"], role="design", cls="ConductiveFramework",
                   sub="CarbonBasedFramework"),
    "F64-02": dict(name="carbon cloth (CC)", aliases=["CC", "Li@CC", "plain CC", "carbon cloth"], role="control",
                   cls="ConductiveFramework", sub="CarbonBasedFramework"),
    "F64-03": dict(name="Cu foil", aliases=["Cu foil", "Cu", "bare Cu"], role="control", cls="ConductiveFramework",
                   sub="MetalBasedFramework"),
    "F64-04": dict(name="Ag-coated Cu foam", aliases=["Ag-coated Cu foam"], role="cited", cls="ConductiveFramework",
                   sub="MetalBasedFramework", refs=[12]),
    "F64-05": dict(name="ZnO-modified carbon cloth", aliases=["ZnO-modified carbon cloth", "Li@ZnO-CC", "ZnO-CC"],
                   role="cited", cls="ConductiveFramework", sub="CarbonBasedFramework", refs=[15]),
}
F = []


def f(*a):
    F.append(a)


ABSTRACT = (
    "Carbon cloth is light and conductive, but lithium wets it poorly. We decorate carbon cloth with silver "
    "nanoparticles (Ag-CC) that seed lithium nucleation. Ag-CC keeps an average Coulombic efficiency of 99.2% over "
    "400 cycles, and Li@Ag-CC symmetric cells run for 1800 h at 2 mA cm-2."
)
SECTIONS = [
    ("1. Introduction", "Three-dimensional hosts lower the local current density [1-5]. Lithiophilic seeds such as "
     "Au, Ag and ZnO guide nucleation [6-11], and silver on copper foam [12] or zinc oxide on carbon cloth [15] "
     "has been reported [13,14]."),
    ("2. Experimental", "Carbon cloth (CC) was soaked in 0.1 M AgNO3, dried and annealed at 300 °C in argon, giving "
     "Ag-CC with a silver loading of 0.8 mg cm-2. Li||Cu-type cells used Ag-CC, CC or Cu foil as the working electrode "
     "and 1 M LiTFSI in DOL/DME with 2 wt% LiNO3."),
    ("3. Results and discussion",
     "Silver particles of 20–40 nm sit evenly on the fibres (Fig. 2a and b), and lithium spreads over Ag-CC "
     "within seconds. At 1 mA cm-2 and 1 mA h cm-2, Ag-CC keeps an average CE of 99.2 ± 0.3% over 400 cycles "
     "(Fig. 3a and b), higher than the 98.1% reported for a Ag-coated Cu foam [12] and the 97.6% of a ZnO-modified "
     "carbon cloth [15]. CC and Cu foil fail after 120 and 60 cycles, respectively (Fig. 3c)."),
    ("", "Li@Ag-CC symmetric cells run for 1800 h at 2 mA cm-2 and 2 mA h cm-2 with an overpotential of 14–17 mV "
     "(Fig. 4c–e), far longer than the 700 h reported for Li@ZnO-CC [15]. Li@CC cells short-circuit after 420 h. "
     "Paired with LFP cathodes (10.5 mg cm-2), Li@Ag-CC delivers 142 mA h g-1 at 2 C and keeps 90.3% of it after "
     "600 cycles (Fig. 5a and b)."),
    ("4. Conclusions", "Silver seeds turn carbon cloth into a host that lithium fills evenly."),
]
f("F64-01", "CoulombicEfficiency", 99.2, "%", "abstract")
f("F64-01", "CycleNumber", 400, "cycles", "abstract")
f("F64-01", "Lifespan", 1800, "h", "abstract")
f("F64-01", "CurrentDensity", 2, "mA cm-2", "abstract")
f("F64-01", "Temperature", 300, "°C", "annealed at 300 °C in argon")
f("F64-01", "ArealMassLoading", 0.8, "mg cm-2", "a silver loading of 0.8 mg cm-2")
for sid in ("F64-01", "F64-02", "F64-03"):
    f(sid, "CurrentDensity", 1, "mA cm-2", "At 1 mA cm-2 and 1 mA h cm-2")
    f(sid, "ArealCapacity", 1, "mA h cm-2", "At 1 mA cm-2 and 1 mA h cm-2")
f("F64-01", "CoulombicEfficiency", 99.2, "%", "Ag-CC keeps an average CE of 99.2 ± 0.3% over 400 cycles")
f("F64-01", "CycleNumber", 400, "cycles", "over 400 cycles")
f("F64-04", "CoulombicEfficiency", 98.1, "%", "higher than the 98.1% reported for a Ag-coated Cu foam [12]")
f("F64-05", "CoulombicEfficiency", 97.6, "%", "the 97.6% of a ZnO-modified carbon cloth [15]")
f("F64-02", "CycleNumber", 120, "cycles", "CC and Cu foil fail after 120 and 60 cycles, respectively")
f("F64-03", "CycleNumber", 60, "cycles", "CC and Cu foil fail after 120 and 60 cycles, respectively")
for sid in ("F64-01", "F64-02"):
    f(sid, "CurrentDensity", 2, "mA cm-2", "Li@Ag-CC symmetric cells run for 1800 h at 2 mA cm-2 and 2 mA h cm-2")
    f(sid, "ArealCapacity", 2, "mA h cm-2", "at 2 mA cm-2 and 2 mA h cm-2")
f("F64-01", "Lifespan", 1800, "h", "Li@Ag-CC symmetric cells run for 1800 h")
# a range keeps both ends, as the corpus golds keep them ("5–10 μm", "from 0.1 to 4 C")
f("F64-01", "Overpotential", 14, "mV", "with an overpotential of 14–17 mV")
f("F64-01", "Overpotential", 17, "mV", "with an overpotential of 14–17 mV")
f("F64-01", "ParticleSize", 20, "nm", "Silver particles of 20–40 nm")
f("F64-01", "ParticleSize", 40, "nm", "Silver particles of 20–40 nm")
f("F64-05", "Lifespan", 700, "h", "far longer than the 700 h reported for Li@ZnO-CC [15]")
f("F64-02", "Lifespan", 420, "h", "Li@CC cells short-circuit after 420 h")
f("F64-01", "ArealMassLoading", 10.5, "mg cm-2", "Paired with LFP cathodes (10.5 mg cm-2)")
f("F64-01", "SpecificCapacity", 142, "mA h g-1", "Li@Ag-CC delivers 142 mA h g-1 at 2 C")
f("F64-01", "CRate", 2, "C", "at 2 C")
f("F64-01", "CapacityRetention", 90.3, "%", "keeps 90.3% of it after 600 cycles")
f("F64-01", "CycleNumber", 600, "cycles", "after 600 cycles")
R = [(f"{chr(65 + i % 20)}. {NAMES[(i * 5 + 3) % len(NAMES)]}, {chr(68 + i % 14)}. {NAMES[(i * 11 + 6) % len(NAMES)]}",
      f"Lithium host study {i}", ["J. Power Sources", "Electrochim. Acta", "Energy Storage Mater.", "Carbon"][i % 4],
      2013 + i % 10, str(150 + 9 * i), f"{220000 + 1013 * i}") for i in range(1, 16)]


def tex():
    def sub(t):
        t = latex(t, formulas=("AgNO3", "LiNO3")).replace("LFP||", "LFP$\\|$")
        for a, b in (("[1-5]", "[1--5]"), ("[6-11]", "[6--11]"), ("20–40", "20--40"), ("14–17", "14--17"),
                     ("4c–e", "4c--e")):
            t = t.replace(a, b)
        return t

    o = [r"\documentclass[10pt,twocolumn]{article}\usepackage{times}\usepackage[T1]{fontenc}"
         r"\usepackage[margin=17mm]{geometry}",
         r"\title{" + title + r"}\author{Paula Mendes, Erik Hansen, Yuki Nakamura}\date{}\begin{document}\maketitle",
         r"\noindent\textbf{Abstract} " + sub(ABSTRACT)]
    for h, t in SECTIONS:
        o += ([r"\section*{" + h + "}"] if h else []) + [sub(t)]
    o += [r"\section*{References}", r"{\footnotesize"]
    for k, (a, t, j, y, v, p) in enumerate(R, 1):
        o.append(rf"\noindent [{k}] {a}, {t}, {j} {v} ({y}) {p}.\par")
    o.append(r"}\end{document}")
    return "\n\n".join(o)


def gold():
    return gold_file(title, S, F, R)
