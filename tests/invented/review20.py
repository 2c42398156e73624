"""Invented review 20: a tutorial review that lists works as bullets, each a work's name and its figures in the
terse style of notes ('• Ternary alloy host [6]: CE 98.9%, 400 cycles, 1 mA cm−2'), a numbered list of design
rules with a figure of lithium itself in one ('1. Keep the local current density below 0.5 mA cm−2 …'), and a
two-column table across the page (table*) whose heading runs over two lines per column."""

from invented.common import NAMES, review_gold

title = "Designing structured lithium anodes: a tutorial review"
S = []


def s(i, name, aliases, cls, sub, ref, *figs):
    S.append((i, name, aliases, cls, sub, ref, list(figs)))


BULLETS = [
    ("Ternary lithium alloy host", 4, "CE 98.9%, 400 cycles, 1 mA cm-2", "ConductiveFramework", "LithiumBasedFramework",
     (("CoulombicEfficiency", 98.9, "%"), ("CycleNumber", 400, "cycles"), ("CurrentDensity", 1, "mA cm-2"))),
    ("Carbon nanotube sponge with ZnO", 5, "1800 h in symmetric cells at 2 mA cm-2", "ConductiveFramework",
     "CarbonBasedFramework", (("Lifespan", 1800, "h"), ("CurrentDensity", 2, "mA cm-2"))),
    ("Polyimide separator with a copper face", 6, "overpotential 24 mV, 700 h", "NonConductiveFramework",
     "FunctionalSeparator", (("Overpotential", 24, "mV"), ("Lifespan", 700, "h"))),
    ("Lithium fluoride-rich interphase", 7, "CE 99.2% over 300 cycles", "NanostructuredSEI", "ElectrolyteDerivedSEI",
     (("CoulombicEfficiency", 99.2, "%"), ("CycleNumber", 300, "cycles"))),
]
for name, ref, _, cls, sub, figs in BULLETS:
    s(f"V20-B{ref}", name, [name], cls, sub, ref, *figs)
TABLE = [("Vertical graphene on copper", "3", "3", "98.6", "500", 8, "CarbonBasedFramework"),
         ("Silver-seeded nickel foam", "1", "2", "99.0", "650", 9, "MetalBasedFramework"),
         ("Boron nitride coated mesh", "2", "1", "98.1", "380", 10, "MetalBasedFramework")]
for name, j, q, ce, cyc, ref, sub in TABLE:
    s(f"V20-T{ref}", name, [name], "ConductiveFramework", sub, ref, ("CurrentDensity", float(j), "mA cm-2"),
      ("ArealCapacity", float(q), "mA h cm-2"), ("CoulombicEfficiency", float(ce), "%"), ("CycleNumber", int(cyc), "cycles"))
refs = [(f"{chr(65 + i % 20)}. {NAMES[(i * 7 + 3) % len(NAMES)]} and {chr(70 + i % 12)}. {NAMES[(i * 5 + 1) % len(NAMES)]}",
         ["Chem. Soc. Rev.", "Acc. Chem. Res.", "Mater. Today", "Prog. Mater. Sci."][i % 4], 2012 + i % 11, str(30 + i),
         f"{100 + 47 * i}--{110 + 47 * i}") for i in range(1, 13)]


def tex():
    def u(t):
        return t.replace("mA cm-2", "mA cm$^{-2}$").replace("%", "\\%")

    items = "".join(rf"\item {name} [{ref}]: {u(figs)}" for name, ref, figs, *_ in BULLETS)
    rows = " ".join(rf"{n} & {j} & {q} & {ce} & {c} & [{r}] \\" for n, j, q, ce, c, r, _ in TABLE)
    table = (r"\begin{table*}[t]\centering\caption{Conductive hosts tested in Li$\|$Cu cells.}"
             r"\begin{tabular}{lccccc}\hline Host & Current density & Capacity & Average & Cycle & Ref. \\"
             r" & (mA cm$^{-2}$) & (mAh cm$^{-2}$) & CE (\%) & number & \\\hline " + rows
             + r"\hline\end{tabular}\end{table*}")
    o = [r"\documentclass[twocolumn,10pt]{article}\usepackage{mathptmx}\usepackage[T1]{fontenc}"
         r"\usepackage[margin=17mm]{geometry}",
         r"\title{\bfseries " + title + r"}\author{Hana Ito and Omar Haddad}\date{}\begin{document}\maketitle",
         r"\begin{abstract}This tutorial review walks through the choices a designer of a structured lithium anode "
         r"makes, and lists the figures of recent works for each.\end{abstract}",
         r"\section*{1. Design rules}Three rules follow from the physics of plating [1--3]:\begin{enumerate}"
         r"\item Keep the local current density below 0.5 mA cm$^{-2}$ wherever lithium plates.\item Give lithium "
         r"room to grow inside the host.\item Protect every surface lithium touches.\end{enumerate}",
         r"\section*{2. Recent works at a glance}The works below follow these rules in different ways:"
         r"\begin{itemize}" + items + r"\end{itemize}" + table,
         r"\section*{3. Conductive hosts}Table 1 compares three conductive hosts tested in the same kind of cell.",
         r"\section*{4. Outlook}Hosts that meet all three rules at once are still rare [11, 12]."]
    o.append(r"\begin{thebibliography}{99}\small")
    for a, j, y, v, p in refs:
        o.append(rf"\bibitem{{}} {a}, \textit{{{j}}}, {y}, \textbf{{{v}}}, {p}.")
    o.append(r"\end{thebibliography}\end{document}")
    return "\n\n".join(o)


def gold():
    g = review_gold(title, S, refs, separator=" and ")
    for r in g["references"]:
        r["pages"] = r["pages"].replace("--", "–")
    return g
