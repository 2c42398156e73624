"""Invented review 7: Chemical-Reviews-like (ACS) review: superscript numbers after punctuation ('… cycles.^{45}'),
'ca.' and 'approximately', 'a 4-fold longer lifespan than bare Li (200 h)', works named by first author ('as Okafor
et al. showed'), a follow-up by the same group ('In a follow-up study,^{52} the same group …'), a summary table
of cited hosts with combined condition cells ('1/1' for mA cm-2 / mA h cm-2), a 'ref' column, and a sentence
that states a figure of lithium itself. ACS references with titles."""
from invented.common import NAMES, given_name_first, latex, review_gold

title = "Structured Lithium Metal Anodes: From Three-Dimensional Hosts to Designed Interphases"
S = []


def s(i, name, aliases, cls, sub, ref, *figs):
    S.append((i, name, aliases, cls, sub, ref, list(figs)))


P = [
    ("1. INTRODUCTION",
     "With a theoretical capacity of 3860 mA h g-1, lithium metal remains the ultimate anode.^{1-4} Its dendrites, "
     "however, pierce separators and its interphase consumes electrolyte.^{5-9} This review gathers the structures "
     "that tame both."),
    ("2. CONDUCTIVE HOSTS", ""),
    ("2.1. Carbon Hosts",
     "As Okafor et al. showed, a vertically aligned carbon nanosheet array lowered the local current density so much that "
     "Li||Cu cells kept a Coulombic efficiency of ca. 98.9% over 400 cycles at 2 mA cm-2.^{45} A boron-doped carbon "
     "felt cycled for 1600 h in symmetric cells, an approximately 8-fold longer lifespan than bare Li (200 h).^{46} "
     "In a follow-up study,^{47} the same group coated the felt with tin oxide and raised the areal capacity it could "
     "hold to 12 mA h cm-2."),
    ("2.2. Metal Hosts",
     "Three-dimensional titanium nitride nanowire arrays grown on nickel foam reduced the nucleation overpotential to "
     "approximately 9 mV.^{48} Table 2 compares further hosts."),
    ("3. NONCONDUCTIVE FRAMEWORKS",
     "A basalt-fiber cloth decorated with titania, placed between separator and lithium, extended the life of "
     "symmetric cells to 2100 h at 1 mA cm-2.^{53} Polyacrylonitrile fibers loaded with LLZO particles formed a "
     "composite electrolyte whose Li+ transference number reached 0.61.^{54}"),
    ("4. ARTIFICIAL INTERPHASES",
     "A Li2SiO3 layer formed by reacting lithium with a silicate ester was ca. 50 nm thick and had a Young's "
     "modulus of 10 GPa.^{55} Coating lithium with a lithiated sulfonated polyimide film, Brandt and co-workers obtained "
     "1000 h of stable cycling at 3 mA cm-2 with an overpotential below 50 mV.^{56}"),
    ("5. OUTLOOK",
     "Hosts, frameworks and interphases solve different parts of one problem; a practical anode will need all "
     "three."),
]
s("V7-01", "vertically aligned carbon nanosheet array", ["vertically aligned carbon nanosheet array", "carbon nanosheet array"],
  "ConductiveFramework", "CarbonBasedFramework", 45, ("CoulombicEfficiency", 98.9, "%"), ("CycleNumber", 400, "cycles"),
  ("CurrentDensity", 2, "mA cm-2"))
s("V7-02", "boron-doped carbon felt", ["boron-doped carbon felt", "carbon felt"], "ConductiveFramework",
  "CarbonBasedFramework", 46, ("Lifespan", 1600, "h"))
s("V7-03", "tin-oxide-coated carbon felt", ["tin oxide", "felt with tin oxide", "tin-oxide-coated felt"],
  "ConductiveFramework", "CarbonBasedFramework", 47, ("ArealCapacity", 12, "mA h cm-2"))
s("V7-04", "titanium nitride nanowire arrays on nickel foam", ["titanium nitride nanowire arrays",
  "titanium nitride nanowire arrays grown on nickel foam", "TiN nanowire arrays"], "ConductiveFramework",
  "MetalBasedFramework", 48, ("Overpotential", 9, "mV"))
TABLE_ROWS = [
    ("Ni nanocone foam", "1/1", 98.4, 300, 49, "MetalBasedFramework"),
    ("Ag-plated Ni mesh", "0.5/1", 98.9, 250, 50, "MetalBasedFramework"),
    ("nitrogen-rich carbon nanosheet stack", "2/2", 99.0, 500, 51, "CarbonBasedFramework"),
    ("ZnO-coated Cu foam", "1/2", 97.8, 180, 52, "MetalBasedFramework"),
]
for k, (host, cond, ce, n, ref, sub) in enumerate(TABLE_ROWS):
    j, q = (float(x) for x in cond.split("/"))
    s(f"V7-T{k}", host, [host], "ConductiveFramework", sub, ref, ("CurrentDensity", j, "mA cm-2"),
      ("ArealCapacity", q, "mA h cm-2"), ("CoulombicEfficiency", ce, "%"), ("CycleNumber", n, "cycles"))
s("V7-05", "titania-decorated basalt-fiber cloth", ["basalt-fiber cloth", "basalt-fiber cloth decorated with titania",
  "titania-decorated basalt-fiber cloth"], "NonConductiveFramework", "FunctionalSeparator", 53, ("Lifespan", 2100, "h"),
  ("CurrentDensity", 1, "mA cm-2"))
s("V7-06", "LLZO-loaded polyacrylonitrile fibers", ["polyacrylonitrile fibers", "Polyacrylonitrile fibers",
  "composite electrolyte", "polyacrylonitrile fibers loaded with LLZO particles"], "NonConductiveFramework",
  "NanoparticleElectrolyte", 54, ("TransferenceNumber", 0.61, ""))
s("V7-07", "Li2SiO3 layer", ["Li2SiO3 layer", "Li2SiO3"], "NanostructuredSEI", "ArtificialSEI", 55, ("Thickness", 50, "nm"),
  ("YoungsModulus", 10, "GPa"))
s("V7-08", "lithiated sulfonated polyimide film", ["lithiated sulfonated polyimide film", "sulfonated polyimide film", "lithiated sulfonated polyimide"], "NanostructuredSEI",
  "ArtificialSEI", 56, ("Lifespan", 1000, "h"), ("CurrentDensity", 3, "mA cm-2"), ("Overpotential", 50, "mV"))
TABLE = (r"\begin{table*}[t]\centering\small\caption{Representative Metal and Carbon Hosts in Li$\|$Cu Cells}"
         r"\begin{tabular}{lcccc}\hline host & $j$/$Q$ (mA cm$^{-2}$/mA h cm$^{-2}$) & CE (\%) & cycles & ref \\\hline "
         + " ".join(rf"{h} & {c} & {ce} & {n} & {r} \\" for h, c, ce, n, r, _ in TABLE_ROWS)
         + r"\hline\end{tabular}\end{table*}")
refs = [(f"{NAMES[(i * 5 + 3) % len(NAMES)]}, {chr(65 + i % 26)}.; {NAMES[(i * 11 + 7) % len(NAMES)]}, "
         f"{chr(66 + i % 20)}.", f"Invented structured anode study {i}",
         ["J. Am. Chem. Soc.", "ACS Energy Lett.", "Chem. Rev.", "ACS Nano"][i % 4], 2010 + i % 14, str(30 + i % 12),
         f"{1000 + 97 * i}") for i in range(1, 61)]


def gold():
    g = review_gold(title, S, [(a.replace(".; ", ". @@ "), t, j, y, v, p) for a, t, j, y, v, p in refs],
                    separator=" @@ ")
    for r, ref in zip(g["references"], refs, strict=True):
        r["title"] = ref[1]
        r["authors"] = given_name_first(r["authors"])
    return g


def tex():
    import re

    def sub(t):
        t = re.sub(r"\^\{([0-9,\-]+)\}", lambda m: "@@" + m.group(1).replace("-", "--") + "@@", t)
        t = latex(t, ("Li2SiO3",)).replace("Young's", "Young’s").replace("Li+", "Li$^+$").replace("||", "$\\|$")
        return re.sub(r"@@(.*?)@@", lambda m: "\\textsuperscript{" + m.group(1) + "}", t)

    o = [r"\documentclass[twocolumn]{article}\usepackage{mathptmx}\usepackage[T1]{fontenc}"
         r"\usepackage[margin=16mm]{geometry}",
         r"\title{\bfseries " + title + r"}\author{Rafael Costa, Ingrid Larsen, and Wei Ito}\date{}"
         r"\begin{document}\maketitle",
         r"\noindent\textbf{ABSTRACT:} Lithium metal anodes fail through dendrites and a fragile interphase. We review "
         r"the micro- and nanostructures that address these failures, from conductive hosts to nonconductive "
         r"frameworks and artificial interphases."]
    for h, t in P:
        o.append((r"\subsection*{" if h.count(".") > 1 and not h.endswith(".") else r"\section*{") + h + "}")
        if t:
            o.append(sub(t))
        if h.startswith("2.2"):
            o.append(TABLE)
    o += [r"\section*{AUTHOR INFORMATION}", "The authors declare no competing financial interest.",
          r"\section*{REFERENCES}", r"{\small"]
    for k, (a, t, j, y, v, p) in enumerate(refs, 1):
        o.append(rf"\noindent ({k}) {a} {t}. \textit{{{j}}} \textbf{{{y}}}, \textit{{{v}}}, {p}--{int(p) + 9}.\par")
    o.append(r"}\end{document}")
    return "\n\n".join(o)
