"""Start-up paid once: the CLI loads heavy libraries only in the commands that use them, and what is
derived from the package's data files (the ontology's term names, the built spaCy pipeline) is kept on
disk, keyed by those files, and equal to what a fresh derivation gives."""

import json
import os
import pickle
import subprocess
import sys

import pytest

from pipeline import cache, terms
from pipeline.ontology import properties, structure_classes
from pipeline.vocab import AKG

HEAVY = ("rdflib", "networkx", "pdfplumber", "pdfminer", "spacy", "matplotlib", "pyshacl", "httpx", "yaml",
         "dask", "pandas")
LOADED = "import sys; print(json.dumps(sorted(m for m in {heavy} if m in sys.modules)))"


def _loaded_after(code: str, cache_dir, *args: str) -> list[str]:
    script = f"import json\n{code}\n" + LOADED.format(heavy=HEAVY)
    env = {**os.environ, cache.CACHE_ENV: str(cache_dir)}
    done = subprocess.run([sys.executable, "-c", script, *args], capture_output=True, text=True, env=env, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_startup_cli_loads_no_heavy_library(tmp_path):
    assert _loaded_after("import pipeline.cli", tmp_path) == []


def test_startup_command_group_loads_no_pipeline_stage(tmp_path):
    """`anodekg --help` builds every command's options: none of them needs the reader's records, the
    NLP stage, the graph builder, the ingest's library calls or its worker processes (the records alone
    were a tenth of its time); each command loads what it runs when it runs."""
    code = ("import pipeline.cli.commands\n"
            "stages = ('pipeline.records', 'pipeline.reader.', 'pipeline.nlp', 'pipeline.extract', 'pipeline.build_rdf',\n"
            "          'pipeline.api', 'pipeline.parallel', 'pipeline.reading')\n"
            "print(json.dumps(sorted(m for m in sys.modules if m.startswith(stages))))")
    env = {**os.environ, cache.CACHE_ENV: str(tmp_path)}
    done = subprocess.run([sys.executable, "-c", "import json, sys\n" + code], capture_output=True, text=True,
                          env=env, check=True)
    assert json.loads(done.stdout) == []


def test_startup_named_query_with_parameters_loads_no_heavy_library(tmp_path, sample_store_dir):
    run = ("from pipeline.cli import app\n"
           "try:\n"
           "    app(['query', 'above-threshold', '-p', 'property=CoulombicEfficiency', '-p', 'min_value=99',\n"
           "         '-p', 'cls=ConductiveFramework', '--format', 'json', '--store', sys.argv[1]])\n"
           "except SystemExit as exit:\n"
           "    assert not exit.code, exit.code\n")
    _loaded_after("import sys\n" + run, tmp_path, str(sample_store_dir))          # derives the term names once
    assert _loaded_after("import sys\n" + run, tmp_path, str(sample_store_dir)) == []


def test_startup_named_query_runs_without_the_cli_library(tmp_path, sample_store_dir):
    """`anodekg query … --format json` (pipeline/cli/fast.py) loads neither Typer, click, pydantic nor Rich."""
    lean = HEAVY + ("typer", "click", "pydantic", "rich")
    script = ("import json, sys\nfrom pipeline.cli.fast import run\n"
              "assert run(['query', 'best-by-property', '-p', 'property=CycleNumber', '--format', 'json',\n"
              "            '--store', sys.argv[1]]) == 0\n"
              f"print(json.dumps(sorted(m for m in {lean} if m in sys.modules)))\n")
    for _ in range(2):                          # the first run derives the term names once
        done = subprocess.run([sys.executable, "-c", script, str(sample_store_dir)], capture_output=True, text=True,
                              env={**os.environ, cache.CACHE_ENV: str(tmp_path)}, check=True)
    assert json.loads(done.stdout.strip().splitlines()[-1]) == []


def test_startup_term_names_equal_the_ontology(tmp_path, monkeypatch):
    monkeypatch.setenv(cache.CACHE_ENV, str(tmp_path))
    terms._terms.cache_clear()
    try:
        for _ in range(2):                      # derived, then read back from the cache
            assert terms.namespace() == str(AKG)
            assert terms.property_iris() == {name: str(p.iri) for name, p in properties().items()}
            assert terms.class_iris() == {name: str(c.iri) for name, c in structure_classes().items()}
            terms._terms.cache_clear()
        assert list(tmp_path.glob("terms.json-*"))
    finally:
        terms._terms.cache_clear()


def test_startup_ontology_records_read_back_equal_a_fresh_parse(tmp_path, monkeypatch):
    from pipeline import ontology
    monkeypatch.setenv(cache.CACHE_ENV, str(tmp_path))
    for _ in range(2):                          # derived and stored, then read back from the cache
        for kept, derive in ((ontology.properties, ontology._properties),
                             (ontology.structure_classes, ontology._structure_classes)):
            kept.cache_clear()
            try:
                found, fresh = kept(), derive()
            finally:
                kept.cache_clear()
            assert found == fresh and list(found) == list(fresh)
    assert list(tmp_path.glob("properties.pickle-*")) and list(tmp_path.glob("structure-classes.pickle-*"))


def test_startup_cache_key_follows_the_source_bytes(tmp_path):
    source = tmp_path / "lexicon.yaml"
    source.write_text("a: 1\n", encoding="utf-8")
    first = cache.source_key([source])
    assert cache.source_key([source]) == first
    source.write_text("a: 2\n", encoding="utf-8")
    assert cache.source_key([source]) != first
    assert cache.source_key([source], "another config") != cache.source_key([source])


def test_startup_cached_bytes_are_computed_once(tmp_path, monkeypatch):
    monkeypatch.setenv(cache.CACHE_ENV, str(tmp_path))
    calls = []
    for _ in range(3):
        assert cache.cached_bytes("thing", "k1", lambda: calls.append(1) or b"value") == b"value"
    assert len(calls) == 1
    cache.cached_bytes("thing", "k2", lambda: calls.append(1) or b"other")
    assert len(calls) == 2


def test_startup_parsed_yaml_is_kept_and_equals_a_fresh_parse(tmp_path, monkeypatch):
    """A data file's YAML is parsed once and read back as the same values after; an edit is parsed anew, and a
    damaged kept entry, or values the kept form cannot hold (a date), is only parsed again."""
    import yaml
    monkeypatch.setenv(cache.CACHE_ENV, str(tmp_path / "cache"))
    source = tmp_path / "words.yaml"
    source.write_text("heads: [foil, mesh]\nunits: {mAh: 1, on: 'on'}\nflag: yes\n", encoding="utf-8")
    fresh = yaml.safe_load(source.read_text(encoding="utf-8"))
    assert cache.parsed_yaml(source) == fresh
    kept = list((tmp_path / "cache").glob("yaml-*"))
    assert len(kept) == 1
    assert cache.parsed_yaml(source) == fresh
    kept[0].write_bytes(b"not marshal data")
    assert cache.parsed_yaml(source) == fresh
    source.write_text("heads: [foam]\n", encoding="utf-8")
    assert cache.parsed_yaml(source) == {"heads": ["foam"]}
    source.write_text("made: 2024-05-01\n", encoding="utf-8")
    assert cache.parsed_yaml(source) == yaml.safe_load(source.read_text(encoding="utf-8"))


def test_startup_ingest_reads_its_lexicons_without_pyyaml(tmp_path):
    """Once the lexicons were parsed, a process reads them back without loading PyYAML."""
    code = ("from pipeline.identity import journal_table, material_table\n"
            "from pipeline.nlp.patterns import materials, structure_words, unit_lexicon\n"
            "from pipeline.reader.tables import _unit_symbols\n"
            "journal_table(); material_table(); materials(); structure_words(); unit_lexicon(); _unit_symbols()")
    _loaded_after(code, tmp_path)
    assert "yaml" not in _loaded_after(code, tmp_path)


@pytest.mark.parametrize("text", [
    "The Cu host kept a Coulombic efficiency above 98.5% over 300 cycles at 1 mA cm−2 and 2mAhcm–2.",
    "A polypropylene (PP) separator with 12h of plating at ≈ 0.5 mA cm-2 gave 140°C stability [3].",
])
def test_startup_loaded_pipeline_equals_a_fresh_build(text, tmp_path, monkeypatch):
    from pipeline.nlp import build
    monkeypatch.setenv(cache.CACHE_ENV, str(tmp_path))
    fresh = build._build(build.NlpConfig())
    build.build_nlp.cache_clear()
    try:
        build.build_nlp()                                   # builds and stores
        assert list(tmp_path.glob("nlp.pickle-*"))
        build.build_nlp.cache_clear()
        loaded = build.build_nlp()                          # loads what was stored
    finally:
        build.build_nlp.cache_clear()
    a, b = fresh(text), loaded(text)
    assert [t.text for t in a] == [t.text for t in b]
    assert {k: [(s.start, s.end, s.label_, s._.quantity) for s in a.spans[k]] for k in a.spans} == \
        {k: [(s.start, s.end, s.label_, s._.quantity) for s in b.spans[k]] for k in b.spans}
    assert pickle.loads(pickle.dumps(loaded)).pipe_names == fresh.pipe_names


def test_startup_lone_file_ingest_forks_its_reading_before_the_ingest_loads(tmp_path, sample_pdf):
    """The reading of a lone file runs in a forked child while the rest loads: what is loaded before the
    fork is on the child's way, so the ingest's own modules (the store, its queries, the facade) load
    after it, in the parent alone."""
    script = ("import json, os, sys\n"
              "from pathlib import Path\n"
              "seen = []\n"
              "real_fork = os.fork\n"
              "def fork():\n"
              "    seen.append(sorted(m for m in sys.modules if m.startswith(('pipeline', 'pyoxigraph', 'spacy'))))\n"
              "    return real_fork()\n"
              "os.fork = fork\n"
              "from pipeline.cli.ingest_run import run\n"
              "code = run([Path(sys.argv[1])], sys.argv[2], fmt='json')\n"
              "print(json.dumps({'code': code, 'first_fork': seen[0]}))\n")
    env = {**os.environ, cache.CACHE_ENV: str(tmp_path / "cache")}
    done = subprocess.run([sys.executable, "-c", script, str(sample_pdf), str(tmp_path / "store")],
                          capture_output=True, text=True, env=env, check=True)
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["code"] == 0
    assert "pipeline.reading" in report["first_fork"]
    assert not {"pipeline.api", "pipeline.store.named", "pyoxigraph", "spacy"} & set(report["first_fork"])


def test_startup_pdfium_reading_loads_neither_package_metadata_nor_encoding_guesses(tmp_path, sample_pdf):
    """The reading child pays every import on the path an ingest waits for: pdfminer's version lookup
    (importlib.metadata), its encoding guesser and the ciphers of an encrypted file load only when asked,
    and all still answer then."""
    code = ("from pathlib import Path\n"
            "import pipeline.cli, pipeline.reading\n"
            "from pipeline.read_options import ReadLimits\n"
            "document, _ = pipeline.reading.read(Path(sys.argv[1]), None, ReadLimits(), 'pdfium')\n"
            "before = sorted(m for m in ('importlib.metadata', 'charset_normalizer',\n"
            "                            'cryptography.hazmat.primitives.ciphers') if m in sys.modules)\n"
            "import pdfminer, pdfminer.utils, pdfminer.pdfdocument as d\n"
            "guessed = pdfminer.utils.make_compat_str('café naïve'.encode('latin-1'))\n"
            "sealed = d.Cipher(d.algorithms.AES(bytes(16)), d.modes.CBC(bytes(16)), backend=d.default_backend())\n"
            "from importlib.metadata import version\n"
            "print(json.dumps([before, bool(document.blocks), pdfminer.__version__ == version('pdfminer.six'),\n"
            "                  guessed.startswith('caf'), 'charset_normalizer' in sys.modules,\n"
            "                  len(sealed.encryptor().update(bytes(16))) == 16]))")
    env = {**os.environ, cache.CACHE_ENV: str(tmp_path)}
    done = subprocess.run([sys.executable, "-c", "import json, sys\n" + code, str(sample_pdf)], capture_output=True,
                          text=True, env=env, check=True)
    assert json.loads(done.stdout.strip().splitlines()[-1]) == [[], True, True, True, True, True]


def test_startup_pdfium_reading_loads_no_part_of_pypdfium2(tmp_path, sample_pdf):
    """The reading child calls pdfium through the reader's own declarations of the functions it uses: neither
    pypdfium2's document and page classes nor its bindings (~500 prototypes, ctypes.util) load on the path an
    ingest waits for; imported afterwards (glyph shapes, a sentence's box on its page), pypdfium2 loads the same
    library, finds pdfium started and reads the same file. Nor do the records
    the extraction makes load with the reading's (their classes cost their import), until asked for."""
    code = ("from pathlib import Path\n"
            "import pipeline.cli, pipeline.reading\n"
            "from pipeline.read_options import ReadLimits\n"
            "document, _ = pipeline.reading.read(Path(sys.argv[1]), None, ReadLimits(), 'pdfium')\n"
            "before = sorted(m for m in sys.modules if m.split('.')[0] in ('pypdfium2', 'pypdfium2_raw'))\n"
            "extraction = 'pipeline.extraction_records' in sys.modules\n"
            "from pipeline.records import Measurement\n"
            "import pypdfium2\n"
            "pdf = pypdfium2.PdfDocument(sys.argv[1])\n"
            "print(json.dumps([before, bool(document.blocks), len(pdf), pdf[0].get_textpage().count_chars() > 0,\n"
            "                  extraction, Measurement.__name__]))")
    env = {**os.environ, cache.CACHE_ENV: str(tmp_path)}
    done = subprocess.run([sys.executable, "-c", "import json, sys\n" + code, str(sample_pdf)], capture_output=True,
                          text=True, env=env, check=True)
    before, read, pages, chars, extraction, measurement = json.loads(done.stdout.strip().splitlines()[-1])
    assert before == [] and read and pages > 1 and chars
    assert not extraction and measurement == "Measurement"


BUILT_IN_COMPONENTS = ("spacy.pipeline.tagger", "spacy.pipeline.dep_parser", "spacy.pipeline.ner",
                       "spacy.pipeline.entity_linker", "spacy.pipeline.textcat", "spacy.pipeline.spancat")


def test_startup_nlp_loads_none_of_spacys_built_in_components(tmp_path):
    """Our pipeline is a blank one with our own components: loading it and running it on a sentence loads
    none of spaCy's parser, tagger, entity linker or text classifiers (``nlp.spacy_import``)."""
    code = ("from pipeline.nlp import build_nlp\n"
            "doc = build_nlp()('The Cu host kept 98.5% Coulombic efficiency over 300 cycles.')\n"
            f"print(json.dumps([len(doc.spans['quantity']) > 0,\n"
            f"                  sorted(m for m in {BUILT_IN_COMPONENTS} if m in sys.modules)]))")
    env = {**os.environ, cache.CACHE_ENV: str(tmp_path)}
    for _ in range(2):                          # the first run builds the pipeline (spaCy's registry loads them all)
        done = subprocess.run([sys.executable, "-c", "import json, sys\n" + code], capture_output=True, text=True,
                              env=env, check=True)
    assert json.loads(done.stdout.strip().splitlines()[-1]) == [True, []]


def test_startup_nlp_loads_no_yaml_library_and_srsly_yaml_still_answers(tmp_path):
    """Loading our pipeline and running it loads no YAML library (srsly's YAML API is only for spaCy's project
    commands); whoever asks srsly for YAML afterwards gets the real API, loaded then."""
    code = ("from pipeline.nlp import build_nlp\n"
            "doc = build_nlp()('The Cu host kept 98.5% Coulombic efficiency over 300 cycles.')\n"
            "before = sorted(m for m in sys.modules if 'yaml' in m)\n"
            "import srsly\n"
            "from srsly import yaml_loads\n"
            "print(json.dumps([before, yaml_loads('heads: [foil, mesh]'), srsly.yaml_dumps({'unit': 'mAh'}),\n"
            "                  srsly.is_yaml_serializable({'a': 1}), 'srsly.ruamel_yaml' in sys.modules]))")
    env = {**os.environ, cache.CACHE_ENV: str(tmp_path)}
    for _ in range(2):                          # the first run builds the pipeline and parses the lexicons
        done = subprocess.run([sys.executable, "-c", "import json, sys\n" + code], capture_output=True, text=True,
                              env=env, check=True)
    assert json.loads(done.stdout.strip().splitlines()[-1]) == [[], {"heads": ["foil", "mesh"]}, "unit: mAh\n",
                                                                True, True]


def test_startup_spacy_components_still_answer_after_our_import(tmp_path):
    """Whoever uses spaCy in the same process as our pipeline (a notebook) still gets every built-in component:
    by name from the package, by factory, and the package's own listing, all the real ones."""
    code = ("import pipeline.nlp\n"
            "import spacy\n"
            "from spacy.pipeline import EntityRuler\n"
            "from spacy.pipeline.entityruler import EntityRuler as Defined\n"
            "nlp = spacy.blank('en')\n"
            "nlp.add_pipe('sentencizer')\n"
            "sentences = [s.text for s in nlp('One thing. Another thing.').sents]\n"
            "print(json.dumps([EntityRuler is Defined, spacy.pipeline.Tagger.__name__, sentences,\n"
            "                  'TextCategorizer' in spacy.pipeline.__all__, 'Sentencizer' in dir(spacy.pipeline)]))")
    env = {**os.environ, cache.CACHE_ENV: str(tmp_path)}
    done = subprocess.run([sys.executable, "-c", "import json\n" + code], capture_output=True, text=True, env=env,
                          check=True)
    assert json.loads(done.stdout.strip().splitlines()[-1]) == [
        True, "Tagger", ["One thing.", "Another thing."], True, True]


def test_startup_deferred_package_runs_its_body_only_for_a_name_it_alone_gives(tmp_path):
    """A deferred package imports its submodules as usual; a name its body re-exports from a submodule comes
    from that submodule alone; any other name runs the body (once), in the same module object."""
    package = tmp_path / "invented_pkg"
    (package / "parts").mkdir(parents=True)
    (package / "parts" / "__init__.py").write_text(
        '"""Parts."""\nfrom .gear import Gear\nfrom .wheel import Wheel as Round\n__all__ = ["Gear", "Round"]\n')
    (package / "parts" / "gear.py").write_text("import sys\nsys.loaded.append('gear')\nclass Gear: pass\n")
    (package / "parts" / "wheel.py").write_text("import sys\nsys.loaded.append('wheel')\nclass Wheel: pass\n")
    (package / "__init__.py").write_text("")
    code = ("sys.loaded = []\n"
            "from pipeline.nlp.spacy_import import deferred_package\n"
            "parts = deferred_package('invented_pkg.parts')\n"
            "sys.modules['invented_pkg.parts'] = parts\n"
            "import invented_pkg.parts.gear\n"
            "steps = [list(sys.loaded)]\n"
            "from invented_pkg.parts import Gear\n"
            "steps.append([list(sys.loaded), Gear is sys.modules['invented_pkg.parts.gear'].Gear, type(parts).__name__])\n"
            "steps.append([parts.__all__, parts.Round.__name__, list(sys.loaded), type(parts).__name__])\n"
            "print(json.dumps(steps))")
    done = subprocess.run([sys.executable, "-c", "import json, sys\n" + code], capture_output=True, text=True,
                          cwd=tmp_path, check=True)
    assert json.loads(done.stdout.strip().splitlines()[-1]) == [
        ["gear"], [["gear"], True, "_DeferredPackage"], [["Gear", "Round"], "Wheel", ["gear", "wheel"], "module"]]


@pytest.mark.parametrize(("body", "names"), [
    ('"""Doc."""\nfrom .a import A, B as C\nfrom .d import D\n__all__ = ["A", "C", "D"]\n',
     {"A": "a", "C": "a", "D": "d"}),
    ("from .a import A\nprint('side effect')\n", None),
    ("from .a import *\n", None),
    ("from os import path\n", None),
])
def test_startup_reexports_only_of_a_body_that_only_reexports(body, names):
    from pipeline.nlp.spacy_import import reexports
    assert reexports(body) == names
