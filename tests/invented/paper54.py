"""Invented research paper 54: an Elsevier (J. Energy Chem.)-like paper on a series of polymer coatings of three
thicknesses ('PAC-1', 'PAC-2', 'PAC-3'), the best chosen in words ('Among them, PAC-2 …'), a results table with
two heading rows (a cell kind spanning its columns: 'Li||Cu' over 'CE (%)' and 'Cycles'), and bare Li."""
from invented.common import NAMES, latex
from invented.common import gold as gold_file

title = "Poly(acrylic acid) coatings of tuned thickness for dendrite-free lithium metal anodes"
S = {
    "F54-01": dict(name="PAC-1", aliases=["PAC-1"], role="design", cls="NanostructuredSEI", sub="ArtificialSEI"),
    "F54-02": dict(name="PAC-2", aliases=["PAC-2", "PAC-2@Li"], role="design", cls="NanostructuredSEI",
                   sub="ArtificialSEI"),
    "F54-03": dict(name="PAC-3", aliases=["PAC-3"], role="design", cls="NanostructuredSEI", sub="ArtificialSEI"),
    "F54-04": dict(name="bare Li", aliases=["bare Li", "bare lithium", "Li"], role="control",
                   cls="ConductiveFramework", sub="LithiumBasedFramework"),
}
F = []


def f(*a):
    F.append(a)


ABSTRACT = (
    "Polymer coatings protect lithium metal only when they are thick enough to resist dendrites and thin enough to pass "
    "lithium ions. We spin-coat poly(acrylic acid) onto lithium foil at three thicknesses, coded PAC-1, PAC-2 and PAC-3. "
    "The carboxylate groups react with lithium to give a lithium polyacrylate layer that is both elastic and ion "
    "conducting. The intermediate coating gives the longest life in symmetric cells and the highest efficiency in "
    "half cells."
)
SECTIONS = [
    ("1. Introduction", "Polymer coatings on lithium have been made of PEO [1], PVDF [2] and elastomers [3]."),
    ("2. Experimental", "Solutions of 1, 2 and 4 wt% poly(acrylic acid) in THF were spin-coated on lithium foil, giving "
     "PAC-1, PAC-2 and PAC-3, respectively. All cells used 50 uL of 1 M LiTFSI in DOL/DME with 2 wt% LiNO3."),
    ("3. Results and discussion",
     "The coatings are 0.4, 1.1 and 2.6 um thick for PAC-1, PAC-2 and PAC-3, respectively. Among them, PAC-2 shows the "
     "lowest interfacial resistance, 21 Ω cm2, against 64 Ω cm2 for bare Li. Table 1 summarizes the cells."),
    ("4. Conclusions", "A coating about one micrometre thick balances protection and transport."),
]
for sid, t in (("F54-01", 400), ("F54-02", 1100), ("F54-03", 2600)):
    f(sid, "Thickness", t, "nm", "The coatings are 0.4, 1.1 and 2.6 um thick")
for sid in ("F54-01", "F54-02", "F54-03", "F54-04"):
    f(sid, "ElectrolyteVolume", 50, "uL", "All cells used 50 uL of 1 M LiTFSI in DOL/DME")
f("F54-02", "AreaSpecificResistance", 21, "Ω cm2", "PAC-2 shows the lowest interfacial resistance, 21 Ω cm2")
f("F54-04", "AreaSpecificResistance", 64, "Ω cm2", "against 64 Ω cm2 for bare Li")
TABLE = [("Bare Li", "F54-04", 240, 88.1, 60), ("PAC-1", "F54-01", 620, 96.4, 180), ("PAC-2", "F54-02", 1500, 98.9, 420),
         ("PAC-3", "F54-03", 900, 97.2, 260)]
for _, sid, life, ce, n in TABLE:
    f(sid, "Lifespan", life, "h", "table")
    f(sid, "CoulombicEfficiency", ce, "%", "table")
    f(sid, "CycleNumber", n, "cycles", "table")
    f(sid, "CurrentDensity", 1, "mA cm-2", "table caption")
    f(sid, "ArealCapacity", 1, "mA h cm-2", "table caption")
R = [(f"{chr(65 + i % 20)}. {NAMES[(i * 7 + 5) % len(NAMES)]}, {chr(70 + i % 14)}. {NAMES[(i * 3 + 9) % len(NAMES)]}",
      f"Polymer coating study {i}", ["J. Energy Chem.", "Energy Storage Mater.", "J. Power Sources", "Nano Energy"][i % 4],
      2016 + i % 7, str(30 + i), f"{400 + 61 * i}-{409 + 61 * i}") for i in range(1, 4)]


def tex():
    def sub(t):
        t = latex(t).replace("50 uL", "50 $\\mu$L").replace(" um ", " $\\mu$m ").replace("Ω cm2", "$\\Omega$ cm$^2$")
        return t

    rows = "\n".join(rf"{n} & {life} & {ce} & {c} \\" for n, _, life, ce, c in TABLE)
    table = (r"\begin{table}[h]\centering\small\caption{Cells cycled at 1 mA cm$^{-2}$ and 1 mA h cm$^{-2}$.}"
             r"\begin{tabular}{lccc}\hline & Symmetric cell & \multicolumn{2}{c}{Li$\|$Cu cell} \\ "
             r"Electrode & Lifespan (h) & CE (\%) & Cycles \\\hline " + rows + r"\hline\end{tabular}\end{table}")
    o = [r"\documentclass[10pt,twocolumn]{article}\usepackage{times}\usepackage[T1]{fontenc}"
         r"\usepackage[margin=17mm]{geometry}",
         r"\title{" + title + r"}\author{Pavel Novak, Leila Haddad and Jonas Weber}\date{}\begin{document}\maketitle",
         r"\noindent\textbf{Abstract} " + sub(ABSTRACT)]
    for h, t in SECTIONS:
        o += [r"\section*{" + h + "}", sub(t)]
        if h.startswith("3."):
            o.append(table)
    o += [r"\section*{References}", r"{\footnotesize"]
    for k, (a, _t, j, y, v, p) in enumerate(R, 1):
        o.append(rf"\noindent [{k}] {a}, {_t}, {j} {v} ({y}) {p.replace('-', '--')}.\par")
    o.append(r"}\end{document}")
    return "\n\n".join(o)


def gold():
    return gold_file(title, S, F, R)
