"""Invented review 21: a review that packs works into one sentence, each with its figures in brackets after its name
and its marker after the brackets ('hosts such as copper nanowire felt (98.5%, 200 cycles)[5], nickel–cobalt foam
(97.9%, 350 cycles)[6] and …'), clauses of works set apart by semicolons each with its marker ('…; a tin-coated mesh
lasted 900 h[8]; …'), and a sentence that gives a range of figures for a family of works ('MXene hosts reach 98–99%
[10–12]', no single work's figure)."""
from invented.common import NAMES, review_gold

title = "Three-dimensional hosts for lithium metal anodes: a short review"
S = []


def s(i, name, aliases, cls, sub, ref, *figs):
    S.append((i, name, aliases, cls, sub, ref, list(figs)))


P = [
    ("1. Introduction", "Three-dimensional hosts give lithium room to grow and lower the local current density [1-4]."),
    ("2. Metal hosts",
     "Average Coulombic efficiencies have been reported for hosts such as copper nanowire felt (98.5%, 200 cycles) "
     "[5], nickel–cobalt foam (97.9%, 350 cycles) [6] and stainless-steel fibre mat (98.8%, 500 cycles) [7]. In "
     "symmetric cells, a tin-coated copper mesh lasted 900 h [8]; a silver-plated titanium foam lasted 1,300 h [9]; "
     "and a gallium-infused nickel mesh lasted 650 h at 5 mA cm-2 [10]."),
    ("3. Carbon hosts", "MXene hosts reach efficiencies of 98–99% [11-13]. A boron-doped graphene foam lowered the "
     "nucleation overpotential to 7 mV [14]."),
    ("4. Outlook", "Hosts must now be tested with thin lithium and lean electrolyte [15]."),
]
s("V21-01", "copper nanowire felt", ["copper nanowire felt"], "ConductiveFramework", "MetalBasedFramework", 5,
  ("CoulombicEfficiency", 98.5, "%"), ("CycleNumber", 200, "cycles"))
s("V21-02", "nickel–cobalt foam", ["nickel–cobalt foam", "nickel-cobalt foam"], "ConductiveFramework",
  "MetalBasedFramework", 6, ("CoulombicEfficiency", 97.9, "%"), ("CycleNumber", 350, "cycles"))
s("V21-03", "stainless-steel fibre mat", ["stainless-steel fibre mat"], "ConductiveFramework", "MetalBasedFramework", 7,
  ("CoulombicEfficiency", 98.8, "%"), ("CycleNumber", 500, "cycles"))
s("V21-04", "tin-coated copper mesh", ["tin-coated copper mesh"], "ConductiveFramework", "MetalBasedFramework", 8,
  ("Lifespan", 900, "h"))
s("V21-05", "silver-plated titanium foam", ["silver-plated titanium foam"], "ConductiveFramework", "MetalBasedFramework",
  9, ("Lifespan", 1300, "h"))
s("V21-06", "gallium-infused nickel mesh", ["gallium-infused nickel mesh"], "ConductiveFramework", "MetalBasedFramework",
  10, ("Lifespan", 650, "h"), ("CurrentDensity", 5, "mA cm-2"))
s("V21-07", "boron-doped graphene foam", ["boron-doped graphene foam"], "ConductiveFramework", "CarbonBasedFramework",
  14, ("Overpotential", 7, "mV"))
refs = [(f"{NAMES[(i * 7 + 11) % len(NAMES)]} {chr(65 + i % 18)}, {NAMES[(i * 5 + 4) % len(NAMES)]} {chr(70 + i % 12)}",
         ["Adv. Mater.", "Nano Energy", "J. Energy Chem.", "Small"][i % 4], 2016 + i % 8, str(14 + i),
         f"{800 + 41 * i}-{808 + 41 * i}") for i in range(1, 16)]


def tex():
    def sub(t):
        return (t.replace("mA cm-2", "mA cm$^{-2}$").replace("%", "\\%").replace("98–99", "98--99")
                .replace("[1-4]", "[1--4]").replace("[11-13]", "[11--13]"))

    o = [r"\documentclass[11pt]{article}\usepackage{times}\usepackage[T1]{fontenc}\usepackage[margin=23mm]{geometry}",
         r"\title{\bfseries " + title + r"}\author{Maya Ferreira and Jonas Lehmann}\date{}\begin{document}\maketitle",
         r"\noindent\textbf{Abstract:} Three-dimensional hosts are the most studied way to tame lithium metal. This "
         r"short review gathers the figures reported for metal and carbon hosts."]
    for h, t in P:
        o += [r"\section*{" + h + "}", sub(t)]
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
