"""Invented research paper 56: an MDPI (Materials)-like paper with slashed units throughout ('1 mAh/cm2', '0.5 mA/cm2',
'mS/cm', 'mAh/g', 'Wh/kg'), C-rates written as fractions ('C/10', 'C/2') and run together ('1C'), a design named by
a trade-like code with a hyphen and number ('SPE-15'), and Vancouver references."""
from invented.common import NAMES, latex
from invented.common import gold as gold_file

title = "A Succinonitrile-Plasticized Solid Polymer Electrolyte for Room-Temperature Lithium Metal Batteries"
S = {
    "F56-01": dict(name="SPE-15", aliases=["SPE-15", "SPE-15 membrane", "plasticized SPE"], role="design",
                   cls="NonConductiveFramework", sub="NonConductiveScaffold"),
    "F56-02": dict(name="SPE-0", aliases=["SPE-0", "SPE-0 membrane", "unplasticized SPE"], role="control",
                   cls="NonConductiveFramework", sub="NonConductiveScaffold"),
}
F = []


def f(*a):
    F.append(a)


ABSTRACT = (
    "Solid polymer electrolytes are safe but conduct lithium ions poorly at room temperature. We plasticize a "
    "poly(ethylene oxide) electrolyte with 15 wt% succinonitrile (SPE-15) and compare it with the same electrolyte "
    "without succinonitrile (SPE-0). SPE-15 conducts 0.42 mS/cm at 25 °C and lets Li/LiFePO4 cells deliver "
    "151 mAh/g at C/10."
)
SECTIONS = [
    ("1. Introduction", "Plasticizers such as succinonitrile raise the conductivity of PEO [1,2]."),
    ("2. Materials and Methods", "Membranes about 80 um thick were cast from acetonitrile. Li/Li cells were cycled at "
     "0.5 mA/cm2 with 1 mAh/cm2 per half cycle."),
    ("3. Results",
     "The ionic conductivity at 25 °C rises from 0.03 mS/cm for SPE-0 to 0.42 mS/cm for SPE-15. Li/Li cells with SPE-15 "
     "run for 700 h, against 150 h for SPE-0. Li/LiFePO4 cells with SPE-15 deliver 151 mAh/g at C/10 and 128 mAh/g at "
     "C/2, and retain 90.2% of their capacity after 200 cycles at 1C. The pouch cell reaches 310 Wh/kg."),
    ("4. Conclusions", "A small amount of plasticizer makes PEO usable at room temperature."),
]
f("F56-01", "MassFraction", 15, "%", "abstract")
f("F56-01", "IonicConductivity", 0.42, "mS cm-1", "abstract")
f("F56-01", "Temperature", 25, "°C", "abstract")
f("F56-01", "SpecificCapacity", 151, "mA h g-1", "abstract")
f("F56-01", "CRate", 0.1, "C", "abstract")
for sid in ("F56-01", "F56-02"):
    f(sid, "Thickness", 80000, "nm", "Membranes about 80 um thick were cast")
    f(sid, "CurrentDensity", 0.5, "mA cm-2", "Li/Li cells were cycled at 0.5 mA/cm2 with 1 mAh/cm2")
    f(sid, "ArealCapacity", 1, "mA h cm-2", "Li/Li cells were cycled at 0.5 mA/cm2 with 1 mAh/cm2")
    f(sid, "Temperature", 25, "°C", "The ionic conductivity at 25 °C rises from")
f("F56-02", "IonicConductivity", 0.03, "mS cm-1", "from 0.03 mS/cm for SPE-0")
f("F56-01", "IonicConductivity", 0.42, "mS cm-1", "to 0.42 mS/cm for SPE-15")
f("F56-01", "Lifespan", 700, "h", "Li/Li cells with SPE-15 run for 700 h")
f("F56-02", "Lifespan", 150, "h", "against 150 h for SPE-0")
f("F56-01", "SpecificCapacity", 151, "mA h g-1", "deliver 151 mAh/g at C/10")
f("F56-01", "CRate", 0.1, "C", "deliver 151 mAh/g at C/10")
f("F56-01", "SpecificCapacity", 128, "mA h g-1", "128 mAh/g at C/2")
f("F56-01", "CRate", 0.5, "C", "128 mAh/g at C/2")
f("F56-01", "CapacityRetention", 90.2, "%", "retain 90.2% of their capacity after 200 cycles at 1C")
f("F56-01", "CycleNumber", 200, "cycles", "after 200 cycles at 1C")
f("F56-01", "CRate", 1, "C", "after 200 cycles at 1C")
f("F56-01", "EnergyDensity", 310, "Wh kg-1", "The pouch cell reaches 310 Wh/kg")
R = [(f"{NAMES[(i * 11 + 4) % len(NAMES)]} {chr(65 + i % 20)}, {NAMES[(i * 3 + 6) % len(NAMES)]} {chr(66 + i % 18)}",
      f"Plasticized polymer electrolyte study {i}", ["Materials", "Polymers", "Membranes", "Batteries"][i % 4],
      2017 + i % 6, str(8 + i), f"{1500 + 211 * i}") for i in range(1, 3)]


def tex():
    def sub(t):
        t = latex(t, formulas=("LiFePO4",)).replace("80 um", "80 $\\mu$m")
        return t.replace("cm2", "cm$^2$")

    o = [r"\documentclass[10pt]{article}\usepackage{palatino}\usepackage[T1]{fontenc}\usepackage[margin=25mm]{geometry}",
         r"\title{\bfseries " + title + r"}\author{Marta Pereira, Jan Olsen and Aiko Ito}\date{}\begin{document}\maketitle",
         r"\noindent\textbf{Abstract:} " + sub(ABSTRACT)]
    for h, t in SECTIONS:
        o += [r"\section*{" + h + "}", sub(t)]
    o += [r"\section*{References}", r"{\small"]
    for k, (a, t, j, y, v, p) in enumerate(R, 1):
        o.append(rf"\noindent {k}. {a}. {t}. \textit{{{j}}} \textbf{{{y}}}, \textit{{{v}}}, {p}.\par")
    o.append(r"}\end{document}")
    return "\n\n".join(o)


def gold():
    g = gold_file(title, S, F, R)
    for r, ref in zip(g["references"], R, strict=True):
        r["authors"] = [a.split()[0] for a in ref[0].split(", ")]
    return g
