"""Invented research paper 50: a Wiley (Small)-like separator paper that names its design once by a short form and
then by pointer phrases ('the modified separator', 'the coated one', 'its PP counterpart', 'the commercial one',
'the pristine separator'), 'nearly twice that of …', a before/after transference number ('rises from … to … with
the coating'), a shrinkage test at 150 °C, Li||NCM811 full cells, and Wiley numbered references."""
from invented.common import NAMES, latex
from invented.common import gold as gold_file

title = "Hydroxyapatite Nanowire Coatings Turn Polyolefin Separators into Lithium-Ion Pumps"
S = {
    "F50-01": dict(name="hydroxyapatite nanowire-coated PP separator (HAP/PP)", aliases=["HAP/PP", "HAP/PP separator",
                   "modified separator", "coated one", "coated separator", "hydroxyapatite nanowires"], role="design",
                   cls="NonConductiveFramework", sub="FunctionalSeparator"),
    "F50-02": dict(name="pristine PP separator", aliases=["PP", "PP separator", "pristine PP separator", "commercial one",
                   "pristine separator", "PP counterpart", "polypropylene"], role="control",
                   cls="NonConductiveFramework", sub="FunctionalSeparator"),
}
F = []


def f(*a):
    F.append(a)


ABSTRACT = (
    "Polyolefin separators wet poorly and shrink on heating. Hydroxyapatite nanowires cast on polypropylene (HAP/PP) "
    "give a separator that holds more electrolyte, survives 150 °C and nearly doubles the lithium transference number. "
    "The negatively charged nanowire surface binds anions and leaves lithium ions free to move, so lithium deposits "
    "as dense, rounded grains instead of needles. Symmetric cells and nickel-rich full cells both live several times "
    "longer than with the bare separator."
)
SECTIONS = [
    ("1. Introduction", "Ceramic coatings on separators have been reported [1,2], as have fibrous ones [3]."),
    ("2. Results and Discussion",
     "Hydroxyapatite nanowires about 20 nm in diameter were cast on one side of a polypropylene (PP) separator. The "
     "modified separator takes up 185% of electrolyte, while the pristine PP separator takes up only 72%. The ionic "
     "conductivity of the coated one is 0.86 mS cm-1, nearly twice that of the commercial one (0.45 mS cm-1). After "
     "1 h at 150 °C, the modified separator shrinks by 3%, whereas its PP counterpart shrinks by 41%. The lithium "
     "transference number rises from 0.36 to 0.61 with the coating. Li||Li cells with the modified separator cycle for "
     "1,600 h at 3 mA cm-2 and 3 mA h cm-2; with the pristine separator, the cell fails within 180 h. Li||NCM811 cells "
     "using the modified separator deliver 168 mA h g-1 at 0.5 C and retain 88.5% of it after 400 cycles."),
    ("3. Conclusion", "A mineral nanowire coating makes a commodity separator safe and selective."),
]
f("F50-01", "FiberDiameter", 20, "nm", "Hydroxyapatite nanowires about 20 nm in diameter")
f("F50-01", "ElectrolyteUptake", 185, "%", "The modified separator takes up 185% of electrolyte")
f("F50-02", "ElectrolyteUptake", 72, "%", "the pristine PP separator takes up only 72%")
f("F50-01", "IonicConductivity", 0.86, "mS cm-1", "The ionic conductivity of the coated one is 0.86 mS cm-1")
f("F50-02", "IonicConductivity", 0.45, "mS cm-1", "nearly twice that of the commercial one (0.45 mS cm-1)")
f("F50-01", "ThermalShrinkage", 3, "%", "the modified separator shrinks by 3%")
f("F50-02", "ThermalShrinkage", 41, "%", "whereas its PP counterpart shrinks by 41%")
for sid in ("F50-01", "F50-02"):
    f(sid, "Temperature", 150, "°C", "After 1 h at 150 °C")
    f(sid, "CurrentDensity", 3, "mA cm-2", "at 3 mA cm-2 and 3 mA h cm-2")
    f(sid, "ArealCapacity", 3, "mA h cm-2", "at 3 mA cm-2 and 3 mA h cm-2")
f("F50-02", "LithiumTransferenceNumber", 0.36, "", "rises from 0.36 to 0.61 with the coating")
f("F50-01", "LithiumTransferenceNumber", 0.61, "", "rises from 0.36 to 0.61 with the coating")
f("F50-01", "Lifespan", 1600, "h", "Li||Li cells with the modified separator cycle for 1,600 h")
f("F50-02", "Lifespan", 180, "h", "with the pristine separator, the cell fails within 180 h")
f("F50-01", "SpecificCapacity", 168, "mA h g-1", "deliver 168 mA h g-1 at 0.5 C")
f("F50-01", "CRate", 0.5, "C", "deliver 168 mA h g-1 at 0.5 C")
f("F50-01", "CapacityRetention", 88.5, "%", "retain 88.5% of it after 400 cycles")
f("F50-01", "CycleNumber", 400, "cycles", "retain 88.5% of it after 400 cycles")
R = [(f"{chr(65 + i % 20)}. {NAMES[(i * 9 + 5) % len(NAMES)]}, {chr(69 + i % 13)}. {NAMES[(i * 4 + 12) % len(NAMES)]}",
      f"Separator coating study {i}", ["Small", "Adv. Funct. Mater.", "Adv. Mater.", "ChemSusChem"][i % 4],
      2013 + i % 11, str(9 + i), f"{2000 + 123 * i}") for i in range(1, 4)]


def tex():
    def sub(t):
        return latex(t, formulas=("NCM811",)).replace("||", "$\\|$").replace("[1,2]", "$^{[1,2]}$").replace(
            "[3]", "$^{[3]}$")

    o = [r"\documentclass[9pt,twocolumn]{extarticle}\usepackage{helvet}\renewcommand{\familydefault}{\sfdefault}"
         r"\usepackage[T1]{fontenc}\usepackage[margin=16mm]{geometry}",
         r"\title{\bfseries " + title + r"}\author{Nadia Haddad, Piotr Kowalski, Ana Mendes}\date{}\begin{document}"
         r"\maketitle", r"\noindent " + sub(ABSTRACT)]
    for h, t in SECTIONS:
        o += [r"\section*{" + h + "}", sub(t)]
    o += [r"\section*{References}", r"{\footnotesize"]
    for k, (a, _t, j, y, v, p) in enumerate(R, 1):
        o.append(rf"\noindent [{k}] {a}, \textit{{{j}}} \textbf{{{y}}}, \textit{{{v}}}, {p}.\par")
    o.append(r"}\end{document}")
    return "\n\n".join(o)


def gold():
    return gold_file(title, S, F, R)
