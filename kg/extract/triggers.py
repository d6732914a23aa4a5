"""Triggers: where a sentence names an event, and how the trigger word is used.

`find_triggers` finds the lexicon's trigger phrases in a sentence, leaving out
words used as modifiers ("alleged election fraud"), background phrases ("In
tandem with the protests, ...") and rhetoric in quotations. The predicates
here tell how a trigger stands in its sentence: as a noun naming an event
(`is_nominal`, `definite`), in a condition, or as the reason of a blame.
They read tokens only; `kg.extract.events` fills the slots.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Span

from kg.extract import grammar, parse
from kg.facts import PEOPLE_TYPES
from kg.extract.lexicon import Lexicon, TriggerGroup
from kg.extract.mentions import Mention
from kg.extract.tokens import quoted_tokens



@dataclass(frozen=True)
class Hit:
    """A trigger found at tokens [start, end)."""

    start: int
    end: int
    group: TriggerGroup


@lru_cache(maxsize=8)
def _trigger_index(lexicon: Lexicon) -> dict[str, list[tuple[tuple[str, ...], TriggerGroup]]]:
    index: dict[str, list] = {}
    for group in lexicon.trigger_groups:
        for phrase in group.triggers:
            index.setdefault(phrase[0].lower(), []).append((tuple(w.lower() for w in phrase), group))
    for entries in index.values():
        entries.sort(key=lambda e: -len(e[0]))
    return index


def _match_phrase(doc: Doc, pos: int, limit: int, phrase: tuple[str, ...]) -> int | None:
    """End of `phrase` matched at `pos` ("*" skips one to three words, "**" one to six), or None."""
    gap = 0
    for word in phrase:
        if word in ("*", "**"):
            gap = 3 if word == "*" else 6
            continue
        if gap:
            for skip in range(1, gap + 1):
                if pos + skip < limit and doc[pos + skip].lower_ == word:
                    pos += skip
                    break
            else:
                return None
            gap = 0
        else:
            while pos < limit and doc[pos].text in ("“", "”", '"') and word not in ("“", "”", '"'):
                pos += 1  # vowed to “enforce law and order”
            if pos >= limit or doc[pos].lower_ != word:
                return None
        pos += 1
    if phrase[-1] == "behind" and pos < limit and doc[pos].lower_ == "bars":
        return None  # "five journalists are behind bars": held, not to blame
    return pos


@lru_cache(maxsize=8)
def _type_groups(lexicon: Lexicon) -> dict[str, TriggerGroup]:
    """The options a lemma trigger of each type takes: those of the type's first hand-written group."""
    groups: dict[str, TriggerGroup] = {}
    for group in lexicon.trigger_groups:
        if not group.evaluative:
            groups.setdefault(group.type, group)
    return groups


PEOPLE_ACTS = frozenset({"Arrest", "Release", "Assault"})
"""Event types a verb names only when it is done to people (its object or passive subject)."""


def _names_people(token, mentions: list[Mention]) -> bool:
    """Whether `token` (or a word joined to it) is a person or a group, or a pronoun for people."""
    for word in (token, *token.conjuncts):
        if word.lower_ in ("him", "her", "them", "he", "she", "they", "us", "me", "i", "we", "you",
                           "who", "whom"):
            return True
        if any(m.start <= word.i < m.end and m.type in PEOPLE_TYPES for m in mentions):
            return True
        if (word.like_num or word.pos_ == "NOUN" and any(c.dep_ == "nummod" for c in word.children)) \
                and word.dep_ == "dobj" and word.head.lemma_.lower() in ("kill", "wound", "injure"):
            return True  # "killing 12", "injuring four others": people, counted
        if word.pos_ == "NUM" and word.dep_ == "nsubjpass" and word.text.replace(",", "").isdigit():
            return True  # "94 were arrested": people, counted
        if word.pos_ == "NOUN" and word.lemma_.lower() == "member":
            return True  # "captured two members of the ELN": people, however the body they belong to is read
        if (word.lower_ in ("many", "most", "some", "several", "all", "dozens", "hundreds") or word.like_num) and any(
                c.dep_ == "prep" and c.lower_ == "of" and any(_names_people(g, mentions) for g in c.children)
                for c in word.children):
            return True  # "many of them", "most of the victims", "three of the men": some of the people told
    return False


def _carries_people(token, mentions: list[Mention], lexicon: Lexicon) -> bool:
    """Whether `token` is a vehicle or a home of people told as theirs: "his car", "Evo Morales's convoy", "the
    convoy of the governor", "a bus carrying pilgrims"."""
    if token.lemma_.lower() not in lexicon.words["carrier_nouns"]:
        return False
    return any(c.dep_ == "poss" and (c.lower_ in ("his", "her", "their") or _names_people(c, mentions))
               or c.dep_ == "prep" and c.lower_ == "of" and any(_names_people(g, mentions) for g in c.children)
               or c.dep_ == "acl" and c.lemma_.lower() == "carry" and any(
                   g.dep_ == "dobj" and _names_people(g, mentions) for g in c.children)
               for c in token.children)


_CURRENCY_SIGNS = frozenset({"$", "€", "£", "¥", "us$"})
_CURRENCY_LEMMAS = frozenset({"dollar", "euro", "pound", "yuan", "yen", "rupee", "shilling", "naira", "rand", "ruble",
                              "rouble", "lira", "peso", "dinar", "riyal", "dirham", "franc"})


def _money_phrase(noun) -> bool:
    """Whether a sum of money is the noun's own measure: "a $500 million credit", "the release of
    $1.1 billion", "a program worth 8 billion dollars" (the noun's modifiers and its of- or worth-phrase)."""
    near = [t for c in noun.children if c.dep_ in ("nmod", "compound", "amod", "quantmod", "nummod")
            or c.dep_ == "prep" and c.lower_ == "of" or c.dep_ == "amod" and c.lower_ == "worth"
            for t in c.subtree]
    return any(t.lower_ in _CURRENCY_SIGNS or t.lemma_.lower() in _CURRENCY_LEMMAS for t in near) \
        and any(t.like_num for t in near)


def _armed_subject(verb, mentions: list[Mention], lexicon: Lexicon) -> bool:
    """Whether the verb's subject is a weapon or an armed force ("Russian missiles struck a building",
    "militants attacked a checkpoint"): violence, whatever it hit."""
    words = lexicon.words
    for subject in (c for c in verb.children if c.dep_ == "nsubj"):
        if subject.lemma_.lower() in words["weapon_nouns"]:
            return True
        covering = next((m for m in mentions if m.start <= subject.i < m.end), None)
        armed = words["fighter_heads"] | words["state_force_heads"] | {"army", "militia", "brigades", "brigade"}
        if covering is not None and covering.type in ("Group", "Organization") and covering.text \
                and covering.text.lower().split()[-1] in armed:
            return True  # "gunmen attacked", "the Rapid Support Forces shelled"
        if covering is not None and covering.type in ("Country", "Organization", "Group") \
                and verb.lemma_.lower() in words["state_strike_verbs"] \
                and not any(c.dep_ in ("prep", "prt") and c.lower_ in ("from", "off", "down") for c in verb.children) \
                and any(
                    o.lemma_.lower() in words["strike_objects"] or any(
                        m.start <= o.i < m.end and m.type in ("Group", "Organization") for m in mentions)
                    for o in _done_to(verb) if o.dep_ == "dobj"):
            return True  # "Russia struck Ukrainian energy facilities", "it had struck Hamas militants" (not "a deal",
            # "struck opposition lawmakers from committees")
    return False


_DONE_TO_PREPS = frozenset({"with", "on", "at", "against"})


def _done_to(verb) -> list:
    """Who a verb is done to: its object or passive subject, or the object of "with", "on", "at",
    "against" ("clashed with police", "fired on the crowd", "opened fire at protesters")."""
    direct = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") or c.dep_ == "nsubj" and verb.tag_ == "VBN"
              and any(a.dep_ == "agent" for a in verb.children)]  # ("..., many of them shot by police")
    if not direct and verb.dep_ == "conj" and verb.tag_ == "VBN":
        direct = [c for c in verb.head.children if c.dep_ == "nsubjpass"]  # "men were dragged from their homes and
        # shot": the passive goes on
    return direct + [gc for c in verb.children if c.dep_ == "prep" and c.lower_ in _DONE_TO_PREPS
                     for gc in c.children if gc.dep_ == "pobj"]


def _lemma_hit(doc: Doc, pos: int, limit: int, lexicon: Lexicon, mentions: list[Mention]) -> Hit | None:
    """A trigger read from the parse by lemma (`Lexicon.lemma_triggers`): a verb that names an event
    alone, with its particle, or with its object; an event noun."""
    token = doc[pos]
    lemmas = lexicon.lemma_triggers
    lemma = token.lemma_.lower()
    type_ = None
    end = pos + 1
    if token.pos_ == "VERB" and lemma not in lemmas.verbs and token.lower_.endswith("ed") \
            and token.lower_[:-1] in lemmas.verbs:
        lemma = token.lower_[:-1]  # the lemmatizer's "raped" -> "rap": a past tense that drops only its "d"
    if token.pos_ == "VERB" and lemma in lexicon.words["prep_bound_verbs"] and not any(
            c.dep_ in ("prep", "dative") and c.lower_ in ("for", "to") for c in token.children):
        return None  # "she would appeal", "appealed the ruling": a court's process, no appeal for anything
    if token.pos_ == "VERB":
        objects = [child for child in token.children if child.dep_ in ("dobj", "nsubjpass")]
        object_lemmas = {child.lemma_.lower() for child in objects} | {
            c.lemma_.lower() for child in objects for c in child.children if c.dep_ == "compound"} | {
            gc.lemma_.lower() for child in objects
            if child.lemma_.lower() in parse.QUANTITY_HEADS | parse.SERIES_HEADS or child.pos_ == "NUM"
            for c in child.children if c.dep_ == "prep" and c.lower_ == "of" for gc in c.children if gc.dep_ == "pobj"}
        object_lemmas |= {c.lemma_.lower() for c in token.children if c.dep_ in ("oprd", "xcomp")
                          and c.lemma_.lower() in lexicon.words["captive_nouns"]}  # "were taken hostage"
        # "closed the Torkham border crossing": the object's compound names it too;
        # "deployed thousands of soldiers": what is counted is the object
        particle = next((child for child in token.children if child.dep_ in ("prt", "prep", "advmod")
                         and (lemma, child.lower_) in lemmas.phrasal and child.i == pos + 1), None)
        if particle is not None:
            type_, end = lemmas.phrasal[(lemma, particle.lower_)], particle.i + 1
        elif lemma in ("fire", "launch", "test", "test-fire") and object_lemmas & {"missile", "rocket"} \
                and not object_lemmas & {"satellite", "space"} \
                and not object_lemmas & {"strike", "attack"} \
                and not any(c.dep_ == "prep" and c.lower_ in ("at", "on", "toward", "towards", "into") and any(
                    gc.dep_ == "pobj" and gc.ent_type_ not in ("DATE", "TIME") and (c.lower_ != "into" or any(
                        m.start <= gc.i < m.end and m.type in ("Country", "City") for m in mentions))
                    for gc in c.children) for c in token.children):
            # "fired rockets at Tel Aviv", "into northern Israel" is an attack; "on Saturday" says when
            type_ = "ForceDisplay"  # "fired two ballistic missiles into the sea": a show of force (CAMEO 15)
        elif lemma in ("fire", "launch") and object_lemmas & {"missile", "rocket", "drone", "shell", "mortar"}:
            type_ = "Assault"  # "fired rockets at Tel Aviv": an attack (CAMEO 19)
        elif lemma in ("fire", "throw", "hurl", "pelt") and any(
                c.dep_ == "prep" and c.lower_ in (("at", "on", "into") if lemma == "fire" else ("at",))
                and any(_names_people(gc, mentions) or _carries_people(gc, mentions, lexicon) for gc in c.children)
                for c in token.children):
            # "police fired on protesters", "fired live rounds at demonstrators" (not "fired the minister"),
            # "threw glass bottles at them", "throwing eggs at police": violence against people
            type_ = "Assault"
        elif lemma == "hijack" and object_lemmas & lexicon.words["hijacked_craft"] and not any(
                c.dep_ == "prep" and c.lower_ == "of" for o in objects for c in o.children):  # "the train of reforms"
            type_ = "Assault"  # "Pirates hijacked a bulk carrier", "the plane was hijacked": a hijacking (contract)
        elif lemma == "strike" and not objects and not any(c.dep_ in ("prt", "advmod") and c.lower_ in ("back", "out", "again")
                                                            or c.dep_ == "advcl" and c.tag_ == "VBG"
                                                            for c in token.children) and any(
                c.dep_ == "nsubj" and _works(c, mentions, lexicon) for c in token.children):
            type_ = "Protest"  # "Thousands of workers struck on Monday", "Teachers will strike": a walkout
        elif lemma in lexicon.words["armed_subject_verbs"] and _armed_subject(token, mentions, lexicon) \
                and not any(c.dep_ in ("prt", "advmod") and c.lower_ in ("back", "out") for c in token.children):
            # ("hit back at its critics", "hit out at": words)
            type_ = "Assault"  # "Israeli warplanes struck targets in Lebanon": violence, whatever it hit
        elif lemma in lexicon.words["hosting_lemmas"] and any(
                not any(m.start <= o.i < m.end and m.type in ("Person", "Country", "Organization") for m in mentions)
                and (_names_people(o, mentions) or o.lemma_.lower() in lexicon.person_nouns
                     or o.tag_ == "NNS" and any(c.ent_type_ == "NORP" for c in o.children)) for o in objects):
            type_ = None  # "welcomed Russian instructors", "welcomed the refugees": received them, said nothing
            # (welcoming Xi Jinping to Paris hosts a visit: a meeting)
        elif lemma in lemmas.verbs and not object_lemmas & lemmas.not_with.get(lemma, frozenset()):
            # a pair the dictionary codes apart from its verb comes first: "paid a visit" is a visit
            by_object = lemmas.verb_objects.get(lemma, {})
            type_ = next((by_object[o] for o in sorted(object_lemmas) if o in by_object), lemmas.verbs[lemma])
        else:
            by_object = lemmas.verb_objects.get(lemma, {})
            type_ = next((by_object[o] for o in sorted(object_lemmas) if o in by_object), None)
    elif token.dep_ in ("compound", "amod") and pos + 1 < limit and token.head.i == pos + 1 \
            and token.head.pos_ == "NOUN" and f"{token.lower_} {token.head.lemma_.lower()}" in lemmas.nouns:
        # a two-word event noun by the lemma of its head: "air strikes", "naval drills", "phone calls"
        type_, end = lemmas.nouns[f"{token.lower_} {token.head.lemma_.lower()}"], pos + 2
    elif token.pos_ == "NOUN" and token.dep_ not in ("compound", "amod"):  # not "riot helmets"
        type_ = lemmas.nouns.get(lemma)
        if type_ is None and lemma in ("death", "killing") and _caused(token):
            type_ = "Assault"  # "an operation ... which resulted in the deaths of 16 militants"
        if type_ is None and lemma == "strike" and _military_strike(token, lexicon):
            type_ = "Assault"  # "two militants were killed in an Israeli strike", "carried out strikes on Hezbollah
            # targets": blows struck at someone, no walkout
        elif type_ is None and lemma == "strike" and _labour_strike(token, mentions, lexicon):
            type_ = "Protest"  # "Unions staged a nationwide strike", "the union called a 24-hour strike" (CAMEO 143)
        if type_ is None and lemma in lexicon.words["money_nouns"] and _money_phrase(token):
            type_ = "Loan"  # "a $500 million credit", "the release of $1.1 billion", "an $8 billion program"
        elif type_ is None and lemma == "release" and any(
                c.dep_ == "prep" and c.lower_ == "of" and any(_names_people(t, mentions) for gc in c.children
                                                               for t in gc.subtree)
                for c in token.children):
            type_ = "Release"  # "ordered the release of the activist"; "the release of the report" frees no one
    clash = type_ is None and clash_word(token, lexicon) and token.dep_ not in ("compound", "amod") \
        and any(c.dep_ == "prep" and c.lower_ == "between" for c in token.children) \
        and not _told_as_a_war(token)
    if clash:
        type_ = "Assault"  # "Fighting between the army and the RSF erupted": a clash of the sides it names
    naming = ("call", "brand", "label", "describe", "dub", "term", "denounce", "condemn", "decry", "slam")
    if (type_ is None or lemma in lexicon.words["judgement_nouns"]) and token.pos_ == "NOUN" and (
            token.dep_ in ("oprd", "xcomp", "attr") and token.head.lemma_.lower() in naming
            or token.dep_ == "pobj" and token.head.lower_ == "as" and token.head.head.lemma_.lower() in naming) \
            and (lemma in lexicon.words["pejorative_nouns"] | lexicon.words["judgement_nouns"]
                 and not (lemma == "coup" and any(c.dep_ == "prep" and c.lower_ == "for" for c in token.children))
                 or lemma == "act" and any(c.dep_ == "prep" and c.lower_ == "of" and any(
                     g.lemma_.lower() in lexicon.words["judgement_nouns"] | {"war", "terror"} for g in c.children)
                                           for c in token.children)):
        # ("called the move an act of persecution"; not "called the deal a coup for the president": a success)
        namer = token.head if token.dep_ != "pobj" else token.head.head
        if any(c.dep_ == "neg" for c in namer.children) or namer.dep_ in ("xcomp", "pcomp") \
                and namer.head.lemma_.lower() in ("avoid", "refuse", "decline", "stop", "resist"):
            return None  # "has so far avoided calling the takeover a coup", "did not call it a crime": no blame
        # "called the protesters criminals", "branded the opposition traitors": blame said of them; "called the
        # launch a grave escalation", "described the sanctions as interference": blame said of what they name
        group = next((g for g in lexicon.trigger_groups if g.type == "Criticism" and g.evaluative), None)
        return Hit(pos, pos + 1, group) if group is not None else None
    if type_ is None or end > limit:
        return None
    if type_ in PEOPLE_ACTS and token.pos_ == "VERB" and not clash and not any(
            _names_people(child, mentions) for child in _done_to(token)) \
            and not (type_ == "Assault" and (_armed_subject(token, mentions, lexicon) or lemma == "hijack"
                                             or object_lemmas & lexicon.words["weapon_nouns"]
                                             or lemma == "exchange" and object_lemmas & {"fire", "gunfire"}
                                             or lemma in lexicon.words["bombing_lemmas"] and objects and not any(
                                                 c.dep_ == "prt" or c.dep_ == "prep" and c.lower_ == "with" and not any(
                                                     g.lemma_.lower() in lexicon.words["weapon_nouns"]
                                                     for g in c.children) for c in token.children))):
            # ("bombed a school", "shelled the town with artillery", "India and Pakistan exchanged fire": violence,
            # whoever the words name it hit; not "shelled out", "bombarded the ministry with complaints")
        return None  # "releases the figures", "beat the odds": done to people, or no such event
    group = _type_groups(lexicon).get(type_)
    return Hit(pos, end, group) if group is not None else None


def clash_word(token, lexicon: Lexicon) -> bool:
    """Whether a word names a clash by its lemma or its form ("clashes", "battles", "fighting", however the
    parse reads it)."""
    return token.lemma_.lower() in lexicon.words["clash_nouns"] or token.lower_ in lexicon.words["clash_nouns"]


def _told_as_a_war(noun) -> bool:
    """Whether fighting is told as a war, by what it has done over time ("Fighting between the army and the RSF
    erupted in April 2023 and has killed more than 18,000 people", "... since 2020"), or not as a clash that
    happened: one to come or not at all ("would be catastrophic"), one ended or to be ended ("The ceasefire ended
    fighting between ...", "talks aim to end the fighting"), words ("political fighting")."""
    verbs = [noun.head, *noun.head.conjuncts] if noun.dep_ in ("nsubj", "nsubjpass", "csubj") else []
    return any(c.dep_ == "aux" and (c.lemma_.lower() == "have" or c.tag_ == "MD") for v in verbs for c in v.children) \
        or any(t.lower_ == "since" for t in noun.sent) \
        or noun.dep_ in ("dobj", "xcomp", "ccomp") and noun.head.lemma_.lower() in (
            "end", "stop", "halt", "resolve", "prevent", "avoid", "curb", "ease") \
        or any(c.dep_ == "amod" and c.lower_ in ("political", "verbal", "legal", "internal", "factional")
               for c in noun.children)


def _labour_strike(token, mentions: list[Mention], lexicon: Lexicon) -> bool:
    """Whether the noun "strike" names a walkout: said so by a word before it ("a nationwide strike", "a 24-hour
    strike", "a general strike"), by who strikes ("a strike by rail workers"), or by a working group that stages,
    calls or begins it ("Teachers launched a strike", "the union called a strike"). Not a blow of arms."""
    words = lexicon.words
    if any(c.dep_ == "prep" and c.lower_ in ("on", "against", "at") and any(
            g.ent_type_ not in ("DATE", "TIME") for g in c.children) for c in token.children):
        return False  # "a strike by Hezbollah members on an Israeli army post": aimed at something, a blow
    if any(c.dep_ in ("amod", "compound", "nummod") and c.lower_ in words["walkout_words"]
           or c.dep_ in ("compound", "amod") and c.lemma_.lower() in ("hour", "day", "week", "month")
           and any(g.dep_ == "nummod" for g in c.children) for c in token.children):
        return True  # "a nationwide strike", "a 24-hour strike", "a two-day strike"
    doers = [gc for c in token.children if c.dep_ == "prep" and c.lower_ == "by" for gc in c.children]
    verb = token.head if token.dep_ in ("dobj", "nsubjpass") and token.head.pos_ == "VERB" else None
    lemma = "stage" if verb is not None and verb.lower_ in ("staged", "stages") else verb.lemma_.lower() if verb else ""
    # (the lemmatizer's "staged" -> "stag")
    if verb is not None and lemma in words["strike_calling_lemmas"] \
            and not any(c.dep_ == "prt" and c.lower_ == "off" for c in verb.children):  # ("called off the strike")
        doers += [c for c in verb.children if c.dep_ in ("nsubj", "agent")]
    return any(_works(t, mentions, lexicon) for d in doers for t in d.subtree)


def _works(token, mentions: list[Mention], lexicon: Lexicon) -> bool:
    """Whether `token` names who may walk out: a working group's word, or a mention ending in one ("teachers",
    "Belgian unions")."""
    heads = lexicon.words["striking_heads"]
    return token.lemma_.lower() in heads or any(
        m.start <= token.i < m.end and m.text and m.text.lower().split()[-1] in heads for m in mentions)


def _military_strike(token, lexicon: Lexicon) -> bool:
    """Whether the noun "strike" names a blow of arms: a state's, an army's or a weapon's ("an Israeli strike", "a
    U.S. strike", "drone strikes"), or one aimed at a state, a town, an armed group or a military target ("strikes on
    Hezbollah targets", "strikes against Houthi positions"). Not a walkout: "a strike against low pay", "a 24-hour
    strike on the London Underground", "injured in a strike at the mine"."""
    if any(c.dep_ in ("amod", "compound") and (c.ent_type_ in ("NORP", "GPE") or c.lemma_.lower() in
                                               lexicon.words["weapon_nouns"] | {"air", "military", "aerial", "naval"})
           for c in token.children):
        return True
    aimed = [g for c in token.children if c.dep_ == "prep" and c.lower_ in ("on", "against")
             for g in c.children if g.dep_ == "pobj"]
    return any(g.lemma_.lower() in lexicon.words["strike_objects"] and any(
                   m.dep_ in ("amod", "compound") and m.ent_type_ in ("NORP", "GPE", "ORG") for m in g.children)
               or g.ent_type_ in ("GPE", "NORP") and g.pos_ == "PROPN" for g in aimed) \
        and not any(c.dep_ == "compound" and c.lemma_.lower() in lexicon.words["walkout_modifiers"]
                    for c in token.children)


def find_triggers(doc: Doc, sent: Span, lexicon: Lexicon, mentions: list[Mention]) -> list[Hit]:
    """Non-overlapping triggers of `sent`, longest first at each position,
    leaving out words used as modifiers ("alleged election fraud") and
    background phrases ("In tandem with the protests, ..."). A trigger phrase of the
    hand-written lexicon comes first; else a word is a trigger by its lemma and use in the parse."""
    index = _trigger_index(lexicon)
    in_mention = {i for m in mentions for i in range(m.start, m.end)}
    background_end = _background_end(doc, sent, lexicon)
    hits, pos = [], sent.start
    while pos < sent.end:
        found = None
        if pos not in in_mention and not (doc[pos].pos_ == "PROPN" and doc[pos].ent_type_ in ("DATE", "TIME")):
            # "since March", "May Day": a month or a day's name, never a march
            for phrase, group in index.get(doc[pos].lower_, ()):
                end = _match_phrase(doc, pos, sent.end, phrase)
                if end:
                    found = Hit(pos, end, group)
                    break
            else:
                found = _lemma_hit(doc, pos, sent.end, lexicon, mentions)
        if found and (_is_modifier(doc, sent, found, lexicon, background_end, mentions)
                      or _blame_by_force(doc, found, lexicon) or _charge_name(doc, found, lexicon, mentions)):
            pos = found.end
            continue
        if found:
            hits.append(found)
            pos = found.end
        else:
            pos += 1
    return hits


def _blame_by_force(doc: Doc, hit: Hit, lexicon: Lexicon) -> bool:
    """Whether a verb of blame tells force instead: "ships blasted the vessels with water cannon", "slammed the
    town with rockets" (its "with" names a weapon)."""
    verb = doc[hit.start]
    return hit.group.type == "Criticism" and verb.pos_ == "VERB" and any(
        c.dep_ == "prep" and c.lower_ == "with" and any(g.lemma_.lower() in lexicon.words["weapon_nouns"] | {"cannon"}
                                                         for g in c.subtree) for c in verb.children)


_CHARGING = frozenset({"charge", "count", "indictment", "conviction", "convict", "suspicion", "complaint", "trial"})
"""Words of a formal charge whose "with", "of", "for" or "including" names a crime (not "case": "23 cases of
torture" are acts counted)."""


def _charge_name(doc: Doc, hit: Hit, lexicon: Lexicon, mentions: list[Mention]) -> bool:
    """Whether an act's noun names the crime a charge takes ("charged Murillo Karam with torture", "faces charges
    including drug trafficking and murder", "arrested on suspicion of murder", "a complaint for attempted murder"):
    the charge's words, no act told. Not one with a participant or a count of its own ("charged him with the murder
    of the journalist")."""
    noun = doc[hit.end - 1]
    if noun.pos_ != "NOUN" or hit.group.speech:
        return False
    top = noun
    while top.dep_ == "conj":
        top = top.head  # ("with murder, attempted murder, assault and weapons trafficking")
    phrase = {t.i for t in top.subtree} - set(range(hit.start, hit.end))  # (the participants of all its crimes:
    # "convicted for the kidnapping, torture and killing of agent Enrique Camarena")
    if any(m.start in phrase for m in mentions) or any(doc[i].like_num for i in phrase):
        return False
    if top.dep_ != "pobj" or top.head.lower_ not in ("with", "of", "for", "including"):
        return False
    charging = lexicon.words["formal_charge_lemmas"] | _CHARGING
    governor = top.head.head
    return governor.lemma_.lower() in charging or top.head.lower_ == "for" and any(
        c.dep_ == "dobj" and c.lemma_.lower() in charging for c in governor.children)
    # ("filed a complaint with prosecutors for attempted murder": the parse hangs "for" on the filing)


def _background_end(doc: Doc, sent: Span, lexicon: Lexicon) -> int:
    if doc[sent.start].lower_ not in lexicon.words["background_openers"]:
        return sent.start
    for pos in range(sent.start, min(sent.end, sent.start + 12)):
        if doc[pos].text == ",":
            return pos
    return sent.start


def _caused(noun) -> bool:
    """Whether deaths are what an act brought about: "resulted in the deaths of", "led to the deaths of",
    "caused the deaths of" (the act's doer kills; deaths told alone, "the death toll", are no one's act)."""
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ in ("in", "to"):
        return head.head.lemma_.lower() in ("result", "lead") and any(c.lower_ == "of" for c in noun.children)
    return noun.dep_ == "dobj" and head.lemma_.lower() == "cause" and any(c.lower_ == "of" for c in noun.children)


def _is_modifier(doc: Doc, sent: Span, hit: Hit, lexicon: Lexicon, background_end: int,
                 mentions: list[Mention]) -> bool:
    first, last = doc[hit.start], doc[hit.end - 1]
    before = doc[hit.start - 1].lower_ if hit.start > sent.start else ""
    after = doc[hit.end].lower_ if hit.end < sent.end else ""
    is_verb_form = last.lower_.endswith("ed") or last.lower_ in grammar.IRREGULAR_PARTICIPLES
    if hit.end - hit.start == 1 and (after in lexicon.words["compound_heads"]
                                     or after in lexicon.words["noun_compound_heads"] and first.pos_ == "NOUN") \
            and not (first.pos_ == "VERB" and first.tag_ in ("VBD", "VBZ", "VBP") and hit.end < sent.end
                     and doc[hit.end].dep_ == "dobj" and doc[hit.end].head.i == first.i):
        return True  # "alleged election fraud", "election observers"; but "Gonzalez alleged fraud": a verb and its object
    if last.dep_ in ("nmod", "compound", "amod") and last.head.i > last.i and not hit.group.evaluative \
            and last.head.lemma_.lower() in lexicon.words["charge_heads"]:
        return True  # "murder-for-hire and conspiracy charges", "the murder trial": a charge's name, no crime told
    if hit.end - hit.start == 1 and is_verb_form and before in grammar.ADJECTIVE_CONTEXT \
            and not describes_person(doc, sent, hit, mentions):
        return True
    if hit.group.speech and hit.end - hit.start == 1 and is_verb_form and after == "by" and doc[hit.start - 1].is_lower \
            and doc[hit.start - 1].lower_ not in grammar.BE and not any(c.dep_ == "auxpass" for c in first.children):
        return True  # "land claimed by Jewish settlers"; not "was widely condemned by"
    before2 = doc[hit.start - 2].lower_ if hit.start - 1 > sent.start else ""
    if not is_verb_form and first.pos_ != "VERB" and (
            before in grammar.POSSESSIVE_DETERMINERS or before2 in grammar.POSSESSIVE_DETERMINERS
            and doc[hit.start - 1].is_lower) and not (  # (but "His supporters took to the streets": a verb)
            last.dep_ == "dobj" and last.head.lemma_.lower() in lexicon.words["imposing_lemmas"]):
        return True  # "its new loan" refers back to an event already told (not "renewed its sanctions": again)
    if first.text[:1].isupper() and hit.start > sent.start and first.pos_ in ("NOUN", "PROPN") \
            and doc[hit.start - 1].text[:1].isupper() and doc[hit.start - 1].is_alpha \
            and hit.end < sent.end and doc[hit.end].text[:1].isupper():
        return True  # "the Countering America's Adversaries Through Sanctions Act": a word of a name, no event
    if hit.end <= background_end and not is_verb_form and not (
            last.dep_ == "dobj" and last.head.tag_ == "VBG" and last.head.dep_ == "pcomp"
            and last.head.lemma_.lower() in lexicon.words["light_verbs"]) and not (
            hit.group.symmetric and last.pos_ == "NOUN" and (
                before in lexicon.words["background_openers"] | {"a", "an"} or doc[hit.start - 1].pos_ in ("ADJ", "NUM"))
            and any(hit.end <= m.start and m.end <= background_end for m in mentions)):
        return True  # (but "Following talks with Prime Minister X, both leaders ...": talks told with their party;
        # "In announcing the sanctions on X, ...", "After imposing sanctions, the EU ...": a deed of the subject's)
    if not is_verb_form and not hit.group.evaluative and hit.start in quoted_tokens(doc, sent) \
            and not (first.pos_ == "VERB" and first.lemma_.lower() in ("reject", "deny")) \
            and not (first.pos_ == "VERB" and any(c.dep_ == "nsubj" and c.lower_ in ("we", "i") for c in first.children)) \
            and not _vowed_in_quotes(doc, sent, first):
        return True  # a noun in a quotation is rhetoric, not a report ("those guilty of leaking");
        # a speaker's "we reject ...", "we deny ...", "we urge X to ..." is what they say
    return first.text in ("“", '"')


def _vowed_in_quotes(doc: Doc, sent: Span, verb) -> bool:
    """Whether a verb in quotation marks is what a vow outside them vows: Modi "vowed to “identify, track and
    punish every terrorist”"."""
    quoted = quoted_tokens(doc, sent)
    token = verb
    if verb.pos_ != "VERB":
        return False
    for _ in range(4):
        if token.dep_ not in ("conj", "xcomp"):
            return False
        token = token.head
        if token.i not in quoted:
            return token.lemma_.lower() in ("vow", "pledge", "promise", "threaten")
    return False


def describes_person(doc: Doc, sent: Span, hit: Hit, mentions: list[Mention]) -> bool:
    """"jailed former Prime Minister Imran Khan": a participle before a capitalised name."""
    word = doc[hit.end - 1].lower_
    if hit.end - hit.start != 1 or not (word.endswith("ed") or word in grammar.IRREGULAR_PARTICIPLES):
        return False
    pos = hit.end
    while pos < sent.end and pos - hit.end < 5 and (doc[pos].is_lower and doc[pos].is_alpha or doc[pos].text == "-") \
            and doc[pos].lower_ not in grammar.PREPOSITIONS and doc[pos].lower_ not in ("to", "at", "by", "the", "a", "an"):
        pos += 1  # "jailed pro-democracy publisher Jimmy Lai"
    starts = {m.start for m in mentions if m.type in PEOPLE_TYPES}
    if pos < sent.end and pos not in starts:  # "jailed former Prime Minister Imran Khan": a title between
        title_end = pos
        while title_end < sent.end and title_end - pos < 3 and doc[title_end].is_title and title_end not in starts:
            title_end += 1
        if title_end in starts and any(m.start == title_end and m.type == "Person" for m in mentions):
            pos = title_end
    return pos < sent.end and pos - hit.end < 7 and pos in starts


def _modifier_word(token) -> bool:
    """A word that may stand between a determiner and an event noun: an adjective, a
    name or a compound ("IMF", "three-year")."""
    return token.is_alpha or token.text == "-" or token.like_num


def is_nominal(doc: Doc, sent: Span, hit: Hit) -> bool:
    """Whether a trigger is a noun naming an event ("the arrest of", "Mhlanga's arrest").

    The parse decides a one-word trigger it tags as a verb or a noun ("the regime detains dozens");
    the word rules below decide the rest.
    """
    if doc.has_annotation("TAG") and doc[hit.start].pos_ == "VERB" and doc[hit.start].dep_ not in ("amod", "compound"):
        return False  # "the government shut down the internet": a phrase that opens with a verb
    if hit.end - hit.start == 1 and doc.has_annotation("TAG"):
        if doc[hit.start].pos_ == "NOUN" and doc[hit.start].tag_ in ("NN", "NNS"):
            return True
    if hit.end - hit.start > 1 and doc.has_annotation("TAG") and doc[hit.end - 1].tag_ in ("NN", "NNS") \
            and all(t.dep_ in ("compound", "amod") and hit.start <= t.head.i < hit.end for t in doc[hit.start:hit.end - 1]):
        return True  # "internet shutdowns", "air strikes": a noun and its modifiers
    first = doc[hit.start].lower_
    if doc[hit.end - 1].lower_.endswith("ed") or first.endswith("ed") \
            or first.endswith("ing") and hit.end - hit.start > 1:
        return False  # "granted him house arrest", "firing spray": verbs
    pos = hit.start - 1
    if pos >= sent.start and doc[pos].like_num:
        return True  # "23 bailout packages"
    while pos > sent.start and pos >= hit.start - 5 and _modifier_word(doc[pos]) \
            and doc[pos].lower_ not in grammar.NOMINAL_BEFORE and doc[pos].lower_ not in grammar.NOT_ADJECTIVES \
            and not doc[pos].lower_.endswith("ed"):
        pos -= 1  # "the ministerial meeting", "the IMF loan", "a three-year loan program"
    if pos >= sent.start and doc[pos].lower_ in grammar.NOMINAL_BEFORE:
        return True
    # "imposed sanctions", "triggered global condemnation": a verb's object
    between = [t.lower_ for t in doc[pos + 1:hit.start]]
    return pos >= sent.start and doc[pos].lower_.endswith("ed") and doc[pos].is_lower and not doc[hit.start].lower_.endswith("ing") \
        and all(w.endswith(grammar.ADJECTIVE_ENDINGS) for w in between)


def reason_of_blame(doc: Doc, sent: Span, hit: Hit, hits: list[Hit]) -> bool:
    """"criticised the EU for inviting her to the meeting": an event noun in the
    for-phrase of a criticism or accusation is what is blamed, not a report."""
    if not is_nominal(doc, sent, hit):
        return False
    blame = [h for h in hits if h.group.type in ("Criticism", "Accusation") and h.start < hit.start]
    if not blame:
        return False
    between = doc[blame[-1].end:hit.start]
    return any(t.lower_ == "for" and k + 1 < len(between) and between[k + 1].lower_.endswith("ing")
               for k, t in enumerate(between))


def definite(doc: Doc, sent: Span, hit: Hit) -> bool:
    """"the arrest", "Mhlanga's arrest", "this election" name a known event;
    "a loan", "23 bailout packages" a new one."""
    pos = hit.start - 1
    while pos > sent.start and (doc[pos].is_alpha or doc[pos].like_num or doc[pos].text == "-") \
            and doc[pos].lower_ not in grammar.NOMINAL_BEFORE and hit.start - pos < 5:
        if doc[pos].like_num:
            return False
        pos -= 1
    word = doc[pos].lower_
    return word in ("the", "this", "that", "these", "those", "'s", "’s") or word in grammar.POSSESSIVE_DETERMINERS


def conditional(doc: Doc, sent: Span, hit: Hit) -> bool:
    """"if school children can still be attacked": a condition reports no event."""
    start = clause_start(doc, sent, hit.start)
    return any(t.lower_ in ("if", "whether", "unless") for t in doc[max(start, hit.start - 8):hit.start]) \
        or _awaited(doc[hit.start])


def _awaited(verb) -> bool:
    """"Protests will go on until Khan is released", "until the junta frees them": what is awaited has not
    happened (but "was held until he was released in 2020" tells a release)."""
    return verb.pos_ == "VERB" and any(c.dep_ == "mark" and c.lower_ in ("until", "till") for c in verb.children) \
        and (verb.tag_ in ("VBZ", "VBP") or any(
            c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBZ", "VBP", "MD") for c in verb.children))


def possessed(doc: Doc, hit: Hit) -> bool:
    """"his client's arrest", "their release": a possessed event noun is one told before."""
    before = doc[hit.start - 1].lower_ if hit.start else ""
    return before in ("'s", "’s") or before in grammar.POSSESSIVE_DETERMINERS


_CLAUSE_MARKS = frozenset({"that", "after", "before", "since", "until", "because", "when"})
"""Words that open a clause of their own as its mark, beside grammar.CLAUSE_BREAKS ("while", "although", ...,
which break a clause whatever their role); "if" and "unless" stay with the clause they condition."""


def clause_start(doc: Doc, sent: Span, pos: int) -> int:
    start = pos
    while start > sent.start and doc[start - 1].lower_ not in grammar.CLAUSE_BREAKS \
            and not _reports_clause_of(doc[start - 1], pos) \
            and not (doc[start - 1].dep_ == "mark" and doc[start - 1].lower_ in _CLAUSE_MARKS):
        start -= 1  # ("say ... and that access remains restricted", "after clashes left 10 dead": the clause opened)
    return start


def _reports_clause_of(verb, pos: int) -> bool:
    """Whether `verb` is a verb of saying whose reported clause (without "that") holds token `pos`:
    "EU foreign policy chief Josep Borrell said the sanctions would stay"."""
    return verb.pos_ == "VERB" and verb.i < pos and any(
        c.dep_ == "ccomp" and c.i > verb.i and c.left_edge.i <= pos <= c.right_edge.i for c in verb.children)


def clause_end(doc: Doc, sent: Span, pos: int) -> int:
    end = pos
    while end < sent.end and doc[end].lower_ not in grammar.CLAUSE_BREAKS:
        end += 1
    return end
