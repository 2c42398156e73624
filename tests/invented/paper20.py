"""Invented research paper 20: Nature-Energy-like: a bold lead paragraph as abstract, 'Fig. 2 |' captions with bold panel
letters 'a,', a transposed table (properties as rows, the two separators as columns), figures with standard deviations
'98.9 ± 0.2%', 'an order of magnitude', 'Extended Data Fig. 4', 'n = 3', Methods last, Nature references."""
from invented.common import NAMES, latex
from invented.common import gold as gold_file

title = "Thermally stable aramid separators with boron nitride skins for safe lithium metal batteries"
S = {
    "N20-01": dict(name="BN-nanosheet-coated aramid separator (BN@AR)", aliases=["BN@AR", "BN@AR separator",
                   "BN@AR separators", "BN@AR cells"], role="design", cls="NonConductiveFramework",
                   sub="FunctionalSeparator"),
    "N20-02": dict(name="commercial PE separator", aliases=["PE", "PE separator", "PE separators",
                   "commercial PE separator", "commercial PE", "polyethylene separator", "PE cells"], role="control",
                   cls="NonConductiveFramework", sub="FunctionalSeparator"),
    "N20-03": dict(name="ceramic-coated PE separator", aliases=["ceramic-coated PE separator",
                   "ceramic-coated PE separators"], role="cited", cls="NonConductiveFramework",
                   sub="FunctionalSeparator", refs=[6]),
}
F = []


def f(*a):
    F.append(a)


LEAD = (
    "Polyolefin separators shrink and melt when a lithium metal cell overheats. Here we coat an aramid nanofibre "
    "separator with boron nitride nanosheets (BN@AR). BN@AR shrinks by less than 1% at 200 °C and lets Li||Li cells "
    "cycle for 1,600 h at 2 mA cm-2, eight times longer than cells with a commercial PE separator."
)
INTRO = (
    "Thermal runaway of lithium metal batteries often starts when the separator shrinks.^{1-3} Ceramic-coated PE "
    "separators shrink by 12% at 150 °C,^{6} but their polymer core still melts. Aramid fibres keep their shape above "
    "400 °C,^{7,8} and boron nitride spreads heat and lithium ions evenly.^{9}"
)
f("N20-03", "ThermalShrinkage", 12, "%", "Ceramic-coated PE separators shrink by 12% at 150 °C")
f("N20-03", "Temperature", 150, "degC", "Ceramic-coated PE separators shrink by 12% at 150 °C")
RESULTS = [
    ("Separator properties",
     "Table 1 lists the properties of the two separators. The BN skin raises the electrolyte uptake and the ionic "
     "conductivity, and BN@AR keeps its size after 30 min at 200 °C (Extended Data Fig. 4), whereas PE melts."),
    ("Lithium plating and stripping",
     "Li||Cu cells with BN@AR reach an average Coulombic efficiency of 98.9 ± 0.2% over 300 cycles at 1 mA cm-2 and "
     "1 mA h cm-2 (n = 3; Fig. 2b), against 94.1 ± 0.6% for PE. Li||Li cells with BN@AR cycle for 1,600 h at 2 mA cm-2 "
     "and 2 mA h cm-2 (Fig. 2c), eight times longer than PE cells (200 h)."),
    ("Full cells",
     "Li||NCM811 cells with BN@AR retain 88.5% of their capacity after 250 cycles at 0.5 C, whereas those with PE "
     "retain 61.2%. At 60 °C, BN@AR cells still retain 80.3% after 150 cycles."),
]
TABLE = [("Thickness (µm)", 22, 16), ("Porosity (%)", 58, 41), ("Electrolyte uptake (%)", 245, 108),
         ("Ionic conductivity (mS cm-1)", 1.12, 0.48), ("Li+ transference number", 0.62, 0.35)]
PROPS = {"Thickness (µm)": ("Thickness", "um"), "Porosity (%)": ("Porosity", "%"),
         "Electrolyte uptake (%)": ("ElectrolyteUptake", "%"), "Ionic conductivity (mS cm-1)": ("IonicConductivity", "mS cm-1"),
         "Li+ transference number": ("LithiumTransferenceNumber", "")}
for row, a, b in TABLE:
    p, u = PROPS[row]
    f("N20-01", p, a, u, "table")
    f("N20-02", p, b, u, "table")
f("N20-01", "ThermalShrinkage", 1, "%", "BN@AR shrinks by less than 1% at 200 °C")
f("N20-01", "Temperature", 200, "degC", "BN@AR shrinks by less than 1% at 200 °C")
f("N20-01", "CoulombicEfficiency", 98.9, "%", "an average Coulombic efficiency of 98.9 ± 0.2% over 300 cycles")
f("N20-01", "CycleNumber", 300, "cycles", "an average Coulombic efficiency of 98.9 ± 0.2% over 300 cycles")
f("N20-02", "CoulombicEfficiency", 94.1, "%", "against 94.1 ± 0.6% for PE")
f("N20-02", "CycleNumber", 300, "cycles", "against 94.1 ± 0.6% for PE")
for sid in ("N20-01", "N20-02"):
    f(sid, "CurrentDensity", 1, "mA cm-2", "over 300 cycles at 1 mA cm-2 and 1 mA h cm-2")
    f(sid, "ArealCapacity", 1, "mA h cm-2", "over 300 cycles at 1 mA cm-2 and 1 mA h cm-2")
    f(sid, "CurrentDensity", 2, "mA cm-2", "cycle for 1,600 h at 2 mA cm-2 and 2 mA h cm-2")
    f(sid, "ArealCapacity", 2, "mA h cm-2", "cycle for 1,600 h at 2 mA cm-2 and 2 mA h cm-2")
    f(sid, "CycleNumber", 250, "cycles", "retain 88.5% of their capacity after 250 cycles at 0.5 C")
    f(sid, "CRate", 0.5, "C", "retain 88.5% of their capacity after 250 cycles at 0.5 C")
f("N20-01", "Lifespan", 1600, "h", "Li||Li cells with BN@AR cycle for 1,600 h at 2 mA cm-2")
f("N20-02", "Lifespan", 200, "h", "eight times longer than PE cells (200 h)")
f("N20-01", "CapacityRetention", 88.5, "%", "retain 88.5% of their capacity after 250 cycles at 0.5 C")
f("N20-02", "CapacityRetention", 61.2, "%", "whereas those with PE retain 61.2%")
for sid in ("N20-01", "N20-02"):       # every cell's electrolyte (the format every cell is built in)
    f(sid, "ElectrolyteVolume", 40, "uL", "CR2032 cells were assembled with 40 uL of 1 M LiPF6")
f("N20-01", "Temperature", 60, "degC", "At 60 °C, BN@AR cells still retain 80.3% after 150 cycles")
f("N20-01", "CapacityRetention", 80.3, "%", "At 60 °C, BN@AR cells still retain 80.3% after 150 cycles")
f("N20-01", "CycleNumber", 150, "cycles", "At 60 °C, BN@AR cells still retain 80.3% after 150 cycles")
CAPTION = ("Fig. 2 | Electrochemical performance. a, Voltage profiles of Li||Cu cells. b, Coulombic efficiency of "
           "Li||Cu cells with BN@AR and PE. c, Cycling of Li||Li cells.")
METHODS = [
    ("Preparation of BN@AR",
     "Aramid nanofibres were cast into a film and dip-coated with an aqueous dispersion of boron nitride nanosheets."),
    ("Electrochemical measurements",
     "CR2032 cells were assembled with 40 µL of 1 M LiPF6 in EC/DEC with 10% FEC. Each test was repeated three times."),
]
JOURNALS = ["Nat. Energy", "Nat. Commun.", "Joule", "Adv. Mater."]
R = [(f"{chr(65 + i % 20)}. {NAMES[(i * 5 + 7) % len(NAMES)]}, {chr(66 + i % 19)}. {NAMES[(i * 13 + 2) % len(NAMES)]}",
      f"Invented separator safety study {i}", JOURNALS[i % 4], 2012 + i % 12, str(3 + i), f"{400 + 17 * i}")
     for i in range(1, 16)]


def tex():
    import re

    def sub(t):
        t = re.sub(r"\^\{([0-9,\-]+)\}", lambda m: "@@" + m.group(1).replace("-", "--") + "@@", t)
        t = latex(t, ("LiPF6",)).replace("± ", "$\\pm$ ").replace("µL", "$\\mu$L")
        return re.sub(r"@@(.*?)@@", lambda m: "\\textsuperscript{" + m.group(1) + "}", t)

    def cell(r):
        return latex(r).replace("µm", "$\\mu$m").replace("Li+", "Li$^+$")
    rows = " ".join(cell(r) + rf" & {a:g} & {b:g} \\" for r, a, b in TABLE)
    table = (r"\begin{table}[h]\centering\small\caption*{\textbf{Table 1 $|$ Properties of the separators.}}"
             r"\begin{tabular}{lcc}\hline Property & BN@AR & PE \\\hline " + rows + r" \hline\end{tabular}\end{table}")
    o = [r"\documentclass{article}\usepackage{mathptmx}\usepackage[T1]{fontenc}\usepackage{caption}"
         r"\usepackage[margin=22mm]{geometry}",
         r"\title{\bfseries " + title + r"}\author{Nadia Varga, Pedro Mendes \& Kofi Osei}\date{}\begin{document}\maketitle",
         r"\noindent\textbf{" + sub(LEAD) + "}", sub(INTRO), r"\section*{Results}"]
    for k, (h, t) in enumerate(RESULTS):
        o += [r"\subsection*{" + h + "}", sub(t)]
        if k == 0:
            o.append(table)
        if k == 1:
            cap = sub(CAPTION).replace("a, ", r"\textbf{a}, ").replace("b, ", r"\textbf{b}, ").replace("c, ", r"\textbf{c}, ")
            o.append(r"\begin{figure}[h]\small\noindent " + cap.replace("Fig. 2 $|$", r"\textbf{Fig. 2 $|$}") + r"\end{figure}")
    o += [r"\section*{Methods}"]
    for h, t in METHODS:
        o.append(r"\paragraph{" + h + ".} " + sub(t))
    o += [r"\section*{References}", r"{\small"]
    for k, (a, t, j, y, v, p) in enumerate(R, 1):
        names = [x.split(". ", 1)[1] + ", " + x.split(". ", 1)[0] + "." for x in a.split(", ")]
        a = ", ".join(names[:-1]) + r" \& " + names[-1]
        o.append(rf"\noindent {k}. {a} {t}. \textit{{{j}}} \textbf{{{v}}}, {p}--{int(p) + 7} ({y}).\par")
    o.append(r"}\end{document}")
    return "\n\n".join(o)


def gold():
    return gold_file(title, S, F, R)
