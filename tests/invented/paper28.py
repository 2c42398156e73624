"""Invented research paper 28: PNAS-like: a 'Significance' box before the abstract, citations as bare numbers in parentheses
'(3, 4)', 'SI Appendix, Fig. S6', an electrolyte additive tested at three amounts ('0.2, 0.5 and 1.0 wt% ZA'),
'99.3 ± 0.1% (n = 4)', 'compared to … with BE', a low-temperature test '−20 °C', Materials and Methods last, PNAS
references with titles 'A. B. Name, C. Name, Title. J. Abbr. 12, 345-356 (2019).'"""
from invented.common import NAMES, latex
from invented.common import gold as gold_file

title = "A zwitterionic electrolyte additive that self-assembles at the lithium metal interface"
S = {
    "P26-01": dict(name="zwitterionic additive (ZA), 0.5 wt%", aliases=["ZA", "0.5 wt% ZA", "ZA cells",
                   "ZA electrolyte", "zwitterionic additive"], role="design", cls="NanostructuredSEI",
                   sub="ElectrolyteDerivedSEI"),
    "P26-02": dict(name="baseline electrolyte (BE)", aliases=["BE", "baseline electrolyte", "BE cells"],
                   role="control", cls="NanostructuredSEI", sub="ElectrolyteDerivedSEI"),
    "P26-03": dict(name="1.0 wt% ZA", aliases=["1.0 wt% ZA"], role="design", cls="NanostructuredSEI",
                   sub="ElectrolyteDerivedSEI"),
    "P26-04": dict(name="0.2 wt% ZA", aliases=["0.2 wt% ZA"], role="design", cls="NanostructuredSEI",
                   sub="ElectrolyteDerivedSEI"),
    "P26-05": dict(name="fluoroethylene carbonate additive", aliases=["fluoroethylene carbonate",
                   "fluoroethylene carbonate (FEC)", "FEC"], role="cited", cls="NanostructuredSEI",
                   sub="ElectrolyteDerivedSEI", refs=[7]),
}
F = []


def f(*a):
    F.append(a)


SIGNIFICANCE = (
    "Lithium metal batteries could double the energy stored in a phone or a car, but their anodes grow needles of "
    "lithium that short the cell. We show that a small zwitterionic molecule added to a commercial electrolyte "
    "gathers at the lithium surface and makes plating even, so cells last several times longer."
)
ABSTRACT = (
    "Electrolyte additives are the cheapest way to stabilize lithium metal anodes. Here we design a zwitterionic "
    "additive (ZA) whose sulfonate end binds lithium ions while its ammonium end repels anions. With 0.5 wt% ZA, "
    "Li||Cu cells cycle with a Coulombic efficiency of 99.3% and Li||NMC622 cells keep 90.2% of their capacity "
    "after 500 cycles."
)
INTRO = (
    "The reactivity of lithium metal with carbonate electrolytes consumes both (1, 2). Additives that are reduced "
    "first build the interphase (3-6); fluoroethylene carbonate (FEC), the most common of them, raised the Coulombic "
    "efficiency to 97.1% (7) but is used up within 200 cycles (8). Zwitterions instead adsorb without being consumed "
    "(9, 10)."
)
f("P26-05", "CoulombicEfficiency", 97.1, "%", "raised the Coulombic efficiency to 97.1% (7)")
RESULTS = [
    ("Additive Amount",
     "We added 0.2, 0.5 and 1.0 wt% ZA to the baseline electrolyte (BE), 1 M LiPF6 in EC/DEC. Li||Cu cells with 0.5 "
     "wt% ZA averaged 99.3 ± 0.1% (n = 4) over 300 cycles at 0.5 mA cm-2 and 1 mA h cm-2, compared to 96.8 ± 0.4% "
     "with BE (SI Appendix, Fig. S6). The cell with 1.0 wt% ZA reached 98.7%, and the cell with 0.2 wt% ZA 97.9%, "
     "under the same conditions. We therefore use 0.5 wt% ZA, hereafter ZA, below."),
    ("Interfacial Kinetics",
     "ZA raises the exchange current density of lithium plating to 1.21 mA cm-2 versus 0.43 mA cm-2 for BE "
     "(SI Appendix, Table S2). Symmetric Li||Li cells with ZA ran for 1500 h at 1 mA cm-2, while BE cells failed at "
     "260 h."),
    ("Full Cells",
     "Li||NMC622 cells with ZA keep 90.2% of their capacity after 500 cycles at 1 C, and at -20 °C they still deliver "
     "112 mA h g-1 at 0.2 C."),
]
f("P26-01", "CoulombicEfficiency", 99.3, "%", "Li||Cu cells with 0.5 wt% ZA averaged 99.3 ± 0.1% (n = 4) over 300 cycles")
f("P26-02", "CoulombicEfficiency", 96.8, "%", "compared to 96.8 ± 0.4% with BE")
for sid in ("P26-01", "P26-02", "P26-03", "P26-04"):
    f(sid, "CycleNumber", 300, "cycles", "over 300 cycles at 0.5 mA cm-2 and 1 mA h cm-2")
    f(sid, "CurrentDensity", 0.5, "mA cm-2", "over 300 cycles at 0.5 mA cm-2 and 1 mA h cm-2")
    f(sid, "ArealCapacity", 1, "mA h cm-2", "over 300 cycles at 0.5 mA cm-2 and 1 mA h cm-2")
f("P26-03", "CoulombicEfficiency", 98.7, "%", "The cell with 1.0 wt% ZA reached 98.7%")
f("P26-04", "CoulombicEfficiency", 97.9, "%", "and the cell with 0.2 wt% ZA 97.9%")
f("P26-01", "ExchangeCurrentDensity", 1.21, "mA cm-2", "ZA raises the exchange current density of lithium plating to 1.21 mA cm-2")
f("P26-02", "ExchangeCurrentDensity", 0.43, "mA cm-2", "versus 0.43 mA cm-2 for BE")
f("P26-01", "Lifespan", 1500, "h", "Symmetric Li||Li cells with ZA ran for 1500 h at 1 mA cm-2")
f("P26-02", "Lifespan", 260, "h", "while BE cells failed at 260 h")
for sid in ("P26-01", "P26-02"):
    f(sid, "CurrentDensity", 1, "mA cm-2", "Symmetric Li||Li cells with ZA ran for 1500 h at 1 mA cm-2")
f("P26-01", "CapacityRetention", 90.2, "%", "Li||NMC622 cells with ZA keep 90.2% of their capacity after 500 cycles at 1 C")
f("P26-01", "CycleNumber", 500, "cycles", "keep 90.2% of their capacity after 500 cycles at 1 C")
f("P26-01", "CRate", 1, "C", "keep 90.2% of their capacity after 500 cycles at 1 C")
f("P26-01", "Temperature", -20, "degC", "at -20 °C they still deliver 112 mA h g-1 at 0.2 C")
f("P26-01", "SpecificCapacity", 112, "mA h g-1", "at -20 °C they still deliver 112 mA h g-1 at 0.2 C")
f("P26-01", "CRate", 0.2, "C", "at -20 °C they still deliver 112 mA h g-1 at 0.2 C")
METHODS = [
    ("Electrolytes.", "ZA was synthesized by ring-opening of 1,3-propane sultone with an amine and dried under vacuum."),
    ("Electrochemistry.", "Coin cells (CR2032) used Celgard 2500 separators. Each cell was tested at 25 °C."),
]
for sid in ("P26-01", "P26-02", "P26-03", "P26-04"):
    f(sid, "Temperature", 25, "degC", "Each cell was tested at 25 °C")
R = []
for i in range(1, 21):
    a = f"{chr(65 + i % 22)}. {NAMES[(i * 9 + 5) % len(NAMES)]}, {chr(66 + i % 20)}. {NAMES[(i * 4 + 1) % len(NAMES)]}"
    R.append((a, f"Invented interphase chemistry study number {i}", ["Proc. Natl. Acad. Sci. U.S.A.", "Science",
              "Nat. Energy", "Joule"][i % 4], 2010 + i % 14, str(100 + i), f"{5000 + 113 * i}"))


def tex():

    def sub(t):
        t = latex(t, ("LiPF6", "NMC622")).replace("± ", "$\\pm$ ").replace("-20 °C", "$-$20 $^\\circ$C")
        return t.replace("-20 $^\\circ$C", "$-$20 $^\\circ$C")

    o = [r"\documentclass{article}\usepackage{mathptmx}\usepackage[T1]{fontenc}\usepackage[margin=20mm]{geometry}",
         r"\title{\bfseries " + title + r"}\author{Ingrid Hansen, Carlos Reyes, and Mei Ito}\date{}"
         r"\begin{document}\maketitle",
         r"\noindent\fbox{\parbox{0.95\linewidth}{\textbf{Significance} " + sub(SIGNIFICANCE) + "}}",
         r"\medskip\noindent " + sub(ABSTRACT), "", sub(INTRO), r"\section*{Results}"]
    for h, t in RESULTS:
        o += [r"\subsection*{" + h + "}", sub(t)]
    o += [r"\section*{Discussion}", "Additives that adsorb rather than react need not be replenished.",
          r"\section*{Materials and Methods}"]
    for h, t in METHODS:
        o.append(r"\noindent\textbf{" + h + "} " + sub(t))
    o += [r"\section*{References}", r"{\small"]
    for k, (a, tt, j, y, v, p) in enumerate(R, 1):
        o.append(rf"\noindent {k}. {a}, {tt}. \textit{{{j}}} \textbf{{{v}}}, {p}--{int(p) + 9} ({y}).\par")
    o.append(r"}\end{document}")
    return "\n\n".join(o)


def gold():
    return gold_file(title, S, F, R)
