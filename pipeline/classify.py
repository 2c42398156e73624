"""Put a structure in one of the ontology's three classes and eight subclasses, with the evidence.

In a review the section heading decides ("2.1. Carbon-Based Framework" → CarbonBasedFramework under
ConductiveFramework). Without such headings, cue words decide: first those of the structure's own
name, read from its head noun leftwards ("graphene-coated polypropylene separator" is a separator
before it is graphene), then those of the passage that describes it. Headings and cue words come
from the ontology (akg:sectionCue, akg:cue); nothing is spelled here.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from pipeline.ontology import ClassDef, local_name, structure_classes, subclasses, top_classes
from pipeline.records import Classification

# an abbreviation a name defines between its words ("poly(ethylene oxide) (PEO) electrolytes"): the cue the full
# name makes ("poly(ethylene oxide) electrolyte") runs over it, as the reader skips it
DEFINED_ABBREVIATION = r"\s\([^\s()]{1,15}\)\s"


POLYMER = "polymer"


@cache
def _cue_regex(cue: str) -> re.Pattern[str]:
    joint = rf"(?:[\s‐‑–-]|{DEFINED_ABBREVIATION})"       # "stainless-steel" too
    words = [re.escape(w) for w in _cue_words(cue)]
    if words[0] == POLYMER:
        words[0] = rf"(?:{POLYMER}|{_polymer_name()})"
    return re.compile(rf"(?<!\w){joint.join(words)}(?:s|es)?(?!\w)")


@cache
def _polymer_name() -> str:
    """A polymer named by what it is made of ("poly(ethylene oxide)", "polyurethane", "a polyester-based film") meets
    a cue's word "polymer": "a polyurethane-based layer" is a polymer layer, "poly(vinylidene fluoride-co-
    hexafluoropropylene) electrolyte" a polymer electrolyte. Words that start so but name no polymer (polysulfides,
    polycrystalline) are the lexicon's."""
    from pipeline.nlp.patterns import structure_words
    others = "|".join(sorted((re.escape(w.lower()) for w in structure_words()["not_polymers"]), key=len, reverse=True))
    return rf"(?!(?:{others})(?!\w))poly(?:\([^()]{{2,60}}\)|[a-z]{{4,}})(?:[‐‑–-]based)?"


@cache
def _cue_words(cue: str) -> tuple[str, ...]:
    return tuple(re.split(r"[\s-]+", cue.lower()))


@cache
def _first_word(cue: str) -> str:
    """What a text must hold for the cue to occur in it: its first word ("poly" of a cue's "polymer", which a
    polymer's own name meets)."""
    first = _cue_words(cue)[0]
    return "poly" if first == POLYMER else first


# an alloy or a composite named by its elements ("Li–Mg alloy", "Li-Sn-Zn alloys", "lithium–boron composite"): an
# alloy (a composite) of each of them
ALLOY_NAME = re.compile(r"(?<![\w‐‑–-])((?:[A-Z][a-z]?|lithium)(?:[‐‑–/-](?:[A-Z][a-z]?|[a-z]{4,}))+)\s+"
                        r"(alloy|composite)s?(?!\w)")


def _alloys_of(text: str) -> list[tuple[int, str]]:
    """(end, "<element> alloy") for each element of an alloy the text names by its elements ("<element>
    composite" for a composite); the end is where the cue would end, read from the name's start."""
    return [(m.start() + len(cue), cue) for m in ALLOY_NAME.finditer(text)
            for part in re.split(r"[‐‑–/-]", m.group(1)) if (cue := f"{part.lower()} {m.group(2)}")]


def _cue_hits(text: str, cues: Sequence[str]) -> list[tuple[int, str]]:
    """(end, cue) of every cue in ``text``, case-insensitive, whole words; a plural ending ends its cue ("PEO
    electrolytes" ends where "electrolytes" does). A cue "<element> alloy" is also met by an alloy named by its
    elements, that element one of them."""
    lowered = text.lower()
    # a text without the cue's first word cannot hold it: most cues are never compiled
    hits = [(m.end(), c) for c in cues if _first_word(c) in lowered for m in _cue_regex(c).finditer(lowered)]
    if "alloy" in lowered or "composite" in lowered:
        wanted = {c.lower(): c for c in cues}
        hits += [(at, wanted[alloy]) for at, alloy in _alloys_of(text) if alloy in wanted]
    return hits


def _best(text: str, candidates: Sequence[ClassDef], attr: str) -> tuple[ClassDef | None, str]:
    """The candidate whose longest cue occurs in ``text``; longer cues win ('non-conductive' over 'conductive')."""
    best: tuple[int, ClassDef | None, str] = (0, None, "")
    for candidate in candidates:
        for _, hit in _cue_hits(text, getattr(candidate, attr)):
            if len(hit) > best[0]:
                best = (len(hit), candidate, hit)
    return best[1], best[2]


POSTMODIFIER = re.compile(r"\s(?:with|of|on|in|for|from|via|using|containing|based on)\s", re.I)


@cache
def _treated_with() -> re.Pattern[str]:
    """A treatment's participle before what it put on a design ("coated with", "decorated by"): what follows says
    how the design was made, and the participle is no head noun."""
    from pipeline.nlp.patterns import structure_words
    treatments = sorted(structure_words()["treatments"], key=len, reverse=True)
    return re.compile(rf"\s(?:{'|'.join(map(re.escape, treatments))})\s+(?:with|by|on|onto|in)\s", re.I)


# the abbreviation a name defines after its head noun ("zinc-phosphide layer (ZPL)"): no part of what it names
TRAILING_ABBREVIATION = re.compile(r"\s+\([^\s()]{1,15}\)\s*$")


def head_part(name: str) -> str:
    """A name up to its head noun: "Janus separator with porous hafnium boride" → "Janus separator"; "separators coated
    with graphene" → "separators"; "zinc-phosphide layer (ZPL)" → "zinc-phosphide layer"."""
    ends = [m.start() for m in (POSTMODIFIER.search(name), _treated_with().search(name), TRAILING_ABBREVIATION.search(name))
            if m]
    return name[:min(ends)] if ends else name


def _rightmost(text: str, candidates: Sequence[ClassDef]) -> tuple[ClassDef | None, str]:
    """The candidate whose cue ends last in the name's head part (a head noun is at its end, before
    any "with …" or "on …"), else in the whole name; never in the abbreviation a name defines at its end, letters
    coined for the whole that may spell another thing's cue ("cobalt-nitride foam host (CNF)")."""
    for part in dict.fromkeys((head_part(text), TRAILING_ABBREVIATION.sub("", text))):
        hits = [(at, candidate, hit) for candidate in candidates for at, hit in _cue_hits(part, candidate.cues)]
        if not hits:
            continue
        _, candidate, hit = max(hits, key=lambda h: (h[0], len(h[2])))
        if _family_word(candidate, hit):
            # a word of the whole family ends the name ("… SEI layer"): a cue of one of its kinds before it says which
            kinds = [h for h in hits if h[1].parent == candidate.parent and not _family_word(h[1], h[2])]
            if kinds:
                _, candidate, hit = max(kinds, key=lambda h: (h[0], len(h[2])))
        return candidate, hit
    return None, ""


def _family_word(candidate: ClassDef, cue: str) -> bool:
    """Whether a subclass's cue is also a cue of its top class: a word of the family ("SEI"), not of one kind."""
    parent = structure_classes().get(local_name(candidate.parent)) if candidate.parent is not None else None
    return parent is not None and cue.lower() in {c.lower() for c in parent.cues}


def classify_by_section(section: Sequence[str]) -> Classification | None:
    """Class from a review's heading path, outermost heading first; None when no heading decides."""
    return _classify_by_section(tuple(section))


@cache
def _classify_by_section(section: tuple[str, ...]) -> Classification | None:
    top: ClassDef | None = None
    evidence, top_cue = "", ""
    for heading in section:
        found, top_cue = _best(heading, top_classes(), "section_cues")
        if found is not None:
            top, evidence = found, f'section "{heading}"'
            break
    if top is None:
        return _classify_by_any_heading(section)
    for heading in reversed(section):
        sub, cue = _best(re.sub(r"^[\d.\s]+", "", heading), subclasses(top.iri), "section_cues")
        if sub is None or _names_other_top(heading, top, cue):
            continue
        if heading not in evidence:
            return Classification(top.iri, sub.iri, f'{evidence} > "{heading}"')
        if _extends(cue, top_cue):
            # the heading that names the family names its kind by a modifier of the family's word ("Artificial SEI")
            return Classification(top.iri, sub.iri, f'section "{heading}"')
    return Classification(top.iri, None, evidence)


def titles_one_class(title: str) -> bool:
    """Whether a float's title names its rows' class as a heading would ("Table 2. Insulating frameworks compared",
    "Summary of artificial SEI layers"): a class by its heading words, and no other top class beside it
    ("Conductive and non-conductive hosts" names two, "Performance of various hosts" only a topic)."""
    found = classify_by_section((title,))
    if found is None or found.evidence.startswith(WEAK):
        return False
    words = _without_subject(title)
    spans = [(m.start(), m.end(), c.parent or c.iri) for c in structure_classes().values() for cue in c.section_cues
             for m in _cue_regex(cue).finditer(words)]
    # a cue inside a longer one is that one's ("conductive" of "non-conductive", "electrolyte" of "solid electrolyte")
    named = {top for a, b, top in spans if not any(x <= a and b <= y and y - x > b - a for x, y, _ in spans)}
    return named == {found.cls}


def _extends(cue: str, family_cue: str) -> bool:
    """Whether a subclass's cue is the top class's cue with a modifier ("artificial SEI" of "SEI")."""
    return len(cue) > len(family_cue) and re.search(rf"\b{re.escape(family_cue)}\b", cue, re.I) is not None


def _names_other_top(heading: str, top: ClassDef, cue: str) -> bool:
    """Whether a heading names, by a cue longer than the one that would make it a subclass of ``top``, a kind of
    another top class ("Garnet electrolytes" under "Solid-state interfaces": a garnet electrolyte is a
    nanoparticle electrolyte, and "electrolyte" alone would make it an electrolyte-derived SEI)."""
    others = [c for c in structure_classes().values() if c.parent is not None and c.parent != top.iri]
    found, longer = _best(heading, others, "cues")
    return found is not None and len(longer) > len(cue)


def _unambiguous(text: str, candidates: Sequence[ClassDef], attr: str, heads_last: bool = False
                 ) -> tuple[ClassDef | None, str]:
    """The candidate whose longest cue occurs in ``text``, None when candidates of different top classes
    tie on it ("electrolyte" of a nanoparticle electrolyte and of an electrolyte-derived SEI). With ``heads_last``
    a cue that is only a design's head noun ("scaffolds") counts where no other cue does: in "Metallic scaffolds"
    or "Carbon scaffolds" the modifier says which kind of scaffold."""
    hits = [(candidate, hit) for candidate in candidates for _, hit in _cue_hits(text, getattr(candidate, attr))]
    if heads_last and any(hit.lower() not in _kind_words() for _, hit in hits):
        hits = [(candidate, hit) for candidate, hit in hits if hit.lower() not in _kind_words()]
    best: tuple[int, list[ClassDef], str] = (0, [], "")
    for candidate, hit in hits:
        if len(hit) > best[0]:
            best = (len(hit), [candidate], hit)
        elif len(hit) == best[0] and candidate not in best[1]:
            best[1].append(candidate)
    if not best[1] or len({c.parent or c.iri for c in best[1]}) > 1:
        return None, ""
    return best[1][0], best[2]


# what a heading's designs are for, when that is the lithium every such review is about ("Hosts for lithium",
# "Coatings towards stable Li anodes"): no kind of design
PURPOSE = re.compile(r"\s+(?:for|towards?)\s+(?:[\w-]+\s+){0,2}?(?:lithium|Li)\b.*$", re.I)


def _heading_words(heading: str) -> str:
    """A heading without its number and without the subject every review shares ("lithium metal anodes"),
    which names no class; an introduction's or a closing heading, nothing."""
    from pipeline.mentions import has_words
    if has_words("intro_sections", heading) or has_words("closing_sections", heading):
        return ""
    return _without_subject(heading)


def _without_subject(heading: str) -> str:
    """A heading, lowercased, without its number and the subject every review shares ("… for lithium anodes")."""
    text = PURPOSE.sub("", re.sub(r"^[\d.\s]+", "", heading)).lower()
    for subject in sorted(_subject_words(), key=len, reverse=True):
        text = _cue_regex(subject).sub(" ", text)
    return text


@cache
def _subject_words() -> tuple[str, ...]:
    from pipeline.nlp.patterns import structure_words
    return structure_words()["review_subject"]


def _classify_by_any_heading(section: tuple[str, ...]) -> Classification | None:
    """No heading names a top class ("Electrolyte engineering", "Polymer matrices"): the innermost heading
    that names a subclass decides, with the subclass's top class; failing that, the innermost whose cue
    words name a class ("Lithiophilic hosts", "Electrolytes"), a weaker verdict that a structure's own
    name outranks."""
    texts = [(heading, _heading_words(heading)) for heading in reversed(section)]
    for heading, text in texts:
        sub, _ = _unambiguous(text, [c for c in structure_classes().values() if c.parent is not None], "section_cues",
                              heads_last=True)
        if sub is not None and sub.parent is not None:
            return Classification(sub.parent, sub.iri, f'section "{heading}"')
    for heading, text in texts:
        found, cue = _unambiguous(text, list(structure_classes().values()), "cues")
        if found is not None:
            return Classification(found.parent or found.iri, found.iri if found.parent else None,
                                  f'{WEAK}"{cue}" in section "{heading}"')
    return None


WEAK = "heading word "     # evidence of a class a heading only suggests by a cue word


def _subclass_candidates(within: Classification | None) -> list[ClassDef]:
    if within is not None:
        return subclasses(within.cls)
    return [c for c in structure_classes().values() if c.parent is not None]


def classify_by_cues(text: str, within: Classification | None = None, *, head_first: bool = False,
                     what: str = "passage") -> Classification | None:
    """Class from cue words; inside a known top class only its subclasses compete.

    ``head_first`` reads a structure's name: the cue nearest its end wins. Otherwise the longest
    cue of the passage wins.
    """
    pick = _rightmost if head_first else (lambda t, c: _best(t, c, "cues"))
    sub, cue = pick(text, _subclass_candidates(within))
    if sub is not None:
        prefix = f"{within.evidence}; " if within is not None else ""
        return Classification(sub.parent or sub.iri, sub.iri, f'{prefix}cue "{cue}" in {what}')
    if within is not None:
        return None
    top, cue = pick(text, top_classes())
    return Classification(top.iri, None, f'cue "{cue}" in {what}') if top else None


# where a text says a layer sits: "deposited on the lithium foil", "onto the bare PP separator", "on the surface of
# the Li anode"; "between the separator and the cathode" names both sides
ON_PLACE = re.compile(r"\b(?:on|onto|atop|covering)\s+(?:the\s+)?(?:surface\s+of\s+(?:the\s+)?)?", re.I)
BETWEEN = re.compile(r"\bbetween\s+(?P<one>[^,;:()]{1,60}?)\s+and\s+(?P<other>[^,;:()]{1,60})", re.I)
CLAUSE_END = re.compile(r"[;:]|\.(?:\s|$)")


@cache
def _place_pattern() -> re.Pattern[str]:
    """A place cue of any class, right at the start of a text, after the words that say which one ("bare", "fresh"); a
    place followed by a process or a test ("on the lithium deposition", "on Li||Cu cells", "on Li-rich") is none."""
    from pipeline.nlp.patterns import longest_first, structure_words
    words = structure_words()
    cues = sorted({c for cls in structure_classes().values() for c in cls.place_cues}, key=longest_first)
    modifiers = sorted({*words["control"], "fresh"}, key=longest_first)
    after = sorted({*words["process_nouns"], *words["electrochemical_test"], *words["cell_words"]},
                   key=longest_first)
    return re.compile(rf"^(?:(?:{'|'.join(map(re.escape, modifiers))})\s+)?(?P<cue>{'|'.join(map(re.escape, cues))})"
                      rf"(?![\w|‐‑–/-])(?!\s+(?:{'|'.join(map(re.escape, after))})\b)", re.I)


def _place_at(text: str) -> tuple[ClassDef, str] | None:
    """The class whose place cue ``text`` opens with, and the cue."""
    m = _place_pattern().match(text.strip())
    if m is None:
        return None
    cue = m.group("cue").lower()
    return next(c for c in structure_classes().values() if cue in (p.lower() for p in c.place_cues)), m.group("cue")


# "We coat copper with a thin interlayer of …": what is coated with a layer is where the layer sits
COATED_WITH = re.compile(r"\b(?:coat|coats|coated|cover|covers|covered)\s+(?:the\s+|a\s+)?(?P<place>[^,;:()]{1,30}?)\s+"
                         r"with\s+(?:an?\s+|the\s+)?(?P<object>[\w-]+(?:\s+[\w-]+){0,3})", re.I)


def _coated_with_a_layer(m: re.Match[str]) -> bool:
    from pipeline.nlp.patterns import lexicon_words
    return any(w.lower() in lexicon_words("layer_heads") for w in m.group("object").split())


def _coated_clauses(passage: str) -> list[str]:
    """"We coat copper with a thin interlayer of …": each clause that says what was coated with a layer."""
    return [m.group() for m in COATED_WITH.finditer(passage) if _coated_with_a_layer(m)]


def _places(text: str) -> list[tuple[ClassDef, str]]:
    """The class and the cue of every place ``text`` says something sits on."""
    found = [_place_at(text[m.end():]) for m in ON_PLACE.finditer(text)]
    found += [_place_at(COATED_WITH.match(clause)["place"]) for clause in _coated_clauses(text)]
    for m in BETWEEN.finditer(text):
        found += [_place_at(m.group("one")), _place_at(m.group("other"))]
    return [c for c in found if c is not None]


def _after_the_name(passage: str, label: str) -> list[str]:
    """What the passage says right after each time it names the layer, to the end of that clause ("a zinc-phosphide
    layer for lithium anodes. We grow the zinc-phosphide layer on lithium"); the whole passage when it does not
    name it so."""
    name = head_part(label).lower()
    ats = [m.start() for m in re.finditer(re.escape(name), passage.lower())] if name else []
    if not ats:
        return [passage]
    clauses = []
    for at in ats:
        rest = passage[at + len(name):]
        end = CLAUSE_END.search(rest)
        clauses.append(rest[:end.start()] if end else rest)
    return clauses


def classify_by_place(label: str, passage: str, within: Classification | None = None) -> Classification | None:
    """A layer ("interlayer", "film", "coating") is classed by what it sits on, said in its name ("films on lithium
    foil") or right after the passage names it: a layer on the lithium is an artificial interphase, one on the
    separator part of the separator; both sides named ("between the separator and the Li anode") decide nothing.
    Inside a known top class only its subclasses count."""
    if not _names_a_layer(label):
        return None
    # where the passage names the layer, what it says right after; and what it says is coated with a layer
    clauses = [*_after_the_name(passage, label), *_coated_clauses(passage)]
    for text, what in ((label, "name"), *((clause, "passage") for clause in clauses)):
        places = {c.iri: (c, cue) for c, cue in _places(text) if within is None or c.parent == within.cls}
        if len(places) == 1:
            ((cls, cue),) = places.values()
            prefix = f"{within.evidence}; " if within is not None else ""
            return Classification(cls.parent or cls.iri, cls.iri, f'{prefix}a layer on "{cue}" in {what}')
        if places:
            return None
    return None


def _names_a_layer(label: str) -> bool:
    from pipeline.nlp.patterns import lexicon_words
    words = re.findall(r"[A-Za-z]+", head_part(label).lower())
    return bool(words) and words[-1] in lexicon_words("layer_heads")


def classify_by_materials(materials: Sequence[str]) -> Classification | None:
    """Class from what a structure is made of, when neither heading nor words decide: the cue words met by
    its materials' names, any of them ("poly(ethylene oxide)" also "PEO"), longest first."""
    from pipeline.nlp.patterns import material_alias_index
    names = {m: [m] for m in materials}
    for alias, name in material_alias_index().items():
        if name in names:
            names[name].append(alias)
    found = [(len(c.evidence), c) for m in sorted(names)
             if (c := classify_by_cues("; ".join(names[m]), what=f'material "{m}"')) is not None]
    return max(found, key=lambda f: f[0])[1] if found else None


def classify_by_metal(materials: Sequence[str], lithium: str) -> Classification | None:
    """The kind of design the word "metal" names in a heading, for a structure made of a metallic element other than
    the lithium it hosts ("a cobalt-nitride foam", "a titanium mesh"), when no material's own cue decides."""
    from pipeline.identity import material_table
    metals = sorted(m for m in materials if m in material_table().metals and m != lithium)
    if not metals:
        return None
    sub, _ = _unambiguous("metal", [c for c in structure_classes().values() if c.parent is not None], "section_cues")
    if sub is None or sub.parent is None:
        return None
    return Classification(sub.parent, sub.iri, f'material "{metals[0]}", a metal')


def insulating_body(label: str) -> str:
    """The electronic insulator a framework is made of, when its name says so right before the head noun of its body
    ("a boron-nitride sponge", "porous alumina foams", "a zirconia aerogel host"; or a kind of insulator: "a ceramic
    sponge"), else "". Only that word (or two): a material further from the head ("alumina-coated nickel foam") is
    what the framework carries, not its body; the shape the material is made in may stand between ("an alumina
    nanofiber sponge"), and "-based" after it."""
    from pipeline.identity import material_identity, material_table
    from pipeline.nlp.patterns import lexicon_words
    words = [re.sub(r"[‐‑–-]based$", "", w, flags=re.I) for w in re.findall(r"[\w()‐‑–-]+", head_part(label))]
    body = len(words)
    while body > 0 and words[body - 1].lower() in lexicon_words("body_heads"):
        body -= 1
    if body == len(words):
        return ""
    while body > 0 and words[body - 1].lower() in lexicon_words("body_shapes"):
        body -= 1
    for size in (2, 1):
        if body >= size and (found := material_identity(" ".join(words[body - size:body])).label) in \
                material_table().insulators:
            return found
    kind = words[body - 1] if body else ""
    return kind if kind.lower() in lexicon_words("insulating_kinds") else ""


def classify_by_insulator(label: str) -> Classification | None:
    """A framework whose body is an electronic insulator is the top class the word "insulating" names (non-conductive),
    whatever a heading of hosts, or a cue of the insulator elsewhere ("silica" of a nanoparticle electrolyte), says."""
    material = insulating_body(label)
    top, _ = _best("insulating", top_classes(), "section_cues") if material else (None, "")
    return Classification(top.iri, None, f'{INSULATING_BODY}"{material}", an insulator') if top else None


INSULATING_BODY = "name: a framework of "     # evidence of a class the framework's own body material decided


@cache
def _names_a_top_class(section: tuple[str, ...]) -> bool:
    """Whether a heading of ``section`` names a top class: the review's own classing, not a topic."""
    return any(_best(heading, top_classes(), "section_cues")[0] is not None for heading in section)


def _kind_of(label: str) -> Classification | None:
    """The subclass a name's head noun itself names ("PXQ coated separators", "nanofiber membranes"); None when the
    cue that decides is a modifier ("polyimide mat") or the name has no such head."""
    heads = re.findall(r"[a-z]+", head_part(label).lower())
    sub, cue = _rightmost(head_part(label), [c for c in structure_classes().values() if c.parent is not None])
    if sub is None or not heads or _cue_words(cue)[-1].rstrip("s") != heads[-1].rstrip("s"):
        return None
    return Classification(sub.parent or sub.iri, sub.iri, f'cue "{cue}" as the head noun of the name')


def _material_of_head(label: str, by_section: Classification) -> Classification | None:
    """Another kind of the heading's family that the word right before the name's head noun names ("… carbon
    nanotube sponge", "PXQ carbon scaffold" under a heading of current collectors, which names the metal ones only
    by a topic word both kinds share): what the design itself is made of outranks the heading. Only that word: a
    material further from the head ("aramid nanofiber coating") says what the design carries, not what it is."""
    part = head_part(label)
    words = re.findall(r"[\w-]+", part)
    if len(words) < 2:
        return None
    siblings = [c for c in subclasses(by_section.cls) if c.iri != by_section.subclass]
    hits = [(end, candidate, cue) for candidate in siblings for end, cue in _cue_hits(part, candidate.cues)]
    head = part.lower().rstrip().rfind(words[-1].lower())
    right = [(end, c, cue) for end, c, cue in hits if part[end:head].strip() == ""]
    if not right:
        return None
    _, sub, cue = max(right, key=lambda h: len(h[2]))
    return Classification(by_section.cls, sub.iri, f'cue "{cue}" before the head noun of the name')


def _names_kind(label: str) -> bool:
    """Whether a name says what kind of structure it is (a head noun such as "separator", "host")."""
    words = set(re.findall(r"[a-z]+", head_part(label).lower()))
    return bool(words & _kind_words())


@cache
def _kind_words() -> frozenset[str]:
    from pipeline.nlp.patterns import lexicon_words
    heads = lexicon_words("heads") - lexicon_words("generic_heads")
    return frozenset(w for h in heads for w in h.split())


NAME_JOINT = " -‐‑–/@"       # what joins the parts of a composite name ("PEDOT-S/CNT", "Ag@C", "Au coated Cu")


def additions(names: Sequence[str], bases: Sequence[str]) -> list[str]:
    """What a design's names add to another structure's name inside them: "ZnO" of "ZnO-CF" beside "CF",
    "polymer coated" of "polymer coated CF". A base must stand as a whole part (not "GO" of "rGO")."""
    out = []
    for name in names:
        for base in bases:
            if not base or base == name:
                continue
            for m in re.finditer(rf"(?<![\w]){re.escape(base)}(?![\w])", name):
                rest = (name[:m.start()].strip(NAME_JOINT) + " " + name[m.end():].strip(NAME_JOINT)).strip()
                if re.search(r"[A-Za-z]{2}", rest):
                    out.append(rest)
    return list(dict.fromkeys(out))


@cache
def _material_words() -> frozenset[str]:
    from pipeline.nlp.patterns import material_alias_index
    return frozenset(a.lower() for a in material_alias_index())


def done_words(addition: str) -> str:
    """An addition without its materials' names: what was done ("coated", "layer"), not with what
    ("ZnO", "rGO"); a material says what the design is made of, which its passage tells better."""
    return " ".join(w for w in re.split(r"[\s/@()\[\],;:‐‑–-]+", addition) if w and w.lower() not in _material_words())


def classify_addition(names: Sequence[str], bases: Sequence[str]) -> Classification | None:
    """A design that is another of the paper's structures plus something is that something: what it
    adds is what the paper tests against the structure without it ("ZnO coated CF" beside "CF" is a
    coating). The first addition whose words other than materials name a class decides."""
    for rest in additions(names, bases):
        found = classify_by_cues(done_words(rest), head_first=True, what=f'what "{names[0]}" adds')
        if found is not None:
            return found
    return None


@cache
def _compared_pattern() -> re.Pattern[str]:
    """What a passage compares a design with: a clause opened by a comparison ("unlike conventional separators,",
    "than a commercial separator") and a baseline's phrase ("the bare Cu foil")."""
    from pipeline.mentions import lexicon_alternation
    from pipeline.nlp.patterns import structure_words
    adjectives = sorted((w for w in structure_words()["baseline"] if " " not in w and w.isalpha()), key=len, reverse=True)
    return re.compile(rf"(?<![\w-])(?:{lexicon_alternation('comparison')}|unlike|instead\s+of|rather\s+than)(?![\w-])"
                      rf"[^,;.]*|(?<![\w-])(?:{'|'.join(adjectives)})\s+(?:[\w-]+\s+){{0,2}}[\w-]+", re.I)


def own_words(passage: str) -> str:
    """A passage without what it compares its design with: those words name another structure's class."""
    return _compared_pattern().sub(" ", passage)


def classify(section: Sequence[str], passage: str, label: str = "", addition: Classification | None = None
             ) -> Classification | None:
    """The section decides when it can; the structure's name, then its passage, refine it or decide alone.
    A name that says no kind ("PDA-S/G") is what it adds to the structure it is built on, when known
    (``addition``, see ``classify_addition``): the passage around it names the base's materials too."""
    by_section = classify_by_section(section)
    weak = by_section is not None and by_section.evidence.startswith(WEAK)
    topic = by_section is not None and not _names_a_top_class(tuple(section))     # "Anode interlayers"
    if by_section is None or weak or topic or by_section.subclass is None:
        placed = classify_by_place(label, passage, None if weak or topic else by_section)
        if placed is not None:
            return placed
    if by_section is not None and by_section.subclass is not None and not weak and label and \
            not _names_a_top_class(tuple(section)):
        if (kind := _kind_of(label)) is not None:
            return kind                 # "… coated separators" under "Polymer, glass and ceramic scaffolds"
        if (made_of := _material_of_head(label, by_section)) is not None:
            return made_of              # "… carbon nanotube sponge" under "3D current collectors"
    if (by_section is None or weak) and label and (insulator := classify_by_insulator(label)) is not None:
        return insulator                # "a boron-nitride sponge" under "Hosts"
    if weak and label:
        own = classify_by_cues(label, head_first=True, what="name")     # "polyimide scaffold" under "Hosts"
        if own is not None and own.subclass is not None:
            return own
    if by_section is not None and by_section.subclass is not None:
        return by_section
    if addition is not None and by_section is None and label and not _names_kind(label):
        return addition
    order = [(label, True, "name"), (own_words(passage), False, "passage")]
    if label and not _names_kind(label):
        order.reverse()                 # "graphene/Nafion/PP": its passage says what it is
    for text, head_first, what in order:
        if text:
            found = classify_by_cues(text, by_section, head_first=head_first, what=what)
            if found is not None:
                return found
    return by_section
