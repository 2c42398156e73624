"""Invented review 15: a single-column review whose long summary table runs over two pages, as longtable sets it: its
heading set again on the second page under 'Table 1. (Continued.)', 'Continued on next page' at the foot of the first,
an 'Electrolyte' column of words and amounts ('1 M LiTFSI in DOL/DME + 2 wt% LiNO3'), a test column
'Current density/capacity (mA cm−2/mAh cm−2)', a 'CE (%)' column with some cells empty ('–'), and a few works also
named in the text before the table."""
from invented.common import NAMES, review_gold

title = "A review of three-dimensional hosts for lithium metal anodes: where the numbers stand"
S = []


def s(i, name, aliases, cls, sub, ref, *figs):
    S.append((i, name, aliases, cls, sub, ref, list(figs)))


ETHER = "1 M LiTFSI in DOL/DME + 2 wt% LiNO3"
CARBONATE = "1 M LiPF6 in EC/DEC"
ROWS = [  # host, subclass, electrolyte, j, q, CE, cycles, ref
    ("Graphene-wrapped nickel foam", "MetalBasedFramework", ETHER, "1", "1", "98.6", "300", 5),
    ("Carbonized wood channels", "CarbonBasedFramework", ETHER, "2", "2", "98.9", "450", 6),
    ("Copper nanowire felt", "MetalBasedFramework", CARBONATE, "0.5", "1", "–", "200", 7),
    ("Silver-decorated carbon fibre", "CarbonBasedFramework", ETHER, "1", "2", "99.1", "600", 8),
    ("Zinc oxide coated polyimide mat", "NonConductiveScaffold", CARBONATE, "3", "1", "97.8", "150", 9),
    ("Boron nitride nanosheet mat", "NonConductiveScaffold", ETHER, "1", "1", "98.2", "400", 10),
    ("Titanium carbide aerogel", "CarbonBasedFramework", ETHER, "5", "5", "–", "250", 11),
    ("Lithium-tin alloy frame", "LithiumBasedFramework", CARBONATE, "1", "3", "97.5", "180", 12),
    ("Gold-seeded copper mesh", "MetalBasedFramework", ETHER, "2", "1", "99.0", "700", 13),
    ("Nitrogen-doped carbon nanotube sponge", "CarbonBasedFramework", ETHER, "4", "4", "98.4", "320", 14),
    ("Porous glass fibre cloth", "NonConductiveScaffold", CARBONATE, "1", "1", "96.9", "260", 15),
    ("Cobalt-doped graphite felt", "CarbonBasedFramework", ETHER, "0.75", "1.5", "98.7", "500", 16),
    ("Molybdenum nitride coated nickel mesh", "MetalBasedFramework", ETHER, "3", "3", "98.1", "350", 17),
    ("Silicon oxide coated copper foam", "MetalBasedFramework", CARBONATE, "1", "1", "97.2", "220", 18),
    ("Magnesium-doped lithium frame", "LithiumBasedFramework", ETHER, "2", "4", "–", "380", 19),
    ("Vertically aligned carbon sheets", "CarbonBasedFramework", ETHER, "6", "6", "98.8", "280", 20),
    ("Polyacrylonitrile fibre scaffold", "NonConductiveScaffold", CARBONATE, "1", "2", "97.9", "240", 21),
    ("Antimony-seeded carbon paper", "CarbonBasedFramework", ETHER, "2", "2", "99.2", "620", 22),
    ("Indium-coated copper nanowires", "MetalBasedFramework", ETHER, "1", "1", "98.5", "410", 23),
    ("Hollow carbon fibre bundle", "CarbonBasedFramework", CARBONATE, "0.5", "0.5", "97.0", "330", 24),
    ("Aluminium fluoride coated glass mat", "NonConductiveScaffold", ETHER, "2", "1", "98.3", "290", 25),
    ("Porous titanium nitride film", "MetalBasedFramework", ETHER, "1.5", "1.5", "98.0", "360", 26),
    ("Sulfur-doped graphene aerogel", "CarbonBasedFramework", ETHER, "1", "4", "98.6", "270", 27),
    ("Tin-plated nickel foam", "MetalBasedFramework", CARBONATE, "2", "2", "96.8", "190", 28),
    ("Lithium-boron alloy scaffold", "LithiumBasedFramework", ETHER, "3", "3", "–", "520", 29),
    ("Zirconia fibre membrane host", "NonConductiveScaffold", ETHER, "1", "1", "98.4", "310", 30),
    ("Copper phosphide nanosheet array", "MetalBasedFramework", ETHER, "2", "2", "98.9", "480", 31),
    ("Carbon cloth with silver nanoparticles", "CarbonBasedFramework", ETHER, "5", "10", "98.1", "200", 32),
    ("Three-dimensional cobalt mesh", "MetalBasedFramework", CARBONATE, "1", "1", "97.4", "230", 33),
    ("Layered graphene oxide film", "CarbonBasedFramework", ETHER, "0.5", "1", "98.5", "640", 34),
]
CLS = {"MetalBasedFramework": "ConductiveFramework", "CarbonBasedFramework": "ConductiveFramework",
       "LithiumBasedFramework": "ConductiveFramework", "NonConductiveScaffold": "NonConductiveFramework"}
for host, sub, _e, j, q, ce, cycles, ref in ROWS:
    figs = [("CurrentDensity", float(j), "mA cm-2"), ("ArealCapacity", float(q), "mA h cm-2"),
            ("CycleNumber", int(cycles), "cycles")]
    if ce != "–":
        figs.append(("CoulombicEfficiency", float(ce), "%"))
    s(f"V15-T{ref}", host, [host], CLS[sub], sub, ref, *figs)
refs = [(f"{NAMES[(i * 13 + 3) % len(NAMES)]} {chr(65 + i % 18)}, {NAMES[(i * 5 + 8) % len(NAMES)]} {chr(70 + i % 12)}",
         ["Adv. Funct. Mater.", "ACS Energy Lett.", "Small", "Angew. Chem. Int. Ed.", "Nano Res."][i % 5],
         2014 + i % 10, str(8 + i % 30), f"{1200 + 53 * i}") for i in range(1, 37)]

INTRO = ("Three-dimensional hosts lower the local current density and give lithium a place to go.[1-4] Their reported "
         "figures, however, come from tests run at very different current densities and capacities, and in different "
         "electrolytes. Table 1 gathers thirty hosts with the conditions of their tests, so that like can be "
         "compared with like. Hosts tested in ether electrolytes with lithium nitrate reach the highest efficiencies, "
         "and carbonate electrolytes rarely give more than 98%. ")
OUTRO = ("Few of these hosts were tested above 3 mA cm-2, and fewer still in full cells with lean electrolyte.[35,36] "
         "Reports should give the electrolyte amount, the lithium excess and the areal capacity together.")


def tex():
    def u(t):
        return t.replace("mA cm-2", "mA cm$^{-2}$").replace("%", "\\%")

    head = (r"Host & Electrolyte & Current density/capacity (mA cm$^{-2}$/mAh cm$^{-2}$) & CE (\%) & Cycles & Ref. "
            r"\\\hline")
    body = " ".join(
        rf"{h} & {e.replace('%', chr(92) + '%').replace('LiNO3', 'LiNO$_3$').replace('LiPF6', 'LiPF$_6$')} & "
        rf"{j}/{q} & {ce} & {c} & {r} \\" for h, _s, e, j, q, ce, c, r in ROWS)
    table = (r"{\small\begin{longtable}{p{40mm}p{36mm}p{26mm}ccc}"
             r"\caption{Three-dimensional hosts and their tests in Li$\|$Cu or Li$\|$Li cells.}\\\hline " + head
             + r"\endfirsthead\multicolumn{6}{l}{Table 1. (Continued.)}\\\hline " + head + r"\endhead"
             r"\hline\multicolumn{6}{r}{\textit{Continued on next page}}\\\endfoot\hline\endlastfoot " + body
             + r"\end{longtable}}")
    o = [r"\documentclass[11pt]{article}\usepackage{longtable}\usepackage{times}\usepackage[T1]{fontenc}"
         r"\usepackage[margin=22mm]{geometry}",
         r"\title{\bfseries " + title + r"}\author{Elena Costa and Jonas Olsen}\date{}\begin{document}\maketitle",
         r"\begin{abstract}Hosts for lithium metal are compared by figures measured under different conditions. "
         r"This review puts thirty hosts side by side with their tests and asks which figures can be compared."
         r"\end{abstract}", r"\section*{1. Introduction}", u(INTRO).replace("[1-4]", "[1--4]"), table,
         r"\section*{2. Outlook}", u(OUTRO), r"\section*{References}", r"{\small"]
    for k, (a, j, y, v, p) in enumerate(refs, 1):
        o.append(rf"\noindent [{k}] {a}. {j} {y}, {v}, {p}.\par")
    o.append(r"}\end{document}")
    return "\n\n".join(o)


def gold():
    g = review_gold(title, S, refs)
    for r, ref in zip(g["references"], refs, strict=True):
        r["authors"] = [x.split()[0] for x in ref[0].split(", ")]
    return g
