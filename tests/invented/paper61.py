"""Invented research paper 61: a composite polymer electrolyte paper whose property table heads its columns by symbols
('σ25 °C (mS cm−1)', 'tLi+', 'Ea (eV)', 'CCD (mA cm−2)'), values with their spread ('0.41 ± 0.03'), three fillers by
weight share ('PL-5', 'PL-10', 'PL-20'), and the optimum named in the text; Elsevier references."""
from invented.common import NAMES, latex
from invented.common import gold as gold_file

title = "Lithium lanthanum zirconate nanowire fillers in poly(ethylene oxide) electrolytes"
S = {
    "F61-00": dict(name="PEO-LiTFSI (PL-0)", aliases=["PL-0", "filler-free electrolyte"], role="control",
                   cls="NonConductiveFramework", sub="NonConductiveScaffold"),
    "F61-05": dict(name="PL-5", aliases=["PL-5"], role="design", cls="NonConductiveFramework", sub="NanoparticleElectrolyte"),
    "F61-10": dict(name="PL-10", aliases=["PL-10"], role="design", cls="NonConductiveFramework",
                   sub="NanoparticleElectrolyte"),
    "F61-20": dict(name="PL-20", aliases=["PL-20"], role="design", cls="NonConductiveFramework",
                   sub="NanoparticleElectrolyte"),
}
F = []


def f(*a):
    F.append(a)


ABSTRACT = (
    "Ceramic nanowires raise the conductivity of polymer electrolytes by giving lithium ions fast paths along their "
    "surfaces. We add 5, 10 and 20 wt% lithium lanthanum zirconate nanowires to PEO-LiTFSI, giving PL-5, PL-10 and "
    "PL-20, and compare them with the filler-free electrolyte (PL-0). PL-10 conducts best and lets Li|PL-10|Li cells "
    "run for 1,000 h at 50 °C."
)
SECTIONS = [
    ("1. Introduction", "Ceramic fillers in PEO have been studied widely [1-3]."),
    ("2. Results and discussion", "The nanowires are about 180 nm in diameter. Table 1 lists the transport properties "
     "of the four electrolytes at 25 °C. PL-10 gives the highest conductivity; at 20 wt% the nanowires aggregate and "
     "the conductivity falls again."),
    ("3. Conclusions", "Ten per cent of nanowires is the optimum in PEO."),
]
f("F61-10", "Lifespan", 1000, "h", "abstract")
f("F61-10", "Temperature", 50, "°C", "abstract")
f("F61-05", "MassFraction", 5, "%", "abstract")
f("F61-10", "MassFraction", 10, "%", "abstract")
f("F61-20", "MassFraction", 20, "%", "abstract")
for sid in ("F61-05", "F61-10", "F61-20"):
    f(sid, "FiberDiameter", 180, "nm", "The nanowires are about 180 nm in diameter")
TABLE = [("PL-0", "F61-00", "0.012 ± 0.002", 0.012, 0.21, 0.52, 0.3), ("PL-5", "F61-05", "0.18 ± 0.02", 0.18, 0.33, 0.41, 0.6),
         ("PL-10", "F61-10", "0.41 ± 0.03", 0.41, 0.45, 0.34, 1.1), ("PL-20", "F61-20", "0.22 ± 0.02", 0.22, 0.38, 0.39, 0.7)]
for _, sid, _s, sigma, t, ea, ccd in TABLE:
    f(sid, "IonicConductivity", sigma, "mS cm-1", "table")
    f(sid, "LithiumTransferenceNumber", t, "", "table")
    f(sid, "ActivationEnergy", ea, "eV", "table")
    f(sid, "CriticalCurrentDensity", ccd, "mA cm-2", "table")
    f(sid, "Temperature", 25, "°C", "Table 1 lists the transport properties of the four electrolytes at 25 °C")
R = [(f"{chr(65 + i % 20)}. {NAMES[(i * 5 + 1) % len(NAMES)]}, {chr(68 + i % 14)}. {NAMES[(i * 11 + 7) % len(NAMES)]}",
      f"Composite electrolyte study {i}", ["J. Power Sources", "Electrochim. Acta", "Solid State Ionics", "J. Membr. Sci."][i % 4],
      2012 + i % 10, str(100 + 7 * i), f"{200 + 33 * i}-{207 + 33 * i}") for i in range(1, 4)]


def tex():
    def sub(t):
        return latex(t).replace("[1-3]", "[1--3]")

    pm = r"\pm"
    rows = " ".join(rf"{n} & ${s.replace('±', pm)}$ & {t} & {ea} & {ccd} \\" for n, _, s, _, t, ea, ccd in TABLE)
    table = (r"\begin{table}[h]\centering\small\caption{Transport properties of the electrolytes.}\begin{tabular}{lcccc}"
             r"\hline Sample & $\sigma_{25\,^\circ\mathrm{C}}$ (mS cm$^{-1}$) & $t_{\mathrm{Li}^+}$ & $E_\mathrm{a}$ (eV) & "
             r"CCD (mA cm$^{-2}$) \\\hline " + rows + r"\hline\end{tabular}\end{table}")
    o = [r"\documentclass[10pt,twocolumn]{article}\usepackage{times}\usepackage[T1]{fontenc}"
         r"\usepackage[margin=17mm]{geometry}",
         r"\title{" + title + r"}\author{Sara Achterberg, Luis Reyes and Kenta Ito}\date{}\begin{document}\maketitle",
         r"\noindent\textbf{Abstract} " + sub(ABSTRACT)]
    for h, t in SECTIONS:
        o += [r"\section*{" + h + "}", sub(t)]
        if h.startswith("2."):
            o.append(table)
    o += [r"\section*{References}", r"{\footnotesize"]
    for k, (a, t, j, y, v, p) in enumerate(R, 1):
        o.append(rf"\noindent [{k}] {a}, {t}, {j} {v} ({y}) {p.replace('-', '--')}.\par")
    o.append(r"}\end{document}")
    return "\n\n".join(o)


def gold():
    return gold_file(title, S, F, R)
