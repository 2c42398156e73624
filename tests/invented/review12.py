"""Invented review 12: a single-column review in an open-access publisher's manner: numbered headings ('2.1.'),
bracketed citations that are a sentence's subject ('Reference [5] describes …', 'As reported in [4], …', 'Ref. [7]
used …'), units with a middle dot ('mA·cm−2', 'mAh·cm−2'), lifespans in words ('more than 700 hours'), a caption
that credits its source ('Reprinted with permission from [5]. Copyright 2020, …'), a table of interphases whose test
cell holds both conditions ('1 mA·cm−2, 1 mAh·cm−2') and whose 'Ref.' column holds '[11]', and numbered references
written 'Surname, A.; Surname, B. Title. Journal Year, Volume, pages.'"""
import re

from invented.common import NAMES, given_name_first, review_gold

title = "Structured Lithium Metal Anodes: Hosts, Separators and Interphases"
S = []


def s(i, name, aliases, cls, sub, ref, *figs):
    S.append((i, name, aliases, cls, sub, ref, list(figs)))


P = [
    ("1. Introduction", "Lithium metal offers a theoretical capacity of 3860 mAh·g-1 and the lowest potential of all "
     "anodes [1,2]. Its dendrites, dead lithium and unstable interphase, however, keep it out of commercial cells "
     "[3]. Structured hosts, separators and interphases address these problems from different sides."),
    ("2. Conductive Hosts", ""),
    ("2.1. Carbon-Based Hosts",
     "As reported in [4], a carbon nanofiber mat decorated with zinc oxide kept an average Coulombic efficiency of "
     "98.6% over 300 cycles at 1.5 mA·cm-2. Reference [5] describes a holey graphene foam that sustained symmetric "
     "cycling for more than 700 hours with a voltage hysteresis of ~25 mV. In the work of Haddad et al. [6], a "
     "nitrogen-doped carbon cloth hosted 10 mAh·cm-2 of lithium without any dendrites."),
    ("2.2. Metal-Based Hosts",
     "Ref. [7] used a three-dimensional copper mesh loaded with silver nanoparticles; its Coulombic efficiency "
     "remained at 97.9% after 200 cycles. Similarly, nickel foam coated with a thin gold layer [8] lowered the "
     "nucleation overpotential to only 8 mV."),
    ("3. Non-Conductive Frameworks",
     "A polyimide nanofiber separator coated with silica [9] extended the life of Li||LFP cells to 1000 cycles. "
     "The ionic conductivity of a garnet nanoparticle-filled PEO electrolyte reached 0.42 mS·cm-1 at 30 °C [10]."),
    ("4. Artificial Interphases", "Table 1 summarizes several artificial SEI layers tested in symmetric cells."),
    ("5. Conclusions", "Pouch cells with lean electrolyte remain the decisive test for every design above [14]."),
]
s("V12-01", "carbon nanofiber mat decorated with zinc oxide", ["carbon nanofiber mat decorated with zinc oxide",
  "carbon nanofiber mat"], "ConductiveFramework", "CarbonBasedFramework", 4,
  ("CoulombicEfficiency", 98.6, "%"), ("CycleNumber", 300, "cycles"), ("CurrentDensity", 1.5, "mA cm-2"))
s("V12-02", "holey graphene foam", ["holey graphene foam"], "ConductiveFramework", "CarbonBasedFramework", 5,
  ("Lifespan", 700, "h"), ("VoltageHysteresis", 25, "mV"))
s("V12-03", "nitrogen-doped carbon cloth", ["nitrogen-doped carbon cloth"], "ConductiveFramework",
  "CarbonBasedFramework", 6, ("ArealCapacity", 10, "mA h cm-2"))
s("V12-04", "three-dimensional copper mesh loaded with silver nanoparticles",
  ["three-dimensional copper mesh loaded with silver nanoparticles", "three-dimensional copper mesh"],
  "ConductiveFramework", "MetalBasedFramework", 7, ("CoulombicEfficiency", 97.9, "%"), ("CycleNumber", 200, "cycles"))
s("V12-05", "nickel foam coated with a thin gold layer", ["nickel foam coated with a thin gold layer", "nickel foam"],
  "ConductiveFramework", "MetalBasedFramework", 8, ("Overpotential", 8, "mV"))
s("V12-06", "polyimide nanofiber separator coated with silica", ["polyimide nanofiber separator coated with silica",
  "polyimide nanofiber separator"], "NonConductiveFramework", "FunctionalSeparator", 9, ("CycleNumber", 1000, "cycles"))
s("V12-07", "garnet nanoparticle-filled PEO electrolyte", ["garnet nanoparticle-filled PEO electrolyte"],
  "NonConductiveFramework", "NanoparticleElectrolyte", 10, ("IonicConductivity", 0.42, "mS cm-1"), ("Temperature", 30, "°C"))
TABLE = [("LiF-rich polymer layer", 45, "1", "1", 900, 11), ("Li3PO4 coating", 25, "0.4", "1", 1200, 12),
         ("Alucone film", 12, "3", "1", 400, 13)]
for layer, thick, j, q, life, ref in TABLE:
    s(f"V12-T{ref}", layer, [layer], "NanostructuredSEI", "ArtificialSEI", ref, ("Thickness", thick, "nm"),
      ("CurrentDensity", float(j), "mA cm-2"), ("ArealCapacity", float(q), "mA h cm-2"), ("Lifespan", life, "h"))
JOURNALS = ["Adv. Energy Mater.", "ACS Nano", "Nano Energy", "Batteries", "J. Power Sources", "Energy Storage Mater."]
refs = [([f"{NAMES[(i * 5 + 2) % len(NAMES)]}, {chr(65 + i % 17)}.", f"{NAMES[(i * 3 + 9) % len(NAMES)]}, "
          f"{chr(70 + i % 13)}."], f"Lithium anode design study {i}", JOURNALS[i % 6], 2014 + i % 9, str(5 + i),
         str(1000 + 37 * i)) for i in range(1, 15)]


def unit(t):
    """Units with a middle dot and raised powers, as this publisher sets them."""
    t = re.sub(r"(m?A?h?)·(cm|g)-(\d)", r"\1$\\cdot$\2$^{-\3}$", t)
    return t.replace("mS·cm$", "mS$\\cdot$cm$").replace("%", "\\%").replace("||", "$\\|$").replace("~", "$\\sim$") \
        .replace("°C", "$^\\circ$C")


def tex():
    rows = " ".join(rf"{layer.replace('Li3PO4', 'Li$_3$PO$_4$')} & {t} nm & {j} mA$\cdot$cm$^{{-2}}$, {q} "
                    rf"mAh$\cdot$cm$^{{-2}}$ & {life} h & [{ref}] \\" for layer, t, j, q, life, ref in TABLE)
    table = (r"\begin{table}[h]\centering\small\caption{Artificial SEI layers in Li$\|$Li symmetric cells.}"
             r"\begin{tabular}{lcccc}\hline Layer & Thickness & Test Condition & Lifespan & Ref. \\\hline " + rows
             + r"\hline\end{tabular}\end{table}")
    figure = (r"\begin{figure}[h]\centering\fbox{\rule{0pt}{28mm}\hspace{70mm}}\caption{(\textbf{a}) Schematic of "
              r"lithium plating in a holey graphene foam; (\textbf{b}) voltage profiles of its symmetric cells. "
              r"Reprinted with permission from [5]. Copyright 2020, American Chemical Society.}\end{figure}")
    o = [r"\documentclass[10pt]{article}\usepackage{mathpazo}\usepackage[T1]{fontenc}\usepackage[margin=25mm]{geometry}"
         r"\usepackage{caption}\captionsetup{labelsep=period,font=small}"
         r"\renewcommand{\figurename}{Figure}",
         r"\title{\bfseries " + title + r"}\author{Marta Pereira and Daniel Ito}\date{}\begin{document}\maketitle",
         r"\noindent\textbf{Abstract:} Lithium metal anodes need structures that guide plating and protect the metal. "
         r"This review compares conductive hosts, non-conductive frameworks and artificial interphases by the figures "
         r"their authors report.\par\smallskip\noindent\textbf{Keywords:} lithium metal anode; host; separator; SEI"]
    for h, t in P:
        cmd = "subsection*" if re.match(r"\d\.\d", h) else "section*"
        o += [rf"\{cmd}{{{h}}}", unit(t).replace("[1,2]", "[1,2]")]
        if h.startswith("2.1."):
            o.append(figure)
        if h.startswith("4."):
            o.append(table)
    o += [r"\section*{References}", r"{\small"]
    for k, (a, t, j, y, v, p) in enumerate(refs, 1):
        o.append(rf"\noindent {k}.~{'; '.join(a)} {t}. \textit{{{j}}} \textbf{{{y}}}, \textit{{{v}}}, {p}.\par")
    o.append(r"}\end{document}")
    return "\n\n".join(o)


def gold():
    g = review_gold(title, S, [(", ".join(a), j, y, v, p) for a, t, j, y, v, p in refs])
    for r, ref in zip(g["references"], refs, strict=True):
        r["authors"] = given_name_first(ref[0])
    return g
