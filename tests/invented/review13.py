"""Invented review 13: a two-column review in a Nature-family manner: superscript citations, a work introduced in one
sentence and its figures given in the next by a pointer ('The resulting electrode …', 'This separator …'), one
sentence that reports two works with 'whereas', a figure shared by two works named in apposition ('Two carbon hosts, a …^{9} and a …^{10}, both exceeded 1,000 h'),
'>99%' and 'nearly 2,000 h', a baseline of bare copper in the same sentence, a follow-up by the same group, a caption
whose panels report a cited work's figures, a table with '–' for values not reported, and references in the style
'1. Okafor, B. & Ito, K. Title. J. Name 4, 123–130 (2019).'"""
import re

from invented.common import NAMES, review_gold

title = "Designing the lithium metal anode from the current collector to the interphase"
S = []


def s(i, name, aliases, cls, sub, ref, *figs):
    S.append((i, name, aliases, cls, sub, ref, list(figs)))


P = [
    ("Introduction", "Rechargeable lithium metal batteries could store twice the energy of today's lithium-ion "
     "cells^{1,2}. Dendrites and the endless reformation of the interphase, however, consume lithium and "
     "electrolyte^{3}."),
    ("Conductive scaffolds",
     "Varga and colleagues grew vertical graphene sheets on a stainless-steel mesh^{4}. The resulting electrode plated "
     "lithium at 3 mA cm-2 for nearly 2,000 h without a short circuit. A copper foam with a cuprous oxide skin^{5} "
     "kept an average Coulombic efficiency above 98.7% for 450 cycles, whereas bare copper foil fell below 90% "
     "within 80 cycles. The same group later replaced the oxide with a sulfide skin^{6}, which lowered the "
     "nucleation barrier to 11 mV. A titanium nitride nanowire array on carbon cloth^{7} reached an average "
     "Coulombic efficiency of 99.3% at 2 mA cm-2, whereas a molybdenum carbide film on nickel^{8} held 98.1% at the "
     "same current. Two carbon hosts, a hollow carbon sphere film^{9} and a carbon nanotube sponge^{10}, both "
     "exceeded 1,000 h in symmetric cells."),
    ("Insulating frameworks and separators",
     "Quiroga et al. electrospun a polyacrylonitrile membrane loaded with aluminium fluoride particles^{11}. This "
     "separator raised the lithium transference number to 0.61 and kept Li||NCM811 cells at 88.5% of their capacity "
     "after 300 cycles."),
    ("Interphases", "A lithium tin alloy layer^{12} and a lithium nitride film^{13} are compared in Table 1 with "
     "two coatings made by atomic layer deposition^{14,15}."),
    ("Outlook", "Lean electrolyte and high areal capacity will decide which of these designs survive^{16}."),
]
s("V13-01", "vertical graphene sheets on a stainless-steel mesh", ["vertical graphene sheets on a stainless-steel mesh",
  "vertical graphene sheets"], "ConductiveFramework", "CarbonBasedFramework", 4,
  ("CurrentDensity", 3, "mA cm-2"), ("Lifespan", 2000, "h"))
s("V13-02", "copper foam with a cuprous oxide skin", ["copper foam with a cuprous oxide skin", "copper foam"],
  "ConductiveFramework", "MetalBasedFramework", 5, ("CoulombicEfficiency", 98.7, "%"), ("CycleNumber", 450, "cycles"))
s("V13-03", "copper foam with a sulfide skin", ["sulfide skin", "copper foam with a sulfide skin"],
  "ConductiveFramework", "MetalBasedFramework", 6, ("Overpotential", 11, "mV"))
s("V13-04", "titanium nitride nanowire array on carbon cloth", ["titanium nitride nanowire array on carbon cloth",
  "titanium nitride nanowire array"], "ConductiveFramework", "CarbonBasedFramework", 7,
  ("CoulombicEfficiency", 99.3, "%"), ("CurrentDensity", 2, "mA cm-2"))
s("V13-05", "molybdenum carbide film on nickel", ["molybdenum carbide film on nickel", "molybdenum carbide film"],
  "ConductiveFramework", "MetalBasedFramework", 8, ("CoulombicEfficiency", 98.1, "%"), ("CurrentDensity", 2, "mA cm-2"))
s("V13-06", "polyacrylonitrile membrane loaded with aluminium fluoride particles",
  ["polyacrylonitrile membrane loaded with aluminium fluoride particles", "polyacrylonitrile membrane"],
  "NonConductiveFramework", "FunctionalSeparator", 11, ("LithiumTransferenceNumber", 0.61, ""),
  ("CapacityRetention", 88.5, "%"), ("CycleNumber", 300, "cycles"))
s("V13-07", "hollow carbon sphere film", ["hollow carbon sphere film"], "ConductiveFramework", "CarbonBasedFramework",
  9, ("Lifespan", 1000, "h"))
s("V13-08", "carbon nanotube sponge", ["carbon nanotube sponge"], "ConductiveFramework", "CarbonBasedFramework", 10,
  ("Lifespan", 1000, "h"))
TABLE = [("Lithium tin alloy layer", "ArtificialSEI", "1", "–", "1,500", 12),
         ("Lithium nitride film", "ArtificialSEI", "2", "98.9", "–", 13),
         ("ALD alumina coating", "ArtificialSEI", "1", "–", "650", 14),
         ("ALD zinc oxide coating", "ArtificialSEI", "0.75", "98.2", "–", 15)]
for name, sub, j, ce, life, ref in TABLE:
    figs = [("CurrentDensity", float(j), "mA cm-2")]
    if ce != "–":
        figs.append(("CoulombicEfficiency", float(ce), "%"))
    if life != "–":
        figs.append(("Lifespan", float(life.replace(",", "")), "h"))
    s(f"V13-T{ref}", name, [name], "NanostructuredSEI", sub, ref, *figs)
JOURNALS = ["Nat. Energy", "Joule", "Nat. Commun.", "Adv. Mater.", "Energy Environ. Sci.", "Nano Lett."]
refs = [([f"{NAMES[(i * 7 + 4) % len(NAMES)]}, {chr(66 + i % 16)}.", f"{NAMES[(i * 11 + 1) % len(NAMES)]}, "
          f"{chr(72 + i % 11)}."], f"A structured lithium anode {i}", JOURNALS[i % 6], 2013 + i % 10, str(2 + i),
         f"{100 + 23 * i}–{108 + 23 * i}") for i in range(1, 17)]


def tex():
    def sub(t):
        t = re.sub(r"\^\{([\d,–-]+)\}", lambda m: "@@" + m.group(1).replace("-", "--") + "@@", t)
        t = (t.replace("mA cm-2", "mA\\,cm$^{-2}$").replace("%", "\\%").replace("||", "$\\|$")
             .replace("NCM811", "NCM811"))
        return re.sub(r"@@(.*?)@@", lambda m: "\\textsuperscript{" + m.group(1) + "}", t)

    rows = " ".join(rf"{n} & {j} & {ce} & {life} & {ref} \\" for n, _, j, ce, life, ref in TABLE)
    table = (r"\begin{table}[t]\centering\small\caption{Interphases compared in lithium cells.}"
             r"\begin{tabular}{lcccc}\hline Interphase & $j$ (mA\,cm$^{-2}$) & CE (\%) & Life (h) & Ref. \\\hline "
             + rows + r"\hline\end{tabular}\end{table}")
    figure = (r"\begin{figure}[t]\centering\fbox{\rule{0pt}{25mm}\hspace{60mm}}\caption{\textbf{Plating on a "
              r"nitride host.} \textbf{a}, Lithium plated on the titanium nitride nanowire array. \textbf{b}, Its "
              r"Coulombic efficiency against bare carbon cloth. Adapted from ref.~7.}\end{figure}")
    o = [r"\documentclass[twocolumn,10pt]{article}\usepackage{helvet}\renewcommand{\familydefault}{\sfdefault}"
         r"\usepackage[T1]{fontenc}\usepackage[margin=16mm]{geometry}",
         r"\title{\bfseries " + title + r"}\author{Amara Osei, Lucas Weber and Hana Suzuki}\date{}"
         r"\begin{document}\maketitle",
         r"\begin{abstract}Where lithium plates decides how long a lithium metal cell lives. We follow the anode "
         r"from its current collector through separators to its interphase and compare the figures reported for "
         r"each design.\end{abstract}"]
    for h, t in P:
        o += [r"\section*{" + h + "}", sub(t)]
        if h.startswith("Conductive"):
            o.append(figure)
        if h.startswith("Interphases"):
            o.append(table)
    o += [r"\section*{References}", r"{\footnotesize"]
    for k, (a, t, j, y, v, p) in enumerate(refs, 1):
        authors = r" \& ".join(a)
        o.append(rf"\noindent {k}.~{authors} {t}. \textit{{{j}}} \textbf{{{v}}}, {p.replace('–', '--')} "
                 rf"({y}).\par")
    o.append(r"}\end{document}")
    return "\n\n".join(o)


def gold():
    g = review_gold(title, S, [(", ".join(a), j, y, v, p) for a, t, j, y, v, p in refs])
    for r, ref in zip(g["references"], refs, strict=True):
        r["authors"] = [" ".join(reversed(x.split(", "))) for x in ref[0]]
    return g
