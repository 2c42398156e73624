"""Invented review 8: an Elsevier (Energy Storage Mater.)-like review in its single-column preprint form, cited author-year: narrative ('Okafor et al.
(2019) grew …'), parenthetical ('(Brandt and Moreau, 2020)'), two works in one group ('(Varga et al., 2018;
Silva, 2021)'), year letters ('2019a', '2019b'), a table whose 'Reference' column cites author-year, an
alphabetical Harvard list with hanging indents ('Okafor, B., Ito, K., 2019a. Title. J. Power Sources 420, 12–20.')."""
from invented.common import latex, review_gold

title = "Micro- and nanostructured hosts, frameworks and interphases for lithium metal anodes: a review"
# alphabetical Harvard list: (authors "Surname, I."), year (with letter), title, journal, volume, pages
REFS = [
    (["Andersen, L.", "Quinn, P."], "2017", "Early dendrite models", "Electrochim. Acta", "230", "11-19"),
    (["Brandt, S.", "Moreau, J."], "2020", "Woven copper hosts", "J. Power Sources", "451", "227-235"),
    (["Dubois, A.", "Khan, N.", "Lehmann, T."], "2021", "Sulfonate interphases", "Energy Storage Mater.", "35",
     "410-418"),
    (["Fischer, M."], "2016", "Lithium metal safety", "J. Power Sources", "330", "1-9"),
    (["Garcia, R.", "Hansen, E."], "2022", "Nitride nanowire felts", "Nano Energy", "92", "106710"),
    (["Okafor, B.", "Ito, K."], "2019a", "Vanadium nitride arrays", "Energy Storage Mater.", "20", "12-20"),
    (["Okafor, B.", "Ito, K.", "Reyes, D."], "2019b", "Vanadium nitride arrays in full cells", "J. Energy Chem.",
     "38", "88-96"),
    (["Petrov, V.", "Santos, L."], "2018", "Polyimide nanofibre mats", "J. Membr. Sci.", "560", "300-308"),
    (["Silva, D."], "2021", "Ceramic-polymer separators", "J. Mater. Chem. A", "9", "5050-5060"),
    (["Varga, A.", "Weber, F.", "Young, R."], "2018", "Alumina-coated separators", "J. Power Sources", "395",
     "140-148"),
    (["Yilmaz, O.", "Costa, P."], "2020", "Fluorinated polymer layers", "Chem. Eng. J.", "390", "124570"),
]
NUM = {r[0][0].split(",")[0] + r[1]: k for k, r in enumerate(REFS, 1)}     # "Okafor2019a" → 6
S = []


def s(i, name, aliases, cls, sub, ref, *figs):
    S.append((i, name, aliases, cls, sub, NUM[ref], list(figs)))


P = [
    ("1. Introduction",
     "Lithium metal is the anode of choice for high-energy batteries, but it grows dendrites and reacts with every "
     "electrolyte (Andersen and Quinn, 2017; Fischer, 2016). Structured anodes address both problems."),
    ("2. Conductive hosts",
     "Okafor et al. (2019a) grew vanadium nitride nanosheet arrays on carbon cloth, which kept a Coulombic efficiency "
     "of 98.7% for 350 cycles at 1 mA cm-2. In full cells with LiFePO4, the same hosts retained 92.4% of the capacity "
     "after 500 cycles (Okafor et al., 2019b). Woven copper meshes plated with tin let symmetric cells run for 900 h "
     "at 2 mA cm-2 (Brandt and Moreau, 2020). Table 1 lists further hosts."),
    ("3. Non-conductive frameworks",
     "Polyimide nanofibre mats placed on lithium lowered the overpotential to 22 mV at 1 mA cm-2 (Petrov and Santos, "
     "2018). Separators coated with alumina or with a ceramic-polymer blend have also been reported (Varga et al., "
     "2018; Silva, 2021); the blend raised the electrolyte uptake of the separator to 260% (Silva, 2021)."),
    ("4. Artificial interphases",
     "A lithium sulfonate interphase about 30 nm thick kept Li||Cu cells at 99.1% for 300 cycles (Dubois et al., 2021). "
     "Yilmaz and Costa (2020) spin-coated a fluorinated polymer layer on lithium; symmetric cells cycled for 1500 h with "
     "an overpotential of 35 mV."),
    ("5. Conclusions and outlook", "Hosts, frameworks and interphases will have to be combined in one anode."),
]
s("V8-01", "vanadium nitride nanosheet arrays on carbon cloth", ["vanadium nitride nanosheet arrays",
  "vanadium nitride nanosheet arrays on carbon cloth"], "ConductiveFramework", "CarbonBasedFramework", "Okafor2019a",
  ("CoulombicEfficiency", 98.7, "%"), ("CycleNumber", 350, "cycles"), ("CurrentDensity", 1, "mA cm-2"))
s("V8-02", "vanadium nitride nanosheet arrays in LFP full cells", ["same hosts"], "ConductiveFramework",
  "CarbonBasedFramework", "Okafor2019b", ("CapacityRetention", 92.4, "%"), ("CycleNumber", 500, "cycles"))
s("V8-03", "tin-plated woven copper mesh", ["woven copper meshes plated with tin", "woven copper meshes"],
  "ConductiveFramework", "MetalBasedFramework", "Brandt2020", ("Lifespan", 900, "h"), ("CurrentDensity", 2, "mA cm-2"))
s("V8-04", "polyimide nanofibre mats", ["polyimide nanofibre mats"], "NonConductiveFramework", "NonConductiveScaffold",
  "Petrov2018", ("Overpotential", 22, "mV"), ("CurrentDensity", 1, "mA cm-2"))
s("V8-05", "ceramic-polymer blend coated separator", ["ceramic-polymer blend", "blend"], "NonConductiveFramework",
  "FunctionalSeparator", "Silva2021", ("ElectrolyteUptake", 260, "%"))
s("V8-06", "lithium sulfonate interphase", ["lithium sulfonate interphase"], "NanostructuredSEI", "ArtificialSEI",
  "Dubois2021", ("Thickness", 30, "nm"), ("CoulombicEfficiency", 99.1, "%"), ("CycleNumber", 300, "cycles"))
s("V8-07", "fluorinated polymer layer on lithium", ["fluorinated polymer layer"], "NanostructuredSEI", "ArtificialSEI",
  "Yilmaz2020", ("Lifespan", 1500, "h"), ("Overpotential", 35, "mV"))
TABLE_ROWS = [
    ("Nickel nitride nanowire felt", 3, 3, 1200, "Garcia and Hansen (2022)", "Garcia2022", "MetalBasedFramework"),
    ("Alumina-coated separator", 1, 1, 700, "Varga et al. (2018)", "Varga2018", None),
]
for k, (host, j, q, h, _cite, ref, sub) in enumerate(TABLE_ROWS):
    cls = ("ConductiveFramework", sub) if sub else ("NonConductiveFramework", "FunctionalSeparator")
    s(f"V8-T{k}", host, [host], *cls, ref, ("CurrentDensity", j, "mA cm-2"), ("ArealCapacity", q, "mA h cm-2"),
      ("Lifespan", h, "h"))
TABLE = (r"\begin{table}[h]\centering\small\caption{Hosts and separators in symmetric cells}"
         r"\begin{tabular}{p{32mm}cccp{30mm}}\hline Structure & $j$ (mA cm$^{-2}$) & $Q$ (mA h cm$^{-2}$) & Lifespan (h) "
         r"& Reference \\\hline " + " ".join(rf"{h} & {j} & {q} & {n} & {c} \\" for h, j, q, n, c, _, _ in TABLE_ROWS)
         + r"\hline\end{tabular}\end{table}")


def gold():
    rows = [(", ".join(a).replace(".,", ". @@"), t, j, int(y[:4]), v, p) for a, y, t, j, v, p in REFS]
    g = review_gold(title, S, rows, separator=" @@ ")
    for r, ref in zip(g["references"], REFS, strict=True):
        r["authors"] = [" ".join(reversed(a.split(", "))) for a in ref[0]]
    return g


def tex():
    def sub(t):
        return latex(t).replace("||", "$\\|$")

    o = [r"\documentclass[12pt]{article}\usepackage{times}\linespread{1.5}\usepackage[T1]{fontenc}\usepackage[margin=16mm]{geometry}",
         r"\title{" + title + r"}\author{Hana Novak, Diego Quiroga, Sara Lindgren}\date{}\begin{document}\maketitle",
         r"\noindent\textbf{Abstract} Lithium metal anodes fail through dendrites and a fragile interphase. This review "
         r"sorts the micro- and nanostructures proposed against both into conductive hosts, non-conductive frameworks "
         r"and artificial interphases, and compares their reported performance."]
    for h, t in P:
        o += [r"\section*{" + h + "}", sub(t)]
        if h.startswith("2."):
            o.append(TABLE)
    o += [r"\section*{References}", r"{\small"]
    for a, y, t, j, v, p in REFS:
        o.append(rf"\noindent\hangindent=1.5em {', '.join(a)}, {y}. {t}. {j} {v}, {p.replace('-', '--')}.\par")
    o.append(r"}\end{document}")
    return "\n\n".join(o)
