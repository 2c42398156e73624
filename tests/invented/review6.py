"""Invented review 6: Advanced-Materials-like review (Wiley): two columns, numbered sections whose headings name kinds
in other words ('3D Current Collectors', 'Ceramic and Polymer Scaffolds', 'Engineered Interphases'), works
attributed to groups ('Okafor and co-workers', 'the group of Moreau', 'Varga's group', 'Brandt et al.'),
superscript bracket citations, two works in one sentence ('While the X host[40] kept …, the Y host[41] reached …'),
'respectively' across two cited works, a baseline 'compared with 40 mV for bare Cu', captions 'Reproduced with
permission.[39] Copyright 2020, …', Wiley references without titles."""
from invented.common import NAMES, latex, review_gold

title = "Micro- and Nanostructured Lithium Metal Anodes: Hosts, Scaffolds and Interphases"
S = []


def s(i, name, aliases, cls, sub, ref, *figs):
    S.append((i, name, aliases, cls, sub, ref, list(figs)))


P = [
    ("1. Introduction",
     "Lithium metal anodes combine a capacity of 3860 mA h g-1 with the lowest electrode potential,^{[1-3]} yet their "
     "dendrites and unstable interphase have kept them out of commercial cells.^{[4-8]} Micro- and nanostructures "
     "address both problems. This Review follows them from the host to the interphase."),
    ("2. 3D Current Collectors", ""),
    ("2.1. Carbon Frameworks",
     "Okafor and co-workers developed a hollow carbon fiber mat that held lithium inside its fibers and kept a "
     "Coulombic efficiency of 98.8% for 500 cycles at 1 mA cm-2.^{[34]} Brandt et al.^{[35]} reported a "
     "nitrogen-doped carbon cloth whose nucleation overpotential was only 12 mV, compared with 40 mV for bare Cu."),
    ("2.2. Metallic Frameworks",
     "While the nickel foam host^{[40]} kept a Coulombic efficiency of 95.0% for 100 cycles, the copper foam host^{[41]} "
     "reached 97.5% for 200 cycles. In 2019, the group of Moreau^{[36]} plated gold seeds into a copper mesh, which "
     "cycled for 1500 h at 2 mA cm-2."),
    ("3. Ceramic and Polymer Scaffolds",
     "Varga's group^{[37]} cast a garnet nanofiber scaffold into a polymer electrolyte that conducted 0.45 mS cm-1 at "
     "room temperature. A polyimide nanofiber scaffold coated with zinc oxide sustained 1200 h of symmetric cycling "
     "at 3 mA cm-2.^{[38]}"),
    ("4. Engineered Interphases",
     "Artificial layers made before assembly protect the metal from the electrolyte. The LiF^{[42]} and Li3N^{[43]} "
     "coatings extended the lifespan of Li||Li cells to 700 and 900 h, respectively. Silva and co-workers^{[44]} "
     "instead grew an alucone film of about 15 nm by molecular layer deposition."),
    ("5. Conclusions and Outlook",
     "Hosts lower the local current density, scaffolds carry the ions and interphases keep the electrolyte away; the "
     "best anodes will combine all three."),
]
s("V6-01", "hollow carbon fiber mat", ["hollow carbon fiber mat"], "ConductiveFramework", "CarbonBasedFramework", 34,
  ("CoulombicEfficiency", 98.8, "%"), ("CycleNumber", 500, "cycles"), ("CurrentDensity", 1, "mA cm-2"))
s("V6-02", "nitrogen-doped carbon cloth", ["nitrogen-doped carbon cloth"], "ConductiveFramework", "CarbonBasedFramework",
  35, ("Overpotential", 12, "mV"))
s("V6-03", "nickel foam host", ["nickel foam host", "nickel foam"], "ConductiveFramework", "MetalBasedFramework", 40,
  ("CoulombicEfficiency", 95.0, "%"), ("CycleNumber", 100, "cycles"))
s("V6-04", "copper foam host", ["copper foam host", "copper foam"], "ConductiveFramework", "MetalBasedFramework", 41,
  ("CoulombicEfficiency", 97.5, "%"), ("CycleNumber", 200, "cycles"))
s("V6-05", "gold-seeded copper mesh", ["copper mesh", "gold seeds", "gold seeds into a copper mesh"],
  "ConductiveFramework", "MetalBasedFramework", 36, ("Lifespan", 1500, "h"), ("CurrentDensity", 2, "mA cm-2"))
s("V6-06", "garnet nanofiber scaffold", ["garnet nanofiber scaffold"], "NonConductiveFramework",
  "NanoparticleElectrolyte", 37, ("IonicConductivity", 0.45, "mS cm-1"))
s("V6-07", "zinc-oxide-coated polyimide nanofiber scaffold", ["polyimide nanofiber scaffold",
  "polyimide nanofiber scaffold coated with zinc oxide"], "NonConductiveFramework", "NonConductiveScaffold", 38,
  ("Lifespan", 1200, "h"), ("CurrentDensity", 3, "mA cm-2"))
s("V6-08", "LiF coating", ["LiF coating", "LiF"], "NanostructuredSEI", "ArtificialSEI", 42, ("Lifespan", 700, "h"))
s("V6-09", "Li3N coating", ["Li3N coating", "Li3N"], "NanostructuredSEI", "ArtificialSEI", 43, ("Lifespan", 900, "h"))
s("V6-10", "alucone film", ["alucone film"], "NanostructuredSEI", "ArtificialSEI", 44, ("Thickness", 15, "nm"))
CAPTION = ("Figure 3. a) Schematic of gold seeds guiding lithium into a copper mesh. b) Voltage profiles of the cells. "
           "Reproduced with permission.^{[36]} Copyright 2019, Invented Publishing.")
refs = [(f"{chr(65 + i % 26)}. {NAMES[(i * 5 + 3) % len(NAMES)]}, {chr(66 + i % 20)}. {NAMES[(i * 11 + 7) % len(NAMES)]}",
         ["Adv. Mater.", "Adv. Energy Mater.", "Angew. Chem. Int. Ed.", "Nano Lett."][i % 4], 2011 + i % 13,
         str(20 + i % 15), f"{1700000 + 311 * i}" if i % 4 < 2 else f"{4000 + 41 * i}") for i in range(1, 51)]


def tex():
    import re

    def sub(t):
        t = re.sub(r"\^\{\[([0-9,\-]+)\]\}", lambda m: "@@" + m.group(1).replace("-", "--") + "@@", t)
        t = latex(t, ("Li3N",))
        return re.sub(r"@@(.*?)@@", lambda m: "\\textsuperscript{[" + m.group(1) + "]}", t)

    o = [r"\documentclass[twocolumn]{article}\usepackage{helvet}\renewcommand{\familydefault}{\sfdefault}"
         r"\usepackage[T1]{fontenc}\usepackage[margin=15mm]{geometry}",
         r"\title{\bfseries " + title + r"}\author{Pedro Santos, Yuki Suzuki, and Anna Lehmann*}\date{}"
         r"\begin{document}\maketitle",
         r"\noindent\textbf{Abstract:} Lithium metal is the anode of choice for batteries beyond lithium-ion. This "
         r"Review surveys micro- and nanostructured designs that stabilize it: conductive hosts, insulating scaffolds "
         r"and engineered interphases."]
    for h, t in P:
        o.append((r"\subsection*{" if h.count(".") > 1 else r"\section*{") + h + "}")
        if t:
            o.append(sub(t))
        if h.startswith("2.2"):
            o.append(r"\begin{figure}[h]\small\noindent " + sub(CAPTION).replace("Figure 3.", r"\textbf{Figure 3.}")
                     + r"\end{figure}")
    o += [r"\section*{References}", r"{\small"]
    for k, (a, j, y, v, p) in enumerate(refs, 1):
        o.append(rf"\noindent [{k}] {a}, \textit{{{j}}} \textbf{{{y}}}, \textit{{{v}}}, {p}.\par")
    o.append(r"}\end{document}")
    return "\n\n".join(o)


def gold():
    return review_gold(title, S, refs)
