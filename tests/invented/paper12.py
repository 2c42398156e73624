"""Invented research paper 12: ACS-like two-column, a series of coded films by deposition cycles (not cycling!), thicknesses
by 'respectively', 'longer than A (x) and B (y)', from-to changes, an own-sample table with resistances,
'our previous work', a figure caption with values, Times font."""
from invented.common import NAMES, latex
from invented.common import gold as gold_file

title = "Alucone films of tuned thickness by molecular layer deposition for lithium metal protection"
S = {
    "A12-01": dict(name="alucone film grown with 25 MLD cycles (AL-25)", aliases=["AL-25", "AL-25 film",
                   "Li@AL-25"], role="design", cls="NanostructuredSEI", sub="ArtificialSEI"),
    "A12-02": dict(name="alucone film grown with 10 MLD cycles (AL-10)", aliases=["AL-10", "AL-10 film"],
                   role="design", cls="NanostructuredSEI", sub="ArtificialSEI"),
    "A12-03": dict(name="alucone film grown with 50 MLD cycles (AL-50)", aliases=["AL-50", "AL-50 film"],
                   role="design", cls="NanostructuredSEI", sub="ArtificialSEI"),
    "A12-04": dict(name="bare Li", aliases=["bare Li", "bare lithium", "bare Li foil"], role="control",
                   cls="NanostructuredSEI", sub="ArtificialSEI"),
    "A12-05": dict(name="HfO2 coating", aliases=["HfO2 coating", "ALD HfO2 coating"], role="cited",
                   cls="NanostructuredSEI", sub="ArtificialSEI", refs=[18]),
    "A12-06": dict(name="zincone film", aliases=["zincone film"], role="cited", cls="NanostructuredSEI",
                   sub="ArtificialSEI", refs=[21]),
}
F = []


def f(*a):
    F.append(a)


ABSTRACT = (
    "Thin coatings protect lithium metal only if they are both dense and flexible. Here, alucone films are grown "
    "on lithium by molecular layer deposition (MLD), and their thickness is tuned by the number of MLD cycles. The "
    "optimal film, AL-25, lets Li||Li cells cycle for 1,100 h at 3 mA cm-2 and 3 mA h cm-2."
)
INTRO = (
    "Inorganic coatings made by atomic layer deposition block electrolyte from lithium but crack when it "
    "expands.^{14-17} An HfO2 coating made this way protected lithium for 400 h at 1 mA cm-2,^{18} and hybrid "
    "organic-inorganic films have been proposed to add flexibility.^{19,20} In our previous work, a zincone film "
    "kept a Coulombic efficiency of 97.8% on copper.^{21} Here we ask how thick such a film should be."
)
f("A12-05", "Lifespan", 400, "h", "An HfO2 coating made this way protected lithium for 400 h at 1 mA cm-2")
f("A12-05", "CurrentDensity", 1, "mA cm-2", "An HfO2 coating made this way protected lithium for 400 h at 1 mA cm-2")
f("A12-06", "CoulombicEfficiency", 97.8, "%", "a zincone film kept a Coulombic efficiency of 97.8% on copper")
RESULTS = [
    "Films were grown with 10, 25 and 50 MLD cycles at 90 °C, denoted AL-10, AL-25 and AL-50; their "
    "thicknesses measured by ellipsometry are 2.1, 5.3 and 10.4 nm, respectively. Table 1 lists their "
    "interfacial resistances after assembly.",
    "Figure 3a compares symmetric cells at 3 mA cm-2 and 3 mA h cm-2. AL-25 cycles for 1,100 h, longer than "
    "AL-10 (520 h) and AL-50 (690 h), while bare Li fails after 95 h. The thicker AL-50 film raises the "
    "overpotential to 48 mV, against 26 mV for AL-25.",
    "The exchange current density drops from 0.82 mA cm-2 for bare Li to 0.47 mA cm-2 for AL-25, as expected "
    "for a film that slows the exchange of lithium ions but evens it out.",
    "In Li||LiCoO2 cells at 0.5 C, AL-25 retains 88.1% of its capacity after 300 cycles, whereas bare Li retains "
    "57.3%. This lifespan is nearly three times the 400 h reported for the HfO2 coating.^{18}",
]
for sid, t in (("A12-02", 2.1), ("A12-01", 5.3), ("A12-03", 10.4)):
    f(sid, "Thickness", t, "nm", "their thicknesses measured by ellipsometry are 2.1, 5.3 and 10.4 nm")
for sid, life in (("A12-01", 1100), ("A12-02", 520), ("A12-03", 690), ("A12-04", 95)):
    f(sid, "Lifespan", life, "h", "AL-25 cycles for 1,100 h, longer than AL-10 (520 h) and AL-50 (690 h)")
    f(sid, "CurrentDensity", 3, "mA cm-2", "Figure 3a compares symmetric cells at 3 mA cm-2 and 3 mA h cm-2")
    f(sid, "ArealCapacity", 3, "mA h cm-2", "Figure 3a compares symmetric cells at 3 mA cm-2 and 3 mA h cm-2")
f("A12-03", "Overpotential", 48, "mV", "The thicker AL-50 film raises the overpotential to 48 mV")
f("A12-01", "Overpotential", 26, "mV", "against 26 mV for AL-25")
f("A12-04", "ExchangeCurrentDensity", 0.82, "mA cm-2", "drops from 0.82 mA cm-2 for bare Li")
f("A12-01", "ExchangeCurrentDensity", 0.47, "mA cm-2", "to 0.47 mA cm-2 for AL-25")
for sid, r in (("A12-01", 88.1), ("A12-04", 57.3)):
    f(sid, "CapacityRetention", r, "%", "AL-25 retains 88.1% of its capacity after 300 cycles")
    f(sid, "CycleNumber", 300, "cycles", "AL-25 retains 88.1% of its capacity after 300 cycles")
    f(sid, "CRate", 0.5, "C", "In Li||LiCoO2 cells at 0.5 C")
TABLE = r"""\begin{table}[h]\centering\small
\caption{Interfacial resistance of Li$\|$Li cells before cycling.}
\begin{tabular}{lcc}\hline
Sample & MLD cycles & $R_{\mathrm{int}}$ ($\Omega$) \\\hline
bare Li & 0 & 112 \\
AL-10 & 10 & 38 \\
AL-25 & 25 & 21 \\
AL-50 & 50 & 45 \\\hline
\end{tabular}\end{table}"""
for sid, r in (("A12-04", 112), ("A12-02", 38), ("A12-01", 21), ("A12-03", 45)):
    f(sid, "CellResistance", r, "Ohm", "table")
CAPTION = (r"\begin{figure}[h]\centering\fbox{\rule{0pt}{2cm}\rule{6cm}{0pt}}\caption{(a) Voltage profiles of "
           r"Li$\|$Li cells with bare Li, AL-10, AL-25 and AL-50 at 3 mA cm$^{-2}$. (b) Overpotential of AL-25 "
           r"and bare Li over time.}\end{figure}")
METHODS = (
    "Trimethylaluminium and ethylene glycol were pulsed alternately onto lithium foil in a glovebox-integrated "
    "reactor. Cells were assembled with 1 M LiPF6 in EC/DEC."
)
JOURNALS = ["ACS Nano", "Nano Lett.", "ACS Energy Lett.", "J. Am. Chem. Soc."]
R = [(f"{chr(65 + i % 20)}. {NAMES[(i * 13 + 5) % len(NAMES)]}, {chr(66 + i % 19)}. {NAMES[(i * 2 + 9) % len(NAMES)]}",
      f"Invented deposition study {i}", JOURNALS[i % 4], 2012 + i % 12, str(3 + i), f"{4000 + 101 * i}")
     for i in range(1, 24)]


def tex():
    import re

    def sub(t):
        t = re.sub(r"\^\{([0-9,\-]+)\}", lambda m: "@@" + m.group(1).replace("-", "--") + "@@", t)
        t = latex(t, ("LiPF6", "HfO2", "LiCoO2"))
        return re.sub(r"@@(.*?)@@", lambda m: "\\textsuperscript{" + m.group(1) + "}", t)

    o = [r"\documentclass[twocolumn]{article}\usepackage{mathptmx}\usepackage[T1]{fontenc}"
         r"\usepackage[margin=16mm]{geometry}",
         r"\title{" + sub(title) + r"}\author{Daniel Reyes, Ingrid Olsen and Kwame Osei}\date{}"
         r"\begin{document}\maketitle",
         r"\noindent\textbf{ABSTRACT:} " + sub(ABSTRACT),
         r"\section*{INTRODUCTION}", sub(INTRO), r"\section*{RESULTS AND DISCUSSION}"]
    for k, p in enumerate(RESULTS):
        o.append(sub(p))
        if k == 0:
            o.append(TABLE)
        if k == 1:
            o.append(CAPTION)
    o += [r"\section*{METHODS}", sub(METHODS), r"\section*{REFERENCES}", r"{\small"]
    for k, (a, t, j, y, v, p) in enumerate(R, 1):
        a = "; ".join(x.split(". ", 1)[1] + ", " + x.split(". ", 1)[0] + "." for x in a.split(", "))
        o.append(rf"\noindent ({k}) {a} {t}. \textit{{{j}}} \textbf{{{y}}}, \textit{{{v}}}, {p}--{int(p) + 8}.\par")
    o.append(r"}\end{document}")
    return "\n\n".join(o)


def gold():
    return gold_file(title, S, F, R)
