"""Invented research paper 77: a paper whose table names its rows by the cells its arms were tested in ('Li||Li',
'PL-Li||PL-Li', 'PL-Li||NCM523') rather than by the arms, figures given with their spread ('14 ± 2'), a dash for a
test not run, and a text that reads the table ('Table 1 shows that …')."""
from invented.common import NAMES, latex
from invented.common import gold as gold_file

title = "A phosphate glass skin that keeps lithium metal anodes flat at high current"
S = {
    "F77-01": dict(name="phosphate glass skin on lithium (PL-Li)", aliases=["PL-Li", "PL-Li electrode",
                   "phosphate glass skin", "PL-Li||PL-Li", "PL-Li||NCM523"], role="design", cls="NanostructuredSEI",
                   sub="ArtificialSEI"),
    "F77-02": dict(name="bare Li", aliases=["bare Li", "Li||Li", "Li||NCM523", "Li", "without the PL skin"], role="control",
                   cls="ConductiveFramework", sub="LithiumBasedFramework"),
}
F = []


def f(*a):
    F.append(a)


ABSTRACT = ("A lithium phosphate glass skin about 30 nm thick (PL-Li) is grown on lithium by a vapour reaction. It "
            "keeps plating flat at high current in symmetric and full cells.")
TABLE = [("Li||Li", "F77-02", "46 ± 5", "210", "–", "–"), ("PL-Li||PL-Li", "F77-01", "14 ± 2", "1,350", "–", "–"),
         ("Li||NCM523", "F77-02", "–", "–", "71.4", "300"), ("PL-Li||NCM523", "F77-01", "–", "–", "90.2", "300")]
for cell, sid, over, life, ret, cyc in TABLE:
    if over != "–":
        f(sid, "Overpotential", float(over.split()[0]), "mV", f"{cell} | {over}")
        f(sid, "Lifespan", float(life.replace(",", "")), "h", f"{cell} | {life}")
        f(sid, "CurrentDensity", 3, "mA cm-2", "Table 1 … at 3 mA cm-2")
    else:
        f(sid, "CapacityRetention", float(ret), "%", f"{cell} | {ret}")
        f(sid, "CycleNumber", int(cyc), "cycles", f"{cell} | {cyc}")
f("F77-01", "Thickness", 30, "nm", "A lithium phosphate glass skin about 30 nm thick (PL-Li)")
for sid in ("F77-01", "F77-02"):        # the cathode every full cell was built with
    f(sid, "ArealCapacity", 2, "mA h cm-2", "NCM523 cathodes carried 2 mA h cm-2")
R = [(f"{chr(65 + i % 20)}. {NAMES[(i * 37 + 1) % len(NAMES)]}, {chr(75 + i % 9)}. {NAMES[(i * 41 + 6) % len(NAMES)]}",
      f"Glass interphase study {i}", ["ACS Appl. Energy Mater.", "J. Mater. Chem. A", "Chem. Eng. J."][i % 3],
      2017 + i % 7, str(12 + i), f"{5000 + 123 * i}") for i in range(1, 4)]


def tex():
    def sub(t):
        return latex(t, formulas=("NCM523",)).replace("NCM$_{523}$", "NCM523")

    pm = r"$\pm$"
    rows = " ".join(rf"{sub(c)} & {o.replace('±', pm)} & {life} & {ret} & {cyc} \\"
                    for c, _s, o, life, ret, cyc in TABLE)
    table = (r"\begin{table}[h]\centering\small\caption{Cells with and without the PL skin (symmetric cells at "
             r"3 mA cm$^{-2}$).}\begin{tabular}{lcccc}\hline Cell & Overpotential (mV) & Lifespan (h) & "
             r"Retention (\%) & Cycles \\\hline " + rows + r"\hline\end{tabular}\end{table}")
    o = [r"\documentclass[10pt]{article}\usepackage{mathptmx}\usepackage[T1]{fontenc}\usepackage[margin=25mm]{geometry}",
         r"\title{\bfseries " + title + r"}\author{Hugo Dubois and Sana Khan}\date{}\begin{document}\maketitle",
         r"\begin{abstract}" + sub(ABSTRACT) + r"\end{abstract}",
         r"\section{Introduction}Glassy skins conduct lithium ions and block electrons [1,2]; few survive high "
         r"current [3].",
         r"\section{Results}Table 1 shows that the skin cuts the overpotential of symmetric cells by two thirds and "
         r"makes them last six times longer, and that full cells keep far more of their capacity." + table,
         r"\section{Experimental}Lithium foil was exposed to POCl$_3$ vapour for 20 min. NCM523 cathodes carried "
         r"2 mA h cm$^{-2}$.", r"\section*{References}", r"{\small"]
    for k, (a, _t, j, y, v, p) in enumerate(R, 1):
        o.append(rf"\noindent [{k}] {a}, {j} {y}, {v}, {p}.\par")
    o.append(r"}\end{document}")
    return "\n\n".join(o)


def gold():
    return gold_file(title, S, F, R)
