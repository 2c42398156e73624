"""Invented review 10: a single-column review in the manner of a Chinese-journal English review: bracketed numbers set
before the stop ('… 1 mA cm−2 [14].'), works named by their group ('In 2020, Lindqvist's group [9] designed …'), two
works reported in one sentence with 'respectively', a compound condition written '2 mA cm−2/2 mAh cm−2', a figure
after 'over' ('over 1800 h') and approximate values ('~99.2%')."""
from invented.common import NAMES, latex, review_gold

title = "Recent progress of structured hosts and interphases for lithium metal anodes"
S = []


def s(i, name, aliases, cls, sub, ref, *figs):
    S.append((i, name, aliases, cls, sub, ref, list(figs)))


P = [
    ("1 Introduction", "Lithium metal anode is regarded as the holy grail of batteries [1,2]. However, the dendrite "
     "growth and the infinite volume change hinder its application [3-5]."),
    ("2 Three-dimensional hosts",
     "In 2020, Lindqvist's group [6] designed a nickel phosphide nanosheet array on copper foam, which enabled stable "
     "cycling over 1800 h at 2 mA cm-2/2 mA h cm-2. Osei et al. [7] and Brandt et al. [8] reported a hollow carbon "
     "fibre host and a MXene aerogel host, which delivered average CEs of 98.8% and 99.1%, respectively. A "
     "lithiophilic gold-coated carbon paper kept a CE of ~99.2% for 500 cycles [9]."),
    ("3 Artificial SEI",
     "A LiF/Li3N hybrid layer with a thickness of about 50 nm reduced the overpotential to 15 mV at 1 mA cm-2 [10]. "
     "Moreover, the zinc-based alloy interphase prepared by Quinn et al. prolonged the lifespan of symmetric cells to "
     "1200 h [11]."),
    ("4 Summary and outlook", "Future work should test structured anodes in pouch cells with lean electrolyte [12]."),
]
s("V10-01", "nickel phosphide nanosheet array on copper foam", ["nickel phosphide nanosheet array"],
  "ConductiveFramework", "MetalBasedFramework", 6, ("Lifespan", 1800, "h"), ("CurrentDensity", 2, "mA cm-2"),
  ("ArealCapacity", 2, "mA h cm-2"))
s("V10-02", "hollow carbon fibre host", ["hollow carbon fibre host"], "ConductiveFramework", "CarbonBasedFramework", 7,
  ("CoulombicEfficiency", 98.8, "%"))
s("V10-03", "MXene aerogel host", ["MXene aerogel host"], "ConductiveFramework", "CarbonBasedFramework", 8,
  ("CoulombicEfficiency", 99.1, "%"))
s("V10-04", "gold-coated carbon paper", ["gold-coated carbon paper"], "ConductiveFramework", "CarbonBasedFramework", 9,
  ("CoulombicEfficiency", 99.2, "%"), ("CycleNumber", 500, "cycles"))
s("V10-05", "LiF/Li3N hybrid layer", ["LiF/Li3N hybrid layer"], "NanostructuredSEI", "ArtificialSEI", 10,
  ("Thickness", 50, "nm"), ("Overpotential", 15, "mV"), ("CurrentDensity", 1, "mA cm-2"))
s("V10-06", "zinc-based alloy interphase", ["zinc-based alloy interphase"], "NanostructuredSEI", "ArtificialSEI", 11,
  ("Lifespan", 1200, "h"))
refs = [(f"{NAMES[(i * 3 + 11) % len(NAMES)]} {chr(65 + i % 20)}, {NAMES[(i * 7 + 1) % len(NAMES)]} {chr(74 + i % 9)}",
         f"Lithium anode work {i}", ["Adv. Mater.", "J. Am. Chem. Soc.", "Energy Environ. Sci.", "Nano Lett."][i % 4],
         2015 + i % 8, str(10 + i), f"{2000 + 41 * i}-{2010 + 41 * i}") for i in range(1, 13)]


def tex():
    def sub(t):
        return latex(t, ("Li3N",)).replace("~", "$\\sim$").replace("[3-5]", "[3--5]")

    o = [r"\documentclass[11pt]{article}\usepackage{times}\usepackage[T1]{fontenc}\usepackage[margin=22mm]{geometry}",
         r"\title{\bfseries " + title + r"}\author{Yu Liang, Qian Sun and Fang Li}\date{}\begin{document}\maketitle",
         r"\noindent\textbf{Abstract:} Lithium metal is the ultimate anode, but its dendrites and unstable SEI limit its "
         r"life. This review summarizes three-dimensional hosts and artificial SEI layers reported in recent years, "
         r"compares their Coulombic efficiencies and lifespans, and gives an outlook on practical cells."]
    for h, t in P:
        o += [r"\section*{" + h + "}", sub(t)]
    o += [r"\section*{References}", r"{\small"]
    for k, (a, t, j, y, v, p) in enumerate(refs, 1):
        o.append(rf"\noindent [{k}] {a}. {t}[J]. {j}, {y}, {v}: {p.replace('-', '--')}.\par")
    o.append(r"}\end{document}")
    return "\n\n".join(o)


def gold():
    g = review_gold(title, S, [(a, j, y, v, p) for a, t, j, y, v, p in refs])
    for r, ref in zip(g["references"], refs, strict=True):
        r["authors"] = [x.split()[0] for x in ref[0].split(", ")]
    return g
