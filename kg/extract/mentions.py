"""Entity mentions and roles in one sentence: gazetteer, lexicons and patterns.

`MentionReader` keeps what an article has taught it so far (the people met,
their surnames, the focus country) and reads one sentence at a time into
`Mention`s, recording entities and roles in its `EntityTable`.
"""
from __future__ import annotations

import collections
import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from kg.facts import Entity, Role
from kg.extract.grammar import POSSESSIVE_DETERMINERS
from kg.extract.roles import RoleReader
from kg.extract.tokens import (POSSESSIVE, Mention, feature_named_for, first_words, for_or_against, is_namey,
                               named_as, quoted_tokens, span_text, token_texts)
from kg.extract.gazetteer import load_gazetteer
from kg.extract.dates import WEEKDAYS
from kg.extract.nlp import common_words
from kg.extract.quantities import CURRENCY_CODES
from kg.extract.lexicon import Lexicon, names_an_outlet
from kg.extract.names import (Named, NameTables, city_key, country_key, group_key, name_tables, org_key,
                      person_key, place_key)

_DETERMINERS = {"the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these", "those"}
_PLACE_FILLERS = {"the", "capital", "central", "city", "of", "downtown", "western", "eastern", "northern",
                  "southern", "northwestern", "northeastern", "southwestern", "southeastern", "village",
                  "town", "town of", "region", "province", "district", ",", "its", "country's", "streets", "street",
                  "square", "main", "neighboring", "neighbouring", "outskirts", "suburbs", "centre", "center", "heart", "parts", "part", "areas", "area",
                  # "in the occupied West Bank", "in the restive north", "in the besieged city of Sumy"
                  "occupied", "restive", "besieged", "breakaway", "annexed", "disputed", "embattled", "remote",
                  "rural", "coastal", "north", "south", "east", "west"}
_NAME_PARTICLES = {"al", "el", "ad", "ed", "ash", "as", "ar", "at", "az", "an", "ul", "ud", "ur"}
_CROWD_WORDS = frozenset({"dozens", "scores", "hundreds", "thousands", "millions", "tens"})
"""Words that count a crowd with no noun ("Thousands marched", "Tens of thousands")."""
_TOLL_LEMMAS = frozenset({"kill", "injure", "wound", "displace", "maim", "uproot"})
_SURNAME_PARTICLES = frozenset({"van", "von", "de", "da", "do", "dos", "das", "der", "den", "del", "della", "di", "du",
                                "ter", "ten", "bin", "ibn", "ben", "la", "le"})
"""Lowercase words that open a surname ("van Weel", "de Souza", "bin Salman")."""
_GENERATIONS = frozenset({"Jr.", "Jr", "Sr.", "Sr"})
"""Words after a surname that tell a generation ("Ferdinand Marcos Jr."): part of the name, not its surname."""


def _name_word(text: str) -> bool:
    """Whether a word of an unknown name is letters, an initial ("Robert F. Kennedy") or a generation ("Jr.")."""
    return text.replace("-", "").replace("'", "").isalpha() or text in _GENERATIONS \
        or len(text) == 2 and text[0].isupper() and text[1] == "."
_NATIONAL_FORCES = {"military", "army", "navy", "air force", "armed forces"}
_LINKING_WORDS = frozenset({"linked", "belonging", "loyal", "allied", "affiliated"})  # "militants linked with the BLA"


@dataclass
class EntityTable:
    """Entities met so far in one article, in order of first mention."""

    labels: dict[str, str] = field(default_factory=dict)
    types: dict[str, str] = field(default_factory=dict)
    aliases: dict[str, dict[str, None]] = field(default_factory=dict)
    countries: dict[str, str] = field(default_factory=dict)  # region key -> the ISO code of its country

    def add(self, key: str, label: str, type_: str, surface: str | None = None, country: str | None = None) -> str:
        if key not in self.labels:
            self.labels[key], self.types[key], self.aliases[key] = label, type_, {}
        if country:
            self.countries.setdefault(key, country)
        if surface and surface.lower() != self.labels[key].lower() \
                and all(surface.lower() != seen.lower() for seen in self.aliases[key]):
            self.aliases[key][surface] = None
        return key

    def entities(self) -> tuple[Entity, ...]:
        return tuple(Entity(k, self.labels[k], self.types[k], tuple(self.aliases[k]), self.countries.get(k))
                     for k in self.labels)


@functools.lru_cache(maxsize=4)
def _surname_states(lexicon: Lexicon) -> dict[str, str]:
    """Surname -> country of the actor dictionaries' politicians, for surnames only one country's bear."""
    states: dict[str, set[str]] = {}
    for name, country in lexicon.actor_people.items():
        if " " in name and name not in lexicon.full_name_only:
            states.setdefault(name.split()[-1], set()).add(country)
    return {surname: next(iter(found)) for surname, found in states.items() if len(found) == 1}


_BETWEEN_WORDS = frozenset({"between", "from", "to", "linking", "connecting", "and", "via"})
"""Words before two towns' names that join the towns ("trains between Strasbourg Kehl"): no person's name."""


@functools.lru_cache(maxsize=4)
def given_names(lexicon: Lexicon) -> frozenset[str]:
    """First words of the people the actor dictionaries know ("vladimir", "angela"), lower case."""
    return frozenset(name.split()[0] for name in lexicon.actor_people if " " in name)


@functools.cache
def focus_demonym(iso2: str) -> str | None:
    """The longest adjective the gazetteer gives a country ("IN" -> "Indian"), as written in names."""
    found = max((d for d, code in load_gazetteer().country_by_demonym.items() if code == iso2 and not d.endswith("s")),
                key=len, default=None)  # "British", not "Brit"; "Philippine", not "Filipino"
    return " ".join(w[:1].upper() + w[1:] for w in found.split()) if found else None


_DONE_TO_PEOPLE = frozenset({"arrest", "detain", "jail", "imprison", "free", "kidnap", "abduct", "release", "kill",
                             "assassinate", "execute", "sentence", "charge", "indict", "interrogate", "accuse",
                             "convict", "prosecute", "extradite", "pardon", "summon"})
_CASES_AGAINST = frozenset({"charge", "lawsuit", "suit", "case", "complaint", "accusation", "allegation", "warrant",
                            "indictment"})
"""Nouns of a case brought against someone: an unknown name after their "against" is a person's."""
"""Verbs whose object is a person: an unknown name they take as object is a person's name."""

_COMPASS = frozenset({"northern", "southern", "eastern", "western", "central", "northeastern", "northwestern",
                      "southeastern", "southwestern", "north", "south", "east", "west"})


@functools.lru_cache(maxsize=4)
def _event_nouns(lexicon: Lexicon) -> frozenset[str]:
    """The one-word triggers and event nouns of the lexicon's scenes and meetings: nouns a place can modify."""
    scenes = {"Protest", "Arrest", "ForceDisplay", "Assault", "Restriction", "Meeting"}  # (not "Washington sanctions")
    words = {p[0].lower() for g in lexicon.trigger_groups for p in g.triggers if len(p) == 1 and g.type in scenes}
    return frozenset(words | {k for k, v in lexicon.lemma_triggers.nouns.items() if v in scenes})


class MentionReader(RoleReader):
    """Reads sentences of one article into mentions, entities and roles."""

    def __init__(self, lexicon: Lexicon, focus_country: str | None = None):
        self.lex = lexicon
        self.tables: NameTables = name_tables(lexicon)
        self.words = lexicon.words
        self.table = EntityTable()
        self.roles: dict[Role, None] = {}
        self.surnames: dict[str, str] = {}
        self.focus = focus_country
        self.last_person: str | None = None
        self.last_subject_person: str | None = None  # the person the last sentence's main verb was about
        self.last_subject_one: str | None = None  # or the one unnamed person it was about ("A student said")
        self.last_unquoted_person: str | None = None  # the last person named outside quotation marks
        self.recent_persons: list[str] = []  # persons in the order last named, the latest last
        self.gender: dict[str, str] = {}  # person key -> "m" or "f", from "Mr", "Ms", "spokeswoman" before a name
        self.last_subject_body: str | None = None  # the organisation or group it was about
        self.last_subject_state: str | None = None  # the state it was about (its main verb's subject, or its owner)
        self.last_patient_group: str | None = None  # the group the last sentence's main verb acted on
        self.last_main_group: str | None = None  # the last group the last sentence named outside a relative clause
        self.last_told_body: str | None = None  # the body the last sentence was about, not the one that told it
        self.last_told_group: str | None = None  # the last main group, not one that told the sentence
        # or a participle's clause
        self.last_group: str | None = None
        self.last_actor: str | None = None
        self.sentence_count = 0
        self.full_names: dict[str, str] = {}  # "Antony Blinken" -> his key, once the story named him
        self.full_name_starts: set[str] = set()  # their first words, to look them up only where one starts
        self.seen: dict[str, int] = {}  # entity key -> the last sentence that named it
        self.org_words: dict[str, set[str]] = {}  # organisation key -> words that describe it
        self.fighter_words: dict[str, set[str]] = {}  # armed organisation key -> what its members are called
        self.times_named: collections.Counter[str] = collections.Counter()  # person key -> mentions so far
        self.unnamed_ages: set[str] = set()  # ages the story gave someone it did not name ("a 19-year-old")
        self.person_country: dict[str, str] = {}
        self.acronyms: dict[str, str] = {}
        self.law_initials: set[str] = set()  # "(CAATSA)" after a law's name: its initials name no body
        self.private_persons: set[str] = set()  # persons described as one of the public (a witness, a resident)
        self._title_heads = frozenset(h.lower() for h in lexicon.title_heads)
        self._title_mods = frozenset({m.lower() for m in lexicon.title_modifiers} | {"former", "acting", "deputy", "then"})
        self._state_titles = frozenset(t.lower() for t in lexicon.state_titles)
        self._honorifics = set(lexicon.honorifics)
        self._group_heads = frozenset({h.lower() for h in lexicon.group_heads} | set(lexicon.group_singulars))
        self.group_heads = self._group_heads  # (read by the extractor: which groups name one person)
        self._group_mods = {m.lower() for m in lexicon.group_modifiers}
        self._not_names = set(self.words["not_names"])
        self._taught = {org_key(e.label): e.taught for e in lexicon.organizations if e.taught}
        self._modifier_nouns = frozenset(self.words["org_descriptors"] | self.lex.person_nouns | self._title_heads)

    # ---- public -------------------------------------------------------------
    def snapshot(self) -> "MentionReader":
        """A copy that reads on without changing this reader (what it learns is its own)."""
        from copy import copy

        other = copy(self)
        other.table = EntityTable(dict(self.table.labels), dict(self.table.types),
                                  {k: dict(v) for k, v in self.table.aliases.items()}, dict(self.table.countries))
        for name in ("roles", "surnames", "full_names", "acronyms", "seen", "person_country", "gender"):
            setattr(other, name, dict(getattr(self, name)))
        other.recent_persons = list(self.recent_persons)
        other.full_name_starts = set(self.full_name_starts)
        other.private_persons = set(self.private_persons)
        other.org_words = {k: set(v) for k, v in self.org_words.items()}
        other.fighter_words = {k: set(v) for k, v in self.fighter_words.items()}
        other.times_named = collections.Counter(self.times_named)
        other.unnamed_ages = set(self.unnamed_ages)
        return other

    def focus_key(self) -> str | None:
        """The focus country's entity key (recorded as an entity), if known."""
        if not self.focus:
            return None
        return self.table.add(country_key(self.focus), self._country_label(self.focus), "Country")

    def read(self, doc: Doc, sent: Span) -> list[Mention]:
        """All mentions of `sent` (a sentence of `doc`), sorted by position."""
        # "a USD 500 million loan": the currency's code, no organisation
        # (or after it: "a 300 million USD credit line")
        taken: set[int] = {t.i for t in sent if t.text in CURRENCY_CODES and (
            t.i + 1 < sent.end and doc[t.i + 1].like_num or t.i > sent.start and doc[t.i - 1].like_num)}
        before = self.last_person
        unquoted_before = self.last_unquoted_person
        subject_before = self.last_subject_person
        # "the journalist" is the one journalist the story named, before it is a group of one
        mentions = self._descriptions(doc, sent, taken)
        mentions += self._org_descriptions(doc, sent, taken)
        mentions += self._bodies_by_their_words(doc, sent, taken)
        fighters = self._fighters_named_before(doc, sent, taken)
        mentions += fighters
        mentions += self._groups(doc, sent, taken, read={m.end - 1 for m in fighters})
        mentions += self._bare_crowds(doc, sent, taken)
        mentions += self._halves_told(doc, sent, taken)
        mentions += self._state_phrases(doc, sent, taken)
        mentions += self._names(doc, sent, taken)
        mentions += self._leaders_of(doc, sent, taken)
        mentions.sort(key=lambda m: m.start)
        mentions += self._nicknames(doc, sent, mentions)
        mentions += self._group_named_before_in(doc, sent, mentions)
        mentions.sort(key=lambda m: m.start)
        # "Groups of young Tunisian men": the men the word counts, no group "groups" of its own
        mentions = [m for m in mentions if not (m.type == "Group" and m.text.lower() in ("group", "groups") and any(
            n is not m and n.type == "Group" and n.start <= m.start and m.end < n.end for n in mentions))]
        mentions = self._members_of_named_bodies(doc, sent, mentions)
        persons = [m for m in mentions if m.type == "Person"]
        mentions = self._national_branches(doc, mentions)
        mentions = self._agencies(doc, sent, mentions)
        mentions = self._governments(doc, sent, mentions)
        mentions = self._representatives(doc, sent, mentions)
        self._genders(doc, persons)
        ones = [m for m in mentions if self._one_unnamed(doc, m)]
        one_before = self.last_subject_one
        mentions += self._pronouns(doc, sent, persons, before, subject_before, unquoted_before, ones, one_before)
        mentions += self._ages_for_names(doc, sent, mentions)
        mentions += self._plural_pronouns(doc, sent, mentions)
        mentions += self._it_pronouns(doc, sent, mentions)
        mentions.sort(key=lambda m: m.start)
        mentions = self._persons_described(doc, mentions)
        groups = [m.key for m in mentions if m.type == "Group"]
        self.last_group = groups[-1] if groups else self.last_group
        # (nor in a participle's clause: "Protesters attacked embassies, accusing Western countries of ... . Police
        # fired tear gas to disperse them": the protesters)
        main = [m.key for m in mentions if m.type == "Group" and m.text.lower() not in ("they", "them")
                and not any(a.dep_ in ("relcl", "acl") or a.dep_ == "advcl" and a.tag_ == "VBG"
                            for a in doc[m.end - 1].ancestors)]
        self.last_main_group = main[-1] if main else None
        told = self._told_before_its_teller(doc, sent)
        # "Gunmen attacked the town, local officials said. They also burned": whom the told clause is about acts on,
        # not who told it (who goes on speaking: "They added")
        told_groups = [m.key for m in mentions if m.key in main and told & set(range(m.start, m.end))]
        self.last_told_group = told_groups[-1] if told_groups else None if told else self.last_main_group
        # "The journalists were detained by police", "Police detained three activists": whom the sentence's main
        # verb takes, what a passive "they" or an object "them" of a release or a charge after it most likely is
        # (not "told reporters that ...": an audience; not "kidnapped by gunmen. Police arrested them")
        patients = [m.key for m in mentions if m.type == "Group" and doc[m.end - 1].dep_ in ("nsubjpass", "dobj")
                    and (doc[m.end - 1].head.dep_ == "ROOT" or doc[m.end - 1].head.dep_ == "ccomp"
                         and doc[m.end - 1].head.head.dep_ == "ROOT" and doc[m.end - 1].head.i < doc[m.end - 1].head.head.i)
                    and doc[m.end - 1].head.lemma_.lower() in self.words["detaining_lemmas"]]
        self.last_patient_group = patients[0] if patients else None
        actors = [m.key for m in mentions if not m.locative and self._singular_actor(m)]
        self.last_actor = actors[-1] if actors else self.last_actor
        self._appositions(doc, sent, mentions)
        self.private_persons.update(self._described_as_private(doc, sent, mentions))
        self._describe_orgs(doc, sent, mentions)
        mentions = self._bodies_of_persons(doc, sent, mentions)
        self.sentence_count += 1
        self.seen.update((m.key, self.sentence_count) for m in mentions)
        quoted = quoted_tokens(doc, sent)
        unquoted = [m.key for m in mentions if m.type == "Person" and m.start not in quoted]
        self.last_unquoted_person = unquoted[-1] if unquoted else self.last_unquoted_person
        for m in mentions:
            if m.type == "Person":
                self.recent_persons = [k for k in self.recent_persons if k != m.key] + [m.key]
                self.times_named[m.key] += 1
        root_subjects = [m.key for m in mentions if m.type == "Person" and any(
            doc[k].dep_ in ("nsubj", "nsubjpass") and doc[k].head.dep_ == "ROOT"
            or doc[k].dep_ == "appos" and doc[k].head.dep_ in ("nsubj", "nsubjpass") and doc[k].head.head.dep_ == "ROOT"
            for k in range(m.start, m.end))] \
            or [m.key for m in mentions if m.type == "Person" and m.start not in quoted and not _nested(doc, m) and any(
                doc[k].dep_ in ("nsubj", "nsubjpass") for k in range(m.start, m.end))]
        # "When Ana Ortiz, a critic of President Tomas Herrera, was arrested ..., few were surprised. Police
        # dragged her from her car": a person the sentence's clauses are about, when its main verb's is none
        cited = [m.key for m in mentions if m.type == "Person" and m.start >= 2 + sent.start
                 and doc[m.start - 1].lower_ == "to" and doc[m.start - 2].lower_ == "according"]
        # "..., according to Caoilfhionn Gallagher. She told VOA": who the sentence is told by
        self.last_subject_person = root_subjects[0] if root_subjects else cited[0] if cited else None
        one_subjects = [m.key for m in ones if doc[m.end - 1].dep_ == "nsubj" and doc[m.end - 1].head.dep_ == "ROOT"
                        and doc[m.end - 1].head.lemma_.lower() in self.words["speech_lemmas"]]
        # "A student at the protest said the police had beaten him. “They broke my arm,” he said": the student
        self.last_subject_one = one_subjects[0] if one_subjects and not root_subjects else None
        bodies = [m.key for m in mentions if m.type in ("Organization", "Group") and any(
            doc[k].dep_ in ("nsubj", "nsubjpass") and doc[k].head.dep_ == "ROOT"
            or doc[k].dep_ in ("compound", "poss", "nmod") and doc[k].head.dep_ in ("nsubj", "nsubjpass")
            and doc[k].head.head.dep_ == "ROOT" for k in range(m.start, m.end))]  # "The G7 joint statement said"
        self.last_subject_body = bodies[0] if bodies else None
        told_bodies = [m.key for m in mentions if m.type in ("Organization", "Group") and told & set(range(m.start, m.end))]
        self.last_told_body = told_bodies[0] if told_bodies else None if told else self.last_subject_body
        subject = [t for t in sent if t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT"]
        heads = {c.i for t in subject for c in (t, *t.conjuncts)} | {  # "North Korea fired", "Niger's junta expelled"
            c.i for t in subject if t.lemma_.lower() in self.words["state_organ_heads"]
            for c in t.children if c.dep_ == "poss"}  # (not "Russia's Gazprom", "Venezuela's opposition")
        states = {m.key for m in mentions if m.type == "Country" and not m.locative and heads & set(range(m.start, m.end))}
        # (one state alone: not "Russia and China held talks", nor "The ruling party lost its majority")
        self.last_subject_state = next(iter(states)) if len(states) == 1 else None
        return mentions

    # ---- "the ministry", "the militant group": an organisation named before ----------
    def _describe_orgs(self, doc: Doc, sent: Span, mentions: list[Mention]) -> None:
        """Record the words an organisation is known by: its name's ("Foreign Ministry"), and a
        description before it ("the militant group Boko Haram") or in apposition after it
        ("Spring-96, a human rights group")."""
        heads = self.words["org_anaphor_heads"]
        for m in mentions:
            if m.type != "Organization":
                continue
            self._describe_fighters(doc, sent, m)
            words = self.org_words.setdefault(m.key, set())
            words.update(w for w in self._name_words(m.key) if w in heads)
            # "the Rapid Support Forces ... the paramilitary force"
            if m.start - 1 >= sent.start and doc[m.start - 1].lower_ in heads:
                words.add(doc[m.start - 1].lower_)
            if m.start - 1 >= sent.start and doc[m.start - 1].lower_ in self.words["armed_group_adjectives"]:
                words.add(doc[m.start - 1].lower_)  # "the paramilitary Rapid Support Forces ... the paramilitary group"
            after = next((t for t in doc[m.end:min(m.end + 3, sent.end)] if not t.is_lower or t.lower_ in heads), None)
            if after is not None and after.lower_ in heads \
                    and all(t.pos_ in ("ADJ", "NOUN") for t in doc[m.end:after.i]):
                words.add(after.lower_)  # "the Shining Path rebel group"
            if m.end + 1 < sent.end and doc[m.end].text == "," and doc[m.end + 1].lower_ in ("a", "an", "the"):
                stop = self._chunk_end(doc, sent, m.end + 1)
                first = next((t for t in doc[m.end + 2:stop] if t.lower_ in heads), None)
                if first is not None and not any(t.lower_ == "of" for t in doc[m.end + 2:first.i]):
                    words.add(first.lower_)

    def _members_of_named_bodies(self, doc: Doc, sent: Span, mentions: list[Mention]) -> list[Mention]:
        """"Fighters of the Rapid Support Forces attacked", "forces loyal to the GNU", "militants linked to the
        Islamic State group": armed men told only as a named organisation's are that organisation acting."""
        heads = self.words["fighter_heads"] | {"members"}
        out = list(mentions)
        for n, m in enumerate(mentions):
            if m.type != "Group" or doc[m.end - 1].lower_ not in heads or m.end - m.start > 2:
                continue  # (one or two words: "fighters", "Islamist militants"; not "Sudanese army soldiers")
            k = m.end
            if k + 1 < sent.end and doc[k].lower_ in _LINKING_WORDS \
                    and doc[k + 1].lower_ in ("to", "with"):
                k += 2
            elif k < sent.end and doc[k].lower_ in ("of", "from"):
                k += 1
            else:
                continue
            k += k < sent.end and doc[k].lower_ == "the"
            while k < sent.end and doc[k].lower_ in self.words["armed_group_adjectives"]:
                k += 1  # "linked with the banned Baloch Liberation Army"
            body = next((b for b in mentions if b.start == k and b.type == "Organization"), None)
            if body is None:
                continue
            self.table.add(body.key, self.table.labels[body.key], "Organization", m.text)
            out[n] = Mention(m.start, m.end, body.key, "Organization", m.text, m.locative, m.agentive)
        return out

    def _describe_fighters(self, doc: Doc, sent: Span, m: Mention) -> None:
        """Record what an organisation's members are called where the sentence calls them so: "Houthi rebels"
        (the noun read as the organisation's), "the militant group Hamas", "Hamas, a militant group", "the BLA
        separatist group", "separatists of the Baloch Liberation Army"."""
        fighters = self.words["fighter_nouns"]
        called = set()
        if m.text.lower() in fighters:
            called.add(m.text.lower())
        heads = ("group", "groups", "movement", "organization", "organisation", "faction", "militia")
        before = m.start - 1
        if before - 1 >= sent.start and doc[before].lower_ in heads:
            called.add(doc[before - 1].lower_ + "s")  # "the militant group Hamas"
        k = m.start - 1
        while k > sent.start and (doc[k].lower_ == "the" or doc[k].lower_ in self.words["armed_group_adjectives"]):
            k -= 1
        if k > sent.start and doc[k].lower_ in ("with", "to") and doc[k - 1].lower_ in _LINKING_WORDS:
            k -= 1  # "militants linked with the banned Baloch Liberation Army", "separatists belonging to the BLA"
        if k > sent.start and (doc[k].lower_ in ("of", "from") or doc[k].lower_ in _LINKING_WORDS):
            called.add(doc[k - 1].lower_)  # "separatists of the Baloch Liberation Army"
        after = m.end + 1 if m.end < sent.end and doc[m.end].text == "," else m.end
        if after < sent.end and doc[after].lower_ in ("a", "an", "the") and after > m.end:
            after += 1  # "Hamas, a militant group"
        k = after
        while k < min(sent.end, after + 3) and doc[k].is_lower and doc[k].lower_ not in heads:
            k += 1
        if k < sent.end and doc[k].lower_ in heads:
            called.update(t.lower_ + "s" for t in doc[after:k])  # "the BLA separatist group"
        called &= fighters
        if called:
            self.fighter_words.setdefault(m.key, set()).update(called)

    def _fighters_named_before(self, doc: Doc, sent: Span, taken: set[int]) -> list[Mention]:
        """"Yemen's Houthi rebels attacked a ship. The rebels also fired missiles": "the rebels" (or "the
        fighters", "the militants") are the armed organisation the story called by such a word, when it called
        one so in the last ten sentences (two: neither) and named no group by that word since."""
        out = []
        fighters = self.words["fighter_nouns"]
        for i in range(sent.start, sent.end - 1):
            word = doc[i + 1].lower_
            if doc[i].lower_ != "the" or word not in fighters or i in taken or i + 1 in taken:
                continue
            if i + 2 < sent.end and (doc[i + 2].lower_ in ("of", "from", "in", "who", "behind") or is_namey(doc[i + 2])):
                continue  # "the rebels of the M23", "the militants behind the attack": said which
            called = [k for k, words in self.fighter_words.items() if words and k in self.seen
                      and self.sentence_count - self.seen[k] < 10]  # (news calls them by one word, then another)
            if len(called) != 1:
                continue
            since = [k for k, label in self.table.labels.items() if self.table.types.get(k) == "Group"
                     and label.lower().split()[-1:] == [word] and self.seen.get(k, -1) > self.seen[called[0]]]
            if since:
                continue  # "Militants stormed a school ... The militants killed five": the ones just told
            surface = span_text(doc, i, i + 2)
            self.table.add(called[0], self.table.labels[called[0]], "Organization", surface)
            out.append(Mention(i, i + 2, called[0], "Organization", surface, agentive=self._by(doc, i, sent.start)))
            taken.update((i, i + 1))
        return out

    def _bodies_by_their_words(self, doc: Doc, sent: Span, taken: set[int]) -> list[Mention]:
        """"The Kenya Coast Guard Service seized two trawlers. ... accused the coast guard of ...", "the Central
        Bank of Nigeria ... the central bank said": "the" and lower-case words that stand in a row in the name
        of one organisation named in the last few sentences are that organisation."""
        out = []
        for i in range(sent.start, sent.end - 2):
            if doc[i].lower_ != "the" or i in taken:
                continue
            end = i + 1
            while end < sent.end and end - i <= 4 and doc[end].is_lower and doc[end].is_alpha \
                    and doc[end].pos_ in ("NOUN", "ADJ", "PROPN") and end not in taken:
                end += 1
            named_after = end + 1 < sent.end and doc[end].lower_ == "of" and (
                is_namey(doc[end + 1]) or doc[end + 1].lower_ == "the" and end + 2 < sent.end and is_namey(doc[end + 2]))
            if end - i < 3 or doc[end - 1].pos_ != "NOUN" or named_after or end < sent.end and (
                    is_namey(doc[end]) or doc[end].text in POSSESSIVE):
                continue  # two words at least ("the coast guard"; not "the army"); not "the central bank of Kenya"
            words = " " + span_text(doc, i + 1, end).lower() + " "
            bodies = {k for k, n in self.seen.items() if self.table.types.get(k) == "Organization"
                      and self.sentence_count - n < 6
                      and words in " " + self.table.labels.get(k, "").lower().replace("-", " ") + " "}
            if len(bodies) != 1:
                continue
            key = bodies.pop()
            surface = span_text(doc, i, end)
            self.table.add(key, self.table.labels[key], "Organization", surface)
            out.append(Mention(i, end, key, "Organization", surface, agentive=self._by(doc, i, sent.start)))
            taken.update(range(i, end))
        return out

    def _org_descriptions(self, doc: Doc, sent: Span, taken: set[int]) -> list[Mention]:
        """"The ministry also accused Chile ...": a definite description whose head names what an
        organisation of the story is (its name or its description has the word) stands for the
        one named last, within the last few sentences."""
        out = []
        heads = self.words["org_anaphor_heads"]
        for i in range(sent.start, sent.end - 1):
            if doc[i].lower_ != "the" or i in taken:
                continue
            pos = i + 1
            while pos < sent.end and pos - i <= 3 and doc[pos].lower_ not in heads \
                    and (doc[pos].pos_ in ("ADJ", "NOUN", "PROPN") or doc[pos].tag_ == "VBN") \
                    and doc[pos].dep_ in ("amod", "compound"):
                pos += 1  # "the militant group", "the Islamist group", "the rights group"
            if pos >= sent.end or doc[pos].lower_ not in heads or not doc[pos].is_lower:
                continue
            end = pos + 1
            if end < sent.end and (doc[end].lower_ in ("of", "in") and not (
                    end + 1 < sent.end and doc[end + 1].tag_ == "VBG")  # "accused the body of failing"
                                   or is_namey(doc[end])
                                   or doc[end].lower_ == "for" and not self._blame_for(doc, end)
                                   or doc[end].lower_ in heads):
                continue  # "the group of seven", "the group Spring-96": not a description of one named before
            if any(t in taken for t in range(i, end)) or self._named_beside(doc, sent, end):
                continue  # (nor "The group, NUFC Fans Against Sportswashing, said": the name beside it says which)
            recent = [k for k, n in self.seen.items() if self.table.types.get(k) == "Organization"
                      and self.sentence_count - n < 6 and doc[pos].lower_ in self.org_words.get(k, ())]
            bare = pos == i + 1 and doc[pos].lower_ in ("group", "organization", "organisation") \
                or doc[pos].lower_ == "bloc" and all(t.is_lower or t.like_num or t.text == "-" for t in doc[i + 1:pos])
            # ("the bloc", "the regional bloc", "the 27-member bloc": the body named last, as "the group" is)
            armed = pos > i + 1 and doc[pos].lower_ in ("group", "organization", "organisation", "movement") and all(
                t.lower_ in self.words["armed_group_adjectives"] for t in doc[i + 1:pos])
            if not recent and pos > i + 1 and doc[pos].lower_ in ("group", "organization", "organisation") and all(
                    t.lower_ in self.words["advocacy_words"] for t in doc[i + 1:pos]) \
                    and self.table.types.get(self.last_subject_body or "") == "Organization" \
                    and not set(self.table.labels.get(self.last_subject_body or "", "").lower().split()) \
                    & self.words["state_body_words"]:
                # "Amnesty International accused ... The rights group said": the body the last sentence was
                # about (not "the Boko Haram conflict" that sentence named in passing)
                recent = [self.last_subject_body]
            if not recent and pos > i + 1 and doc[pos].lower_ in ("group", "organization", "organisation", "body") \
                    and all(t.is_lower for t in doc[i + 1:pos]):  # (not "the Palestinian group": a nation's word)
                # "the poultry farmers group" for the Association of Poultry Farmers: every word before the
                # head is a word of its name (a longer reach: the words say which)
                recent = [k for k, n in self.seen.items() if self.table.types.get(k) == "Organization"
                          and self.sentence_count - n < 12 and all(
                              t.lower_ in self._name_words(k) for t in doc[i + 1:pos])]
            if not recent and armed:
                # "the paramilitary Rapid Support Forces shelled ..., the Sudan Doctors Network said. The paramilitary
                # group denied": the body the story described so
                told = {t.lower_ for t in doc[i + 1:pos]}
                recent = sorted((k for k, n in self.seen.items() if self.table.types.get(k) == "Organization"
                                 and self.sentence_count - n < 4 and told & self.org_words.get(k, set())),
                                key=lambda k: self.seen[k])[-1:]
            if not recent and (bare or armed):
                # "the Committee to Protect Journalists ... according to the group": news calls any body
                # "the group"; the one named last, a few sentences back at most; so is "the insurgent group"
                recent = sorted((k for k, n in self.seen.items() if self.table.types.get(k) == "Organization"
                                 and self.sentence_count - n < 4 and (doc[pos].lower_ != "bloc" or _a_bloc(
                                     self.table.labels.get(k, "")))
                                 and not (doc[pos].lower_ == "group" and self._no_group(k))),
                                key=lambda k: self.seen[k])[-1:]
                # (a ministry or a news outlet is no "group": "..., the Associated Press reported. The group said")
            last = self.last_subject_body
            if recent and bare and last is not None and self.table.types.get(last) == "Organization" \
                    and last in self.seen and self.seen[last] > max(self.seen[k] for k in recent) \
                    and not set(self.table.labels.get(last, "").lower().split()) & self.words["government_body_words"]:
                # (never a ministry: "HRW documented killings. The Interior Ministry rejected them. The group said")
                # "... according to the aid group Relief International. The RSF denied it. In a statement, the
                # group said": the body the last sentence was about, not one a sentence before named in passing
                recent = [last]
            if not recent:
                continue
            key = max(recent, key=lambda k: self.seen[k])
            if any((named := self._lookup(doc, t, pos)) is not None and named[1].kind == "org"
                   and named[1].key != key for t in range(i + 1, pos)):
                continue  # "the UN refugee agency" after the EU's: a body of another named one
            surface = span_text(doc, i, end)
            self.table.add(key, self.table.labels[key], "Organization", surface)
            out.append(Mention(i, end, key, "Organization", surface, agentive=self._by(doc, i, sent.start)))
            taken.update(range(i, end))
        return out

    def _named_beside(self, doc: Doc, sent: Span, end: int) -> bool:
        """Whether a name set off by commas follows `end` ("The group, NUFC Fans Against Sportswashing, said"),
        not a speaker's aside ("The group, Ethiopia said, killed 20 soldiers")."""
        if end + 1 >= sent.end or doc[end].text != "," or not is_namey(doc[end + 1]) \
                or doc[end + 1].text in self._not_names:
            return False
        k = end + 1
        while k < sent.end and (is_namey(doc[k]) or doc[k].lower_ in self.words["name_connectors"]):
            k += 1
        return k < sent.end and doc[k].text == ","

    def _no_group(self, key: str) -> bool:
        """Whether an organisation is one news never calls "the group": a body of government or a news outlet."""
        label = self.table.labels.get(key, "")
        return bool(set(label.lower().split()) & _GOVERNMENT_WORDS) \
            or names_an_outlet(label, self.lex) or any(names_an_outlet(a, self.lex) for a in self.table.aliases.get(key, ()))

    def _group_named_before_in(self, doc: Doc, sent: Span, mentions: list[Mention]) -> list[Mention]:
        """"Hezbollah fired rockets at Israel on Thursday, the group said": "the group" (or "the militant group")
        that no body named before the sentence stands for is the organisation the sentence's main verb has as
        its subject, when no other body comes between them, as one named a sentence before would be."""
        out = []
        covered = {k for m in mentions for k in range(m.start, m.end)}
        for i in range(sent.start + 1, sent.end - 1):
            if doc[i].lower_ != "the" or i in covered:
                continue
            pos = i + 1
            while pos < sent.end - 1 and doc[pos].lower_ in self.words["armed_group_adjectives"]:
                pos += 1
            if doc[pos].lower_ not in ("group", "organization", "organisation", "movement") or pos in covered \
                    or pos + 1 < sent.end and (doc[pos + 1].lower_ in ("of", "in", "for") or is_namey(doc[pos + 1])):
                continue
            if any(c.dep_ == "relcl" for c in doc[pos].children):
                continue  # "the group he worked for": one the clause says
            bodies = [m for m in mentions if m.end <= i and m.type in ("Organization", "Country", "Group")]
            subjects = [m for m in bodies if doc[m.end - 1].dep_ in ("nsubj", "nsubjpass")]
            said = doc[pos].dep_ == "nsubj" and doc[pos].head.dep_ == "ROOT" and doc[pos].head.i > pos
            if said:
                # "Hezbollah fired rockets at Israel on Thursday, the group said": the one subject of what is said
                found = subjects[0] if len(subjects) == 1 and doc[subjects[0].end - 1].head.dep_ == "ccomp" \
                    and doc[subjects[0].end - 1].head.head.i == doc[pos].head.i else None
            else:
                # "Hamas rejected the offer, and the group said": the main verb's subject, with no other body between
                # ("Human Rights Watch said the RSF killed civilians, and the group urged": whose words, unsaid)
                found = bodies[-1] if bodies and bodies[-1] in subjects and doc[bodies[-1].end - 1].head.dep_ == "ROOT" \
                    else None
            if found is None or found.type != "Organization" or found.locative:
                continue  # (nor one named in passing: "In a statement to Reuters")
            key, surface = found.key, span_text(doc, i, pos + 1)
            self.table.add(key, self.table.labels[key], "Organization", surface)
            out.append(Mention(i, pos + 1, key, "Organization", surface, agentive=self._by(doc, i, sent.start)))
        return out

    def _name_words(self, key: str) -> set[str]:
        """The lowercase words of an entity's label, and of its plurals singular ("Farmers": farmers, farmer)."""
        words = self.table.labels.get(key, "").lower().split()
        return set(words) | {w[:-1] for w in words if w.endswith("s")}

    def _bodies_of_persons(self, doc: Doc, sent: Span, mentions: list[Mention]) -> list[Mention]:
        """"Nika Melia, a leader of the United National Movement, ..., his party said": "his party" is the
        body the person holds a role in whose name or description has the word."""
        heads = self.words["org_anaphor_heads"]
        out = []
        for m in mentions:
            if m.type == "Person" and m.text.lower() in ("his", "her") and m.end < sent.end \
                    and doc[m.end].lower_ in heads:
                head = doc[m.end].lower_
                bodies = [r.of for r in self.roles if r.person == m.key and r.of and r.of.startswith("organization/")]
                # the body whose words have the head; or the one body they hold a post in ("his party": the
                # movement he leads)
                body = next((b for b in bodies if head in self.org_words.get(b, ())), None) or (
                    bodies[0] if len(set(bodies)) == 1 and head in ("party", "movement", "coalition") else None)
                if body is not None:
                    surface = span_text(doc, m.start, m.end + 1)
                    self.table.add(body, self.table.labels[body], "Organization", surface)
                    m = Mention(m.start, m.end + 1, body, "Organization", surface, m.locative, m.agentive)
            out.append(m)
        return out

    @staticmethod
    def _blame_for(doc: Doc, pos: int) -> bool:
        """"blamed the paramilitary force for the attack": "for" gives the reason, not the group's name."""
        return doc[pos].head.i != pos - 1 or doc[pos].head.head.lemma_.lower() in ("blame", "criticize", "criticise",
                                                                                   "condemn", "praise", "thank")

    def _nicknames(self, doc: Doc, sent: Span, mentions: list[Mention]) -> list[Mention]:
        """"Mohamed, known by his nickname Farmajo", "Hamas leader X, also known as Abu Y": the name
        after is the same person (or body) from then on."""
        out = []
        covered = {i for m in mentions for i in range(m.start, m.end)}
        for m in mentions:
            if m.type not in ("Person", "Organization"):
                continue
            k = m.end + (m.end < sent.end and doc[m.end].text == ",")
            if k < sent.end and doc[k].lower_ == "also":
                k += 1
            if k < sent.end and doc[k].lower_ == "nicknamed":
                k += 1
            elif k + 1 < sent.end and doc[k].lower_ == "known" and doc[k + 1].lower_ in ("as", "by"):
                k += 2
                while k < sent.end and doc[k].lower_ in ("his", "her", "its", "the", "nickname", "name"):
                    k += 1
            else:
                continue
            end = k
            while end < sent.end and is_namey(doc[end]) and end not in covered and end - k < 4:
                end += 1
            if end == k:
                continue
            nickname = span_text(doc, k, end)
            self.table.add(m.key, self.table.labels[m.key], m.type, nickname)
            if end - k == 1:
                self.surnames[nickname.lower()] = m.key
            self.full_names.setdefault(nickname, m.key)
            self.full_name_starts.add(nickname.split()[0])
            out.append(Mention(k, end, m.key, m.type, nickname))
        return out

    def _one_unnamed(self, doc: Doc, m: Mention) -> bool:
        """Whether a group's mention is one person the story brings in unnamed ("a student", "one lawyer"), not
        a body ("a team") nor one it named ("the New York resident", "her lawyer")."""
        head = doc[m.end - 1]
        return m.type == "Group" and head.tag_ == "NN" and head.lower_ in self._group_heads \
            and head.lemma_.lower() not in _COLLECTIVES \
            and any(c.dep_ in ("det", "nummod") and c.lower_ in ("a", "an", "one", "another") for c in head.children)

    def _pronouns(self, doc: Doc, sent: Span, persons: list[Mention], before: str | None,
                  subject_before: str | None = None, unquoted_before: str | None = None,
                  ones: Sequence[Mention] = (), one_before: str | None = None) -> list[Mention]:
        """He, him, his, she, her: the nearest person named before them (also
        inside "Lukashenko's government"); a subject "he" or "she" with no one named before it in
        its sentence is the person the last sentence was about, its subject, when that was a person.
        One unnamed person ("A student at the protest said the police had beaten him") is whom a pronoun
        in the clause they are the subject of stands for, and a subject "he" or "she" of the next sentence
        when no person was named there."""
        out = []
        taken = {i for m in persons for i in range(m.start, m.end)}
        quoted = quoted_tokens(doc, sent)
        for i in range(sent.start, sent.end):
            if i in taken or doc[i].lower_ not in self.words["person_pronouns"]:
                continue
            # "“I had a call with Putin,” he said": a person named inside quotation marks is not whom a pronoun
            # outside them stands for
            outside = i not in quoted and doc[i].dep_ == "nsubj" \
                and doc[i].head.lemma_.lower() in self.words["speech_lemmas"]  # who says it, outside them
            told = _told_by_relative(doc[i], persons)
            earlier = [m.key for m in persons if m.end <= i and not (outside and m.start in quoted) and m.key != told]
            subject = doc[i].dep_ in ("nsubj", "nsubjpass") and doc[i].lower_ in ("he", "she")
            last = unquoted_before if outside and unquoted_before else before
            sex = _sex(self.words, doc[i].lower_)
            # "“He was lawfully arrested,” Mwangi said": who speaks the quotation is not the "he" inside it
            speakers = {m.key for m in persons if m.start not in quoted} if i in quoted else set()
            fits = [k for k in earlier if self.gender.get(k, sex) == sex and k not in speakers]
            one = self._unnamed_subject_above(doc, i, list(ones) + [m for m in out if m.type == "Group"], sex) \
                if doc[i].dep_ == "nsubj" else None  # ("A lawyer said she was beaten": not the lawyer)
            if one is not None and not any(one.start < m.start and m.end <= i and m.key in fits for m in persons):
                out.append(Mention(i, i + 1, one.key, "Group", doc[i].text, agentive=self._by(doc, i, sent.start)))
                continue
            if outside and subject and one_before and not subject_before and not any(m.end <= i for m in persons) \
                    and _sex(self.words, self.table.labels.get(one_before, "").split(" ")[-1].lower()) in (None, sex):
                out.append(Mention(i, i + 1, one_before, "Group", doc[i].text))
                continue  # the one who spoke last goes on speaking
            if fits:
                key = fits[-1]
            elif subject_before and self.gender.get(subject_before, sex) == sex and (subject or not earlier) \
                    and subject_before not in speakers:
                key = subject_before  # the person the last sentence was about, before one named in passing
            elif last and self.gender.get(last, sex) == sex and last not in speakers:
                key = last
            else:  # "Ms Ortiz ... Mr Herrera ... her": the latest person the pronoun can stand for
                key = next((k for k in reversed(self.recent_persons) if self.gender.get(k, sex) == sex
                            and k not in speakers), None)
            if key and doc[i].lower_ in ("his", "her") and i + 1 < sent.end \
                    and doc[i + 1].lower_ in self.words["state_nouns"]:
                state = self._state_led_by(key)
                if state:  # "His government secured a loan": the state he leads, as "Milei's government" is
                    surface = span_text(doc, i, i + 2)
                    out.append(Mention(i, i + 2, self.table.add(state, self._country_label(state.split("/", 1)[1]),
                                                                "Country", surface), "Country", surface))
                    continue
            if key:
                out.append(Mention(i, i + 1, key, "Person", doc[i].text, agentive=self._by(doc, i, sent.start)))
        return out

    def _unnamed_subject_above(self, doc: Doc, i: int, ones: list[Mention], sex: str | None) -> Mention | None:
        """The one unnamed person that is the subject of a verb the pronoun at `i` stands under ("A lawyer for
        the family said he had seen the body"), of its sex where the noun tells one."""
        heads = {m.end - 1: m for m in ones if m.end <= i}
        for verb in doc[i].ancestors:
            subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i != i), None)
            if subject is not None and subject.i in heads:
                noun_sex = _sex(self.words, subject.lower_)
                return heads[subject.i] if noun_sex in (None, sex) else None
            if subject is not None and (subject.lower_ in self.words["person_pronouns"] or subject.ent_type_ == "PERSON"):
                return None  # (a nearer clause's own person: "A student said Ortiz told him")
        return None

    def _ages_for_names(self, doc: Doc, sent: Span, mentions: list[Mention]) -> list[Mention]:
        """"The 64-year-old denied the allegations": an age alone, as a clause's subject, is the person the story is
        about, the one it named most often so far (the latest of those named as often), not one told in passing."""
        order = {k: n for n, k in enumerate(self.recent_persons)}
        before = max(order, key=lambda k: (self.times_named[k], order[k]), default=None)
        taken = {k for m in mentions for k in range(m.start, m.end)}
        out, unnamed = [], set()
        for i in range(sent.start, sent.end - 1):
            if doc[i].lower_ not in ("the", "a", "an") or i + 1 in taken:
                continue
            if re.fullmatch(r"\d+-year-old", doc[i + 1].lower_):
                end, age = i + 2, doc[i + 1].lower_.split("-")[0]
            elif i + 5 < sent.end and doc[i + 1].like_num and [t.lower_ for t in doc[i + 2:i + 6]] == ["-", "year", "-", "old"]:
                end, age = i + 6, doc[i + 1].lower_
            else:
                continue
            if doc[i].lower_ != "the":
                unnamed.add(age)  # "A 19-year-old was also detained": "the 19-year-old" is that one, unnamed
                continue
            if before is not None and age not in self.unnamed_ages \
                    and doc[end - 1].dep_ in ("nsubj", "nsubjpass") and not any(c.dep_ == "prep" for c in doc[end - 1].children):
                surface = span_text(doc, i, end)  # (not "the 19-year-old from Kisumu": someone else, told so)
                out.append(Mention(i, end, before, "Person", surface, agentive=self._by(doc, i, sent.start)))
        self.unnamed_ages |= unnamed
        return out

    def _leaders_of(self, doc: Doc, sent: Span, taken: set[int]) -> list[Mention]:
        """The state a word "X-led" names, before the noun it leads ("the U.S.-led strikes", "the Saudi-led
        coalition"): who leads them acts (not "Iran-backed", which names a backer)."""
        out = []
        for i in range(sent.start, sent.end):
            text = doc[i].text
            if text.lower().endswith("-led") and len(text) > 4:  # "U.S.-led": one word
                start, name = i, text[:-4]
            elif text.lower() == "led" and i - 2 >= sent.start and doc[i - 1].text == "-":  # "Saudi", "-", "led"
                start, name = i - 2, doc[i - 2].text
            else:
                continue
            if taken & set(range(start, i + 1)) or doc[i].head.pos_ not in ("NOUN", "PROPN"):
                continue
            named = self.tables.exact.get(name) or self.tables.phrases.get(name.lower())
            if named is not None and named.kind in ("country", "demonym") and named.key.startswith("country/"):
                iso2 = named.key.split("/", 1)[1]
                key = self.table.add(named.key, self._country_label(iso2), "Country", name)
                out.append(Mention(start, i + 1, key, "Country", span_text(doc, start, i + 1)))
                taken.update(range(start, i + 1))
        return out

    def _persons_described(self, doc: Doc, mentions: list[Mention]) -> list[Mention]:
        """"Olivier Grondeau, a French tourist who had been held in Evin prison", "His lawyer, Walter Ayala,":
        one of a trade in apposition to a person is that person, in what the sentence tells of them; a group in
        apposition to a body is that body, and to a name no table knows nothing of its own."""
        persons = [m for m in mentions if m.type == "Person"]
        out = []
        for m in mentions:
            head = doc[m.end - 1]
            link = head.head if head.dep_ == "conj" and not any(
                c.dep_ == "det" and c.lower_ in ("a", "an", "another") for c in head.children) and not any(
                c.dep_ == "poss" and c.lower_ in ("his", "her", "their", "its") for c in head.head.children) else head
            # ("Isabel dos Santos, the former president's daughter and once Africa's richest woman"; not "Juan
            # Perez, his brother and a woman": three people)
            if m.type == "Group" and is_singular_person(m.text, self._group_heads) and (person := next((
                    p for p in persons if link.dep_ == "appos" and p.start <= link.head.i < p.end
                    or link.dep_ in ("dobj", "nsubj", "nsubjpass") and doc[p.end - 1].dep_ == link.dep_
                    and doc[p.end - 1].head.i == link.head.i and p.end < len(doc) and doc[p.end].text == ","
                    and link.left_edge.i == p.end + 1  # (the parse may make the apposition a second object)
                    or doc[p.end - 1].dep_ == "appos" and doc[p.end - 1].head.i == head.i and p.start > m.end
                    and doc[p.start - 1].text == "," and p.end < len(doc) and doc[p.end].text in (",", ".")
                    and not (p.end + 1 < len(doc) and doc[p.end + 1].lower_ in ("and", "or"))), None)) is not None:
                m = Mention(m.start, m.end, person.key, "Person", m.text, m.locative, m.agentive)
            elif m.type == "Group" and head.dep_ == "appos" and (body := next((
                    o for o in mentions if o.type == "Organization" and o.start <= head.head.i < o.end
                    and o.end < m.start and doc[o.end].text == ","), None)) is not None:
                # "The Nigeria Labour Congress, the country's main labour union, said": the body the apposition
                # describes
                m = Mention(m.start, m.end, body.key, "Organization", m.text, m.locative, m.agentive)
            if m.type == "Group" and head.dep_ == "appos" and head.head.pos_ == "PROPN" and head.head.i < m.start \
                    and not any(o.start <= head.head.i < o.end and o.type in ("Person", "Organization", "Group")
                                for o in mentions):
                continue  # "Unite, Britain's biggest trade union,": a body's name the tables lack, which the group
                # only describes; no group of its own
            out.append(m)
        return out

    def _described_as_private(self, doc: Doc, sent: Span, mentions: list[Mention]) -> list[str]:
        """The persons a noun of the public describes: in apposition ("Ghulam Nabi, another freed passenger",
        "Ahmed Ali, a resident of Quetta") or before the name ("local resident Abala Waro"); not when a clause
        on the noun gives an office ("a Somali refugee who heads the Somali Community Association")."""
        private, office = self.words["private_person_nouns"], self.words["office_verbs"]
        out = []
        for m in mentions:
            if m.type != "Person" or m.end - m.start < 2 and doc[m.start].lower_ in self.words["person_pronouns"]:
                continue
            root = doc[m.end - 1]
            described = [c for c in root.children if c.dep_ == "appos" and c.i >= m.end] \
                + ([root.head] if root.dep_ == "appos" and root.head.i < m.start else []) \
                + [doc[k] for k in range(max(sent.start, m.start - 3), m.start)
                   if doc[k].dep_ == "compound" and m.start <= doc[k].head.i < m.end and doc[k].pos_ == "NOUN"]
            # (every noun that describes them, joined ones too: "Palestinian activist and U.S. legal permanent
            # resident Mahmoud Khalil" is an activist; a "permanent resident" is a status, no resident of a place)
            described += [c for noun in described for c in noun.conjuncts]
            if described and all(
                    noun.lemma_.lower() in private
                    and not any(c.lower_ in ("permanent", "legal", "lawful") for c in noun.children)
                    and not any(c.dep_ == "relcl" and c.lemma_.lower() in office for c in noun.children)
                    for noun in described):
                out.append(m.key)
        return out

    def _genders(self, doc: Doc, persons: list[Mention]) -> None:
        """A person's sex where the story writes it before the name: "Mr Herrera", "Ms Ortiz",
        "spokeswoman Jane Doe", or beside it ("his wife, Mamosa Mapesela"); the first word written stands."""
        for m in persons:
            words = [doc[m.start].lower_.rstrip("."), doc[m.start - 1].lower_.rstrip(".") if m.start > 0 else ""]
            if doc[m.end - 1].dep_ == "appos":
                words.append(doc[m.end - 1].head.lower_)  # "his wife, Mamosa Mapesela,"
            sex = next((_sex(self.words, w) for w in words if _sex(self.words, w)), None)
            if sex:
                self.gender.setdefault(m.key, sex)

    def _plural_pronouns(self, doc: Doc, sent: Span, mentions: list[Mention]) -> list[Mention]:
        """They, them: the nearest group named before them, in this sentence or the last."""
        out = []
        taken = {i for m in mentions for i in range(m.start, m.end)}
        quoted = quoted_tokens(doc, sent)
        for i in range(sent.start, sent.end):
            if i in taken or doc[i].lower_ not in ("they", "them"):
                continue
            clause = i
            while clause > sent.start and doc[clause - 1].lower_ not in (",", ";", "while", "and", "but", "as"):
                clause -= 1
            # "them" is not the subject of its own clause ("several people threw bottles at them");
            # a subject "they" may be ("Police said they had arrested three suspects")
            if doc[i].lower_ == "they" and doc[i].dep_ == "nsubj":
                clause = i
            # "sanctions on three RSF commanders, accusing them": people named for their body are "them" too
            people = self.words["representative_heads"] | self.words["fighter_heads"]
            earlier = [m.key for m in mentions if m.end <= clause and (m.start in quoted) <= (i in quoted) and (
                m.type == "Group" or m.text and m.text.split()[-1] in people)  # "“We urge X ...,” they said": not X
                and not (m.start > sent.start and doc[m.start - 1].lower_ in ("them", "whom"))]
            # ("Demonstrators, many of them students, ... as they marched": the demonstrators, not the part)
            if doc[i].lower_ == "they" and doc[i].dep_ == "nsubj":
                main = [m.key for m in mentions if m.key in earlier and m.end <= clause and m.start >= sent.start
                        and not self._in_aside(doc, m) and doc[m.end - 1].dep_ in ("nsubj", "nsubjpass")]
                aside = [m.key for m in mentions if m.key in earlier and m.start >= sent.start
                         and self._in_aside(doc, m)]
                if main and aside and earlier[-1] in aside and earlier[-1] not in main:
                    # "The militants blew up tracks, bringing the train with 450 passengers to a halt, where they
                    # stormed it": the subject, not a group named inside a participle's clause (but "arrested
                    # suspects linked to gunmen who attacked a mosque, where they killed 60": the gunmen)
                    earlier = [k for k in earlier if k not in aside or k in main]
            opening = doc[i].lower_ == "they" and doc[i].dep_ == "nsubj" and not [
                m for m in mentions if m.end <= i and (m.start in quoted) <= (i in quoted)]  # "“...,” they wrote"
            if not earlier and i in quoted:
                continue  # "“They attacked the hotel at dawn,” Jesow said": whom a speaker means, the story did not name
            suffered = doc[i].dep_ == ("nsubjpass" if doc[i].lower_ == "they" else "dobj") \
                and doc[i].head.lemma_.lower() in self.words["custody_follow_lemmas"] \
                or doc[i].dep_ == "nsubj" and doc[i].head.lemma_.lower() in ("remain", "stay")  # "remain behind bars"
            # ("They were later released", "A court freed them": what follows a detention, done to the detained)
            acting = _governing_verb(doc[i]).lemma_.lower() not in self.words["speech_lemmas"]
            body, group = (self.last_told_body, self.last_told_group) if acting else \
                (self.last_subject_body, self.last_main_group)  # ("They added": who told it goes on)
            key = earlier[-1] if earlier else (body if opening and body and not (suffered and self.last_patient_group)
                                               else suffered and self.last_patient_group
                                               or group or self.last_group)
            # "The G7 said ... . They called on China": a body the last sentence was about; "The journalists were
            # detained by police. They were later released": the ones it acted on, not the agent; "The Americans had
            # been jailed on charges their families call fabricated. Authorities accused them": the last group
            # named outside a relative clause, not one named in passing
            if key:
                out.append(Mention(i, i + 1, key, self.table.types.get(key, "Group"), doc[i].text,
                                   agentive=self._by(doc, i, sent.start)))
        return out

    def _told_before_its_teller(self, doc: Doc, sent: Span) -> set[int]:
        """The subjects (with their words) of a clause told before who told it ("Gunmen attacked the town, local
        officials said": the gunmen's), else nothing."""
        root = sent.root
        teller = next((c for c in root.children if c.dep_ == "nsubj"), None)
        told = next((c for c in root.children if c.dep_ == "ccomp" and teller is not None and c.i < teller.i), None)
        if told is None or root.lemma_.lower() not in self.words["speech_lemmas"]:
            return set()
        return {t.i for c in told.children if c.dep_ in ("nsubj", "nsubjpass") for h in (c, *c.conjuncts)
                for t in h.subtree}

    @staticmethod
    def _in_aside(doc: Doc, mention: Mention) -> bool:
        """Whether a mention stands inside a participle's adverbial clause ("bringing the train with 450
        passengers to a halt"), not the sentence's own clause."""
        node = doc[mention.end - 1]
        for _ in range(8):
            if node.dep_ == "advcl" and node.tag_ == "VBG":
                return True
            if node.head.i == node.i:
                return False
            node = node.head
        return False

    def _platform(self, mention: Mention) -> bool:
        """Whether `mention` names a platform words are posted on ("said on Telegram"): no owner of anything told."""
        return (mention.text or "").lower() in self.words["platform_names"]

    def _singular_actor(self, mention: Mention) -> bool:
        """Whether "it" can stand for `mention`: a state, an organisation or a body ("the army")."""
        if mention.type in ("Country", "Organization"):
            return True
        head = mention.text.split()[-1].lower() if mention.text else ""
        return mention.type == "Group" and not head.endswith("s") and head not in ("police", "people")

    def _it_pronouns(self, doc: Doc, sent: Span, mentions: list[Mention]) -> list[Mention]:
        """"It" as the subject of a verb of action ("It also imposed a curfew"): the state, organisation
        or body named last, in this sentence or before. Never the "it" of "it is", "it seems"."""
        out = []
        taken = {i for m in mentions for i in range(m.start, m.end)}
        quoted = quoted_tokens(doc, sent)
        for i in range(sent.start, sent.end):
            token = doc[i]
            if i in taken or token.lower_ != "it" or token.dep_ not in ("nsubj", "nsubjpass"):
                continue
            if i in quoted:
                continue  # "“It does suggest an ongoing effort,” he said": a speaker's "it" is a thing, no body named
            if token.head.pos_ != "VERB" or token.head.lemma_ in self.words["empty_verbs"]:
                continue
            if token.head.dep_ == "relcl" and token.head.lemma_.lower() not in self.words["speech_lemmas"]:
                # "Latvia closed its border with Belarus, which it accuses of ...": the subject of the clause that
                # names what the relative clause tells of (not Belarus), or no one ("The Minority criticised X, whom
                # it accuses": a body not named)
                told = _told_by_relative(token, mentions)
                holder = next((m for m in _subjects_above(token.head.head, mentions)
                               if m.start < i and self._singular_actor(m) and m.key != told), None)
                if holder is not None:
                    out.append(Mention(i, i + 1, holder.key, holder.type, token.text,
                                       agentive=self._by(doc, i, sent.start)))
                continue
            earlier = [m for m in mentions if m.end <= i and not m.locative and self._singular_actor(m)
                       and not self._platform(m)]  # "said on Telegram that it had": not Telegram
            since = earlier[-1].end if earlier else sent.start
            if any(t.pos_ == "NOUN" and t.tag_ == "NN" and t.dep_ in ("dobj", "pobj", "nsubj") and t.i not in taken
                   for t in doc[since:i]):
                continue  # "condemned the launch, saying it threatened peace": "it" is the launch, no one;
                # "In a statement to Reuters, the group said it had": the group the story did not name
            body = self.last_subject_body if self.table.types.get(self.last_subject_body or "") == "Organization" \
                and self.seen.get(self.last_subject_body, -9) >= self.sentence_count - 1 else None
            # ("Taiwan's Defense Ministry said it detected 49 Chinese military aircraft. It said": the body the
            # last sentence was about, not the last one it named)
            key = earlier[-1].key if earlier else body or self.last_actor
            verb = token.head
            if verb.dep_ == "ccomp" and verb.head.lemma_.lower() in self.words["speech_lemmas"]:
                # "Turkey, a NATO member, said it condemned the attack": the state or body that says so, not a name
                # in its apposition (but "Grossi, head of the IAEA, said it would": a person is no "it")
                speaker = next((m for c in verb.head.children if c.dep_ == "nsubj" for m in mentions
                                if m.start <= c.i < m.end and m.type in ("Country", "Organization")), None)
                key = speaker.key if speaker is not None else key
            if verb.dep_ == "conj" and verb.head.pos_ == "VERB":
                # "ECOWAS imposed sanctions on Niger, and it threatened to use force": the first verb's subject goes on
                first = next((m for c in verb.head.children if c.dep_ == "nsubj" for m in mentions
                              if m.start <= c.i < m.end and self._singular_actor(m)), None) or next((
                    m for m in mentions if m.start - sent.start <= 1 and m.end <= verb.head.i + 1
                    and self._singular_actor(m) and not m.locative
                    and not any(c.dep_ == "nsubj" for c in verb.head.children)), None)  # (the parse may miss it)
                key = first.key if first is not None else key
            if key and verb.lemma_.lower() in self.words["speech_lemmas"] \
                    and self.table.types.get(key) not in ("Country", "Organization"):
                continue  # "At least 10 people were injured, it said": a body that speaks, never a mob
            if key:
                out.append(Mention(i, i + 1, key, self.table.types[key], token.text, agentive=self._by(doc, i, sent.start)))
        return out

    def _representatives(self, doc: Doc, sent: Span, mentions: list[Mention]) -> list[Mention]:
        """"Top diplomats from the Group of Seven", "officials of the World Bank", "members of NATO":
        people who act for a body named right after them act as that body (the annotation contract's
        agent is the body; the group stays an entity of the article)."""
        out = []
        absorbed: set[int] = set()  # "Hamas official": the bare group "official" is the body's speaker
        forces = self.words["fighter_heads"] | self.words["state_force_heads"] | {"army", "military"}
        for k, m in enumerate(mentions):
            if m.start in absorbed and m.type == "Group":
                continue
            nxt = mentions[k + 1] if k + 1 < len(mentions) else None
            head = m.text.split()[-1].lower() if m.text else ""
            if m.type == "Group" and head in self.words["representative_heads"] and nxt is not None \
                    and nxt.type in ("Organization", "Country") and not nxt.locative and m.end < sent.end \
                    and doc[m.end].lower_ in ("from", "of", "for") \
                    and all(t.lower_ in ("the", "its") for t in doc[m.end + 1:nxt.start]):
                m = Mention(m.start, m.end, nxt.key, nxt.type, m.text, m.locative, m.agentive)
            if m.type in ("Organization", "Country") and not m.locative and m.end < sent.end \
                    and doc[m.end].lower_ in self.words["representative_nouns"] \
                    and not (m.end + 1 < sent.end and is_namey(doc[m.end + 1])) \
                    and self._indefinite_before(doc, m.start, sent.start):
                # "a senior Hamas official said", "a State Department spokesperson said": one who speaks
                # for the body, unnamed, speaks as it ("Kremlin spokesman Dmitry Peskov" is a person)
                absorbed.add(m.end)
                m = Mention(m.start, m.end + 1, m.key, m.type, span_text(doc, m.start, m.end + 1), m.locative,
                            m.agentive)
            owner = next((o for o in reversed(out) if o.type in ("Organization", "Country", "Group")
                          and not o.locative and not self._platform(o)
                          and (not _in_relative(doc, o) or _in_relative(doc, m))),
                         None) if m.type == "Group" and m.text.lower() in forces else None
            # ("The MILF, which signed a peace deal with Manila, denied that its commanders ...": the MILF's)
            if owner is not None and m.start > sent.start and doc[m.start - 1].lower_ in ("its", "their"):
                # "The Israeli military said its forces opened fire": the forces are the military's
                m = Mention(m.start - 1, m.end, owner.key, owner.type, span_text(doc, m.start - 1, m.end),
                            m.locative, m.agentive)
            prev = mentions[k - 1] if k else None
            if m.type == "Group" and prev is not None and prev.type == "Organization" and prev.end == m.start \
                    and head in self.words["representative_heads"] | self.words["fighter_heads"] \
                    | self.words["state_force_heads"]:  # "RSF fighters", "Taliban authorities"
                m = Mention(prev.start, m.end, prev.key, prev.type, m.text, m.locative, m.agentive)  # "RSF fighters"
            out.append(m)
        return out

    @staticmethod
    def _indefinite_before(doc: Doc, start: int, floor: int) -> bool:
        """Whether the words before `start` (past adjectives: "a senior", "an unnamed") open an indefinite
        phrase: "a Hamas official" is one of many; "the top U.S. diplomat" is someone the story named."""
        pos = start - 1
        while pos >= floor and doc[pos].pos_ == "ADJ":
            pos -= 1
        return pos >= floor and doc[pos].lower_ in ("a", "an", "one")

    def _national_branches(self, doc: Doc, mentions: list[Mention]) -> list[Mention]:
        """"Amnesty International Kenya", "Save the Children UK": an organisation's name right before a
        country's, with nothing between, names the organisation's branch there: the organisation."""
        out: list[Mention] = []
        for m in mentions:
            if out and m.type == "Country" and not m.locative and out[-1].type == "Organization" \
                    and out[-1].end == m.start and doc[m.start].text[:1].isupper():
                body = out[-1]
                surface = span_text(doc, body.start, m.end)
                self.table.add(body.key, self.table.labels[body.key], "Organization", surface)
                out[-1] = Mention(body.start, m.end, body.key, "Organization", surface, body.locative, body.agentive)
                continue
            out.append(m)
        return out

    def _agencies(self, doc: Doc, sent: Span, mentions: list[Mention]) -> list[Mention]:
        """"the U.N. refugee agency", "the UN human rights office", "a UN fact-finding mission", "the EU's border
        agency": a body of a union of states named by what it does is an organisation of its own, not the whole."""
        out: list[Mention] = []
        for m in mentions:
            if m.type != "Organization" or self.table.labels.get(m.key) not in _UNIONS_OF_STATES:
                out.append(m)
                continue
            first = m.end + (m.end < sent.end and doc[m.end].text in POSSESSIVE)
            k = first
            while k < min(sent.end, first + 4) and doc[k].is_lower and doc[k].pos_ in ("NOUN", "ADJ", "PROPN") \
                    and doc[k].lower_ not in _AGENCY_HEADS or k < sent.end and doc[k].text == "-" and k > first:
                k += 1
            if not (first < k < sent.end and doc[k].lower_ in _AGENCY_HEADS) \
                    or any(o is not m and o.start <= k and m.end <= o.start for o in mentions):
                out.append(m)
                continue
            label = f"{span_text(doc, m.start, m.end)} {span_text(doc, first, k + 1)}"
            named = next((o for o in mentions if o.type == "Organization" and (
                k + 2 == o.start and doc[k + 1].text == "," or k + 1 == o.start)), None)
            # "The UN refugee agency, UNHCR,", "the EU's border agency Frontex": its name
            key = self.table.add(named.key, self.table.labels[named.key], "Organization", span_text(doc, m.start, k + 1)) \
                if named else self.table.add(org_key(label), label, "Organization", span_text(doc, m.start, k + 1))
            out.append(Mention(m.start, k + 1, key, "Organization", span_text(doc, m.start, k + 1), m.locative,
                               m.agentive))
        return out

    def _governments(self, doc: Doc, sent: Span, mentions: list[Mention]) -> list[Mention]:
        """"Lukashenko's government", "the Sharif administration": the state the person leads."""
        out = []
        for m in mentions:
            pos = m.end + (1 if m.end < sent.end and doc[m.end].text in POSSESSIVE else 0)
            if m.type == "Person" and pos < sent.end and doc[pos].lower_ in self.words["state_nouns"]:
                country = self._state_of(m.key)
                if country:
                    iso2 = country.split("/", 1)[1]
                    surface = span_text(doc, m.start, pos + 1)
                    key = self.table.add(country, self._country_label(iso2), "Country", surface)
                    out.append(Mention(m.start, pos + 1, key, "Country", surface))
                    continue
            if m.type in ("Person", "Group", "Organization") and pos > m.end and pos < sent.end \
                    and doc[pos].lower_ in self.words["spokes_nouns"]:
                # "Netanyahu's office said", "the federal prosecutors' office in Karlsruhe said": who speaks for a
                # person or a body speaks as them
                out.append(Mention(m.start, pos + 1, m.key, m.type, span_text(doc, m.start, pos + 1),
                                   m.locative, m.agentive))
                continue
            out.append(m)
        return out

    def _state_of(self, person: str) -> str | None:
        """The country key of the state a person's government is: their country, else the story's."""
        known = self.known_country(person)
        return self.person_country.get(person) or (country_key(known) if known else None) \
            or (country_key(self.focus) if self.focus else None)

    def _state_led_by(self, person: str) -> str | None:
        """The country key of the state a person leads, when the story gave them its leader's title
        ("Argentine President Javier Milei"); None for anyone else ("his government" of an ambassador is
        his country's, but which one the story may not say)."""
        leads = self.words["government_head_titles"]
        return next((r.of for r in self.roles if r.person == person and r.of and r.of.startswith("country/")
                     and r.title.lower().removeprefix("former ").removeprefix("acting ") in leads), None)

    # ---- phrase helpers -----------------------------------------------------
    def _lookup(self, doc: Doc, start: int, limit: int) -> tuple[int, Named] | None:
        defined = self.acronyms.get(doc[start].text)
        if defined:  # "the Rapid Support Forces (RSF)": the story's RSF, whatever else the letters name
            return start + 1, Named("org", defined, self.table.labels[defined])
        if doc[start].text in self.full_name_starts:  # a person the story named in full before
            for n in range(min(5, limit - start), 1, -1):
                known = self.full_names.get(span_text(doc, start, start + n))
                if known:
                    return start + n, Named("person", known, self.table.labels[known])
        surname = self.surnames.get(doc[start].lower_)
        if surname and (start + 1 == limit or not is_namey(doc[start + 1])) and not _relative_of(doc, start):
            return start + 1, Named("person", surname, self.table.labels[surname])
        if start + 3 <= limit and doc[start + 1].text == "-" and not doc[start].whitespace_ \
                and not doc[start + 1].whitespace_ and not _relative_of(doc, start):
            joined = self.surnames.get(span_text(doc, start, start + 3).lower())
            if joined and (start + 3 == limit or not is_namey(doc[start + 3])):
                return start + 3, Named("person", joined, self.table.labels[joined])  # "Dakin-Grimm said"
        for n in range(min(self.tables.longest, limit - start), 0, -1):
            text = span_text(doc, start, start + n)
            named = self.tables.exact.get(text) or self.tables.phrases.get(text.lower())
            if named and named.kind == "city" and n == 1 and text in self.words["org_heads"] and (
                    start + 1 < limit or start > 0 and is_namey(doc[start - 1]) and doc[start - 1].pos_ == "PROPN"):
                continue  # "the General Confederation of Labor": a body's head word, no town of that name
            if named:
                return start + n, named
        return None

    def _phrase_in(self, doc: Doc, start: int, limit: int, phrases: frozenset[str], longest: int = 3) -> int | None:
        if start >= limit or token_texts(doc)[0][start].lower() not in first_words(phrases):
            return None
        for n in range(min(longest, limit - start), 0, -1):
            if span_text(doc, start, start + n).lower() in phrases:
                return start + n
        return None

    def _owns_a_thing(self, doc: Doc, end: int, limit: int) -> bool:
        """"in Russia's court", "in Israel's war": a name written as an owner after "in" owns what follows,
        it is no place; but "in Russia's Belgorod region", "in Kenya's north" are places."""
        if end + 1 >= limit or doc[end].text not in POSSESSIVE:
            return False
        following = [t for t in doc[end + 1:min(end + 4, limit)] if t.is_alpha][:2]
        return not any(t.lower_ in _PLACE_FILLERS or t.lower_ in self.words["region_nouns"] or is_namey(t)
                       or t.lower_ in ("north", "south", "east", "west", "northeast", "northwest", "southeast",
                                       "southwest", "border", "borders", "coast", "territory")
                       for t in following)

    def _country_name_before(self, doc: Doc, sent: Span, start: int, kinds: tuple[str, ...] = ("country",)) -> int:
        """How many tokens before `start` name a country in capitals ("U.S.", "Central African Republic"), or
        with `kinds` ("country", "demonym") a country or its people ("Chinese", "South Korean"), or 0."""
        for width in (4, 3, 2, 1):
            if start - width < sent.start or not all(t.text[:1].isupper() for t in doc[start - width:start]):
                continue
            text = span_text(doc, start - width, start)
            named = self.tables.phrases.get(text.lower()) or self.tables.exact.get(text)
            if named is not None and named.kind in kinds:
                return width
        return 0

    def _state_conjunct(self, doc: Doc, sent: Span, start: int, head: int) -> tuple[int, int] | None:
        """The span of the first state in "U.S. and Chinese officials", when the words before the group's
        head (`start`..`head`) are one state and "and" joins another before them; not the last of a list
        ("Britain, France and German diplomats" is left alone)."""
        if head - start < 1 or self._country_name_before(doc, sent, head, _STATES) != head - start \
                or start - 2 < sent.start or doc[start - 1].lower_ != "and":
            return None
        width = self._country_name_before(doc, sent, start - 1, _STATES)
        first = start - 1 - width
        if not width or first > sent.start and doc[first - 1].text == ",":
            return None
        return first, start - 1

    def _names_a_scene(self, doc: Doc, a: int, b: int) -> bool:
        """Whether the name at a..b modifies an event noun right after it ("the Kabul attack")."""
        head = doc[b - 1].head
        return doc[b - 1].dep_ == "compound" and head.i == b and head.pos_ == "NOUN" \
            and (head.lower_ in _event_nouns(self.lex) or head.lemma_.lower() in _event_nouns(self.lex))

    def _is_locative(self, doc: Doc, start: int, floor: int) -> bool:
        pos = start - 1
        if pos - 1 >= floor and doc[pos - 1].lower_ == "according" and doc[pos].lower_ == "to":
            return False  # "according to Emmanuel Macron": who says it
        surface = False
        while pos >= floor and doc[pos].lower_ in _PLACE_FILLERS:
            if doc[pos].lower_ in ("capital", "central", "city", "downtown", "village", "town", "district"):
                return True
            surface = surface or doc[pos].lower_ in ("outskirts", "streets", "street", "square")
            pos -= 1
        end = start
        while end < len(doc) and end - start < 4 and is_namey(doc[end]):
            end += 1
        if pos - 1 >= floor and doc[pos].lower_ in ("a", "an") and end < len(doc) \
                and doc[end].lower_ in self.words["site_nouns"] and doc[pos - 1].lower_ in self.words["locative_preps"]:
            return True  # "arrested at a Moscow airport", "held in a Tehran prison": the city the site is in
        if pos - 1 > floor and doc[pos].text in POSSESSIVE and is_namey(doc[pos - 1]) and end < len(doc) \
                and doc[end].lower_ in self.words["region_nouns"]:
            # "in Nigeria's Zamfara state", "in Russia's Belgorod region": a region inside a country
            first = pos - 1
            while first - 1 >= floor and is_namey(doc[first - 1]):
                first -= 1
            return self._is_locative(doc, first, floor)
        if pos > floor and pos + 1 < start and doc[pos + 1].text == "," and not surface and is_namey(doc[pos]) \
                and (end >= len(doc) or doc[end].text in (",", ".")):
            # "in Charlevoix, Quebec, brought together": the region that places the town is a place too
            first = pos
            while first - 1 >= floor and is_namey(doc[first - 1]):
                first -= 1
            return first - 1 >= floor and doc[first - 1].lower_ in self.words["locative_preps"]
        if pos - 1 > floor and doc[pos].lower_ in ("and", "or") and not surface and is_namey(doc[pos - 1]):
            # "in Izmir and Ankara": a place joined to a place is one too
            first = pos - 1
            while first - 1 >= floor and (is_namey(doc[first - 1]) or doc[first - 1].text == ","):
                first -= 1
            return self._is_locative(doc, first, floor)
        return pos >= floor and (doc[pos].lower_ in self.words["locative_preps"]
                                 or doc[pos].lower_ == "off" and doc[pos].dep_ == "prep"  # "a cargo ship off Yemen"
                                 or surface and doc[pos].lower_ == "on"  # "on the outskirts of Kabul"
                                 or doc[pos].lower_ == "on" and pos == start - 1 and pos - 1 >= floor
                                 and doc[pos - 1].lemma_.lower() in self.words["converging_lemmas"])  # "marched on Islamabad"
        # (not "marched on the U.S. embassy in Nairobi": the embassy is marched on, the city is where)

    # ---- groups -------------------------------------------------------------
    def _groups(self, doc: Doc, sent: Span, taken: set[int], read: set[int]) -> list[Mention]:
        """Groups of people the sentence tells by a common noun ("protesters", "Sudanese army soldiers"); `read`
        holds the heads of such nouns read already as a named organisation ("The rebels also fired")."""
        out = []
        i = sent.start
        while i < sent.end:
            end = self._phrase_in(doc, i, sent.end, self._group_heads)
            first = doc[i].text
            if end is None or (first[0].isupper() and i != sent.start and doc[i - 1].text not in "“\"'(‘"
                               and not (end - i == 1 and first in self.lex.group_heads
                                        and (doc[i - 1].is_lower or doc[i - 1].like_num)
                                        and not (doc[i - 1].lower_ in ("of", "for", "and") and i - 2 >= sent.start
                                                 and doc[i - 2].text[:1].isupper()))):
                i += 1  # (but "killed 12 Christians": a people's name of capitals the groups list, not in a name)
                continue
            if end - 1 in read:
                i = end  # "The rebels also fired": the armed group the story called so, read already
                continue
            if first[0].isupper() and any((named := self.tables.phrases.get(span_text(doc, i, i + n).lower()))
                                          is not None and named.kind == "org"
                                          for n in range(min(6, sent.end - i), end - i, -1)):
                i += 1  # "Reporters Without Borders condemned": a name opening the sentence, no group of reporters
                continue
            if doc[end - 1].lower_ in ("groups", "group", "crowd", "crowds", "mob", "mobs") and end + 1 < sent.end \
                    and doc[end].lower_ == "of" and self._phrase_in(
                        doc, end + 1 + (doc[end + 1].lower_ in ("the", "angry")), sent.end, self._group_heads):
                i = end  # "Small groups of demonstrators", "a crowd of protesters": the demonstrators, the protesters
                continue
            before_head = end - 2
            while before_head >= sent.start and before_head >= end - 4 and doc[before_head].pos_ == "ADJ" \
                    and doc[before_head].is_lower:
                before_head -= 1
            if doc[end - 1].lower_ in ("military", "army") and self.focus and before_head >= sent.start \
                    and doc[before_head].lower_ == "the" and not (end < sent.end and (
                        doc[end].lower_ in ("of", "in") or is_namey(doc[end]) or doc[end].pos_ == "NOUN")) \
                    and all(doc[k].pos_ == "ADJ" and doc[k].is_lower for k in range(i, end - 1) if doc[k].lower_ != "the"):
                i = end  # "the (powerful) military": the state's armed forces, an organisation (_state_phrases)
                continue
            if end < sent.end and doc[end].lemma_.lower() not in self.words["captive_nouns"] \
                    and (self._modifies_noun(doc, end, sent.end) or is_namey(doc[end])
                                   and doc[end].text not in self._not_names
                                   or doc[end - 1].dep_ in ("amod", "compound") and doc[end - 1].head.i >= end
                                   and doc[end - 1].head.pos_ == "NOUN" and doc[end].pos_ in ("NOUN", "PUNCT")
                                   and not self._act_noun(doc[end - 1].head)):
                # "opposition news channel", "military build-up", "army chief": a modifier, not a group;
                # "police actions", "army raid": who acts; ("took three aid workers hostage": the ones taken)
                i = end
                continue
            if end + 1 < sent.end and doc[end].tag_ == "POS" and doc[end - 1].is_lower \
                    and self._phrase_in(doc, end + 1, sent.end, self._group_heads) is not None:
                i = end  # "immigrants' rights groups": whose rights the groups defend, no group of its own
                continue
            if doc[i].lower_ == "opposition" and i > sent.start and doc[i - 1].lower_ in POSSESSIVE_DETERMINERS:
                i = end  # "reiterated their opposition to the plan": a stance, not the opposition
                continue
            if i - 2 >= sent.start and doc[i - 1].text == "-" and not doc[i - 1].whitespace_ \
                    and not doc[i - 2].whitespace_ and doc[i - 2].lower_ in ("anti", "pro", "non"):
                i = end  # "an anti-people budget", "pro-police": a word's part, no group
                continue
            head = span_text(doc, i, end).lower()
            label_start = start = i
            while start > sent.start:
                prev = doc[start - 1]
                low = prev.lower_
                named = self.tables.phrases.get(low) or self.tables.exact.get(prev.text)
                if start == label_start and start - 2 >= sent.start and prev.tag_ == "POS" \
                        and doc[start - 2].is_lower and doc[start - 2].tag_ == "NNS":
                    start -= 2  # "immigrants' rights groups": one group, named with whose rights
                    label_start = start
                elif start - 3 >= sent.start and doc[start - 2].text == "-" and doc[start - 3].lower_ in ("pro", "anti"):
                    start -= 3  # "pro-Palestinian activists"
                    label_start = start
                elif start == label_start and start - 2 >= sent.start and prev.text == "-" and not prev.whitespace_ \
                        and doc[start - 2].lower_ == "counter" and not doc[start - 2].whitespace_:
                    start -= 2  # "counter-protesters": the other side, not the protesters
                    label_start = start
                elif start - 3 >= sent.start and doc[start - 2].text == "-" and not doc[start - 2].whitespace_ \
                        and not doc[start - 3].whitespace_ and doc[start - 3].is_alpha and prev.is_lower \
                        and not prev.like_num \
                        and start == label_start and doc[start - 3].lower_ not in ("well", "heavily", "lightly", "so"):
                    start -= 3  # "like-minded individuals", "Russian-speaking residents" (not "Thirty-five people", a count)
                    label_start = start
                elif start == label_start and (width := self._country_name_before(doc, sent, start)) \
                        and not (start - width - 1 >= sent.start
                                 and doc[start - width - 1].lower_ in self.words["locative_preps"]) \
                        and head.split()[-1] in self.words["representative_heads"] | {
                            "forces", "troops", "soldiers", "police", "citizens", "nationals", "journalists", "students",
                            "workers", "residents"} | _NATIONAL_FORCES:
                    start -= width  # "U.S. officials", "Central African Republic officials": a state's people, named with it
                    label_start = start
                elif start - 2 >= sent.start and prev.text[:1].isupper() and doc[start - 2].text[:1].isupper() \
                        and getattr(self.tables.phrases.get(span_text(doc, start - 2, start).lower()), "kind", "") \
                        == "demonym":
                    start -= 2  # "two Sri Lankan officials", "South Korean troops"
                    label_start = start
                elif (low in self._group_mods or (named and named.kind == "demonym")
                      # "other Baloch separatist groups", "Rohingya refugees": a people's name the model knows
                      or named is None and prev.ent_type_ == "NORP" and prev.is_title and prev.is_alpha
                      and not (start - 2 >= sent.start and doc[start - 2].is_title)) and not (
                        prev.text[:1].isupper() and self._name_ends_at(doc, start, sent.start)) \
                        and not any(t.like_num for t in doc[start:label_start]):
                    # "told media 339 passengers were rescued": no modifier stands before a number
                    # "Islamic State fighters": "State" ends a name, it is no modifier
                    start -= 1
                    label_start = start
                elif low in ("and", "or") and start == i \
                        and (kind := self._coordinated_kind(doc, start, head, sent.start)) is not None:
                    start = label_start = kind  # "press freedom and rights groups": "press freedom groups" is a kind too
                elif low in ("and", "or") and start - 2 >= sent.start and start < i and (
                        doc[start - 2].lower_ in self._group_mods or doc[start - 2].lower_ in self.lex.group_descriptors) \
                        and not (start - 3 >= sent.start and doc[start - 3].tag_ == "PRP$"):
                    # (not "officials of his government and senior party members": a noun of its own)
                    # "international and local media rights organizations": coordinated descriptors are
                    # not the group's name; "press freedom and rights groups": coordinated kinds are
                    descriptive = doc[start - 2].lower_ in self.lex.group_descriptors or \
                        doc[start].lower_ in self.lex.group_descriptors
                    if descriptive and start < i:
                        label_start = start + 1  # "local" joined to "international" describes too
                    start -= 2
                    if not descriptive:
                        label_start = start
                elif low in self.lex.group_descriptors or low in self.lex.group_quantifiers or prev.like_num:
                    start -= 1
                elif start == label_start and prev.is_alpha and prev.dep_ in ("compound", "amod") \
                        and (prev.is_lower or prev.i == sent.start and prev.is_title) \
                        and start <= prev.head.i < end and prev.pos_ in ("NOUN", "ADJ") \
                        and not (prev.pos_ == "NOUN" and start - 2 >= sent.start and doc[start - 2].lower_ in ("a", "an")
                                 and doc[end - 1].tag_ == "NNS") \
                        and not (prev.lower_.endswith("ing") and start - 2 >= sent.start
                                 and doc[start - 2].pos_ in ("NOUN", "PROPN")):
                    # ("a deal critics say ...": "a" takes no plural; "a bus carrying pilgrims": a participle the parse
                    # read as a noun, after the noun it describes)
                    start -= 1  # the parse joins it to the group's name: "civil society groups", "foreign ministers"
                    label_start = start
                elif low == "of" and start - 2 >= sent.start and doc[start - 2].lower_ in {
                        "hundreds", "thousands", "dozens", "millions", "scores", "column", "group", "crowd", "some",
                        "groups", "crowds", "mob", "mobs"}:
                    start -= 2
                elif start == label_start and start == i and prev.is_alpha and prev.is_title \
                        and prev.dep_ in ("compound", "amod") and prev.text not in self._not_names \
                        and self._lookup(doc, start - 1, start) is None and not self._name_ends_at(doc, start, sent.start) \
                        and (prev.i == sent.start and prev.pos_ in ("PROPN", "ADJ") or prev.i > sent.start and (
                            not is_namey(doc[start - 2]) or doc[start - 2].text in self._not_names)):
                    start -= 1  # "Houthi rebels", "Tigrayan forces": a people's name the tables lack
                    label_start = start
                else:
                    break
            head = self.lex.group_singulars.get(head, head)
            if doc[end - 1].pos_ == "PROPN" and doc[end - 1].text[:1].isupper() and end - i == 1:
                head = doc[end - 1].text  # "Democrats", "Republicans": a party's members keep its capital
            if label_start == start and start - 2 >= sent.start and doc[start - 1].text in POSSESSIVE \
                    and is_namey(doc[start - 2]) and head in ("legal team", "team", "lawyers", "defense team",
                                                               "defence team", "supporters", "family", "relatives"):
                start = label_start = start - 2  # "Zamora's legal team": whose team it is names it
            words = [t.text if is_namey(t) and not (t.i == sent.start and t.lower_ in self._group_mods
                                                    and not t.text.isupper() and t.ent_type_ != "NORP") else t.lower_
                     for t in doc[label_start:i]]  # "Armed men" opening a sentence are armed men; "EU ministers" EU's
            owner = self._country_before(doc, start - 1, sent.start) \
                if not words and head in _NATIONAL_FORCES and start - 1 > sent.start \
                and doc[start - 1].text in POSSESSIVE and start == label_start else None
            named_force = self._force_named_before(head) if not words and head in _NATIONAL_FORCES \
                and doc[start - 1].lower_ == "the" and start == label_start else None
            if owner is not None:
                start = label_start = owner[0]
                words = [self._country_label(owner[1])]  # "Sudan's army" is the Sudan army, not Sudan
            elif named_force is not None:
                # "The Israeli military said ... The military said": the force the story named, not its country's
                surface = span_text(doc, start, end)
                self.table.add(named_force, self.table.labels[named_force], self.table.types[named_force], surface)
                out.append(Mention(start, end, named_force, self.table.types[named_force], surface,
                                   agentive=self._by(doc, start, sent.start)))
                taken.update(range(start, end))
                i = end
                continue
            elif not words and head in _NATIONAL_FORCES and self.focus and (
                    doc[start - 1].lower_ == "the" or doc[max(start - 2, sent.start)].lower_ == "the"
                    and doc[start - 1].is_lower and doc[start - 1].pos_ == "ADJ"  # (not "the U.S. military")
                    or doc[start - 1].text in POSSESSIVE and doc[max(start - 2, sent.start)].lower_ in ("country", "nation")):
                words = [self._country_label(self.focus)]  # "the military" in a Pakistan story
            if len(words) >= 3 and words[:3] in (["year", "-", "old"], ["month", "-", "old"]):
                words = words[3:]  # "two 19-year-old students": an age, no part of the group's name
            label = " ".join(words + [head]).replace(" - ", "-").replace(" ' ", "' ").replace(" ’ ", "’ ") \
                .replace(" 's ", "'s ").replace(" ’s ", "’s ")  # "Besigye's lawyers"
            if label.lower() in self.words["not_groups"]:
                i = end  # "posted on social media": a medium, no collective
                continue
            regions = self._regions_after(doc, end, sent.end) if head in self.words["representative_heads"] else None
            if regions is not None:  # "the leaders of Puntland and Jubaland": regions are no entities
                label, end = f"{label} of {span_text(doc, end + 1, regions)}", regions
            surface = span_text(doc, start, end)
            if head in _NATIONAL_FORCES and words and (state := self._country_key_of(" ".join(words))):
                label = f"{self._country_label(state.split('/', 1)[1])} {head}"  # "U.S. military": one key for any name
                # "the Pakistan military", "Sudan's army": a state's armed forces are one organisation
                key = self.table.add(org_key(label), label, "Organization", surface)
                out.append(Mention(start, end, key, "Organization", surface, agentive=self._by(doc, start, sent.start)))
                taken.update(range(start, end))
                i = end
                continue
            first = self._state_conjunct(doc, sent, label_start, i) if start == label_start else None
            if first is not None:  # "U.S. and Chinese officials": each state's officials, two groups
                first_label = f"{span_text(doc, *first)} {head}"
                first_surface = span_text(doc, *first)
                first_key = self.table.add(group_key(first_label), first_label, "Group", first_surface)
                out.append(Mention(*first, first_key, "Group", first_surface,
                                   agentive=self._by(doc, first[0], sent.start)))
                taken.update(range(first[0], first[1] + 1))
            definite = start > sent.start and doc[start - 1].lower_ in ("the", "these", "those")
            known = self._known_group(label, quantified=start < label_start or definite)
            if known is not None and not definite and any(t.like_num for t in doc[start:label_start]) and any(
                    any(w.replace(",", "").isdigit() or w.lower() in _NUMBER_WORDS for w in told.split())
                    for told in [self.table.labels[known], *self.table.aliases[known]]):
                # a number counts a set of its own where the group told was counted too: "five civilian passengers
                # were killed ... 354 passengers were freed" (but "Twelve activists were released" after "opposition
                # activists" are some of them, and "the three workers" those told)
                known = None
            key = self.table.add(known or group_key(label), self.table.labels.get(known, label), "Group", surface)
            out.append(Mention(start, end, key, "Group", surface, agentive=self._by(doc, start, sent.start)))
            taken.update(range(start, end))
            i = end
        return out

    def _halves_told(self, doc: Doc, sent: Span, taken: set[int]) -> list[Mention]:
        """"the North tested a missile", "the South's military": the state of a divided land the story named
        ("North Korea", "South Sudan"), by its half's word alone."""
        out = []
        for i in range(sent.start + 1, sent.end):
            word = doc[i].text
            if word not in ("North", "South") or i in taken or doc[i - 1].lower_ != "the" \
                    or i + 1 < sent.end and (is_namey(doc[i + 1]) or doc[i + 1].lower_ in ("of", "-")):
                continue
            states = [k for k, kind in self.table.types.items() if kind == "Country"
                      and self.table.labels.get(k, "").startswith(word + " ")]
            if len(states) != 1:
                continue  # (no such state told, or two: which half is meant the words do not say)
            surface = span_text(doc, i - 1, i + 1)
            key = self.table.add(states[0], self.table.labels[states[0]], "Country", surface)
            out.append(Mention(i - 1, i + 1, key, "Country", surface, agentive=self._by(doc, i - 1, sent.start)))
            taken.update(range(i - 1, i + 1))
        return out

    def _bare_crowds(self, doc: Doc, sent: Span, taken: set[int]) -> list[Mention]:
        """"Tens of thousands took to the streets", "Hundreds were detained": a crowd counted with no noun of its own,
        the subject of its verb, is people (as "hundreds of people" is)."""
        out = []
        for t in sent:
            if t.lower_ not in _CROWD_WORDS or t.dep_ not in ("nsubj", "nsubjpass") or t.i in taken \
                    or any(c.dep_ in ("compound", "amod", "det", "poss") for c in t.children) \
                    or t.head.lemma_.lower() in _TOLL_LEMMAS:
                continue  # (not "Tens of thousands have been killed": a war's toll, no people named)
            tail = [g for c in t.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.subtree]
            if tail and not all(g.lower_ in _CROWD_WORDS | {"of"} for g in tail):
                continue  # ("hundreds of farmers": a noun of their own)
            start, end = min([t.i] + [c.i for c in t.children if c.dep_ in ("advmod", "quantmod")]), t.right_edge.i + 1
            if taken & set(range(start, end)):
                continue
            text = span_text(doc, start, end)
            key = self.table.add(group_key("people"), "people", "Group", text)
            out.append(Mention(start, end, key, "Group", text))
            taken.update(range(start, end))
        return out

    def _force_named_before(self, head: str) -> str | None:
        """The group or organisation with this head ("Israeli military", "Sudan army") the story named in
        its last few sentences, the latest first."""
        recent = [k for k, n in self.seen.items() if self.sentence_count - n < 6
                  and self.table.types.get(k) in ("Group", "Organization")
                  and self.table.labels[k].lower().endswith(" " + head)]
        # the story's own state's force before another's: "Pakistan's military said ... The U.S. military has long
        # pressed Pakistan ... The military said": Pakistan's
        own = self._own_forces(recent)
        return max(own or recent, key=lambda k: self.seen[k]) if recent else None

    def _own_forces(self, keys: list[str]) -> list[str]:
        """Those of `keys` that name the story's own state's force ("Pakistan military", "Pakistani army")."""
        names = [self._country_label(self.focus).lower(), (focus_demonym(self.focus) or "").lower()] if self.focus else []
        return [k for k in keys if any(n and self.table.labels[k].lower().startswith(n + " ") for n in names)]

    def _name_ends_at(self, doc: Doc, end: int, floor: int) -> bool:
        """Whether a known name of two or more words ends right before token `end`."""
        return any(k >= floor and (found := self._lookup(doc, k, end)) is not None and found[0] == end
                   for k in range(end - 4, end - 1))

    def _body_in_title(self, doc: Doc, start: int, end: int) -> str | None:
        """"Foreign Ministry spokeswoman Ana Ortiz": a title that opens with a body's capitalised name
        (ending in an organisation word) is a post of that body."""
        heads = self.words["org_heads"]
        last = max((k for k in range(start, end - 1) if doc[k].text in heads), default=None)
        if last is None or not all(doc[k].text[:1].isupper() for k in range(start, last + 1)):
            return None
        label = span_text(doc, start, last + 1)
        return self.table.add(org_key(label), label, "Organization")

    def _country_key_of(self, label: str) -> str | None:
        named = self.tables.phrases.get(label.lower()) or self.tables.exact.get(label)  # "U.S." in capitals
        return named.key if named is not None and named.kind == "country" else None

    def _act_noun(self, token) -> bool:
        lemma = token.lemma_.lower()
        return lemma in self.lex.lemma_triggers.nouns or any(
            lemma in self.words.get(k, ()) or token.lower_ in self.words.get(k, ())
            for k in ("acts_by_author", "decisions", "acts_on_patient"))

    def _regions_after(self, doc: Doc, end: int, limit: int) -> int | None:
        """The end of "of Puntland and Jubaland" after a group's head: names that no table knows as a
        country, city or organisation (regions, provinces), joined by "and" or commas."""
        if end + 1 >= limit or doc[end].lower_ != "of":
            return None
        k = end + 1
        if doc[k].lower_ == "the":
            k += 1  # "leaders of the Tigray region"
        elif k + 2 < limit and is_namey(doc[k]) and doc[k + 1].text in POSSESSIVE \
                and (owner := self._lookup(doc, k, k + 1)) is not None and owner[1].kind == "country":
            k += 2  # "leaders of Ethiopia's Tigray region"
        if k >= limit or not is_namey(doc[k]):
            return None
        first = k
        while k < limit and (is_namey(doc[k]) or doc[k].lower_ in ("and", ",") and k + 1 < limit
                             and is_namey(doc[k + 1])):
            if is_namey(doc[k]) and self._lookup(doc, k, k + 1) is not None:
                return None
            k += 1
        if first > end + 1 and not (k < limit and doc[k].lower_ in self.words["region_nouns"]):
            return None  # after "the" or a state's name, only a region's name said so: "the Tigray region"
        if k < limit and doc[k].lower_ in self.words["region_nouns"]:
            k += 1
        return k if k - end <= 8 else None

    def _country_of_region(self, doc: Doc, sent: Span, start: int) -> str | None:
        """The ISO code of the country a region named at `start` lies in, where the words before it say:
        "Pakistan's restive Balochistan province", "the country's Balochistan province" (the story's country);
        None where they do not (a story's own country is no sure guess: "In neighbouring Afghanistan, ... in
        Nangarhar province")."""
        pos = start
        while pos > sent.start and doc[pos - 1].is_lower and doc[pos - 1].pos_ == "ADJ":
            pos -= 1  # "restive", "southwestern"
        if pos - 1 <= sent.start or doc[pos - 1].text not in ("'s", "’s"):
            return None
        if doc[pos - 2].lower_ == "country" and self.focus:
            return self.focus  # "the country's"
        owner = self._country_before(doc, pos - 1, sent.start)
        return owner[1] if owner else None

    def _country_before(self, doc: Doc, end: int, floor: int) -> tuple[int, str] | None:
        """Where a country's name that ends right before token `end` starts, and its ISO code."""
        for n in range(min(4, end - floor), 0, -1):  # ("the Democratic Republic of Congo's army")
            named = self.tables.phrases.get(span_text(doc, end - n, end).lower())
            if named and named.kind == "country" and doc[end - n].text[:1].isupper():
                return end - n, named.key.split("/", 1)[1]
        return None

    def _coordinated_kind(self, doc: Doc, start: int, head: str, floor: int) -> int | None:
        """Where "press freedom" starts in "press freedom and rights groups", when the words
        before "and" with the head's last word name a group ("press freedom groups")."""
        last = head.split()[-1]
        for n in (2, 1):
            first = start - 1 - n
            if first >= floor and span_text(doc, first, start - 1).lower() + " " + last in self._group_heads:
                return first
        return None

    def _known_group(self, label: str, quantified: bool) -> str | None:
        """"some officers" after "police officers", "the officials" after "Iraqi officials": a
        quantified or definite bare plural is part of the one group already named with that noun."""
        if not quantified or " " in label:
            return None
        known = [k for k, name in self.table.labels.items()
                 if self.table.types[k] == "Group" and (name.lower().endswith(" " + label)
                                                        or name.lower().startswith(label + " of "))]
        return known[0] if len(known) == 1 else None

    def _modifies_noun(self, doc: Doc, pos: int, limit: int) -> bool:
        nouns = self._modifier_nouns
        return self._phrase_in(doc, pos, limit, nouns, 2) is not None or doc[pos].lower_ in ("colors", "colours")

    def _by(self, doc: Doc, start: int, floor: int) -> bool:
        pos = start - 1
        while pos >= floor and (doc[pos].lower_ in _DETERMINERS or doc[pos].dep_ in ("compound", "amod")
                                and doc[pos].head.i > pos and (doc[pos].text[:1].isupper()
                                                               or doc[pos].lower_ in self._title_heads)):
            pos -= 1  # "by Indian Prime Minister Narendra Modi", "by ambassador Simon": the title is the person's
        return pos >= floor and doc[pos].lower_ == "by"


    # ---- "the government", "the Zimbabwean government", "Russian foreign ministry" ----
    def _state_phrases(self, doc: Doc, sent: Span, taken: set[int]) -> list[Mention]:
        out = []
        state_nouns = self.words["state_nouns"]
        org_nouns = self.words["country_org_nouns"]
        for i in range(sent.start, sent.end):
            if i in taken:
                continue
            owned = self._owned_by_the_state_told(doc, sent, i, taken)
            if owned is not None:
                out.append(owned)
                taken.update(range(owned.start, owned.end))
                continue
            low = doc[i].lower_
            # "Bangladesh's interim government", "the military government": the state's government all the same
            skip = int(low in state_nouns and i - 1 > sent.start and doc[i - 1].lower_ in self.words["state_adjectives"]
                       and i - 1 not in taken and doc[i - 2].lower_ != "the")
            # (but "the military government" alone names no state: not the story's, which may be another)
            prev = doc[i - 1 - skip].lower_ if i - skip > sent.start else ""
            possessive = prev in ("'s", "’s") and i - skip > sent.start + 1
            if possessive:
                prev = doc[i - 2 - skip].lower_
            last = (i - 2 if possessive else i - 1) - skip
            named, owner = (self.tables.phrases.get(prev) if prev else None), last
            for n in (3, 2):  # "the Sri Lankan foreign ministry", "the New Zealand prime minister"
                longer = self.tables.phrases.get(span_text(doc, last - n + 1, last + 1).lower()) \
                    if prev and last - n + 1 >= sent.start else None
                if longer is not None and longer.kind in ("demonym", "country"):
                    named, owner = longer, last - n + 1
                    break
            capital = self._capital(doc, sent, i, named, owner, possessive)
            if capital is not None:
                out.append(capital)
                taken.update(range(capital.start, capital.end))
                continue
            # (a capital for its state: "Washington's envoy")
            body = named if named is not None and named.kind == "org" else (
                self.tables.exact.get(doc[last].text) if possessive and last >= sent.start else None)
            if body is not None and body.kind == "org" and possessive and doc[i].is_lower and owner not in taken \
                    and (org_title_end := self._title_at(doc, i, sent.end)) \
                    and not taken & set(range(i, org_title_end)) and not (org_title_end < sent.end and (
                        is_namey(doc[org_title_end]) or doc[org_title_end].text == ",")) \
                    and doc[org_title_end - 1].dep_ in ("nsubj", "nsubjpass"):
                # "NATO's secretary-general condemned", "the EU's foreign policy chief said": a body's official,
                # unnamed, acts for it (as "Iran's foreign minister" for Iran)
                surface = span_text(doc, owner, org_title_end)
                key = self.table.add(body.key, body.label, "Organization", surface)
                out.append(Mention(owner, org_title_end, key, "Organization", surface))
                taken.update(range(owner, org_title_end))
                continue
            title_end = self._title_at(doc, i, sent.end) if named and (
                named.kind in ("demonym", "country") or named.kind == "capital" and possessive) \
                and doc[i].is_lower and (possessive or named.kind == "demonym" and (
                    owner == sent.start or doc[owner - 1].lower_ in ("the", "his", "her", "their"))
                    or owner > sent.start and doc[owner - 1].lower_ == "the") else None  # "the New Zealand prime minister"
            # "his Chinese counterpart"; not "was a Danish prime minister"
            if title_end and named.kind == "capital" and any(t.lower_ in ("mayor", "governor", "city", "municipal")
                                                             for t in doc[i:title_end]):
                title_end = None  # "Beijing's mayor" is the city's
            if title_end and not (title_end < sent.end and (is_namey(doc[title_end]) or doc[title_end].text == ","))\
                    and owner not in taken and not taken & set(range(i, title_end)):
                # "Iran's foreign minister", "the Kenyan president": a state's official, unnamed, acts for it
                iso2 = named.key.split("/", 1)[1]
                surface = span_text(doc, owner, title_end)
                key = self.table.add(named.key, self._country_label(iso2), "Country", surface)
                out.append(Mention(owner, title_end, key, "Country", surface,
                                   locative=self._is_locative(doc, owner, sent.start)))
                taken.update(range(owner, title_end))
            elif named and (named.kind in ("demonym", "country") or named.kind == "capital" and low not in state_nouns) \
                    and owner not in taken and possessive:
                # (a capital's body too: "Tehran's foreign ministry condemned ...")
                org_end = self._phrase_in(doc, i, sent.end, org_nouns)
                last = doc[org_end - 1] if org_end else None
                if last is not None and last.dep_ in ("amod", "compound") and last.head.i >= org_end \
                        and not self._act_noun(last.head):
                    continue  # "China's military build-up": a modifier, no organisation
                if org_end and low not in state_nouns:
                    surface = label = span_text(doc, owner, org_end)
                    if named.kind == "capital":  # "Tehran's foreign ministry" is Iran's, one body whichever it is called
                        label = f"{self._country_label(named.country)}'s {span_text(doc, i, org_end)}"
                    key = self.table.add(org_key(label), label, "Organization", surface)
                    out.append(Mention(owner, org_end, key, "Organization", surface))
                    taken.update(range(owner, org_end))
                elif low in state_nouns and named.kind == "country" and not (i + 1 < sent.end and (
                        doc[i + 1].pos_ in ("NOUN", "PROPN") or doc[i + 1].tag_ == "POS")):
                    # "Brazil's government said": the state, as "the Brazilian government" is (not "Brazil's
                    # government bonds", "Brazil's government's plan" is the state's too but read at its owner)
                    surface = span_text(doc, owner, i + 1)
                    key = self.table.add(named.key, named.label, "Country", surface)
                    out.append(Mention(owner, i + 1, key, "Country", surface,
                                       locative=self._is_locative(doc, owner, sent.start)))
                    taken.update(range(owner, i + 1))
            elif named and named.kind in ("demonym", "country") and not taken & set(range(owner, i)):
                org_end = self._phrase_in(doc, i, sent.end, org_nouns)
                if low in state_nouns:
                    surface = span_text(doc, owner, i + 1)
                    key = self.table.add(named.key, named.label, "Country", surface)
                    out.append(Mention(owner, i + 1, key, "Country", surface))
                    taken.update(range(owner, i + 1))
                elif org_end and not (org_end < sent.end and is_namey(doc[org_end])):
                    # "Russian foreign ministry"; but "the Russian news agency TASS" names TASS
                    label = f"{span_text(doc, owner, i)} {span_text(doc, i, org_end)}"
                    key = self.table.add(org_key(label), label, "Organization")
                    out.append(Mention(owner, org_end, key, "Organization", label))
                    taken.update(range(owner, org_end))
            elif prev == "the" and self.focus and i - 1 not in taken and i > sent.start and doc[i].is_lower \
                    and (org_end := self._phrase_in(doc, i, sent.end, org_nouns)) \
                    and (doc[org_end - 1].lower_ == "ministry" and org_end - i > 1
                         or span_text(doc, i, org_end).lower() in self.words["state_bodies"]) \
                    and not (org_end < sent.end and doc[org_end].lower_ in ("of", "in")) \
                    and not self._named_before(doc[org_end - 1].lower_) \
                    and (demonym := focus_demonym(self.focus)):
                # "the foreign ministry", "the parliament" in a story about India: the Indian foreign ministry,
                # unless the story named a body the word describes ("the European Parliament ... the parliament")
                surface = span_text(doc, i - 1, org_end)
                label = f"{demonym} {span_text(doc, i, org_end).lower()}"
                key = self.table.add(org_key(label), label, "Organization", surface)
                out.append(Mention(i - 1, org_end, key, "Organization", surface))
                taken.update(range(i - 1, org_end))
            elif low in ("military", "army") and self.focus and not taken & set(range(max(sent.start, i - 3), i + 1)) \
                    and (the := next((k for k in range(i - 1, max(sent.start - 1, i - 4), -1)
                                      if doc[k].lower_ == "the"), None)) is not None \
                    and all(doc[k].pos_ == "ADJ" and doc[k].is_lower for k in range(the + 1, i)) \
                    and not (i + 1 < sent.end and (doc[i + 1].lower_ in ("of", "in") or is_namey(doc[i + 1])
                                                   or doc[i + 1].pos_ == "NOUN")):
                # "the military", "the powerful military" in a story about Pakistan: the Pakistan military (the
                # one the story named, if it did)
                named_force = [k for k, n in self.seen.items() if self.table.types.get(k) in ("Organization", "Group")
                               and self.table.labels.get(k, "").lower().endswith(" " + low)]
                own = self._own_forces(named_force)  # (the story's state's, before another state's named later)
                key = max(own or named_force, key=lambda k: self.seen[k]) if named_force else None
                surface = span_text(doc, the, i + 1)
                label = self.table.labels[key] if key else f"{self._country_label(self.focus)} {low}"
                kind = self.table.types[key] if key else "Organization"
                key = self.table.add(key or org_key(label), label, kind, surface)
                out.append(Mention(the, i + 1, key, kind, surface))
                taken.update(range(the, i + 1))
            elif low in ("administration", "government") and i > sent.start and doc[i - 1].is_title \
                    and i - 1 not in taken and (state := self._leaders_state(doc[i - 1].text)):
                # "the Biden administration", "the Modi government": the state its leader governs
                start = i - 2 if i - 2 >= sent.start and doc[i - 2].lower_ == "the" else i - 1
                surface = span_text(doc, start, i + 1)
                key = self.table.add(state, self._country_label(state.split("/", 1)[1]), "Country", surface)
                out.append(Mention(start, i + 1, key, "Country", surface))
                taken.update(range(start, i + 1))
            elif low in ("government", "country", "regime", "authorities") and prev == "the" and self.focus \
                    and (low != "authorities" or i + 1 >= sent.end or doc[i + 1].lower_ != "of"):
                if low == "authorities":
                    continue
                state = (self._opening_country(doc, sent, i) if i + 1 >= sent.end or doc[i + 1].lower_ not in (
                    "in", "of") else None) or self.focus  # (but "the government in Moscow": the one it names)
                key = self.table.add(country_key(state), self._country_label(state), "Country",
                                     span_text(doc, i - 1, i + 1))
                out.append(Mention(i - 1, i + 1, key, "Country", span_text(doc, i - 1, i + 1),
                                   locative=self._is_locative(doc, i - 1, sent.start)))
                taken.update((i - 1, i))
        return out

    def _owned_by_the_state_told(self, doc: Doc, sent: Span, i: int, taken: set[int]) -> Mention | None:
        """"The country's foreign ministry" (the state the story last named), "Its foreign ministry said"
        opening a sentence after one whose main verb's subject was a state ("North Korea fired a missile"): that
        state's body, as "North Korea's foreign ministry" is; "the country's government" is the state itself.
        None for anything else ("The ruling party lost its majority in Poland's election. Its leadership")."""
        if i - 3 >= sent.start and doc[i - 1].text in POSSESSIVE and doc[i - 2].lower_ == "country" \
                and doc[i - 3].lower_ == "the" and not taken & {i - 3, i - 2}:
            owner = i - 3
            told = [k for k, n in self.seen.items() if self.table.types.get(k) == "Country"
                    and k.startswith("country/")]
            state = max(told, key=lambda k: self.seen[k]) if told else \
                country_key(self.focus) if self.focus else None
            if told and sum(self.seen[k] == self.seen[state] for k in told) > 1:
                state = None  # two states named last: which one is not said
        elif i - 1 == sent.start and doc[i - 1].lower_ == "its" and i - 1 not in taken:
            owner, state = i - 1, self.last_subject_state
        else:
            return None
        if state is None:
            return None
        low, iso2 = doc[i].lower_, state.split("/", 1)[1]
        if low in self.words["state_nouns"] and not (i + 1 < sent.end and doc[i + 1].pos_ in ("NOUN", "PROPN")):
            surface = span_text(doc, owner, i + 1)
            key = self.table.add(state, self._country_label(iso2), "Country", surface)
            return Mention(owner, i + 1, key, "Country", surface, locative=self._is_locative(doc, owner, sent.start))
        org_end = self._phrase_in(doc, i, sent.end, self.words["country_org_nouns"])
        if org_end is None or taken & set(range(i, org_end)) or org_end < sent.end and (
                is_namey(doc[org_end]) or doc[org_end].pos_ == "NOUN"):
            return None  # ("its military build-up": a modifier)
        label = f"{self._country_label(iso2)}'s {span_text(doc, i, org_end)}"
        key = self.table.add(org_key(label), label, "Organization", span_text(doc, owner, org_end))
        return Mention(owner, org_end, key, "Organization", span_text(doc, owner, org_end))

    def _opening_country(self, doc: Doc, sent: Span, before: int) -> str | None:
        """The ISO code of the country a sentence opens in ("In Malawi, the cyclone killed 13 people, the
        government said": Malawi's government, not the story's country's), or None."""
        if doc[sent.start].lower_ not in ("in", "across", "inside"):
            return None
        comma = next((k for k in range(sent.start + 2, min(before, sent.start + 6)) if doc[k].text == ","), None)
        named = self.tables.phrases.get(span_text(doc, sent.start + 1, comma).lower()) if comma else None
        if named is not None and named.kind == "capital" and named.country:
            return named.country  # "In Washington, the president urged ...": the state it is the capital of
        return named.key.split("/", 1)[1] if named is not None and named.kind == "country" else None

    def _capital(self, doc: Doc, sent: Span, i: int, named: Named | None, owner: int,
                 possessive: bool) -> Mention | None:
        """"in the capital" (the story's country's), "in the Kenyan capital", "across Kenya's capital":
        the capital city, as a place; None when `doc[i]` is no such word, or the phrase names the city
        itself next ("the capital, Nairobi") or is not where something happens."""
        word = doc[i]
        if word.lower_ != "capital" or word.pos_ != "NOUN" or word.dep_ == "compound" \
                or i + 1 < sent.end and (doc[i + 1].lower_ in ("of", "city") or doc[i + 1].text == ","):
            return None
        if named is not None and named.kind in ("demonym", "country") and (
                possessive or owner > sent.start and doc[owner - 1].lower_ == "the"):
            iso2, start = named.country, owner - (0 if possessive else 1)
        elif i > sent.start and doc[i - 1].lower_ == "the" and self.focus:
            iso2, start = self.focus, i - 1
        else:
            return None
        city = load_gazetteer().country_capital.get(iso2)
        found = self.tables.phrases.get(city.lower()) if city else None
        if found is None or not self._is_locative(doc, start, sent.start):
            return None
        key, label = (found.city_key, found.city_label) if found.kind == "capital" else (found.key, found.label)
        if not key.startswith("city/"):
            return None
        surface = span_text(doc, start, i + 1)
        return Mention(start, i + 1, self.table.add(key, label, "City", surface), "City", surface, True)

    def _leaders_state(self, surname: str) -> str | None:
        """The country key of the leader `surname` names: a person of the story with a state's title, else a
        politician of the actor dictionaries that no one else of that surname shares."""
        person = self.surnames.get(surname.lower())
        if person is not None:
            owner = self.person_country.get(person)
            if owner and owner.startswith("country/"):
                return owner
            known = self.known_country(person)
            return country_key(known) if known else None
        known = _surname_states(self.lex).get(surname.lower())
        return country_key(known) if known else None

    def add_country(self, key: str) -> str:
        """Record the state `key` ("country/RU") as an entity of the story, with its label."""
        return self.table.add(key, self._country_label(key.split("/", 1)[1]), "Country")

    def _country_label(self, iso2: str) -> str:
        return self.table.labels.get(country_key(iso2)) or self.tables.country_labels.get(iso2, iso2)

    # ---- capitalised names --------------------------------------------------
    def _runs(self, doc: Doc, sent: Span, taken: set[int]):
        connectors = self.words["name_connectors"]
        i = sent.start
        while i < sent.end:
            particle = doc[i].lower_ in _NAME_PARTICLES and i + 2 < sent.end and doc[i + 1].text == "-" \
                and not doc[i].whitespace_ and not doc[i + 1].whitespace_ and is_namey(doc[i + 2])
            if i in taken or not (is_namey(doc[i]) or particle):
                i += 1
                continue
            j = i + 2 if particle else i  # "al-Shabab", "el-Sissi": a lowercase particle opens the name
            while j < sent.end and j not in taken:
                if j > i and doc[j].lower_ in WEEKDAYS:
                    break  # "march in Khartoum Thursday": a day ends a name
                if is_namey(doc[j]):
                    j += 1
                elif doc[j].text in POSSESSIVE and j > i and self._possessive_inside(doc, i, j, sent.end):
                    j += 1  # "the Republican People's Party", "the People's Liberation Army": one name
                elif doc[j].text == "-" and j > i and not doc[j - 1].whitespace_ and not doc[j].whitespace_ \
                        and j + 1 < sent.end and is_namey(doc[j + 1]):
                    j += 1  # "Ben-Shabbat", "Zanu-PF"
                elif doc[j].text == "-" and j > i and not doc[j - 1].whitespace_ and not doc[j].whitespace_ \
                        and j + 1 < sent.end and doc[j + 1].is_lower and doc[j + 1].is_alpha and len(doc[j + 1]) <= 5 \
                        and doc[j - 1].is_title and doc[j + 1].lower_ not in self.words["compound_suffixes"] \
                        and not doc[j + 1].lower_.endswith(("ed", "ing")):
                    j += 2  # "Moon Jae-in", "Kim Jong-un", "Lai Ching-te": a given name's second syllable
                    if not (j + 1 < sent.end and doc[j].text == "-" and not doc[j - 1].whitespace_
                            and not doc[j].whitespace_ and is_namey(doc[j + 1])):
                        break
                    j += 2  # "Shafiq-ul-Rehaman", "Zia-ul-Haq": a linking syllable inside one name
                elif doc[j].lower_ in ("of", "for", "and") and j + 2 < sent.end and doc[j + 1].lower_ == "the" \
                        and is_namey(doc[j + 2]) and doc[j + 2].text not in self._not_names \
                        and any(t.text in self.words["org_heads"] for t in doc[i:j]) \
                        and not (doc[j].lower_ == "and" and doc[j + 2].text in self.words["org_heads"]):
                    j += 2  # "Ministry for the Propagation of Virtue and the Prevention of Vice"
                elif j > i and doc[j].lower_ in _NAME_PARTICLES and j + 2 < sent.end and doc[j + 1].text == "-" \
                        and not doc[j].whitespace_ and not doc[j + 1].whitespace_ and is_namey(doc[j + 2]):
                    j += 3  # "Abdel Fattah al-Burhan", "Omar el-Bashir"
                elif doc[j].lower_ in connectors and j + 1 < sent.end and j + 1 not in taken \
                        and is_namey(doc[j + 1]) and doc[j + 1].text not in self._not_names \
                        and not (doc[j].lower_ in ("and", "or") and doc[j - 1].is_upper and doc[j + 1].is_upper):
                    j += 1  # but "ICE and DHS" are two names
                elif j > i and doc[j].lower_ in connectors and doc[j].lower_ not in ("and", "or", "of", "for", "on") \
                        and j + 2 < sent.end and doc[j + 1].lower_ in connectors and doc[j + 1].is_lower \
                        and not {j + 1, j + 2} & taken \
                        and is_namey(doc[j + 2]) and doc[j + 2].text not in self._not_names:
                    j += 2  # "Ursula von der Leyen", "Rafael van der Vaart": two particles inside one name
                else:
                    break
            start = i
            while start < j and (doc[start].text in self._not_names
                                 or doc[start].lower_ in connectors and not (  # (but "Al-Qadir Trust")
                                     start + 1 < j and doc[start + 1].text == "-" and not doc[start].whitespace_)
                                 or doc[start].text in self._honorifics and start + 1 < j and len(doc[start + 1]) > 1
                                 and (doc[start].text.endswith(".") or doc[start].text not in _DOTLESS_RANKS
                                      or j - start >= 3 or doc[start + 1].lower_ in self.surnames)):
                if (doc[start].lower_ in _COMPASS or doc[start].text == "Government") and start > sent.start \
                        and doc[start - 1].lower_ == "the" \
                        and (any(t.text in self.words["org_heads"] for t in doc[start + 1:j])
                             or doc[start].text == "Government" and doc[start + 1].lower_ == "of"):
                    break  # "the Eastern Theater Command", "the Central Bank of Nigeria", "the Government
                    # Communication Service", "the Government of National Unity": the body's name opens with it
                known = self._lookup(doc, start, j) if doc[start].text in self._not_names \
                    or doc[start].lower_ in connectors else None
                if known and known[0] > start + 1:
                    break  # "Islamic State", "Central Bank of Nigeria", "Al-Shabaab": a known name opens with the word
                start += 1  # "Mr Lee": an honorific is not part of the name
            known = self._lookup(doc, start, sent.end) if start < j else None
            if known and known[0] > j and not taken & set(range(start, known[0])):
                j = known[0]  # a known name holding a word no name starts with: "the Group of Seven"
            if start < j and for_or_against(doc, sent, start):
                start += 1  # "the pro-Turkish Syrian National Army": the word joined to "pro-" names no actor; the
                # rest is a name of its own
            if start < j:
                yield start, j
            i = j

    def _possessive_inside(self, doc: Doc, start: int, pos: int, limit: int) -> bool:
        """Whether the "'s" at `pos` is inside an organisation's name: the words before it name nothing
        known ("People's", not "Turkey's"), and the capitalised words after it end in an organisation word."""
        if self._lookup(doc, start, pos) is not None or self.tables.phrases.get(doc[pos - 1].lower_):
            return False
        end = pos + 1
        while end < limit and is_namey(doc[end]):
            end += 1
        return end > pos + 1 and doc[end - 1].text in self.words["org_heads"]

    def _names(self, doc: Doc, sent: Span, taken: set[int]) -> list[Mention]:
        out: list[Mention] = []
        for start, end in self._runs(doc, sent, taken):
            out += self._segment(doc, sent, start, end)
        return out

    def _after_portfolio(self, doc: Doc, start: int, end: int, whole: bool = False) -> int | None:
        """Where a name starts after the portfolio words a title names from `start` on ("Human Rights" in "High
        Commissioner for Human Rights Volker Turk"), when a name of words that name no portfolio follows (or,
        `whole`, when the portfolio ends the run: "The UN High Commissioner for Human Rights, Volker Turk")."""
        pos = start
        while pos < end and doc[pos].lower_ in self.words["portfolio_words"] \
                and not (doc[pos].lower_ == "and" and pos == start):
            pos += 1
        if any(self._lookup(doc, k, end) for k in range(start, min(pos + 1, end))) \
                or pos < end and doc[pos].text in self.words["org_heads"] | {"Council", "Fund", "Agency", "Service"}:
            return None  # "Head of International Monetary Fund Kristalina Georgieva", "Chairman of National Security
            # Council Rustem Umerov": a body's name, no portfolio
        if whole and pos == end > start and doc[pos - 1].lower_ != "and":
            return end
        if pos == start or pos >= end or doc[pos - 1].lower_ == "and" \
                or any(doc[k].lower_ in self.words["portfolio_words"] or not is_namey(doc[k]) for k in range(pos, end)):
            return None
        return pos

    def _segment(self, doc: Doc, sent: Span, start: int, end: int) -> list[Mention]:
        title_end = self._title_at(doc, start, end)
        if title_end is not None and title_end + 2 < end and doc[title_end].lower_ in ("of", "for"):
            named = next((k for k in range(title_end + 2, min(end - 1, title_end + 5))
                          if doc[k].ent_type_ == "PERSON" and doc[k].ent_iob_ == "B"), None)
            portfolio_end = self._after_portfolio(doc, title_end + 1, end)
            if portfolio_end is not None and (named is None or named < portfolio_end):
                named = portfolio_end  # "High Commissioner for Refugees Filippo Grandi": the model's person
                # takes in the portfolio, or it reads none
            if named is not None and not any(self._lookup(doc, k, named) for k in range(title_end + 1, named)):
                # "Minister of Finance Nirmala Sitharaman", "Minister for Infrastructure Agus Harimurti Yudhoyono":
                # the portfolio is the title's, the name the model reads after it the person's (but "President of
                # Russia Vladimir Putin" names a state too)
                return self._segment(doc, sent, named, end)
        facility = next((k for k in range(start + 1, end) if doc[k].text in self.words["lending_instrument_heads"]), None)
        if facility is not None:  # "a $1.1 billion Extended Fund Facility for Jordan": a loan's name, no body; who
            # gets it is named after "for" or "to"
            rest = facility + 1 + (facility + 1 < end and doc[facility + 1].lower_ in ("for", "to", "of"))
            return self._segment(doc, sent, rest, end) if rest < end else []
        whole = self._lookup(doc, start, end)
        if doc[start].text in self.words["org_heads"] and any(t.lower_ == "of" for t in doc[start + 1:end]) \
                and not (whole and whole[0] == end) \
                and not any(doc[k].lower_ in ("and", "or") and self._lookup(doc, k + 1, end) for k in range(start + 1, end)):
            # (not "the Ministry of Defence and Hamas": a known name after "and" is a name of its own)
            # "Ministry of Justice of Peru", "Office of the Prime Minister": one organisation, whatever it names
            return [m for m in [self._classify(doc, sent, start, end, None, None)] if m]
        if end - start > 1 and doc[end - 1].text in self.words["place_heads"] and whole and whole[0] < end \
                and whole[1].kind == "org":
            # "Islamic State West Africa Province": a branch of a known organisation, named after its region
            text = span_text(doc, start, end)
            key = self.table.add(org_key(text), text, "Organization", text)
            return [Mention(start, end, key, "Organization", text)]
        if end - start > 1 and doc[end - 1].text in self.words["place_heads"] and not (whole and whole[0] == end) \
                and not (whole and any(t.lower_ in ("and", "or") for t in doc[whole[0]:end])):
            # but "Cameroon and Europe": a known name and another
            return [m for m in [self._classify(doc, sent, start, end, None, None)] if m]
        pieces: list[tuple[int, int, Named | None]] = []
        pos, pending = start, None
        while pos < end:
            joined = pos > start and doc[pos - 1].text == "-" and not doc[pos - 1].whitespace_ and pending is not None \
                and pending < pos - 1  # "Inter-American": one word; "Russia-Ukraine": two names
            hit = None if joined else self._lookup(doc, pos, end)  # "Inter-American": one word, no "American"
            if hit and pending is not None and pending < pos - 1 and doc[pos - 1].lower_ == "and" \
                    and doc[hit[0] - 1].text in self.words["org_heads"] \
                    and all(t.lower_ in common_words(self.lex) and t.text not in self.words["org_heads"]
                            for t in doc[pending:pos - 1]):  # (not "the General Assembly and Security Council")
                hit = None  # "the AU's Peace and Security Council": a longer name of English words, not the UN's
            if hit and hit[0] == pos + 1 and hit[0] < end and doc[pos].lower_ in given_names(self.lex) \
                    and hit[1].kind == "city" and (
                        hit[0] + 1 < end and doc[hit[0]].lower_ in _SURNAME_PARTICLES and doc[hit[0]].is_lower
                        or is_namey(doc[hit[0]]) and doc[hit[0]].ent_type_ not in ("GPE", "LOC", "FAC") and (
                            (after := self._lookup(doc, hit[0], end)) is None or after[1].kind == "person")):
                hit = None  # "David van Weel", "Victoria de Souza", "spoke to Vladimir Putin" (the model's person after
                # it): a given name, no town
            title_end = self._title_at(doc, pos, end) if not hit and not joined else None
            if title_end and title_end < end and (doc[title_end].text in self.words["org_heads"]
                                                  or doc[title_end].text in self.words["firm_heads"]
                                                  or doc[title_end].text in POSSESSIVE):
                title_end = None  # "Justice Department", "Defense Ministry", "Premier Oil", "the Ombudsman's Office": a
                # body's name, no title
            if title_end and title_end < end and doc[title_end].lower_ in ("for", "of"):
                # "UN High Commissioner for Human Rights Volker Turk": the portfolio is the title's
                title_end = self._after_portfolio(doc, title_end + 1, end, whole=True) or title_end
            if hit or title_end:
                if pending is not None:
                    pieces.append((pending, pos, None))
                    pending = None
                stop, named = hit if hit else (title_end, Named("title"))
                pieces.append((pos, stop, named))
                pos = stop
            else:
                pending = pos if pending is None else pending
                pos += 1
        if pending is not None:
            pieces.append((pending, end, None))
        connectors = self.words["name_connectors"]
        pieces = [(a + (doc[a].lower_ in connectors and named is None and b - a > 1
                        and not (doc[a + 1].text == "-" and not doc[a].whitespace_)), b, named)
                  for a, b, named in pieces]  # "Ahmed bin Salem and Omar": "and" starts no name (but "al-" does)
        # "between Blinken and Chinese Foreign Minister Wang Yi": "and" ends no name either
        pieces = [(a, b - (doc[b - 1].lower_ in ("and", "or") and named is None and b - a > 1), named)
                  for a, b, named in pieces]
        # a lone "and" between two known names is no piece: "in Minsk and Brest" names two cities
        pieces = [part for piece in pieces if piece[2] is not None or any(
            doc[k].lower_ not in connectors for k in range(piece[0], piece[1]))
            for part in self._split_unknown(doc, piece)]
        pieces = self._bodies_of_places(doc, pieces)
        # "Amina Yusuf of Nigeria": a name that is no body's ends before "of" and the place after it
        pieces = [(a, b - 1, named) if named is None and b - a > 2 and doc[b - 1].lower_ in ("of", "from")
                  and k + 1 < len(pieces) and pieces[k + 1][0] == b and pieces[k + 1][2] is not None
                  and pieces[k + 1][2].kind in ("country", "city", "capital") else (a, b, named)
                  for k, (a, b, named) in enumerate(pieces)]
        pieces = [part for piece in pieces for part in self._person_of_body(doc, piece)]
        pieces = self._merge_person_names(doc, pieces)
        if len(pieces) == 2 and pieces[0][2] is not None and pieces[0][2].kind in ("country", "city", "capital") \
                and pieces[1][2] is None and pieces[0][1] == pieces[1][0] and start > sent.start \
                and doc[start - 1].lower_ in self._title_heads and doc[start - 1].is_lower:
            # "Israel's foreign minister Israel Katz": after a title, a place's name opens a person's
            pieces = [(pieces[0][0], pieces[1][1], None)]
        for k in range(1, len(pieces) - 1):
            title, place, name = pieces[k - 1], pieces[k], pieces[k + 1]
            if title[2] is not None and title[2].kind == "title" and title[1] == place[0] and place[1] == name[0] \
                    and place[2] is not None and place[2].kind in ("country", "city", "capital") \
                    and name[2] is None and name[1] - name[0] == 1:
                # "said Defense Minister Israel Katz": after a title in capitals, too
                pieces = pieces[:k] + [(place[0], name[1], None)] + pieces[k + 2:]
                break
        if len(pieces) == 2 and pieces[0][2] is not None and pieces[0][2].kind in ("country", "demonym") \
                and pieces[1][2] is None and pieces[0][1] == pieces[1][0] and (
                    doc[pieces[1][1] - 1].text in self.words["org_heads"] and pieces[0][2].kind == "country"
                    or doc[pieces[1][1] - 1].text in self.words["firm_heads"]  # "Danish Shipping", "Qatar Airways"
                    or pieces[1][1] + 2 < sent.end and doc[pieces[1][1]].text == "(" and doc[pieces[1][1] + 1].is_upper
                    and doc[pieces[1][1] + 2].text == ")"):
            # "Pakistan Tehreek-e-Insaf (PTI)", "the Bangladesh Nationalist Party": a body whose name opens with its
            # country's, set off by its initials or ending in a body's word
            pieces = [(pieces[0][0], pieces[1][1], None)]
        out = []
        for k, (a, b, named) in enumerate(pieces):
            mention = self._classify(doc, sent, a, b, named, pieces[k + 1][2] if k + 1 < len(pieces) else None)
            if mention:
                out.append(mention)
        return out

    def _split_unknown(self, doc: Doc, piece):
        """"Biden and Xi": two unknown names joined by "and" are two names; a known one ("Trinidad and
        Tobago", "Ministry of Justice and Security") was looked up whole before; a body's name of English
        words whose last word alone names a body is one name ("National Intelligence and Security Agency")."""
        a, b, named = piece
        cut = next((k for k in range(a + 1, b - 1) if doc[k].lower_ in ("and", "or")
                    and doc[k - 1].whitespace_ and doc[k].whitespace_), None)  # (not "Harun-or-Rashid": one name)
        if named is not None or cut is None:
            return [piece]
        heads, common = self.words["org_heads"], common_words(self.lex)
        if doc[b - 1].text in heads and not any(t.text in heads for t in doc[a:cut]) \
                and all(t.lower_ in common for t in doc[a:cut]):  # but "NewsDay and Heart and Soul Television"
            return [piece]
        portfolio = next((k for k in range(a + 1, cut) if doc[k].lower_ in ("of", "for")), None)
        if portfolio is not None and any(t.text in heads for t in doc[a:portfolio]) \
                and not any(t.text in heads or t.ent_type_ == "PERSON" for t in doc[cut + 1:b]):
            return [piece]  # "Tunisian Forum for Economic and Social Rights", "Ministry of Foreign Affairs and Trade"
        return [(a, cut, None), (cut + 1, b, None)]

    def _person_of_body(self, doc: Doc, piece):
        """"Atilla Yesilada of Global Source Partners": an unknown name the model reads as a person's up to "of",
        and a body's name after it, are two names."""
        a, b, named = piece
        cut = next((k for k in range(a + 2, b - 1) if doc[k].lower_ == "of"), None)
        if named is not None or cut is None or not all(t.ent_type_ == "PERSON" for t in doc[a:cut]) \
                or doc[b - 1].text not in self.words["org_heads"] | self.words["firm_heads"]:
            return [piece]
        return [(a, cut, None), (cut + 1, b, None)]

    def _bodies_of_places(self, doc: Doc, pieces):
        """"Law Society of Kenya", "Bar Association of India": an unknown body's name that ends in "of" and
        an organisation word before it takes the place after it as part of its name; so does one that a
        country's name opens ("Kenya Medical Association")."""
        merged = []
        for piece in pieces:
            if merged and merged[-1][2] is None and piece[2] is not None and merged[-1][1] == piece[0] \
                    and piece[2].kind in ("country", "city", "capital") and doc[piece[0] - 1].lower_ in ("of", "for") \
                    and any(t.text in self.words["org_heads"] for t in doc[merged[-1][0]:piece[0] - 1]):
                merged[-1] = (merged[-1][0], piece[1], None)
                continue
            if merged and merged[-1][2] is not None and piece[2] is None and merged[-1][1] == piece[0] \
                    and merged[-1][2].kind in ("country", "capital") and piece[1] - piece[0] >= 2 \
                    and doc[piece[1] - 1].text in self.words["org_heads"] | self.words["firm_heads"] \
                    and all(t.is_title or t.is_upper for t in doc[piece[0]:piece[1]]):
                # "Kenya Medical Association", "Pakistan Peoples Party", "Vietnam Investment Review": a country's
                # name opens a body's
                merged[-1] = (merged[-1][0], piece[1], None)
                continue
            merged.append(piece)
        return merged

    def _merge_person_names(self, doc: Doc, pieces):
        """Join pieces that are one name: a city next to an unknown name is part of a
        person's name ("Vladimir Putin", "Erick Garcia"), and a known organisation
        followed by a name ending in an organisation word is one organisation
        ("United Nations Working Group on Arbitrary Detention")."""
        merged = []
        for piece in pieces:
            after_title = len(merged) >= 1 and merged[-1][2] is not None and merged[-1][2].kind == "title" \
                or len(merged) >= 2 and merged[-2][2] is not None and merged[-2][2].kind == "title" \
                and merged[-1][2] is None
            surname = piece[2] is not None and piece[2].kind == "demonym" and piece[1] - piece[0] == 1 \
                and merged and merged[-1][2] is None and piece is pieces[-1]  # "chief Volker Turk"
            if after_title and merged[-1][1] == piece[0] and (piece[2] is None or piece[2].kind in ("city", "capital")
                                                              or surname):
                # after a title comes a person's name, whatever places its words also name ("President Maia Sandu")
                if merged[-1][2] is not None and merged[-1][2].kind == "title":
                    first = piece[0] + (doc[piece[0]].text in self._honorifics and piece[1] - piece[0] > 1)
                    merged.append((first, piece[1], None))  # "Energy Minister Prince Abdulaziz": no honorific
                else:
                    merged[-1] = (merged[-1][0], piece[1], None)
                continue
            if merged and merged[-1][1] == piece[0] and merged[-1][2] is None and piece[2] is not None \
                    and piece[2].kind == "person" and piece[1] - piece[0] == 1 and doc[merged[-1][0]].is_title \
                    and not self._title_at(doc, merged[-1][0], merged[-1][1]):
                # "Resila Onyango" after "Dennis Onyango": a first name before a known surname is another person
                merged[-1] = (merged[-1][0], piece[1], None)
                continue
            if merged and merged[-1][1] == piece[0]:
                last = merged[-1][2]
                if last is not None and last.kind == "city" and piece[2] is not None and piece[2].kind == "city" \
                        and merged[-1][1] - merged[-1][0] == 1 and piece[1] - piece[0] == 1 \
                        and (doc[merged[-1][0]].lower_ in given_names(self.lex)
                             or last.country and piece[2].country and last.country != piece[2].country
                             and not (piece[1] < len(doc) and doc[piece[1]].is_lower and doc[piece[1]].pos_ == "NOUN")
                             and not (merged[-1][0] > 0 and doc[merged[-1][0] - 1].lower_ in _BETWEEN_WORDS)):
                    # "Marco Rubio": two towns' names, one person's; "Maia Sandu": towns of two states, side by
                    # side, no one place
                    merged[-1] = (merged[-1][0], piece[1], None)
                    continue
                if piece[2] is None and last is not None and last.kind in ("city", "capital"):
                    merged[-1] = (merged[-1][0], piece[1], None)
                    continue
                if piece[2] is None and last is not None and last.kind == "org" and piece[1] - piece[0] == 1 \
                        and merged[-1][1] - merged[-1][0] == 1 and doc[merged[-1][0]].text.isupper() \
                        and doc[merged[-1][0]].text in self.acronyms:
                    merged[-1] = (merged[-1][0], piece[1], None)  # "IS Sahel": a branch of the body, no person
                    continue
                if last is None and piece[2] is not None and piece[2].kind in ("city", "capital") \
                        and not self._title_at(doc, merged[-1][0], merged[-1][1]):
                    merged[-1] = (merged[-1][0], piece[1], None)
                    continue
                if last is None and piece[2] is None and doc[piece[0] - 1].is_alpha:
                    merged[-1] = (merged[-1][0], piece[1], None)  # "Shafqat Ali" + "Khan": one unknown name
                    continue
                if surname and (doc[merged[-1][0]].ent_type_ == "PERSON"
                                or self._title_before(doc, merged[-1][0], max(merged[-1][0] - 5, 0)) is not None) \
                        and not (piece[1] < len(doc) and doc[piece[1]].pos_ in ("NOUN", "PROPN")):
                    # "Volker Turk said": a people's name that ends a person's name is the surname
                    merged[-1] = (merged[-1][0], piece[1], None)
                    continue
                if piece[2] is None and last is not None and last.kind == "demonym" and (
                        piece[1] < len(doc) and doc[piece[1]].lower_ in self.words["org_anaphor_heads"]
                        or self._descriptor_before(doc, merged[-1][0], max(merged[-1][0] - 4, 0))):
                    # "the Mogadishu-based group Somali Public Agenda": one organisation
                    merged[-1] = (merged[-1][0], piece[1], None)  # "the ruling Georgian Dream party"
                    continue
                if piece[2] is None and last is not None and last.kind in ("country", "demonym") \
                        and piece[1] - piece[0] == 1 and doc[piece[0]].text in self.words["org_heads"]:
                    merged[-1] = (merged[-1][0], piece[1], None)  # "the U.S. Embassy", "the Russian Embassy"
                    continue
                if piece[2] is None and last is not None and last.kind in ("org", "demonym", "country") \
                        and (last.kind == "org" or piece[1] - piece[0] > 1) \
                        and any(t.text in self.words["org_heads"] for t in doc[piece[0]:piece[1]]) \
                        and not (last.kind == "country" and merged[-1][1] - merged[-1][0] == 1 and any(
                            t.lower_ in self.words["state_organ_heads"] for t in doc[piece[0]:piece[1]])):
                    # "United Nations Working Group on Arbitrary Detention", "American Civil Liberties Union", "the
                    # Nigeria Centre for Disease Control" (but not "the Ghana Government": a state's own organ is the
                    # state)
                    merged[-1] = (merged[-1][0], piece[1], None)
                    continue
            merged.append(piece)
        return merged

    def _classify(self, doc: Doc, sent: Span, a: int, b: int, named: Named | None, following: Named | None):
        text = span_text(doc, a, b)
        locative = self._is_locative(doc, a, sent.start) and not self._owns_a_thing(doc, b, sent.end)
        agentive = self._by(doc, a, sent.start)
        if named is not None and named.kind in ("city", "capital") and text.isupper() and len(text) > 1 \
                and not (named.city_label or named.label).isupper() and a > sent.start \
                and not (b < sent.end and doc[b].text in (",", "(", "—", "-")):  # (a dateline, "KYIV, Ukraine —", is one)
            named = None  # "the BLA": an acronym in capitals, not the Malian town of Bla
        if named is None:
            return self._unknown_name(doc, sent, a, b, text, locative, agentive)
        kind = named.kind
        if b - a == 1 and self._foreign_short_name(named, text):
            if self._phrase_in(doc, b, sent.end, self.words["org_descriptors"], 2):
                return self._unknown_name(doc, sent, a, b, text, locative, agentive)  # "the Congress party" in India
            return None  # "the Congress building in Buenos Aires": a word that names the U.S. body only in its story
        if kind in ("country", "city", "capital") and named_as(doc, sent.start, a):
            return None  # "a neighbourhood known as Colombia", "a camp called Texas": a name, no state or town there
        if kind in ("metonym", "capital") and not locative and named.city_key and self._names_a_scene(doc, a, b):
            locative = True  # "the Kabul attack", "the Jeddah talks": where it happened, not the state's act
        if kind == "metonym" and locative and named.city_key:
            key = self.table.add(named.city_key, named.city_label, "City", text)  # "met in Brussels": the city
            return Mention(a, b, key, "City", text, True, agentive)
        if kind == "org" or (kind == "metonym" and named.key.startswith("organization/")):
            key = self.table.add(named.key, named.label, "Organization", text)
            self._acronym(doc, b, sent, key)
            return Mention(a, b, key, "Organization", text, False, agentive)
        prep = a - 1 - (a - 1 > sent.start and doc[a - 1].lower_ == "the")
        aimed = prep
        while aimed > sent.start and doc[aimed].lower_ in _COMPASS:
            aimed -= 1  # "fired dozens of rockets at northern Israel": the country is hit
        feature = feature_named_for(doc, sent.start, sent.end, a, b) if kind in ("country", "capital", "city") else None
        if feature is not None:  # "the Gulf of Guinea", "the Niger Delta": a sea or a river's land, no state
            surface = span_text(doc, *feature)
            key = self.table.add(place_key(surface), surface, "Place", surface)
            return Mention(feature[0], feature[1], key, "Place", surface, True, agentive)
        if kind == "country" and locative and (prep >= sent.start and doc[prep].lower_ in ("to", "from", "at")
                                              or aimed < prep and doc[aimed].lower_ == "at"):
            locative = False  # "supplies to Moldova", "lashed out at the United States": a party, not a place
        if kind == "country" or (kind == "metonym" and not locative):
            key = self.table.add(named.key, named.label, "Country", text)
            return Mention(a, b, key, "Country", text, locative, agentive)
        based = b + 1 < sent.end and doc[b].text == "-" and doc[b + 1].lower_ in ("based", "born", "headquartered")
        if kind == "capital":
            if locative or based or (b < sent.end and doc[b].lower_ in ("city",)):  # "the Mogadishu-based group"
                key = self.table.add(named.city_key, named.city_label, "City", text)
                return Mention(a, b, key, "City", text, True, agentive)
            key = self.table.add(named.key, named.label, "Country", text)
            return Mention(a, b, key, "Country", text, False, agentive)
        if kind == "city" and b - a == 1 and doc[a].lemma_.lower() in common_words(self.lex) and (
                a > sent.start and is_namey(doc[a - 1]) and doc[a - 1].pos_ == "PROPN"
                or a == sent.start and not locative and doc[a].pos_ != "PROPN"):
            return None  # "the Hanoi Summit", "Politicians in Britain": an English word, no town of that name
        if kind == "city" and b - a == 1 and not locative and text.lower() in self.surnames and _relative_of(doc, a):
            return None
        if kind == "city" and b - a == 1 and not locative:
            person = self.surnames.get(text.lower()) or next(
                iter({k for label, k in self.full_names.items() if label.split()[0] == text}), None)
            if person is not None:
                # "Kim Jong Un ... Kim warned": a name of the story's person, not a town of that name
                self.table.add(person, self.table.labels[person], "Person", text)
                return Mention(a, b, person, "Person", text, False, agentive)
        if kind == "city" and (a > sent.start and doc[a - 1].text in self._honorifics
                               or not locative and _aged(doc, sent, b, self.words["settlement_nouns"])
                               or not locative and b - a == 1 and b < sent.end and doc[b].text == ","
                               and self._described_as_a_person(doc, sent, a, b)):
            return self._person(doc, sent, a, b, text, person_key(text), agentive)  # "Mr Imamoglu", "said Fatima, a
            # 34-year-old mother", "Sandu, a former World Bank economist,": a person, no town
        if kind == "city":
            key = self.table.add(named.key, named.label, "City", text)
            return Mention(a, b, key, "City", text, locative, agentive)
        if kind == "person":
            if named.key in self.table.labels:
                self.table.add(named.key, named.label, "Person", text)
                self.last_person = named.key
                return Mention(a, b, named.key, "Person", text, False, agentive)
            return self._person(doc, sent, a, b, named.label, named.key, agentive)
        if kind == "demonym" and text.endswith("s") and following is None and (
                b >= sent.end or not is_namey(doc[b])):
            key = self.table.add(group_key(text), text, "Group", text)
            return Mention(a, b, key, "Group", text, locative, agentive)
        return None

    def _unknown_name(self, doc, sent, a, b, text, locative, agentive):
        tokens = [t.text for t in doc[a:b]]
        if len(tokens) > 1 and tokens[-1].lower() in self.words["instrument_name_heads"] \
                and not any(t in self.words["org_heads"] for t in tokens) \
                and b + 2 < sent.end and doc[b].text == "(" and doc[b + 2].text == ")" and doc[b + 1].is_upper:
            self.law_initials.add(doc[b + 1].text)  # "the ... Sanctions Act (CAATSA)": "CAATSA sanctions" are a law's
        if text in self.law_initials or all(t in _GENERATIONS for t in tokens):
            return None  # (nor is "Jr." a name alone: "Martin Luther King Jr.", its "King" read as a title)
        if len(tokens) > 1 and tokens[-1].lower() in ("of", "for", "on", "and", "the", "to", "in") \
                and tokens[-2] != "-":  # but "Moon Jae-in"
            return None  # "Thousands of Israelis" with "Israelis" read apart: no name ends in "of"
        after = b + 3 if b + 2 < sent.end and doc[b].text == "(" and doc[b + 2].text == ")" else b
        connectors = {t.lower() for t in tokens[1:-1]} & {"of", "for", "on", "and"}
        if len(tokens) == 1 and a == sent.start and doc[a].pos_ != "PROPN" and not (text.isupper() and len(text) > 2) \
                and (text.lower() in common_words(self.lex) or doc[a].lemma_.lower() in common_words(self.lex)):
            return None  # "Rights group Foro Penal says": an English word the sentence opens with (not "UNICEF said")
        initials = b + 2 < sent.end and doc[b].text == "(" and doc[b + 1].is_upper and len(doc[b + 1]) >= 2 \
            and doc[b + 2].text == ")" and len(tokens) > 1 and not locative \
            and tokens[-1].lower() not in self.words["region_nouns"] | {"territory", "region", "province", "state"} \
            and not (tokens[-1].lower() in self.words["instrument_name_heads"]
                     and not any(t in self.words["org_heads"] for t in tokens))
        # ("the Pakistan Tehreek-e-Insaf (PTI)": a body's initials; "in the Federal Capital Territory (FCT)": a place's;
        # "the Adversaries Through Sanctions Act (CAATSA)": a law's)
        izafe = any(tokens[k - 1] == "-" and tokens[k].lower() in ("e", "i", "ut") and tokens[k + 1] == "-"
                    for k in range(1, len(tokens) - 1))  # "Jamaat-e-Islami", "Tehrik-i-Taliban", "Hizb-ut-Tahrir"
        if any(t in self.words["org_heads"] for t in tokens) or initials or izafe \
                or len(tokens) > 1 and tokens[-1] in self.words["firm_heads"] or \
                self._phrase_in(doc, after, sent.end, self.words["org_descriptors"], 2) or \
                self._descriptor_before(doc, a, sent.start, b):
            key = self.table.add(org_key(text), text, "Organization", text)
            self._acronym(doc, b, sent, key)
            return Mention(a, b, key, "Organization", text, False, agentive)
        if len(tokens) > 1 and tokens[-1] in self.words["place_heads"] and not self._described_as_a_person(doc, sent, a, b):
            # "Gorky Park"; but "Lina Park, director of the Asia program" is a person
            key = self.table.add(place_key(text), text, "Place", text)
            return Mention(a, b, key, "Place", text, True, agentive)
        if len(tokens) == 1:
            return self._single_name(doc, sent, a, b, text, locative, agentive)
        if tokens[0].isupper() and len(tokens[0]) > 1 and tokens[0] in self.acronyms \
                and self.table.types.get(self.acronyms[tokens[0]]) == "Organization":
            # "IS Sahel" after "Islamic State": a branch of the body whose initials open it, no person
            key = self.table.add(org_key(text), text, "Organization", text)
            return Mention(a, b, key, "Organization", text, False, agentive)
        alpha = all(_name_word(t) for t in tokens if t != "-") and tokens[0] not in _GENERATIONS
        # ("Robert F. Kennedy Jr.", "George W. Bush": initials and a generation inside a person's name)
        if a > sent.start and doc[a - 1].lower_ == "the":
            return None  # "the Mavi Marmara", "the Noble Sanctuary": people's names take no article
        if alpha and len([t for t in tokens if t != "-"]) <= 5 and not connectors and (  # ("Abdul-Malik al-Houthi")
                not locative or all(t.ent_type_ == "PERSON" for t in doc[a:b]) or self._person_noun_before(doc, a, sent.start)
                or doc[a].lower_ in given_names(self.lex) and b - a == 2 and is_namey(doc[b - 1])
                and doc[b - 1].ent_type_ not in ("GPE", "LOC", "FAC")  # "a letter to Vladimir Putin"
                # ("Somalia's ambassador to Kenya, Mohamud Ahmed Nur, said": the model's person, its last word aside)
                or len(tokens) > 2 and all(t.ent_type_ == "PERSON" for t in doc[a:b - 1])
                or b < sent.end and doc[b].lower_ == "who") \
                and (doc[b - 1].ent_type_ not in ("LOC", "EVENT", "FAC") or self._person_noun_before(doc, a, sent.start)):
            # the model's word, where it is sure of a kind: "Pacific Ocean" (LOC), "Democracy Summit" (EVENT)
            # are no one's names (but "photographer Pablo Grillo" is a person's, whatever the model reads)
            if not self._looks_like_a_person(doc, sent, a, b):
                return None
            if tokens[-1] in self.words["made_thing_heads"] or tokens[0] in self.words["storm_titles"]:
                return None  # "Ernie Bot", "Development Plan", "Cyclone Jude": a thing's name
            if len(tokens[-1]) > 1 and tokens[-1].isupper() and not re.fullmatch(r"[IVXLC]+", tokens[-1]):
                # "Kling AI", "Stability AI": a company's (but "King Charles III" is a king's)
                key = self.table.add(org_key(text), text, "Organization", text)
                return Mention(a, b, key, "Organization", text, False, agentive)
            # a place's name after "to" or "near" is a place; the model's person is a person anywhere
            # ("spoke to Ana Ortiz", "near Pedro Castillo's home")
            return self._person(doc, sent, a, b, text, person_key(text), agentive)
        return self._region_read(doc, sent, a, b, text, locative, agentive)

    def _region_read(self, doc, sent, a, b, text, locative, agentive):
        """"killed 100 people in North Darfur", "fighting in Tigray": a name the gazetteer lacks that the model
        reads as a place, where a preposition of place sets it, is a region: a place label of the events told
        there, no entity (its country only where the words say it, as for "Balochistan province")."""
        if not locative or a == sent.start or doc[a - 1].lower_ not in ("in", "across", "throughout", "into") \
                or not all(t.ent_type_ in ("GPE", "LOC") for t in doc[a:b]) or not text[:1].isupper() \
                or text.lower() in self.words["world_regions"]:
            return None  # ("peace in Europe", "in Africa, it can also mean": too wide to be where an act is)
        country = self._country_of_region(doc, sent, a)
        key = self.table.add(place_key(text) + (f"-{country.lower()}" if country else ""), text, "Place", text,
                             country)
        return Mention(a, b, key, "Place", text, True, agentive)

    def _single_name(self, doc, sent, a, b, text, locative, agentive):
        town = self._town_in(doc, sent, a, b) if locative or doc[a].ent_type_ in ("GPE", "LOC") else None
        if town is not None:
            # "schoolgirls from Chibok in Borno State", "in Jangebe, Nigeria": a town too small for the gazetteer
            key = self.table.add(city_key(text, town) if town else place_key(text), text, "City", text)
            return Mention(a, b, key, "City", text, True, agentive)
        if text in ("Europe", "Asia", "Africa") and locative and a - 2 >= sent.start and doc[a - 1].lower_ == "and" \
                and is_namey(doc[a - 2]):
            # "from Cameroon and Europe": a continent beside a place named (alone, a continent is the scene of
            # nothing the contract scores: "in Africa, it can also mean")
            key = self.table.add(place_key(text), text, "Place", text)
            return Mention(a, b, key, "Place", text, True, agentive)
        if b < sent.end and doc[b].lower_ in self.words["region_nouns"]:
            label = text  # "Zamfara state", "Balochistan province": the region by its name ("Zamfara")
            country = self._country_of_region(doc, sent, a)
            key = self.table.add(place_key(label) + (f"-{country.lower()}" if country else ""), label, "Place",
                                 span_text(doc, a, b + 1), country)  # (articles share a region of one country)
            return Mention(a, b + 1, key, "Place", span_text(doc, a, b + 1), True, agentive)
        surname = self.surnames.get(text.lower())
        if surname and _relative_of(doc, a):
            return None
        if surname:
            self.table.add(surname, self.table.labels[surname], "Person", text)
            self.last_person = surname
            return Mention(a, b, surname, "Person", text, False, agentive)
        if a >= 2 and doc[a - 1].lower_ == "of" and doc[a - 2].lower_ in ("village", "town", "city", "hamlet"):
            # "the village of Jangebe": a settlement too small for the gazetteer, in the focus country
            key = city_key(text, self.focus) if self.focus else place_key(text)
            key = self.table.add(key, text, "City", text)
            return Mention(a, b, key, "City", text, True, agentive)
        acronym = self.acronyms.get(text)
        if acronym:
            return Mention(a, b, acronym, self.table.types[acronym], text, locative, agentive)
        firsts = {key for label, key in self.full_names.items() if label.split()[0] == text}
        if len(firsts) == 1 and not locative:
            # "Getachew Reda ... Getachew accused", "Kim Jong Un ... Kim said": names whose first word is the
            # one a story calls them by (Ethiopian, Korean, Chinese names)
            person = firsts.pop()
            self.table.add(person, self.table.labels[person], "Person", text)
            return Mention(a, b, person, "Person", text, False, agentive)
        if a - 2 >= sent.start and doc[a - 1].lower_ in ("with", "for", "at") \
                and doc[a - 2].lower_ in self.lex.person_nouns | {"analyst", "correspondent", "researcher", "fellow"}:
            # "a journalist with NewsDay", "a reporter for Semafor": the one they work for is a body
            key = self.table.add(org_key(text), text, "Organization", text)
            return Mention(a, b, key, "Organization", text, False, agentive)
        if text.isupper() and 2 <= len(text) <= 6 and text.isalpha() \
                and text not in self.words["common_acronyms"]:  # (but "AI", "GDP": a common noun's acronym)
            key = self.table.add(org_key(text), text, "Organization", text)
            return Mention(a, b, key, "Organization", text, False, agentive)
        if self._title_before(doc, a, sent.start) is not None or self._person_noun_before(doc, a, sent.start) \
                or a > sent.start and doc[a - 1].text in self._honorifics:  # "Mr Lee"
            return self._person(doc, sent, a, b, text, person_key(text), agentive)
        if not locative and text[:1].isupper() and text.lower() in _surname_states(self.lex) and (
                doc[a].ent_type_ == "PERSON" or text.lower() not in common_words(self.lex)) \
                and not {t.lower_ for t in doc[max(a - 4, sent.start):a]} & {"known", "nickname", "nicknamed"}:
            # "Zelenskiy held talks with Erdogan", "Putin will visit": a politician the actor dictionaries know
            # by this surname alone (and the model reads as a person, if the word is English too)
            return self._person(doc, sent, a, b, text, person_key(text), agentive)
        if not locative and (a != sent.start or doc[a].pos_ == "PROPN") and text not in self.words["common_acronyms"] \
                and "." not in text and doc[b - 1].lower_ not in self.words["instrument_name_heads"] \
                and self._model_organisation(doc, a, b):  # (not "C.A.R.": a state's initials; not a law's name)
            # "Spotify accused the European Commission", "The Commission fined Huawei", "Greenpeace said": a body
            # the tables lack, that the model reads as an organisation's name, taking part in what the sentence tells
            key = self.table.add(org_key(text), text, "Organization", text)
            return Mention(a, b, key, "Organization", text, False, agentive)
        if a == sent.start and text.lower() in common_words(self.lex):
            return None  # "Turnout was about 75%": an English word the sentence opens with, whatever the model says
        subject = doc[a] if doc[a].dep_ in ("nsubj", "nsubjpass") else doc[a].head if doc[a].dep_ == "conj" \
            and doc[a].head.dep_ in ("nsubj", "nsubjpass") else None
        if subject is not None and not locative and subject.head.pos_ in ("VERB", "AUX") and (
                doc[a].ent_type_ == "PERSON" or not doc[a].ent_type_
                and subject.head.lemma_.lower() in self.words["speech_lemmas"]):
            # "Blinken met Wang", "Biden and Xi will meet": a name the model reads as a person's, doing
            # something; "Zelenskyy wrote on X": one it does not know, saying something
            return self._person(doc, sent, a, b, text, person_key(text), agentive)
        return self._region_read(doc, sent, a, b, text, locative, agentive)

    @staticmethod
    def _model_organisation(doc: Doc, a: int, b: int) -> bool:
        """Whether the model reads exactly the words [a, b) as one organisation's name, and the name takes part in
        its clause: a subject, an object, or after "by", "against", "on", "with", "from", "for" (not a modifier)."""
        if doc[a].ent_iob_ != "B" or any(t.ent_type_ != "ORG" for t in doc[a:b]) \
                or b < len(doc) and doc[b].ent_iob_ == "I":
            return False
        head = doc[a:b].root
        return head.dep_ in ("nsubj", "nsubjpass", "dobj", "conj", "appos", "ROOT") \
            or head.dep_ == "pobj" and head.head.lower_ in ("by", "against", "on", "with", "from", "for", "to")

    def _looks_like_a_person(self, doc: Doc, sent: Span, a: int, b: int) -> bool:
        """Evidence that an unknown name of several words is a person's: the model reads a person in it,
        a title or a word for a person stands before it, or it opens with a given name the actor
        dictionaries know ("Public Agenda", "Customs Enforcement", "Tren de Aragua" have none)."""
        if any(t.ent_type_ == "PERSON" for t in doc[a:b]) or self._title_before(doc, a, sent.start) is not None \
                or self._portfolio_before(doc, a, sent.start) or self._person_noun_before(doc, a, sent.start) or doc[a].lower_ in given_names(self.lex):
            return True
        if doc[b - 1].dep_ in ("nsubj", "nsubjpass") and doc[b - 1].head.pos_ in ("VERB", "AUX", "ADJ"):
            return True  # the subject of a clause: "Volodymyr Zelenskyy met ...", "X was upset", as a story names
            # its people
        if doc[b - 1].dep_ == "dobj" and doc[b - 1].head.lemma_.lower() in _DONE_TO_PEOPLE:
            return True  # "police detained Ekrem Imamoglu": who is detained, freed or kidnapped is someone
        if doc[b - 1].dep_ == "pobj" and doc[b - 1].head.lower_ == "against" \
                and doc[b - 1].head.head.lemma_.lower() in _CASES_AGAINST and b - a > 1:
            return True  # "filed charges against Nnamdi Kanu": a case is brought against someone
        if a - 2 >= sent.start and doc[a - 1].text == "," and (
                doc[a - 2].lower_ in self._title_heads or doc[a - 2].lower_ in self.lex.person_nouns) \
                and (b >= sent.end or doc[b].text in (",", ".")):
            return True  # "The union's leader, Abdelghani Badi, said", "said his lawyer, Amungwa Tanyi Nicodemus.":
            # a name set beside a word for a person is that person's
        after = [t for t in doc[b:min(b + 6, sent.end)]]
        if after and after[0].lemma_.lower() in self.words["speech_lemmas"]:
            return True
        return self._described_as_a_person(doc, sent, a, b)

    def _portfolio_before(self, doc: Doc, a: int, floor: int) -> bool:
        """Whether a title and its portfolio stand right before token `a` ("High Commissioner for Human Rights")."""
        pos = a
        while pos - 1 > floor and doc[pos - 1].lower_ in self.words["portfolio_words"]:
            pos -= 1
        return floor < pos < a and doc[pos - 1].lower_ in ("for", "of") and self._title_before(doc, pos - 1, floor) is not None

    def _described_as_a_person(self, doc: Doc, sent: Span, a: int, b: int) -> bool:
        """Whether a title stands before a name, or a title or a word for a person follows it: "X, the
        opposition leader,", "X is the executive director of", "X, who"."""
        if self._title_before(doc, a, sent.start) is not None:
            return True
        after = [t for t in doc[b:min(b + 6, sent.end)]]
        if after and after[0].lower_ == "who" and (after[0].dep_ == "nsubj" or after[0].dep_ == "nsubjpass"):
            return True  # "a blow to Rigathi Gachagua who was impeached": who names a person
        if after and (after[0].text == "," or after[0].lower_ in ("is", "was", "who")):
            words = [t.lower_ for t in after[1:] if t.is_alpha]
            if after[0].text == ",":  # "Sandu, a former World Bank economist,": the apposition to its comma
                phrase = list(doc[b + 1:min(b + 9, sent.end)])
                cut = next((k for k, t in enumerate(phrase) if t.text == "," or t.pos_ in ("VERB", "AUX")
                            or t.lower_ in ("where", "which", "that", "when")), None)  # (not "Goma, where an envoy met")
                words = [t.lower_ for t in phrase[:cut] if t.is_alpha] if cut is not None else words[:4]
            return any(w in self._title_heads or w in self.lex.person_nouns for w in words[:7]) \
                or bool(words) and words[0] in ("who", "whose")
        return False

    def _named_before(self, word: str) -> bool:
        """Whether a body the story named lately is called by `word` ("parliament")."""
        return any(word in self.org_words.get(k, ()) or word in self.table.labels.get(k, "").lower().split()
                   for k, n in self.seen.items()
                   if self.table.types.get(k) == "Organization" and self.sentence_count - n < 6)

    def _town_in(self, doc: Doc, sent: Span, a: int, b: int) -> str | None:
        """The country code of a place an unknown name is told inside ("Chibok in Borno State", "Jangebe,
        Nigeria"): "" for a region, the code for a country; None when the name is not told so."""
        if b + 1 >= sent.end or doc[b].lower_ not in ("in", ",") or not is_namey(doc[b + 1]) or not is_namey(doc[a]):
            return None
        for n in (3, 2, 1):
            named = self.tables.phrases.get(span_text(doc, b + 1, b + 1 + n).lower()) if b + 1 + n <= sent.end else None
            if named is not None and named.kind == "country" and not (
                    b + 1 + n < sent.end and doc[b + 1 + n].text in POSSESSIVE):  # not "Ortiz, Peru's minister"
                return named.country or named.key.split("/", 1)[1]
        end = b + 1
        while end < sent.end and end - b <= 3 and is_namey(doc[end]):
            end += 1
        if doc[b].lower_ == "in" and doc[end - 1].lower_ in self.words["region_nouns"] | {"State", "Province"} \
                or end < sent.end and doc[end].lower_ in self.words["region_nouns"]:
            return self.focus or ""  # "in Borno State", "in Zamfara state": a region of the story's country
        return None

    def _descriptor_before(self, doc: Doc, a: int, floor: int, b: int | None = None) -> bool:
        if b is not None and b < len(doc) and doc[b].text == "," and a - 2 > floor and doc[a - 1].text == "," \
                and not any(t.ent_type_ == "PERSON" for t in doc[a:b]) and doc[a].lower_ not in given_names(self.lex):
            # "The group, NUFC Fans Against Sportswashing, said": a body's name set beside a word for a body
            for n in (3, 2, 1):
                words = [t.lower_ for t in doc[a - 1 - n:a - 1]]
                if a - 2 - n >= floor and doc[a - 2 - n].lower_ == "the" and " ".join(words) in self.words[
                        "org_descriptors"] and words[-1] not in self.lex.person_nouns:
                    return True
        for n in (3, 2, 1):
            phrase = span_text(doc, a - n, a).lower() if a - n >= floor else ""
            if phrase in self.words["org_descriptors"]:
                # "jailed pro-democracy publisher Jimmy Lai": a word for a person too, used as a title
                # with no article, names a person; "the publisher Penguin" may name a firm
                return not (phrase.split()[-1] in self.lex.person_nouns
                            and (a - n - 1 < floor or doc[a - n - 1].lower_ not in ("the", "a", "an")))
        return False

    def _person_noun_before(self, doc: Doc, a: int, floor: int) -> bool:
        return a > floor and doc[a - 1].lower_ in self.lex.person_nouns

    def _acronym(self, doc: Doc, b: int, sent: Span, key: str) -> None:
        if b + 2 < sent.end and doc[b].text == "(" and doc[b + 2].text == ")" and doc[b + 1].text.isupper():
            self.table.add(key, self.table.labels[key], "Organization", doc[b + 1].text)
            self.acronyms.setdefault(doc[b + 1].text, key)
        if b + 3 < sent.end and doc[b].text == "," and doc[b + 1].lower_ == "or" and doc[b + 2].text.isupper() \
                and doc[b + 2].is_alpha and len(doc[b + 2]) >= 2 and doc[b + 3].text in (",", ")", ".", ";"):
            # "The Nigeria Center for Disease Control and Prevention, or NCDC, said": its initials as it writes them
            self.table.add(key, self.table.labels[key], "Organization", doc[b + 2].text)
            self.acronyms.setdefault(doc[b + 2].text, key)
        for acronym in self._taught.get(key, ()):  # "Reporters Without Borders ... RSF said"
            self.acronyms.setdefault(acronym, key)
        # "the Rapid Support Forces ... the RSF": the initials of a body the story named are that body,
        # whatever else the letters name (Reporters Without Borders)
        words = [w for w in self.table.labels[key].replace("-", " ").split() if w[:1].isupper()]
        if len(words) >= 2 and all(w.isalpha() for w in words):
            self.acronyms.setdefault("".join(w[0] for w in words), key)

    def _person(self, doc: Doc, sent: Span, a: int, b: int, label: str, key: str, agentive: bool) -> Mention:
        surface = span_text(doc, a, b)
        key = self.table.add(key, label, "Person", surface)
        if len(label.split()) > 1:
            self.full_names.setdefault(label, key)
            self.full_name_starts.add(label.split()[0])
            words = label.split()
            surname = (words[-2] if words[-1] in _GENERATIONS else words[-1]).lower()
            # ("Ferdinand Marcos Jr." is "Marcos" after)
            self.surnames.setdefault(surname, key)
            particle, _, rest = surname.partition("-")
            if rest and particle in _NAME_PARTICLES:
                self.surnames.setdefault(rest, key)  # "al-Burhan" is "Burhan" after
        self.last_person = key
        title_start = self._title_before(doc, a, sent.start)
        if title_start is not None:
            title_end = a - (a - 1 > sent.start and doc[a - 1].text in self._honorifics)  # "Minister Prince X"
            title = span_text(doc, title_start, title_end)
            owner = self._owner_before(doc, title_start, sent.start) or self._body_in_title(doc, title_start, title_end)
            self._add_role(key, title, owner, self._counterparts(doc, sent, b))
        return Mention(a, b, key, "Person", surface, False, agentive)


_UNIONS_OF_STATES = frozenset({"United Nations", "European Union", "African Union"})
def _in_relative(doc: Doc, mention: Mention) -> bool:
    """Whether a mention stands inside a relative clause ("which signed a peace deal with Manila")."""
    node = doc[mention.end - 1]
    for _ in range(12):
        if node.dep_ == "relcl":
            return True
        if node.head.i == node.i:
            return False
        node = node.head
    return False


_GOVERNMENT_WORDS = frozenset({"ministry", "department", "government", "cabinet", "presidency", "parliament",
                               "embassy", "agency", "office", "service", "police", "court"})
"""Words of a body of government's name, which news never calls "the group" (a commission may be a group's)."""
_AGENCY_HEADS = frozenset({"agency", "office", "mission", "programme", "program", "fund", "body", "watchdog", "panel",
                           "commission", "committee", "tribunal", "court"})
"""Nouns of a body of a union of states named by what it does ("the U.N. refugee agency")."""

_COLLECTIVES = frozenset({"group", "force", "union", "team", "crew", "family", "party", "army", "militia", "unit",
                          "delegation", "coalition", "community", "gang", "mob", "crowd", "organization",
                          "organisation", "agency", "court", "junta", "opposition", "media", "police", "military",
                          "staff", "government", "alliance", "network", "movement", "board", "committee"})


_BLOC_WORDS = frozenset({"union", "community", "alliance", "association", "organization", "organisation", "league",
                         "council", "cooperation", "pact", "bloc", "group", "partnership", "forum"})


def _told_by_relative(pronoun: Token, mentions: list[Mention]) -> str | None:
    """The entity a relative clause tells of, when `pronoun` is its subject: "Tren de Aragua, which he accused of
    ...", "Belarus, which it accuses": the pronoun is someone else (None when it is no such subject)."""
    verb = pronoun.head
    if pronoun.dep_ not in ("nsubj", "nsubjpass") or verb.dep_ != "relcl" or pronoun.lower_ not in ("he", "she", "it"):
        return None  # (not "who has himself faced accusations": a reflexive is the one the clause tells of)
    return next((m.key for m in mentions if m.start <= verb.head.i < m.end), None)


def _governing_verb(token: Token) -> Token:
    """The verb whose clause holds `token` ("Some of them threatened": threatened), else the sentence's root."""
    node = token
    while node.pos_ not in ("VERB", "AUX") and node.head.i != node.i:
        node = node.head
    return node


def _subjects_above(token: Token, mentions: list[Mention]) -> list[Mention]:
    """The mentions that are (or name, "the Hong Kong government") the subjects of the clauses that hold `token`,
    the nearest first ("migrants crossing from Belarus" has none; "Latvia has declared ..." above it has Latvia)."""
    found, node = [], token
    while node.head.i != node.i:
        node = node.head
        subject = next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")), None) \
            if node.pos_ in ("VERB", "AUX") else None
        if subject is not None:
            found += [m for m in mentions if m.start <= subject.i < m.end] or [
                m for m in reversed(mentions) if subject.left_edge.i <= m.start and m.end <= subject.i]
    return found


_STATES = ("country", "demonym")  # the kinds of name that tell a state: "U.S.", "Chinese"
_NUMBER_WORDS = frozenset({"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
                           "twelve", "hundred", "thousand"})
"""Numbers that count a set exactly ("five civilian passengers"; not "dozens of activists", some of whom may be
counted later)."""


def _a_bloc(label: str) -> bool:
    """Whether a body's name may be a bloc of states: "European Union", "Organization of American States",
    an acronym ("ECOWAS", "NATO", "G7"); not a firm ("Gazprom")."""
    words = label.replace("-", " ").split()
    return bool(words) and (label.replace(" ", "").isupper() or bool({w.lower() for w in words} & _BLOC_WORDS))


def is_singular_person(label: str, heads: frozenset[str]) -> bool:
    """Whether a group's label ends in a noun for one person ("French tourist", "businessman"): a plural
    of it is a group head, or it is a man or a woman of some trade."""
    word = label.lower().split()[-1] if label.strip() else ""
    if word in _COLLECTIVES:
        return False  # "armed group", "security force", "trade union": many
    return word + "s" in heads or word.endswith("man") and word in heads  # ("businessman"; not "German")


def _sex(words: dict[str, frozenset[str]], word: str) -> str | None:
    """"m" for "he", "Mr", "spokesman"; "f" for "she", "Ms", "spokeswoman"; None for the rest."""
    return "m" if word in words["male_words"] else "f" if word in words["female_words"] else None


# Ranks written without a full stop, which open other words too ("Gen Z", "Gen AI", "Col Wasi"): a rank only before
# two words of a name or a surname the story told.
_DOTLESS_RANKS = frozenset({"Gen", "Col", "Lt", "Maj", "Capt", "Sgt", "Brig", "Adm", "Cmdr", "Cdr"})


def _aged(doc: Doc, sent: Span, end: int, places: frozenset[str] | list[str]) -> bool:
    """Whether the name ending at `end` is set off by an age: ", 34," or ", a 34-year-old mother" (a person's; not
    ", a 200-year-old port city", whose noun is a place's)."""
    if end + 2 >= sent.end or doc[end].text != ",":
        return False
    nxt = doc[end + 1]
    if nxt.like_num and doc[end + 2].text == ",":
        return True
    old = next((t.i for t in doc[end + 2:min(sent.end, end + 8)]
                if t.lower_.endswith("year-old") or t.lower_ == "old" and doc[t.i - 1].lower_ == "-"), None)
    return nxt.lower_ in ("a", "an") and old is not None and not any(
        t.lemma_.lower() in places or t.lemma_.lower() in ("port", "city", "building", "mosque", "church", "bridge")
        for t in doc[old + 1:min(sent.end, old + 3)])


def _nested(doc: Doc, m: Mention) -> bool:
    """A subject of a relative or participle clause ("the lawyer whom Tom Hart sued"), not of a clause of
    its sentence's own."""
    return any(doc[k].head.dep_ in ("relcl", "acl", "appos") for k in range(m.start, m.end))


def _relative_of(doc: Doc, start: int) -> bool:
    """"the younger Lai said": a relative of the person the story named by that surname, not them."""
    return start > 0 and doc[start - 1].lower_ in ("younger", "elder", "older")

