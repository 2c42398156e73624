"""Invented review 23: a single-column review that reports its cited works' figures with each reference right after
its number ('Coulombic efficiencies of 99.1% [5] and 98.4% [6] were reported for A and B, respectively'; 'A … kept
98.9% [7] and lasted 1500 h [7]'), figures set before the design they belong to ('Lifespans of 800 h [8] and
1200 h [9] were reached with A and with B'), a figure whose marker comes before its design's name ('fell to 12 mV
[10] on a …'), and Vancouver references with titles ('1. Okafor B, Ito K. Title. J Power Sources. 2019;420:12–20.')."""
from invented.common import NAMES, review_gold

title = "Numbers that matter: a review of lithium metal anode designs and what they reached"
S = []


def s(i, name, aliases, cls, sub, ref, *figs):
    S.append((i, name, aliases, cls, sub, ref, list(figs)))


CF, NF, SEI = "ConductiveFramework", "NonConductiveFramework", "NanostructuredSEI"
P = [
    ("1. Introduction", "Lithium metal anodes promise ten times the capacity of graphite, but a lithium metal cell "
     "loses lithium on every cycle [1-3]. This review collects the numbers that designs of three kinds have reached."),
    ("2. Conductive hosts",
     "Coulombic efficiencies of 99.1% [5] and 98.4% [6] were reported for a silver-seeded carbon nanofibre felt and "
     "a zinc-coated copper foam, respectively. A cobalt-doped graphene aerogel kept 98.9% [7] and lasted 1500 h [7] "
     "in symmetric cells. Lifespans of 800 h [8] and 1200 h [9] were reached with a titanium nitride mesh and with a "
     "lithium–magnesium alloy frame. The nucleation overpotential fell to 12 mV [10] on a gold-sputtered nickel foam."),
    ("3. Insulating scaffolds and separators",
     "A polyacrylonitrile nanofibre scaffold cycled for 700 h [11] at 3 mA cm-2 [11]. An aramid separator coated with "
     "boron nitride held 97.6% [12] over 250 cycles [12]."),
    ("4. Interphases",
     "An artificial lithium phosphate layer gave 98.2% [13] over 400 cycles. A fluorine-rich interphase formed from a "
     "fluorinated ether additive kept 99.3% [14]."),
    ("5. Conclusions", "No design has yet reached 99.9%, which a practical cell needs [15]."),
]
s("V23-01", "silver-seeded carbon nanofibre felt", ["silver-seeded carbon nanofibre felt",
  "carbon nanofibre felt"], CF, "CarbonBasedFramework", 5, ("CoulombicEfficiency", 99.1, "%"))
s("V23-02", "zinc-coated copper foam", ["zinc-coated copper foam"], CF, "MetalBasedFramework", 6,
  ("CoulombicEfficiency", 98.4, "%"))
s("V23-03", "cobalt-doped graphene aerogel", ["cobalt-doped graphene aerogel"], CF, "CarbonBasedFramework", 7,
  ("CoulombicEfficiency", 98.9, "%"), ("Lifespan", 1500, "h"))
s("V23-04", "titanium nitride mesh", ["titanium nitride mesh"], CF, "MetalBasedFramework", 8, ("Lifespan", 800, "h"))
s("V23-05", "lithium–magnesium alloy frame", ["lithium–magnesium alloy frame", "lithium-magnesium alloy frame"], CF,
  "LithiumBasedFramework", 9, ("Lifespan", 1200, "h"))
s("V23-06", "gold-sputtered nickel foam", ["gold-sputtered nickel foam"], CF, "MetalBasedFramework", 10,
  ("Overpotential", 12, "mV"))
s("V23-07", "polyacrylonitrile nanofibre scaffold", ["polyacrylonitrile nanofibre scaffold"], NF,
  "NonConductiveScaffold", 11, ("Lifespan", 700, "h"), ("CurrentDensity", 3, "mA cm-2"))
s("V23-08", "aramid separator coated with boron nitride", ["aramid separator coated with boron nitride",
  "aramid separator"], NF, "FunctionalSeparator", 12, ("CoulombicEfficiency", 97.6, "%"), ("CycleNumber", 250, "cycles"))
s("V23-09", "artificial lithium phosphate layer", ["artificial lithium phosphate layer", "lithium phosphate layer"],
  SEI, "ArtificialSEI", 13, ("CoulombicEfficiency", 98.2, "%"), ("CycleNumber", 400, "cycles"))
s("V23-10", "fluorine-rich interphase", ["fluorine-rich interphase"], SEI, "ElectrolyteDerivedSEI", 14,
  ("CoulombicEfficiency", 99.3, "%"))
TITLES = ["Hosts that guide lithium", "A study of plating on scaffolds", "Interphases made to measure",
          "Efficiency limits of metal anodes", "Dendrite growth in porous hosts"]
refs = [(f"{NAMES[(i * 7 + 3) % len(NAMES)]} {chr(66 + i % 17)}, {NAMES[(i * 3 + 10) % len(NAMES)]} "
         f"{chr(67 + i % 9)}{chr(72 + i % 5)}", TITLES[i % 5],
         ["J Power Sources", "Nano Energy", "Energy Storage Mater", "Adv Funct Mater"][i % 4], 2015 + i % 9,
         str(100 + 7 * i), f"{2000 + 31 * i}–{2009 + 31 * i}") for i in range(1, 16)]


def tex():
    def u(t):
        return (t.replace("mA cm-2", "mA cm$^{-2}$").replace("%", "\\%").replace("[1-3]", "[1--3]"))

    o = [r"\documentclass[11pt]{article}\usepackage{mathptmx}\usepackage[T1]{fontenc}\usepackage[margin=25mm]{geometry}",
         r"\title{\bfseries " + title + r"}\author{Hana Novak and Pedro Reyes}\date{}\begin{document}\maketitle",
         r"\begin{abstract}Designs for lithium metal anodes are often compared by their figures alone. We gather the "
         r"figures reported for conductive hosts, insulating scaffolds and interphases.\end{abstract}"]
    for h, t in P:
        o += [r"\section*{" + h + "}", u(t)]
    o += [r"\section*{References}", r"{\small"]
    for k, (a, t, j, y, v, p) in enumerate(refs, 1):
        o.append(rf"\noindent {k}. {a}. {t}. {j}. {y};{v}:{p.replace('–', '--')}.\par")
    o.append(r"}\end{document}")
    return "\n\n".join(o)


def gold():
    g = review_gold(title, S, [(a, j, y, v, p) for a, _t, j, y, v, p in refs])
    for r, ref in zip(g["references"], refs, strict=True):
        r["authors"] = [x.split()[0] for x in ref[0].split(", ")]
    return g
