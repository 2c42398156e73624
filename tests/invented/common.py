"""Invented whole papers (every name, figure and sentence made up for these tests), typeset with pdfLaTeX,
and their gold in the shared gold format: what a user's unseen papers look like to the extractor."""

import re

NAMES = [
    "Okafor",
    "Brandt",
    "Moreau",
    "Varga",
    "Silva",
    "Novak",
    "Haddad",
    "Kowalski",
    "Larsen",
    "Ferreira",
    "Ivanova",
    "Nakamura",
    "Schmidt",
    "Rossi",
    "Yilmaz",
    "Dubois",
    "Andersen",
    "Costa",
    "Fischer",
    "Lindgren",
    "Lopez",
    "Müller",
    "Petrov",
    "Santos",
    "Weber",
    "Young",
    "Achterberg",
    "Quiroga",
    "Garcia",
    "Hansen",
    "Ito",
    "Jensen",
    "Khan",
    "Lehmann",
    "Mendes",
    "Osei",
    "Olsen",
    "Pereira",
    "Quinn",
    "Reyes",
    "Suzuki",
]
CLASSES = {
    "ConductiveFramework": "conductive micro/nanostructured framework",
    "NonConductiveFramework": "non-conductive micro/nanostructured framework",
    "NanostructuredSEI": "micro/nanostructured solid electrolyte interphase",
}
SUBCLASS_OF = {
    "CarbonBasedFramework": "ConductiveFramework",
    "MetalBasedFramework": "ConductiveFramework",
    "LithiumBasedFramework": "ConductiveFramework",
    "NonConductiveScaffold": "NonConductiveFramework",
    "NanoparticleElectrolyte": "NonConductiveFramework",
    "FunctionalSeparator": "NonConductiveFramework",
    "ArtificialSEI": "NanostructuredSEI",
    "ElectrolyteDerivedSEI": "NanostructuredSEI",
}


def gold(title, S, F, refs):
    structs = []
    for sid, s in S.items():
        figs = [
            dict(property=p, value=v, unit=u, qualifier="=", page=1, sentence=q)
            for (k, p, v, u, q) in F
            if k == sid
        ]
        structs.append(
            dict(
                id=sid,
                name=s["name"],
                aliases=s["aliases"],
                role=s["role"],
                **{"class": s.get("cls"), "subclass": s.get("sub")},
                materials=[],
                references=s.get("refs", []),
                own_result=s["role"] != "cited",
                page=1,
                figures=figs,
            )
        )
    return dict(
        document=dict(title=title),
        classes=CLASSES,
        subclass_of=SUBCLASS_OF,
        structures=structs,
        references=[
            dict(
                number=i + 1,
                authors=r[0].split(", "),
                title=r[1],
                journal=r[2],
                year=r[3],
                volume=r[4],
                pages=r[5],
            )
            for i, r in enumerate(refs)
        ],
    )


def given_name_first(authors):
    """"Okafor, B." → "B. Okafor": the gold's spelling of an author a reference list writes surname first."""
    return [" ".join(reversed(a.split(", "))) for a in authors]


def refs(n, kind="research"):
    return [
        (
            f"G. {NAMES[i % len(NAMES)]}, H. {NAMES[(i * 7 + 3) % len(NAMES)]}",
            f"Invented {kind} study {i} on lithium metal",
            "Invented Mater. Lett.",
            2012 + i % 11,
            str(i + 3),
            f"{300 + i}-{308 + i}",
        )
        for i in range(1, n + 1)
    ]


def review_gold(title, structures, refs, separator=", "):
    """The gold of an invented review: ``structures`` as (id, name, aliases, class, subclass, ref, figures), each
    figure (property, value, unit), every one a cited work's; ``refs`` as (authors, …, journal, year, volume, pages)."""
    return dict(
        document=dict(title=title),
        classes=CLASSES,
        subclass_of=SUBCLASS_OF,
        structures=[
            dict(
                id=i,
                name=n,
                aliases=a,
                role="cited",
                **{"class": c, "subclass": sb},
                materials=[],
                references=[r],
                own_result=False,
                page=1,
                figures=[dict(property=p, value=v, unit=u, qualifier="=") for p, v, u in f],
            )
            for i, n, a, c, sb, r, f in structures
        ],
        references=[
            dict(
                number=k + 1,
                authors=ref[0].split(separator),
                journal=ref[-4],
                year=ref[-3],
                volume=ref[-2],
                pages=ref[-1],
            )
            for k, ref in enumerate(refs)
        ],
    )


# units as the plain text of these papers spells them, and as pdfLaTeX sets them
UNITS = {
    "mA h cm-2": "mA h cm$^{-2}$",
    "mA cm-2": "mA cm$^{-2}$",
    "mg cm-2": "mg cm$^{-2}$",
    "mS cm-1": "mS cm$^{-1}$",
    "mA h g-1": "mA h g$^{-1}$",
    "m2 g-1": "m$^2$ g$^{-1}$",
    "g Ah-1": "g Ah$^{-1}$",
}
SIGNS = {"||": "$\\|$", "±": "$\\pm$", "°C": "$^\\circ$C", "µm": "$\\mu$m", "%": "\\%"}


def latex(text, formulas=()):
    """A paper's plain text as pdfLaTeX source: units with their powers raised, ``formulas`` with their numbers set
    low ("Al2O3"), a cell's double bar, ±, °C, µm and per cent signs."""
    for plain, tex in UNITS.items():
        text = text.replace(plain, tex)
    for formula in formulas:
        text = text.replace(formula, re.sub(r"(\d+(?:\.\d+)?)", r"$_{\1}$", formula))
    for plain, tex in SIGNS.items():
        text = text.replace(plain, tex)
    return text
