"""Generate the packaged CAMEO lexicons ``kg/lexicons/cameo_triggers.yaml`` and
``kg/lexicons/actors.yaml`` from the PETRARCH-2 / Phoenix dictionaries.

This is a developer-time script (standard library + PyYAML)::

    python scripts/make_cameo_lexicon.py --dictionaries ../shared/dictionaries/petrarch2
    python scripts/make_cameo_lexicon.py --dictionaries DIR --out DIR   # or elsewhere

Inputs (openeventdata/petrarch2, MIT licence, copied to kg/lexicons/PETRARCH2-LICENSE.txt):

- ``CAMEO.2.0.txt``: verb synonym blocks ``--- NAME [code] ---``, verb lines
  (``ARREST [173]``, ``+CRACK_DOWN {...}``), patterns ``- * OBJECT [code] # VERB``,
  synonym classes ``&CLASS`` (format: ``dictionaries.rst`` next to it).
- ``Phoenix.agents.txt``: generic agents (``POLICE {} [~COP]``).
- ``Phoenix.International.actors.txt``, ``Phoenix.MilNonState.actors.txt``:
  international organisations, NGOs and non-state armed groups (with their officials).

Hand-written inputs in ``kg/lexicons`` (reviewed, commented):

- ``cameo_map.yaml``: CAMEO code prefix -> contract event type, restricted codes,
  per-verb code overrides, idioms (verb -> object heads with which it names no event).
- ``generic_verbs.yaml``: verbs (and phrasal verbs) too generic to trigger an event alone.
- ``event_nouns.yaml``: general news event nouns completing the derived ones.

Outputs (sorted, deterministic: rerunning on the same inputs gives byte-identical files):

``cameo_triggers.yaml``
  ``verbs``         lemma -> {type, cameo[, not_with]}: the verb alone is a trigger. Its code
                    is the verb line's own code, else its block's code (else the code of a
                    bare ``- *`` pattern naming it), unless ``cameo_map.yaml`` overrides it.
                    Kept when the code maps to a type and the lemma is not generic.
                    ``not_with``: object heads with which the dictionary says the verb is
                    no event (its ``[---]`` patterns: "release a report").
  ``verb_objects``  lemma -> {object -> {type, cameo}}: the verb triggers with that direct
                    object head. From patterns ``- * OBJECT [code] # VERB`` with no subject
                    word and no prepositional phrase, for the verb named in the pattern's
                    comment only (not its whole synonym block). A ``&CLASS`` object is
                    expanded to its words. Kept when the code maps to a type and either the
                    verb is not in ``verbs`` or the pair's type differs from the verb's.
                    Where one pair has several codes, the most frequent one wins (ties: the
                    lowest code).
                    A key with a particle is a phrasal verb ("set off": {bomb: ...}).
                    An object key with a space is a noun phrase whose last word is the head
                    ("mass rally", "cease fire"): match the head lemma with those modifiers.
  ``phrasal``       "verb particle/preposition" -> {type, cameo}: multi-word verbs of the
                    dictionary ("+LASH_OUT", "+CRACK_DOWN"), bare preposition patterns
                    ``- * (ON) [020] # CALL`` -> "call on", and verb + adverb patterns
                    ``- * ANGRILY [111] # REACT`` -> "react angrily" (adverb: advmod child).
  ``nouns``         lemma -> {type, cameo[, ambiguous]}: event nouns. Derived from objects
                    of light verbs (stage, hold, launch, impose, ...: the noun carries the
                    event) and completed/overridden by ``event_nouns.yaml``.

``actors.yaml``
  ``agents``        lemma -> {code, kind, forms}: generic agent nouns (group heads).
  ``organizations`` list of {label, aliases, code, kind}: IGOs, NGOs and armed groups.

Word forms: dictionary words are upper case with ``_`` for spaces; they are written lower
case with spaces. Object nouns are singularised by rule (``LOANS`` -> loan, ``RALLIES`` ->
rally, ``SANCTIONS`` -> sanction; words ending in ss/us/is/news/series are kept), as
spaCy's lemmatiser would.
"""
from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
LEXICONS = ROOT / "kg" / "lexicons"

CONTRACT_TYPES = (
    "Statement", "Denial", "Criticism", "Accusation", "Threat", "Meeting", "Loan", "Payment",
    "Sanction", "Protest", "ForceDisplay", "Restriction", "Arrest", "Release", "Assault",
    "DataLeak", "Election",
)

# Particles: a pattern's first post-verb word from this set makes a phrasal verb
# ("- * OFF &WEAPON # SET" -> "set off" + weapon).
PARTICLES = {"up", "down", "off", "out", "over", "back", "away", "in", "on", "forward",
             "aside", "together", "through", "around"}

# Light (support) verbs: with them the object noun carries the event ("stage a protest",
# "impose sanctions", "launch an attack"), so such an object is an event noun of the
# pair's type. Only these verbs' patterns yield nouns.
LIGHT_VERBS = {"stage", "hold", "launch", "carry out", "conduct", "impose", "mount", "wage",
               "unleash", "perpetrate", "extend", "grant", "level", "file", "lodge", "issue"}

# Agent codes (first three letters of a Phoenix agent code) -> coarse kind.
AGENT_KINDS = {
    "COP": "security", "MIL": "military", "SPY": "intelligence", "REB": "rebels",
    "UAF": "armed", "OPP": "opposition", "JUD": "judiciary", "GOV": "government",
    "LEG": "legislature", "MED": "media", "CVL": "civilians", "CRM": "criminals",
    "BUS": "business", "EDU": "education", "HLH": "health", "LAB": "labour",
    "AGR": "agriculture", "REF": "refugees", "REL": "religious", "CHR": "religious",
    "MUS": "religious", "JEW": "religious", "HIN": "religious", "BUD": "religious",
    "NGO": "ngo", "NGM": "ngo", "IGO": "igo", "ELI": "elites", "PTY": "party",
    "HRI": "human rights", "ENV": "environment", "DEV": "development", "RAD": "radicals",
    "PPL": "people", "SET": "settlers", "MNC": "business",
}

# Organisation names (after the rules below) that are single common English words or
# otherwise ambiguous as a bare name; they are not written as names or aliases.
AMBIGUOUS_NAMES = {
    "amnesty", "care", "is", "it", "aim", "fair", "us", "act", "all", "one", "now",
    "hope", "oxfam", "peace", "plan", "save", "the un", "bank", "fund", "union", "council",
    "commission", "court", "assembly", "parliament", "mission", "security council",
    "front", "army", "movement", "party", "league", "alliance", "brigade", "group",
}
# Acronym aliases (one token, 2-6 letters: "IMF", "WHO") are meant to be matched only when
# written in capitals.
# A name is an organisation when (rule): no code of the record has a date restriction
# and the record has no [ELI] fallback (those are persons: officials by term), and the
# primary name or an alias contains an organisation word or is an acronym (one token,
# no vowel-free check: at most 8 letters, written without a given-name pattern).
ORG_WORDS = {
    "organization", "organisation", "union", "council", "bank", "fund", "agency",
    "commission", "committee", "court", "tribunal", "association", "program", "programme",
    "front", "army", "brigade", "brigades", "party", "movement", "group", "groups", "forces",
    "force", "nations", "institute", "foundation", "federation", "league", "alliance",
    "assembly", "parliament", "secretariat", "office", "mission", "society", "centre",
    "center", "network", "conference", "community", "cooperation", "co-operation",
    "international", "watch", "board", "authority", "jihad", "hezbollah", "hamas",
    "taliban", "qaeda", "qaida", "haram", "shabaab", "shabab", "army", "militia",
    "cells", "nuclei", "commandos", "battalion", "legion", "faction", "organisation",
    "bureau", "corps", "cross", "crescent", "secretariat", "initiative", "forum",
    "partnership", "panel", "unit", "tigers", "guard", "guards", "resistance",
}

# Synonym classes larger than this (&WEAPON, &AIRCRAFT: lists of weapon and aircraft
# models) are not expanded as objects: "aim/drop/move/import &WEAPON" yields hundreds of
# pairs that are not events of the contract.
MAX_CLASS = 20
# Pattern "objects" that are not nouns: adverbs (-ly), particles, prepositions, "if".
NOT_OBJECTS = PARTICLES | {"if", "for", "against", "outside", "to", "across", "into", "at",
                           "with", "from", "by", "of", "about", "upon"}

CODE_RE = re.compile(r"\[([^\]]*)\]")


# ----------------------------------------------------------------------------- words

def phrase(word: str) -> str:
    """Dictionary spelling -> lower-case phrase: ``CEASE_FIRE_`` -> ``cease fire``."""
    return " ".join(w for w in word.replace("_", " ").replace("+", " ").lower().split())


def singular(word: str) -> str:
    """Singularise an object noun (a simple rule, documented in the module docstring)."""
    w = word.lower()
    if " " in w:
        head, _, last = w.rpartition(" ")
        return head + " " + singular(last)
    if w.endswith(("ss", "us", "is", "news", "series", "ics", "arms", "aids")) or len(w) <= 3:
        return w
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith(("sses", "ches", "shes", "xes", "oes")):
        return w[:-2]
    if w.endswith("s"):
        return w[:-1]
    return w


# Nouns ending in -ly (not adverbs).
LY_NOUNS = {"rally", "supply", "assembly", "family", "ally", "anomaly", "monopoly", "reply",
            "belly", "bully", "jelly", "lily"}


def is_adverb(word: str) -> bool:
    """Pattern words like ANGRILY, BITTERLY: -ly words that are not -ly nouns, one word."""
    return " " not in word and word.endswith("ly") and word not in LY_NOUNS


def verb_forms(base: str) -> set[str]:
    """Regular inflections of an upper-case verb (for matching pattern comments)."""
    forms = {base, base + "S", base + "ED", base + "ING", base + "D"}
    if base.endswith("E"):
        forms |= {base[:-1] + "ING", base + "D"}
    if base.endswith("Y"):
        forms |= {base[:-1] + "IED", base[:-1] + "IES"}
    if re.search(r"[^AEIOU][AEIOU][BDGLMNPRT]$", base):
        forms |= {base + base[-1] + "ED", base + base[-1] + "ING"}
    return forms


# ----------------------------------------------------------------------------- CAMEO map

class CodeMap:
    def __init__(self, data: dict):
        self.codes = {str(k): v for k, v in data["codes"].items()}
        self.restricted = {str(k): v for k, v in (data.get("restricted") or {}).items()}
        self.verb_codes = {str(k): str(v) for k, v in (data.get("verbs") or {}).items()}
        self.idioms = {str(k): set(v) for k, v in (data.get("idioms") or {}).items()}
        for t in self.codes.values():
            if t is not None and t not in CONTRACT_TYPES:
                raise ValueError(f"cameo_map.yaml: unknown type {t!r}")

    def type_of(self, code: str) -> str | None:
        for n in range(len(code), 0, -1):
            if code[:n] in self.codes:
                return self.codes[code[:n]]
        return None

    def restriction(self, code: str) -> dict | None:
        for n in range(len(code), 0, -1):
            if code[:n] in self.restricted:
                return self.restricted[code[:n]]
        return None

    def type_for(self, code: str, verb: str | None = None, obj: str | None = None) -> str | None:
        t = self.type_of(code)
        if t is None:
            return None
        r = self.restriction(code)
        if r is not None:
            if obj is not None:
                if obj.split()[-1] not in r.get("objects", ()) and obj not in r.get("objects", ()):
                    return None
            elif verb not in r.get("verbs", ()):
                return None
        return t


def parse_code(text: str) -> tuple[str | None, bool]:
    """``[173]`` -> ("173", False); ``[042:043]`` -> ("042", False); ``[:173]`` ->
    ("173", True): the code only holds with roles reversed; ``[---]`` -> (None, False)."""
    text = text.strip()
    first, _, second = text.partition(":")
    first, second = first.strip(), second.strip()
    if first and first != "---":
        return first, False
    if not first and second and second != "---":
        return second, True
    return None, False


# ----------------------------------------------------------------------------- verb dictionary

class Block:
    def __init__(self, name: str, code: str | None):
        self.name, self.code = name, code
        self.verbs: list[tuple[str, str | None, bool]] = []  # (lemma, own code, has own code)
        self.forms: dict[str, str] = {}                      # inflected upper form -> lemma
        self.patterns: list[tuple[str, str, str]] = []       # (body, code text, comment)


def verb_lemma(token: str) -> str:
    """``+CRACK_DOWN`` -> "crack down"; ``WIRE_+TAP`` -> "wire tap"; ``RE_ADMIT`` -> "re-admit"."""
    t = token.strip()
    if re.match(r"^\+?RE_", t):
        t = t.replace("RE_", "RE-", 1)
    return phrase(t)


def read_cameo(path: Path):
    lines = path.read_text(encoding="latin-1").splitlines()
    synsets: dict[str, list[str]] = {}
    blocks: list[Block] = []
    section = "head"
    cur_set = None
    block = None
    for raw in lines:
        if raw.startswith("####### SYNONYM SETS"):
            section = "sets"
            continue
        if raw.startswith("####### VERB PATTERNS"):
            section = "verbs"
            continue
        if raw.startswith("######## TRANSFORMATIONS"):
            section = "transformations"
            continue
        body, _, comment = raw.partition("#")
        body = body.rstrip()
        if section == "sets":
            s = body.strip()
            if s.startswith("&"):
                cur_set = s
                synsets[cur_set] = []
            elif s.startswith("+") and cur_set:
                synsets[cur_set].append(s[1:])
            elif not s:
                cur_set = None
        elif section == "verbs":
            if raw.startswith("---"):
                m = re.match(r"^---\s*(\S+)\s*\[([^\]]*)\]", raw)
                code, _ = parse_code(m.group(2))
                block = Block(m.group(1), code)
                blocks.append(block)
                continue
            s = body.strip()
            if not s or block is None:
                continue
            if s.startswith("-"):
                m = re.match(r"^-(.*?)\[([^\]]*)\]\s*$", s)
                if m:
                    block.patterns.append((m.group(1).strip(), m.group(2), comment.strip()))
                continue
            # a verb line: WORD [{forms}] [[code]]
            codes = CODE_RE.findall(s)
            forms = re.findall(r"\{([^}]*)\}", s)
            word = re.sub(r"\{[^}]*\}|\[[^\]]*\]", " ", s).split()[0]
            lemma = verb_lemma(word)
            own = None
            has_own = bool(codes)
            if codes:
                own, _ = parse_code(codes[0])
            block.verbs.append((lemma, own, has_own))
            key = word.replace("+", "")
            for f in verb_forms(key.split("_")[0]) if "_" in key else verb_forms(key):
                if "_" in key:
                    rest = key.split("_", 1)[1]
                    block.forms[f + "_" + rest] = lemma
                else:
                    block.forms[f] = lemma
            block.forms[key] = lemma
            for group in forms:
                for f in group.replace(",", " ").split():
                    block.forms[f.replace("+", "")] = lemma
    return synsets, blocks


def tokenize(body: str) -> list[str]:
    """Split a pattern body into words, ``{...}`` phrases and ``(...)`` groups."""
    out, i = [], 0
    while i < len(body):
        c = body[i]
        if c.isspace():
            i += 1
        elif c in "{(":
            close = "}" if c == "{" else ")"
            depth, j = 0, i
            while j < len(body):
                if body[j] == c:
                    depth += 1
                elif body[j] == close:
                    depth -= 1
                    if depth == 0:
                        break
                j += 1
            out.append(body[i:j + 1])
            i = j + 1
        else:
            j = i
            while j < len(body) and not body[j].isspace() and body[j] not in "{(":
                j += 1
            out.append(body[i:j])
            i = j
    return out


def expand(item: str, synsets: dict[str, list[str]]) -> list[str]:
    """A noun item -> its phrases (lower case, singular): ``&HOSTAGE`` -> hostage,
    prisoner, captive; ``{MASS RALLY}`` -> "mass rally"; ``LOANS`` -> loan."""
    if item.startswith("{"):
        words = item[1:-1].split()
        if any(w.startswith("&") for w in words):
            return []  # class inside a phrase: skipped (keep it simple)
        return [singular(phrase(" ".join(words)))]
    if item.startswith("&"):
        if item not in synsets or len(synsets[item]) > MAX_CLASS:
            return []
        return sorted({singular(phrase(w)) for w in synsets[item] if phrase(w)})
    return [singular(phrase(item))] if phrase(item) else []


def analyse_pattern(body: str):
    """-> (pre-verb items, post-verb noun items, prepositional groups) or None."""
    toks = [t for t in tokenize(body) if t not in {"$", "+", "^", "%"}]
    if "*" not in toks:
        return None
    k = toks.index("*")
    pre, post = toks[:k], toks[k + 1:]
    nouns, preps = [], []
    for t in post:
        if t.startswith("("):
            preps.append(t[1:-1].split(None, 1))
        else:
            nouns.append(t)
    return pre, nouns, preps


def comment_verbs(comment: str, block: Block) -> list[str]:
    words = re.split(r"[\s,]+", comment.strip())
    found = []
    for w in words:
        lemma = block.forms.get(w.upper())
        if lemma and lemma not in found:
            found.append(lemma)
    if not found and len(block.verbs) == 1 and not comment.strip():
        found = [block.verbs[0][0]]
    return found


def choose(codes: list[str]) -> str:
    counts = Counter(codes)
    return sorted(counts, key=lambda c: (-counts[c], c))[0]


def derive_triggers(cameo: Path, cmap: CodeMap, generic: set[str], no_objects: set[str],
                    hand_nouns: dict):
    synsets, blocks = read_cameo(cameo)
    verb_codes: dict[str, list[str]] = defaultdict(list)   # lemma -> codes from verb lines
    bare: dict[str, list[str]] = defaultdict(list)          # lemma -> codes of bare "- *"
    pairs: dict[tuple[str, str], list[str]] = defaultdict(list)
    nulls: dict[str, set[str]] = defaultdict(set)           # lemma -> objects with [---]
    for lemma, objects in cmap.idioms.items():
        nulls[lemma] |= objects  # the hand-written idioms of cameo_map.yaml: "paid a price"
    prep_codes: dict[str, list[str]] = defaultdict(list)    # "verb prep" -> codes
    for block in blocks:
        for lemma, own, has_own in block.verbs:
            code = own if has_own else block.code
            verb_codes[lemma].append(code or "---")
        for body, codetext, comment in block.patterns:
            code, _reverse = parse_code(codetext)
            shape = analyse_pattern(body)
            if shape is None:
                continue
            pre, nouns, preps = shape
            if pre:
                continue  # subject-constrained patterns are not used
            verbs = comment_verbs(comment, block)
            if not verbs:
                continue
            if not nouns and not preps:
                for v in verbs:
                    bare[v].append(code or "---")
                continue
            if not nouns and len(preps) == 1 and len(preps[0]) == 1:
                prep = preps[0][0].lower()
                for v in verbs:
                    prep_codes[f"{v} {prep}"].append(code or "---")
                continue
            if preps or not nouns:
                continue  # object + prepositional qualifier: skipped
            particle = None
            if phrase(nouns[0]) in PARTICLES and len(nouns) > 1:
                particle, nouns = phrase(nouns[0]), nouns[1:]
            elif phrase(nouns[-1]) in PARTICLES and len(nouns) > 1:
                particle, nouns = phrase(nouns[-1]), nouns[:-1]
            if len(nouns) != 1:
                continue  # several bare words ("POWDER KEG", "A DEVIL"): skipped
            objects = [o for o in expand(nouns[0], synsets) if o not in NOT_OBJECTS]
            adverbs = [o for o in objects if is_adverb(o)]
            objects = [o for o in objects if not is_adverb(o)]
            if adverbs and not particle:
                for v in verbs:  # "- * ANGRILY [111] # REACT": verb + adverb -> phrasal
                    if v not in no_objects:
                        prep_codes[f"{v} {adverbs[0]}"].append(code or "---")
                continue
            for v in verbs:
                key = f"{v} {particle}" if particle else v
                if key in no_objects or v in no_objects:
                    continue
                for obj in objects:
                    if code is None:
                        nulls[key].add(obj)
                    pairs[(key, obj)].append(code or "---")

    def code_of(lemma: str, codes: list[str]) -> str | None:
        if lemma in cmap.verb_codes:
            return cmap.verb_codes[lemma]
        real = [c for c in codes if c != "---"]
        if real:
            return choose(real)
        real = [c for c in bare.get(lemma, []) if c != "---"]
        return choose(real) if real else None

    verbs: dict[str, dict] = {}
    phrasal: dict[str, dict] = {}
    all_lemmas = set(verb_codes) | set(cmap.verb_codes)
    for lemma in sorted(all_lemmas):
        code = code_of(lemma, verb_codes.get(lemma, []))
        if code is None or lemma in generic:
            continue
        t = cmap.type_for(code, verb=lemma)
        if t is None:
            continue
        entry = {"type": t, "cameo": code}
        target = phrasal if " " in lemma else verbs
        target[lemma] = entry
    for key, codes in sorted(prep_codes.items()):
        real = [c for c in codes if c != "---"]
        if not real or key in generic or key in phrasal or (key.split()[-1] not in NOT_OBJECTS
                                                                 and not is_adverb(key.split()[-1])):
            continue
        code = choose(real)
        t = cmap.type_for(code, verb=key)
        if t is not None:
            phrasal[key] = {"type": t, "cameo": code}

    verb_objects: dict[str, dict] = defaultdict(dict)
    noun_votes: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for (key, obj), codes in sorted(pairs.items()):
        real = [c for c in codes if c != "---"]
        if not real or obj in cmap.idioms.get(key, ()):
            continue  # an idiom of cameo_map.yaml overrides the dictionary's pair: "sent a letter"
        code = choose(real)
        t = cmap.type_for(code, obj=obj)
        if t is None:
            continue
        if key in LIGHT_VERBS:
            noun_votes[obj].append((t, code))
        alone = verbs.get(key) or phrasal.get(key)
        if alone and alone["type"] == t:
            continue
        verb_objects[key][obj] = {"type": t, "cameo": code}
    for lemma, entry in verbs.items():
        objs = sorted(o for o in nulls.get(lemma, ()) if o not in verb_objects.get(lemma, {}))
        if objs:
            entry["not_with"] = objs

    nouns: dict[str, dict] = {}
    for obj, votes in sorted(noun_votes.items()):
        counts = Counter(votes)
        (t, code), n = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[0]
        if len({v[0] for v in votes}) > 1:
            continue  # light verbs disagree on the type: left to the hand list
        nouns[obj] = {"type": t, "cameo": code}
    for noun, entry in hand_nouns.items():
        if entry is None:
            nouns.pop(noun, None)
            continue
        nouns[noun] = dict(entry)
    return {
        "verbs": dict(sorted(verbs.items())),
        "verb_objects": {k: dict(sorted(v.items())) for k, v in sorted(verb_objects.items())},
        "phrasal": dict(sorted(phrasal.items())),
        "nouns": dict(sorted(nouns.items())),
    }


# ----------------------------------------------------------------------------- agents

def read_agents(path: Path) -> dict[str, dict]:
    subst: dict[str, list[str]] = {}
    agents: dict[str, dict] = {}
    for raw in path.read_text(encoding="latin-1").splitlines():
        line = raw.split("#")[0].strip()
        if not line:
            continue
        m = re.match(r"^(![A-Z]+!)\s*=\s*(.*)$", line)
        if m:
            subst[m.group(1)] = [w.strip() for w in m.group(2).split(",")]
            continue
        m = re.match(r"^(.*?)\s*(\{[^}]*\})?\s*\[([^\]}]*)[\]}]", line)
        if not m:
            continue
        name, plural, code = m.group(1).strip(), m.group(2), m.group(3).strip()
        code = code.replace("~", "")
        if not code or " " in name or "(" in name:
            continue  # blank-separated names allow words in between: not a noun head
        names = [name]
        if "!" in name:
            mm = re.search(r"![A-Z]+!", name)
            if mm.group(0) not in subst:
                continue
            names = [name.replace(mm.group(0), s) for s in subst[mm.group(0)]]
            plural = "{}"  # substitution lists give every form: no plural formation
        for n in names:
            if "!" in n or "," in n:
                continue
            lemma = phrase(n)
            if not re.fullmatch(r"[a-z][a-z' .-]*", lemma) or len(lemma.split()) > 3:
                continue
            forms = [lemma]
            if plural is None:
                forms.append(regular_plural(lemma))
            else:
                forms += [phrase(p) for p in plural[1:-1].split() if phrase(p)]
            kind = AGENT_KINDS.get(code[:3])
            if kind is None:
                continue
            if lemma in agents:
                for f in forms:
                    if f not in agents[lemma]["forms"]:
                        agents[lemma]["forms"].append(f)
                continue
            agents[lemma] = {"code": code, "kind": kind, "forms": forms}
    # a form that is itself another entry's lemma (MEN under !PERSON!) stays with that entry
    return dict(sorted(agents.items()))


def regular_plural(lemma: str) -> str:
    head, _, last = lemma.rpartition(" ")
    if last.endswith("y") and last[-2:-1] not in "aeiou":
        p = last[:-1] + "ies"
    elif last.endswith(("ss", "sh", "ch", "x")):
        p = last + "es"
    elif last.endswith("man"):
        p = last[:-3] + "men"
    else:
        p = last + "s"
    return (head + " " + p).strip()


# ----------------------------------------------------------------------------- organisations

def read_actor_records(path: Path):
    """Yield (names, code texts, comment) records of a Phoenix actor file."""
    record = None
    for raw in path.read_text(encoding="latin-1").splitlines():
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        body = raw.split("#")[0]
        body = body.split(";")[0]
        codes = CODE_RE.findall(body)
        text = CODE_RE.sub(" ", body).strip()
        if raw[0] in " \t" and not text:
            if record:
                record[1].extend(codes)
            continue
        if text.startswith("+"):
            if record:
                record[0].append(text[1:].strip())
                record[1].extend(codes)
            continue
        if record:
            yield record
        record = [[text], list(codes)]
    if record:
        yield record


def title_case(name: str) -> str:
    small = {"of", "and", "the", "for", "in", "on", "to", "de", "la", "al", "du", "des", "et"}
    words = name.split()
    out = []
    for i, w in enumerate(words):
        if i and w in small:
            out.append(w)
        else:
            out.append("-".join(p[:1].upper() + p[1:] for p in w.split("-")))
    return " ".join(out)


def clean_name(raw: str) -> tuple[str, str | None]:
    """``ISLAMIC_ARMY_OF_ADEN_(IAA)_`` -> ("islamic army of aden", "IAA")."""
    raw = raw.strip().rstrip("_").strip()
    acro = None
    m = re.search(r"\(([A-Z0-9./-]{2,})\)", raw)
    if m:
        acro = m.group(1)
        raw = raw[:m.start()] + raw[m.end():]
    name = " ".join(raw.replace("_", " ").split())
    return name, acro


def is_acronym(name: str) -> bool:
    letters = sum(c.isalpha() for c in name)
    return bool(re.fullmatch(r"[A-Z][A-Z0-9.&/-]{1,9}", name)) and 2 <= letters <= 6


def read_organizations(paths: list[Path]) -> list[dict]:
    orgs: dict[str, dict] = {}
    for path in paths:
        for names, codes, in read_actor_records(path):
            parsed = [parse_code(c) for c in codes]
            if any(re.search(r"\d{4,}|[<>]", c) for c in codes):
                continue  # date-ranged role codes: a person (official by term)
            if any(c.strip() == "ELI" for c in codes):
                continue  # elite fallback: a person
            code = next((c for c, _ in parsed if c), None)
            if code is None:
                continue
            kind = org_kind(code)
            if kind is None:
                continue
            labels, aliases = [], []
            single = None
            for i, n in enumerate(names):
                name, acro = clean_name(n)
                if not name:
                    continue
                if acro:
                    aliases.append(acro)
                words = set(re.split(r"[\s/-]+", name.lower()))
                if is_acronym(name.replace(" ", "")) and " " not in name:
                    aliases.append(name)
                elif words & ORG_WORDS and len(name.split()) >= 2:
                    labels.append(title_case(name.lower()))
                elif i == 0 and " " not in name:
                    single = title_case(name.lower())  # "HEZBOLLAH": label if the record is an org
            if labels and single:
                labels.insert(0, single)
            if not labels:
                continue  # no organisation-like name: a person or an unclear entry
            labels = [l for l in dict.fromkeys(labels) if l.lower() not in AMBIGUOUS_NAMES]
            aliases = [a for a in dict.fromkeys(aliases) if a.lower() not in AMBIGUOUS_NAMES]
            if not labels:
                continue
            label = labels[0]
            if label.lower().startswith("the "):
                label = label[4:]
            key = label.lower()
            entry = orgs.setdefault(key, {"label": label, "aliases": [], "code": code, "kind": kind})
            for a in labels[1:] + aliases:
                if a.lower() != key and a not in entry["aliases"]:
                    entry["aliases"].append(a)
    return [orgs[k] for k in sorted(orgs)]


# Words of a dictionary alias that make it a description, not a name ("PRESIDENT_BORIS_YELTSIN").
NOT_NAME_WORDS = frozenset({"president", "minister", "prime", "premier", "king", "queen", "prince", "general",
                            "gen.", "secretary", "chief", "leader", "chairman", "party", "former", "of", "the",
                            "foreign", "defense", "defence", "deputy", "vice", "speaker", "mr.", "dr.", "sheikh",
                            "ayatollah", "emir", "sultan", "commander", "governor", "mayor", "senator", "colonel",
                            "col.", "marshal", "head", "state", "republic", "army", "police", "national",
                            "ambassador", "chancellor", "kanzler", "bundeskanzler", "mr", "mrs", "ms",
                            "president-elect", "administration", "government", "regime", "lt.", "maj.",
                            "adm.", "sen.", "rep.", "gov.", "pres.", "amb.", "lord", "sir", "justice", "judge"})


def read_country_codes(path: Path, countries: Path) -> dict[str, str]:
    """The Phoenix country codes (``RUS``) -> ISO 3166 alpha-2 codes of ``countries.tsv``, by the names
    the two give a country (``RUSSIAN_FEDERATION_ [RUS]`` with ``+RUSSIA_`` is Russia, RU)."""
    iso2 = {}
    for line in countries.read_text(encoding="utf-8").splitlines():
        if line.startswith(("#", "iso2\t")):
            continue
        cells = line.split("\t")
        for name in [cells[2], *cells[3].split("|")]:
            if name:
                iso2.setdefault(name.lower(), cells[0])
    out = {}
    for names, codes in read_actor_records(path):
        bare = [c.strip() for c in codes if re.fullmatch(r"\s*[A-Z]{3}\s*", c)]
        if len(bare) != 1 or bare[0] in out:
            continue
        for n in names:
            name, _ = clean_name(n)
            if name.lower() in iso2:
                out[bare[0]] = iso2[name.lower()]
                break
    return out


def read_people(path: Path, country_codes: dict[str, str]) -> list[dict]:
    """Officials and elites of ``Phoenix.Countries.actors.txt`` (records of CountryInfo.txt with
    date-ranged role codes ``[RUSGOV 991231-080507]``): label, name variants and the country of their
    latest (else longest held) government role, else of any role."""
    people: dict[str, dict] = {}
    for names, codes in read_actor_records(path):
        ranged = []
        for c in codes:
            m = re.fullmatch(r"\s*([A-Z]{3})([A-Z]{3})?\s*(?:(\d{6,8})?-(\d{6,8})|>(\d{6,8})|<(\d{6,8}))?\s*", c)
            if m and m.group(1) in country_codes:
                end = m.group(4) or ("99999999" if m.group(5) else m.group(6)) or ""
                ranged.append((m.group(2) == "GOV", end[-6:] if end != "99999999" else end, m.group(1)))
        if not ranged or not any(re.search(r"\d{6}", c) for c in codes):
            continue  # no term of office: an organisation or a place, not a person
        def usable(raw: str) -> str | None:
            name, _ = clean_name(raw)
            words = name.lower().split()
            if not 2 <= len(words) <= 4 or set(words) & NOT_NAME_WORDS or set(words) & ORG_WORDS \
                    or not all(re.fullmatch(r"[a-z][a-z'.-]*", w) for w in words):
                return None
            return title_case(name.lower())
        label = usable(names[0])
        if label is None:
            continue
        # "YY" years read as 19YY before 30, as the dictionary's own dates do (it ends in 2014)
        gov = [r for r in ranged if r[0]]
        country = country_codes[max(gov or ranged, key=lambda r: (r[1] == "99999999", _date_key(r[1])))[2]]
        entry = people.setdefault(label.lower(), {"label": label, "aliases": [], "country": country})
        for n in names[1:]:
            alias = usable(n)
            if alias and alias.lower() != label.lower() and alias not in entry["aliases"] \
                    and alias.split()[-1].lower() == label.split()[-1].lower():  # the same family name
                entry["aliases"].append(alias)
    return [people[k] for k in sorted(people)]


def _date_key(end: str) -> str:
    if end == "99999999" or not end:
        return end
    year = int(end[:2])
    return f"{'20' if year < 30 else '19'}{end}"


def org_kind(code: str) -> str | None:
    if code.startswith("IGO"):
        return "IGO"
    if code.startswith(("NGO", "NGM")):
        return "NGO"
    if code.startswith("IMG") or code[3:6] in {"REB", "UAF"} or code.endswith("REB"):
        return "armed group"
    return None  # MNC (companies), state actors: not written


# ----------------------------------------------------------------------------- output

RESERVED = {"yes", "no", "on", "off", "true", "false", "null", "y", "n", "~"}


def scalar(s) -> str:
    if isinstance(s, bool) or s is None:
        return {True: "true", False: "false", None: "null"}[s]
    s = str(s)
    if re.fullmatch(r"[A-Za-z][A-Za-z .'-]*", s) and s.lower() not in RESERVED and not s.endswith(" "):
        return s
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def flow(d: dict) -> str:
    parts = []
    for k, v in d.items():
        if isinstance(v, list):
            parts.append(f"{k}: [" + ", ".join(scalar(x) for x in v) + "]")
        elif k == "cameo":
            parts.append(f'{k}: "{v}"')
        else:
            parts.append(f"{k}: {scalar(v)}")
    return "{" + ", ".join(parts) + "}"


def write_triggers(data: dict, out: Path) -> None:
    lines = [
        "# GENERATED by scripts/make_cameo_lexicon.py from PETRARCH-2 CAMEO.2.0.txt",
        "# (openeventdata/petrarch2, MIT licence: PETRARCH2-LICENSE.txt), cameo_map.yaml,",
        "# generic_verbs.yaml and event_nouns.yaml. Do not edit by hand: edit those and rerun.",
        "# Format: see the script's docstring and README.md. Keys are spaCy-style lemmas.",
    ]
    for section in ("verbs", "phrasal", "nouns"):
        lines.append(f"{section}:")
        for k, v in data[section].items():
            lines.append(f"  {scalar(k)}: {flow(v)}")
    lines.append("verb_objects:")
    for k, objs in data["verb_objects"].items():
        lines.append(f"  {scalar(k)}:")
        for o, v in objs.items():
            lines.append(f"    {scalar(o)}: {flow(v)}")
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")


def write_actors(agents: dict, orgs: list[dict], people: list[dict], out: Path) -> None:
    lines = [
        "# GENERATED by scripts/make_cameo_lexicon.py from the PETRARCH-2 / Phoenix",
        "# dictionaries Phoenix.agents.txt, Phoenix.International.actors.txt,",
        "# Phoenix.MilNonState.actors.txt and Phoenix.Countries.actors.txt (MIT licence:",
        "# PETRARCH2-LICENSE.txt). Do not edit by hand. agents: generic agent nouns (group heads)",
        "# with their CAMEO agent code and a coarse kind; organizations: IGOs, NGOs and non-state",
        "# armed groups; people: officials and elites of the countries (to 2014) with the",
        "# country (ISO 3166 alpha-2) of their latest government role.",
        "agents:",
    ]
    for k, v in agents.items():
        lines.append(f"  {scalar(k)}: {flow(v)}")
    lines.append("organizations:")
    for o in orgs:
        lines.append(f"  - {flow(o)}")
    lines.append("people:")
    for p in people:
        lines.append(f"  - {flow(p)}")
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")


# Agent kinds whose nouns name people ("dissidents", "kidnappers"), and the endings of a noun for a
# person: a Phoenix agent of such a kind, one word, with one of these endings, is a Group head in the
# plural ("dissidents") -- not "battleships" (military) or "consulates" (government).
PEOPLE_KINDS = ("opposition", "criminals", "rebels", "civilians", "military", "media", "judiciary", "security",
                "refugees", "labour", "radicals", "people", "human rights", "armed", "health", "education", "intelligence")
PERSON_ENDINGS = ("er", "or", "ist", "ant", "ent", "ian", "ee", "eer", "ive", "man")
# Reviewed: nouns the rule above lets through that name no people (vehicles, units, places, papers)
# or that misspell a word.
NOT_PEOPLE = frozenset({"airliner", "carrier", "cruiser", "destroyer", "humvee", "jetfighter", "jetliner",
                        "newspaper", "regiment", "settlement", "branokker", "brigaider", "tinginist",
                        "traffiker", "filmaker", "tourer"})


def group_heads(agents: dict) -> list[str]:
    """Plural nouns for people who act together, from the Phoenix agents (see PEOPLE_KINDS)."""
    heads = set()
    for singular, entry in agents.items():
        if " " in singular or "-" in singular or "." in singular or entry["kind"] not in PEOPLE_KINDS:
            continue
        if not singular.isalpha() or not singular.endswith(PERSON_ENDINGS) or singular in NOT_PEOPLE:
            continue
        plural = singular[:-3] + "men" if singular.endswith("man") else singular + "s"
        if plural in entry["forms"] or singular.endswith("man"):
            heads.add(plural)
    return sorted(heads)


def write_group_heads(heads: list[str], out: Path) -> None:
    lines = [
        "# GENERATED by scripts/make_cameo_lexicon.py from the PETRARCH-2 / Phoenix agents",
        "# (Phoenix.agents.txt, MIT licence: PETRARCH2-LICENSE.txt). Do not edit by hand.",
        "# Plural nouns for people who act together (agent kinds of people, nouns with a person's",
        "# ending): heads of unnamed groups besides groups.yaml's ('dissidents', 'kidnappers').",
        "heads:",
    ]
    lines += [f"  - {scalar(h)}" for h in heads]
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")


def load_generic(path: Path) -> tuple[set[str], set[str]]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return ({str(w).lower() for w in data["generic"]},
            {str(w).lower() for w in data.get("no_objects") or ()})


def load_hand_nouns(path: Path) -> dict:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    out = {}
    for noun, entry in (data.get("nouns") or {}).items():
        out[str(noun)] = None if entry is None else {k: (str(v) if k == "cameo" else v) for k, v in entry.items()}
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--dictionaries", type=Path, required=True, help="the petrarch2 folder")
    ap.add_argument("--out", type=Path, default=LEXICONS, help="output folder (kg/lexicons)")
    ap.add_argument("--lexicons", type=Path, default=LEXICONS,
                    help="folder of the hand-written inputs (cameo_map.yaml, ...)")
    args = ap.parse_args(argv)
    d = args.dictionaries
    cmap = CodeMap(yaml.safe_load((args.lexicons / "cameo_map.yaml").read_text(encoding="utf-8")))
    generic, no_objects = load_generic(args.lexicons / "generic_verbs.yaml")
    hand = load_hand_nouns(args.lexicons / "event_nouns.yaml")
    triggers = derive_triggers(d / "CAMEO.2.0.txt", cmap, generic, no_objects, hand)
    agents = read_agents(d / "Phoenix.agents.txt")
    orgs = read_organizations([d / "Phoenix.International.actors.txt",
                               d / "Phoenix.MilNonState.actors.txt"])
    people = read_people(d / "Phoenix.Countries.actors.txt",
                         read_country_codes(d / "Phoenix.Countries.actors.txt", args.lexicons / "countries.tsv"))
    args.out.mkdir(parents=True, exist_ok=True)
    write_triggers(triggers, args.out / "cameo_triggers.yaml")
    write_actors(agents, orgs, people, args.out / "actors.yaml")
    write_group_heads(group_heads(agents), args.out / "group_heads.yaml")
    print(f"verbs {len(triggers['verbs'])}, verb-object pairs "
          f"{sum(len(v) for v in triggers['verb_objects'].values())}, phrasal "
          f"{len(triggers['phrasal'])}, nouns {len(triggers['nouns'])}, agents {len(agents)}, "
          f"organizations {len(orgs)}, people {len(people)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
