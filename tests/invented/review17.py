"""Invented review 17: a single-column review whose figures are written in the many ways authors type them: slashed
units ('1 mA/cm2', '3 mAh/cm2'), no space before a unit ('2000h', '5mV'), a space before a per cent sign
('99.1 %'), a thin space between thousands ('1 200 h'), a power of ten ('3 × 10−4 S/cm'), a modulus in GPa, and
and bracketed citations at the end of each sentence."""
from invented.common import NAMES, review_gold

title = "Mechanically robust hosts and interphases for lithium metal: a review"
S = []


def s(i, name, aliases, cls, sub, ref, *figs):
    S.append((i, name, aliases, cls, sub, ref, list(figs)))


P = [
    ("1. Introduction", "Lithium dendrites can pierce soft interphases, so the modulus of a protective layer matters "
     "as much as its conductivity [1-3]."),
    ("2. Hosts",
     "A nickel nanowire scaffold cycled for 2000h at 1 mA/cm2 in symmetric cells [4]. A carbon nanotube paper loaded "
     "with zinc particles delivered a Coulombic efficiency of 99.1 % for 400 cycles at 3 mAh/cm2 [5]. The "
     "overpotential of a copper foam with a silver coating stayed below 5mV for 1 200 h [6]."),
    ("3. Interphases and electrolytes",
     "A polymer-ceramic composite interphase with a Young's modulus of 6.2 GPa suppressed dendrites at 2 mA/cm2 [7]. "
     "A lithium phosphorus oxynitride film reached an ionic conductivity of 3 × 10-4 S/cm and lasted 800 h [8]. A gel "
     "polymer electrolyte with silica nanoparticles kept 91.5 % of its capacity after 500 cycles [9]."),
    ("4. Conclusion", "Hosts and interphases that are both hard and conductive are still rare [10]."),
]
s("V17-01", "nickel nanowire scaffold", ["nickel nanowire scaffold"], "ConductiveFramework", "MetalBasedFramework", 4,
  ("Lifespan", 2000, "h"), ("CurrentDensity", 1, "mA cm-2"))
s("V17-02", "carbon nanotube paper loaded with zinc particles", ["carbon nanotube paper loaded with zinc particles",
  "carbon nanotube paper"], "ConductiveFramework", "CarbonBasedFramework", 5,
  ("CoulombicEfficiency", 99.1, "%"), ("CycleNumber", 400, "cycles"), ("ArealCapacity", 3, "mA h cm-2"))
s("V17-03", "copper foam with a silver coating", ["copper foam with a silver coating", "copper foam"],
  "ConductiveFramework", "MetalBasedFramework", 6, ("Overpotential", 5, "mV"), ("Lifespan", 1200, "h"))
s("V17-04", "polymer-ceramic composite interphase", ["polymer-ceramic composite interphase"], "NanostructuredSEI",
  "ArtificialSEI", 7, ("YoungsModulus", 6.2, "GPa"), ("CurrentDensity", 2, "mA cm-2"))
s("V17-05", "lithium phosphorus oxynitride film", ["lithium phosphorus oxynitride film"], "NanostructuredSEI",
  "ArtificialSEI", 8, ("IonicConductivity", 0.3, "mS cm-1"), ("Lifespan", 800, "h"))
s("V17-06", "gel polymer electrolyte with silica nanoparticles", ["gel polymer electrolyte with silica nanoparticles",
  "gel polymer electrolyte"], "NonConductiveFramework", "NanoparticleElectrolyte", 9,
  ("CapacityRetention", 91.5, "%"), ("CycleNumber", 500, "cycles"))
refs = [(f"{NAMES[(i * 7 + 2) % len(NAMES)]} {chr(65 + i % 18)}, {NAMES[(i * 3 + 5) % len(NAMES)]} {chr(70 + i % 12)}",
         ["J. Energy Chem.", "Rare Met.", "Chin. Chem. Lett.", "Sci. China Mater."][i % 4], 2017 + i % 7,
         str(20 + i), f"{500 + 31 * i}-{510 + 31 * i}") for i in range(1, 11)]


def tex():
    def u(t):
        return (t.replace("mA/cm2", "mA/cm$^2$").replace("mAh/cm2", "mAh/cm$^2$").replace(" %", "\\,\\%")
                .replace("1 200", "1\\,200").replace("× 10-4", "$\\times$ 10$^{-4}$").replace("[1-3]", "[1--3]"))

    o = [r"\documentclass[11pt]{article}\usepackage{times}\usepackage[T1]{fontenc}\usepackage[margin=22mm]{geometry}",
         r"\title{\bfseries " + title + r"}\author{Wei Zhao and Kofi Mensah}\date{}\begin{document}\maketitle",
         r"\noindent\textbf{Abstract:} Dendrites pierce soft layers. This review compares hosts and interphases by "
         r"their mechanical and electrochemical figures."]
    for h, t in P:
        o += [r"\section*{" + h + "}", u(t)]
    o += [r"\section*{References}", r"{\small"]
    for k, (a, j, y, v, p) in enumerate(refs, 1):
        o.append(rf"\noindent [{k}] {a}. {j}, {y}, {v}: {p.replace('-', '--')}.\par")
    o.append(r"}\end{document}")
    return "\n\n".join(o)


def gold():
    g = review_gold(title, S, refs)
    for r, ref in zip(g["references"], refs, strict=True):
        r["authors"] = [x.split()[0] for x in ref[0].split(", ")]
    return g
