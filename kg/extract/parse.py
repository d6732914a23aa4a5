"""Who did it to whom, read from the dependency parse of a verb trigger.

The statistical parse (`kg.extract.model`) links a verb to its subject, its object and its
prepositional phrases whatever the word order: "Militants detonated a car bomb", "He was
charged by state prosecutors", "Mr Lee, 50, a lawyer who is X's critic, was arrested". A
token is read as the mention that covers it, or, for a phrase's head word, the mention that
its phrase ends with ("the country's security forces" -> the security forces).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from kg.extract.mentions import Mention
from kg.extract.names import country_of_key

QUANTITY_HEADS = frozenset({"dozen", "hundred", "thousand", "million", "score", "number", "group", "handful",
                            "majority", "lot", "couple", "tens", "horde", "throng", "crowd"})
"""Nouns that count what their of-phrase names ("dozens of dissidents")."""
SERIES_HEADS = frozenset({"round", "series", "wave", "spate", "string", "number", "day", "week", "month", "year",
                          "night", "campaign", "flurry", "package", "set", "batch", "raft", "slew", "host", "barrage",
                          "salvo", "volley", "hail"})
"""Nouns for many of one act at once, whose of-phrase names the act ("a second round of talks", "a barrage of
18 missiles", "a 14th package of sanctions"): the phrase they head stands for it as an object."""
SUBJECTS = ("nsubj",)
OBJECT_CONTROL = frozenset({"order", "urge", "ask", "tell", "force", "allow", "invite", "persuade", "encourage", "warn",
                            "compel", "instruct", "authorize", "authorise", "require", "permit", "advise", "push",
                            "press", "pressure", "call", "direct", "sentence", "want", "expect", "need",
                            # "prompting Beijing to bar entry", "led Mali to expel": what is moved to act acts
                            "prompt", "lead", "cause", "spur", "drive", "provoke", "enable"})
"""Verbs whose object does what their infinitive says ("ordered him to be jailed", "urged Russia to accept");
others' infinitive tells their subject's purpose ("summoned the ambassador to lodge a protest")."""
PASSIVE_SUBJECTS = ("nsubjpass",)
FIRST_WORDS = frozenset({"first", "only", "last", "second", "third", "latest"})
"""Words of rank of who did it ("was the first to reject", "the only member to vote against")."""
_ORDINAL = re.compile(r"\d+(st|nd|rd|th)|fourth|fifth|sixth|seventh|eighth|ninth|tenth")
"""Ranks in figures or words beyond "third" ("the 30th candidate killed this year")."""
OBJECTS = ("dobj", "dative")
NOMINAL_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "dative", "appos", "conj"})
"""Where a word the tagger did not take for a noun stands as one."""
# A verb whose subject is its head's: "agreed to give", "and then arrested", "while condemning".
SHARES_SUBJECT = ("xcomp", "conj", "advcl")


@dataclass(frozen=True)
class Roles:
    """The mentions the parse gives a verb: its doer and the one it is done to."""

    agents: tuple[Mention, ...] = ()
    targets: tuple[Mention, ...] = ()
    passive: bool = False
    bare_subject: int | None = None
    """The active subject's position when it is a common noun that names no one ("the attack killed",
    "the war has killed"): the verb has a subject, and it is none of the mentions."""


def verb_of(doc: Doc, start: int, end: int) -> Token | None:
    """The verb of a trigger's tokens, when the parse reads one there."""
    # (not a prefix the tokenizer split off: "re-arrested" is "arrested")
    return next((doc[k] for k in range(start, end) if doc[k].pos_ == "VERB" and doc[k].text != "-"
                 and not (k + 1 < end and doc[k + 1].text == "-")), None)


_OFFICE_HEADS = frozenset({"secretary", "minister", "director", "commissioner", "administrator", "chairman",
                           "chairwoman", "chair", "governor", "head", "chief"})


def mention_of(token: Token, mentions: list[Mention]) -> Mention | None:
    """The mention that covers `token` (a phrase's head word: "the country's security forces" is read
    as the mention "security forces" that holds "forces")."""
    covering = next((m for m in mentions if m.start <= token.i < m.end), None)
    if covering is not None:
        return covering
    if token.pos_ == "NOUN" or token.dep_ in NOMINAL_DEPS and (
            token.pos_ == "NUM" and any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children)
            or token.tag_ == "JJ" and token.i + 1 < len(token.doc) and token.doc[token.i + 1].text == ","):
        named = [m for c in token.children if c.dep_ == "appos" and c.i > token.i for m in mentions
                 if m.start <= c.i < m.end and m.type == "Person"]
        if named:
            return named[0]  # "China's top diplomat Wang Yi", "his counterpart, Sergei Lavrov": the person named
            # ("one of its officials, Anis Kaabi", "an Indian national, Nikhil Gupta", a noun the tagger took for
            # a number or an adjective; not "the latest in a wave of ...", a superlative)
    if token.dep_ in ("nsubj", "nsubjpass") and token.lower_ in _OFFICE_HEADS \
            and not any(c.dep_ == "det" for c in token.children):
        # "Cabinet Secretary for the National Treasury Peter Kamau Njoroge thanked ...": a long title the parse ends
        # at its "for", the name that ends the phrase right before the verb is who acts (a portfolio before the name;
        # not "The campaign chairman for Donald Trump", who serves him)
        named = [m for c in token.children if c.dep_ == "prep" and c.lower_ in ("for", "of") for gc in c.children
                 if gc.dep_ == "pobj" for m in mentions if m.type == "Person" and m.end - 1 == gc.i == token.head.i - 1
                 and m.start > c.i + 1]
        if named:
            return named[0]
    if token.pos_ == "NOUN":
        if token.lemma_.lower() in _ACCOUNT_NOUNS and not any(
                c.lower_ in ("tv", "television", "radio", "news", "satellite") for c in token.children):
            # (but "Hamas's Al-Aqsa TV channel", a broadcaster of its own, speaks as itself)
            owner = [m for c in token.children if c.dep_ == "poss" for m in mentions if m.start <= c.i < m.end]
            if owner:
                return owner[0]  # "Matiangi's official Twitter account said": whose account it is speaks
        if token.lemma_.lower() in _SPOKES_NOUNS and token.dep_ == "nsubj" and not any(
                c.dep_ == "amod" and c.lower_ in ("former", "ex") for c in token.children):
            # "A spokesman for President Ghani rejected the accusations": who speaks for a body or a person
            # acts as them (not "a former spokesman for the ministry", nor who is acted on)
            pobjs = [gc for c in token.children if c.dep_ == "prep" and c.lower_ in ("for", "of")
                     for gc in c.children if gc.dep_ == "pobj"]
            spoken_for = [m for gc in pobjs for m in mentions
                          if m.start <= gc.i < m.end and m.type in ("Organization", "Country", "Person", "Group")]
            named = [m for t in [token, *pobjs] for c in t.children if c.dep_ == "appos" for m in mentions
                     if m.start <= c.i < m.end and m.type == "Person"]
            if named:
                return named[0]  # "A spokesman for the Kremlin, Dmitry Peskov, accused ...": the one named
            if spoken_for:
                return spoken_for[0]
        # "the opposition Congress party", "the Kremlin-backed Wagner group": the body a compound names
        named = [m for c in token.children if c.dep_ == "compound" for m in mentions
                 if m.start <= c.i < m.end and m.type == "Organization"]
        if named:
            return named[-1]
    if token.pos_ in ("NOUN", "NUM", "PRON") and token.lemma_.lower() in QUANTITY_HEADS | {"some", "many", "most"} \
            or token.pos_ == "NUM":
        # "dozens of dissidents", "hundreds of people", "some of the protesters": the people counted
        of = [gc for c in token.children if c.dep_ == "prep" and c.lower_ == "of"
              for gc in c.children if gc.dep_ == "pobj"]
        if of:
            return mention_of(of[0], mentions)
    if token.pos_ == "NOUN" and token.lemma_.lower() == "member":
        # "members of a Haitian gang opened fire", "killed three members of Hamas": an armed body or a named one acts
        # or suffers as its members (not "members of the opposition party": a party is not arrested)
        of = [mention_of(gc, mentions) for c in token.children if c.dep_ == "prep" and c.lower_ == "of"
              for gc in c.children if gc.dep_ == "pobj"]
        body = of[0] if of else None
        if body is not None and (body.type == "Organization" or body.type == "Group"
                                 and body.text.lower().split()[-1] in ("gang", "gangs", "militia", "militias")):
            return body
    return None


_ACCOUNT_NOUNS = frozenset({"account", "channel", "page", "feed", "handle", "profile"})
_SPOKES_NOUNS = frozenset({"spokesman", "spokeswoman", "spokesperson", "representative"})
"""Where an owner posts ("the ministry's Telegram channel", "his X account")."""


def _children(verb: Token, deps: tuple[str, ...]) -> list[Token]:
    return [child for child in verb.children if child.dep_ in deps]


def _conjuncts(token: Token) -> list[Token]:
    """`token` and the words joined to it ("Police and soldiers")."""
    return [token, *[t for t in token.conjuncts if t.i > token.i]]


def _mentions(tokens: list[Token], mentions: list[Mention]) -> tuple[Mention, ...]:
    # "U.S. and Chinese officials": the group each joined modifier names is a party too
    found = [m for token in tokens for t in _conjuncts(token)
             for m in [mention_of(c, mentions) for c in t.children if c.dep_ in ("nmod", "amod", "compound")
                       and c.i < t.i and any(g.dep_ == "conj" for g in c.children)] + [mention_of(t, mentions)]]
    found += [m for token in tokens if mention_of(token, mentions) is None and (
        token.dep_ == "nsubj" or token.dep_ == "dobj" and token.head.lemma_.lower() in ("meet", "host", "receive"))
              for m in _leaders_of_states(token, mentions)]
    return tuple(dict.fromkeys(m for m in found if m is not None))


_LEADER_NOUNS = frozenset({"president", "leader", "minister", "premier", "head", "king", "emir", "ruler"})


def _leaders_of_states(token: Token, mentions: list[Mention]) -> list[Mention]:
    """The states whose leaders a subject (or whom one meets) names: "The presidents of Kazakhstan and Kyrgyzstan
    met": Kazakhstan and Kyrgyzstan meet (they act for them; only states, not "the leader of the opposition party";
    not "detained the president of Niger", whom it befell)."""
    if token.pos_ != "NOUN" or token.lemma_.lower() not in _LEADER_NOUNS:
        return []
    of = [gc for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for gc in c.children if gc.dep_ == "pobj"]
    states = [mention_of(t, mentions) for p in of for t in [p, *p.conjuncts]]
    return [m for m in states if m is not None and m.type == "Country"] \
        if states and all(m is not None and m.type == "Country" for m in states) else []


_JUDGED_NOUNS = frozenset({"verdict", "decision", "ruling", "move", "step", "law", "charge", "claim", "accusation",
                           "sentence", "plan", "deal", "measure", "policy", "result", "outcome", "vote", "action"})
"""What a relative clause with no "that" may judge ("a verdict Western governments condemned")."""


_CLAIM_VERBS = frozenset({"deny", "dismiss", "reject", "dispute", "refute", "confirm", "acknowledge", "admit", "say"})
"""Verbs whose object is what was said: "spying for Israel, which the UN has denied" denies the claim."""


def _antecedent(token: Token) -> Token:
    """The noun a relative pronoun stands for ("Tren de Aragua, which he accused of ...", "Fico, whom organisers
    accuse"), else the token itself."""
    if token.lower_ in ("which", "whom", "who", "that") and token.tag_ in ("WDT", "WP") \
            and token.head.dep_ == "relcl" and token.head.head.pos_ in ("NOUN", "PROPN") \
            and token.head.lemma_.lower() not in _CLAIM_VERBS:
        return token.head.head
    return token


def subject_tokens(verb: Token) -> tuple[list[Token], bool]:
    """The verb's subject and whether it is a passive one, following shared subjects up the tree."""
    seen, raised = 0, False
    while seen < 4:
        active, passive = _children(verb, SUBJECTS), _children(verb, PASSIVE_SUBJECTS)
        if (active or passive) and verb.dep_ == "relcl" and verb.head.pos_ in ("NOUN", "PROPN") \
                and all(t.lower_ in ("who", "that", "which") for t in active + passive):
            # "a member of the league who tried to hold a protest": the one the relative pronoun stands for
            return [verb.head], bool(passive)
        if active or passive:
            # "Biden and Xi are scheduled to meet", "he was forced to flee": who is scheduled meets
            return (passive, not raised) if passive else (active, False)
        head = verb.head
        if verb.dep_ in ("relcl", "acl") and head.dep_ == "attr" and head.head.lemma_.lower() in ("be", "become") \
                and any(w in FIRST_WORDS or _ORDINAL.fullmatch(w) for w in {head.lower_} | {c.lower_ for c in head.children}) \
                and _children(head.head, SUBJECTS):
            # "Hungary was the only member to reject": Hungary rejects; "he was the first to be arrested": is arrested
            return _children(head.head, SUBJECTS), any(c.dep_ == "auxpass" for c in verb.children) or (
                # "Maldonado is the third candidate killed this year": a bare participle is passive
                verb.dep_ == "acl" and verb.tag_ == "VBN" and not _children(verb, ("aux", "dobj")))
        if verb.dep_ in ("relcl", "acl") and verb.head.pos_ in ("NOUN", "PROPN") and verb.head.dep_ == "appos" \
                and verb.head.i == verb.i - 1 and verb.head.head.pos_ == "NOUN" and verb.head.head.i < verb.head.i \
                and verb.head.head.lemma_.lower() in _JUDGED_NOUNS \
                and not _children(verb, ("auxpass", "agent")) and verb.head.tag_ in ("NNS", "NNPS", "NNP"):
            # "..., a verdict Western governments condemned as politically motivated": a relative clause with no
            # "that", whose subject the parse reads as the noun it tells of
            return [verb.head], False
        if verb.dep_ == "acl" and verb.head.dep_ == "appos" and verb.head.pos_ == "NOUN" \
                and verb.head.head.pos_ == "PROPN" and verb.head.head.i < verb.head.i \
                and not _children(verb, ("aux", "dobj") + SUBJECTS) and (verb.tag_ == "VBN" or verb.tag_ == "VBD" and (
                    not _children(verb.head, ("compound",))
                    and verb.i + 1 < len(verb.doc) and verb.doc[verb.i + 1].lower_ != "as")):
            # "Qasem Soleimani, the general killed in a US drone strike": the name the apposition describes (a
            # participle the tagger may take for a past tense; not "Hungary, a move critics denounced as", the
            # verb of a relative clause the parse took for one)
            return [verb.head.head], True
        if verb.dep_ in ("relcl", "acl") and verb.head.pos_ in ("NOUN", "PROPN", "PRON"):
            # "the journalist who was arrested", "migrants held at the base": the noun is acted on,
            # "the group that kidnapped them": the noun acts
            passive = verb.tag_ == "VBN" and not _children(verb, ("aux",)) \
                and not (_children(verb, ("dobj",)) and (verb.head.dep_ == "ROOT" or verb.i == verb.head.i + 1
                                                         and verb.head.dep_ in ("nsubj", "nsubjpass")))
            # (but "JNIM killed at least 85 people", the verb read as a participle on the name the sentence opens
            # with, or "Kenyan police arrested 45 supporters, a spokesman said" on the subject of the saying: a
            # participle with an object of its own right after its noun is that noun's verb, active)
            return [verb.head], passive or any(c.dep_ == "auxpass" for c in verb.children)
        if seen == 0 and verb.dep_ in ("conj", "advcl") and verb.i >= 2 and verb.doc[verb.i - 1].pos_ in ("NOUN", "PROPN") \
                and verb.doc[verb.i - 1].dep_ in ("conj", "pobj", "dobj") and verb.doc[verb.i - 2].lower_ in ("and", "but") \
                and verb.tag_ in ("VBD", "VBZ", "VBP"):
            # "Protesters called for calm and police arrested 20 people", the noun misread as joined to "calm":
            # a noun between "and" and a verb in a tense is that verb's subject
            return [verb.doc[verb.i - 1]], False
        if seen == 0 and verb.dep_ == "conj" and verb.tag_ == "VBN" and verb.i >= 3 \
                and verb.doc[verb.i - 1].dep_ == "auxpass" and verb.doc[verb.i - 1].head.i == verb.i:
            # "Police confronted the marchers and several students were bundled into vans", the noun misread as
            # joined to "marchers": a noun between "and" and a passive verb is that verb's subject
            noun = verb.doc[verb.i - 2]
            first = min([noun.i] + [c.i for c in noun.children if c.dep_ in ("amod", "det", "nummod", "compound")
                                    and c.i < noun.i])
            if noun.pos_ in ("NOUN", "PROPN") and noun.dep_ in ("conj", "pobj", "dobj") and first >= 1 \
                    and verb.doc[first - 1].lower_ in ("and", "but") and noun.head.i < first - 1:
                return [noun], True
        if verb.dep_ not in SHARES_SUBJECT or verb.head.i == verb.i:
            return [], False
        if verb.dep_ == "conj" and (verb.tag_ in ("VBD", "VBZ") or verb.tag_ == "VBN" and _children(verb, ("dobj",))
                                    and not _children(verb, ("aux", "auxpass"))) \
                and verb.head.dep_ == "xcomp" and verb.head.tag_ == "VB" and verb.head.head.i != verb.head.i:
            # "urged Rwanda to withdraw its troops and called on M23 to halt": a verb in a tense joined to an
            # infinitive is the main verb's next act, its subject's
            verb, seen = verb.head.head, seen + 1
            continue
        if verb.dep_ == "xcomp" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) \
                and verb.head.lemma_.lower() in OBJECT_CONTROL and _children(verb.head, ("dobj",)):
            # "ordered Imamoglu to be jailed", "urged Russia to accept": the object does what the infinitive says
            # (or undergoes it: the infinitive's own passive says so)
            return _children(verb.head, ("dobj",)), any(c.dep_ == "auxpass" for c in verb.children)
        raised = verb.dep_ == "xcomp"
        verb = verb.head
        seen += 1
    return [], False


def placed_in(doc: Doc, start: int, end: int, mentions: list[Mention]) -> Roles | None:
    """A state told as where a verb puts its object ("the junta placed Bazoum under house arrest",
    "police kept him in custody"): the verb's subject acts on its object; None when the trigger is
    no such complement, or the verb has no object the mentions name."""
    prep = next((doc[k] for k in range(start, end) if doc[k].dep_ == "prep"), None)
    verb = prep.head if prep is not None else None
    if verb is not None and verb.dep_ == "advmod" and verb.i >= start:
        verb = verb.head  # "sent him back to prison"
    if verb is None or verb.pos_ != "VERB" or verb.i >= start:
        return None
    objects = _mentions(_children(verb, OBJECTS), mentions)
    if not objects:
        return None
    subjects, passive = subject_tokens(verb)
    return Roles(() if passive else _mentions(subjects, mentions), objects, False)


REPORTING = frozenset({"say", "tell", "add", "state", "announce", "claim", "report", "note", "write", "insist"})
"""Verbs that report a clause: a verb joined to that clause may be the reporter's next act."""
WORD_ACTS = frozenset({"urge", "call", "accuse", "warn", "vow", "threaten", "condemn", "criticize", "criticise",
                       "deny", "demand", "ask", "appeal", "blame", "reject", "pledge", "promise", "denounce",
                       "press", "impose", "summon", "protest"})
"""Acts of words (and of measures) a reporter goes on to do; acts of force stay the reported clause's subject's."""


def _back_to_the_speaker(verb: Token, mentions: list[Mention]) -> bool:
    """Whether a verb the parse joins to a reported clause ("said X had violated the rules and urged ...") is the
    reporter's: its object is the clause's subject ("urged Washington" after "the United States had"), or the clause
    goes on in a form it cannot share ("police were investigating and vowed")."""
    head = verb.head
    if verb.dep_ != "conj" or head.dep_ != "ccomp" or head.head.lemma_.lower() not in REPORTING \
            or verb.lemma_.lower() not in WORD_ACTS \
            or _children(verb, SUBJECTS + PASSIVE_SUBJECTS) or not _children(head.head, SUBJECTS):
        return False  # (only acts of words: "Witnesses said soldiers were patrolling and fired on a crowd" is theirs)
    if head.tag_ == "VBG" and verb.tag_ == "VBD" and _children(head, ("aux",)):
        return True
    if (_children(head, ("auxpass",)) or head.lemma_.lower() in ("die", "be", "remain")) \
            and not any(t.pos_ == "PRON" for t in _children(head, SUBJECTS + PASSIVE_SUBJECTS)):
        return True  # "said 12 people had died and blamed the rebels", "said two were killed and accused X": who
        # died or was killed, or only is, does no act of words
    said_of = [mention_of(t, mentions) for t in _children(head, SUBJECTS)]
    told = [mention_of(t, mentions) for t in _children(verb, ("dobj",))]
    # (the same one, or a state and its capital: "Japan had violated ... and accused Tokyo")
    return any(m is not None and o is not None and (m.key == o.key or o.key.startswith("city/")
                                                     and country_of_key(m.key) == country_of_key(o.key)
                                                     and _is_capital(o))
               for m in said_of for o in told)


def _is_capital(mention: Mention) -> bool:
    from kg.extract.gazetteer import load_gazetteer

    iso2 = country_of_key(mention.key)
    capital = load_gazetteer().country_capital.get(iso2) if iso2 else None
    return capital is not None and capital.lower() == (mention.text or "").lower()


def _a_named_one(word: Token, mentions: list[Mention]) -> bool:
    """Whether a word ends a phrase that names someone or something ("the mayor", "Istanbul", a mention), which a
    participle after it may tell of (not "on trial")."""
    return any(m.start <= word.i < m.end for m in mentions) or word.pos_ == "PROPN" or word.pos_ == "NOUN" and any(
        c.dep_ in ("det", "poss") for c in word.children)


def told_by_participle(verb: Token, mentions: list[Mention]) -> Token | None:
    """The object or name a bare participle set after a comma tells of ("detained the activist on Friday, accused
    of ...": the activist), or None (one with an auxiliary or an object of its own is a verb in a tense)."""
    if not (verb.tag_ == "VBN" and verb.dep_ == "advcl" and verb.head.i < verb.i and verb.i >= 2
            and verb.doc[verb.i - 1].text == "," and not _children(verb, ("aux", "auxpass", "dobj"))):
        return None
    objects = [o for o in _children(verb.head, ("dobj",)) if o.i < verb.i]
    if objects:
        told = mention_of(objects[-1], mentions)
        if told is not None and told.type in ("City", "Place"):
            # "Israeli troops raided Jenin on Monday, accused by Palestinians of ...": a place raided is accused of
            # nothing; the clause's subject is
            return next(iter(_children(verb.head, ("nsubj",))), None)
        return objects[-1]
    before = verb.doc[verb.i - 2]
    return before if _a_named_one(before, mentions) and before.ent_type_ not in ("DATE", "TIME") else None


def roles(doc: Doc, start: int, end: int, mentions: list[Mention], target_preps: tuple[str, ...] = (),
          agent_preps: tuple[str, ...] = ()) -> Roles | None:
    """The agents and targets the parse gives the verb of tokens [start, end), or None when no verb is there.

    Active: the subject acts, the object (else a phrase of `target_preps`) is acted on.
    Passive: the subject is acted on; "by" (or a phrase of `agent_preps`) gives who acts.
    """
    verb = verb_of(doc, start, end)
    if verb is None:
        return None
    subjects, passive = subject_tokens(verb)
    back = _back_to_the_speaker(verb, mentions)
    if back:
        # "The ministry said the United States had violated the rules and urged Washington to ...": who says so goes
        # on, not the subject of what is said
        subjects, passive = subject_tokens(verb.head.head)
    if not subjects and verb.tag_ == "VBN" and verb.dep_ == "acomp" and verb.head.lemma_.lower() == "be":
        subjects = _children(verb.head, SUBJECTS)  # "Besigye was re-arrested": the subject of "was"
    if passive and verb.dep_ == "conj" and _children(verb, ("dobj",)) and not _children(verb, PASSIVE_SUBJECTS):
        # "four officers were killed ..., and accused the protesters of attacking police": a verb with an object of
        # its own is active, whatever passive verb the parse joins it to
        subjects, passive = [], False
    passive = passive or any(c.dep_ == "auxpass" for c in verb.children) or (
        # "a court ordered him held", "had them detained": a participle of a small clause is passive
        # (not one with an object of its own: "Gunmen shot dead two teachers, the army said", a past tense the
        # tagger took for a participle)
        verb.tag_ == "VBN" and verb.dep_ in ("ccomp", "xcomp", "oprd")
        and not any(c.dep_ in ("aux", "auxpass") for c in verb.children) and not _children(verb, ("dobj",))) or (
        # "224 people had been detained and 113 police officers injured": the passive goes on
        verb.tag_ == "VBN" and verb.dep_ == "conj" and any(c.dep_ == "auxpass" for c in verb.head.children)
        and not any(c.dep_ in ("aux", "auxpass") for c in verb.children) and not back) or (
        # "Besigye was re-arrested": a participle the parse, split at the hyphen, hangs on "was" as a complement
        verb.tag_ == "VBN" and verb.dep_ == "acomp" and verb.head.lemma_.lower() == "be") or (
        # "Injured in the attack, the pilot died": a participle that opens the sentence befalls its subject, as one
        # set after a comma does ("X is on trial, accused of taking money")
        verb.tag_ == "VBN" and verb.dep_ == "advcl" and not _children(verb, ("aux", "auxpass", "dobj"))
        and (verb.i < verb.head.i or verb.doc[verb.i - 1].text == "," and not _children(verb.head, ("dobj",))
             and not _a_named_one(verb.doc[verb.i - 2], mentions)))
    told_of = told_by_participle(verb, mentions)
    if told_of is not None:
        # "Police detained the activist on Friday, accused of ...", "rallied for the mayor, jailed since March": a
        # participle set after an object or a name tells of that
        subjects, passive = [told_of], True
    by = [gc for c in verb.children if c.dep_ == "agent" for gc in c.children if gc.dep_ == "pobj"]
    preps = [c for c in verb.children if c.dep_ == "prep"]
    prep_targets = [gc for c in preps if c.lower_ in target_preps for gc in c.children if gc.dep_ == "pobj"]
    prep_agents = [gc for c in preps if c.lower_ in agent_preps for gc in c.children if gc.dep_ == "pobj"]
    if passive and not (by or prep_agents) and verb.dep_ in ("xcomp", "ccomp") \
            and verb.head.lemma_.lower() in ("order", "rule", "decide"):
        by = _children(verb.head, SUBJECTS)  # "a court ordered Imamoglu to be jailed": the court jails him
    if passive:
        return Roles(_mentions(by or prep_agents, mentions), _mentions(subjects, mentions), True)
    objects = [_antecedent(o) for o in _children(verb, OBJECTS)]
    if not objects and verb.dep_ == "relcl" and subjects and verb.head.pos_ in ("NOUN", "PROPN") \
            and verb.head.i < verb.i and not any(c.tag_ in ("WDT", "WP", "WRB") for c in verb.subtree if c.i < verb.i):
        # "sanctions on people it accuses of destabilising Moldova": a relative clause with no pronoun, whose verb
        # has a subject of its own and no object, is done to the noun it tells of
        objects = [verb.head]
    if not prep_targets and target_preps:
        # "filed terrorism charges against Kanu": the trigger's own object noun takes the phrase
        prep_targets = [gc for o in objects if start <= o.i < end for c in o.children
                        if c.dep_ == "prep" and c.lower_ in target_preps for gc in c.children if gc.dep_ == "pobj"]
        objects = [o for o in objects if not start <= o.i < end] if prep_targets else objects
    # "the Taliban, Afghanistan's de facto leaders, had prohibited": the name an apposition describes, however
    # the parse hangs it on the apposition's noun
    described = [m for t in subjects for c in t.children if c.dep_ in ("nmod", "appos") and c.i < t.i
                 and c.i + 1 < len(doc) and doc[c.i + 1].text == ","
                 and (m := mention_of(c, mentions)) is not None and m.type in ("Person", "Organization", "Country")]
    agents = tuple(described[:1]) or _mentions(subjects, mentions)
    bare = next((t.i for t in subjects if t.pos_ == "NOUN" and not agents), None)
    return Roles(agents, _mentions(objects or prep_targets, mentions), False, bare)
