"""Invented research paper 52: a Cell Press (Joule)-like host paper that gives each arm's figure after a colon inside
brackets ('(VG@CC: 13 mV; CC: 41 mV; Cu: 76 mV)'), conditions written as a pair with a slash ('1 mA cm−2/1 mA h
cm−2'), 'as high as', 'exceeding', a pouch cell's energy density, and Cell Press numbered references."""
from invented.common import NAMES, latex
from invented.common import gold as gold_file

title = "Vertical graphene arrays on carbon cloth host lithium at high areal capacity"
S = {
    "F52-01": dict(name="vertical graphene arrays on carbon cloth (VG@CC)", aliases=["VG@CC", "VG@CC host",
                   "VG@CC electrode", "vertical graphene arrays", "Li@VG@CC"], role="design", cls="ConductiveFramework",
                   sub="CarbonBasedFramework"),
    "F52-02": dict(name="carbon cloth (CC)", aliases=["CC", "bare CC", "carbon cloth", "Li@CC"], role="control",
                   cls="ConductiveFramework", sub="CarbonBasedFramework"),
    "F52-03": dict(name="Cu foil", aliases=["Cu", "Cu foil", "planar Cu", "Li@Cu"], role="control",
                   cls="ConductiveFramework", sub="MetalBasedFramework"),
}
F = []


def f(*a):
    F.append(a)


ABSTRACT = (
    "Carbon cloth (CC) is light and flexible, but its smooth fibres nucleate lithium poorly, so lithium first grows on the "
    "outer surface of the cloth. Here we grow vertical graphene arrays on every fibre of the cloth (VG@CC) by "
    "plasma-enhanced deposition. The edges of the graphene sheets are rich in defects, bind lithium strongly and "
    "spread it through the whole thickness of the host. VG@CC holds lithium at high areal capacity with a Coulombic "
    "efficiency as high as 99.2%, and a pouch cell built on it reaches 352 Wh kg-1."
)
SECTIONS = [
    ("Introduction", "Carbon hosts range from graphene foams [1] to carbon fibre papers [2] and cloths [3,4]."),
    ("Results", "The graphene sheets stand about 600 nm tall on the fibres, and the cloth's specific surface area rises "
     "to 96 m2 g-1. The nucleation overpotentials (VG@CC: 13 mV; CC: 41 mV; Cu: 76 mV) follow the order of their "
     "binding energies. At 1 mA cm-2/1 mA h cm-2, symmetric cells with Li@VG@CC run for 1,800 h, those with Li@CC for "
     "420 h and those with Li@Cu for 90 h. Even at a high areal capacity of 10 mA h cm-2, the Coulombic efficiency of "
     "VG@CC stays exceeding 98.5% over 150 cycles. A pouch cell pairing Li@VG@CC with an NCM811 cathode (N/P ratio of "
     "1.8) reaches 352 Wh kg-1."),
    ("Conclusion", "Edge-rich graphene arrays make carbon cloth a deep, uniform lithium host."),
]
f("F52-01", "CoulombicEfficiency", 99.2, "%", "abstract")
f("F52-01", "EnergyDensity", 352, "Wh kg-1", "abstract")
f("F52-01", "Thickness", 600, "nm", "The graphene sheets stand about 600 nm tall on the fibres")
f("F52-01", "SpecificSurfaceArea", 96, "m2 g-1", "the cloth's specific surface area rises to 96 m2 g-1")
f("F52-01", "Overpotential", 13, "mV", "(VG@CC: 13 mV; CC: 41 mV; Cu: 76 mV)")
f("F52-02", "Overpotential", 41, "mV", "(VG@CC: 13 mV; CC: 41 mV; Cu: 76 mV)")
f("F52-03", "Overpotential", 76, "mV", "(VG@CC: 13 mV; CC: 41 mV; Cu: 76 mV)")
for sid, h in (("F52-01", 1800), ("F52-02", 420), ("F52-03", 90)):
    f(sid, "CurrentDensity", 1, "mA cm-2", "At 1 mA cm-2/1 mA h cm-2")
    f(sid, "ArealCapacity", 1, "mA h cm-2", "At 1 mA cm-2/1 mA h cm-2")
    f(sid, "Lifespan", h, "h", "symmetric cells with Li@VG@CC run for 1,800 h")
f("F52-01", "ArealCapacity", 10, "mA h cm-2", "Even at a high areal capacity of 10 mA h cm-2")
f("F52-01", "CoulombicEfficiency", 98.5, "%", "stays exceeding 98.5% over 150 cycles")
f("F52-01", "CycleNumber", 150, "cycles", "stays exceeding 98.5% over 150 cycles")
f("F52-01", "NPRatio", 1.8, "", "(N/P ratio of 1.8)")
f("F52-01", "EnergyDensity", 352, "Wh kg-1", "reaches 352 Wh kg-1")
R = [(f"{NAMES[(i * 3 + 4) % len(NAMES)]}, {chr(65 + i % 20)}., {NAMES[(i * 7 + 10) % len(NAMES)]}, {chr(75 + i % 9)}.",
      f"Carbon cloth host study {i}", ["Joule", "Chem", "Matter", "iScience"][i % 4], 2017 + i % 7, str(i + 1),
      f"{300 + 57 * i}-{310 + 57 * i}") for i in range(1, 5)]


def tex():
    def sub(t):
        return latex(t, formulas=("NCM811",)).replace("[3,4]", "$^{3,4}$").replace("[1]", "$^1$").replace("[2]", "$^2$")

    o = [r"\documentclass[10pt]{article}\usepackage{helvet}\renewcommand{\familydefault}{\sfdefault}"
         r"\usepackage[T1]{fontenc}\usepackage[margin=22mm]{geometry}",
         r"\title{\bfseries " + title + r"}\author{Chiara Rossi, Emre Yilmaz, Hiro Suzuki}\date{}\begin{document}"
         r"\maketitle", r"\section*{Summary}", sub(ABSTRACT)]
    for h, t in SECTIONS:
        o += [r"\section*{" + h + "}", sub(t)]
    o += [r"\section*{References}", r"{\small"]
    for k, (a, t, j, y, v, p) in enumerate(R, 1):
        o.append(rf"\noindent {k}. {a} ({y}). {t}. {j} \textit{{{v}}}, {p.replace('-', '--')}.\par")
    o.append(r"}\end{document}")
    return "\n\n".join(o)


def gold():
    g = gold_file(title, S, F, R)
    for r, ref in zip(g["references"], R, strict=True):
        parts = ref[0].split(", ")
        r["authors"] = [f"{parts[k + 1]} {parts[k]}" for k in range(0, len(parts), 2)]
    return g
