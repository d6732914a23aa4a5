"""Whom a criticism of an act blames.

"Opposition parties rejected the budget" blames whoever the budget is of
("the government's tax-laden budget", told before); "called the ruling
arbitrary" blames who ruled ("Judge Erick Garcia, whose decision ...", or the
agent of the arrest the story told last); "condemned Mhlanga's arrest" blames
who arrested Mhlanga, and the state of the story when it does not say who
(Mhlanga is the one the arrest was done to, never the one blamed).

Input: a paragraph doc, token positions, mentions, the events told so far.
Output: entity keys. The nouns are lexicon data (words.yaml: acts_by_author,
decisions, acts_on_patient).
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import lru_cache

from spacy.tokens import Doc, Span

from kg.extract import grammar
from kg.facts import Event
from kg.extract.lexicon import Lexicon
from kg.extract.tokens import Mention

_POSSESSIVE = ("'s", "’s", "'", "’")
_OWNER_PREPS = ("in", "by", "from")  # not "of": "the revocation of his house arrest" is what was revoked
_OWNER_TYPES = ("Organization", "Person", "Group", "Country")
_DECIDING_TYPES = frozenset({"Arrest", "Release", "Restriction", "Sanction"})
_OBJECT_REACH = 7  # tokens from a verb of blame to the head noun of its object
_TOLD_ACTS = frozenset({"Assault", "Arrest", "Sanction", "Restriction", "ForceDisplay", "Meeting", "Loan"})
_SAYING_TYPES = frozenset({"Statement", "Criticism", "Accusation", "Threat"})
_SAID_REACH = 2  # sentences back that "the remarks" name words told
_RECENT = 6  # sentences back that "the decision" may name an event told without its author
_NO_ACTS = frozenset({"be", "have", "call", "urge", "ask", "demand", "appeal", "want", "need", "learn", "know", "think",
                      "believe", "hope", "expect", "seem", "appear", "face", "remain"})
"""Main verbs of words, wishes, knowledge or states: no move of their subject's."""
_WORDS_TYPES = frozenset({"Statement", "Criticism", "Accusation", "Denial", "Threat"})
"""Events that are words: telling them makes no move."""


@lru_cache(maxsize=8)
def act_nouns(lexicon: Lexicon) -> frozenset[str]:
    words = lexicon.words
    return words.get("acts_by_author", frozenset()) | words.get("decisions", frozenset()) \
        | words.get("acts_on_patient", frozenset()) | words["said_nouns"]


def owned_acts(doc: Doc, sent: Span, mentions: Sequence[Mention], lexicon: Lexicon) -> list[tuple[str, str]]:
    """(noun, owner key) for each act the sentence gives an author:
    "the government's budget", "Judge X, whose decision", "a resolution in the U.S. Congress"."""
    authored = _authored_nouns(lexicon)
    out = []
    for k in range(sent.start, sent.end):
        noun = doc[k].lower_
        if noun not in authored:
            continue
        owner = _act_possessor(doc, k, mentions) or _whose(doc, k, mentions) \
            or _owner_after(doc, k, mentions, sent.end) or _compound_owner(k, mentions, doc)
        if owner is not None:
            out.append((_owned_as(noun, lexicon), owner.key))
            continue
        enactor = _enactor(doc, k, mentions, lexicon)
        if enactor is not None:
            # "Saied issued a decree dissolving parliament. Opposition parties denounced the move": what one
            # signs, passes or issues is a decision of theirs, whatever word the story takes it up with
            out += [(_owned_as(noun, lexicon), enactor.key), ("decision", enactor.key)]
    return out


def mover(sent: Span, mentions: Sequence[Mention], lexicon: Lexicon) -> str | None:
    """Who acts in the sentence's main clause, when it tells an act ("Canada expelled a Chinese diplomat": Canada),
    not words ("said", "told") nor a state ("is", "has"): the one "the move" of the next sentence is by."""
    root = sent.root
    told = next((c for c in root.children if c.dep_ == "ccomp" and c.i < root.i), None)
    if told is not None and root.lemma_.lower() in lexicon.words["speech_lemmas"]:
        root = told  # "Canada expelled a Chinese diplomat, officials said": the act told before its teller
    if root.pos_ != "VERB" or root.lemma_.lower() in lexicon.words["speech_lemmas"] | _NO_ACTS \
            or lexicon.lemma_triggers.verbs.get(root.lemma_.lower()) in _WORDS_TYPES:
        return None  # (nor an appeal: "He called on the government to set up a registry"; nor words on a move:
        # "China condemned the move")
    if not any(c.dep_ == "dobj" or c.dep_ == "xcomp" and any(g.dep_ == "dobj" for g in c.children)
               for c in root.children) or any(
            c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in root.children):
        return None  # a move is done to something ("expelled a diplomat", "decided to remove all 40 migrants"; not
        # "flew to Moscow", "protested"), now
        # (not "had lived in Toronto since 2019": background)
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
    found = next((m for m in mentions if subject is not None and m.start <= subject.i < m.end
                  and m.type in _OWNER_TYPES and not m.locative), None)
    return found.key if found is not None else None


def _enactor(doc: Doc, noun: int, mentions: Sequence[Mention], lexicon: Lexicon) -> Mention | None:
    """Who enacts the act noun at `noun` with a verb of enacting: the named subject of "Saied issued a
    decree", "parliament passed a law", "Mohamed has signed a measure", or the by-phrase of "a law was passed
    by parliament", "a decree signed by the president" (lexicon words: enacting_lemmas); None otherwise."""
    enacting = lexicon.words.get("enacting_lemmas", frozenset())
    token = doc[noun]
    verb = token.head
    if token.dep_ == "dobj" and verb.lemma_.lower() in enacting:
        doers = [c for c in verb.children if c.dep_ == "nsubj"]
        if not doers and verb.dep_ == "conj":
            doers = [c for c in verb.head.children if c.dep_ == "nsubj"]  # "arrested Zamora and froze ..."
    elif token.dep_ == "nsubjpass" and verb.lemma_.lower() in enacting:
        doers = [p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
    else:
        doers = [p for c in token.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in enacting
                 for a in c.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"]
    before = noun - 1
    while before > 0 and doc[before].pos_ in ("DET", "ADJ", "NUM", "ADV") and noun - before < 4:
        before -= 1  # "issued a decree dissolving parliament" (the parse makes the decree a modifier)
    if not doers and token.dep_ != "dobj" and doc[before].pos_ == "VERB" and doc[before].lemma_.lower() in enacting:
        doers = [c for c in doc[before].children if c.dep_ == "nsubj"]
    for doer in doers:
        found = next((m for m in mentions if m.start <= doer.i < m.end and m.type in _OWNER_TYPES
                      and not m.locative), None)
        if found is not None:
            return found
    return None


def _owned_as(noun: str, lexicon: Lexicon) -> str:
    """The key an act's author is remembered under: one for every decision word, since
    "the ruling", "the decision" and "the order" of a story are mostly one decision."""
    return "decision" if noun in lexicon.words.get("decisions", frozenset()) else noun


@lru_cache(maxsize=8)
def _authored_nouns(lexicon: Lexicon) -> frozenset[str]:
    return lexicon.words.get("acts_by_author", frozenset()) | lexicon.words.get("decisions", frozenset())


def object_act(doc: Doc, hit_start: int, stop: int, lexicon: Lexicon) -> int | None:
    """Where the head noun of a trigger's object names an act ("rejected the budget",
    "condemned Mhlanga's arrest", the trigger "called the ruling"), or None."""
    nouns = act_nouns(lexicon)
    for k in range(hit_start + 1, min(stop, hit_start + 1 + _OBJECT_REACH)):
        word = doc[k].lower_
        if word in nouns or doc[k].pos_ == "NOUN" and (_told_act_type(doc[k].lemma_.lower(), lexicon) is not None
                                                        or word in lexicon.words["force_words"]):
            return k  # "rejected the budget", "condemned the raid", "the use of force"
        if k == hit_start + 1 and word == "of" or word == "of" and doc[k - 1].lemma_.lower() == "use":
            continue  # "condemnation of the ruling", "criticism of X's arrest", "condemned the use of force"
        if doc[k].text in ("“", "”", '"') or word in ("that", "this", "these", "those") and doc[k].dep_ == "det":
            continue  # "condemned the “heinous” killing", "condemned that attack"
        if not (doc[k].is_alpha or doc[k].text in _POSSESSIVE or "-" in doc[k].text) \
                or word in grammar.PREPOSITIONS or word in ("to", "that", "and", "or") \
                or doc[k].pos_ in ("SCONJ", "VERB", "AUX") and not (word == "led" and doc[k - 1].text == "-"):
            return None  # "gathered every night since the party suspended talks": another clause's act
    return None


def evaluated_act(doc: Doc, start: int, hit_start: int, lexicon: Lexicon) -> int | None:
    """The first act named between `start` and a word of blame ("called the ruling
    'arbitrary'", "This latest revocation ... is ... inhumane"), or None."""
    nouns = act_nouns(lexicon)
    return next((k for k in range(start, hit_start) if doc[k].lower_ in nouns), None)


@lru_cache(maxsize=8)
def _told_act_type(lemma: str, lexicon: Lexicon) -> str | None:
    """The type of act a noun names when a criticism takes it as object ("the raid": Assault)."""
    if lemma in lexicon.words.get("violent_act_nouns", frozenset()):
        return "Assault"
    if lemma in lexicon.words.get("restriction_nouns", frozenset()):
        return "Restriction"
    if lemma in lexicon.words.get("display_nouns", frozenset()):
        return "ForceDisplay"
    type_ = lexicon.lemma_triggers.nouns.get(lemma)
    return type_ if type_ in _TOLD_ACTS else None


def _noun_types(lexicon: Lexicon) -> dict[str, str]:
    """One-word triggers and their event types ("arrest" -> Arrest, "abduction" -> Assault)."""
    return {phrase[0]: group.type for group in lexicon.trigger_groups for phrase in group.triggers if len(phrase) == 1}


def blamed(doc: Doc, act: int, sentence: int, mentions: Sequence[Mention], history: Iterable[Event],
           owners: dict[str, str], last_mover: tuple[int, str] | None, focus: str | None, critics: tuple[str, ...],
           lexicon: Lexicon) -> tuple[str, ...]:
    """Who the act at token `act` (in sentence number `sentence`) is by: its author told
    before, else the agent of the recent event it names, else (for what a state does to
    people) the story's state. Never one of `critics`: no one is blamed for their own act here."""
    found = _author(doc, act, sentence, mentions, list(history), owners, last_mover, focus, lexicon)
    return tuple(k for k in found if k not in critics)


def _author(doc: Doc, act: int, sentence: int, mentions: Sequence[Mention], history: list[Event],
            owners: dict[str, str], last_mover: tuple[int, str] | None, focus: str | None,
            lexicon: Lexicon) -> tuple[str, ...]:
    noun = doc[act].lower_
    doers = _done_by(doc, act, mentions, lexicon)
    if noun in lexicon.words.get("acts_on_patient", frozenset()) and doers:
        return doers  # "the arrest of the journalist by police": police did it
    if noun in lexicon.words.get("acts_on_patient", frozenset()):
        owner = _act_possessor(doc, act, mentions)
        patient = _owner_after(doc, act, mentions, len(doc), ("of",))
        if owner is not None and patient is not None:
            return (owner.key,)  # "Russia's detention of the journalist": the owner did it
        patient = patient or owner
        types = _noun_types(lexicon)
        type_ = types.get(noun) or types.get(noun[:-1] if noun.endswith("s") else noun) or "Arrest"
        done = [e for e in history if e.type == type_ and e.agents
                and (patient is None or patient.key in e.targets)]
        if done:
            return done[-1].agents[:1]
        elsewhere = any(m.locative for m in mentions if act < m.start <= act + 8)
        return (focus,) if focus and type_ == "Arrest" and not elsewhere else ()
    owner = _act_possessor(doc, act, mentions)
    if owner is not None and owner.type in ("Country", "Organization", "Group"):
        # "condemned Russia's invasion of Ukraine", "Israel's strikes on Gaza": a body that owns the act did it
        # (a person's "killing" is mostly the one killed)
        return (owner.key,)
    leader = _compound_owner(act, mentions, doc) if doc[act - 1].lower_ == "led" \
        or doc[act - 1].lower_.endswith("-led") else None
    if leader is not None:
        return (leader.key,)  # "criticized the U.S.-led drills": who leads them
    if doers:
        return doers  # "condemned the takeover by the army", "denounced the drills held by the United States and
        # South Korea": who the by-phrase names did it
    if _owned_as(noun, lexicon) in owners:
        return (owners[_owned_as(noun, lexicon)],)
    if noun in lexicon.words["said_nouns"] and not (doc[act].dep_ == "pobj" and doc[act].head.lower_ in ("in", "via")) \
            and not any(c.dep_ == "prep" and c.lower_ in ("by", "of", "from") for c in doc[act].children):
        # "Hasina said the protesters were traitors. Students condemned the remark": the one who spoke in the last
        # sentences, when only one did (not when another answered: "Eritrea rejected the claims")
        speakers = {(e.agents[:1] if e.type in _SAYING_TYPES and e.agents else e.sources[:1])
                    for e in history if sentence - e.sentence <= _SAID_REACH
                    and (e.type in _SAYING_TYPES and e.agents or e.sources)}
        return next(iter(speakers)) if len(speakers) == 1 else ()
    if noun in lexicon.words.get("decisions", frozenset()):
        # "the decision to reimprison X": the decision about that kind of event; a decision about
        # anything else ("to raise fuel prices") has no author the story told
        then = _noun_types(lexicon).get(doc[act + 2].lower_) if act + 2 < len(doc) and doc[act + 1].lower_ == "to" \
            else None
        if act + 1 < len(doc) and doc[act + 1].lower_ == "to" and then is None:
            return ()
        said_of = _clause_it_tells_of(doc, act, mentions) if noun in ("move", "step") else None
        if said_of is not None:
            return (said_of.key,)  # "banned women from universities, a move that drew condemnation": who banned
        types = {then} if then else _DECIDING_TYPES
        decided = [e for e in history if e.type in types and e.agents and sentence - e.sentence <= _RECENT]
        moved_at, moved = last_mover if last_mover and noun in ("move", "step") else (None, None)
        if decided and not (moved and moved_at == sentence - 1 and decided[-1].sentence < moved_at):
            return decided[-1].agents[:1]  # (a decision told wins over a mover but the one just before)
        # "Canada expelled a Chinese diplomat. China condemned the move": who acted in the sentence before, when
        # the story told no decision there
        return (moved,) if moved else ()
    # "condemned the raid as a massacre": the raid the story told last, by who did it
    # ("condemned the use of lethal force": the force the story told last, violence or a show of it)
    force = doc[act].lower_ in lexicon.words["force_words"]
    type_ = "Assault" if force else _told_act_type(doc[act].lemma_.lower(), lexicon)
    if type_ is not None:
        types = {"Assault", "ForceDisplay"} if force else {type_}
        done = [e for e in history if e.type in types and e.agents and sentence - e.sentence <= _RECENT]
        if force and len({e.agents[:1] for e in done if sentence - e.sentence <= _SAID_REACH}) > 1:
            return ()  # ("Police fired tear gas at protesters, who threw stones": whose force is not told)
        # "Israeli airstrikes killed 35 ... Hamas fired rockets ... Egypt condemned the strikes": the act
        # told with the same word, before the last one of its type
        lemma = doc[act].lemma_.lower()
        named = [e for e in done if lemma in e.trigger.lower()]
        if named or done:
            return (named or done)[-1].agents[:1]
    return ()


def _clause_it_tells_of(doc: Doc, act: int, mentions: Sequence[Mention]) -> Mention | None:
    """The subject of the clause "a move" is set beside ("The junta dissolved the party, a move that ..."), or
    None when the noun stands in no such apposition."""
    noun = doc[act]
    if act < 2 or doc[act - 1].lower_ not in ("a", "the", "another") or doc[act - 2].text != "," \
            or noun.dep_ not in ("npadvmod", "appos", "advmod") or noun.head.pos_ not in ("VERB", "NOUN", "PROPN"):
        return None
    verb = noun.head
    while verb.pos_ != "VERB" and verb.dep_ in ("dobj", "pobj", "prep", "conj", "appos") and verb.head.i != verb.i:
        verb = verb.head  # "banned women from universities, a move": the parse may hang it on the last noun
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb.pos_ == "VERB" else None
    if subject is None:
        return None
    # ("Afghanistan's Taliban government": the last name the subject holds)
    return next((m for m in reversed(mentions) if subject.left_edge.i <= m.start and m.end <= subject.i + 1
                 and m.type in _OWNER_TYPES), None)


def _act_possessor(doc: Doc, noun: int, mentions: Sequence[Mention]) -> Mention | None:
    pos = noun - 1
    while pos > 0 and noun - pos <= 4 and doc[pos].text not in _POSSESSIVE \
            and (doc[pos].is_lower or doc[pos].text == "-") and doc[pos].lower_ not in grammar.DETERMINERS:
        pos -= 1  # "the government's tax-laden budget"
    if pos < 1 or doc[pos].text not in _POSSESSIVE:
        return None
    return next((m for m in mentions if m.end == pos and m.type in _OWNER_TYPES), None)


def _done_by(doc: Doc, noun: int, mentions: Sequence[Mention], lexicon: Lexicon) -> tuple[str, ...]:
    """Who a by-phrase of an act noun names, the phrase on the noun, on a participle after it or after its
    of-object ("the takeover by the army", "the drills held by the United States and South Korea", "the killing
    of protesters by security forces"), joined ones too; () when none."""
    word = doc[noun]
    # (a participle of doing: "the drills held by"; not "the attacks faced by journalists", "the killings
    # documented by Human Rights Watch": who suffers or tells it)
    doing = lexicon.words["doing_verbs"] | lexicon.words["perpetrating_verbs"]
    holders = [word] + [c for c in word.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in doing] \
        + [p for c in word.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
    bys = [c for h in holders for c in h.children if c.lower_ == "by" and c.dep_ in ("prep", "agent")]
    found = []
    for by in bys:
        for head in (p for p in by.children if p.dep_ == "pobj"):
            for token in [head, *head.conjuncts]:
                m = next((m for m in mentions if m.start <= token.i < m.end and m.type in _OWNER_TYPES
                          and not m.locative), None)
                if m is not None:
                    found.append(m.key)
    return tuple(dict.fromkeys(found))


def _compound_owner(noun: int, mentions: Sequence[Mention], doc: Doc | None = None) -> Mention | None:
    """"Israeli police actions", "the government crackdown": the name right before the act; "the U.S.-led
    drills", "the NATO-led exercises", "the army-led crackdown": the one who leads them."""
    led = doc is not None and noun >= 2 and doc[noun - 1].lower_ == "led" and doc[noun - 2].text == "-"
    return next((m for m in mentions if (m.end == noun or led and m.end == noun - 2) and m.type in _OWNER_TYPES), None)


def _whose(doc: Doc, noun: int, mentions: Sequence[Mention]) -> Mention | None:
    if noun < 3 or doc[noun - 1].lower_ != "whose" or doc[noun - 2].text != ",":
        return None
    return next((m for m in mentions if m.end == noun - 2 and m.type in _OWNER_TYPES), None)


def _owner_after(doc: Doc, noun: int, mentions: Sequence[Mention], stop: int,
                 preps: tuple[str, ...] = _OWNER_PREPS) -> Mention | None:
    if noun + 1 >= stop or doc[noun + 1].lower_ not in preps:
        return None
    first = noun + 3 if noun + 2 < stop and doc[noun + 2].lower_ == "the" else noun + 2
    # "in the U.S. Congress": the organisation, not the country its name starts with
    found = [m for m in mentions if first <= m.start <= first + 1 and m.type in _OWNER_TYPES]
    found = [m for m in found if m.type != "Country"] or [m for m in found if doc[noun + 1].lower_ != "in"]
    return found[0] if found else None  # "a law in Russia" is where, not whose
