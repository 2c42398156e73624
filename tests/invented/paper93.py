"""Invented research paper 93: a Nano Energy-like host paper that sets its design against the literature in a paragraph
of its own headed 'Comparison with the state of the art' (each cited host with its figure and its reference: 'the
1000 h of an Ag-MXene film [14]', 'N-doped graphene foam (98.6%) [16]'), changes written 'increased from A to B' with
the arm of each end named ('the CE increased from 97.4% for the MXene aerogel to 99.4% for ZM-A'), sentences opened by
the test's span ('Over 2000 h, the Li@ZM-A cell …'), a second control (Cu foam) that only appears in the results, and
Elsevier numbered references."""
from invented.common import NAMES, latex
from invented.common import gold as gold_file

title = "Zinc-seeded MXene aerogels as dendrite-free lithium hosts"
S = {
    "M93-01": dict(name="zinc-seeded MXene aerogel (ZM-A)", aliases=["ZM-A", "Li@ZM-A", "ZM-A host", "ZM-A electrode",
                   "Li@ZM-A cell", "Li@ZM-A cells", "zinc-seeded MXene aerogel"], role="design",
                   cls="ConductiveFramework", sub="CarbonBasedFramework"),
    "M93-02": dict(name="MXene aerogel (M-A)", aliases=["M-A", "Li@M-A", "MXene aerogel", "the MXene aerogel",
                   "pure MXene aerogel", "M-A host"], role="control", cls="ConductiveFramework",
                   sub="CarbonBasedFramework"),
    "M93-03": dict(name="Cu foam", aliases=["Cu foam", "Li@Cu foam", "copper foam", "the Cu foam"], role="control",
                   cls="ConductiveFramework", sub="MetalBasedFramework"),
    "M93-04": dict(name="Ag-MXene film", aliases=["Ag-MXene film", "Ag-MXene"], role="cited",
                   cls="ConductiveFramework", sub="CarbonBasedFramework", refs=[14]),
    "M93-05": dict(name="Ti3C2 paper", aliases=["Ti3C2 paper", "Li@Ti3C2 paper"], role="cited",
                   cls="ConductiveFramework", sub="CarbonBasedFramework", refs=[15]),
    "M93-06": dict(name="N-doped graphene foam", aliases=["N-doped graphene foam"], role="cited",
                   cls="ConductiveFramework", sub="CarbonBasedFramework", refs=[16]),
}
F = []


def f(*a):
    F.append(a)


ABSTRACT = ("MXene aerogels are light, conductive hosts for lithium, but lithium wets them unevenly. Zinc seeds on "
            "the MXene sheets (ZM-A) alloy with lithium and draw it into the pores, giving an average Coulombic "
            "efficiency of 99.4% and symmetric cells that cycle for 2000 h.")
METHODS = ("Ti3C2 sheets were freeze-dried into an aerogel (M-A), soaked in zinc acetate and annealed at 450 °C in "
           "Ar/H2 to give ZM-A with 6 wt% Zn. Molten lithium was then drawn into the hosts to make Li@ZM-A and Li@M-A.")
RESULTS = [
    ("3.1. Structure and lithium wetting", "The aerogel keeps a porosity of 92% after seeding, and the zinc particles "
     "are 12 nm across. Molten lithium fills ZM-A in 4 s; it does not wet M-A at all."),
    ("3.2. Electrochemical performance", "At 1 mA cm-2 and 1 mA h cm-2, the average CE increased from 97.4% for the "
     "MXene aerogel to 99.4% for ZM-A, and the nucleation overpotential fell from 29 to 5 mV. The Cu foam held "
     "95.8% for only 90 cycles. Over 2000 h at 2 mA cm-2 and 2 mA h cm-2, the Li@ZM-A cell keeps a hysteresis of "
     "12 mV, whereas Li@M-A and Li@Cu foam cells short after 610 h and 240 h, respectively."),
    ("3.3. Comparison with the state of the art", "The 2000 h life of Li@ZM-A exceeds the 1000 h of an Ag-MXene film "
     "[14] and the 800 h of a Ti3C2 paper [15], both cycled at 1 mA cm-2. Its average CE is also above those of the "
     "Ag-MXene film (98.9%) [14] and N-doped graphene foam (98.6%) [16]."),
]
f("M93-01", "CoulombicEfficiency", 99.4, "%", "abstract")
f("M93-01", "Lifespan", 2000, "h", "abstract")
f("M93-01", "Temperature", 450, "degC", "annealed at 450 °C in Ar/H2")
f("M93-01", "MassFraction", 6, "%", "ZM-A with 6 wt% Zn")
f("M93-01", "Porosity", 92, "%", "The aerogel keeps a porosity of 92% after seeding")
f("M93-01", "ParticleSize", 12, "nm", "the zinc particles are 12 nm across")
f("M93-01", "WettingTime", 4, "s", "Molten lithium fills ZM-A in 4 s")
for sid in ("M93-01", "M93-02", "M93-03"):
    f(sid, "CurrentDensity", 1, "mA cm-2", "At 1 mA cm-2 and 1 mA h cm-2")
    f(sid, "ArealCapacity", 1, "mA h cm-2", "At 1 mA cm-2 and 1 mA h cm-2")
f("M93-02", "CoulombicEfficiency", 97.4, "%", "increased from 97.4% for the MXene aerogel")
f("M93-01", "CoulombicEfficiency", 99.4, "%", "to 99.4% for ZM-A")
f("M93-02", "Overpotential", 29, "mV", "the nucleation overpotential fell from 29 to 5 mV")
f("M93-01", "Overpotential", 5, "mV", "the nucleation overpotential fell from 29 to 5 mV")
f("M93-03", "CoulombicEfficiency", 95.8, "%", "The Cu foam held 95.8% for only 90 cycles")
f("M93-03", "CycleNumber", 90, "cycles", "for only 90 cycles")
for sid in ("M93-01", "M93-02", "M93-03"):
    f(sid, "CurrentDensity", 2, "mA cm-2", "Over 2000 h at 2 mA cm-2 and 2 mA h cm-2")
    f(sid, "ArealCapacity", 2, "mA h cm-2", "Over 2000 h at 2 mA cm-2 and 2 mA h cm-2")
f("M93-01", "Lifespan", 2000, "h", "Over 2000 h … the Li@ZM-A cell")
f("M93-01", "VoltageHysteresis", 12, "mV", "keeps a hysteresis of 12 mV")
f("M93-02", "Lifespan", 610, "h", "Li@M-A and Li@Cu foam cells short after 610 h and 240 h, respectively")
f("M93-03", "Lifespan", 240, "h", "Li@M-A and Li@Cu foam cells short after 610 h and 240 h, respectively")
f("M93-04", "Lifespan", 1000, "h", "the 1000 h of an Ag-MXene film [14]")
f("M93-05", "Lifespan", 800, "h", "the 800 h of a Ti3C2 paper [15]")
f("M93-04", "CurrentDensity", 1, "mA cm-2", "both cycled at 1 mA cm-2")
f("M93-05", "CurrentDensity", 1, "mA cm-2", "both cycled at 1 mA cm-2")
f("M93-04", "CoulombicEfficiency", 98.9, "%", "the Ag-MXene film (98.9%) [14]")
f("M93-06", "CoulombicEfficiency", 98.6, "%", "N-doped graphene foam (98.6%) [16]")
R = [(f"{chr(65 + i % 21)}. {NAMES[(i * 11 + 7) % len(NAMES)]}, {chr(66 + i % 13)}. {NAMES[(i * 3 + 2) % len(NAMES)]}",
      f"MXene host study {i}", ["Nano Energy", "Energy Storage Mater.", "Chem. Eng. J.", "Carbon"][i % 4],
      2016 + i % 8, str(40 + 4 * i), f"{105000 + 707 * i}") for i in range(1, 19)]


def tex():
    def sub(t):
        return latex(t, formulas=("Ti3C2", "H2")).replace("[1-4]", "[1--4]")

    o = [r"\documentclass[10pt,twocolumn]{article}\usepackage{times}\usepackage[T1]{fontenc}"
         r"\usepackage[margin=17mm]{geometry}",
         r"\title{" + title + r"}\author{Rafael Santos, Nora Lehmann and Jiro Nakamura}\date{}\begin{document}"
         r"\maketitle", r"\noindent\textbf{Abstract} " + sub(ABSTRACT),
         r"\section*{1. Introduction}", "Hosts cut the volume change of lithium [1-4]. MXenes conduct well and carry "
         "polar groups [5-8]; seeds of Ag, Au or Zn lower the nucleation barrier [9-13], and MXene films, papers and "
         "doped graphene foams have been tried as hosts [14-18].".replace("-", "--"),
         r"\section*{2. Experimental}", sub(METHODS), r"\section*{3. Results and discussion}"]
    for h, t in RESULTS:
        o += [r"\subsection*{" + h + "}", sub(t)]
    o += [r"\section*{4. Conclusions}", "Zinc seeds make MXene aerogels take lithium evenly and hold it for long.",
          r"\section*{References}", r"{\footnotesize"]
    for k, (a, t, j, y, v, p) in enumerate(R, 1):
        o.append(rf"\noindent [{k}] {a}, {t}, {j} {v} ({y}) {p}.\par")
    o.append(r"}\end{document}")
    return "\n\n".join(o)


def gold():
    return gold_file(title, S, F, R)
