"""Invented research paper 42: Springer (J. Mater. Sci.)-like research paper cited author-year ('(Haddad et al. 2019)',
'Varga and Silva (2020) reported'), an unnumbered alphabetical reference list 'Haddad N, Ito K (2019) Title. J Membr
Sci 580:123–131', a table of separator properties with the unit of each column, 'raises the porosity from 41 to 52%',
cited works' figures in running text, 'Li|ANF@PE|Li', a cut-off window, single column."""
from invented.common import gold as gold_file
from invented.common import latex

title = "Aramid nanofibre coatings on polyethylene separators for safer lithium metal cells"
S = {
    "F42-01": dict(name="aramid nanofibre-coated PE separator (ANF@PE)", aliases=["ANF@PE", "ANF@PE separator",
                   "aramid nanofibre-coated separator", "coated separator", "ANF layer"], role="design",
                   cls="NonConductiveFramework", sub="FunctionalSeparator"),
    "F42-02": dict(name="bare PE separator", aliases=["PE", "bare PE", "PE separator", "pristine PE"], role="control",
                   cls="NonConductiveFramework", sub="FunctionalSeparator"),
    "F42-03": dict(name="PVDF-coated separator", aliases=["PVDF-coated separator"], role="cited",
                   cls="NonConductiveFramework", sub="FunctionalSeparator", refs=[3]),
    "F42-04": dict(name="ceramic-coated separators", aliases=["ceramic-coated separators"], role="cited",
                   cls="NonConductiveFramework", sub="FunctionalSeparator", refs=[8]),
}
F = []


def f(*a):
    F.append(a)


# (surnames with initials, year, title, journal, volume, pages), alphabetical as the list sets them
REFS = [
    (["Andersen L", "Costa P"], 2016, "Separators for lithium batteries", "J Power Sources", "301", "12-20"),
    (["Costa P", "Young R", "Brandt S"], 2018, "Dendrites through polyolefin pores", "Ionics", "24", "3301-3309"),
    (["Haddad N", "Ito K", "Lopez M"], 2019, "Polymer-coated separators", "J Membr Sci", "580", "123-131"),
    (["Ito K", "Novak T"], 2017, "Aramid nanofibres from Kevlar yarn", "J Mater Sci", "52", "8890-8899"),
    (["Lopez M", "Haddad N"], 2021, "Thermal runaway of lithium metal cells", "J Therm Anal Calorim", "145",
     "2201-2212"),
    (["Novak T", "Suzuki H", "Weber F"], 2015, "Wetting of polyolefin separators", "J Mater Sci", "50", "441-450"),
    (["Suzuki H", "Andersen L"], 2020, "Lithium metal anodes at high current", "Ionics", "26", "77-85"),
    (["Varga A", "Silva D"], 2020, "Ceramic coatings against dendrites", "J Solid State Electrochem", "24",
     "1901-1910"),
]
ABSTRACT = (
    "Polyolefin separators shrink when heated and let lithium dendrites through their pores. We coat polyethylene "
    "(PE) separators with a thin layer of aramid nanofibres (ANF@PE). The coating keeps the separator intact at "
    "180 °C, doubles its electrolyte uptake and lets lithium symmetric cells cycle for 1400 h at 3 mA cm-2, whereas "
    "cells with bare PE short-circuit within 210 h."
)
INTRO = (
    "Separators are the last barrier against short circuits (Andersen and Costa 2016; Costa et al. 2018). Polymer "
    "coatings improve wetting (Novak et al. 2015; Haddad et al. 2019), and ceramic coatings stop dendrites but add "
    "weight (Varga and Silva 2020). Aramid nanofibres are light and stable to 400 °C (Ito and Novak 2017).")
METHODS = (
    "Aramid nanofibres were dispersed in DMSO, cast on PE (16 um) and washed in water. Cells were assembled with "
    "1 M LiPF6 in EC/DEC with 10 vol% FEC. NCM523 cathodes had an areal loading of 15 mg cm-2.")
for sid in ("F42-01",):
    f(sid, "ArealMassLoading", 15, "mg cm-2", "NCM523 cathodes had an areal loading of 15 mg cm-2")
RESULTS = [
    "The ANF layer is 2.5 um thick and raises the porosity of the separator from 41 to 52% (Table 1). ANF@PE conducts "
    "0.91 mS cm-1, more than the PVDF-coated separator reported by Haddad et al. (2019) (0.62 mS cm-1).",
    "Li|ANF@PE|Li cells cycle for 1400 h at 3 mA cm-2 and 3 mA h cm-2, while Li|PE|Li cells short-circuit within "
    "210 h. This lifespan exceeds that of ceramic-coated separators (about 600 h; Varga and Silva 2020).",
    "In Li||Cu cells at 0.5 mA cm-2 and 1 mA h cm-2, the average CE with ANF@PE is 98.2% over 250 cycles, and that "
    "with PE 93.7% over 120 cycles. Li||NCM523 cells with ANF@PE retain 88.1% of their capacity after 500 cycles at "
    "1 C between 3.0 and 4.3 V.",
]
TABLE = [("PE", 41, 108, 112, 0.38, 62), ("ANF@PE", 52, 215, 23, 0.91, 1.5)]
for name, por, up, ang, sig, shr in TABLE:
    sid = "F42-01" if name == "ANF@PE" else "F42-02"
    f(sid, "Porosity", por, "%", "table")
    f(sid, "ElectrolyteUptake", up, "%", "table")
    f(sid, "ContactAngle", ang, "deg", "table")
    f(sid, "IonicConductivity", sig, "mS cm-1", "table")
    f(sid, "ThermalShrinkage", shr, "%", "table")
    f(sid, "Temperature", 180, "degC", "table")
f("F42-01", "Thickness", 2.5, "um", "The ANF layer is 2.5 um thick")
f("F42-02", "Porosity", 41, "%", "raises the porosity of the separator from 41 to 52%")
f("F42-01", "Porosity", 52, "%", "raises the porosity of the separator from 41 to 52%")
f("F42-01", "IonicConductivity", 0.91, "mS cm-1", "ANF@PE conducts 0.91 mS cm-1")
f("F42-03", "IonicConductivity", 0.62, "mS cm-1", "reported by Haddad et al. (2019) (0.62 mS cm-1)")
for sid in ("F42-01", "F42-02"):
    f(sid, "CurrentDensity", 3, "mA cm-2", "Li|ANF@PE|Li cells cycle for 1400 h at 3 mA cm-2 and 3 mA h cm-2")
    f(sid, "ArealCapacity", 3, "mA h cm-2", "Li|ANF@PE|Li cells cycle for 1400 h at 3 mA cm-2 and 3 mA h cm-2")
    f(sid, "CurrentDensity", 0.5, "mA cm-2", "In Li||Cu cells at 0.5 mA cm-2 and 1 mA h cm-2")
    f(sid, "ArealCapacity", 1, "mA h cm-2", "In Li||Cu cells at 0.5 mA cm-2 and 1 mA h cm-2")
f("F42-01", "Lifespan", 1400, "h", "Li|ANF@PE|Li cells cycle for 1400 h")
f("F42-02", "Lifespan", 210, "h", "Li|PE|Li cells short-circuit within 210 h")
f("F42-04", "Lifespan", 600, "h", "ceramic-coated separators (about 600 h; Varga and Silva 2020)")
f("F42-01", "CoulombicEfficiency", 98.2, "%", "the average CE with ANF@PE is 98.2% over 250 cycles")
f("F42-01", "CycleNumber", 250, "cycles", "the average CE with ANF@PE is 98.2% over 250 cycles")
f("F42-02", "CoulombicEfficiency", 93.7, "%", "and that with PE 93.7% over 120 cycles")
f("F42-02", "CycleNumber", 120, "cycles", "and that with PE 93.7% over 120 cycles")
f("F42-01", "CapacityRetention", 88.1, "%", "Li||NCM523 cells with ANF@PE retain 88.1% of their capacity after 500 cycles")
f("F42-01", "CycleNumber", 500, "cycles", "retain 88.1% of their capacity after 500 cycles at 1 C")
f("F42-01", "CRate", 1, "C", "retain 88.1% of their capacity after 500 cycles at 1 C")
f("F42-01", "Lifespan", 1400, "h", "abstract")
f("F42-02", "Lifespan", 210, "h", "abstract")
f("F42-01", "CurrentDensity", 3, "mA cm-2", "abstract")
R = [(", ".join(a), t, j, y, v, p) for a, y, t, j, v, p in REFS]


def tex():
    def sub(t):
        t = latex(t, formulas=("LiPF6",)).replace("2.5 um", "2.5 $\\mu$m").replace("16 um", "16 $\\mu$m")
        return t.replace("||", "$\\|$").replace("41 to 52", "41 to 52")

    o = [r"\documentclass[11pt]{article}\usepackage{times}\usepackage[T1]{fontenc}\usepackage[margin=28mm]{geometry}",
         r"\title{" + title + r"}\author{Marta Kowalczyk $\cdot$ Omar Haddad $\cdot$ Ingrid Olsen}\date{}"
         r"\begin{document}\maketitle", r"\noindent\textbf{Abstract} " + sub(ABSTRACT),
         r"\section*{Introduction}", sub(INTRO), r"\section*{Materials and methods}", sub(METHODS),
         r"\section*{Results and discussion}"]
    o += [sub(t) for t in RESULTS]
    rows = "\n".join(rf"{n} & {a} & {b} & {c} & {d} & {e} \\" for n, a, b, c, d, e in TABLE)
    o.append(r"\begin{table}[h]\centering\caption{Properties of the separators}\begin{tabular}{lccccc}\hline "
             r"Separator & Porosity (\%) & Uptake (\%) & Contact angle ($^\circ$) & $\sigma$ (mS cm$^{-1}$) & "
             r"Shrinkage at 180 $^\circ$C (\%) \\ \hline " + rows + r" \hline\end{tabular}\end{table}")
    o += [r"\section*{Conclusions}", "Aramid nanofibre coatings make polyethylene separators safe for lithium metal.",
          r"\section*{References}", r"{\small"]
    for a, y, t, j, v, p in REFS:
        o.append(rf"\noindent\hangindent=1em {', '.join(a)} ({y}) {t}. {j} {v}:{p.replace('-', '--')}\par")
    o.append(r"}\end{document}")
    return "\n\n".join(o)


def gold():
    g = gold_file(title, S, F, R)
    for r, ref in zip(g["references"], REFS, strict=True):
        r["authors"] = [" ".join(reversed(a.split(" "))) for a in ref[0]]
    return g
