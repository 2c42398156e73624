"""Invented review 4: numbered class headings (2.1 Carbon hosts ...), two works in one sentence with
'respectively', parenthesised figures after a name, 'up to', a dendrite-free lifespan, an electrolyte additive,
a nanoparticle hybrid electrolyte, background figures of lithium itself, Charter two-column, superscripts."""
import re

from invented.common import NAMES, latex, review_gold

title = "Structured hosts, separators and interphases for lithium metal anodes: a survey of recent designs"
S = []


def s(i, name, aliases, cls, sub, ref, *figs):
    S.append((i, name, aliases, cls, sub, ref, list(figs)))


P = [
    ("1. Introduction",
     "Lithium metal offers a theoretical specific capacity of 3860 mA h g-1 and the lowest electrode potential, yet "
     "dendrites and an unstable interphase shorten its life.^{1-5} Micro- and nanostructured designs address both "
     "problems.^{6-9}"),
    ("2. Conductive frameworks",
     ""),
    ("2.1 Carbon-based hosts",
     "Ndlovu et al.^{31} and Varga et al.^{32} grew zinc oxide nanorods and tin sulfide sheets on carbon cloth, and "
     "the two hosts ran for 1,000 and 800 h, respectively, at 1 mA cm-2. More recently, a gold-seeded carbon "
     "nanofibre host showed a dendrite-free lifespan of 2,000 h at 10 mA cm-2 and 10 mA h cm-2.^{34}"),
    ("2.2 Metal-based hosts",
     "Porous copper-zinc alloy foams (CE 98.4%, 250 cycles)^{35} and nickel-phosphide-coated copper meshes "
     "(CE 97.9%, 180 cycles)^{36} both lower the local current density. A vertically aligned copper microchannel "
     "array kept Coulombic efficiencies of up to 99.0% for 400 cycles.^{37}"),
    ("3. Non-conductive frameworks",
     "A zinc-oxide-coated polyimide nanofibre scaffold kept symmetric cells running for 1,500 h at 3 mA cm-2.^{41} "
     "Separators can also be made functional: a polypropylene separator coated with titanium nitride lowered the "
     "overpotential to 25 mV.^{42} In hybrid electrolytes, silica nanoparticles dispersed in an ionic liquid raised "
     "the ionic conductivity to 2.3 mS cm-1.^{43}"),
    ("4. Nanostructured SEI",
     "Adding lithium nitrate to a carbonate electrolyte gave a Coulombic efficiency of 98.1% over 200 cycles.^{46} "
     "An artificial lithium phosphate layer only 50 nm thick extended the lifespan of Li||Li cells to 900 h.^{47}"),
]
s("R4-01", "ZnO nanorods on carbon cloth", ["zinc oxide nanorods", "carbon cloth", "zinc oxide nanorods on carbon cloth"],
  "ConductiveFramework", "CarbonBasedFramework", 31, ("Lifespan", 1000, "h"), ("CurrentDensity", 1, "mA cm-2"))
s("R4-02", "tin sulfide sheets on carbon cloth", ["tin sulfide sheets", "carbon cloth"],
  "ConductiveFramework", "CarbonBasedFramework", 32, ("Lifespan", 800, "h"), ("CurrentDensity", 1, "mA cm-2"))
s("R4-03", "gold-seeded carbon nanofibre host", ["gold-seeded carbon nanofibre host"], "ConductiveFramework",
  "CarbonBasedFramework", 34, ("DendriteFreeDuration", 2000, "h"), ("CurrentDensity", 10, "mA cm-2"),
  ("ArealCapacity", 10, "mA h cm-2"))
s("R4-04", "porous copper-zinc alloy foam", ["copper-zinc alloy foams", "porous copper-zinc alloy foams"],
  "ConductiveFramework", "MetalBasedFramework", 35, ("CoulombicEfficiency", 98.4, "%"), ("CycleNumber", 250, "cycles"))
s("R4-05", "nickel-phosphide-coated copper mesh", ["nickel-phosphide-coated copper meshes"], "ConductiveFramework",
  "MetalBasedFramework", 36, ("CoulombicEfficiency", 97.9, "%"), ("CycleNumber", 180, "cycles"))
s("R4-06", "vertically aligned copper microchannel array", ["copper microchannel array"], "ConductiveFramework",
  "MetalBasedFramework", 37, ("CoulombicEfficiency", 99.0, "%"), ("CycleNumber", 400, "cycles"))
s("R4-07", "zinc-oxide-coated polyimide nanofibre scaffold", ["polyimide nanofibre scaffold"],
  "NonConductiveFramework", "NonConductiveScaffold", 41, ("Lifespan", 1500, "h"), ("CurrentDensity", 3, "mA cm-2"))
s("R4-08", "titanium-nitride-coated polypropylene separator", ["polypropylene separator"], "NonConductiveFramework",
  "FunctionalSeparator", 42, ("Overpotential", 25, "mV"))
s("R4-09", "silica nanoparticles in an ionic liquid", ["silica nanoparticles", "hybrid electrolytes"],
  "NonConductiveFramework", "NanoparticleElectrolyte", 43, ("IonicConductivity", 2.3, "mS cm-1"))
s("R4-10", "lithium nitrate in carbonate electrolyte", ["lithium nitrate", "carbonate electrolyte"],
  "NanostructuredSEI", "ElectrolyteDerivedSEI", 46, ("CoulombicEfficiency", 98.1, "%"), ("CycleNumber", 200, "cycles"))
s("R4-11", "artificial lithium phosphate layer", ["lithium phosphate layer", "artificial lithium phosphate layer"],
  "NanostructuredSEI", "ArtificialSEI", 47, ("Thickness", 50, "nm"), ("Lifespan", 900, "h"))
refs = [(f"{chr(65 + i % 26)}. {NAMES[(i * 3 + 1) % len(NAMES)]}, {chr(66 + i % 20)}. {NAMES[(i * 11 + 4) % len(NAMES)]}",
         ["Chem. Soc. Rev.", "Adv. Funct. Mater.", "ACS Appl. Mater. Interfaces"][i % 3], 2012 + i % 12, str(8 + i),
         f"{3000 + 11 * i}") for i in range(1, 52)]


def tex():
    def sub(t):
        t = re.sub(r"\^\{([\d,-]+)\}", lambda m: "@@" + m.group(1).replace("-", "--") + "@@", t)
        t = latex(t, ())
        return re.sub(r"@@(.*?)@@", lambda m: "\\textsuperscript{" + m.group(1) + "}", t)

    o = [r"\documentclass[twocolumn]{article}\usepackage{charter}\usepackage[T1]{fontenc}\usepackage[margin=17mm]{geometry}",
         r"\title{" + title + r"}\author{Nomvula Ndlovu and Piotr Varga}\date{}\begin{document}\maketitle",
         r"\begin{abstract}We survey micro- and nanostructured designs for lithium metal anodes: conductive and "
         r"non-conductive frameworks and nanostructured interphases, with the figures their authors reported."
         r"\end{abstract}"]
    for h, t in P:
        o.append((r"\subsection*{" if "." in h.split()[0][:-1] else r"\section*{") + h + "}")
        if t:
            o.append(sub(t))
    o.append(r"\begin{thebibliography}{99}\small")
    for a, j, y, v, p in refs:
        o.append(rf"\bibitem{{}} {a}, \textit{{{j}}}, {y}, \textbf{{{v}}}, {p}.")
    o.append(r"\end{thebibliography}\end{document}")
    return "\n\n".join(o)


def gold():
    return review_gold(title, S, refs)
