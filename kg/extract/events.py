"""Events in one sentence: triggers from the lexicon, then their slots.

Slots come from the sentence's mentions by position and voice: in the active
voice the agent stands before the trigger and the target after it; in the
passive ("were detained by ...") the other way round. Prepositions named by
the trigger's lexicon group ("sanctions on", "a loan to") mark targets;
locative mentions are places. Attributions (`kg.extract.attribution`) give sources,
or the agent of speech events (criticism, accusation, denial, threat).
"""
from __future__ import annotations

import datetime as _dt
import functools
import re
from dataclasses import dataclass, field, replace

from spacy.tokens import Doc, Span, Token

from kg.extract.attribution import (Attribution, addressees, in_first_person, in_unsaid, opening_participle,
                                   person_speaking)
from kg.extract.blame import blamed, evaluated_act, object_act
from kg.extract.coref import fill_missing
from kg.facts import PEOPLE_TYPES, Count, Event
from kg.extract.lexicon import Lexicon, names_an_outlet
from kg.extract.mentions import Mention, is_singular_person
from kg.extract.quantities import number_value
from kg.extract.names import country_key, country_of_key, name_tables
from kg.extract import grammar, parse
from kg.read.calendar import MONTH_NUMBERS
from kg.extract.tokens import for_or_against, quoted_tokens
from kg.extract.triggers import (Hit, clash_word, clause_end, clause_start, conditional, definite, describes_person,
                                 find_triggers, is_nominal, possessed, reason_of_blame)

_HOSTILE_TYPES = frozenset({"Protest", "Assault", "Arrest", "DataLeak"})
def _commentators(key: str, mentions: list[Mention], lexicon: Lexicon) -> bool:
    """Whether a group is commentators of some kind ("security analysts", "legal experts"): the story's
    voice, no actor; not a body a name or a government mandates ("U.N. human rights experts", "European
    Union election observers", "government researchers")."""
    if not key.startswith("group/") or key.split("/")[-1].split("-")[-1] not in lexicon.words["commentator_nouns"]:
        return False
    told = [m for m in mentions if m.key == key]
    if any(o.end == m.start and o.type == "Organization" for m in told for o in mentions):
        return False  # "European Union election observers": the body's mission
    # (a body named: initials, or a name of several capitalised words; not one opening capital, "Russian experts")
    return not any(len(w) > 1 and w.replace(".", "").isupper() or "." in w or w[:1].isupper() and k > 0
                   or w.lower() in ("government", "official", "state") for m in told
                   for k, w in enumerate(m.text.split()[:-1]))


def _vague_speaker(key: str, mentions: list[Mention], lexicon: Lexicon) -> bool:
    """Whether a speaker is too vague to state a claim of its own: a bare noun ("officials said", "people say")
    or commentators ("country analysts say")."""
    return key.startswith("group/") and ("-" not in key.split("/")[-1] or _commentators(key, mentions, lexicon))
_PLACE_TYPES = ("Country", "City", "Place")
# Types whose noun's possessor does the act unless the noun is one suffered ("X's attack", "X's sanctions";
# not "X's arrest", "X's killing")
_DONE_BY_OWNER = ("Assault", "Sanction", "Restriction", "Threat", "Accusation", "Criticism", "Loan", "Payment",
                  "ForceDisplay")
SCENE_TYPES = frozenset({"Protest", "Arrest", "ForceDisplay", "Assault", "Restriction"})
# What people say without a date in their sentence is dated by their paragraph, or by the day
# the story last dated the same speaker's words (or their government's: "Pakistan said Sunday ...
# Finance Minister Aurangzeb underlined ...") when told in the simple past.
SPEECH_TYPES = frozenset({"Statement", "Criticism", "Denial", "Accusation"})
_COUNTED_BY_AGENT = ("Protest",)
_COUNTED_BY_TARGET = ("Arrest", "Release", "Assault", "DataLeak", "Threat")
_MONEY_TYPES = ("Loan", "Payment", "Sanction")
# Events named by a noun whose sentence subject, with no verb linking them, is the one acted on
# ("Mhlanga has been in custody over accusations of incitement").
_PATIENT_TYPES = frozenset({"Arrest", "Accusation", "Assault", "Release", "Sanction", "Restriction"})


@dataclass
class SentenceContext:
    """What the events of one sentence may draw on besides its mentions."""

    amounts: list = field(default_factory=list)   # (token start, token end, Amount)
    counts: list = field(default_factory=list)    # (token start, token end, Count)
    casualties: list = field(default_factory=list)  # the same, for counts of the killed or hurt ("left 10 dead")
    dates: list = field(default_factory=list)     # (token start, token end, ISO value or None)
    paragraph_date: str | None = None
    carried_date: str | None = None
    carried_place: str | None = None
    focus_place: str | None = None
    previous_people: tuple[str, ...] = ()
    history: tuple[Event, ...] = ()
    hits: tuple[Hit, ...] = ()
    act_owners: dict[str, str] = field(default_factory=dict)
    last_mover: tuple[int, str] | None = None  # (sentence, who) acted last in a main clause, a few sentences back
    # at most ("the move" is theirs)
    spoke_on: dict[str, str] = field(default_factory=dict)  # speaker (or a member of it) -> last date of their words
    affiliations: dict[str, set[str]] = field(default_factory=dict)  # person -> the bodies and states of their roles
    private_speakers: frozenset[str] = frozenset()  # persons quoted as one of the public (a witness), with no role
    published: str | None = None  # the story's date, ISO


def _is_passive(doc: Doc, hit: Hit, floor: int) -> bool:
    participles = [k for k in range(hit.start, hit.end)
                   if doc[k].lower_.endswith("ed") or doc[k].lower_ in grammar.IRREGULAR_PARTICIPLES]
    if not participles:
        return False
    last = participles[0]
    for k in range(last - 1, max(floor, last - 4) - 1, -1):
        if doc[k].lower_ in grammar.BE or doc[k].lower_ in ("'s", "’s") and k > floor \
                and doc[k - 1].lower_ in grammar.CONTRACTED_BE_AFTER:
            return True
        if doc[k].lemma_.lower() in ("remain", "stay") and doc[last].dep_ in ("acomp", "xcomp", "oprd") \
                and doc[last].head.i == k:
            return True  # "Several other Americans remain jailed in Russia": they are held
        if not doc[k].is_alpha or doc[k].lower_ in ("and", "or", "that", "who", "which"):
            return False
    return False


def _shown_by(mention: Mention, attribution: Attribution) -> bool:
    """Whether a mention is the author of a report ("Footage shared by X showed ...")."""
    return any(not s.by_person and mention.start in s.tokens for s in attribution.speeches)


def _coordinated_subject(doc: Doc, hit: Hit, sent: Span, actors: list[Mention], lexicon: Lexicon,
                         hits: tuple[Hit, ...] = ()) -> Mention | None:
    """The sentence's subject for a verb after "and" ("Russia sees ... and has accused ...")."""
    verb = doc[hit.start]
    if parse._back_to_the_speaker(verb, actors):
        # "The ministry said Japan had violated the deal and accused Tokyo of ...": the reporter's next act
        speaker = [parse.mention_of(t, actors) for t in verb.head.head.children if t.dep_ == "nsubj"]
        return speaker[0] if speaker and speaker[0] is not None else None
    pos = _coordinator(doc, hit, sent, lexicon)
    word = doc[hit.start].lower_
    past = word.endswith("ed") or word in grammar.IRREGULAR_PARTICIPLES
    if pos is None or not past and any(h.start <= pos - 1 < h.end for h in hits):
        return None  # "beatings and torture": nouns joined, not verbs ("condemned X's arrest and urged": verbs)
    opener = _opening_adverbial_end(doc, sent)
    # "told VOA that Eritrean soldiers had looted hospitals and blocked food aid": the subject of the
    # reported clause the verbs are joined in, not the speaker's
    opener = max([opener] + [k + 1 for k in range(opener, pos) if doc[k].lower_ == "that" and doc[k].dep_ == "mark"])
    head = verb
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    if head.dep_ == "ccomp" and head.left_edge.i < pos and verb.lemma_.lower() not in parse.WORD_ACTS:
        # "Police said a bomb blast killed five and wounded 20": an act of force of the clause said (but "X said four
        # officers were killed ..., and accused the protesters": words go on being the speaker's)
        opener = max(opener, head.left_edge.i)
    owners_of_events = {m.key for m in actors if m.end < sent.end and doc[m.end].text in ("'s", "’s")
                        and any(h.start == m.end + 1 for h in hits)}  # "condemned Mhlanga's arrest and"
    first = [m for m in actors if opener <= m.start and m.end <= pos and m.key not in owners_of_events]
    return first[0] if first else None


def _opening_adverbial_end(doc: Doc, sent: Span) -> int:
    """Where the subject may start: after "In his latest case," (a sentence-opening phrase), else the start."""
    if doc[sent.start].lower_ not in grammar.PREPOSITIONS | {"at", "by", "during", "near", "under"}:
        return sent.start
    comma = next((k for k in range(sent.start + 1, min(sent.end, sent.start + 10)) if doc[k].text == ","), None)
    return comma + 1 if comma is not None else sent.start


def _coordinator(doc: Doc, hit: Hit, sent: Span, lexicon: Lexicon) -> int | None:
    """Position of the "and"/"or" that joins the trigger's verb to an earlier one."""
    pos = hit.start - 1
    while pos > sent.start and (doc[pos].lower_ in lexicon.words["auxiliaries"] or doc[pos].lower_.endswith("ly")):
        pos -= 1
    return pos if pos > sent.start and doc[pos].lower_ in ("and", "or") else None


def _passive_chain(doc: Doc, hit: Hit, sent: Span, lexicon: Lexicon) -> bool:
    """"journalists have been blocked or harassed ... and briefly detained": a participle
    joined to a passive verb is passive too."""
    pos = _coordinator(doc, hit, sent, lexicon)
    word = doc[hit.start].lower_
    if pos is None or not (word.endswith("ed") or word in grammar.IRREGULAR_PARTICIPLES):
        return False
    if any(c.dep_ == "dobj" for c in doc[hit.start].children):
        return False  # "... were killed when a vehicle rammed them, and accused the protesters of": it has an object
    # (a passive auxiliary, not a copula: "said Lai was “a parasite” and warned that ..." is active)
    return any(t.lower_ in ("been", "was", "were", "being") and (t.dep_ == "auxpass" or doc[t.i + 1].tag_ == "VBN")
               for t in doc[sent.start:pos])


def _status(doc: Doc, hit: Hit, clause_start: int, lexicon: Lexicon, after: int | None = None) -> str:
    """occurred, or planned/denied/ongoing from the modal words before the trigger
    (and, for an event noun that is a subject, after it: "talks are progressing")."""
    if hit.group.status != "occurred":
        return hit.group.status
    words = lexicon.words
    start = max(clause_start, hit.start - 8)
    # "denied the allegations while criticizing the groups": the clause the subordinator opens is the trigger's
    start = max([start] + [t.i + 1 for t in doc[start:hit.start] if t.dep_ == "mark" or t.lower_ in ("while", "whereas")])
    first = doc[hit.start]
    if first.dep_ == "conj" and first.tag_ in ("VBD", "VBZ") and first.head.i < hit.start:
        # "said Moscow was ready to help and blamed Kyiv": a verb in a tense of its own takes no modal of the one
        # it is joined to
        start = max([start] + [t.i + 1 for t in doc[first.head.i:hit.start] if t.dep_ == "cc" and t.head == first.head])
    noun = doc[hit.end - 1]
    if noun.pos_ == "NOUN" and noun.dep_ == "dobj" and noun.head.pos_ == "VERB" and noun.head.i < hit.start \
            and noun.head.lemma_.lower() in words["relating_lemmas"]:
        start = max(start, noun.head.i + 1)  # "would violate a U.N. arms embargo": the embargo is in force
    # "The plan drew sharp criticism": a noun of planning that is not the trigger's phrase plans nothing of it
    window = ["" if t.pos_ == "NOUN" and t.dep_ in ("nsubj", "nsubjpass")
              and not t.left_edge.i <= hit.start <= t.right_edge.i
              or t.lower_ in words["noun_planned_cues"] and t.pos_ != "NOUN"
              # "On Friday, ahead of the vote, police arrested 20": what is ahead is the vote, not the arrests
              or t.lower_ == "ahead" and t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "of" else t.lower_
              for t in doc[start:hit.end - 1] if not t.text[:1].isupper() and not _aside_of(t, doc[hit.start])]
    if hit.group.speech:
        window = ["" if w in words["facing_verbs"] else w for w in window]  # "faces criticism": said, not planned
    if hit.group.speech and doc[hit.start].tag_ == "VBG" and hit.start > 0 and doc[hit.start - 1].text == ",":
        window = []  # "said it would appeal the decision, accusing the Commission": accusing as it speaks
    if after is not None:  # (but "Talks ended without agreement": they were held, with no deal)
        window += [t.lower_ for t in doc[hit.end:after] if not t.text[:1].isupper() and t.lower_ != "without"]
    verb = doc[hit.start]
    if _has_cue(window[-5:], words["negation_cues"]) and hit.group.type != "Denial" \
            and not (verb.dep_ == "conj" and verb.head.lower_ in words["negation_cues"]):
        return "denied"  # but "denied responsibility and accused the army": a second act, not denied
    # the verb the act is told by: the trigger, or the verb an event noun is the object of ("No country has
    # imposed sanctions")
    governor = verb if verb.pos_ == "VERB" else noun.head if noun.dep_ == "dobj" and noun.head.pos_ == "VERB" \
        and noun.head.lemma_.lower() in words["doing_verbs"] else None
    if governor is not None and any(c.dep_ in ("nsubj", "nsubjpass", "dobj") and _none_of(c) for c in governor.children):
        return "denied"  # "No passengers were killed", "police arrested no one", "imposed no sanctions": none was
    if hit.group.patient_subject and doc[hit.start].head.pos_ in ("AUX", "VERB") and any(
            c.dep_ in ("nsubj", "nsubjpass") and _none_of(c) for c in doc[hit.start].head.children):
        return "denied"  # "None of the suspects are in custody"
    if verb.pos_ == "VERB" and hit.group.type not in SPEECH_TYPES and _denied_content(verb):
        return "denied"  # "Police denied that officers had beaten the protesters": a claim denied, no act told
    if governor is not None and governor.dep_ == "xcomp" \
            and governor.head.lemma_.lower() in words["refusing_lemmas"] and governor.head.i < hit.start:
        return "denied"  # "declined to pay the hackers", "refused to pay the ransom": not done
    if _has_cue(window, words["planned_cues"]) or hit.start - 2 >= clause_start and doc[hit.start - 1].lower_ == "to" \
            and doc[hit.start - 2].lower_ in ("going", "about") and doc[hit.start].tag_ == "VB":
        return "planned"  # (and "is going to attack", but not "was going to the mosque when gunmen shot him")
    told = verb if verb.pos_ == "VERB" else noun.head if noun.dep_ == "dobj" and noun.head.pos_ == "VERB" else None
    if told is not None and told.tag_ == "VB" and told.i - 2 >= clause_start and doc[told.i - 1].lower_ == "to" \
            and doc[told.i - 2].lower_ in ("is", "are", "'re") and told.lemma_.lower() != "blame" \
            and not any(c.dep_ == "nsubj" and c.lemma_.lower() in ("job", "task", "role", "duty", "mission", "mandate")
                        for c in doc[told.i - 2].children):
        return "planned"  # "the two leaders are to meet on Wednesday", "is to hold a rally on Friday" (not "was to";
        # nor "their job is to arrest smugglers", a duty)
    if _has_cue(window, words["ongoing_cues"]):
        return "ongoing"
    if verb.tag_ == "VBG" and any(c.dep_ == "aux" and c.lower_ in ("is", "are", "'re", "am") for c in verb.children):
        return "ongoing"  # "Wasuge is calling for a new government", "rebels are attacking the city"
    if hit.group.type == "Election" and noun.pos_ == "NOUN" and noun.dep_ == "dobj" \
            and noun.head.lemma_.lower() in ("call", "schedule") and any(
                c.dep_ == "prep" and c.lower_ == "for" for c in list(noun.children) + list(noun.head.children)):
        return "planned"  # "called a snap election for Oct. 27": a vote to come
    if noun.pos_ == "NOUN" and _is_ahead_of(noun) \
            and not any(t.lower_ in ("last", "previous", "past") or t.like_num and len(t.text) == 4
                        for t in doc[noun.head.i:noun.i]) and noun.head.head.head.tag_ != "VBG":
        return "planned"  # "Ahead of the election in October, ...": what one is ahead of is to come (not "ahead of
        # the 2020 election", "ahead of last year's vote", nor "Speaking ahead of the vote": a time before it)
    if hit.group.type == "Protest" and noun.pos_ == "NOUN" and noun.dep_ == "dobj" \
            and noun.head.lemma_.lower() in ("call", "schedule", "plan", "announce") and any(
                c.dep_ == "prep" and c.lower_ == "for" and any(g.dep_ == "pobj" and g.ent_type_ == "DATE"
                                                              for g in c.children)
                for c in list(noun.children) + list(noun.head.children)):
        return "planned"  # "called a rally for Sunday", "announced a strike for March 12": a protest to come (not
        # "called a protest for better pay")
    if hit.group.type == "Meeting" and noun.pos_ == "NOUN" and noun.dep_ == "dobj" and noun.head.dep_ == "xcomp" \
            and noun.head.head.lemma_.lower() in ("agree", "decide", "offer") and noun.head.head.i < hit.start:
        return "planned"  # "the two leaders agreed to start negotiations": talks to come (but "agreed to give a
        # loan" gives it)
    token, steps = verb, 0
    if verb.pos_ == "NOUN" and verb.dep_ == "pobj" and verb.head.dep_ == "prep" and verb.head.head.pos_ == "VERB" \
            and verb.head.head.dep_ == "xcomp":
        token = verb.head.head  # "hopes to resolve the pause during talks Tuesday": the talks the resolving needs
    complement = True
    while (verb.pos_ == "VERB" or token is not verb) and token.dep_ in ("xcomp", "advcl", "acl", "ccomp") \
            and token.head.i != token.i and steps < 3:
        complement = complement and token.dep_ in ("xcomp", "ccomp")  # complements all the way up
        token, steps = token.head, steps + 1
        if token.lemma_.lower() in ("plan", "intend", "aim", "propose", "prepare", "vow", "pledge", "promise", "plot",
                                    "conspire", "scheme", "hope") \
                or token.lower_ in ("hopes", "hoped", "hoping") \
                or complement and token.lemma_.lower() in ("expect", "want", "seek", "try", "attempt"):
            return "planned"  # "announced plans to use the base to hold migrants": the holding is planned; "is
            # expecting North Korea to launch a missile" (but "the suit seeks to stop ..., alleging": it alleges)
    return "occurred"


def _denying_verb(verb):
    """The clause `verb` heads and the verb that denies it: "denied that officers had beaten ...", or the verb that
    rejects a claim saying it ("rejected the reports that soldiers had shot protesters"); (clause, None) else."""
    token = verb
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    head = token.head
    if token.dep_ in ("acl", "ccomp") and head.lemma_.lower() in CLAIM_NOUNS | {"account"} \
            and head.dep_ in ("dobj", "nsubjpass") and head.head.lemma_.lower() in _REJECTING | {"deny"}:
        return token, head.head
    if token.dep_ == "ccomp" and head.lemma_.lower() in ("deny", "refute") and head.pos_ == "VERB":
        return token, head
    return token, None


def _denied_content(verb) -> bool:
    """Whether `verb` tells what a denial's clause says did not happen ("denied that officers had beaten the
    protesters", "denies its forces attacked civilians", "rejected the reports that soldiers had shot protesters")."""
    _, denying = _denying_verb(verb)
    if denying is None:
        return False
    if any(c.dep_ == "neg" for c in denying.children) or any(
            c.dep_ == "nsubj" and (_none_of(c) or c.lower_ in ("nobody", "none")) for c in denying.children):
        return False  # "The minister did not deny that police had beaten protesters", "No one denies that ..."
    # "denied that the journalists had been arrested for their reporting": the reason is denied, not the arrest
    return not any(c.dep_ == "prep" and c.lower_ == "for" and any(g.dep_ in ("pobj", "pcomp") for g in c.children)
                   or c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("because", "since") for m in c.children)
                   for c in verb.children)


def _denier(verb, mentions: list[Mention]) -> Mention | None:
    """Who denies the clause `verb` heads (the subject of "deny", or of "rejected the reports that ...")."""
    token, denying = _denying_verb(verb)
    denying = denying if denying is not None else token.head
    return next((m for c in denying.children if c.dep_ == "nsubj"
                 for m in [parse.mention_of(c, mentions)] if m is not None), None)


def _aside_of(token, verb) -> bool:
    """Whether `token` belongs to a clause apart from the trigger `verb`'s own: a relative clause or an
    apposition beside it ("Zourabichvili, who has vowed to veto the bill, accused ..."), or the modal of the
    verb a past-tense `verb` is joined to ("would not withdraw the bill and accused ...")."""
    if verb.pos_ != "VERB":
        return False
    for node in [token, *token.ancestors]:
        inside = node.left_edge.i <= verb.i <= node.right_edge.i
        if node.i == verb.i or inside and node.dep_ not in ("relcl", "appos", "acl"):
            break
        if node.dep_ in ("relcl", "appos") and not inside:
            return True
    return verb.dep_ == "conj" and verb.tag_ in ("VBD", "VBZ") and token.head.i == verb.head.i \
        and token.dep_ in ("aux", "neg") and verb.head.tag_ == "VB"


def _witnessing_country(doc: Doc, hit: Hit, in_clause: list[Mention]) -> tuple[str, ...]:
    """"Nigeria is seeing a wave of kidnappings": the country that sees the events, as their place."""
    for m in in_clause:
        between = {t.lower_ for t in doc[m.end:hit.start]} if m.end < hit.start <= m.end + 8 else set()
        if m.type == "Country" and between & grammar.WITNESSING and between & grammar.TREND_NOUNS:
            return (m.key,)
    return ()


def _has_cue(window: list[str], cues: frozenset[str]) -> bool:
    """Whether a cue word or phrase ("is seeing") stands in the window of words."""
    text = f" {' '.join(window)} "
    return any(f" {cue} " in text for cue in cues)


def _opens_clause(doc: Doc, hit: Hit, clause_start: int) -> bool:
    """Whether an event noun is its clause's subject ("that discussions with the IMF are ...")."""
    pos = hit.start - 1
    while pos >= clause_start and (doc[pos].is_lower or doc[pos].lower_ in ("a", "an", "the")
                                   or doc[pos].is_sent_start and doc[pos].pos_ in ("ADJ", "NOUN")) \
            and doc[pos].is_alpha and doc[pos].lower_ != "that" and hit.start - pos < 4:
        pos -= 1  # "A parliamentary election will be held", "Indirect talks will resume": its sentence's first word too
    return pos < clause_start or doc[pos].lower_ == "that" or doc[pos].text == ","


def _nearest(items, pos: int):
    return min(items, key=lambda item: abs(item[0] - pos), default=None)


def _between(doc: Doc, hit: Hit, actors: list[Mention]) -> list[Mention]:
    """The parties a noun's "between" names, in order ("talks between Russia and Ukraine"), or []."""
    between: list[Mention] = []
    noun = doc[hit.end - 1]
    if hit.end < len(doc) and doc[hit.end].lower_ == "between":
        pos = hit.end + 1
    elif noun.lower_ == "between":
        pos = hit.end
    elif noun.dep_ == "nsubj" and noun.head.pos_ == "VERB":  # "clashes erupted between"
        pos = next((c.i + 1 for c in noun.head.children if c.dep_ == "prep" and c.lower_ == "between"
                    and c.i > hit.end), None)
    else:
        pos = None
    if pos is not None:
        start = pos
        for m in sorted((m for m in actors if start <= m.start <= start + 12), key=lambda m: m.start):
            if m.start < pos:
                continue  # a mention inside one taken ("Kenyan police" and "police")
            if not all(t.lower_ in ("and", ",", "the") or t.is_title or not t.is_alpha
                       # "between Sudan's army and the paramilitary Rapid Support Forces": the party's description
                       or t.dep_ in ("amod", "compound") and m.start <= t.head.i < m.end for t in doc[pos:m.start]):
                break
            between.append(m)
            if any(t.lower_ == "and" for t in doc[pos:m.start]) and m.end < len(doc) and doc[m.end].text == ",":
                break  # the list's last party ("between students and police, the ruling party said")
            pos = m.end
    return between


def _after_prep(doc: Doc, actors: list[Mention], start: int, stop: int, preps: tuple[str, ...]) -> list[Mention]:
    """Mentions that a preposition of `preps` introduces, within a few words after it."""
    out = []
    for pos in range(start, stop):
        infinitive = doc[pos].lower_ == "to" and pos + 1 < stop and doc[pos + 1].is_lower \
            and doc[pos + 1].lower_ not in ("the", "a", "an", "its", "their", "his", "her")
        gerund = pos + 1 < stop and doc[pos + 1].tag_ == "VBG" and doc[pos + 1].dep_ == "pcomp"
        # "accused the administration of appeasing Beijing": what the gerund's clause names is not the one
        partitive = doc[pos].lower_ == "of" and (doc[pos].head.like_num
                                                 or doc[pos].head.lemma_.lower() in parse.QUANTITY_HEADS)
        # ("accuses Rwanda of sending thousands of troops to back the M23": a count's "of" introduces no one)
        dated = any(c.dep_ == "pobj" and c.ent_type_ in ("DATE", "TIME") for c in doc[pos].children)
        # ("attacked the embassies on Tuesday, accusing Western countries": "on" tells when, of no one)
        if doc[pos].lower_ in preps and not infinitive and not gerund and not partitive and not dated:
            # "with his Brazilian counterpart X": the one the phrase names, not its possessor
            following = [m for m in actors if pos < m.start <= pos + 7 and not _possessive_pronoun(doc, m)]
            if len(following) > 1 and following[0].end < len(doc) and doc[following[0].end].text in ("'s", "’s") \
                    and following[1].type == "Person" and doc[following[1].start - 1].text == ",":
                following = following[1:]  # "sanctions on the group's leader, Mohamed Hamdan Dagalo": the leader
            if following:
                out.append(_titled(doc, actors, following[0]))
    return out


def _of_a_joined_verb(doc: Doc, hit: Hit, mention: Mention) -> bool:
    """Whether a mention after a verb trigger belongs to a second verb joined to it: "denied responsibility
    and accused the army": the army is the accused, not what was denied."""
    verb = doc[hit.start]
    if verb.pos_ != "VERB" and doc[hit.end - 1].dep_ == "dobj" and doc[hit.end - 1].head.pos_ == "VERB":
        verb = doc[hit.end - 1].head  # "imposed a nationwide curfew and deployed the army": the noun's verb
    if verb.pos_ != "VERB":
        return False
    joined = [c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"]
    return any(c.left_edge.i <= mention.start <= c.right_edge.i for c in joined)


def _receiver_before_owner(doc: Doc, hit: Hit, left: list[Mention], agents: list[Mention], clause_start: int,
                           lexicon: Lexicon) -> list[Mention]:
    """"The country has received more than 20 IMF bailouts": the name right before the noun gives it
    ("IMF bailouts"), the subject of a verb of receiving before them gets it."""
    if not agents or agents[0].end != hit.start:
        return []
    subject = _subject(doc, [m for m in left if m.end < agents[0].start], clause_start)[-1:]
    if subject and {t.lower_ for t in doc[subject[0].end:agents[0].start]} & lexicon.words["receiving_verbs"]:
        return subject
    return []


def _represented_with(doc: Doc, parties: list[Mention], mentions: list[Mention]) -> list[Mention]:
    """"leaders from the U.S. and China will meet": the other states the party's people come from."""
    out = []
    for party in parties:
        head = doc[party.end - 1]
        for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ in ("from", "of")):
            for obj in (c for c in prep.children if c.dep_ == "pobj"):
                out += [m for m in (parse.mention_of(t, mentions) for t in obj.conjuncts) if m is not None]
    return out


def _possessive_pronoun(doc: Doc, mention: Mention) -> bool:
    """"his" in "met his Chinese counterpart": the owner of what the phrase names, not the one it names."""
    return mention.end - mention.start == 1 and doc[mention.start].tag_ == "PRP$"


def _titled(doc: Doc, actors: list[Mention], first: Mention) -> Mention:
    """The person a body, country or city opens the title of: "Taliban Foreign Minister Amir Khan Muttaqi",
    "NATO Secretary-General Jens Stoltenberg", "Istanbul Mayor Ekrem Imamoglu" -> the minister, the
    secretary-general, the mayor."""
    if first.type not in ("Organization", "Country", "City"):
        return first
    return next((m for m in actors if m.type == "Person" and first.end < m.start <= first.end + 4
                 and all(t.text == "-" or t.is_alpha and t.pos_ in ("PROPN", "NOUN", "ADJ")
                         for t in doc[first.end:m.start])), first)


def _phrase_stop(doc: Doc, start: int, limit: int) -> int:
    """Where the phrase after a trigger ends: at a clause word or a comma, unless the
    comma only separates the items of a list ("tear gas, rubber bullets, and stun grenades at")."""
    pos = start
    while pos < limit and doc[pos].lower_ not in grammar.PHRASE_BREAKS or pos < limit and _list_comma(doc, pos, limit):
        pos += 1
    return pos


def _list_comma(doc: Doc, pos: int, limit: int) -> bool:
    if doc[pos].text != ",":
        return False
    window = doc[pos + 1:min(limit, pos + 7)]
    words = [t for t in window]
    joined = next((k for k, t in enumerate(words) if t.lower_ in ("and", "or")), None)
    if joined is not None and words[joined].dep_ == "cc" and words[joined].head.pos_ in ("VERB", "AUX"):
        return False  # "threw stones and fireworks, and the ministry said ...": a clause joined, no list
    return joined is not None and all(t.is_lower or t.text == "," for t in words[:joined])


def events_in_sentence(doc: Doc, sent: Span, index: int, mentions: list[Mention], lexicon: Lexicon,
                       context: SentenceContext, attribution: Attribution) -> list[Event]:
    """The events that `sent` (sentence number `index`) reports.

    A noun that names an event told before ("the arrest of Mhlanga" after
    "Mhlanga was arrested") refers back to it and makes no new event.
    """
    if _asks(doc, sent):
        context.hits = ()
        return []  # "Will Medibank pay the hackers?", "Did police beat the protesters?": a question tells nothing
    hits = find_triggers(doc, sent, lexicon, mentions)
    context.hits = tuple(hits)
    events = []
    rebuttals = {h.start for h in hits if h.group.type in ("Denial", "Criticism") and not h.group.evaluative}
    for hit in hits:
        inverted = _named_after_be(doc, sent, hit, mentions) if hit.group.type in _PATIENT_TYPES else ()
        if not_an_occurrence(doc, hit, lexicon) or _what_is_rebutted(doc, hit, rebuttals) or in_unsaid(doc, hit.start, lexicon) \
                or _judged_act(doc, sent, hit, rebuttals) or in_appeal(doc, hit) \
                or _told_in_passing(doc, sent, hit, lexicon) and not inverted:
            continue
        if hit.group.type in SPEECH_TYPES and _accused_of(doc[hit.start]):
            continue  # "accused Beijing of supporting Moscow's war effort": the deed blamed, no words of Beijing's
        event = _event(doc, sent, index, hit, mentions, lexicon, context, attribution)
        if event is not None and inverted and not event.targets:
            event = replace(event, targets=inverted)  # "Also detained was the former governor, Luis Otero"
        if event is None or conditional(doc, sent, hit) or reason_of_blame(doc, sent, hit, hits):
            continue
        if _a_tally(doc, sent, hit, event):
            continue
        if event.type == "Assault" and _cyber_attack(doc, hit, event, mentions, lexicon):
            continue  # "hackers attacked the senate's email servers": no violence against people
        if event.type == "Assault" and is_nominal(doc, sent, hit) and _determined(doc[hit.end - 1]) \
                and doc[hit.end - 1].lemma_.lower() == "attack" and not event.targets \
                and any(e.type == "DataLeak" and index - e.sentence <= 6 for e in context.history) \
                and not any(e.type == "Assault" for e in context.history):
            continue  # "Hackers began publishing the records ... . Police believe the attack was carried out by
            # individuals in Russia": the attack is the hack told, no violence
        if event.type == "Assault" and _riot(doc, sent, hit, event, mentions, lexicon):
            event = replace(event, type="Protest")  # "Protesters stormed parliament": a violent protest (CAMEO 145)
        event = _relative_with_pronoun(doc, hit, event, mentions, lexicon)
        if event.type == "Election" and doc[hit.start].lemma_.lower() in ("elect", "re-elect", "reelect") \
                and event.targets and not event.agents:
            event = replace(event, agents=event.targets, targets=())  # "Bazoum was elected president": he won it
            # (who wins an election is its agent, as "Lukashenko says he won by a landslide")
        if event.type == "Election":
            winner = _winner_of(doc, doc[hit.end - 1], mentions, lexicon)
            if winner is not None:  # "Tinubu defeated Atiku in the February election": the winner, no loser
                event = replace(event, agents=(winner.key,), targets=())
            elif _beaten_at(doc[hit.end - 1], lexicon):
                event = replace(event, agents=())  # "Thugs beat opposition supporters in the election": they won none
        elif event.type == "Assault" and _won_in_a_vote(doc[hit.start], mentions, lexicon):
            continue  # "Erdogan beat Kilicdaroglu in the runoff": a vote won, no blow
        if event.type == "Meeting" and len(set(event.agents) | set(event.targets)) == 1 \
                and all(k.startswith("group/") for k in event.agents) \
                and not (doc[hit.end - 1].dep_ == "dobj" and any(c.dep_ == "nsubj" for c in doc[hit.end - 1].head.children)) \
                and any(
                    m.key in event.agents and m.start > sent.start and doc[m.start - 1].lower_ == "with"
                    and not any(m2.key in event.agents and m2.start < m.start for m2 in mentions) for m in mentions):
            continue  # "after talks with bondholders broke down": a group met by someone unnamed, no meeting told
        if event.type in ("Arrest", "Release", "Assault") and event.targets:
            # "Relatives of those detained gathered": the detained are others than the relatives who stand for them
            kin = {m.key for m in mentions if m.key in event.targets
                   and doc[m.end - 1].lemma_.lower() in lexicon.words["kin_heads"] and any(
                c.dep_ == "prep" and c.lower_ in ("of", "for") and c.left_edge.i <= hit.start <= c.right_edge.i
                for c in doc[m.end - 1].children)}
            if kin:
                event = replace(event, targets=tuple(k for k in event.targets if k not in kin))
                if not _has_substance(event):
                    continue
        if event.type == "Assault" and not event.targets:
            holders = _holders_of_the_struck(doc[hit.start], mentions, lexicon)
            if holders:  # "shelled positions held by the rebels", "bombed hideouts of the militants": who holds them
                event = replace(event, targets=holders)
        rigged = doc[hit.end - 1]
        if event.type == "Accusation" and rigged.lemma_.lower() == "rig" and not any(
                t.lemma_.lower() in lexicon.words["vote_nouns"]
                for t in [c for c in rigged.children if c.dep_ == "dobj"] or sent):
            # (what the sentence names, when nothing is the verb's object: "an election ... that the opposition
            # says was rigged")
            continue  # "the militants rigged the bridge with explosives": no vote rigged, no one accused
        if event.type in ("ForceDisplay", "Assault") and not event.agents and is_nominal(doc, sent, hit):
            event = replace(event, agents=_fleet_state(doc, hit, lexicon))  # "Chinese coast guard ships fired water
            # cannon at a Philippine boat": the state whose ships fired
        if event.type == "Protest" and doc[hit.start:hit.end].text.lower() == "in protest" and event.agents \
                and all(m.type in ("Country", "Person") for m in mentions if m.key in event.agents):
            event = replace(event, agents=())  # "Turkey canceled a visit by Sweden's defense minister in protest":
            # a reason, no protest of his; a protest of people told beside it takes what it is against (a union or
            # a party "in protest" protests)
            if not _has_substance(event):
                continue
        if event.type == "Arrest" and doc[hit.start].lemma_.lower() in lexicon.words["taking_lemmas"] and (
                event.agents and _each_headed(event.agents, mentions, lexicon.words["abductor_heads"])
                or any(c.dep_ in ("oprd", "xcomp") and c.lemma_.lower() in lexicon.words["captive_nouns"]
                       for c in doc[hit.start].children)):
            event = replace(event, type="Assault")  # "held by militants", "gunmen seized", "were held hostage":
            # hostages taken (CAMEO 181); who "detained" or "arrested" arrests, as the contract's words say
        if event.type == "Criticism" and doc[hit.start].lemma_.lower() == "protest" and doc[hit.start].dep_ in (
                "advcl", "xcomp") and any(c.dep_ == "aux" and c.lower_ == "to" for c in doc[hit.start].children) \
                and any(h.group.type == "Protest" and h is not hit
                        and doc[hit.start].head.left_edge.i <= h.start <= doc[hit.start].head.right_edge.i
                        and not doc[hit.start].left_edge.i <= h.start <= doc[hit.start].right_edge.i for h in hits):
            continue  # "went on hunger strike to protest his detention": the protest's aim, no words of blame (but
            # "summoned the ambassador to protest the arms sale" protests in words)
        if event.type == "Arrest" and doc[hit.start].lemma_.lower() == "serve" and _sentence_not_served(doc, hit, lexicon):
            continue  # "avoided serving a prison sentence", "is serving a suspended sentence": no one held
        if event.type == "Sanction" and (owners := _owners_of_what_is_frozen(doc, hit, mentions, lexicon)):
            event = replace(event, targets=owners)  # "froze the assets of three Iranian firms", "froze his assets"
        if event.type in ("Arrest", "Assault") and doc[hit.start].lemma_.lower() in lexicon.words["capturing_lemmas"]:
            verb = doc[hit.start]
            if not event.agents and not any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children) or any(
                    c.dep_ in ("prep", "agent") and c.lower_ in ("on", "in", "by") and any(
                        g.lemma_.lower() in lexicon.words["recording_nouns"] for g in c.subtree) for c in verb.children):
                continue  # "the images captured protesters fleeing tear gas", "were captured on CCTV": a picture, no
                # one taken (but "the suspect was captured in Texas")
            state_like = lexicon.words["arresting_heads"] | lexicon.words["state_body_words"]
            if event.type == "Arrest" and event.agents and not all(
                    k.startswith("country/") or k.split("/")[-1].split("-")[-1] in state_like for k in event.agents):
                event = replace(event, type="Assault")  # "Hamas captured more than 240 people": taken by an armed
                # group, hostages (CAMEO 181); who captures for a state arrests
        if event.type == "Arrest" and doc[hit.start].lemma_.lower() == "pick" and (
                not _each_headed(event.agents, mentions, lexicon.words["arresting_heads"]) if event.agents
                else not any(c.dep_ in ("auxpass", "nsubjpass") for c in doc[hit.start].children)):
            continue  # "the coast guard picked up 40 migrants", "a bus picked up the students": no arrest
        if _only_the_one_met(doc, hit, event, mentions):
            event = _meets_the_one_met(doc, hit, event, mentions, context)
            if event is None:
                continue
        if event.type == "Meeting" and len(set(event.agents) | set(event.targets)) == 1 and any(
                m.key in event.agents and m.type == "Group" and is_singular_person(m.text, _group_heads(lexicon))
                for m in mentions):
            continue  # "a 71-year-old man shot him after a government meeting": one person meets no one
        called = _called_by_phone(doc, hit, mentions) if event.type == "Meeting" else None
        if called == ():
            continue  # "spoke to the families of the victims by phone": no party named
        if called:  # "Biden spoke to Netanyahu about the hostages by phone": who is spoken to, not the call's topic
            before = {m.key for m in mentions if m.end <= hit.start}
            parties = tuple(dict.fromkeys(tuple(k for k in event.agents if k in before) + called))
            event = replace(event, agents=parties, targets=parties)
        if event.type == "Meeting" and is_nominal(doc, sent, hit) and _refused_talks(doc[hit.end - 1], lexicon):
            continue  # "Student leaders rejected an offer of talks", "refused to join talks": no one met
        if event.type == "Meeting" and _a_states_own_meetings(doc, hit, event, mentions):
            continue  # "China's annual political meetings": a state meets no one by itself (but "Ankara was ready to
            # host talks", "Russia's envoy said at Friday's meeting": it hosts or takes part in a meeting of others)
        if is_nominal(doc, sent, hit) and definite(doc, sent, hit) and event.type == "Restriction" \
                and not (event.agents or event.targets or event.places):
            continue  # "The ban took effect on January 1": a ban told before, or none told at all
        if is_nominal(doc, sent, hit) and definite(doc, sent, hit) and event.type == "Election" \
                and doc[hit.end - 1].lemma_.lower() == "vote" and not event.agents:
            continue  # "Germany might abstain from the vote": a vote told before, or a decision on a measure
        if _restated_by_its_noun(doc, sent, hit, event, context.history, mentions, hits):
            continue  # "The Treasury said the measures freeze any assets they hold": the sanctions told before
        # ("The protest was the culmination of months of demonstrations": the noun a copula describes is the
        # one told, whatever the clauses after it date or place)
        noun = doc[hit.end - 1]
        described = noun.dep_ == "nsubj" and noun.head.lemma_ == "be" and not any(
            c.lower_ in ("next", "another", "separate", "second", "new", "first", "latest") for c in noun.children) \
            and not any(c.dep_ == "prep" and any(g.ent_type_ in ("GPE", "LOC", "DATE") for g in c.subtree)
                        for c in noun.children)  # (but "The next rally will be in Kragujevac", "The protest in Batumi")
        if is_nominal(doc, sent, hit) and definite(doc, sent, hit) and any(
                _refers_to(event, earlier) or (possessed(doc, hit) or described) and earlier.type == event.type
                for earlier in context.history):
            continue
        if is_nominal(doc, sent, hit) and _determined(doc[hit.end - 1]) and event.type in SCENE_TYPES \
                and not _names_its_own(doc, hit, mentions) \
                and not _told_as_another(doc, sent, hit) and any(
                    _same_kind(event, earlier) and earlier.sentence < index
                    and (not event.places or not earlier.places or set(event.places) & set(earlier.places))
                    and all(not earlier.date or _same_time(day, earlier.date) for day in _noun_days(doc, hit, context))
                    for earlier in context.history):
            continue  # "accused the Taliban of plotting the attack", "the victims of the Kabul attack": the attack
            # told before, whoever the words around the noun name
        events.append((hit, event))
    # "Iran condemned the attack as a clear violation of Yemen's sovereignty, spokesman Nasser Kanani said": the
    # judgement is the condemnation's own words, no second criticism of its speaker's
    judging = {h.start for h, e in events if e.type in ("Criticism", "Denial") and not h.group.evaluative
               and doc[h.start].pos_ == "VERB"}
    events = [(h, e) for h, e in events if not (
        e.type == "Criticism" and h.group.evaluative and _verb_above(doc[h.start]) in judging)]
    # "accused the troops of killing civilians, charges the government rejected": the charges are the accusation
    # told, rejected; no second one
    rejected_claims = {_claim_restated_before(doc, h.start) for h, e in events
                       if doc[h.start].lemma_.lower() in _REJECTING | {"deny"}}
    events = [(h, e) for h, e in events if not (e.type == "Accusation" and h.start in rejected_claims)]
    # "Gunmen abducted 287 pupils, residents said, the latest mass kidnapping in the country": the noun sums up
    # the act told before it, no second one
    events = [(h, e) for h, e in events if not (
        is_nominal(doc, sent, h) and any(c.dep_ == "amod" and c.lower_ in _SUMMING_UP for c in doc[h.end - 1].children)
        and any(o.type == e.type and g.start < h.start and set(e.agents) <= set(o.agents) for g, o in events))]
    # (but "North Korea fired missiles, hours after the United States and South Korea began their largest joint
    # exercises": others' act)
    # "was detained in a dawn raid on his home": a raid that makes arrests is the arrests' search, no assault
    if any(e.type == "Arrest" for _, e in events):
        events = [(h, e) for h, e in events if not (e.type == "Assault" and doc[h.end - 1].lemma_.lower() == "raid")]
    # "Kanaani condemned the decision as illegal": the words of blame are the condemnation's, his state's no other
    critics = {k for h, e in events if e.type == "Criticism" and not h.group.evaluative for k in e.agents}
    critics |= {a for k in critics for a in context.affiliations.get(k, ())}
    events = [(h, e) for h, e in events if not (h.group.evaluative and e.type == "Criticism" and set(e.agents) & critics)]
    events = _threatened_acts(doc, events, lexicon)
    # "the group claimed to be holding 200 hostages": the act claimed is the event, its claimant no speaker besides
    told_acts = [(h.start, e.agents) for h, e in events if e.type not in SPEECH_TYPES | {"Threat"} and e.agents]
    events = [(h, e) for h, e in events if not (
        e.type == "Statement" and e.agents and not is_nominal(doc, sent, h) and not _is_appeal(doc[h.start].text)
        and any(c.dep_ in ("xcomp", "ccomp") and c.left_edge.i <= k <= c.right_edge.i and agents == e.agents
                for c in doc[h.start].children for k, agents in told_acts))]
    events = _acts_of_their_noun(doc, sent, events)
    events = _dragged_to_be_killed(doc, events)
    events = [(h, _named_members(doc, sent, e, mentions)) for h, e in events]
    # "will host peace talks between Russia and Ukraine": the talks are the meeting, not the hosting
    # ("rolled over deposits": the noun's event takes what the verb tells it lacks, its lender)
    nouns = {h.end - 1: e.type for h, e in events if is_nominal(doc, sent, h)}
    telling = {c.i: e for h, e in events if not is_nominal(doc, sent, h)
               for c in doc[h.start].children if c.dep_ == "dobj" and nouns.get(c.i) == e.type}
    events = [(h, _told_by_verb(e, telling[h.end - 1]) if is_nominal(doc, sent, h) and h.end - 1 in telling else e)
              for h, e in events if is_nominal(doc, sent, h) or not any(
                  c.dep_ == "dobj" and nouns.get(c.i) == e.type for c in doc[h.start].children)]
    found = [e for e in _merge_same_type(doc, sent, events) if _has_substance(e)]
    # "was then attacked with gunfire, killing all the civilians": who suffers an act does not do it to themselves
    found = [replace(e, agents=tuple(k for k in e.agents if k not in e.targets))
             if e.type != "Meeting" and set(e.agents) & set(e.targets)
             and not (len(e.agents) > 1 and set(e.agents) == set(e.targets)) else e for e in found]  # (not "each other")
    appealers = [e.agents for e in found if e.type == "Statement" and e.agents and _is_appeal(e.trigger)]
    if appealers:  # "urged Russia to accept a ceasefire or face additional sanctions": who urges threatens
        found = [replace(e, agents=appealers[0]) if e.type == "Sanction" and e.status == "threatened" and not e.agents
                 else e for e in found]
    # "the Kremlin said the accusations were baseless": blame said of a claim denies it; the claim is no new one
    claims = {doc[h.start:h.end].text for h in hits if doc[h.end - 1].lemma_.lower() in CLAIM_NOUNS}
    judged_claims = [e for e in found if e.type == "Accusation" and e.trigger in claims]
    judges = [e for e in found if e.type in ("Criticism", "Denial") and e.trigger not in claims
              and any(h.group.evaluative and doc[h.start:h.end].text == e.trigger for h in hits)]
    if judged_claims and judges:
        found = [replace(e, type="Denial", targets=()) if e in judges else e for e in found if e not in judged_claims]
    # who rejects an allegation and calls it baseless denies it; the blame words are part of the denial
    deniers = {k for e in found if e.type == "Denial" for k in e.agents}
    found = [e for e in found if not (e.type == "Criticism" and set(e.agents) & deniers)]
    protesters = {k for e in found if e.type == "Protest" for k in e.agents}
    # "Workers walked out, demanding higher wages": what protesters demand is their protest's, no claim apart
    found = [e for e in found if not (e.type == "Statement" and e.agents and set(e.agents) <= protesters)]
    critics = {k for e in found if e.type == "Criticism" for k in e.agents}
    # who criticises says nothing more, also when they appeal in the same breath
    # ("have condemned Mhlanga's arrest and urged the government to drop all charges")
    found = [e for e in found if not (e.type == "Statement" and set(e.agents) & critics)]
    # "Police arrested 30 people, the government announced": who reports an event is its source, no speaker of
    # more (but "urged", "called on" appeal: words of their own)
    sourced = {k for e in found if e.type != "Statement" for k in e.sources}
    attributing = {speech.verb for speech in attribution.speeches}  # (the verb that tells the event: not "said it
    # had shot down 10 drones, and announced new mobilization rules")
    reporting = {doc[h.start:h.end].text for h, _ in events
                 if h.end - h.start == 1 and doc[h.start].lemma_.lower() in lexicon.words["speech_lemmas"]
                 and h.start in attributing}
    found = [e for e in found if not (e.type == "Statement" and e.agents and set(e.agents) <= sourced
                                      and e.trigger in reporting)]
    verbal = [h for h, _ in events if not is_nominal(doc, sent, h)]
    # (an act said not to be done, or to come, with no one, nothing and no figure, is no event a person who says it
    # is the source of: "“We will not pay,” said the finance minister, Anna Kowalski" is her statement)
    unheld = {h.start for h, e in events if not is_nominal(doc, sent, h) and not _has_substance(e)
              and e.status != "occurred"}
    # (an election only spoken of is no event the speaker is the source of: "said it had concerns about the vote")
    topics = {doc[h.start:h.end].text for h, _ in events if _election_as_topic(doc, sent, h, lexicon)}
    return found + _statements(doc, index, verbal, attribution, context,
                               [e for e in found if not (e.type == "Election" and e.trigger in topics)], mentions, lexicon,
                               unheld)


_SUMMING_UP = frozenset({"latest", "last", "largest", "biggest", "worst", "deadliest", "bloodiest"})
"""Words by which a noun sums up the act just told ("the country's largest mass kidnapping in three years")."""

_HARMING_LEMMAS = frozenset({"blow", "detonate", "open", "fire", "shoot", "attack", "bomb", "strike", "stab", "ram",
                            "explode", "shell", "storm", "ambush"})
"""Verbs whose subject, in a "when" clause of a harm told in the passive, did the harm ("when gunmen opened fire")."""


def _named_after_be(doc: Doc, sent: Span, hit: Hit, mentions: list[Mention]) -> tuple[str, ...]:
    """Who an act done to people is told of after "was"/"were" when the act opens the clause: "Also detained was
    the former governor, Luis Otero", "Among those freed were two journalists" (the people named after the verb);
    () for any other order."""
    token = doc[hit.end - 1]
    if hit.end - hit.start != 1:
        return ()
    if token.tag_ == "VBN" and hit.end < sent.end and doc[hit.end].lower_ in ("was", "were") \
            and all(t.lower_ in ("also", "similarly", "likewise", ",") for t in doc[sent.start:hit.start]):
        be = doc[hit.end]
    elif token.dep_ == "pobj" and token.head.lower_ == "among" and hit.start > sent.start \
            and doc[hit.start - 1].lower_ in ("those", "the") and token.head.head.lemma_ == "be":
        be = token.head.head
    else:
        return ()
    named = [m for m in mentions if be.i < m.start < sent.end and m.type in PEOPLE_TYPES]
    # the first named, and those joined to it ("were Ana Ortiz and Luis Otero")
    return tuple(dict.fromkeys(m.key for m in named[:1] + [
        m for m in named[1:] if all(t.lower_ in ("and", ",") for t in doc[named[0].end:m.start])]))


def _holders_of_the_struck(verb: Token, mentions: list[Mention], lexicon: Lexicon) -> tuple[str, ...]:
    """Who holds the places a verb of attack strikes: "positions held by the rebels", "areas controlled by
    al-Shabab" (the by-phrase), "hideouts of the militants" (the of-phrase); () if none is named."""
    if verb.pos_ != "VERB":
        return ()
    holders = []
    for place in (c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in lexicon.words["held_place_nouns"]):
        for c in place.children:
            if c.dep_ == "acl" and c.lemma_.lower() in lexicon.words["holding_lemmas"]:
                holders += [g for by in c.children if by.dep_ == "agent" for g in by.children if g.dep_ == "pobj"]
            elif c.dep_ == "prep" and c.lower_ == "of":
                holders += [g for g in c.children if g.dep_ == "pobj"]
    # "fired on Evo Morales's car", "on his convoy", "on a bus carrying pilgrims": who is in it
    carriers = [g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("on", "at", "into") for g in c.children
                if g.dep_ == "pobj" and g.lemma_.lower() in lexicon.words["carrier_nouns"]]
    for carrier in carriers:
        for c in carrier.children:
            if c.dep_ == "poss":
                holders.append(c)
            elif c.dep_ == "prep" and c.lower_ == "of":
                holders += [g for g in c.children if g.dep_ == "pobj"]
            elif c.dep_ == "acl" and c.lemma_.lower() == "carry":
                holders += [g for g in c.children if g.dep_ == "dobj"]
    return tuple(dict.fromkeys(m.key for g in holders for m in mentions
                               if m.start <= g.i < m.end and m.type in ("Group", "Organization", "Country", "Person")))


def _charge_to_come(verb: Token, lexicon: Lexicon) -> bool:
    """"will be charged with kidnapping", "Prosecutors plan to indict him": a formal charge told as to come, by a
    modal on its verb or a verb of intent (not "it would be difficult to charge them")."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in lexicon.words["formal_charge_lemmas"]:
        return False
    if verb.lemma_.lower() == "charge" and not any(c.dep_ == "prep" and c.lower_ == "with" for c in verb.children):
        return False  # "Foreigners will be charged $50 for a visa": a fee
    if any(c.dep_ == "aux" and c.lower_ in ("will", "would", "shall", "'ll") for c in verb.children):
        return True
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in ("plan", "intend", "expect", "seek", "vow", "move")


def _winning_verb(noun: Token, lexicon: Lexicon) -> Token | None:
    """The verb of winning whose "in" or "at" phrase names the vote `noun` ("defeated X in the election", "beat
    voters at the polls"), else None."""
    verb = noun.head.head
    if noun.dep_ == "pobj" and noun.lemma_.lower() in lexicon.words["vote_nouns"] and noun.head.lower_ in ("in", "at") \
            and verb.pos_ == "VERB" and verb.lemma_.lower() in lexicon.words["winning_lemmas"]:
        return verb
    return None


def _won_in_a_vote(verb: Token, mentions: list[Mention], lexicon: Lexicon) -> bool:
    """"beat X in the runoff", "defeated X in the vote": a vote won, told with a verb of winning whose object is a
    candidate or a party (not "Thugs beat opposition supporters in the January election")."""
    winners = [c for c in parse.subject_tokens(verb)[0]]
    if verb.lemma_.lower() in ("beat", "defeat") and _rival(verb, mentions) and winners and all(
            c.lower_ in ("he", "she", "who") or (m := parse.mention_of(c, mentions)) is not None
            and m.type in ("Person", "Organization") for c in winners) and (
            any(c.dep_ == "dobj" and (c.lemma_.lower() in _CONTENDERS or any(
                g.dep_ in ("amod", "compound") and g.lemma_.lower() in _CONTENDERS for g in c.children))
                for c in verb.children)
            or any(c.dep_ in ("advcl", "conj") and c.lemma_.lower() == "win" and any(
                g.text == "%" or g.lower_ in ("percent", "vote", "votes", "run-off", "runoff") for g in c.subtree)
                for c in verb.children)):
        return True  # "Sandu beat the incumbent Igor Dodon", "beat him four years later, winning 57.7% in a run-off"
        # (a candidate or a party beats; "Soldiers beat the opposition candidate" strike him)
    return any(_winning_verb(g, lexicon) == verb for c in verb.children if c.dep_ == "prep" for g in c.children) \
        and (verb.lemma_.lower() != "beat" or _rival(verb, mentions))


_CONTENDERS = frozenset({"incumbent", "challenger", "candidate", "rival", "opponent", "contender", "frontrunner"})
"""Who one beats in a vote ("beat the incumbent")."""


def _beaten_at(noun: Token, lexicon: Lexicon) -> bool:
    """Whether the vote `noun` names is where a verb of beating strikes or defeats someone ("Police beat voters at
    the polls", "the man most likely to defeat Erdogan at the next election"): whom it takes won nothing."""
    verb = _winning_verb(noun, lexicon)
    return verb is not None and verb.lemma_.lower() != "win"


def _rival(verb: Token, mentions: list[Mention]) -> bool:
    """Whether the one a verb of winning beats, its object or its passive subject, is a candidate or a party (a
    person or a body, or "who" or "he" for one)."""
    beaten = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    return any((m := parse.mention_of(c, mentions)) is not None and m.type in ("Person", "Organization")
               or c.lower_ in ("who", "he", "she", "him", "her") for c in beaten)


def _ouster_demanded(doc: Doc, hit: Hit, mentions: list[Mention], lexicon: Lexicon) -> tuple[str, ...]:
    """Whom a protest demands go: "rallied to demand the resignation of Prime Minister X", "marched demanding that
    President X step down", "gathered calling for X to resign" (the contract's Protest target: who it is against)."""
    verb = doc[hit.start] if doc[hit.start].pos_ == "VERB" else doc[hit.end - 1].head \
        if doc[hit.end - 1].dep_ in ("nsubj", "dobj") and doc[hit.end - 1].head.pos_ == "VERB" else None
    if verb is None:
        return ()
    # (not a clause with a subject of its own: "and the president called for the prime minister to resign")
    demands = [c for c in verb.children if c.dep_ in ("xcomp", "advcl", "conj")
               and c.lemma_.lower() in lexicon.words["demanding_lemmas"] and not any(g.dep_ == "nsubj" for g in c.children)]
    out: list[str] = []
    for demand in demands:
        for t in demand.subtree:
            if t.lemma_.lower() in lexicon.words["ouster_nouns"]:
                ones = [g for c in t.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children]
            elif t.pos_ == "VERB" and t.lemma_.lower() in lexicon.words["leaving_office_lemmas"] and _leaves_office(t):
                ones = [c for c in t.children if c.dep_ == "nsubj"]
            else:
                continue
            out += [m.key for o in ones for m in mentions if m.start <= o.i < m.end and m.type in ("Person", "Organization")]
    return tuple(dict.fromkeys(out))


def _leaves_office(verb: Token) -> bool:
    """Whether a verb of going tells a leader's going ("resign", "step down", "quit", "leave office"), not a move
    ("French troops leave Niger", "Russia leave Ukraine", "go further")."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if verb.lemma_.lower() == "step":
        return any(c.dep_ == "prt" and c.lower_ in ("down", "aside") for c in verb.children)
    if objects:
        return all(o.lemma_.lower() in ("office", "power", "post", "presidency", "government") for o in objects)
    return verb.lemma_.lower() != "go" or not any(c.dep_ in ("advmod", "prep", "acomp") for c in verb.children)


def _government_body(key: str, mentions: list[Mention], lexicon: Lexicon) -> bool:
    """Whether the organisation `key` is told as a government's body ("Vietnam's foreign ministry", "the State
    Department"), which protests in words; a party, a union or an association protests in the street."""
    return any(m.key == key and m.text.lower().split()[-1] in lexicon.words["government_body_words"] for m in mentions)


def _winner_of(doc: Doc, noun: Token, mentions: list[Mention], lexicon: Lexicon) -> Mention | None:
    """Who won the vote `noun` names, where a verb of winning takes it in a phrase: "X defeated Y in the election"
    (its subject), "X was declared the winner of the vote" (who is declared), "declared X the winner of the poll";
    else None. And "the election, which the council said Maduro had won": who the relative clause says won it."""
    if noun.lemma_.lower() in lexicon.words["vote_nouns"] and (relative := next(
            (c for c in noun.children if c.dep_ == "relcl"), None)) is not None:
        won = [t for t in relative.subtree if t.pos_ in ("VERB", "AUX") and t.lemma_.lower() == "win" and not any(
            c.dep_ == "dobj" and c.lower_ not in ("which", "that") for c in t.children)]
        if won:
            return next((m for c in won[0].children if c.dep_ == "nsubj" for m in mentions
                         if m.start <= c.i < m.end and m.type in ("Person", "Organization", "Group")), None)
    if noun.dep_ != "pobj" or noun.lemma_.lower() not in lexicon.words["vote_nouns"]:
        return None
    head = noun.head.head
    if noun.head.lower_ == "of" and head.lemma_.lower() in ("winner", "victor"):
        declared = head.head
        if declared.pos_ != "VERB" or declared.lemma_.lower() not in ("declare", "name", "proclaim", "confirm"):
            return None
        who = [c for c in declared.children if c.dep_ in ("nsubjpass", "dobj") and c.i != head.i]
    elif _winning_verb(noun, lexicon) is not None:
        if head.lemma_.lower() == "beat" and not _rival(head, mentions):
            return None  # "Police beat voters at the polls": no one won by it
        who = [c for c in head.children if c.dep_ == "nsubj"] or [  # "Kilicdaroglu, who was beaten by Erdogan"
            g for c in head.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    elif noun.head.lower_ in ("in", "at") and head.pos_ == "VERB" and head.lemma_.lower() == "lose":
        # "Odinga, who lost to Ruto in the 2022 election": who it was lost to
        who = [g for c in head.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children if g.dep_ == "pobj"]
    else:
        return None
    return next((m for c in who for m in mentions if m.start <= c.i < m.end and m.type in ("Person", "Organization")),
                None)


def _literal_fire(doc: Doc, hit: Hit, lexicon: Lexicon) -> bool:
    """Whether who "came under fire", or from whom, is armed or a target of arms (troops, a convoy, militants)."""
    armed = lexicon.words["fighter_heads"] | lexicon.words["state_force_heads"] | {
        "army", "military", "convoy", "base", "vehicle", "patrol", "checkpoint", "soldier", "troop", "police"}
    verb = doc[hit.start]
    words = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    words += [g for t in doc[hit.end:min(len(doc), hit.end + 2)] if t.lower_ == "from" for g in t.children
              if g.dep_ == "pobj"]
    return any(w.lower_ in armed or w.lemma_.lower() in armed
               or any(c.dep_ == "amod" and c.lower_ in ("armed", "masked") for c in w.children) for w in words)
    # ("came under fire from about 50 armed men")


def _under_words(doc: Doc, hit: Hit, mentions: list[Mention]) -> bool:
    """Whether who "came under attack" is a person or a body of government, or it came from critics, lawmakers,
    unions: words (not "the train came under attack", "it came under attack while passing through a tunnel")."""
    verb = doc[hit.start]
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    sources = [g for t in doc[hit.end:min(len(doc), hit.end + 2)] if t.lower_ == "from" for g in t.children
               if g.dep_ == "pobj"]
    return any((m := parse.mention_of(t, mentions)) is not None and m.type in ("Person", "Organization", "Country")
               or t.lemma_.lower() in _CRITICISED_HEADS for t in subjects) \
        or any(t.lemma_.lower() in _CRITICS_HEADS for t in sources)


_THREATENING_CONDITIONS = frozenset({"consumption", "climate", "change", "rise", "erosion", "pollution", "inflation",
                                     "shortage", "decline", "loss", "development", "deforestation", "competition",
                                     "poaching", "overfishing", "use", "demand", "extinction", "warming", "level",
                                     "mining", "logging", "urbanisation", "urbanization", "neglect", "debt"})
"""What a place or a people "threatened by" is at risk of, no one threatening ("threatened by rising seas")."""

_CRITICISED_HEADS = frozenset({"government", "minister", "president", "leader", "policy", "plan", "law", "bill",
                               "decision", "budget", "company", "party", "administration", "official", "proposal"})
_CRITICS_HEADS = frozenset({"critic", "opposition", "lawmaker", "legislator", "union", "activist", "group", "rival",
                            "medium", "press", "commentator", "party", "campaigner", "economist", "analyst",
                            "conservative", "liberal", "voter", "parent", "resident", "scientist", "expert"})


_NOT_HELD = frozenset({"guard", "warden", "worker", "staff", "employee", "lawyer", "visitor", "officer", "official",
                       "nurse", "doctor", "inspector", "delegation", "relative", "family", "chaplain", "journalist"})
"""Who walks out of a prison without having been held there (guards, lawyers, visitors)."""


def _doer_when(doc: Doc, verb: Token, actors: list[Mention]) -> list[Mention]:
    """Who did a harm told in the passive by the "when" clause that tells how, with a verb of attack: "12 people
    were killed when a suicide bomber blew himself up" (the bomber), not a clause of anything else."""
    if not any(c.dep_ == "auxpass" for c in verb.children):
        return []
    # ("were killed and dozens wounded when ...": the clause may hang on the verb joined to it)
    for clause in (c for v in (verb, *(j for j in verb.children if j.dep_ == "conj")) for c in v.children
                   if c.dep_ == "advcl"):
        if not any(m.dep_ in ("mark", "advmod") and m.lower_ == "when" for m in clause.children) \
                or clause.lemma_.lower() not in _HARMING_LEMMAS or any(c.dep_ == "auxpass" for c in clause.children):
            continue  # ("were killed when police raided a hideout", "as the army battled militants": not theirs)
        subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        found = parse.mention_of(subject, actors) if subject is not None else None
        if found is not None and found.type in ("Group", "Organization", "Country"):
            return [found]
    return []


def _deed_of(token: Token) -> Token:
    """The verb an accusation's "of" takes, from a verb that completes it or goes on from it: "accused him of
    plotting to kill", "of firing water cannon ..., injuring a crew member" (else the token itself)."""
    for _ in range(3):
        if token.dep_ in ("xcomp", "conj") and token.head.pos_ in ("VERB", "NOUN") \
                or token.dep_ == "advcl" and token.tag_ == "VBG" and token.head.pos_ == "VERB" \
                and token.head.dep_ in ("pcomp", "pobj", "xcomp", "conj"):
            token = token.head
        elif token.dep_ == "advcl" and token.tag_ == "VBG" and token.head.lemma_.lower() in ("accuse", "charge"):
            # (the parse may hang the participle on "accused" itself)
            told = [t for t in token.head.subtree if t.dep_ == "pcomp" and t.head.lower_ in ("of", "with")
                    and t.i < token.i]
            token = told[-1] if told else token
    return token


def _accused_of(token: Token) -> bool:
    """Whether a verb is the deed of an accusation's "of" ("accused X of supporting Y", "charged with inciting",
    also past a verb it completes: "accused him of plotting to kill")."""
    token = _deed_of(token)
    head = token.head
    accusing = ("accuse", "charge", "suspect", "convict", "accusation", "allegation")
    if token.dep_ not in ("pcomp", "pobj") or head.lower_ not in ("of", "with"):
        return False  # ("accused Russian troops of torture": a noun of the deed too)
    # (or the parse hangs "of" on the accused: "accused foreign intelligence services of financing the protests")
    return head.head.lemma_.lower() in accusing \
        or head.head.dep_ == "dobj" and head.head.head.lemma_.lower() in accusing


def _accuser(token: Token, mentions: list[Mention]) -> Mention | None:
    """Who makes the accusation whose deed `token` is (the subject of "accused ... of", active only)."""
    token = _deed_of(token)
    verb = token.head.head
    if verb.dep_ == "dobj":
        verb = verb.head
    if verb.pos_ != "VERB":
        return None
    return next((m for c in verb.children if c.dep_ == "nsubj" for m in [parse.mention_of(c, mentions)]
                 if m is not None), None)


def _names_its_own(doc: Doc, hit: Hit, mentions: list[Mention]) -> bool:
    """Whether an event noun's own phrase names a participant, a count or a day ("the arrest of Mhlanga",
    "Hamas's attack", "the attack on the police", "the March 3 bombing"); "the attack", "the Kabul attack" and
    "Tuesday's attack" name none but a place or the day told before."""
    head = doc[hit.end - 1]
    phrase = {t.i for t in head.subtree} - set(range(hit.start, hit.end))
    if any(m.start in phrase and not m.locative and m.type != "City" for m in mentions):
        return True
    return any(doc[i].like_num or doc[i].ent_type_ == "DATE" and doc[i].lower_ not in _DAY_OWNERS
               for i in phrase)


_ANOTHER = frozenset({"separate", "another", "second", "new", "other", "latest", "fresh"})


def _told_as_another(doc: Doc, sent: Span, hit: Hit) -> bool:
    """Whether an event noun is told as another one than those before: its own word ("a new attack", "another
    bombing") or the sentence's opening ("In a separate incident, the bombing ...")."""
    noun = doc[hit.end - 1]
    opening = [t.lower_ for t in doc[sent.start:min(sent.end, sent.start + 4)]]
    return any(c.lower_ in _ANOTHER for c in noun.children) or bool(set(opening) & {"separate", "another"})


def _noun_days(doc: Doc, hit: Hit, context: SentenceContext) -> list[str]:
    """The dates an event noun's own phrase tells ("the March 3 bombing", "the attack on Thursday")."""
    head = doc[hit.end - 1]
    return [d[2] for d in context.dates if d[2] and head.left_edge.i <= d[0] <= head.right_edge.i]


def _determined(noun) -> bool:
    """Whether the parse gives an event noun a definite determiner of its own ("the attack", "this bombing") or a
    day as its owner ("Tuesday's attack"); "imposed martial law", "an attack" have none."""
    return any(c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those")
               or c.dep_ == "poss" and c.lower_ in _DAY_OWNERS for c in noun.children)


_DAY_OWNERS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "'s", "’s"})
"""Words of a day that owns an event noun ("Tuesday's attack"), with the possessive's own token."""


def _restated_by_its_noun(doc: Doc, sent: Span, hit: Hit, event: Event, history: tuple[Event, ...],
                          mentions: list[Mention], hits: list[Hit] = ()) -> bool:
    """A verb whose subject is a definite common noun that names no one ("the measures freeze any
    assets", "the sanctions target ...") restates an event of its type told in the last sentences."""
    verb = parse.verb_of(doc, hit.start, hit.end)
    if verb is None or is_nominal(doc, sent, hit):
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ != "NOUN" or any(m.start <= subject.i and m.end > subject.left_edge.i
                                                         for m in mentions) \
            or not any(c.dep_ == "det" and c.lower_ in ("the", "these", "this", "those") for c in subject.children):
        return False  # (a noun that its words before name someone: "The army-aligned government criticised")
    if any(c.dep_ == "appos" and any(m.start <= c.i < m.end for m in mentions) for c in subject.children):
        return False  # "The opposition leader, Raila Odinga, called for ...": a person, set off by commas
    if any(h.start <= subject.i < h.end and h.group.type == event.type for h in hits) and any(
            c.dep_ == "prep" and any(g.ent_type_ in ("DATE", "GPE", "LOC") for g in c.subtree) for c in subject.children):
        return False  # "the bombing in Kabul on Thursday killed 12 people": an act of its own place and day
    return any(e.type == event.type and 0 <= event.sentence - e.sentence <= 3 for e in history)


def _told_by_verb(noun: Event, verb: Event) -> Event:
    """The event of a noun that a verb of its type takes as object, with what the verb tells it lacks;
    a meeting that names one party has the verb's too ("Modi paid a visit to Mauritius"); one that
    names its parties has those ("will host peace talks between Russia and Ukraine": not the host)."""
    kept = fill_missing(noun, verb)
    if noun.type != "Meeting" or len(noun.agents) > 1:  # "will host peace talks between Russia and Ukraine"
        return kept
    parties = tuple(dict.fromkeys(verb.agents + noun.agents))
    return replace(kept, agents=parties, targets=parties)


def _acts_of_their_noun(doc: Doc, sent: Span, events: list[tuple[Hit, Event]]) -> list[tuple[Hit, Event]]:
    """"Hamas's attack on Israel killed about 1,200 people": a verb whose subject is a noun that names an
    event of its type tells more of that event (whom it befell, how many), not a second one."""
    nouns = {k: i for i, (h, e) in enumerate(events) if is_nominal(doc, sent, h) for k in range(h.start, h.end)}
    folded, out = set(), list(events)
    for i, (hit, event) in enumerate(events):
        verb = parse.verb_of(doc, hit.start, hit.end)
        if verb is None or is_nominal(doc, sent, hit):
            continue
        subject = next((c.i for c in verb.children if c.dep_ == "nsubj"), None)
        j = nouns.get(subject)
        if j is None or j in folded or events[j][1].type != event.type:
            continue
        noun = out[j][1]
        targets = tuple(dict.fromkeys(noun.targets + tuple(k for k in event.targets if k not in noun.agents)))
        out[j] = (out[j][0], replace(fill_missing(noun, event), targets=targets))
        folded.add(i)
    return [pair for i, pair in enumerate(out) if i not in folded]


def _is_appeal(trigger: str) -> bool:
    return trigger.lower().startswith(("urg", "call", "appeal", "ask", "press"))


def _threatened_acts(doc: Doc, events: list[tuple[Hit, Event]], lexicon: Lexicon) -> list[tuple[Hit, Event]]:
    """"Blinken threatened new sanctions against leaders", "threatened to impose sanctions on Sudan":
    a threat whose object is an act of its own type is that act, threatened by who threatens."""
    out = dict(enumerate(events))
    for n, (hit, threat) in enumerate(events):
        if threat.type != "Threat" or doc[hit.start].pos_ != "VERB":
            continue
        verb = doc[hit.start]
        for m, (inner_hit, inner) in enumerate(events):
            # (a phrasal verb by its verb: "threatened to shoot down U.S. spy planes")
            governed = any(token.dep_ in ("dobj", "xcomp") and token.head == verb
                           or token.dep_ == "dobj" and token.head.dep_ == "xcomp" and token.head.head == verb
                           and (token.head.lower_ in lexicon.words["light_verbs"]
                                or token.head.lemma_.lower() in lexicon.words["doing_verbs"] | lexicon.words["aspect_verbs"])
                           # ("threatened to impose sanctions"; not "threatened to break up the rally")
                           or token.dep_ == "pobj" and token.head.lower_ == "with" and token.head.head == verb
                           for token in {doc[inner_hit.end - 1], doc[inner_hit.start]})
            if m == n or m not in out or inner.type in ("Threat", "Statement") or not governed:
                continue  # "threatened sanctions", "threatened to arrest them", "threatened them with arrest"
            agents = threat.agents or inner.agents
            targets = tuple(k for k in inner.targets if k not in agents) or threat.targets
            out[m] = (inner_hit, replace(inner, status="threatened", agents=agents, targets=targets,
                                         sources=tuple(k for k in inner.sources if k not in agents)))
            out.pop(n, None)
    return [out[k] for k in sorted(out)]


def not_an_occurrence(doc: Doc, hit: Hit, lexicon: Lexicon) -> bool:
    """Whether the parse shows an event noun naming no happening: a predicate ("called the law an
    attack on democracy", "it was a massacre of the truth") or the object of an adjective ("is safe
    from arrest", "free from detention")."""
    if hit.start > 0 and doc[hit.start].lower_ == "in" and doc[hit.start - 1].lemma_.lower() in grammar.DURATIONS:
        return True  # "faces ten years in prison": a sentence's length, not a stay in prison
    token = doc[hit.end - 1]
    if hit.group.type == "Arrest" and (doc[hit.start].lemma_.lower() in ("jail", "imprison") or doc[hit.start].lower_ == "sent") \
            and any(c.dep_ == "prep" and c.lower_ == "for" and any(
                g.dep_ == "pobj" and (g.lower_ == "life" or g.lemma_.lower() in ("year", "month", "decade") and any(
                    n.dep_ == "nummod" or n.like_num for n in g.children)) for g in c.children)
                    for t in (doc[hit.start], token) for c in t.children):
        return True  # "was jailed for 30 years", "sent to prison for life": a sentence, no event of the contract
        # (but "jailed the activist for two days": held)
    verb = token if token.pos_ in ("VERB", "AUX") else token.head if token.dep_ == "dobj" \
        and token.head.lemma_.lower() in lexicon.words["doing_verbs"] else None
    modals = {c.lower_ for c in verb.children if c.dep_ == "aux"} if verb is not None and verb.tag_ == "VBN" else set()
    if "have" in modals and ("would" in modals or modals & {"could", "might"} and any(
            c.dep_ == "nsubj" and c.lemma_.lower() in lexicon.words["weapon_nouns"] for c in verb.children)):
        return True  # "a resolution that would have imposed sanctions", "the bomb could have killed hundreds": it
        # did not (but "the journalist might have been killed by Israeli fire": a guess at what did happen)
    if hit.group.type == "Meeting" and doc[hit.start].lemma_.lower() == "meet" and any(
            c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in lexicon.words["met_demands"]
            for c in doc[hit.start].children):
        return True  # "to meet the IMF's conditions", "failed to meet the targets": fulfilled, no one met
    if hit.group.type in ("Arrest", "Release") and token.pos_ == "VERB" and any(
            c.dep_ == "aux" and c.lower_ in ("should", "must", "ought") for c in token.children) \
            and any(c.dep_ == "auxpass" for c in token.children) and not any(
                c.dep_ in ("prep", "npadvmod") and (c.lower_ in ("under", "within") or any(
                    t.ent_type_ in ("DATE", "TIME") for t in c.subtree)) for c in token.children):
        return True  # "Trump said Newsom should be arrested", "the activists must be freed": a demand, no act (the
        # contract's appeals are Statements of who makes them); but "should be released on Friday", "must release
        # 33 hostages under the deal" are plans
    if hit.group.type == "Protest" and token.pos_ == "NOUN" and any(
            c.dep_ in ("compound", "amod") and c.text in lexicon.words["campaign_words"] for c in token.children) \
            and not any(t.lower_ in ("against", "over") or t.lemma_.lower() in lexicon.words["protest_purpose_lemmas"]
                        for t in (token.head.subtree if token.head.pos_ == "VERB" else token.subtree)):
        return True  # "a campaign rally", "an election rally": a candidate's meeting, no protest (CAMEO 14); but "an
        # election rally to demand the prime minister's resignation" protests
    if doc[hit.start].lemma_.lower() in APPEAL_LEMMAS and any(
            c.dep_ == "xcomp" and c.lemma_.lower() in lexicon.words["anonymity_verbs"]
            and {g.dep_ for g in c.children} >= {"auxpass", "neg"} for c in doc[hit.start].children):
        return True  # "an official who asked not to be named": how the speaker is quoted, no appeal
    if hit.group.type == "Arrest" and token.pos_ == "VERB" and any(
            c.dep_ == "aux" and c.lower_ in ("can", "could", "may", "might") for c in token.children) \
            and any(c.dep_ == "auxpass" for c in token.children) and not any(
                c.dep_ == "aux" and c.lower_ == "have" for c in token.children):  # ("may have been detained")
        return True  # "Organisers could be jailed for up to a year", "suspects can be held for 12 days": what the law
        # allows, no arrest (but "will be detained": a plan)
    if token.dep_ == "pcomp" and token.head.lower_ == "of" and token.head.head.lower_ == "short":
        return True  # "stopped short of criticising the government": not done
    if token.dep_ == "pobj" and token.head.lower_ == "to" and token.head.head.lemma_.lower() == "lead" \
            and token.head.head.tag_ == "VBG" and token.head.head.dep_ == "acl" \
            and token.head.head.head.lemma_.lower() in ("information", "tip", "intelligence", "reward", "bounty"):
        return True  # "rewards for information leading to the arrest of gang leaders": an arrest hoped for
    if token.dep_ in ("xcomp", "ccomp") and token.head.lemma_.lower() in ("allow", "permit", "authorize", "authorise",
                                                                          "empower", "enable", "let"):
        return True  # "the law allows police to detain suspects": what may be done is not done
    if token.dep_ in ("nsubj", "nsubjpass") and token.head.lemma_.lower() == "be" and any(
            c.dep_ == "acomp" and c.lower_ in ("common", "rare", "frequent", "widespread", "routine", "commonplace",
                                                "uncommon", "typical", "unusual", "regular")
            for c in token.head.children):
        return True  # "attacks on journalists are common in the region": a kind, not an event
    verb = doc[hit.start]
    if verb.dep_ == "pcomp" and verb.head.lower_ in ("of", "than") and (
            verb.head.head.lower_ in ("instead", "rather")
            or any(c.lower_ in ("instead", "rather") for c in verb.head.children)):
        return True  # "said instead of calling for an Asian NATO", "rather than arresting them": not done
    if hit.group.type == "Election" and token.lemma_.lower() == "vote" and any(
            c.dep_ == "prep" and c.lower_ in ("on", "against", "for") and any(
                g.dep_ in ("pobj", "pcomp") and g.pos_ in ("NOUN", "VERB") and not g.ent_type_
                and g.lemma_.lower() not in lexicon.words["electable_nouns"] for g in c.children)
            for c in token.children):
        return True  # "is set to vote Friday on a tariff increase", "must vote against the plan": a decision on a
        # measure, no election
    forbidden = ("ban", "bar", "prevent", "prohibit", "stop", "block", "keep", "restrict", "forbid", "exclude")
    if token.dep_ == "pcomp" and token.head.lower_ == "from" and token.head.head.lemma_.lower() in forbidden:
        return True  # "banned women from visiting parks": what is forbidden is not done
    if token.dep_ == "dobj" and token.head.dep_ == "pcomp" and token.head.head.lower_ == "from" \
            and token.head.head.head.lemma_.lower() in forbidden:
        return True  # "was barred from holding rallies": the rallies are not held
    if hit.group.type == "Election" and token.lemma_.lower() == "vote" and token.pos_ == "VERB" and (
            token.head.lemma_.lower() in ("register", "eligible", "enrol", "enroll", "qualify", "entitle")):
        return True  # "1.4 million people were registered to vote": who may vote, no vote told
    if hit.group.speech and token.pos_ == "VERB" and token.dep_ == "relcl" and token.tag_ == "VBP" \
            and token.head.tag_ == "NNS" and not any(c.dep_ in ("det", "poss", "nummod") for c in token.head.children) \
            and doc[token.head.i + 1].text != "," and token.head.head.tag_ not in ("VBD", "VBN"):
        return True  # "Foreign bloggers who praise China gain followers": what such people do, no one's words (but
        # "Relatives who accuse the army of abducting their sons marched on Friday", "Rights groups, which accuse")
    if token.lemma_.lower() == "plead" and any(t.lower_ in ("guilty", "innocent") for t in token.subtree):
        return True  # "pleaded guilty", "pleaded not guilty to all charges": a plea in court, no appeal or claim
    if hit.group.type in ("Protest", "Meeting") and token.pos_ == "NOUN" and (
            token.dep_ in ("dobj", "nsubjpass") and token.head.lemma_.lower() in ("ban", "prohibit", "forbid", "outlaw")
            or token.dep_ == "pobj" and token.head.lower_ == "on" and token.head.head.lemma_.lower() == "ban"):
        return True  # "banned demonstrations in the city", "a ban on protests": what is forbidden is not held
    if token.dep_ == "pobj" and token.head.lower_ == "from" and token.head.head.lemma_.lower() in (
            "release", "free", "escape", "flee"):
        return True  # "released X from house arrest": the state that ends, no new arrest
    if hit.group.type == "Restriction" and token.pos_ == "VERB" and any(
            c.dep_ == "dobj" and c.lemma_.lower() in lexicon.words["policy_nouns"] for c in token.children):
        return True  # "Hungary blocked the package", "vetoed the resolution": a decision stopped, no one restricted
    if token.pos_ == "VERB" and token.dep_ in ("acl", "relcl") and token.head.pos_ in ("NOUN", "ADJ") \
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children) \
            and not ({token.head.lower_} | {c.lower_ for c in token.head.children}) & parse.FIRST_WORDS:
        return True  # "the perfect place to hold criminals", "a deal to free the hostages": a purpose, not an act
        # (but "was the first to reject", "the only member to vote against": who did it first or alone)
    if token.pos_ == "VERB" and token.dep_ == "advcl" and not hit.group.speech \
            and hit.group.type not in ("Protest", "Meeting") and any(c.dep_ == "aux" and c.lower_ == "to"
                                                                    for c in token.children):
        return True  # "called the base the perfect place to hold criminals": what it is for; but "gathered to protest"
    if hit.group.type == "Protest" and token.lemma_.lower() == "demonstrate" and any(
            c.dep_ in ("dobj", "ccomp") for c in token.children):
        return True  # "we demonstrate the added value of Europe", "demonstrated that it works": shows, no protest
    if token.pos_ == "NOUN" and not hit.group.speech and token.dep_ == "pobj" \
            and token.head.lower_ in ("about", "of", "against") and _warned_of(token) \
            and not any(c.dep_ in ("prep", "poss", "nummod", "compound", "acl", "relcl") for c in token.children):
        return True  # "warned Israel about the consequences of an attack", "warned protesters of arrest": to come, if
    if token.dep_ in ("xcomp", "acl") and token.head.lemma_.lower() in ("oblige", "obligate", "require", "bind",
                                                                     "duty", "obligation"):
        return True  # "Hungary is obliged to arrest anyone who enters", "was required to detain him": a duty, no act
    if any(a.lemma_.lower() in ("anniversary", "commemoration") for a in list(token.ancestors)[:4]):
        return True  # "the 14th anniversary of the start of the protests": remembered, not told as happening
    if hit.group.type == "Meeting" and token.lower_ == "talks" and token.tag_ == "VBZ":
        return True  # "the White House talks about restoring cooperation": speaks, no talks held
    if hit.group.type == "Meeting" and token.lemma_.lower() == "meet" and token.pos_ == "VERB" and (
            any(c.dep_ == "auxpass" for c in token.children)
            or any(c.dep_ == "prep" and c.lower_ == "with" and any(g.lemma_.lower() in lexicon.words["met_reactions"]
                                                                    for g in c.children) for c in token.children)):
        return True  # "were met on the outside by armed men", "met with opposition from China": no meeting
    if token.lemma_.lower() == "hold" and any(c.lower_ in lexicon.words["answerable_words"] for c in token.children
                                               if c.dep_ in ("acomp", "oprd", "xcomp", "advmod", "ccomp")):
        return True  # "would be held accountable", "vowed to hold the separatists accountable": answerable, not in custody
    if hit.group.type == "Statement" and token.dep_ == "acl" and token.tag_ == "VBG" \
            and token.head.lemma_.lower() in lexicon.words["protest_nouns"]:
        return True  # "a demonstration demanding a deal", "a rally calling for his resignation": the protest's aim
    if hit.group.type == "Arrest" and any(c.dep_ == "prep" and any(g.lower_ == "absentia" for g in c.children)
                                          for c in token.children):
        return True  # "sentenced former Prime Minister Sheikh Hasina in absentia": sentenced, not held
    if hit.group.type == "Arrest" and token.dep_ == "pobj" and token.head.lower_ in ("in", "while") \
            and token.lemma_.lower() in ("custody", "detention", "jail", "prison") \
            and lexicon.lemma_triggers.verbs.get(_violent_verb(token.head.head).lemma_.lower()) == "Assault":
        return True  # "many of them were tortured in custody": where the violence was done ("died in custody"
        # tells one was held); "he was beaten by guards in prison", the phrase read as the guards'
    if hit.group.type == "ForceDisplay" and doc[hit.end - 1].lemma_.lower() == "parade" and token.dep_ in ("dobj", "pobj") \
            and (token.head if token.dep_ == "dobj" else token.head.head).lemma_.lower() in (
                "attend", "watch", "view", "witness", "see", "join", "review", "skip", "boycott"):
        return True  # "Xi attended a military parade in Moscow": a guest shows no force
    if hit.group.type == "Assault" and token.lemma_.lower() == "fire" and any(
            c.dep_ == "dobj" and any(g.lower_ == "warning" for g in c.children) and not c.conjuncts
            for c in token.children):
        return True  # "troops fired warning shots at suspects": a show of force (ForceDisplay), no one fired on
    if hit.group.type == "Arrest" and token.lemma_.lower() == "drag" and any(
            c.dep_ == "prt" and c.lower_ == "on" or c.dep_ == "dobj" and c.lemma_.lower() in _DRAWN_OUT
            for c in token.children):
        return True  # "talks have dragged on", "dragging out the debt talks", "dragging its feet": time, no one held
    if hit.group.type == "Arrest" and hit.group.patient_subject and doc[hit.start].lower_ == "in" \
            and doc[hit.start].head.pos_ == "NOUN" and doc[hit.start].head.lemma_.lower() in _KEEPERS \
            and not any(c.lemma_.lower() in ("custody", "detention") and c.dep_ == "pobj" for c in doc[hit.start].children):
        return True  # "guards in prison", "doctors in detention centers": who works there, not who is held (but
        # "officials in detention were charged")
    if hit.group.type == "Arrest" and token.dep_ == "amod" and token.head.dep_ in ("dobj", "nsubjpass") \
            and token.head.head.lemma_.lower() in ("release", "free", "pardon", "swap", "exchange", "repatriate"):
        return True  # "Venezuela released six detained Americans": the detention the release ends, told with it
    if hit.group.type == "Assault" and token.dep_ == "amod" and token.tag_ in ("VBN", "JJ") and token.lower_ in (
            "wounded", "injured", "maimed") and token.head.dep_ in ("dobj", "nsubjpass") \
            and token.head.head.lemma_.lower() in lexicon.words["moving_lemmas"]:
        return True  # "would hand over 23 severely wounded soldiers", "evacuated injured protesters": who they are, the
        # wounding not told (but "wounded five others" wounds)
    told = doc[hit.start] if doc[hit.start].pos_ == "VERB" \
        else token.head if token.dep_ == "dobj" and token.head.pos_ == "VERB" else None
    if told is not None and told.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in told.children) \
            and any(c.dep_ in ("advmod", "mark") and c.lower_ in ("how", "whether") and c.i < told.i
                    for c in told.children):
        return True  # "failed to agree on how to pay for the mission", "discussed whether to impose sanctions": a
        # question weighed, no act told
    if token.dep_ == "amod" and token.tag_ == "VBN" and token.head.dep_ == "appos":
        return True  # "Ghulam Nabi, another freed passenger, told media": who the speaker is, no act told
    if not hit.group.speech and hit.group.type not in SPEECH_TYPES and _habitual(token, lexicon):
        return True  # "armed gangs frequently raid villages and kidnap residents": what they do, no act told
        # (but "the Taliban routinely deny it" is their word on it)
    if token.pos_ != "NOUN":
        return False
    if hit.group.type == "Payment" and not any(c.dep_ in ("det", "poss") for c in token.children) and (
            token.dep_ == "pobj" and token.head.lower_ == "for" and token.head.head.lemma_.lower() != "pay"):
        return True  # "kidnap residents for ransom", "held for ransom": what it is done for, nothing paid
    if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lemma_.lower() in ("sideline", "margin"):
        return True  # "will meet on the sidelines of the APEC summit": the setting of what is told
    if hit.group.type == "Meeting" and (
            token.dep_ == "dobj" and token.head.lemma_.lower() in lexicon.words["addressing_verbs"]
            or token.dep_ == "pobj" and token.head.lower_ == "at" and (
                token.head.head.lower_ in lexicon.words["representative_heads"]
                # "criticized by representatives at a Security Council meeting"
                or token.head.head.pos_ == "VERB" and (token.head.head.lemma_.lower() in lexicon.words["addressing_verbs"]
                                                        or any(c.dep_ == "auxpass" for c in token.head.head.children)))):
        # ("was criticized by ... at a Security Council meeting": where it was done)
        return True  # "told a meeting of the Security Council", "speaking at a Security Council meeting": where one spoke
    member = token
    while member.dep_ == "conj":
        member = member.head
    if member.dep_ == "dobj" and member.head.lemma_.lower() in ("include", "comprise") and any(
            c.dep_ == "nsubj" and c.lemma_.lower() in lexicon.words["measure_set_nouns"] for c in member.head.children):
        return True  # "The measures include an asset freeze and a travel ban": parts of the sanctions told
    if token.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in ("any", "no", "every") for c in token.children):
        return True  # "would retaliate against any Israeli attack": no attack told
    if any(c.dep_ == "amod" and (c.lower_ == "so-called" or c.lower_ == "called" and any(
            g.lower_ == "so" for g in c.children)) for c in token.children):
        return True  # "the so-called China threat": a phrase others use, no event told
    if token.dep_ in ("attr", "oprd") and not hit.group.evaluative \
            and not (hit.group.type == "Election" and doc[hit.start].lemma_.lower() in ("elect", "re-elect", "reelect")):
        return True  # but "called the election a sham" is blame said, "was elected president" an election won
    if any(c.dep_ == "amod" and c.lower_ in ("similar", "such", "other", "past", "previous", "future",
                                              "possible", "potential", "growing", "increasing", "rising",
                                              "mounting") for c in token.children):
        return True  # "has carried out similar attacks in the past": a kind of event, not one told
    head = token.head
    if token.dep_ == "dobj" and token.tag_ == "NNS" and head.lemma_.lower() in lexicon.words["escalating_lemmas"] \
            and hit.group.type in ("Assault", "Threat") and not any(
                t.lower_ in _DAYS_TOLD for t in head.subtree):
        return True  # "the BLA has ramped up attacks on security forces since January": a campaign, no one act
        # (but "Israel stepped up airstrikes on Gaza on Tuesday" tells that day's strikes; "ramped up sanctions on
        # North Korea" imposes more)
    if token.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in lexicon.words["danger_nouns"] \
            and hit.group.type != "Sanction":
        return True  # "faces an ongoing threat of al-Shabab attacks", "fears of a crackdown": none told as done
        # (but "raised the prospect of sanctions against Georgia" threatens them)
    if token.dep_ in ("dobj", "nsubjpass") and not hit.start <= head.i < hit.end and (head.lemma_.lower() in (
            "suspend", "cancel", "postpone", "halt", "freeze", "abandon", "scrap", "veto")
            or head.lemma_.lower() in ("lift", "ease", "overturn", "repeal", "rescind", "annul", "quash")
            and hit.group.type in ("Restriction", "Sanction")):  # "the ban on TikTok was lifted"
        return True  # "suspended talks", "the summit was postponed", "suspended the deployment": not held
    if token.dep_ == "dobj" and head.lemma_.lower() in ("prevent", "avert", "stop", "forestall", "thwart", "foil"):
        return True  # "detained 20 protesters to prevent a march", "foiled an attack": it did not happen
    if token.dep_ == "nsubj" and head.lemma_.lower() in ("stop", "end", "cease", "halt") and any(
            c.dep_ == "aux" and c.lower_ in ("must", "should", "has", "have", "need") for c in head.children):
        return True  # "attacks on civilians must stop", "the arrests of journalists should end": a demand, no act told
    if token.dep_ == "dobj" and head.lemma_.lower() in ("call", "describe", "label", "brand", "term", "dub") \
            and any(c.dep_ in ("oprd", "xcomp", "ccomp") for c in head.children):
        return True  # "called the vote a very bad development": the vote is judged, not told
    return token.dep_ == "pobj" and head.dep_ == "prep" and head.head.pos_ == "ADJ"


def _owns_a_place(doc: Doc, country: Mention, others: list[Mention]) -> bool:
    """Whether a country is named as the owner of another place told after it ("Pakistan's restive Balochistan
    province"): that place, not the country, is where the act is."""
    return country.type == "Country" and country.end < len(doc) and doc[country.end].text in ("'s", "’s") and any(
        n.start > country.end and all(t.is_lower and t.pos_ == "ADJ" for t in doc[country.end + 1:n.start])
        for n in others)


def topic_place(doc: Doc, mention: Mention, hit: Hit | None, lexicon: Lexicon) -> bool:
    """Whether a place names where a state of affairs is that is talked about or protested over ("to discuss
    the crisis in South Sudan", "protests over the war in Gaza"), not where the act is done ("during the
    violence in Dhaka" is)."""
    root = next((doc[k] for k in range(mention.start, mention.end)
                 if not mention.start <= doc[k].head.i < mention.end), doc[mention.start])
    prep = root.head
    noun = prep.head
    if root.dep_ != "pobj" or prep.dep_ != "prep" or noun.pos_ != "NOUN" \
            or hit is not None and hit.start <= noun.i < hit.end \
            or noun.lemma_.lower() not in lexicon.words["topic_nouns"]:
        return False
    # ("to fund its war in Ukraine": a war funded, backed or opposed is a state of affairs too, not where the act
    # is; but "widened the war in Lebanon, killing 50" places the killing)
    return noun.dep_ == "dobj" and (noun.head.lemma_.lower() in lexicon.words["topic_verbs"]
                                    or noun.lemma_.lower() in ("war", "conflict", "crisis")
                                    and noun.head.lemma_.lower() in lexicon.words["backing_verbs"]
                                    and not (hit is not None and hit.start <= noun.head.i < hit.end)) \
        or noun.dep_ == "pobj" and noun.head.lower_ in ("over", "about", "on", "regarding", "concerning")


def route_end(doc: Doc, mention: Mention) -> bool:
    """Whether a place is where a journey told as a route starts or ends ("traveling north from Quetta to
    Peshawar when it came under attack", "on its way from Kabul to Jalalabad"): what happens on the way
    happens at neither end. (A trip to one place is not a route: "traveled to Jeddah for talks" is there.)"""
    node = next((doc[k] for k in range(mention.start, mention.end)
                 if not mention.start <= doc[k].head.i < mention.end), doc[mention.start])
    while node.dep_ == "appos" and node.head.i != node.i:
        node = node.head  # "from Quetta, Balochistan,": the region set off after the town
    if node.dep_ != "pobj" or node.head.lower_ not in _ROUTE_PREPS:
        return False
    anchor = node.head.head  # what the phrase hangs on, past the phrases it is joined to ("from Quetta to Peshawar")
    while anchor.dep_ in ("prep", "pobj") and anchor.head.i != anchor.i \
            and (anchor.lower_ in _ROUTE_PREPS or anchor.dep_ == "pobj" and anchor.head.lower_ in _ROUTE_PREPS):
        anchor = anchor.head
    way = anchor.lemma_.lower() in _WAY_NOUNS or anchor.dep_ == "pobj" and anchor.lemma_.lower() in _WAY_NOUNS
    if anchor.dep_ == "pobj" and anchor.lemma_.lower() in _WAY_NOUNS:
        anchor = anchor.head.head  # "was on its way from Kabul to Jalalabad": the way's phrases and the verb's
    preps = {t.lower_ for t in anchor.subtree if t.dep_ == "prep" and t.lower_ in _ROUTE_PREPS}
    return way or {"from", "to"} <= preps or {"from", "toward"} <= preps or {"from", "towards"} <= preps


_ROUTE_PREPS = frozenset({"from", "to", "toward", "towards"})
_WAY_NOUNS = frozenset({"way", "route", "journey", "trip", "voyage"})


def _gunfire(noun: Token) -> bool:
    """Whether "fire" is someone's gunfire ("Israeli fire", "tank fire"): a word before it says whose or what."""
    return noun.lemma_.lower() == "fire" and any(c.dep_ in ("amod", "compound", "nmod", "poss") and c.i < noun.i
                                                 for c in noun.children)


def _blaze(noun: Token) -> bool:
    """Whether "fire" names a blaze ("a fire at a detention center", "the fire"), not gunfire ("Israeli fire",
    "tank fire")."""
    if noun.lemma_.lower() not in ("fire", "blaze", "inferno"):
        return False
    if any(c.dep_ == "prep" and c.lower_ == "from" or c.dep_ == "acl" and c.lemma_.lower() in _SETTING_FIRE
           for c in noun.children) or noun.dep_ == "dobj" and noun.head.lemma_.lower() in _SETTING_FIRE \
            or any(t.lemma_.lower() == "fire" and t.head.lemma_.lower() == "open" for t in noun.sent):
        return False  # "the fire from the soldiers", "a fire set by arsonists", "Rioters set a fire that killed 12",
        # "Soldiers opened fire ..., and the fire killed three": someone's doing
    return noun.lemma_.lower() != "fire" or any(
        c.dep_ == "det" and c.lower_ in ("a", "an", "the") for c in noun.children) and not any(
        c.dep_ in ("amod", "compound", "nmod", "poss") and c.i < noun.i for c in noun.children)


_SETTING_FIRE = frozenset({"set", "start", "light", "ignite"})


def _habitual(token: Token, lexicon: Lexicon) -> bool:
    """A verb in the present that an adverb of frequency makes a habit ("bandits often attack travellers",
    "police routinely arrest protesters"), or joined to one ("... and kidnap residents")."""
    verb = token
    while verb.tag_ in ("VBP", "VBZ", "VB"):  # (not "regularly shell Kherson and on Friday killed three")
        if verb.pos_ in ("VERB", "AUX") and verb.tag_ in ("VBP", "VBZ") and any(
                c.dep_ == "advmod" and c.lower_ in lexicon.words["habitual_adverbs"]
                or c.dep_ == "npadvmod" and c.lemma_.lower() in ("year", "month", "week", "day") and any(
                    d.lower_ in ("a", "an", "each", "every", "per") for d in c.children)
                for c in [*verb.children, *(g for o in verb.children if o.dep_ == "dobj" for g in o.children)]):
            return True  # (and "fentanyl kills about 70,000 Americans a year": a rate, no act)
        if verb.dep_ != "conj" or verb.head.pos_ != "VERB":
            return False
        verb = verb.head
    return False


def _what_is_rebutted(doc: Doc, hit: Hit, rebuttals: set[int]) -> bool:
    """"DHS has dismissed the allegations", "rejected the charges": a noun for something said that a
    denial or a criticism takes as its object is what is rebutted, told before, not a new claim.
    (An act they take as object stays an event: "condemned Russia's detention of X".)"""
    token = doc[hit.end - 1]
    return hit.group.type in SPEECH_TYPES | {"Threat"} and token.pos_ == "NOUN" and token.dep_ == "dobj" \
        and token.head.i in rebuttals and not hit.start <= token.head.i < hit.end  # not "faced criticism" itself


CLAIM_NOUNS = frozenset({"accusation", "allegation", "charge", "claim", "report", "criticism", "question",
                         "suggestion", "assertion", "assessment", "rumor", "rumour", "notion", "finding"})
_REJECTING = frozenset({"reject", "dismiss", "refute", "rebuff"})


def _rejects_a_claim(doc: Doc, hit: Hit) -> bool:
    """Whether a verb of rejection takes something said as its object: "rejected the charges",
    "dismissed the allegations", "a charge New Delhi quickly rejected" (the noun its clause describes)."""
    verb = doc[hit.start]
    if verb.lemma_.lower() not in _REJECTING:
        return False
    if _claim_restated_before(doc, hit.start):
        return True  # "accused the troops of killing civilians, charges the government rejected" (or "a charge the
        # UAE rejects", its verb read as a noun)
    if verb.pos_ != "VERB":
        return False
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if verb.dep_ in ("relcl", "acl"):
        objects.append(verb.head)
    if doc[hit.end - 1].lower_ == "as":  # "dismissed as absurd the accusations that ...": the object after its name
        objects += [doc[k] for k in range(hit.end, min(hit.end + 4, len(doc)))
                    if doc[k].pos_ == "NOUN" and doc[k].head.i in (verb.i, hit.end - 1) or doc[k].head.head.i == verb.i]
    return any(o.lemma_.lower() in CLAIM_NOUNS for o in objects)


def _claim_restated_before(doc: Doc, pos: int) -> int | None:
    """The claim noun that opens a phrase after a comma and ends with the verb at `pos` ("..., charges
    the government rejected", "..., allegations Moscow denies"), or None."""
    for k in range(pos - 1, max(pos - 9, 1), -1):
        if doc[k].lemma_.lower() in CLAIM_NOUNS and (doc[k - 1].text == "," or k > 2 and doc[k - 2].text == ","
                                                     and doc[k - 1].lower_ in ("a", "an", "the")):
            return k  # (", charges the government rejected", ", a charge the UAE rejects")
        if doc[k].text in (",", ";", ".") or doc[k].lower_ in ("and", "but"):
            return None
    return None


def _told_in_passing(doc: Doc, sent: Span, hit: Hit, lexicon: Lexicon) -> bool:
    """"arrested three suspects in connection with the attack", "imposed a curfew after the riots":
    an act named with "the" and nothing of its own, in a phrase of another verb, is one the story
    told or knows, not a new event. (Elections are known by their date: "ahead of the vote".)"""
    token = doc[hit.end - 1]
    if hit.group.type == "Election" or hit.group.patient_subject or hit.group.evaluative or hit.end - hit.start != 1 \
            or token.pos_ != "NOUN" or token.dep_ != "pobj" or not is_nominal(doc, sent, hit):
        return False  # "remains in custody" is a state told of its own; "described it as interference" a judgement
    if not definite(doc, sent, hit) or possessed(doc, hit) or doc[hit.start - 1].lower_ in ("this", "these"):
        return False
    if token.head.lower_ == "in" and token.head.head.lemma_.lower() in lexicon.words["dying_lemmas"] - {"lose"} \
            and any(_victim(c, lexicon) for c in token.head.head.children if c.dep_ == "nsubj"):
        return False  # "At least 12 people died in the attack on the market": the attack told with its dead
    return not any(c.dep_ in ("prep", "compound", "nummod") and c.lower_ not in ("in", "on", "at")
                   or c.dep_ == "poss" or c.dep_ == "amod" and c.text[:1].isupper() for c in token.children)


_BACKGROUND_PREPS = frozenset({"after", "before", "during", "following", "since", "amid", "despite", "over",
                               "until", "ahead"})


def _is_ahead_of(noun: Token) -> bool:
    """Whether a noun is what "ahead of" names ("ahead of the vote")."""
    return noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lower_ == "ahead"


def _in_background(doc: Doc, hit: Hit) -> bool:
    """Whether an event noun stands in a phrase of when or why of another verb ("after the riots",
    "amid protests", "ahead of the vote"): the verb's subject is not its doer."""
    token = doc[hit.end - 1]
    if token.dep_ != "pobj":
        return False
    if _is_ahead_of(token):
        return True
    prep = token.head
    if prep.lower_ == "of" and prep.head.pos_ == "NOUN" and prep.head.dep_ == "pobj":
        token, prep = prep.head, prep.head.head  # "after a fourth night of protests", "amid weeks of unrest"
    return prep.lower_ in _BACKGROUND_PREPS and prep.head.pos_ in ("VERB", "AUX", "NOUN")


def _judged_act(doc: Doc, sent: Span, hit: Hit, rebuttals: set[int]) -> bool:
    """"The Security Council condemned the attack": an act named with "the" and nothing of its own
    (no doer, no one it was done to) that a criticism or denial takes as its object is the one
    the story told, not a new one. ("condemned Russia's detention of X" names its own.)"""
    token = doc[hit.end - 1]
    if token.pos_ == "NOUN" and token.dep_ == "dobj" and token.head.lemma_.lower() == "blame":
        return True  # "blamed the attack on Islamic State": the attack is the one told; the blame is the event
    if token.pos_ != "NOUN" or token.dep_ != "dobj" or token.head.i not in rebuttals or not is_nominal(doc, sent, hit):
        return False
    if not definite(doc, sent, hit) or possessed(doc, hit):
        return False
    return not any(c.dep_ == "prep" and c.lower_ in ("of", "by", "on", "against", "in") for c in token.children)


APPEAL_LEMMAS = frozenset({"urge", "call", "demand", "ask", "appeal", "press", "implore", "beg", "request"})
"""Verbs of an appeal: what they ask for is not an event told ("called on X to free Y")."""
_FOLLOWS_APPEAL = frozenset({"Sanction", "Threat"})  # "urged Russia to accept a ceasefire or face sanctions"


def in_appeal(doc: Doc, hit: Hit) -> bool:
    """Whether the parse puts the trigger inside what an appeal asks for: "called on the authorities
    to free the activists", "urged Russia to accept talks", "called for Zamora's release" (the
    appeal is a Statement of its speaker, the contract's ruling; what it asks has not happened)."""
    if hit.group.type in _FOLLOWS_APPEAL and doc[hit.end - 1].pos_ != "VERB" \
            and any(t.lower_ in ("face", "faces", "facing", "or") for t in doc[max(0, hit.start - 4):hit.start]) \
            or hit.group.type == "Statement":
        return False  # "or face sanctions" is the appeal's threat; "avoid decisions that threaten X" is no threat
    token, steps = doc[hit.start], 0
    if hit.end - hit.start > 1 and doc[hit.end - 1].pos_ == "NOUN" and doc[hit.start].head.i == hit.end - 1:
        token = doc[hit.end - 1]  # "to resume stalled peace talks": the phrase's head noun
    while token.head.i != token.i and steps < 4:
        if token.dep_ not in ("xcomp", "ccomp", "pobj", "dobj", "prep", "conj", "advcl", "acl") or \
                token.dep_ == "conj" and steps == 0 and (token.head.pos_ != "VERB" or token.head.dep_ not in ("xcomp", "ccomp", "advcl")):
            # (but "called for the Taliban to lift the ban and establish a dialogue": the second thing asked)
            return False
        head = token.head
        if head.pos_ == "VERB" and head.lemma_.lower() in APPEAL_LEMMAS and head.i < hit.start:
            if head.lemma_.lower() == "call" and not any(
                    c.lower_ in ("on", "for", "upon") and all(t.ent_type_ in ("DATE", "TIME") for t in doc[head.i + 1:c.i])
                    for c in head.children) \
                    and not any(c.dep_ == "mark" and c.lower_ == "for" for c in token.children):
                return False  # "called the law an attack": naming, not an appeal
            infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)  # "demanding ... to free"
            if token.dep_ == "advcl" and not infinitive or head.lemma_.lower() == "appeal" and not any(
                    c.dep_ in ("prep", "dative") and c.lower_ in ("for", "to") for c in head.children):
                return False  # "would appeal the decision, accusing the Commission": a court appeal, a second act
            return True
        token, steps = head, steps + 1
    return False


def _only_the_one_met(doc: Doc, hit: Hit, event: Event, mentions: list[Mention]) -> bool:
    """Whether a meeting's one party is only the one met, told after "with" ("a constructive role in talks with
    Ukraine", "negotiations with North Korea"): who meets them is untold, and one party meets no one (a host
    told as the subject meets the many: "Macron will host a summit")."""
    parties = set(event.agents) | set(event.targets)
    if event.type != "Meeting" or len(parties) != 1 or not next(iter(parties)).startswith(("country/", "person/")):
        return False
    told = [m for m in mentions if m.key in parties]
    noun = doc[hit.end - 1]
    return bool(told) and all(
        doc[m.end - 1].dep_ == "pobj" and doc[m.end - 1].head.lower_ == "with" and doc[m.end - 1].head.head.i == noun.i
        for m in told)


def _a_states_own_meetings(doc: Doc, hit: Hit, event: Event, mentions: list[Mention]) -> bool:
    """Whether a meeting's one party is a state that only owns the meeting noun ("China's annual political
    meetings", "the Chinese party congress"): its own sessions, no meeting between parties."""
    parties = set(event.agents) | set(event.targets)
    if len(parties) != 1 or not next(iter(parties)).startswith("country/") or not is_nominal(doc, doc[hit.start].sent, hit):
        return False
    noun = doc[hit.end - 1]
    if noun.lemma_.lower() not in ("meeting", "session", "congress", "plenum", "gathering"):
        return False  # "Iran's nuclear talks resumed", "Ukraine's peace summit": talks and summits are with others
    told = [m for m in mentions if m.key in parties and not m.locative]  # (not "for young people in China")
    return bool(told) and all(doc[m.end - 1].head.i == noun.i and doc[m.end - 1].dep_ in ("poss", "compound", "amod")
                              for m in told)


def _none_of(noun: Token) -> bool:
    """Whether a noun phrase names no one ("no passengers", "nobody", "none of the hostages"); not "no fewer
    than 30 countries" nor "no one but the United States"."""
    if any(c.lower_ in ("but", "except") for c in noun.children) or noun.i + 1 < len(noun.doc) \
            and noun.doc[noun.i + 1].lower_ in ("but", "except"):
        return False
    no = [d for d in noun.children if d.dep_ == "det" and d.lower_ == "no"]
    if no and no[0].i + 1 < len(noun.doc) and noun.doc[no[0].i + 1].lower_ in ("fewer", "less", "more", "longer"):
        return False
    return noun.lower_ in ("nobody", "none") or bool(no)


def _a_tally(doc: Doc, sent: Span, hit: Hit, event: Event) -> bool:
    """Whether attacks are a tally over a period, not one act: a plural noun counted with ten or more, over
    a year or since a time told on the verb that counts them ("launched 504 attacks in 2024", "has carried
    out 40 airstrikes since May"); a few acts, acts of a day or a week, and "the first since May" are told."""
    if event.type != "Assault" or not is_nominal(doc, sent, hit):
        return False  # (attacks over a year are a campaign, the contract's ruling; "23 bailout packages" are loans)
    noun = doc[hit.end - 1]
    counted = noun if noun.tag_ == "NNS" else None
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.tag_ == "NNS":
        counted = noun.head.head  # "13 rounds of missile tests"
    if counted is None:
        return False
    number = next((c for c in counted.children if c.dep_ == "nummod"), None)
    value = number.text.replace(",", "") if number is not None else ""
    if not (value.isdigit() and int(value) >= 10):
        return False
    verb = counted.head
    if counted.dep_ != "dobj" or verb.pos_ != "VERB":
        return False
    # the period, told on the counting verb: "in 2024", "since May", "so far this year"
    for prep in (c for c in verb.children if c.dep_ == "prep"):
        if prep.lower_ == "since" or prep.lower_ == "in" and any(
                g.dep_ == "pobj" and g.like_num and len(g.text) == 4 for g in prep.children):
            return True
    return any(c.dep_ == "advmod" and c.lower_ == "far" for c in verb.children)


def _meets_the_one_met(doc: Doc, hit: Hit, event: Event, mentions: list[Mention],
                       context: SentenceContext) -> Event | None:
    """Who meets the one party told after "with", else None: the subject of the verb the meeting is the object
    of ("Macron will host a summit with Xi"), else the state or body that tells of it ("The Kremlin said talks
    with Ukraine would resume": Russia, or a spokesman's state); told by no one, no meeting ("credited Britain
    for its role in talks with Ukraine")."""
    noun = doc[hit.end - 1]
    subjects = [m for c in noun.head.children if c.dep_ in ("nsubj", "nsubjpass") and noun.dep_ == "dobj"
                for m in [parse.mention_of(c, mentions)] if m is not None] if noun.pos_ == "NOUN" else []
    others = [m.key for m in subjects]
    if not others:
        for source in event.sources:
            states = sorted(k for k in context.affiliations.get(source, ()) if k.startswith("country/"))
            others.append(states[0] if states else source)
    parties = set(event.agents) | set(event.targets)
    others = [k for k in dict.fromkeys(others) if k not in parties]
    if not others:
        return None
    both = tuple(others) + tuple(sorted(parties))
    return replace(event, agents=both, targets=both)


def _has_substance(event: Event) -> bool:
    """An event with no participant, quantity or place says too little to keep,
    except elections, which need none, and restrictions told with where or when; a statement, criticism or denial needs who makes it."""
    if event.type in ("Statement", "Criticism", "Denial"):
        return bool(event.agents)  # unlike an accusation, which "was accused of" tells without the accuser
    if event.type in ("Assault", "Arrest", "Release") and not (event.agents or event.targets or event.count):
        return False  # an act on people told with neither who did it nor to whom nor how many ("94 were
        # arrested") is a passing mention
    if event.type == "Election" and not (event.date or event.places or event.agents or event.targets):
        return False  # "interfered in the election": an election named in passing, neither when nor where
    if event.type == "Restriction" and not (event.agents or event.targets):
        # "Metro stations were closed in central Minsk" tells where; "the ban remains in place" nothing
        return bool(event.places or event.date)
    return bool(event.agents or event.targets or event.count or event.amount) \
        or event.type == "Election" \
        or event.type in SCENE_TYPES and bool(event.places and event.date)  # "The demonstrations started
    # on March 1 in northern France": a scene told with where and when


def _statements(doc: Doc, index: int, hits: list[Hit], attribution: Attribution, context: SentenceContext,
                found: list[Event], mentions: list[Mention], lexicon: Lexicon,
                unheld: frozenset[int] | set[int] = frozenset()) -> list[Event]:
    """"X said (that) ..." whose content tells no event of its own is a Statement by X (`unheld`: where hits start
    that tell an act denied or to come with no one, nothing and no figure, no event when a named person says it)."""
    out: list[Event] = []
    # one Statement per speaker; who criticises, accuses, denies or threatens while saying it says nothing more
    stated = {k for e in found if e.type in SPEECH_TYPES | {"Threat"} for k in e.agents}
    for speech in attribution.speeches:
        if speech.by_person and not speech.judging and speech.speakers and speech.speakers[0] in stated \
                and not any(e.type == "Threat" and speech.speakers[0] in e.agents for e in [*found, *out]) \
                and _vows_punishment(doc, speech, lexicon):
            # "Sharif condemned the attack, vowing that the perpetrators would be brought to justice": a vow of
            # its own after the criticism
            out.append(Event("Threat", index, doc[speech.verb].text, "threatened", agents=speech.voices))
            continue
        if not speech.by_person or speech.judging or not speech.speakers \
                or speech.speakers[0] in stated and not _goes_on_to_say(doc, speech.verb, speech.speakers[0], found, hits):
            continue
        if any(speech.speakers[0] in context.affiliations.get(k, ()) for k in stated):
            continue  # "Israel's foreign minister Israel Katz called for ... and said ...": his state says no more
        if speech.whole and (hits or doc[speech.verb].lower_ != "according"
                             or any(not s.whole and s.speakers for s in attribution.speeches)):
            # "according to X" with no event of its own is X's statement; "which X said" is not, nor is
            # the record of another's words ("Wang told Blinken ..., according to a ministry readout")
            continue
        if _vague_speaker(speech.speakers[0], mentions, lexicon):
            continue  # "officials said", "analysts say": too vague a speaker to state a claim of its own
        if speech.speakers[0] in context.private_speakers:
            continue  # "“We took cover under the seats,” a freed passenger said": an account, no actor's claim
        if _says_nothing(doc, speech.verb, speech.speakers[0], mentions, lexicon):
            continue
        # what the speaker reports: the clause after the verb, or the quotation before it
        told = (lambda h: h.start > speech.verb) if speech.reported else (lambda h: h.start < speech.verb)
        if any(told(h) and not (h.start in unheld and speech.speakers[0].startswith("person/")) for h in hits):
            continue  # who reports an event makes no statement of it: they are its source
        if any(set(speech.speakers) & set(e.sources) for e in found):
            continue  # "X confirmed that Y is negotiating a loan": X is the loan's source, not a speaker of more
        dated = [d for d in context.dates if d[2] and not _inside_content(doc, d[0], speech.verb)]
        # (a scene's day or month, not a background year: "... extradited in 2017. “We are overwhelmed,” his
        # sister said" is not said in 2017)
        paragraph, carried = (d if d and len(d) > 4 else None for d in (context.paragraph_date, context.carried_date))
        date = next((d[2] for d in dated), None) or paragraph \
            or _speaker_date(doc, speech.verb, speech.speakers[:1], context) or carried
        if date and not dated and doc[speech.verb].tag_ in ("VBZ", "VBP") and not _near_now(date, context.published):
            date = None  # "Bashir was ousted in April. ... He says": he says it now
        # (words with no date of their own are told on the day the story last set: "The kidnappers freed 279
        # girls on Tuesday. ... Governor X addressed the girls and said", as news is read and annotated)
        warned = _warns_if(doc, speech, mentions, lexicon, context.affiliations)
        if warned is not None:  # "“If the United States escalates, I will shut the electricity off,” Ford said"
            out.append(Event("Threat", index, doc[speech.verb].text, "threatened", agents=speech.voices,
                             targets=(warned,), date=date))
            stated.add(speech.speakers[0])
            continue
        if _vows_punishment(doc, speech, lexicon):  # "“Those who plunder it will be punished,” said Diouf"
            out.append(Event("Threat", index, doc[speech.verb].text, "threatened", agents=speech.voices, date=date))
            stated.add(speech.speakers[0])
            continue
        out.append(Event("Statement", index, doc[speech.verb].text, agents=speech.voices,
                         targets=_spoken_of(doc, speech, [m for m in mentions if not (
                                             is_outlet(m, lexicon) and spoken_to(doc, m, lexicon))
                                                          and not _told_to_the_press(
                                             doc, m, speech, lexicon.words["media_words"],
                                             lexicon.words["platform_names"])],
                                            context.affiliations, attribution), date=date))
        stated.add(speech.speakers[0])
    return out


def _private_data(doc: Doc, hit: Hit, agents: list[Mention], targets: list[Mention], lexicon: Lexicon) -> bool:
    """Whether data published or posted is someone's leaked: by hackers, told as personal, stolen or medical, or
    the data of people ("the personal data of 2 million customers", "the data of 1,000 police officers")."""
    window = {t.lower_ for t in doc[hit.start:min(len(doc), hit.end + 2)]}
    return bool(window & lexicon.words["private_data_words"]) \
        or any(m.text.lower().split()[-1] in lexicon.words["hacker_heads"] for m in agents) \
        or any(m.type in ("Group", "Person") for m in targets)


def _each_headed(keys: tuple[str, ...], mentions: list[Mention], heads: frozenset[str]) -> bool:
    """Whether every entity of `keys` is named here by a phrase whose last word is one of `heads` ("JNIM militants",
    "security agents"); a key may have several mentions, one such is enough."""
    return all(any(m.key == k and m.text.lower().split()[-1] in heads for m in mentions) for k in keys)


def _relative_with_pronoun(doc: Doc, hit: Hit, event: Event, mentions: list[Mention], lexicon: Lexicon) -> Event:
    """"Tallinn expelled a Russian diplomat it accused of spying": in a relative clause whose subject is "it" or
    "they", the clause's act is done by the main clause's subject to the noun the clause is on. Returns the event
    with that agent and target, or the event unchanged when the sentence is no such shape."""
    verb = doc[hit.start]
    pronoun = next((c.lower_ for c in verb.children if c.dep_ == "nsubj"), None)
    if event.type not in _DONE_TO_THE_NOUN or verb.pos_ != "VERB" or verb.dep_ != "relcl" \
            or pronoun not in ("it", "they"):
        return event
    noun, main = verb.head, verb.head.head
    if noun.dep_ not in ("dobj", "pobj", "nsubjpass") or main.pos_ != "VERB" \
            or main.lemma_.lower() not in lexicon.words["acting_on_verbs"]:
        return event  # (but "Human Rights Watch interviewed 40 migrants they had beaten": "they" are others)
    done_to = next((m for m in mentions if m.start <= noun.i < m.end and not m.locative), None)
    doer = next((m for c in main.children if c.dep_ == "nsubj" for m in mentions
                 if m.start <= c.i < m.end and not m.locative), None)
    if done_to is None or doer is None or doer.key == done_to.key \
            or (doer.type == "Group") != (pronoun == "they"):  # "it" a state or body, "they" a group
        return event
    return replace(event, agents=(doer.key,), targets=(done_to.key,))


_DONE_TO_THE_NOUN = frozenset({"Accusation", "Arrest", "Assault", "Sanction", "Criticism", "Release"})
"""Types whose target a relative clause's noun is ("a diplomat it accused", "journalists they had detained")."""


def _riot(doc: Doc, sent: Span, hit: Hit, event: Event, mentions: list[Mention], lexicon: Lexicon) -> bool:
    """Whether an attack is a protesting crowd's on things: protesters or rioters storming, torching or attacking
    buildings ("stormed parliament", "attacked the embassies of France"), no one hurt the clause names (not
    "Protesters attacked police with stones", nor "a mob attacked a church": no protest)."""
    verb = doc[hit.start]
    if is_nominal(doc, sent, hit) or verb.lemma_.lower() not in lexicon.words["riot_lemmas"] or not event.agents:
        return False
    crowd = lexicon.words["riot_heads"]
    agents = [m for m in mentions if m.key in event.agents]
    return bool(agents) and all(m.type == "Group" and set(m.text.lower().split()[-1:]) & crowd for m in agents) \
        and not any(m.type in ("Person", "Group") for m in mentions if m.key in event.targets)


def _cyber_attack(doc: Doc, hit: Hit, event: Event, mentions: list[Mention], lexicon: Lexicon) -> bool:
    """Whether an attack is on computers, not people: done by hackers, called a cyber or ransomware attack, or
    done to systems, servers, networks or websites ("The attack on Kenya Airways crippled its computer systems")."""
    words = lexicon.words["cyber_words"]
    trigger = doc[hit.end - 1]
    if any(c.lower_ in words for c in trigger.children if c.dep_ in ("amod", "compound", "nmod")) \
            or trigger.lemma_.lower() in words:
        return True
    if any(m.key in event.targets and m.type in PEOPLE_TYPES for m in mentions):
        return False  # "The bombing damaged the ministry's servers and killed two guards": people were hurt
    doers = [m for m in mentions if m.key in event.agents]
    if doers and all(m.text.lower().split()[-1] in lexicon.words["hacker_heads"] for m in doers):
        return True  # (not "Russian hackers and soldiers attacked Ukraine")
    # what it was done to, or what it did: its object, its "on" object, the object of a verb it is the subject of
    done_to = [c for c in trigger.children if c.dep_ == "dobj"] \
        + [g for c in trigger.children if c.dep_ == "prep" and c.lower_ in ("on", "against") for g in c.children
           if g.dep_ == "pobj"] \
        + ([c for c in trigger.head.children if c.dep_ == "dobj"] if trigger.dep_ == "nsubj" else []) \
        + ([c for v in trigger.head.conjuncts for c in v.children if c.dep_ == "dobj"] if trigger.dep_ == "nsubj" else [])
    # (the thing's own noun, or a system or network of computers: "crippled its computer systems"; not "an online
    # journalist", "a computer shop")
    return any(t.lemma_.lower() in lexicon.words["computer_nouns"] or t.lemma_.lower() in lexicon.words["computer_system_nouns"] and any(
        c.dep_ in ("compound", "amod") and c.lower_ in lexicon.words["computer_modifiers"] for c in t.children)
        for t in done_to)


def _election_as_topic(doc: Doc, sent: Span, hit: Hit, lexicon: Lexicon) -> bool:
    """Whether an election noun is only what another noun is about or of ("serious concerns about the election",
    "the winner of the election", "the peaceful conduct of Sunday's vote"): a topic of words, no act of theirs."""
    if hit.group.type != "Election" or not is_nominal(doc, sent, hit):
        return False
    noun = doc[hit.end - 1]
    return noun.dep_ == "pobj" and noun.head.lower_ in ("about", "over", "regarding", "of", "on") \
        and noun.head.head.pos_ == "NOUN" and noun.head.head.i < hit.start \
        and noun.head.head.lemma_.lower() in lexicon.words["election_topic_nouns"]  # (not "won 54 percent of the vote")


def _warns_if(doc: Doc, speech, mentions: list[Mention], lexicon: Lexicon,
              affiliations: dict[str, set[str]]) -> str | None:
    """Whom a speaker's words threaten: a vow in the first person to act against whom a hostile condition
    names as its doer ("“If the United States escalates, I will not hesitate to shut the electricity off
    completely,” Ford said" -> the United States; "If tariffs are not dropped by Canada, I will increase the
    tariffs on cars"; "unless Russia withdraws"); None for an offer ("if the European Union agrees, we will
    cut tariffs"), a victim's side ("if Israel is attacked"), a counterfactual ("if Hamas had accepted, we
    would have halted"), the speaker's own side, or no vow ("we will not retaliate")."""
    verb = doc[speech.verb]
    own = set(speech.speakers) | {k for speaker in speech.speakers for k in affiliations.get(speaker, ())}
    told = range(verb.i + 1, speech.until if speech.until is not None else verb.sent.end) if speech.reported \
        else range(verb.sent.start, verb.i)
    for token in (doc[k] for k in told):
        clause = _vowing_clause(token)
        if clause is None:
            continue
        if any(c.dep_ == "aux" and c.lower_ == "have" for c in token.children):
            continue  # "we would have halted the fighting": what was not done
        conditions = [c for c in clause.children if c.dep_ == "advcl" and any(
            m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children)
            and c.lower_ != "were" and not any(a.lower_ in ("had", "were") and a.dep_ in ("aux", "auxpass")
                                               for a in c.children)]  # (not "If I were Putin", "if Hamas had accepted")
        # the act vowed: the verb, or what it "will not hesitate" to do
        acts = [token] + [c for c in token.children if c.dep_ == "xcomp"]
        if not conditions or not any((a.lemma_.lower() in lexicon.words["retaliation_lemmas"] or any(
                c.dep_ == "dobj" and c.lemma_.lower() in ("response", "answer", "retaliation") for c in a.children))
                and not any(c.dep_ == "neg" for c in a.children) for a in acts):
            continue  # (an act vowed: "we will strike back", "our forces are ready to give a strong response")
        condition = conditions[0]
        unless = any(m.lower_ == "unless" for m in condition.children)
        negative = any(c.dep_ == "neg" for c in condition.children)
        if not (unless or negative or condition.lemma_.lower() in lexicon.words["hostile_condition_lemmas"]):
            continue  # "If the European Union agrees, we will cut tariffs": an offer
        # who the condition's act is done by: its active subject, or who a passive's "by" names (not "If Israel is
        # attacked", whose subject suffers it)
        doers = [c for c in condition.children if c.dep_ == "nsubj"] + [
            g for c in condition.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        named = [m for d in doers for m in [parse.mention_of(d, mentions)] if m is not None
                 and m.type in ("Country", "Organization", "Person") and m.key not in own]
        if named:
            return named[0].key
    return None


def _goes_on_to_say(doc: Doc, verb: int, speaker: str, found: list[Event], hits: list[Hit]) -> bool:
    """Whether a verb of saying is a claim of its own after a criticism, an accusation or a denial its speaker made:
    a verb in a tense joined to that act's verb ("has denied any wrongdoing and said she would serve out her term",
    "called the decision absurd and said Russia would respond"); not "condemned the attack, saying ...", the same
    words."""
    token = doc[verb]
    if token.dep_ != "conj" or token.tag_ not in ("VBD", "VBZ", "VBP") or token.head.pos_ != "VERB":
        return False
    head = token.head
    if any(c.dep_ == "prep" and c.lower_ in ("for", "on") for c in head.children):
        return False  # "called for sanctions and said ...": one appeal and its claim, one Statement
    return any(h.start <= head.i < h.end and h.group.type in SPEECH_TYPES - {"Statement"} for h in hits) \
        or head.lemma_.lower() in ("call", "describe", "brand", "label") and any(
            e.type == "Criticism" and speaker in e.agents for e in found)  # "called their arrests a violation"


def _vows_punishment(doc: Doc, speech, lexicon: Lexicon) -> bool:
    """Whether the words a speaker says vow to punish ("vowed to punish" is the contract's Threat): what is told
    will punish or bring to justice ("Those who plunder it will be punished", "The perpetrators will be brought to
    justice") or hold someone to account ("We will not hesitate to hold those responsible to account"); not
    "will not be punished", nor what was done ("the officers were punished")."""
    verb = doc[speech.verb]
    if verb.lemma_.lower() in ("promise", "vow", "pledge") and any(
            c.dep_ == "dobj" and c.lemma_.lower() == "punishment" for c in verb.children):
        return True  # "he promised maximum punishment"
    told = range(verb.i + 1, speech.until if speech.until is not None else verb.sent.end) if speech.reported \
        else range(verb.sent.start, verb.i)
    backshifted = speech.reported and (verb.tag_ in ("VBD", "VBN") or verb.tag_ == "VBG" and verb.head.tag_ in (
        "VBD", "VBN"))  # "said the perpetrators would be brought to justice", "condemned ..., vowing that they would"
    for token in (doc[k] for k in told):
        if token.pos_ != "VERB" or not any(c.dep_ == "aux" and (c.lower_ in ("will", "shall", "'ll")
                                                                 or backshifted and c.lower_ == "would"
                                                                 and _culprits_of(token, lexicon))
                                           for c in token.children) \
                or any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in token.children):
            continue  # (not "would have been punished"; "said her client would be punished": who will be punished
            # is no culprit, nothing vowed)
        if token.lemma_.lower() == "tolerate" and any(c.dep_ == "neg" for c in token.children):
            return True  # "France said it will not tolerate any attack against its nationals"
        negated = any(c.dep_ == "neg" for c in token.children) or any(
            c.dep_ in ("nsubj", "nsubjpass") and (c.lower_ in ("nobody", "none") or any(
                d.dep_ == "det" and d.lower_ == "no" for d in c.children)) for c in token.children)  # "No one will be"
        if negated and token.lower_ == "spared" and any(c.dep_ == "auxpass" for c in token.children) \
                and _culprits_of(token, lexicon):
            return True  # "warned that terrorists would not be spared", "No one who attacked the police will be spared"
        acts = [token] if not negated else [c for c in token.children if c.dep_ == "xcomp"] \
            if token.lemma_.lower() == "hesitate" else []  # "will not hesitate to hold": the act vowed
        for act in acts:
            lemma = act.lemma_.lower()
            if lemma in lexicon.words["punishing_lemmas"] and any(c.dep_ == "auxpass" for c in act.children) \
                    or lemma in ("bring", "hold") and any(
                        c.dep_ == "prep" and c.lower_ == "to" and any(g.lower_ in ("justice", "account") for g in c.children)
                        for c in [*act.children, *(t for o in act.children if o.dep_ == "dobj" for t in o.subtree)]) \
                    or lemma == "hold" and any(c.lower_ in ("accountable", "responsible") and c.dep_ in ("acomp", "oprd", "amod")
                                               for t in act.children for c in [t, *t.children]):
                return True
    return False


def _culprits_of(verb: Token, lexicon: Lexicon) -> bool:
    """Whether who a verb of punishing takes are culprits ("the perpetrators", "those responsible", "anyone who
    ...", "the attackers"): what a vow of punishment names."""
    taken = [c for c in verb.children if c.dep_ in ("nsubjpass", "dobj")]
    return any(c.lemma_.lower() in _CULPRITS or c.lower_ in ("those", "anyone", "whoever") or any(
        g.lower_ in ("responsible", "involved", "behind") for g in c.children) for c in taken)


_CULPRITS = frozenset({"perpetrator", "attacker", "culprit", "killer", "assailant", "gunman", "criminal", "terrorist",
                       "element", "offender", "wrongdoer", "instigator", "organiser", "organizer", "plotter"})


def _vowing_clause(verb):
    """The clause a vow in the first person is told in, else None: "we will strike", "I would not hesitate to",
    "our armed forces are ready to give a strong response" (the clause of "are", whose condition it may carry)."""
    if verb.pos_ != "VERB":
        return None
    first_person = lambda head: any(  # noqa: E731
        c.dep_ == "nsubj" and (c.lower_ in ("i", "we") or any(p.dep_ == "poss" and p.lower_ in ("our", "my")
                                                                for p in c.children)) for c in head.children)
    if any(c.dep_ == "aux" and c.lower_ in ("will", "'ll", "would", "wo", "shall") for c in verb.children):
        return verb if first_person(verb) else None
    ready = verb.head if verb.dep_ == "xcomp" else None
    if ready is not None and ready.lemma_.lower() in ("ready", "prepared", "determined") and ready.dep_ == "acomp" \
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) and first_person(ready.head):
        return ready.head
    return None


def _urged_to_face(doc: Doc, hit: Hit, mentions: list[Mention]) -> str | None:
    """"urged Russia to accept a ceasefire or face sanctions": who is urged is who would face them."""
    node, steps = doc[hit.start], 0
    while node.head.i != node.i and steps < 8 and node.lemma_.lower() != "face":
        node, steps = node.head, steps + 1
    while node.head.i != node.i and steps < 12 and node.dep_ in ("conj", "xcomp", "ccomp") \
            and node.lemma_.lower() not in APPEAL_LEMMAS:
        node, steps = node.head, steps + 1
    if node.lemma_.lower() not in APPEAL_LEMMAS:
        return None
    urged = next((parse.mention_of(c, mentions) for c in node.children if c.dep_ == "dobj"), None)
    return urged.key if urged is not None else None


def _dates_the_saying(doc: Doc, token: int, hit: Hit, attribution: Attribution) -> bool:
    """"Police arrested seven people ..., officials said on Friday": the day of the saying, not of the
    event told in what is said."""
    return not hit.group.speech and hit.group.type not in SPEECH_TYPES and any(
        s.reported is False and not s.whole and s.verb < token and not _inside_content(doc, token, s.verb)
        and hit.start < s.verb and doc[s.verb].lemma_.lower() in ("say", "tell", "report", "add", "announce")
        for s in attribution.speeches)


def _told_to_the_press(doc: Doc, mention: Mention, speech, media_words: frozenset[str],
                       platforms: frozenset[str] = frozenset()) -> bool:
    """"told VOA", "told Reuters", "told reporters", "said on Telegram": the outlet a speaker talks to, or
    the platform they post on, is not what the words are about."""
    words = {w.lower().strip(".") for w in mention.text.split()}
    if mention.text.lower() in platforms and mention.start > 0 and doc[mention.start - 1].lower_ in ("on", "via"):
        return True
    return mention.start > speech.verb and mention.start - speech.verb <= 2 \
        and doc[speech.verb].lemma_.lower() == "tell" and bool(words & media_words)


def is_outlet(mention: Mention, lexicon: Lexicon) -> bool:
    """Whether an organisation is a news outlet ("ABC News", "TV-Ashna", "CNBC", "Voice of America")."""
    if mention.type != "Organization":
        return False
    return names_an_outlet(mention.text, lexicon)


def _hyphened_parties(doc: Doc, noun: Token, mentions: list[Mention]) -> list[Mention]:
    """States or bodies joined by a hyphen before a noun of meeting ("the China-Russia summit", "Israel-Hamas
    talks"): the parties of the meeting."""
    def modifies(m: Mention) -> bool:
        node = doc[m.end - 1]
        while node.dep_ == "compound" and node.head.i != noun.i and node.head.i < noun.i:
            node = node.head
        return node.dep_ in ("compound", "amod") and node.head.i == noun.i
    named = [m for m in mentions if m.type in ("Country", "Organization") and m.end < noun.i + 1 and modifies(m)]
    for first, second in zip(named, named[1:]):
        if second.start == first.end + 1 and doc[first.end].text in ("-", "–"):
            return [first, second]
    return []


def _only_the_press(doc: Doc, keys: tuple[str, ...], mentions: list[Mention], lexicon: Lexicon) -> bool:
    """Whether there are parties and each is the press by its head word ("reporters", "journalists"), the
    last word of its name (not "Reporters Without Borders", a watchdog named with a phrase after its head)."""
    return bool(keys) and all(any(m.key == k and doc[m.start:m.end].root.lower_ in lexicon.words["media_words"]
                                  and doc[m.start:m.end].root.i == m.end - 1 for m in mentions) for k in keys)


def spoken_to(doc: Doc, mention: Mention, lexicon: Lexicon) -> bool:
    """Whether a mention is whom words are said to, or where ("told CNBC", "in an interview with ABC News",
    "speaking to Reuters", "said on Al Jazeera"), not what they are about ("said the BBC was spreading lies")."""
    root = next((doc[k] for k in range(mention.start, mention.end)
                 if not mention.start <= doc[k].head.i < mention.end), doc[mention.start])
    if root.dep_ in ("compound", "nmod") and root.head.lemma_.lower() in lexicon.words["media_words"] | {"service"}:
        root = root.head  # "told Agence France-Presse news service"
    if root.dep_ in ("dobj", "dative") and root.head.lemma_.lower() in ("tell", "brief"):
        return True
    if root.dep_ == "pobj" and root.head.lower_ == "by" and root.head.head.lemma_.lower() in (
            "see", "obtain", "review", "ask", "question", "interview", "contact"):
        return True  # "a report seen by Reuters", "asked by VOA": the outlet that asked or saw
    if root.dep_ == "pobj" and root.head.lower_ in ("with", "on", "to"):
        owner = root.head.head
        return owner.lemma_.lower() in lexicon.words["speech_lemmas"] | {"speak", "talk", "interview", "conversation",
                                                                       "briefing", "appearance", "comment"}
    return False


def _says_nothing(doc: Doc, at: int, speaker: str | None, mentions: list[Mention], lexicon: Lexicon) -> bool:
    """Whether words attributed to a speaker state no claim: "according to U.N. figures" (where numbers come
    from), "China has always said" (a stance held, said on no day), "Reuters reports", "the ministry reported
    144 deaths", "authorities reported that ..." (an outlet, a figure, an unnamed body: where facts come from),
    "said he could not comment", "said he is monitoring developments", "“I'm aware of the situation,” he told
    reporters"."""
    verb = doc[at]
    lemma = verb.lemma_.lower()
    if verb.lower_ == "according" and any(p.dep_ == "pobj" and p.lemma_.lower() in lexicon.words["data_source_nouns"]
                                          for c in verb.children if c.dep_ == "prep" for p in c.children):
        return True
    if any(c.dep_ == "advmod" and c.lower_ in ("always", "long") for c in verb.children):
        return True  # ("has long said": a stance held)
    if lemma == "report" and (not any(c.dep_ in ("ccomp", "parataxis") for c in verb.children)
                              or speaker and (speaker.startswith("group/") or any(m.key == speaker for m in mentions)
                                              and all(is_outlet(m, lexicon) for m in mentions if m.key == speaker))):
        # "Italian authorities reported 144 deaths", "X reported from Washington", "British media have reported
        # that ...": where facts come from (but "Sudan's army reported that it had retaken the city" claims it)
        return True
    return any(_empty_claim(c, lexicon) or _details_of_the_told(c, lexicon)
               for c in verb.children if c.dep_ in ("ccomp", "parataxis"))


def _details_of_the_told(node: Token, lexicon: Lexicon) -> bool:
    """Whether a clause said only tells more of an act already told: its subject is the act ("said the drills were
    being held in the Taiwan Strait", "said the raid lasted two hours") or those it befell ("Those targeted include
    X and Y"), and its verb one of detail (lexicon words: detail_lemmas). Who says so is the act's source, no
    claim of their own ("said the drills were a warning" judges them: a claim)."""
    if node.lemma_.lower() not in lexicon.words["detail_lemmas"] or any(
            c.dep_ == "aux" and c.tag_ == "MD" for c in node.children):
        return False  # (not "said the talks would continue": what is to come is a claim)
    for subject in (c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")):
        if subject.lower_ in ("those", "these") and any(c.dep_ == "acl" and c.tag_ == "VBN" for c in subject.children):
            return True  # "Those targeted include ...", "Those detained include ..."
        if any(c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in subject.children) \
                and subject.lemma_.lower() in lexicon.words["display_nouns"] | lexicon.words["violent_act_nouns"] \
                | lexicon.words["restriction_nouns"] | {"sanction", "arrest", "protest", "rally", "strike", "meeting",
                                                        "talk", "summit"}:
            return True
    return False


def _empty_claim(node: Token, lexicon: Lexicon) -> bool:
    """Whether a clause said is one that says nothing ("we do not comment", "he is monitoring developments",
    "I'm aware of the situation", "was unable to provide details")."""
    if any(c.dep_ == "conj" for c in node.children):
        return False  # "is monitoring developments and will order strikes": more said
    lemma = node.lemma_.lower()
    watched = lexicon.words["watched_nouns"]
    if lemma in lexicon.words["no_content_lemmas"]:
        return any(c.dep_ == "neg" for c in node.children)
    if lemma in lexicon.words["watching_lemmas"]:
        return any(c.dep_ == "dobj" and c.lower_ in watched for c in node.children)
    for c in node.children:
        if c.dep_ != "acomp":
            continue
        if c.lemma_.lower() == "aware":
            return any(p.dep_ == "pobj" and p.lower_ in watched for g in c.children if g.dep_ == "prep"
                       for p in g.children)
        if c.lemma_.lower() == "unable":
            return any(g.dep_ == "xcomp" and g.lemma_.lower() in ("provide", "give") and any(
                d.dep_ == "dobj" and d.lemma_.lower() in ("detail", "information") for d in g.children)
                for g in c.children)
    if lemma == "confirm" and any(c.dep_ == "neg" for c in node.children):
        return True  # "could not confirm the reports"
    if lemma in ("provide", "give") and any(c.dep_ == "neg" for c in node.children) and any(
            c.dep_ == "dobj" and c.lemma_.lower() in ("detail", "information", "comment") for c in node.children):
        return True  # "could not provide further details" (not "we will not give up")
    return False


def speech_days(doc: Doc, attribution: Attribution, context: SentenceContext) -> dict[str, str]:
    """The day each speaker of the sentence is told to speak on ("Rubio said Monday the talks Tuesday will
    ..." -> Rubio: Monday), from a date of the saying, not of what is said."""
    days: dict[str, str] = {}
    for speech in attribution.speeches:
        day = next((d[2] for d in context.dates if d[2] and len(d[2]) == 10
                    and not _inside_content(doc, d[0], speech.verb)), None)
        if day and speech.speakers and speech.by_person:
            days.setdefault(speech.speakers[0], day)
    return days


def _inside_content(doc: Doc, token: int, verb: int) -> bool:
    """Whether a date at `token` is told inside what the verb of speech at `verb` reports ("said he would be
    sworn in on January 15"), not of the saying ("said on Tuesday that ...", "..., he said Monday")."""
    if 0 < token - verb <= 2 and all(t.lower_ in ("on", "last", "this") for t in doc[verb + 1:token]):
        return False  # "said Sunday Israel ...", "said on Monday": next to the verb, whatever the parse
    content = [c.i for c in doc[verb].children if c.dep_ in ("ccomp", "parataxis")]
    # "“...,” Zelenskyy wrote in a social media posting late Monday": what is told came first, so a phrase after the
    # verb is the saying's ("in a posting"), and so is a clause of its time ("told ... as he declared it over
    # Wednesday"); another clause there is still content ("noting that Iran had rejected the plan on Monday")
    told_first = token > verb and bool(content) and max(content) < verb
    clauses = _CLAUSE_DEPS - {"acl"} if told_first else _CLAUSE_DEPS
    node, steps = doc[token], 0
    while node.i != verb and node.head.i != node.i and steps < 12:
        if node.dep_ in clauses and not (told_first and _clause_of_time(node)):
            return True
        node, steps = node.head, steps + 1
    return node.i != verb and (told_first or doc[verb].head.i != node.i)


_CLAUSE_DEPS = frozenset({"ccomp", "xcomp", "advcl", "relcl", "acl", "parataxis", "conj"})


def _clause_of_time(node: Token) -> bool:
    """An adverbial clause of when something was done ("as he declared", "when", "while")."""
    return node.dep_ == "advcl" and any(c.dep_ in ("mark", "advmod") and c.lower_ in ("as", "when", "while")
                                        for c in node.children)


def _spoken_of(doc: Doc, speech, mentions: list[Mention], affiliations: dict[str, set[str]],
               attribution: Attribution | None = None) -> tuple[str, ...]:
    """Whom a statement is about: the first state, body or person its content names, besides its speaker
    and the speaker's own state or body ("“The ball is now in Russia's court,” Joly said" -> Russia; a State
    Department spokesman's "Washington had raised concerns with India" -> India)."""
    # ("The United States said the verdict showed ..., and Australia said it was “gravely concerned”": each
    # speaker's words end where the other's clause begins)
    floor = max((s.until for s in (attribution.speeches if attribution else ()) if s.until is not None
                 and s.verb < speech.verb and s.until < speech.verb), default=-1)
    until = speech.until if speech.until is not None else len(doc)
    told = (lambda m: speech.verb < m.start < until) if speech.reported else (lambda m: floor < m.start < speech.verb)
    own = {k for speaker in speech.speakers for k in affiliations.get(speaker, ())}
    # "“...,” Republican People's Party leader Ozgur Ozel told the crowd": the speaker's own noun phrase
    subject = [range(c.left_edge.i, c.right_edge.i + 1) for c in doc[speech.verb].children
               if c.dep_ in ("nsubj", "nsubjpass")]
    about = next((m for m in mentions if not m.locative and m.type in ("Country", "Organization", "Person")
                  and m.key not in speech.speakers and m.key not in own and m.start not in speech.tokens
                  and not any(m.start in r for r in subject)
                  and not speech.describes_speaker(m.start)  # "X, from the Spanish National Research Council, ..."
                  and not route_end(doc, m) and not _part_of_a_place(doc, m)  # "sailing from Greece to Egypt",
                  # "could not reach parts of Khartoum": where, not whom
                  and doc[m.start].text[:1].isupper()
                  and (speech.whole or told(m))), None)
    return (about.key,) if about is not None else ()


def _part_of_a_place(doc: Doc, mention: Mention) -> bool:
    """"parts of Khartoum", "the outskirts of Kyiv": a place's part, named by the place."""
    head = doc[mention.end - 1]
    return head.dep_ == "pobj" and head.head.lower_ == "of" \
        and head.head.head.lemma_.lower() in ("part", "area", "outskirt", "suburb", "district", "street", "centre",
                                              "center", "region", "corner", "edge")


def _speaker_date(doc: Doc, verb: int, speakers: tuple[str, ...], context: SentenceContext) -> str | None:
    if not _simple_past(doc, verb):
        return None
    return next((context.spoke_on[k] for k in speakers if k in context.spoke_on), None)


def _dates_another_noun(doc: Doc, date: tuple, hit: Hit) -> bool:
    """"the candidate in August's election could soon meet ...": a date written as a noun's
    owner dates that noun only."""
    end = date[1]
    if end < len(doc) and doc[end].text in ("'s", "’s") and not end < hit.start <= end + 2:
        return True
    owner = doc[date[0]].head.head if doc[date[0]].head.dep_ == "prep" else None
    if owner is not None and owner.pos_ == "NOUN" and not hit.start <= owner.i < hit.end \
            and _is_ahead_of(owner):
        return True  # "Ahead of the election in October, the party held a rally": October is the election's
    if (date[0] > 0 and doc[date[0] - 1].lower_ in ("in", "on", "since", "during", "until", "by")
            or date[0] > 1 and doc[date[0] - 1].lower_ == "of"
            and doc[date[0] - 2].lemma_.lower() in ("hour", "morning", "night", "evening", "afternoon", "dawn")) \
            and any(doc[k].head.dep_ in ("nsubj", "nsubjpass") for k in range(date[0], end)):
        return False  # "In February insurgents killed ...", "In the early hours of July 26th 2023 soldiers
        # detained ...": a time the preposition tells, though the parse joins it to the subject after it
        # (but "over their role in 2022 protests": the protests' year)
    # "the 2022 peace deal": a year that modifies another noun dates that noun
    # ("since the disputed July 28 election": a day that modifies another noun dates that noun too)
    # (but "on Thursday night", "Friday evening": a time of that day, no noun of another act)
    return any((doc[k].like_num or doc[k].ent_type_ == "DATE") and doc[k].dep_ in ("nummod", "compound", "amod", "nmod")
               and doc[k].head.pos_ == "NOUN" and not hit.start <= doc[k].head.i < hit.end and doc[k].head.i >= end
               and doc[k].head.lemma_.lower() not in _TIMES_OF_DAY
               for k in range(date[0], end))


_ARMED_HEADS = frozenset({"army", "military", "navy", "forces", "troops", "command", "guard", "guards", "militia",
                          "corps", "marines", "soldiers"})
"""Last words of the name of a force whose drills show force ("North Korea's army", "the Eastern Theater Command")."""

_DAYS_TOLD = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "overnight",
                        "today", "yesterday", "tonight"})
"""Words that tell the day of an act ("stepped up airstrikes on Tuesday", "overnight")."""

_TIMES_OF_DAY = frozenset({"morning", "afternoon", "evening", "night", "dawn", "midnight", "noon", "hour"})


def _near_now(value: str, published: str | None) -> bool:
    """Whether a carried date may be the "now" of a verb in the present: a day at most three days before the
    story's."""
    if published is None or len(value) < 10:
        return False
    return 0 <= (_dt.date.fromisoformat(published) - _dt.date.fromisoformat(value)).days <= 3


def _present_tense(doc: Doc, hit: Hit) -> bool:
    """Whether the trigger is a verb in the present ("accuses", "contend", "are sanctioned", "have accused"), told
    as now."""
    if hit.end - hit.start != 1:
        return False
    verb = doc[hit.start]
    return verb.tag_ in ("VBZ", "VBP") or verb.tag_ == "VBN" and any(
        c.dep_ in ("aux", "auxpass") and c.lower_ in ("is", "are", "am", "has", "have") for c in verb.children) \
        and not any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("been", "was", "were", "had") for c in verb.children)


def _past_perfect(doc: Doc, hit: Hit) -> bool:
    """Whether the trigger is a one-word verb in the past perfect in its sentence's main clause, opened by
    no adverbial ("The Americans had been jailed on charges ..."): told as before the time the story tells
    around it."""
    verb = doc[hit.start]
    main = verb
    while main.dep_ == "conj":
        main = main.head
    # (not "the group said it had killed 10 people": a saying's tense, shifted back; nor "had warned a day
    # earlier", told from the time around it)
    return hit.end - hit.start == 1 and verb.tag_ == "VBN" and main.dep_ == "ROOT" and any(
        c.dep_ in ("aux", "auxpass") and c.lower_ in ("had", "'d") for c in verb.children) \
        and not any(t.lower_ in ("earlier", "before") for t in verb.subtree) \
        and not any(c.dep_ in ("prep", "advmod", "npadvmod", "advcl") and c.i < verb.i for c in main.children)
    # (nor "By nightfall, officers had detained 40 people": a time told from the scene's)


def _simple_past(doc: Doc, pos: int) -> bool:
    """"said", "criticised": told as done then, so the story's last told day dates it;
    "has denied", "says", "will reject" are not."""
    word = doc[pos].lower_
    past = word.endswith("ed") or word in grammar.IRREGULAR_PAST
    before = {t.lower_ for t in doc[max(pos - 2, 0):pos]}
    return past and not before & grammar.PERFECT_OR_FUTURE


def _same_kind(event: Event, earlier: Event) -> bool:
    """Whether a noun's event is of the kind of one told before: its type, or, naming no one, a restriction of a
    state's sanction abroad ("assessing the ban" after "China banned exports to the United States"; not
    "Lukashenko imposed the ban on rallies" after the EU's sanctions)."""
    return event.type == earlier.type or event.type == "Restriction" and earlier.type == "Sanction" \
        and not event.agents and not event.targets


def _refers_to(event: Event, earlier: Event) -> bool:
    """Whether a noun-named event is one told before: same type (a restriction of a sanction: "assessing the ban"
    after "China banned exports to the United States") and a shared participant."""
    if not _same_kind(event, earlier):
        return False
    if event.type == "Election" and (event.date == earlier.date or not event.date):
        return True  # "the election" is the one told before; an election is known by its date
    return bool(set(event.targets) & set(earlier.targets)) or bool(
        event.agents and set(event.agents) <= set(earlier.agents) and not event.targets) or (
        # "as she left the protest": the one told before, when the noun tells nothing of its own
        not event.agents and not event.targets and not event.count and event.type in SCENE_TYPES
        and (not event.places or bool(set(event.places) & set(earlier.places))))


def _after_perfect(doc: Doc, pos: int) -> bool:
    """Whether the participle at `pos` follows "have", "has" or "had" (an adverb between): a verb."""
    k = pos - 1
    while k >= 0 and (doc[k].pos_ in ("ADV", "PART") or doc[k].lower_ == "since") and pos - k < 3:
        k -= 1
    return k >= 0 and doc[k].lower_ in ("have", "has", "had", "'ve")


def _regrouped(doc: Doc, hit: Hit, mentions: list[Mention], lexicon: Lexicon) -> Hit:
    """A trigger whose words tell another event than its entry's in this sentence, with that event's entry."""
    if hit.group.type == "Criticism" and hit.group.patient_subject and doc[hit.end - 1].lower_ == "fire" \
            and _literal_fire(doc, hit, lexicon):
        # "troops came under fire from militants": shots, not words; they are fired on by those it came from
        return Hit(hit.start, hit.end, next(g for g in lexicon.trigger_groups
                                            if g.type == "Assault" and g.patient_subject))
    if hit.group.type == "Assault" and hit.group.patient_subject and doc[hit.end - 1].lower_ == "attack" \
            and not _literal_fire(doc, hit, lexicon) and _under_words(doc, hit, mentions):
        # "The government came under attack from the opposition over the deal": words; criticised by those it
        # came from
        return Hit(hit.start, hit.end, next(g for g in lexicon.trigger_groups if g.type == "Criticism"
                                            and g.patient_subject and ("came", "under", "fire") in g.triggers))
    verb = doc[hit.start]
    if hit.group.type == "Assault" and not hit.group.patient_subject and verb.lemma_.lower() == "attack" \
            and verb.pos_ == "VERB" and _attacked_in_words(verb, mentions, lexicon) and any(
                c.dep_ == "nsubj" and (m := parse.mention_of(c, mentions)) is not None
                and m.type in ("Person", "Organization") for c in verb.children):
        # (a named person or body; "supporters attacked police over the arrest" is a crowd's violence)
        # "Odinga attacked the government over the new taxes", "Weidel attacked the 'blockade fanatics' in a speech",
        # "Trump attacked Zelensky on social media, calling him a dictator": words, a criticism
        return Hit(hit.start, hit.end, next(g for g in lexicon.trigger_groups if g.type == "Criticism"
                                            and not g.patient_subject and not g.evaluative))
    if hit.group.type == "Release" and hit.group.patient_subject and doc[hit.start].lower_.startswith("walk") \
            and any(t.lower_ == "protest" for t in doc[hit.end:min(len(doc), hit.end + 3)]):
        # "Prison guards walked out of the jail in protest over unpaid wages": a walkout, no one freed
        return Hit(hit.start, hit.start + 2, next(g for g in lexicon.trigger_groups if g.type == "Protest"
                                                  and ("walked", "out") in g.triggers))
    return hit


def _attacked_in_words(verb: Token, mentions: list[Mention], lexicon: Lexicon) -> bool:
    """Whether "attacked" tells words: in a speech or a medium ("in a speech", "on social media", "in an interview"),
    or naming what it attacks ("calling him a dictator"); a person's attack on a person or a body for a reason too
    ("Odinga attacked the government over the new taxes", "Trump attacked the Federal Reserve over interest rates";
    not "Hezbollah attacked Israel over the killing", "Putin attacked Ukraine over its NATO ambitions", "attacked a
    police station on Monday")."""
    said_in = lexicon.words["speech_setting_nouns"] | lexicon.words["platform_names"]
    armed = lexicon.words["fighter_heads"] | lexicon.words["state_force_heads"]
    subjects = [parse.mention_of(c, mentions) for c in verb.children if c.dep_ == "nsubj"]
    if any(c.dep_ == "nsubj" and (c.lemma_.lower() in armed or c.lower_ in armed) for c in verb.children):
        return False  # "Rebels attacked the convoy for the second time": arms
    person_on_body = any(s is not None and s.type == "Person" for s in subjects) and any(
        (o := parse.mention_of(c, mentions)) is not None and o.type in ("Person", "Organization")
        or c.lemma_.lower() in lexicon.words["state_nouns"] for c in verb.children if c.dep_ == "dobj")
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ in ("over", "for") and person_on_body and any(g.dep_ == "pobj" and g.ent_type_ not in ("DATE", "TIME", "ORDINAL", "CARDINAL")
                        and g.lemma_.lower() not in ("time", "hour", "day", "week", "month", "year", "minute", "night",
                                                     "control") for g in c.children):
            return True
        if c.dep_ == "prep" and c.lower_ in ("in", "on", "during") and any(
                g.dep_ == "pobj" and (g.lemma_.lower() in said_in or g.lower_ in said_in) for g in c.children):
            return True
        if c.dep_ == "advcl" and c.tag_ == "VBG" and c.lemma_.lower() in ("call", "brand", "label", "describe", "accuse"):
            return True
    return False


def _event(doc: Doc, sent: Span, index: int, hit: Hit, mentions: list[Mention], lexicon: Lexicon,
           context: SentenceContext, attribution: Attribution) -> Event | None:
    hit = _regrouped(doc, hit, mentions, lexicon)
    group = hit.group
    counted = None  # a number in figures that stands for the people acted on ("94 were arrested")
    struck_place = None  # a place a passive verb tells struck by the act ("Georgia has been rocked by protests")
    c_start, c_end = clause_start(doc, sent, hit.start), clause_end(doc, sent, hit.end)
    # "Such matters, he told VOA, should ...": whom words are told to does nothing the sentence tells
    speech_tokens = attribution.tokens | {i for speech in attribution.speeches
                                          for i in addressees(doc, speech.verb, mentions)}
    # "VOA: Russia's President Vladimir Putin recently visited China": a label of who asks, in an interview
    mentions = [m for m in mentions if not (m.start == sent.start and m.end < sent.end and doc[m.end].text == ":")]
    actors = [m for m in mentions if not m.locative and m.start not in speech_tokens]
    in_clause = [m for m in actors if c_start <= m.start and m.end <= c_end]
    left = [m for m in in_clause if m.end <= hit.start]
    stop = _phrase_stop(doc, hit.end, c_end)
    inside = [m for m in in_clause if hit.start < m.start and m.end <= hit.end]
    right = inside + [m for m in in_clause if hit.end <= m.start < stop and not _of_a_joined_verb(doc, hit, m)]
    next_trigger = min((h.start for h in context.hits if h.start > hit.start), default=sent.end)
    by_agents = [_owned(doc, m, right) for m in right if m.agentive and m.start < next_trigger
                 and not _by_another_verb(doc, hit, m)]  # "protests by his supporters": the supporters, not him
    if not by_agents:  # "The attack, carried out by Islamic State militants, killed": set off by commas
        noun = doc[hit.end - 1]
        doing = [c for c in noun.children if c.dep_ in ("acl", "relcl")] + (
            [noun.head] if noun.dep_ == "nsubjpass" and is_nominal(doc, sent, hit) else [])
        # ("the attack on Leonid Volkov had been organised by Russian services")
        doers = {g.i for c in doing if c.lemma_.lower() in _DOING_IT
                 for a in c.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"}
        by_agents = [m for m in actors if doers & set(range(m.start, m.end)) and not _owner_of(doc, m, actors)
                     and not (group.type == "Protest" and m.type in ("Country", "City"))][:1]  # (a state holds none)
    prep_targets = _after_prep(doc, in_clause, hit.end, stop, group.target_preps)
    blamed_on = [m for c in doc[hit.end - 1].head.children if c.dep_ == "prep" and c.lower_ == "on"
                 for g in c.children if g.dep_ == "pobj" for m in in_clause if m.start <= g.i < m.end] \
        if doc[hit.end - 1].dep_ == "nsubjpass" and doc[hit.end - 1].head.lemma_.lower() == "blame" else []
    prep_targets = [m for m in prep_targets if m not in blamed_on]  # "The bombing was blamed on the PKK": the doer
    by_agents = blamed_on[:1] or by_agents
    speaker = attribution.speaker_for(hit.start)
    possessor = _possessor(doc, hit, left)
    coordinated = None
    if group.evaluative:
        return _evaluation(doc, sent, index, hit, mentions, lexicon, attribution, context)
    if hit.end - hit.start == 1 and doc[hit.start].dep_ == "amod" and doc[hit.start].tag_ == "VBN" \
            and doc[hit.start].head.i > hit.start and group.type in ("Restriction", "Sanction", "Threat", "Accusation") \
            and doc[hit.start - 1].dep_ != "cc" and not _after_perfect(doc, hit.start):
        # "had looted hospitals and blocked food aid", "have since banned civilians" are verbs misparsed
        return None  # "detailed prohibited transfers", "these disrupted plots", "this alleged consensus": a participle
        # describing a thing
    verb = doc[hit.start]
    if verb.pos_ == "VERB" and hit.end < len(doc) \
            and f"{verb.lemma_.lower()} {doc[hit.end].lower_}" in lexicon.words["verb_preposition_idioms"]:
        return None  # "three who hail from China": come from, no praise
    if group.type == "Arrest" and verb.pos_ == "VERB" and verb.lemma_.lower() == "hold" and any(
            c.dep_ == "nsubj" and (c.lemma_.lower() in lexicon.words["lockup_nouns"]
                                   or c.lower_ in ("which", "that") and verb.dep_ == "relcl"
                                   and verb.head.lemma_.lower() in lexicon.words["lockup_nouns"])
            for c in verb.children):
        return None  # "The prison, which holds 4,000 inmates, was stormed": what a jail holds, no one's arrest
    if group.type == "Statement" and verb.lemma_.lower() == "press" and not (any(
            c.dep_ == "dobj" and (c.pos_ == "PRON" or parse.mention_of(c, mentions) is not None) for c in verb.children)
            and any(c.dep_ in ("xcomp", "ccomp", "advcl") and c.pos_ in ("VERB", "AUX") and c.i > verb.i
                    for c in verb.children)):
        return None  # "as the army pressed an offensive to push the RSF out", "pressed the RSF to the outskirts":
        # pressed on, no one pressed to act
    if group.type == "Payment" and verb.pos_ == "NOUN" and (
            verb.dep_ == "dobj" and verb.head.lemma_.lower() in lexicon.words["unmade_payment_lemmas"]
            or verb.dep_ == "pobj" and verb.head.lower_ == "on" and verb.head.head.lemma_.lower() == "default"):
        return None  # "Zambia missed a $42.5 million payment", "defaulted on its payments": none made
    if group.type == "Payment" and verb.pos_ == "VERB" and _pays_for_a_wrong(
            verb, lexicon, told=verb.dep_ == "ccomp" and verb.head.lemma_.lower() in ("warn", "vow", "threaten")):
        return None  # "Iran will pay for the attack", "will pay dearly for their crimes": punishment to come, no money
    if verb.pos_ == "VERB" and any(c.dep_ == "dobj" and f"{verb.lemma_.lower()} {c.lemma_.lower()}"
                                   in lexicon.words["verb_object_idioms"] for c in verb.children):
        return None  # "Brussels is dragging its feet", "Republicans killed the bill": an idiom, no arrest or blow
    if group.type == "Release" and verb.pos_ == "VERB" and any(
            c.dep_ == "dobj" and c.pos_ == "NOUN" and not hit.start <= c.i < hit.end  # (but "granted him house arrest")
            and ((m := parse.mention_of(c, mentions)) is not None and m.type not in PEOPLE_TYPES
                 or m is None and c.lemma_.lower() in lexicon.words["released_things"])
            for c in verb.children):
        return None  # "China released an AI development program": a thing released, no one freed
    if group.type == "Accusation" and verb.pos_ == "VERB" and verb.lemma_.lower() == "charge" and not any(
            c.dep_ == "prep" and c.lower_ == "with" or c.dep_ in ("dobj", "nsubjpass") and (
                c.pos_ in ("PRON", "PROPN") or parse.mention_of(c, mentions) is not None) for c in verb.children):
        return None  # "yet charge less", "charging 25% more for electricity": prices, no charge against anyone
    if group.type == "Protest" and verb.pos_ == "VERB" and any(
            c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() in lexicon.words["welcoming_lemmas"]
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in verb.children):
        return None  # "Crowds gathered in Ramallah to greet the buses", "thousands turned out to welcome him": a
        # welcome, no protest
    if group.type == "Accusation" and verb.pos_ == "VERB" and verb.lemma_.lower() == "charge" and any(
            c.dep_ == "prep" and (c.lower_ in ("into", "through", "toward", "towards") or c.lower_ in ("with", "on") and any(
                g.lemma_.lower() in lexicon.words["hand_weapons"] | lexicon.words["weapon_nouns"]
                for o in c.children if o.dep_ == "pobj" for g in (o, *o.conjuncts)))
            for c in verb.children):
        return None  # "Police charged the crowd with batons", "charged the protesters on horseback", "charged into the
        # crowd": a rush, no charge (but "charged three activists with possession of knives")
    if group.type == "Threat" and doc[hit.start].lemma_.lower() == "threaten" and any(
            c.dep_ == "agent" and any(g.dep_ == "pobj" and parse.mention_of(g, mentions) is None
                                      and g.lemma_.lower() in _THREATENING_CONDITIONS | lexicon.words["natural_harm_nouns"]
                                      for g in c.children)
            for c in doc[hit.start].children):
        return None  # "is threatened by the high consumption of dog meat", "threatened by rising seas": at risk
    if hit.end - hit.start == 1 and doc[hit.start].pos_ == "VERB" and any(
            c.dep_ == "dobj" and c.lemma_.lower() in lexicon.lemma_triggers.not_with.get(doc[hit.start].lemma_.lower(), ())
            for c in doc[hit.start].children):
        return None  # "lent his weight to the campaign", "beat expectations": the verb's idiom with that object, as
        # the dictionary-derived triggers have it, no event
    if group.type == "Release" and group.patient_subject and doc[hit.start].lower_.startswith("walk") and any(
            c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in _NOT_HELD for c in doc[hit.start].children):
        return None  # "the lawyer walked out of the prison after a visit": who works or calls there was never held
    if doc[hit.start].lemma_.lower() == "warn" and any(c.dep_ in ("prt", "advmod") and c.lower_ in ("off", "away")
                                                       for c in doc[hit.start].children):
        return None  # "fired shots into the air to warn off a fishing boat": driven off, no words
    if group.type == "Assault" and group.patient_subject and not _literal_fire(doc, hit, lexicon) and (
            doc[hit.end - 1].lower_ == "fire" or _under_words(doc, hit, mentions)):
        return None  # "the minister came under fire from unions", "has come under attack from critics": words
    if group.type == "Criticism" and hit.end - hit.start == 1 and hit.end < len(doc) \
            and doc[hit.end].lower_ in ("into", "onto", "through"):
        return None  # "the cyclone slammed into southern Africa": a blow, no words
    if group.type == "Criticism" and verb.lemma_.lower() in _REJECTING and any(
            c.dep_ == "dobj" and c.lemma_.lower() in lexicon.words["refused_things"] for c in verb.children):
        return None  # "rejected Kenya's request", "rejected the proposal": a refusal, no criticism
    if group.type == "Statement" and verb.pos_ == "VERB" and verb.lemma_.lower() in ("announce", "unveil") and any(
            c.dep_ == "dobj" and any(c.left_edge.i <= h.start <= c.right_edge.i for h in context.hits if h is not hit)
            for c in verb.children):
        return None  # "announced new sanctions", "announced a ban": the act announced is the event, no claim
    if group.speech and group.type == "Statement" and opening_participle(verb):
        return None  # "Underscoring the insecurity along the border, the militants launched ...": no words
    if group.type == "Arrest" and any(c.dep_ == "dobj" and c.lower_.endswith(("self", "selves")) for c in verb.children):
        return None  # "The mother of four dragged herself out of the car": no one held
    if group.type == "Arrest" and verb.lemma_.lower() == "hold" and any(
            t.dep_ in ("nsubj", "appos") and t.lemma_.lower() in lexicon.words["holding_places"]
            for t in doc[max(sent.start, hit.start - 6):hit.start]):
        return None  # "the prison can hold only 130 detainees": a place's room, no one arrested
    if group.type == "Meeting" and verb.pos_ == "VERB" and verb.lemma_.lower() in ("meet", "greet"):
        subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.lower_ not in ("who", "that")] \
            or ([verb.head] if verb.dep_ == "relcl" else [])
        met_by = [m for t in subjects if (m := parse.mention_of(t, mentions)) is not None]
        met_with = [parse.mention_of(g, mentions) for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"
                    for g in c.children if g.dep_ == "pobj"]
        conferring = any(m is not None and (m.type in ("Person", "Organization", "Country")
                                            or m.text.lower().split()[-1] in lexicon.words["representative_heads"])
                         for m in met_with)
        if met_by and not conferring and all(
                m.type == "Group" and m.text.lower().split()[-1] in lexicon.words["crowd_heads"] for m in met_by):
            return None  # "thousands of supporters who met him at the airport": a crowd greets, no one confers
            # (but "Villagers met with U.N. officials": they confer; "met with police roadblocks" is no one met)
    if group.type == "Release" and _releases_a_thing(doc[hit.start], lexicon):
        return None  # "a report released this month", "released a video of the hostages": published, no one freed
    if group.type == "Denial" and _withholds(doc, hit, mentions, lexicon):
        return None  # "denied entry to two lawmakers", "denied him access": a refusal, not a claim denied
    if group.type == "Assault" and not is_nominal(doc, sent, hit):
        verb = doc[hit.start]
        subjects = [c.head.head if c.lower_ in ("that", "which") and c.head.dep_ == "relcl" else c
                    for c in verb.children if c.dep_ == "nsubj"]  # ("wildfires that killed 90 people")
        subjects += [doc[s.left_edge.i - 2] for s in subjects if verb.dep_ == "relcl" and s.left_edge.i >= 2
                     and doc[s.left_edge.i - 1].lower_ in ("at", "in", "on")]
        # ("a fire at an immigration detention center that killed 39": the place is the fire's)
        if any(t.lemma_.lower() in lexicon.words["natural_harm_nouns"] or _blaze(t)
               for subject in subjects for t in [subject, *(c for c in subject.children if c.dep_ == "compound")]) \
                or any(_accidental(subject, lexicon) for subject in subjects):
            return None  # "the floods killed 30 people", "a bus crash killed 12", "A fire at a migrant detention
            # center killed 39": no one's violence
        if any(c.dep_ == "prep" and c.lower_ in ("in", "by", "during") and any(
                g.dep_ == "pobj" and (g.lemma_.lower() in lexicon.words["natural_harm_nouns"] or _accidental(g, lexicon))
                for g in c.children)
               for c in verb.children):
            return None  # "five people had been killed in the crash", "killed by the floods": no one's violence
        if not subjects and verb.dep_ == "advcl" and (any(
                c.dep_ == "nsubj" and c.lemma_.lower() in lexicon.words["natural_harm_nouns"] for c in verb.head.children)
                or verb.head.lemma_.lower() in lexicon.words["accident_verbs"] and not any(
                    c.dep_ == "nsubj" and c.lemma_.lower() in lexicon.words["weapon_nouns"]
                    - lexicon.words["crewed_weapon_nouns"] for c in verb.head.children)):
            # (but "a Russian missile crashed into a hospital, killing three": an attack; a bus or a plane that
            # crashed is none)
            return None  # "the storm hit the coast, killing 12 people", "a canopy collapsed, killing 15 people"
        if any(c.dep_ == "advcl" and c.lemma_.lower() in lexicon.words["accident_verbs"]
               and any(m.lower_ in ("when", "after", "as") for m in c.children if m.dep_ in ("mark", "advmod"))
               and not any(g.dep_ == "nsubj" and g.lemma_.lower() in lexicon.words["weapon_nouns"]
                           - lexicon.words["crewed_weapon_nouns"] for g in c.children) for c in verb.children):
            return None  # "four Marines were killed when their aircraft crashed": an accident, no one's violence
        shared = subjects or ([c for c in verb.head.children if c.dep_ == "nsubj"] if verb.dep_ == "conj" else [])
        clause = verb.head if verb.dep_ == "conj" else verb
        if clause.dep_ == "relcl":
            shared = shared + [clause.head]  # "a war that lasted three years and killed 100,000 people"
        if any(t.lower_ in ("war", "conflict", "fighting", "insurgency") for t in shared):
            return None  # "Fighting between the army and the RSF has killed 18,000 people": a war told in general
        if verb.lemma_.lower() in ("beat", "defeat") and any(
                t.text.count("-") == 1 and t.text.replace("-", "").isdigit()
                or t.like_num and t.i + 2 < c_end and doc[t.i + 1].text in ("-", "–") and doc[t.i + 2].like_num
                for t in doc[c_start:c_end]):
            return None  # "beat Argentina 2-1 in the final": a match
        if verb.lemma_.lower() == "attack" and (any(
                c.dep_ == "dobj" and not _names_people_or_place(c, mentions) for c in verb.children) and any(
                c.dep_ == "prep" and c.lower_ == "as" for c in verb.children) or any(
                c.dep_ == "prep" and c.lower_ == "for" and any(g.dep_ == "pcomp" and g.tag_ == "VBG" for g in c.children)
                for c in verb.children)):
            # "attacked the budget plan as reckless", "attacked the newspaper for refusing to support his plans":
            # words, no violence
            group = _criticism_group(lexicon)
    if possessor is not None and is_nominal(doc, sent, hit):
        of_object = _of_object(doc, hit, right)
        agents, targets = ([possessor], of_object) if of_object else ([], [possessor])
        if not of_object and group.type in _DONE_BY_OWNER and not _suffered_by_owner(doc, hit.start, sent.end, lexicon):
            # "Hamas's October 7 attack on Israel", "the EU's sanctions on Russia": the owner acts
            agents, targets = [possessor], prep_targets[:1]
        target_keys_hint = ()
    elif group.patient_subject and (placed := parse.placed_in(doc, hit.start, hit.end, actors)) is not None:
        # "the junta placed Bazoum under house arrest": who puts someone there holds them
        agents, targets, target_keys_hint = list(placed.agents[:1]), list(placed.targets[:1]), ()
    elif group.patient_subject:
        agents = by_agents[:1] or _orders_of(doc, [m for m in in_clause if m.start > hit.end]) \
            or _after_prep(doc, in_clause, hit.end, stop, group.agent_preps)[:1]  # "faced criticism from the EU"
        parsed = [m for t in parse.subject_tokens(doc[hit.start])[0] if t.i < hit.start
                  and (m := parse.mention_of(t, left)) is not None]
        # "Two Ivorian soldiers and a mercenary from Belarus stand accused": the subject, not the last name
        targets, target_keys_hint = parsed[:1] or _subject(doc, left, c_start)[-1:], ()
    elif describes_person(doc, sent, hit, mentions) and not (left and left[-1].end == hit.start) \
            and doc[hit.start - 1].lower_ not in ("and", "or", "but", "also", "has", "have", "had", "who", "later",
                                                  "then", "again", "soon", "recently", "eventually", "finally") \
            and not doc[hit.start - 1].lower_.endswith("ly"):  # "A court later sentenced X": a verb
        agents, targets, target_keys_hint = [], [m for m in right if m.type in PEOPLE_TYPES][:1], ()
    elif _is_passive(doc, hit, sent.start) or group.type != "Protest" and _reduced_relative(doc, sent, hit, left) \
            or _passive_chain(doc, hit, sent, lexicon):  # no one is "rallied": a protest verb is active
        chained = _coordinated_subject(doc, hit, sent, actors, lexicon, context.hits) \
            if _passive_chain(doc, hit, sent, lexicon) else None
        targets = [chained] if chained else left[-1:]
        subject = next((c for c in doc[hit.start].children if c.dep_ == "nsubjpass"), None)
        if not chained and targets and subject is not None and subject.pos_ == "NOUN" \
                and parse.mention_of(subject, left) is None and subject.lemma_.lower() not in parse.QUANTITY_HEADS \
                and not (subject.i < targets[0].start and all(t.lower_ == "of" or t.dep_ in ("det", "amod", "nummod")
                                                              for t in doc[subject.i + 1:targets[0].start])):
            targets = []  # "the coup plotters involved in the attempt to overthrow President Moise are detained"
        if not chained and subject is not None and subject.pos_ == "NUM" and parse.mention_of(subject, left) is None \
                and subject.text.replace(",", "").isdigit():
            targets = []  # "20 people were injured, including a photographer ..., and 94 were arrested": the 94
            counted = subject
        owner = next((m for c in doc[hit.start].children if c.dep_ == "nsubjpass" and parse.mention_of(c, left) is None
                      for g in c.children if g.dep_ == "poss" and (m := parse.mention_of(g, left)) is not None), None)
        if not chained and owner is not None:
            targets = [owner]  # "Mr. Bennett's travel to Afghanistan has been prohibited": Bennett is barred
        if not chained and hit.start - 2 >= sent.start and doc[hit.start - 1].lower_ == "being" \
                and doc[hit.start - 2].lower_ in ("after", "before", "since", "upon", "following", "without") and left:
            targets = left[:1]  # "Mech Dara thanked his supporters after being freed": the subject was freed
        verb = parse.verb_of(doc, hit.start, hit.end)
        if targets and not chained and verb is not None and verb.dep_ == "ccomp" \
                and not any(verb.left_edge.i <= k <= verb.right_edge.i for k in range(targets[0].start, targets[0].end)):
            targets = []  # "alleged that the election had been rigged": the election, not the one who alleges
        # "Palestinians injured in violent confrontations with Israeli police"
        agents = by_agents[:1] or [m for m in _after_prep(doc, in_clause, hit.end, stop, group.agent_preps)
                                   if not {"along", "together"} & {t.lower_ for t in doc[hit.end:m.start]}][:1]
        if not targets and hit.start > sent.start and doc[sent.start].lower_ in lexicon.words["people_pronouns"]:
            targets = []
            target_keys_hint = context.previous_people
        else:
            target_keys_hint = ()
    else:
        target_keys_hint = ()
        coordinated = _coordinated_subject(doc, hit, sent, [m for m in mentions if not m.locative and not m.agentive
                                                            and not _shown_by(m, attribution)], lexicon,
                                           context.hits) \
            or _adjunct_subject(doc, hit, sent, mentions)
        agents = [coordinated] if coordinated else _subject(doc, [m for m in left if not m.agentive], c_start)[-1:] \
            or by_agents[:1]
        if agents and _unread_pronoun_subject(doc, hit, agents[0], mentions):
            agents, coordinated = [], None  # "Then they picked out police officers and shot them": whom they
            # picked does not shoot
        if agents and agents[0].type == "Organization" and group.speech and not is_nominal(doc, sent, hit):
            # "Kevin Hassett, director of the White House National Economic Council, emphasized": he speaks
            agents = [person_speaking(doc, sent, hit.start, mentions) or agents[0]]
        noun = doc[hit.end - 1]
        if agents and group.type == "Protest" and is_nominal(doc, sent, hit) and noun.dep_ == "pobj" \
                and noun.head.lower_ == "by" and noun.head.head.tag_ == "VBN" and not any(m.start > noun.i for m in agents):
            # (but "Russia has been hit by Western sanctions": who is struck is their target)
            # "Georgia has been rocked by protests": the country suffers them, no one named holds them; it is
            # where they are held
            struck_place = agents[0] if agents[0].type in ("Country", "City") else None
            agents = []
        if agents and group.type == "Protest" and is_nominal(doc, sent, hit) and noun.dep_ == "pobj" \
                and agents[0].type == "Country" and agents[0].start < hit.start:
            agents = []  # "the government stepped up a crackdown on a week of protests": a state holds no protest
        if agents and not coordinated and is_nominal(doc, sent, hit) and noun.dep_ in ("nsubj", "nsubjpass") \
                and noun.head.pos_ in ("VERB", "AUX") \
                and not noun.left_edge.i <= agents[0].start <= noun.right_edge.i:
            agents = []  # "Villagers are afraid ... and a deadly attack on a military base has highlighted":
            # an event noun that is a clause's subject takes no one from another clause
        if agents and not coordinated and not is_nominal(doc, sent, hit) and agents[0] in left \
                and _unnamed_subject_after(doc, hit, agents[0], mentions,
                                           lexicon.words["state_nouns"] | lexicon.words["org_anaphor_heads"]):
            agents = []  # "In a statement to media, the group claimed to be holding ...": the group, not the media
        if agents and not coordinated and is_nominal(doc, sent, hit) and noun.dep_ == "dobj" \
                and (subject := next((c for c in noun.head.children if c.dep_ == "nsubj"), None)) is not None \
                and subject.i < agents[0].start <= subject.right_edge.i and (agents[0].type == "Person" or (
                    agents[0].type == "Group" and agents[0].text.lower().split()[-1] not in lexicon.words["fighter_heads"]
                    | lexicon.words["state_force_heads"] | lexicon.words["ruling_heads"])) \
                and (head := parse.mention_of(subject, left)) is not None:
            agents = [head]  # "Supporters of Imran Khan staged protests": the supporters, not the one of the of-phrase
            # (but "Fighters from the RSF launched an attack", "Troops of the Malian army": the body acts)
        if agents and not coordinated and is_nominal(doc, sent, hit) and noun.dep_ == "dobj" \
                and noun.head.pos_ == "VERB" and noun.head.dep_ == "conj" \
                and noun.head.lemma_.lower() in lexicon.words["doing_verbs"] | lexicon.words["light_verbs"] | _KEPT_UP \
                and not any(c.dep_ in ("nsubj", "nsubjpass") for c in noun.head.children):
            shared, passive = parse.subject_tokens(noun.head)
            owner = parse.mention_of(shared[0], left) if shared and not passive else None
            if owner is not None and owner.key != agents[0].key \
                    and not shared[0].left_edge.i <= agents[0].start <= shared[0].right_edge.i:
                agents = [owner]  # "Turkey blamed the PKK for the attack and launched air strikes": the subject the
                # verbs share, not the object of the first
        joined = _joined_subjects(doc, hit, mentions) if is_nominal(doc, sent, hit) and agents and not coordinated else []
        if agents and agents[0] in joined:
            agents = joined  # "the United States and South Korea began their joint military exercises"
        if is_nominal(doc, sent, hit) and agents and not coordinated and agents[0].start > 0 \
                and doc[agents[0].start - 1].lower_ in grammar.GIVING:
            subject = [m for m in left if m.end < agents[0].start]
            agents = subject[-1:] if subject else agents
        receiver = _receiver_before_owner(doc, hit, left, agents, c_start, lexicon) \
            if is_nominal(doc, sent, hit) and not coordinated else []
        if is_nominal(doc, sent, hit) and by_agents and not coordinated:
            agents, targets_hint = by_agents[:1], []  # "protests by Palestinians"
        elif receiver:
            targets_hint = receiver  # "The country has received 20 IMF bailouts": the IMF lends, the country gets
        elif is_nominal(doc, sent, hit) and agents and not coordinated:
            link = {t.lower_ for t in doc[agents[0].end:hit.start]}
            receiving = lexicon.words["receiving_verbs"] | (
                lexicon.words["facing_verbs"] if group.type in _PATIENT_TYPES | {"Criticism"} else frozenset()) | (
                lexicon.words["borrowing_verbs"] if group.type == "Loan" else frozenset())
            if link & receiving and group.type != "Election" and _after_word(doc, agents[0], ("with", "from")):
                # "Ukraine opened talks with the IMF to secure a loan": the one talked with gives it
                targets_hint = _subject(doc, [m for m in left if m.end < agents[0].start], c_start)[-1:]
            elif link & receiving and group.type != "Election":  # who wins an election runs in it
                agents, targets_hint = by_agents[:1] or _after_prep(doc, in_clause, hit.end, stop, group.agent_preps)[:1], agents
            elif _called_so(doc, hit, lexicon):
                agents, targets_hint = [], []  # "Biden called the bombing cowardly": he judges it, did not do it
            elif _held_on(doc, hit, agents[0], lexicon):
                targets_hint = []  # "French farmers ended weeks of protests": theirs
            elif _object_of_another_verb(doc, hit, agents[0], lexicon):
                # "stations that had broadcast the protests", "police dispersed the rally": who does
                # something to the event is not who holds it
                agents, targets_hint = [], []
            elif link & lexicon.words["light_verbs"] or group.type == "Sanction" \
                    and (measure := _as_object(doc[hit.end - 1])).dep_ == "dobj" \
                    and measure.head.lemma_.lower() in lexicon.words["imposing_lemmas"]:
                # "Russia agreed to give Belarus a loan": the one after the verb receives it; "Washington reinstated
                # sanctions on Venezuela": who reinstates them imposes them
                recipient = [m for m in left if m.start > agents[0].end and doc[m.start - 1].lower_ in grammar.GIVING]
                agents, targets_hint = ([agents[0]], recipient[-1:]) if recipient else (agents, [])
            elif any(h.group.type in SPEECH_TYPES and agents[0].end <= h.start < hit.start for h in context.hits):
                agents, targets_hint = [], []  # "X condemned the attack": X neither did it nor suffered it
            elif agents[0].type == "City" and doc[agents[0].end - 1].dep_ in ("compound", "nmod") and all(
                    t.text == "-" or t.dep_ in ("compound", "amod") and t.is_lower for t in doc[agents[0].end:hit.start]):
                # "the 2008 Mumbai attacks", "the Minsk protests", "Gaza ceasefire talks": the town names where, not who
                struck_place, agents, targets_hint = agents[0], [], []
            elif _buried(doc, agents[0].end, hit.start):
                agents, targets_hint = [], []  # "should declare an emergency over the spate of abductions"
            elif group.type in _DONE_BY_OWNER and _modifiers_between(doc, agents[0].end, hit.start) and (
                    agents[0].type == "Organization" or prep_targets and prep_targets[0].key != agents[0].key
                    or agents[0].type == "Country" and re.fullmatch(r"(?:[A-Z]\.){2,}|[A-Z]{2,3}", agents[0].text)):
                # "ECOWAS sanctions", "EU sanctions on Russia", "U.S. sanctions" (a state's initials, said as an
                # adjective): the body that names them imposes them (but "Iran sanctions" are sanctions on Iran)
                targets_hint = prep_targets[:1]
            elif not link & lexicon.words["light_verbs"] and group.type == "Assault" \
                    and _modifiers_between(doc, agents[0].end, hit.start) \
                    and agents[0].type in ("Organization", "Country", "Group") \
                    and doc[hit.end - 1].lower_ in lexicon.words["attack_nouns"]:
                targets_hint = []  # "the threat of al-Shabab terrorist attacks", "Russian strikes": who strikes
            elif (afflicted := _afflicted_with(doc, hit, left, mentions, lexicon)) is not None:
                agents, targets_hint = afflicted  # "The United States hit Venezuela with new sanctions": its sanctions
            elif not link & lexicon.words["light_verbs"] and group.type in _PATIENT_TYPES:
                agents, targets_hint = [], agents
            else:
                targets_hint = []
        else:
            targets_hint = []
        ruling = _light_verb_subject(doc, hit, actors, lexicon, [m for m in mentions if not m.locative]) if is_nominal(doc, sent, hit) and not coordinated else None
        if ruling is not None and not targets_hint:
            agents = [ruling]  # "China summoned the Japanese ambassador to lodge a protest": China protests
        behind = _behind(doc, hit, actors) if is_nominal(doc, sent, hit) else None
        if behind is not None:
            agents, targets_hint = [behind], []  # "alleged the military was behind the internet shutdowns"
        if group.type == "Election" and _a_bodys_vote(doc, hit, mentions):
            return None  # "The council is expected to vote on Tuesday", "lawmakers voted 368-7": no election
        if group.type == "Election" and is_nominal(doc, sent, hit) and agents and not coordinated and (
                {t.lemma_.lower() for t in doc[agents[-1].end:hit.start]} & lexicon.words["speech_lemmas"]):
            agents = []  # who only speaks of an election runs in none: "Wasuge said the election would be delayed"
        if group.type == "Election" and _election_as_topic(doc, sent, hit, lexicon):
            agents = []  # "concerns about the election", "congratulated the winner of the election": who speaks
        if group.type == "Election" and is_nominal(doc, sent, hit) \
                and (governing := _governing_verb(doc[hit.end - 1])) is not None and governing.lemma_.lower() == "lose":
            agents = []  # "The party lost a by-election": who lost won nothing
        if is_nominal(doc, sent, hit) and not coordinated and _in_background(doc, hit) and not by_agents:
            agents, targets_hint = [], []  # "imposed a curfew after the riots": the riots are not the army's
        noun = doc[hit.end - 1]
        spoken = lexicon.words["document_nouns"] | {"comment", "remark", "question"}
        if is_nominal(doc, sent, hit) and not coordinated and noun.dep_ == "pobj" \
                and noun.head.lower_ in ("on", "about", "over", "regarding") and (
                    noun.head.head.lemma_.lower() in spoken
                    or any(c.dep_ == "dobj" and c.lemma_.lower() in spoken for c in noun.head.head.children)):
            agents = []  # "issued a statement on the release of the journalist": who speaks of it did not do it
        if is_nominal(doc, sent, hit) and not coordinated:
            # "the arrest of an opposition lawmaker": the of-object is acted on
            of_object = _of_object(doc, hit, right)
            if of_object and group.type in _PATIENT_TYPES:
                targets_hint = of_object
                agents = [m for m in agents if m.key != of_object[0].key and (
                    m.start > hit.end or {t.lower_ for t in doc[m.end:hit.start]} & lexicon.words["light_verbs"])]
        if not agents and is_nominal(doc, sent, hit) and group.agent_preps and group.type in SPEECH_TYPES:
            # "The move drew criticism from the European Union"
            agents = _after_prep(doc, in_clause, hit.end, stop, group.agent_preps)[:1]
        killed = doc[hit.start]
        if group.type == "Assault" and (killed.lemma_.lower() == "death" or killed.lemma_.lower() == "killing" and (
                killed.dep_ == "dobj" and killed.head.lemma_.lower() == "cause" or killed.dep_ == "pobj"
                and killed.head.lower_ in ("in", "to") and killed.head.head.lemma_.lower() in ("result", "lead"))):
            # (but "expelled two diplomats over the killing of a man", "condemned the killing of": the killing
            # is not the subject's doing)
            cause = _cause_of(doc, killed, lexicon)
            if cause is None:
                return None  # "the floods resulted in the deaths of 20 people": no one's violence
            agents = [m for m in [_doer_of(doc, cause, mentions)] if m is not None]
        if not agents and is_nominal(doc, sent, hit):
            # "the sanctions Washington has imposed on Moscow", "the attacks the militants launched": who does what
            # the noun names, in a relative clause of a light verb on it
            agents, done_to = _doer_of_relative(doc, hit, in_clause, lexicon)
            targets_hint = targets_hint or done_to
        if not agents and is_nominal(doc, sent, hit):
            agents = _demonym_before(doc, sent, hit, lexicon) or (
                _initials_before(doc, hit, left) if group.type in ("Assault", "Sanction", "Restriction", "ForceDisplay")
                else [])  # (not "the UK campus protests": where)
        head_noun = next((t for t in doc[hit.start:hit.end] if t.pos_ == "NOUN"), None)
        if is_nominal(doc, sent, hit) and head_noun is not None and head_noun.dep_ in ("nsubj", "nsubjpass"):
            # "The restrictions on gatherings have hurt small businesses": what its verb does is not the noun's
            right = [m for m in right if m.start < head_noun.head.i]
        # ("the largest protests the country has seen": who a relative clause on the noun tells of, no target)
        right = [m for m in right if not (group.type == "Protest" and is_nominal(doc, sent, hit)
                                          and doc[m.end - 1].dep_ in ("nsubj", "nsubjpass")
                                          and doc[m.end - 1].head.dep_ == "relcl"
                                          and hit.start <= doc[m.end - 1].head.head.i < hit.end)]
        targets = targets_hint or prep_targets[:1] or [_titled(doc, right, m) for m in right if not m.agentive
                                                       and not _possessive_pronoun(doc, m) and m.start - hit.end <= 8
                                                       and _direct_object(doc, hit.end, m.start)][:1]
    if group.type == "Assault" and is_nominal(doc, sent, hit) and targets and all(m.type == "City" for m in targets) \
            and (died := _who_died_in(doc, hit, actors, lexicon)):
        # "Five soldiers were killed in a drone attack on Kharkiv": who died are struck, the town is where
        struck_place, targets = targets[0], died
    if group.type == "Assault" and not targets and is_nominal(doc, sent, hit):
        targets = _who_died_in(doc, hit, actors, lexicon)  # "31 people lost their lives in Tuesday's train hijacking"
    if group.type == "Assault" and not targets and not is_nominal(doc, sent, hit):
        # "Gunmen stormed a hotel on Tuesday, leaving at least five people dead": who the act left dead or hurt
        left_harmed = [(c, t) for c in doc[hit.start].children if c.dep_ == "advcl" and c.lemma_.lower() == "leave"
                       for t in c.children if t.lower_ in ("dead", "injured", "wounded", "hurt")]
        harmed = [s for c, t in left_harmed for s in (list(t.children) + list(c.children)) if s.dep_ in ("nsubj", "dobj")]
        targets = [m for s in harmed for m in [parse.mention_of(s, actors)] if m is not None
                   and m.type in PEOPLE_TYPES][:1] or _who_died_when(doc, hit, actors, lexicon)
    if group.type == "Statement" and _is_appeal(doc[hit.start].text) and targets \
            and any(t.pos_ not in ("DET", "ADJ", "NUM", "PROPN", "PUNCT") for t in doc[hit.end:targets[0].start]):
        targets = []  # "called on both sides to protect civilians": the one appealed to, not what the appeal asks
    read = parse.roles(doc, hit.start, hit.end, [m for m in mentions if not m.locative]) \
        if group.speech and not is_nominal(doc, sent, hit) and not group.patient_subject else None
    doers = {a.key for a in agents} | set(speaker) | ({m.key for m in read.agents} if read is not None else set())
    targets = [m for m in targets if m.key not in doers]  # "X announced it was suspending ...": not X
    if group.speech and not targets and not group.symmetric:
        targets = _said_of(doc, hit, in_clause, c_end)
    if group.type == "Statement" and not targets and not is_nominal(doc, sent, hit):
        # "announced it was suspending its partnership with Georgia": what the announcement is about
        targets = [m for m in in_clause if m.start >= hit.end and m.type in ("Country", "Organization", "Person")
                   and doc[m.start].text[:1].isupper() and m.key not in doers][:1]
    if group.people_only and not any(m.type in PEOPLE_TYPES for m in targets) and not (any(
            t.lemma_.lower() == "member" and t.head.i == hit.start and t.dep_ in ("dobj", "nsubjpass") for t in sent)):
        return None  # (members of a body are people: "captured two members of the ELN")
    if group.people_only and hit.end < len(doc) and doc[hit.end].lower_ in ("on", "upon") \
            and (doc[hit.end].dep_ == "prt" or doc[hit.start].lemma_.lower() == "seize"):
        return None  # "his remarks are likely to be seized on by populists": taken up, no one taken
    held = next((c for c in doc[hit.start].children if c.dep_ == "nsubjpass"), None)
    if group.people_only and held is not None and not any(
            m.start <= held.i < m.end or held.left_edge.i <= m.start <= held.right_edge.i and m.type != "Person"
            for m in targets):  # (but "Three of the men were held": the men)
        return None  # "His remarks are likely to be seized on": the remarks, not he, are taken
    armed = lexicon.words["fighter_heads"] | lexicon.words["state_force_heads"] | {"army", "military", "police"}
    if group.people_only and doc[hit.start].lemma_.lower() == "fight" and (not any(
            c.dep_ == "dobj" and (m := parse.mention_of(c, mentions)) is not None
            and m.text.lower().split()[-1] in armed for c in doc[hit.start].children)
            or any(c.dep_ == "prep" and c.lower_ == "since" for c in doc[hit.start].children)):
        return None  # "fought alongside Malian troops": allies; "fought Trump for the nomination", "fought the
        # prosecutors": no violence; "have fought troops since 2021": a war told in general; only "fought
        # Congolese troops in Goma on Tuesday" is a clash
    if group.people_only and any(c.dep_ == "dobj" and parse.mention_of(c, mentions) is None
                                 for c in doc[hit.start].children):
        return None  # "a woman who held a banner supporting the activists": what is held is no one
    convened = False
    if group.agent_heads and not any(m.text.lower().endswith(group.agent_heads) for m in agents) \
            and not ("streets" in doc[hit.start:hit.end].text.lower().split() and any(
                m.type == "Group" and " " not in m.text and doc[m.start].ent_type_ == "NORP" for m in agents)):
        # ("tens of thousands of Georgians poured into the streets": a people protests; one that gathers may not)
        if agents and all(m.type == "Group" for m in agents) and _gathered_in_protest(doc[hit.start], lexicon):
            pass  # "thousands of people gathered ... to demand his release", "despite a ban", "chanting slogans"
        elif not agents or not all(m.type in ("Organization", "Country") or m.text.split()[-1].lower()
                                   in lexicon.words["representative_heads"] | lexicon.words["state_collectives"]
                                   for m in agents):
            return None  # "protesters gathered" is a protest; "residents gathered" is none
        else:
            convened = True  # "Top diplomats from the Group of Seven gathered in Charlevoix": a meeting
    if group.type == "Release" and hit.end - hit.start > 2 and doc[hit.start].pos_ == "VERB" \
            and any(t.lemma_.lower() == "prisoner" for t in doc[hit.start:hit.end]) and not any(
            t.lemma_.lower() == "prisoner" and (t.head.i == hit.start and t.dep_ == "dobj" or t.dep_ == "pobj"
                                                and t.head.head.dep_ == "dobj" and t.head.head.head.i == hit.start)
            for t in doc[hit.start:hit.end]):  # ("exchanged hundreds of prisoners")
        return None  # "returned 75 prisoners of war"; not "exchanged fire near the prisoners' camp", "the bodies of"
    if group.type == "DataLeak" and doc[hit.start].lemma_.lower() in ("publish", "post", "dump", "offer") \
            and not _private_data(doc, hit, agents, targets, lexicon):
        return None  # "The World Bank published data on poverty": figures, no one's data leaked
    drill_words = {t.lower_ for t in doc[hit.start:hit.end]} | {"live-fire" for t in doc[hit.start:hit.end - 2]
                                                                 if t.lower_ == "live" and doc[t.i + 1].text == "-"}
    if "live-fire" in drill_words:
        drill_words.discard("fire")  # (tokens "live", "-", "fire": live-fire drills, no fire drill)
    if group.type == "ForceDisplay" and drill_words & {"drills", "exercises"} and (
            drill_words & {"earthquake", "evacuation", "fire", "stress", "stress-test", "emergency", "safety", "training"}
            or not drill_words & {"military", "naval", "air", "live-fire", "artillery", "war", "missile"}
            and not any(m.type in ("Country", "Organization") or m.text.lower().split()[-1] in _ARMED_HEADS
                        for m in agents)):
        return None  # "Schools held earthquake drills", "the bank conducted stress-test exercises": no force shown
    if group.type == "Threat" and not is_nominal(doc, sent, hit):
        verb = doc[hit.start]
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if verb.dep_ == "relcl" and verb.head.pos_ == "NOUN" and not any(m.start <= verb.head.i < m.end for m in mentions) \
                or subject is not None and subject.pos_ == "NOUN" and parse.mention_of(subject, mentions) is None \
                and subject.lemma_.lower() not in lexicon.words["document_nouns"]:
            return None  # "decisions that threaten the country's stability": no one threatens anyone (but "Russia's
            # foreign minister, Sergei Lavrov, threatened": the one the apposition names)
        if any(c.dep_ == "dobj" and c.lemma_.lower() in ("peace", "stability", "security", "safety", "order")
               for c in verb.children):
            return None  # "saying it threatened peace and stability in the region": a judgement, no threat
    if group.reported_only and not speaker:
        return None  # "the militants were behind the attack": told as fact, the attack's own agent
    noun = doc[hit.end - 1]
    if not agents and is_nominal(doc, sent, hit) and noun.dep_ == "dobj" and noun.head.tag_ == "VBG" \
            and noun.head.dep_ == "pcomp" and noun.head.head.dep_ == "prep" \
            and noun.head.lemma_.lower() in lexicon.words["light_verbs"]:
        # "In announcing the sanctions on X, Secretary of State Blinken said", "After imposing sanctions, the EU":
        # who does the opening phrase's deed is the clause's subject
        read = parse.roles(doc, noun.head.head.head.i, noun.head.head.head.i + 1,
                           [m for m in mentions if not m.locative])
        agents = list(read.agents[:1]) if read is not None and not read.passive else agents
    if hit.end - hit.start == 1 and doc[hit.start].dep_ == "amod" and doc[hit.start].tag_ == "VBN" \
            and doc[hit.start].head.i > hit.start and hit.start > sent.start \
            and doc[hit.start - 1].pos_ in ("DET", "NUM", "ADJ") and not _after_perfect(doc, hit.start):
        # (a modifier in a noun phrase: "30 kidnapped students"; not "have since banned civilians", a verb misparsed)
        agents = by_agents[:1]  # "troops rescued 30 kidnapped students": who kidnapped them the clause does not say
    if not agents and group.type == "Assault" and not is_nominal(doc, sent, hit):
        agents = _doer_when(doc, doc[hit.start], actors)  # "were killed when a suicide bomber blew himself up"
    agents = [_group_it_places(doc, m, mentions) for m in agents]
    agent_keys = tuple(dict.fromkeys(m.key for m in agents))
    if group.speech and not agent_keys and speaker and not (
            group.type != "Statement" and _unnamed_own_subject(doc, hit, mentions)) \
            and not (group.type == "Accusation" and _defender_tells(doc, hit, speaker, mentions, lexicon)):
        # (but "Lopez says her supplier blamed the government": the supplier blames, unnamed; while
        # "Koval said the case underscores a trend" is Koval's claim)
        agent_keys = speaker
    targets = [m for m in targets if not _whose_kin(doc, hit, m, lexicon)]
    target_keys = tuple(dict.fromkeys(m.key for m in targets if m.key not in agent_keys)) or target_keys_hint
    if not (possessor is not None or group.patient_subject or group.symmetric or is_nominal(doc, sent, hit)):
        read = parse.roles(doc, hit.start, hit.end, [m for m in mentions if not m.locative], group.target_preps,
                           group.agent_preps)
        verb = parse.verb_of(doc, hit.start, hit.end)
        if read is not None and read.agents:
            agent_keys = tuple(dict.fromkeys(m.key for m in read.agents))
        elif read is not None and not read.passive and verb is not None and verb.dep_ == "relcl" \
                and verb.head.pos_ == "NOUN" and group.speech:
            agent_keys = ()  # "expelled diplomats from countries that had criticized the vote": the countries, unnamed
        elif read is not None and not read.passive and verb is not None and verb.dep_ == "relcl" \
                and any(c.dep_ == "nsubj" and c.pos_ == "PRON" and c.tag_ not in ("WDT", "WP") for c in verb.children):
            agent_keys = ()  # "The Minority criticised Ofori-Atta, whom it accuses of ...": "it", a body not named
        elif read is not None and read.bare_subject is not None \
                and (doc[read.bare_subject].lemma_.lower() in lexicon.words["weapon_nouns"]
                     or _gunfire(doc[read.bare_subject])):
            # "Russian missiles struck an apartment building": the missiles' country strikes
            agent_keys = _weapons_owner(doc, sent, doc[read.bare_subject], mentions, attribution) \
                or tuple(m.key for m in _demonym_before(doc, sent, Hit(read.bare_subject, read.bare_subject + 1,
                                                                       group), lexicon)) \
                or tuple(dict.fromkeys(m.key for m in mentions if (
                    m.type == "Country" or m.type == "Organization" and doc[m.end - 1].lemma_.lower() in _ARMED_BODIES)
                                       and doc[read.bare_subject].lemma_.lower() in lexicon.words["crewed_weapon_nouns"]
                                       and any(doc[k].dep_ in ("compound", "nmod", "amod") and doc[k].head.i == read.bare_subject
                                               for k in range(m.start, m.end)))) \
                or next((e.agents for e in reversed(context.history[-6:]) if e.type == "Assault" and e.agents
                         and all(k.startswith(("country/", "organization/")) for k in e.agents)), ())
            # ("U.S. jets struck targets", "a Myanmar military jet": the state or force named before its own crewed craft,
            # not before missiles or drones
            # another state may have supplied); "a missile struck a residential building"
            # in a story of Russia's strikes: Russia's missile
        elif read is not None and read.passive and verb is not None and (weapon := next((
                p for c in verb.children if c.dep_ == "agent" for p in c.children
                if p.dep_ == "pobj" and (p.lemma_.lower() in lexicon.words["weapon_nouns"] or _gunfire(p))), None)) \
                is not None:
            # "Three people were killed by Russian drones", "killed by Israeli fire": the weapons' state
            agent_keys = _weapons_owner(doc, sent, weapon, mentions, attribution) \
                or tuple(m.key for m in _demonym_before(doc, sent, Hit(weapon.i, weapon.i + 1, group), lexicon))
        elif read is not None and read.bare_subject is not None and group.speech and verb is not None \
                and verb.dep_ == "conj" and verb.head.dep_ == "ccomp" \
                and doc[read.bare_subject].head.i == verb.head.head.i \
                and parse.mention_of(doc[read.bare_subject], mentions) is None:
            agent_keys = ()  # "The ministry said 12 people had died and blamed the rebels": the ministry, unnamed;
            # not the people of what it said
        elif read is not None and read.bare_subject is not None and not group.speech and not coordinated and (
                doc[read.bare_subject].lemma_.lower() in lexicon.words["harm_nouns"] | lexicon.words["natural_harm_nouns"]
                or any(h.start <= read.bare_subject < h.end for h in context.hits)):
            agent_keys = ()  # "Hamas's attack on Israel killed 1,200 people": not Israel; the attack's agent, if any
        if read is not None and read.passive and read.targets and set(agent_keys) <= {m.key for m in read.targets} \
                and doc[hit.start].dep_ == "acl" and group.type != "Protest":
            # "two companies accused of supplying parts to Russia": who is accused, by no one the clause names
            agent_keys = tuple(dict.fromkeys(m.key for m in read.agents))
        if read is not None and read.passive and read.targets and not read.agents and group.type != "Protest" \
                and set(agent_keys) <= {m.key for m in read.targets}:
            agent_keys = ()  # "Ten protesters were arrested and five journalists beaten": the beaten beat no one
        if read is not None and read.passive and not read.agents and verb is not None \
                and parse.told_by_participle(verb, mentions) is not None:
            agent_keys = ()  # "supporters rallied for the mayor, jailed since March": jailed by no one they name
        if read is not None and read.targets:
            target_keys = tuple(dict.fromkeys(m.key for m in read.targets if m.key not in agent_keys)) or target_keys
    if not group.speech and _accused_of(doc[hit.end - 1] if is_nominal(doc, sent, hit) else doc[hit.start]):
        # "Rights groups, which accuse Beijing of detaining a million Uyghurs": the accused did the deed, however the
        # parse hangs the relative clause
        deed = doc[hit.end - 1] if is_nominal(doc, sent, hit) else doc[hit.start]
        deed = _deed_of(deed)  # "accused him of plotting to kill the journalist"
        accusing = deed.head.head
        accusing = accusing.head if accusing.dep_ == "dobj" else accusing
        objects = [c for c in accusing.children if c.dep_ == "dobj"]
        accused = [m for c in objects if (m := parse.mention_of(c, mentions)) is not None]
        agent_keys = (accused[0].key,) if accused else () if objects else agent_keys
        target_keys = tuple(k for k in target_keys if k not in agent_keys)
        # ("accuses the 3R rebel group of killing civilians": the accused, unnamed as they are, not the accuser)
    if group.speech and not is_nominal(doc, sent, hit) and agents and agents[-1].end < hit.start \
            and doc[agents[-1].end].text in ("'s", "’s") and agents[-1].key in agent_keys \
            and doc[agents[-1].end + 1].lower_ not in lexicon.words["state_nouns"] | lexicon.words["representative_heads"]:
        agent_keys = ()  # "Zamora's case underscores a trend": a case says nothing
    if (group.speech or group.type == "Protest") and agent_keys:
        # "lawmakers have spoken out against the action, along with donors and the international community"
        along = [k for k in range(hit.end, c_end - 1) if doc[k].lower_ == "along" and doc[k + 1].lower_ == "with"]
        if along:
            joined = [m.key for m in in_clause if m.start > along[0] + 1 and m.start <= along[0] + 12]
            agent_keys = tuple(dict.fromkeys(agent_keys + tuple(joined)))
            target_keys = tuple(k for k in target_keys if k not in joined)
    if group.type == "ForceDisplay":
        # "massed troops near the border", "security forces were deployed": the force shows itself
        forces = lexicon.words["fighter_heads"] | lexicon.words["state_force_heads"] | {"army", "military", "men",
                                                                                         "personnel", "units", "agents"}
        # ("Masked men were deployed outside parliament": the men show force)
        forceful = {m.key for m in mentions if set(m.text.lower().split()[-1:]) & forces}
        # (any mention of it: "forces of the UN mission ... have been deployed" are the mission's)
        shown = tuple(k for k in target_keys if k.startswith(("group/", "organization/"))
                      and k in forceful)  # "deployed the army": the army shows
        target_keys = tuple(k for k in target_keys if k not in shown)
        agent_keys = agent_keys or shown[:1]
        if shown and _is_passive(doc, hit, sent.start):
            target_keys = ()  # "troops and humanitarian workers were deployed": all sent, no one shown force
    if group.reported_only:
        # "officials said the attack was orchestrated by militants": the officials accuse the militants; "said the
        # rebels were behind the attack": the subject of "were"
        behind = [m for c in doc[hit.start].children if c.dep_ == "nsubj" and doc[hit.start].lemma_.lower() == "be"
                  for m in [parse.mention_of(c, actors)] if m is not None]
        target_keys = tuple(k for k in dict.fromkeys(m.key for m in by_agents[:1] or agents or behind)
                            if k not in speaker) or tuple(k for k in agent_keys if k not in speaker)
        agent_keys = speaker
    if group.speech and not is_nominal(doc, sent, hit):
        issuer = _document_issuer(doc, hit, mentions, lexicon, context)
        if issuer is not None:
            agent_keys = issuer
    if group.type == "Assault" and (is_nominal(doc, sent, hit) or doc[hit.end - 1].lower_ == "fighting") \
            and clash_word(doc[hit.end - 1], lexicon) \
            and len(sides := [m for m in _between(doc, hit, actors) if m.type != "City"]) > 1:
        # "clashes between police and protesters", "fighting between the army and the RSF": the first side
        # named acts on the other (as "police clashed with protesters")
        agent_keys, target_keys = (sides[0].key,), tuple(dict.fromkeys(m.key for m in sides[1:]))
    elif group.type == "Assault" and doc[hit.start].lemma_.lower() == "exchange" and not target_keys and (other := next((
            m for t in [doc[hit.start], *(c for c in doc[hit.start].children if c.dep_ == "dobj")] for c in t.children
            if c.dep_ == "prep" and c.lower_ == "with" for g in c.children if g.dep_ == "pobj"
            for m in [parse.mention_of(g, mentions)] if m is not None and m.key not in agent_keys), None)) is not None:
        target_keys = (other.key,)  # "Kyrgyz forces exchanged fire with Tajik forces": the other side is fired on
    elif group.type == "Assault" and doc[hit.start].pos_ == "VERB" and doc[hit.start].lemma_.lower() in ("clash", "skirmish") \
            and len(agent_keys) == 2 and set(target_keys) <= set(agent_keys) \
            and not any(doc[k].lower_ in ("killing", "wounding", "injuring", "leaving") for k in range(hit.end, c_end)):
        agent_keys, target_keys = agent_keys[:1], agent_keys[1:]  # "Police and protesters clashed": as "clashes between"
    if group.type in ("Criticism", "Protest"):
        # "rejected the budget", "condemned Mhlanga's arrest", "in protest of the arrest of X"
        after = hit.end
        if group.type == "Criticism":
            # its object may stand inside the trigger ("called the ruling"), unless the trigger ends in its
            # preposition ("spoken out against the action")
            after = hit.end - 1 if doc[hit.end - 1].pos_ == "ADP" else hit.start
        act = object_act(doc, after, c_end, lexicon)
        if act is None and group.type == "Criticism" and is_nominal(doc, sent, hit) \
                and doc[hit.end - 1].dep_ == "dobj" and doc[hit.end - 1].head.lemma_.lower() in ("draw", "spark", "prompt",
                                                                                                "trigger", "provoke"):
            # "Castillo's arrest drew condemnation from rights groups": the subject is what is condemned
            act = evaluated_act(doc, c_start, hit.start, lexicon)
        if act is None and group.type == "Criticism" and doc[hit.start].dep_ == "relcl" \
                and doc[hit.start].head.lower_ in ("move", "step") and doc[hit.start].head.i < hit.start:
            act = doc[hit.start].head.i  # "imposed sanctions on three officials, a move China condemned"
        if act is not None:
            found = blamed(doc, act, index, mentions, context.history, context.act_owners, context.last_mover,
                           context.focus_place, agent_keys, lexicon)  # never the one it was done to
            if found or doc[act].lower_ not in lexicon.words["force_words"] | lexicon.words["said_nouns"]:
                target_keys = found  # (force or words the story told no author of leave the target read)
    setting: list[Mention] = []
    if group.symmetric:
        between = _between(doc, hit, actors)  # "peace talks between Russia and Ukraine", "a meeting between him and X"
        # "The United States and South Korea held talks": every party the subject joins
        read = parse.roles(doc, hit.start, hit.end, [m for m in mentions if not m.locative])
        # "will visit Washington to meet President Joe Biden": who meets is the subject the parse gives
        joined = list(read.agents) if read is not None and not read.passive and read.agents else []
        noun = _as_object(doc[hit.end - 1])
        if not joined and is_nominal(doc, sent, hit) and noun.dep_ == "dobj" and noun.head.pos_ == "VERB":
            # "Japan and South Korea held talks": every party the verb's subject joins
            read = parse.roles(doc, noun.head.i, noun.head.i + 1, [m for m in mentions if not m.locative])
            joined = list(read.agents) if read is not None and not read.passive and len(read.agents) > 1 else []
        if not (joined or agents) and noun.dep_ == "pobj" \
                and noun.head.lower_ in ("for", "following", "after", "during") \
                and noun.head.head.pos_ in ("VERB", "AUX"):
            # "Blinken arrived in Beijing for talks with Chinese officials": who came for them talks; "Following
            # talks with Prime Minister X, both leaders reaffirmed": who acts after them talked
            read = parse.roles(doc, noun.head.head.i, noun.head.head.i + 1, [m for m in mentions if not m.locative])
            agents = list(read.agents) if read is not None and not read.passive else agents
            read = None  # what that verb does to its object is not the talks' ("During a visit to Quetta, X told media")
        if is_nominal(doc, sent, hit) and noun.dep_ == "pobj" and noun.head.lower_ == "at" and not joined \
                and noun.head.head.pos_ in ("VERB", "AUX") \
                and not any(h.group.type == group.type and h.start < hit.start for h in context.hits):
            # "Russia's envoy dismissed accusations it is getting weapons from North Korea at Friday's meeting": a
            # setting; who acts there takes part, not the name told last (but "Trump met with Kim at the
            # Singapore summit": the meeting told twice)
            read = parse.roles(doc, noun.head.head.i, noun.head.head.i + 1, [m for m in mentions if not m.locative])
            agents = list(read.agents[:1]) if read is not None and not read.passive else []
        met = list(read.targets) if read is not None and not read.passive and read.targets else []
        # "met China's top diplomat Wang Yi": who is met is the object the parse gives
        visit = next((t for t in doc[hit.start:min(hit.end + 3, c_end)]
                      if t.lemma_.lower() in lexicon.words["visit_lemmas"]), None)
        hosts = _after_prep(doc, in_clause, visit.i + 1, min(visit.i + 3, stop), ("to",)) if visit is not None else []
        if visit is not None and not hosts:  # "a two-day visit by Indian Prime Minister Narendra Modi to Mauritius"
            hosts = [m for c in visit.children if c.dep_ == "prep" and c.lower_ == "to" for o in c.children
                     if o.dep_ == "pobj" and (m := parse.mention_of(o, in_clause)) is not None]
        # "paid a visit to Mauritius": the state or person visited
        hyphened = _hyphened_parties(doc, doc[hit.end - 1], in_clause) if is_nominal(doc, sent, hit) else []
        between = between or hyphened  # "the China-Russia summit", "Israel-Hamas talks"
        parties = between or (joined or agents) + (prep_targets or met or targets or hosts[:1])
        parties += _represented_with(doc, parties, mentions)
        setting = [m for m in parties if m.end == hit.start and m.type in ("City", "Country") and m not in hyphened
                   and is_nominal(doc, sent, hit) and doc[hit.end - 1].lemma_.lower() in ("summit", "conference")]
        parties = [m for m in parties if m not in setting]  # "the Singapore summit": where, not who
        if visit is not None or doc[hit.start].lemma_.lower() in lexicon.words["visit_lemmas"]:
            setting += [m for m in parties if m.type == "City"]  # "Ruto visited Mombasa": where he went, no one met
            parties = [m for m in parties if m.type != "City"]  # (a capital names its state: "visited Beijing")
        if doc[hit.start].lemma_.lower() in lexicon.words["visit_lemmas"] and any(
                m.type == "Group" and m.text and m.text.split()[-1].lower().rstrip("s") in lexicon.words["private_visitors"]
                for m in parties):
            return None  # "2.8 million Chinese tourists visited Vietnam": travel, no meeting of states
        if doc[hit.start].lemma_.lower() in ("speak", "talk") and any(
                set(m.text.lower().replace(".", "").split()) & lexicon.words["media_words"] for m in parties):
            return None  # "spoke with reporters", "talked to VOA": an interview, not a meeting
        agent_keys = target_keys = tuple(dict.fromkeys(m.key for m in parties))
        gathering = is_nominal(doc, sent, hit) and doc[hit.end - 1].lemma_.lower() in ("summit", "conference") \
            and doc[hit.end - 1].dep_ == "dobj" and doc[hit.end - 1].head.lemma_.lower() in (
                "host", "convene", "chair", "attend", "organize", "organise")
        if len(agent_keys) == 1 and agent_keys[0].startswith("person/") and not gathering:
            return None  # one person meets no one: "the arrest of Mhlanga sent a chilling message"
            # (but "Macron will host a summit on Ukraine", "chaired a conference": who holds a gathering of many)
        if len(agent_keys) == 1 and len(parties) > 1:
            return None  # "the government would hold talks with Kabul" read as one state: who meets whom is unknown
    opens_clause = is_nominal(doc, sent, hit) and _opens_clause(doc, hit, c_start)
    status = _status(doc, hit, c_start, lexicon, _phrase_stop(doc, hit.end, c_end) if opens_clause else None)
    if group.type == "Accusation" and status == "denied" and doc[hit.end - 1].lower_ in ("stolen", "rigged"):
        return None  # "said the vote was not stolen": no one accused; the words are a statement of their own
    noun = doc[hit.end - 1]
    if status == "occurred" and is_nominal(doc, sent, hit) and noun.dep_ == "dobj" \
            and noun.head.lemma_.lower() in lexicon.words["ordering_lemmas"]:
        status = "planned"  # "prosecutors had ordered the arrest of Dodik": ordered, not yet made
    if status == "occurred" and is_nominal(doc, sent, hit) and (
            any(c.dep_ == "acl" and c.lemma_.lower() in ("schedule", "plan", "set", "slate") for c in noun.children)
            or noun.dep_ in ("nsubj", "nsubjpass") and noun.head.lemma_.lower() in ("expect", "schedule", "plan", "slate")):
        status = "planned"  # "the election, scheduled for next year", "talks are expected to resume"
    type_ = group.type
    if convened:
        type_, target_keys = "Meeting", agent_keys
        if len(agent_keys) == 1 and agent_keys[0].startswith("person/"):
            return None  # "Speaking to military brass gathered in Paris, X stressed": one person gathers with no one
    if group.type == "Restriction" and doc[hit.start].lemma_.lower() in ("block", "seal", "cordon", "blockade", "shut", "close",
                                                                        "barricade") \
            and agent_keys \
            and all(k.startswith("group/") for k in agent_keys):
        texts = {m.key: m.text.lower() for m in mentions}
        state_like = lexicon.words["fighter_heads"] | lexicon.words["state_force_heads"] | lexicon.words["ruling_heads"] \
            | lexicon.words["judging_bodies"] | lexicon.words["abductor_heads"]
        # ("a court ordered operators to block access to X": the court restricts; gangs or separatists that blockade
        # a terminal are no protesters)
        if not any(texts.get(k, " ").split()[-1] in state_like for k in agent_keys) and (
                doc[hit.start].lemma_.lower() not in ("shut", "close")
                or all(texts.get(k, " ").split()[-1] in _PROTESTING for k in agent_keys)):
            type_ = "Protest"  # "farmers blocked highways with tractors": people who block protest; a state restricts
            # (who shuts or closes something protests only as protesters: not "traders closed their shops")
    if type_ == "Protest" and not is_nominal(doc, sent, hit) and agent_keys \
            and not any(k.startswith("group/") for k in agent_keys) \
            and any(c.dep_ == "dobj" or c.dep_ == "prep" and c.lower_ in ("against", "over")
                    and all(k.startswith("country/") or k.startswith("organization/") and _government_body(k, mentions, lexicon)
                            for k in agent_keys)
                    for c in doc[hit.start].children):
        type_ = "Criticism"  # "Russia protested the sanctions", "the ministry summoned X to protest the move";
        # a state's or a body's protest against a measure too ("summoned China's ambassador to protest against the
        # bounties"; people who protest against it march)
    summoning = doc[hit.start].head if doc[hit.start].dep_ in ("xcomp", "advcl") else None
    if type_ == "Criticism" and not target_keys and summoning is not None and summoning.lemma_.lower() == "summon":
        # "Britain summoned China's ambassador to protest ...": the envoy's state is the one protested to
        target_keys = tuple(dict.fromkeys(m.key for c in summoning.children if c.dep_ == "dobj" for m in mentions
                                          if m.start <= c.i < m.end and m.type == "Country" and m.key not in agent_keys))
    if type_ == "Sanction" and doc[hit.start].lemma_.lower() == "boycott" and agent_keys \
            and all(k.startswith("group/") for k in agent_keys) and not any(
                m.text.lower().split()[-1] in lexicon.words["state_agent_heads"]
                for m in mentions if m.key in agent_keys):  # (diplomats who boycott an inauguration: their states')
        type_ = "Protest"  # "opposition lawmakers boycotted the session": people boycott in protest (CAMEO 143);
        # a state's boycott ("China boycotted the Olympics") is a sanction
    addressed_places: set[str] = set()
    addressed = [m for c in doc[hit.start].children if c.dep_ == "prep" and c.lower_ in ("to", "with")
                 for o in c.children if o.dep_ == "pobj" for m in mentions if m.start <= o.i < m.end] \
        if type_ in ("Protest", "Criticism") and doc[hit.start].lemma_.lower() == "protest" \
        and not is_nominal(doc, sent, hit) else []
    if type_ in ("Protest", "Criticism") and agent_keys and addressed and (
            all(k.startswith("country/") for k in agent_keys)
            or type_ == "Criticism" and all(k.startswith("organization/") and _government_body(k, mentions, lexicon)
                                            for k in agent_keys)):
        # "Manila protested to Beijing over the incident": a state's protest to another state is a criticism of it
        # (one to a body it turns to, "protested to the United Nations over China's actions", blames no body); a
        # ministry's too ("Vietnam's foreign ministry said it had protested to Beijing over a survey ship")
        type_ = "Criticism"
        target_keys = tuple(dict.fromkeys(m.key if m.type == "Country" else country_key(state) for m in addressed
                                          if m.type == "Country" or m.type == "City" and (state := country_of_key(m.key))))
        addressed_places = {m.key for m in addressed}  # (Beijing is addressed, no place)
    lodged = doc[hit.end - 1].head
    if doc[hit.end - 1].dep_ == "compound" and lodged.lemma_.lower() in ("note", "letter"):
        lodged = lodged.head  # "lodged a protest note with Beijing": the note is lodged
    elif doc[hit.end - 1].dep_ == "pobj" and lodged.lower_ == "of" and lodged.head.lemma_.lower() in ("note", "letter"):
        lodged = lodged.head.head  # "issued a note of protest to Belarus", "sent a letter of protest to Moscow"
    lodging = parse.roles(doc, lodged.i, lodged.i + 1, [m for m in mentions if not m.locative]) \
        if type_ == "Protest" and is_nominal(doc, sent, hit) and lodged.pos_ == "VERB" else None
    # "Manila summoned China's ambassador and lodged a protest": who lodges it, not the name told last
    lodgers = tuple(dict.fromkeys(m.key for m in lodging.agents)) \
        if lodging is not None and not lodging.passive and lodging.agents else agent_keys
    if type_ == "Protest" and is_nominal(doc, sent, hit) and lodgers \
            and all(k.startswith(("country/", "organization/", "person/")) for k in lodgers) \
            and lodged.lemma_.lower() in ("lodge", "file", "register", "issue", "deliver", "send", "hand", "submit"):
        # "Tokyo had lodged a protest with Pyongyang": a state's formal protest is a criticism of the other
        type_, agent_keys = "Criticism", lodgers
        other = [m for m in in_clause if m.start > hit.end and doc[m.start - 1].lower_ in ("with", "to")
                 and m.key not in agent_keys]
        # (a city it is sent to names its state: "sent a letter of protest to Moscow")
        target_keys = tuple(m.key if m.type != "City" or not country_of_key(m.key) else country_key(country_of_key(m.key))
                            for m in other[:1]) or target_keys
        addressed_places |= {m.key for m in other[:1]}
    if type_ == "Criticism" and _rejects_a_claim(doc, hit):
        type_, target_keys = "Denial", ()  # "rejected the charge", "a charge New Delhi rejected": a denial
    if type_ == "Denial" and doc[hit.start].lemma_.lower() in ("reject", "dismiss") \
            and doc[hit.end - 1].lemma_.lower() in CLAIM_NOUNS | {"account"}:
        # "rejected U.S. claims that ...", "the Philippine account": who made the claim, named in it; not whom the
        # report tells of ("rejected the reports that soldiers had shot protesters")
        claim = doc[hit.end - 1]
        makers = [g for c in claim.children if c.dep_ == "prep" and c.lower_ in ("by", "of", "from")
                  for g in c.children if g.dep_ == "pobj"]  # ("the account of the Palestinian health ministry")
        target_keys = tuple(dict.fromkeys(
            [m.key for m in mentions if hit.start < m.start and m.end <= hit.end and m.key not in agent_keys]
            + [m.key for g in makers for m in [parse.mention_of(g, mentions)] if m is not None
               and m.type in ("Person", "Organization", "Country", "Group") and m.key not in agent_keys]))
    speakers_own = tuple(agent_keys) + tuple(a for k in agent_keys for a in sorted(context.affiliations.get(k, ())))
    warning = doc[hit.start].lemma_.lower() == "warn" or doc[hit.start].lemma_.lower() == "vow" \
        and doc[hit.end - 1].lower_ == "that"  # ("vowed that Iran will pay"; not "vowed to punish", a threat whatever)
    if type_ == "Threat" and warning:
        target_keys = tuple(k for k in target_keys if k not in speakers_own)  # "warned that Russia would respond"
        forces = {m.key for c in doc[hit.start].children if c.dep_ == "ccomp" for t in c.children
                  if t.dep_ in ("nsubj", "nsubjpass") and _own_force(t, mentions, speakers_own, lexicon, any_state=True)
                  for m in [parse.mention_of(t, mentions)] if m is not None}
        target_keys = tuple(k for k in target_keys if k not in forces)  # ("that the army would not tolerate")
    if type_ == "Threat" and warning and not _warns_of_own_act(doc, hit, mentions, speakers_own, lexicon):
        type_, status = "Statement", "occurred"  # "warned that the actions would divide the country", "vowed that
        # reforms would go on": a claim
        if doc[hit.start].lemma_.lower() == "vow":
            target_keys = tuple(k for k in target_keys if not k.startswith("group/"))  # ("vowed that Russian troops
            # would push on", "that women would be allowed to study": whom the claim is about, no one addressed)
        if agent_keys and all(_vague_speaker(k, mentions, lexicon) for k in agent_keys):
            return None  # "Economists warned the tariffs could raise prices": too vague a speaker, as "officials said"
    if type_ == "Threat" and doc[hit.start].pos_ == "NOUN" and doc[hit.start].lemma_.lower() == "threat" \
            and not _issued(doc[hit.start], lexicon):
        return None  # "poses a threat to", "sees China as a threat", "nuclear threats": a danger, no one threatening
    lender = next((m.key for m in in_clause if m.type == "Organization" and _lends(m.key)), None) \
        if type_ == "Loan" else None
    if lender is not None and lender not in agent_keys:
        # "The IMF reached an agreement with Egypt on an $8 billion program": the fund lends, whoever talks
        target_keys = tuple(k for k in dict.fromkeys(agent_keys + target_keys) if k != lender)
        agent_keys = (lender,)
    trigger = doc[hit.start]
    if type_ in _PATIENT_TYPES and not target_keys and hit.end - hit.start == 1 and trigger.pos_ == "VERB" \
            and not any(c.dep_ in ("dobj", "nsubjpass", "auxpass") for c in trigger.children):
        # "riot police beat and detained opposition leader Nika Gvaramia": verbs joined before one object share it
        shared = next((m for c in trigger.children if c.dep_ == "conj" and c.pos_ == "VERB" and c.i == hit.end + 1
                       and doc[hit.end].lower_ in ("and", "or") for o in c.children if o.dep_ == "dobj"
                       and (m := parse.mention_of(o, actors)) is not None and m.type in PEOPLE_TYPES), None)
        target_keys = (shared.key,) if shared is not None and shared.key not in agent_keys else target_keys
    ordered = _ordered_done(doc, hit, actors) if type_ in _PATIENT_TYPES else None
    if ordered is not None:  # "a court ordered Imamoglu jailed": the court holds him
        agent_keys, target_keys = ordered
    if type_ in ("Loan", "Payment") and not target_keys:
        # "rolled over deposits ... to help Islamabad avoid a default": the one the money helps gets it
        helped = next((m for m in in_clause if m.start > hit.end and m.type in ("Country", "Organization")
                       and any(t.lemma_.lower() in ("help", "support", "bolster", "assist", "rescue")
                               for t in doc[max(hit.end, m.start - 3):m.start])), None)
        target_keys = (helped.key,) if helped is not None and helped.key not in agent_keys else target_keys
    if type_ == "Loan" and not target_keys and doc[hit.start].lemma_.lower() == "deposit":
        # "deposited $5 billion at Egypt's central bank": where the money is put receives it
        banked = next((m for m in in_clause if m.start > hit.end and m.type in ("Country", "Organization")
                       and doc[m.start - 1].lower_ in ("at", "in", "with") and m.key not in agent_keys), None)
        target_keys = (banked.key,) if banked is not None else target_keys
    if type_ == "Assault" and not target_keys and doc[hit.start].lemma_.lower() == "clash" \
            and doc[hit.start].pos_ == "VERB":
        # "Protesters clashed with police": who they clash with is the other side
        other = [m for m in in_clause if m.start > hit.end and m.key not in agent_keys
                 and doc[m.start - 1].lower_ == "with"]
        target_keys = tuple(m.key for m in other[:1])
    if type_ == "Loan" and lender is None and hit.end - hit.start == 1 \
            and doc[hit.start].lemma_.lower() in lexicon.words["money_nouns"] - lexicon.lemma_triggers.nouns.keys() \
            and not (agent_keys and target_keys and all(k.startswith(("country/", "organization/"))
                                                          for k in agent_keys + target_keys)):
        return None  # "a $2 billion stimulus package for farmers": money spent, not lent from one party to another
    if type_ == "Statement" and _hosts_a_visit(doc, hit, mentions) and agent_keys and target_keys:
        # "Macron welcomed Xi to Paris": a host receives a visitor, a meeting of the two
        type_ = "Meeting"
        agent_keys = target_keys = tuple(dict.fromkeys(agent_keys + target_keys))
    if group.threat_when_future and status == "planned":
        type_, status = "Threat", "threatened"
    if type_ == "Loan" and agent_keys and not target_keys and context.focus_place \
            and all(k.startswith("organization/") for k in agent_keys) \
            and all(any(words in k.split("/")[-1].replace("-", " ") for words in _LENDING_BODIES) for k in agent_keys) \
            and not any(t.dep_ == "prep" and t.head.i in (hit.start, hit.end - 1, doc[hit.start].head.i)
                        and any(g.dep_ == "pobj" and (g.pos_ == "PROPN" if t.lower_ == "for" else g.pos_ in ("NOUN", "PROPN"))
                                for g in t.children) and t.lower_ in ("to", "for")
                        for t in doc[hit.start:c_end]) \
            and not any(m.type == "Country" and m.key not in agent_keys for m in mentions) \
            and not _names_the_state(agent_keys, mentions, context.focus_place, lexicon):
        # "The World Bank is expected to approve a $500 million loan" in a story on Bangladesh: a lending body lends
        # to the country the story is about, when the sentence names no other (not "China has lent billions across
        # Africa", a state's loans, nor "China Development Bank lent" in a story on China, its own state's body,
        # nor "a loan to a consortium", "to Ukrenergo", a borrower named if not as an entity)
        target_keys = (context.focus_place,)
    if type_ == "Threat" and status in ("planned", "occurred"):
        status = "threatened"
    places = [m for m in mentions if m.locative and m.type in _PLACE_TYPES and not _origin_of_people(doc, m)]
    # "the arrest of X, who played a role in protests over the war in Gaza": a place of the relative clause
    places = [m for m in places if not _in_other_relative(doc, m, hit)]
    # "Israel released 39 prisoners, hours after Hamas freed 24 hostages in Gaza": where the other clause's act was
    places = [m for m in places if not _in_other_timed_clause(doc, m, hit, in_clause, mentions)]
    # "will meet on Friday to discuss the crisis in Sudan": where the crisis is, what is talked about
    places = [m for m in places if not topic_place(doc, m, hit, lexicon) and not route_end(doc, m)]
    # "near the Cameroon border": a border has two sides, the country that names it is not the place
    places = [m for m in places if not (m.end < len(doc) and doc[m.end].lower_ in ("border", "frontier", "borders")
                                        and m.type == "Country")]
    # "in the Red Sea port city of Jeddah": the town, not the region that describes it
    places = [m for m in places if not any(0 < n.start - m.end <= 4 and doc[n.start - 1].lower_ == "of"
                                           and doc[n.start - 2].lower_ in lexicon.words["settlement_nouns"] for n in places)]
    # a place in the trigger's own phrase ("injured in clashes ... in Jerusalem") before the nearest one
    own_place = [m for m in places if hit.end <= m.start < stop and not any(
        t.lower_.endswith(("ing", "ed")) for t in doc[hit.end:m.start])]  # not "fleeing toward X"
    # "in Nigeria's Zamfara state": the place inside the country that owns it
    own_place = [m for m in own_place if not _owns_a_place(doc, m, own_place)]
    places = [m for m in places if not _owns_a_place(doc, m, places)]
    nearest_place = (own_place[0].start, own_place[0]) if own_place else _nearest([(m.start, m) for m in places],
                                                                                    hit.start)
    place = (nearest_place[1].key,) if nearest_place else _witnessing_country(doc, hit, in_clause)
    if type_ == "Protest" and group.type == "Restriction":
        # "farmers mounted a blockade of the port of Rotterdam": the town blockaded is where they protest
        place = place or tuple(k for k in target_keys if k.startswith(("city/", "country/")))[:1]
        target_keys = tuple(k for k in target_keys if not k.startswith(("city/", "country/")))
    if setting:
        place = (setting[0].key,)
    elif struck_place is not None:
        place = (struck_place.key,)
    # a plan takes only a date of its own clause: "reacted on Sept. 19 to reports that X could soon meet Y"
    own_start = max((k for k in range(c_start, hit.start) if doc[k].lower_ in ("that", "whether")), default=c_start)
    dates = [d for d in context.dates if d[2] and not _dates_another_noun(doc, d, hit)
             and (status != "planned" or own_start <= d[0] < c_end)
             and not _dates_the_saying(doc, d[0], hit, attribution)]
    ahead_of = doc[hit.end - 1]
    if _is_ahead_of(ahead_of):
        # "Police arrested 20 activists on Friday ahead of the election": Friday is the arrests' day, not the vote's
        # (what follows the phrase is the vote's: "ahead of European Parliament elections on June 9")
        dates = [d for d in dates if d[0] > ahead_of.head.head.i]
    bounded = [d for d in dates if d[0] > sent.start and doc[d[0] - 1].lower_ in ("since", "until", "till")]
    # "fired two rockets last week, the first since May", "the worst violence since December": a bound of a
    # noun's, not of an act's period, dates nothing told
    dates = [d for d in dates if d not in bounded or doc[d[0] - 1].head.pos_ in ("VERB", "AUX")
             or hit.start <= doc[d[0] - 1].head.i < hit.end  # "the arrests of 300 protesters since Sunday"
             or doc[d[0] - 1].head.lemma_.lower() in ("day", "night", "week", "weekend", "month", "year")]
    bounded = [d for d in bounded if d in dates]
    if bounded and len(bounded) < len(dates):
        # "have fought since 2021, and rights groups accuse them of killing civilians in March 2022": a
        # period's bound dates no act when the sentence tells a day or a month of its own
        dates = [d for d in dates if d not in bounded]
    # "Berisha, who resigned after being defeated in 2013, rejected the allegations Thursday": a date of a relative
    # clause beside the trigger dates that clause, when the sentence tells another
    # ("Ortiz, who fled to Spain in 2024, has denied the charges": the clause's year, not the denial's; but
    # "attacked a village in Zamfara state, which borders Niger, on Friday": a day after the clause's closing
    # comma is the act's, however the parse hangs it)
    apart = [d for d in dates if _in_other_relative(doc, Mention(d[0], d[1], "", "Date", ""), hit)
             and "," not in {doc[k].text for k in range(max(d[0] - 2, sent.start), d[0])}]
    dates = [d for d in dates if d not in apart]
    # "The journalist arrested on Monday was released on Friday": the date on the trigger's own verb, before a
    # nearer one on another verb
    trigger_verb = _verb_of_trigger(doc, hit)
    own_dates = [d for d in dates if trigger_verb is not None and _verb_of_date(doc, d) == trigger_verb]
    earlier = _earlier_clause(doc, hit)
    if earlier is not None:
        # "charged him on Monday, a week after he was arrested in Harare": the arrest was before Monday, on no day
        # the sentence tells unless its own clause does
        dates = [d for d in dates if earlier.left_edge.i <= d[0] <= earlier.right_edge.i]
    date = _nearest(own_dates or dates, hit.start)
    date_value = date[2] if date else None
    if date and status == "planned" and is_nominal(doc, sent, hit) and context.published and len(date_value) == 7 \
            and date_value < context.published[:len(date_value)] and date[0] >= hit.end \
            and not any(t.lower_ == "had" for t in doc[c_start:hit.start]) \
            and not any(t.like_num and len(t.text) == 4 for t in doc[date[0]:date[1]]):
        # "does not want to meet Kim before the presidential election in November" in a February story: the
        # November to come, when no year is written (a plan named by its noun, the month after it; not "threatened
        # in January to cut gas", nor "had planned to hold elections in February")
        ahead = f"{int(date_value[:4]) + 1:04d}{date_value[4:]}"
        date_value = ahead if ahead[5:] != "02-29" else date_value
    if type_ == "Restriction" and not (agent_keys or target_keys or date_value or place) \
            and not any(m.locative for m in mentions if c_start <= m.start < c_end):
        return None  # "Schools were closed for two days after the floods": no one's, nowhere, no day of its own
    vague = any(d[2] is None and c_start <= d[0] < c_end for d in context.dates) \
        or any(doc[k].lower_ == "since" for k in range(hit.end, c_end)) \
        or earlier is not None  # "last week", "recently", "since the vote"; an act told as before another
    own_date = date_value
    if not date_value and status not in ("planned", "ongoing") and not vague:  # a plan or a trend is not the last scene's
        # a date said earlier in the paragraph holds for its events; a scene's date
        # holds for the scenes told after it
        date_value = context.carried_date if type_ in SCENE_TYPES else context.paragraph_date
        if date_value and len(date_value) == 4 and type_ in SPEECH_TYPES:
            date_value = None  # "... arrested in Greece in 2017. Washington says": words of no background year
        if not date_value and type_ in SPEECH_TYPES:
            date_value = _speaker_date(doc, hit.start, agent_keys, context)
        if date_value and _present_tense(doc, hit) and not _near_now(date_value, context.published):
            date_value = None  # "attacks in 2013 ... Somalia's ambassador accuses Kenya": now, not in 2013
        if _past_perfect(doc, hit):
            date_value = None  # "released six Americans on Friday. The Americans had been jailed": before it
    if not place and type_ in SCENE_TYPES and status == "occurred" and context.carried_place \
            and not _names_an_unknown_place(doc, c_start, c_end, mentions) \
            and not _another_states_act(agent_keys + target_keys, context.carried_place) \
            and not (own_date and context.carried_date and not _same_time(own_date[:7], context.carried_date[:7])
                     and context.carried_place.startswith("city/")):
        place = (context.carried_place,)  # but "launched 504 attacks in 2024" is not in the town of 2025's scene
    if type_ == "Election" and not own_place and context.focus_place:
        place = (context.focus_place,)  # "protested against rigging of the February 8 election" in Lahore: Pakistan's
        # but "Trump ... in his run up to the presidential election" in a story on North Korea: his own state's
        running = [c for k in agent_keys for c in sorted(context.affiliations.get(k, ())) if c.startswith("country/")]
        place = (running[0],) if running else place
    place = tuple(k for k in place if k not in addressed_places)
    amount = _nearest(context.amounts, hit.start) if type_ in _MONEY_TYPES else None
    if group.money_only and amount is None:
        return None  # "large deposits of uranium": no sum, no loan
    if type_ == "Loan" and amount is None and doc[hit.start].tag_ == "VBG" and _accused_of(doc[hit.start]):
        return None  # "accused foreign agencies of financing the protests", "politicians accused of financing
        # gangs": money for a cause the accuser names, no loan
    count = None
    if type_ in _COUNTED_BY_AGENT + _COUNTED_BY_TARGET:
        keys = set(agent_keys if type_ in _COUNTED_BY_AGENT else target_keys)
        people = [m for m in (agents if type_ in _COUNTED_BY_AGENT else targets) if m.key in keys] or [
            m for m in in_clause if m.key in keys]  # the parse's participants, when the words before had none
        count = next((c for c in context.counts for m in people if c[0] < m.end and m.start < c[1]), None)
    partitive = next((c for c in doc[hit.start].children if c.dep_ in ("dobj", "nsubjpass") and c.pos_ == "NUM"
                      and any(g.dep_ == "prep" and g.lower_ == "of" for g in c.children)), None) \
        if type_ in _COUNTED_BY_TARGET and doc[hit.start].pos_ == "VERB" else None
    parts = [p for p in (partitive, *partitive.conjuncts) if p.pos_ == "NUM" and number_value(p.text) is not None
             and any(g.dep_ == "prep" and g.lower_ == "of" for g in p.children)] if partitive is not None else []
    if parts and not (count is not None and count[0] <= partitive.i < count[1]):  # (the count already read, qualified)
        # "shot three of them dead", "released two of the five activists": the number the act befell ("three of his
        # aides and two of his sons": five)
        count = (partitive.i, partitive.i + 1, Count(sum(number_value(p.text) for p in parts), "exactly"))
    if count is None and counted is not None and type_ in _COUNTED_BY_TARGET:
        count = (counted.i, counted.i + 1, Count(int(counted.text.replace(",", "")), "exactly"))  # "94 were arrested"
    if type_ == "Assault" and count is None and not target_keys:
        # "A suicide attack on a police station left 10 dead", "opened fire, killing 12": who it befell, counted
        # (who were killed before who were hurt: "exploded, killing 12 people and wounding 30 others" counts the 12 its
        # killing tells, "wounding 50 worshippers and killing 10" the 10; not "a convoy of 20 police officers")
        told = [c for c in context.casualties + context.counts if hit.start < c[0] <= hit.end + 15 and c[0] < c_end
                and (c in context.casualties or c[0] > 0 and doc[c[0] - 1].lower_ in _CASUALTY_VERBS)]
        killed = [c for c in told if c[0] > 0 and doc[c[0] - 1].lower_ in ("killing", "leaving")
                  or c[1] < len(doc) and doc[c[1] - 1].lower_ in ("dead", "killed")]
        first = min(killed or told, key=lambda c: c[0], default=None)
        count = first if first is not None and (first in context.casualties or first in killed and (
            doc[first[0] - 1].lower_ == "killing" or doc[first[1] - 1].lower_ in ("dead", "killed"))) else None
        # ("killing one person and wounding five": the one killed; not "leaving 200,000 people without power")
    sources = attribution.sources_for(hit.start)
    if not sources and not group.speech and doc[hit.start].pos_ == "VERB" and _accused_of(doc[hit.start]):
        # "Ukraine accused Russia of shelling a hospital": the accuser tells the deed it blames
        accuser = _accuser(doc[hit.start], mentions)
        sources = (accuser.key,) if accuser is not None and accuser.key not in agent_keys + target_keys else ()
    if status == "denied" and not sources and doc[hit.start].pos_ == "VERB" and _denied_content(doc[hit.start]):
        # "Police denied that officers had beaten the protesters": who denies it tells it (as not done)
        denier = _denier(doc[hit.start], mentions)
        sources = (denier.key,) if denier is not None and denier.key not in agent_keys + target_keys else sources
    if group.speech or group.reported_only:  # the speaker of a speech event is its agent, not its source
        # (nor is the state of "Iran's foreign ministry spokesman Nasser Kanaani condemned ...")
        speaking = set(agent_keys) | {a for k in agent_keys for a in context.affiliations.get(k, ())}
        sources = tuple(k for k in sources if k not in speaking)
    noun = doc[hit.end - 1]
    if type_ == "Sanction" and status == "occurred" and is_nominal(doc, sent, hit) and noun.dep_ == "pobj" \
            and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in lexicon.words["danger_nouns"]:
        status = "threatened"  # "the EU raised the prospect of sanctions against Georgia"
    if type_ == "Sanction" and status == "occurred" and is_nominal(doc, sent, hit) and any(
            t.lower_ in lexicon.words["facing_verbs"] for t in doc[max(c_start, hit.start - 6):hit.start]):
        status = "threatened"  # "Russia faces new sanctions", "or face the possibility of additional sanctions"
        urged = _urged_to_face(doc, hit, mentions)
        target_keys = (urged,) if urged else target_keys
    if type_ in _HOSTILE_TYPES and status == "planned" and agent_keys and set(agent_keys) <= set(sources):
        status = "threatened"  # "Geza said that he would mobilize protests"
    if not group.symmetric and type_ != "Meeting":
        target_keys = tuple(k for k in target_keys if k not in agent_keys)
    if type_ == "Statement" and agent_keys and all(_commentators(k, mentions, lexicon) for k in agent_keys):
        return None  # "Security analysts are praising ECOWAS", "Public health experts are urging people to ..."
    if type_ == "Statement" and hit.end - hit.start == 1 \
            and _says_nothing(doc, hit.start, agent_keys[0] if agent_keys else None, mentions, lexicon):
        return None
    if type_ == "Statement":  # not the outlet spoken to, nor (but for an appeal) the speaker's own state or body
        # ("Turkish Defense Minister Hulusi Akar reiterated Ankara's stance", "told CNBC"; but "Tsikhanouskaya
        # called on Belarus to release all political prisoners" appeals to her own state)
        own = set(agent_keys) | ({a for k in agent_keys for a in context.affiliations.get(k, ())}
                                 if not _is_appeal(doc[hit.start].text) else set())
        target_keys = tuple(k for k in target_keys if k not in own and not any(
            m.key == k and is_outlet(m, lexicon) and spoken_to(doc, m, lexicon) for m in mentions))
    if type_ == "Meeting" and _only_the_press(doc, tuple(agent_keys) + tuple(target_keys), mentions, lexicon):
        return None  # "In a video call with reporters, the spokesman said": an interview, no meeting
    if type_ == "Statement" and _only_the_press(doc, agent_keys, mentions, lexicon):
        return None  # "Reporters asked him to comment": a question of the press, no claim  # "the UN appealed for calm": to no one
    if type_ == "ForceDisplay" and doc[hit.start].lemma_.lower() in ("fire", "launch") and agent_keys and any(
            e.type == "Assault" and set(e.agents) & set(agent_keys) for e in context.history[-3:]):
        type_ = "Assault"  # "Russia had fired 88 missiles" right after its attack on Ukraine: the attack, no show
    if type_ == "Arrest" and any(m.key in target_keys and m.text and m.text.split()[-1].lower().rstrip("s")
                                 in lexicon.words["captive_nouns"] for m in mentions):
        type_ = "Assault"  # "gunmen are holding 30 hostages": a hostage-taking (CAMEO 181), no arrest
    if group.speech and sources and in_first_person(doc[hit.start]):
        agent_keys, sources = sources[:1], ()  # "I urge the Taliban to ... and reiterate my willingness," he said
    if type_ in SPEECH_TYPES and status == "planned" and not (
            type_ == "Accusation" and _charge_to_come(doc[hit.start], lexicon) and target_keys
            and not set(target_keys) & ({k for s in attribution.speeches for k in s.speakers} | set(sources))
            and not any(c.dep_ == "nsubj" and c.lower_ in ("i", "we", "he", "she") for c in doc[hit.start].children)
            and not (doc[hit.start].lemma_.lower() == "prosecute" and all(k.startswith("group/") for k in target_keys))):
        return None  # "plans to call for sanctions", "will criticise": words not yet said are no claim (but "will be
        # charged with kidnapping" is a formal charge to come, planned)
    if type_ == "Restriction" and doc[hit.end - 1].lower_ == "flights" and not any(
            k.startswith("country/") or k.startswith("group/") and k.split("/", 1)[1] in ("authorities", "government")
            for k in agent_keys):
        return None  # "Kenya Airways suspended flights to Dubai": an airline's timetable, no state's restriction
    led = {m.key for m in mentions if m.key in target_keys and m.text.lower().endswith("-led")}
    if led and not group.speech:
        # "marched against the U.S.-led sanctions", "the U.S.-led blockade of its ports": who leads does it
        target_keys = tuple(k for k in target_keys if k not in led)
        agent_keys = agent_keys or tuple(k for k in led)
    if type_ == "Criticism" and target_keys and doc[hit.start].pos_ == "VERB":
        # "condemned the strikes as a violation of Yemen's sovereignty": who the judgement says is wronged is not
        # blamed
        judged = [g for c in doc[hit.start].children if c.dep_ == "prep" and c.lower_ == "as" for g in c.subtree]
        wronged = {m.key for m in mentions if any(m.start <= t.i < m.end for t in judged)}
        target_keys = tuple(k for k in target_keys if k not in wronged)
    if type_ == "Sanction" and not target_keys \
            or type_ in ("Criticism", "Accusation") and not target_keys and doc[hit.end - 1].pos_ == "VERB":
        # "blacklisted three Chinese refineries", "imposed sanctions on Iranian oil exports": the demonym's state;
        # "condemned the Russian invasion of Ukraine", "criticised the Israeli decision": whose deed is condemned;
        # "accused a Chinese spy plane of violating its airspace": whose plane is accused
        trigger = doc[hit.end - 1]
        objects = [c for c in trigger.children if c.dep_ == "dobj"] if trigger.pos_ == "VERB" else [
            g for c in trigger.children if c.dep_ == "prep" and c.lower_ in ("on", "against")
            for g in c.children if g.dep_ == "pobj"]
        # ("banned imports of Thai fruit": the goods the trade is of)
        objects = objects[:1] + [g for o in objects[:1] if o.lemma_.lower() in ("import", "export", "shipment", "sale")
                                 for c in o.children if c.dep_ == "prep" and c.lower_ == "of"
                                 for g in c.children if g.dep_ == "pobj"]
        owners = [m for o in objects if type_ == "Sanction" or o.lemma_.lower() not in lexicon.words["private_body_heads"]
                  and o.lemma_.lower() not in lexicon.person_nouns | lexicon.words["demonym_people_heads"]
                  for m in _demonym_before(doc, sent, Hit(o.i, o.i + 1, group), lexicon)][:2]
        # ("accused a Lithuanian citizen of spying": a person the demonym places, not the state)
        target_keys = tuple(m.key for m in owners if m.key not in agent_keys) or target_keys
    fired = doc[hit.start] if doc[hit.start].pos_ == "VERB" else doc[hit.end - 1].head \
        if doc[hit.end - 1].dep_ == "dobj" and doc[hit.end - 1].head.pos_ == "VERB" else None
    if type_ in ("Assault", "ForceDisplay") and not target_keys and fired is not None:
        # "fired water cannon at a Philippine supply boat", "a Russian missile struck a Ukrainian hospital": the state
        # whose boat or hospital is hit (not "a Chinese company": a body of its own)
        verb = fired
        hit_things = [g for t in [verb, *(c for c in verb.children if c.dep_ == "dobj")] for c in t.children
                      if c.dep_ == "prep" and c.lower_ in ("at", "on", "against") for g in c.children if g.dep_ == "pobj"] \
            + [c for c in verb.children if c.dep_ == "dobj" and c.i > hit.end - 1 and verb.i == hit.start]
        # (not a merchant ship, whose flag is no party: "a Singaporean container ship"; nor where who was killed is
        # told next: "struck a Ukrainian village, killing a British aid worker")
        owners = [m for o in hit_things[:1] if o.pos_ == "NOUN" and parse.mention_of(o, mentions) is None
                  and o.lemma_.lower() not in lexicon.words["private_body_heads"]
                  and not (o.lemma_.lower() in lexicon.words["merchant_vessel_nouns"] and not any(
                      c.lemma_.lower() in lexicon.words["state_vessel_words"] for c in o.children))
                  for m in _demonym_before(doc, sent, Hit(o.i, o.i + 1, group), lexicon)] \
            if not (type_ == "Assault" and any(c.dep_ == "advcl" and c.tag_ == "VBG" for c in verb.children)) else []
        target_keys = tuple(m.key for m in owners if m.key not in agent_keys)
    if type_ == "Sanction" and agent_keys and all(k.startswith("person/") for k in agent_keys):
        # "In announcing the sanctions, U.S. Secretary of State Antony Blinken said": the state he speaks for
        states = [a for k in agent_keys for a in sorted(context.affiliations.get(k, ()))
                  if a.startswith("country/") and a not in target_keys]  # (no state sanctions itself)
        agent_keys = tuple(dict.fromkeys(states)) or agent_keys
    verb = doc[hit.start]
    if verb.tag_ == "VBN" and verb.dep_ == "acl" and verb.head.dep_ == "pobj" and verb.head.head.lower_ == "among" \
            and agent_keys and not target_keys and type_ in _PATIENT_TYPES:
        # "Aminata Toure was among several opposition figures arrested": she was one of them
        agent_keys, target_keys = (), agent_keys
    if type_ == "Criticism" and target_keys and verb.pos_ == "VERB":
        # "condemned the excessive use of force against peaceful demonstrators": who suffers what is condemned is not
        # blamed (but "condemned the crackdown" blames who cracks down)
        suffered = {m.key for m in mentions if m.key in target_keys and doc[m.start].i > 0
                    and doc[m.end - 1].head.lower_ in ("against", "on") and doc[m.end - 1].head.head.pos_ == "NOUN"
                    and doc[m.end - 1].head.head.lemma_.lower() in lexicon.words["harm_nouns"]
                    | lexicon.words["mistreatment_nouns"]}
        target_keys = tuple(k for k in target_keys if k not in suffered)
    if len(agent_keys) > 1 and not target_keys and _reciprocal(doc, hit):
        target_keys = agent_keys  # "Serbia and Kosovo accused each other": each of the other
    if type_ == "Threat" and doc[hit.end - 1].lower_ == "measures" and not target_keys:
        return None  # "will take resolute measures to contain the virus", "to stabilize the economy": against no one
        # named, a resolve, no threat (but "resolute measures against the United States")
    if type_ in ("Assault", "Arrest") and not target_keys and doc[hit.start].pos_ == "VERB":
        # "killed a senior commander of Hezbollah", "arrested a leader of the ELN": the body whose one it is
        struck = [c for c in doc[hit.start].children if c.dep_ in ("dobj", "nsubjpass")
                  and c.lemma_.lower() in lexicon.words["body_member_nouns"]]
        target_keys = tuple(dict.fromkeys(
            m.key for o in struck for c in o.children if c.dep_ == "prep" and c.lower_ == "of"
            for g in c.children if g.dep_ == "pobj" for m in [parse.mention_of(g, mentions)]
            if m is not None and m.type == "Organization" and m.key not in agent_keys))
    if type_ == "Threat" and target_keys:
        # "threatened military action": the force the act would be done by, no one threatened
        own_act = {m.key for m in mentions if m.key in target_keys and doc[m.end - 1].dep_ in ("amod", "compound")
                   and doc[m.end - 1].head.dep_ == "dobj" and doc[m.end - 1].head.head.i == hit.start
                   and doc[m.end - 1].head.lemma_.lower() in lexicon.words["threatened_act_nouns"]}
        target_keys = tuple(k for k in target_keys if k not in own_act)
    if type_ == "Protest" and not target_keys:
        ousted = _ouster_demanded(doc, hit, mentions, lexicon)
        target_keys = tuple(k for k in ousted if k not in agent_keys)
    if type_ in _PATIENT_TYPES:
        # "sanctions on 107 targets, including a Kyrgyz bank and general No Kwang Chol", "arrested 30 people,
        # including opposition leader Kizza Besigye": the ones named among those it befell are its targets too
        target_keys = tuple(dict.fromkeys(target_keys + tuple(
            k for k in _named_among(doc, hit, mentions) if k not in agent_keys)))
    to_blame = [parse.mention_of(c, mentions) for c in doc[hit.start].head.children if c.dep_ == "nsubj"] \
        if type_ == "Accusation" and doc[hit.start].lemma_.lower() == "blame" and doc[hit.start].dep_ == "xcomp" \
        and doc[hit.start].head.lemma_.lower() == "be" \
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in doc[hit.start].children) else []
    if to_blame and to_blame[0] is not None:
        # "the rebels were (partly) to blame for the bombing, the minister said": the blamed are the subject; who
        # blames them is who says so (not "no one was to blame")
        agent_keys, target_keys = tuple(k for k in sources if k != to_blame[0].key), (to_blame[0].key,)
    trigger = doc[hit.start:hit.end].text
    if type_ == "Statement" and hit.end - hit.start == 1 and doc[hit.start].lemma_.lower() == "claim":
        owned = next((c for c in doc[hit.start].children if c.dep_ == "dobj"
                      and c.lemma_.lower() in ("responsibility", "credit")), None)
        trigger = doc[hit.start:owned.i + 1].text if owned is not None else trigger  # "claimed responsibility"
    return Event(
        type=type_, sentence=index, trigger=trigger, status=status,
        agents=agent_keys, targets=target_keys, places=place, sources=sources, date=date_value,
        amount=amount[2] if amount else None, count=count[2] if count else None,
    )


_VOTING_BODIES = frozenset({"council", "parliament", "lawmaker", "legislator", "senate", "senator", "house",
                            "assembly", "committee", "board", "congress", "court", "cabinet", "member", "shareholder",
                            "jury", "panel", "chamber", "legislature", "deputy", "mp"})


_ORDERING_LEMMAS = frozenset({"order"})  # (not "wants the hostages released": a wish; "had relatives detained")


def _ordered_done(doc: Doc, hit: Hit, actors: list[Mention]) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """"A court ordered Imamoglu jailed", "the judge ordered him detained", "ordered the journalists released": a
    participle after a verb of ordering is done to the one named before it, by who orders; (agents, targets),
    or None when the words are not so."""
    verb = doc[hit.start]
    if hit.end - hit.start != 1 or verb.tag_ not in ("VBN", "VBD") or verb.dep_ not in ("ccomp", "xcomp", "oprd") \
            or verb.head.lemma_.lower() not in _ORDERING_LEMMAS or verb.head.i > verb.i:
        return None
    done_to = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")] \
        + [c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i]
    if not done_to:
        return None
    target = parse.mention_of(done_to[0], actors)
    orderer = [m for t in parse.subject_tokens(verb.head)[0] if (m := parse.mention_of(t, actors)) is not None]
    return tuple(m.key for m in orderer[:1]), (target.key,) if target is not None else ()


def _gathered_in_protest(verb: Token, lexicon: Lexicon) -> bool:
    """Whether people who gather protest, by what the sentence says they gather for or despite: "gathered
    outside city hall despite the ban", "gathered to demand the resignation of the government", "gathered in
    the square, chanting slogans" (but "residents gathered to watch the parade", "fans gathered, waving flags",
    "despite warnings of rough seas": no protest)."""
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ == "despite" and any(
                g.lemma_.lower() in lexicon.words["forbidding_nouns"] for g in child.children if g.dep_ == "pobj"):
            return True
        if child.dep_ in ("advcl", "xcomp") and child.pos_ == "VERB" \
                and child.lemma_.lower() in lexicon.words["protesting_lemmas"]:
            return True
        if child.dep_ == "advcl" and child.lemma_.lower() == "chant" and (any(
                o.dep_ == "dobj" and o.lemma_.lower() == "slogan" for o in child.children)
                or any(t.text in ("“", '"') for t in child.subtree)):  # ("chanting “Resign!”")
            return True  # "chanting slogans against the government" (not fans "chanting the team's name")
    return False


def _weapons_owner(doc: Doc, sent: Span, weapon: Token, mentions: list[Mention],
                   attribution: Attribution) -> tuple[str, ...]:
    """"The army said its aircraft struck RSF positions": the body whose weapons strike, the one who says so or
    else the body named last before them; () when the weapons are no one's ("its" absent)."""
    if not any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in weapon.children):
        return ()
    bodies = ("country/", "organization/")
    # the body named last before the weapons as a subject ("Kyiv said Russia launched drones, and its missiles
    # struck": Russia's), else the one who says so ("The army said its aircraft struck")
    subjects = [m for m in mentions if sent.start <= m.start and m.end <= weapon.i and not m.locative
                and m.key.startswith(bodies + ("group/",)) and doc[m.end - 1].dep_ in ("nsubj", "nsubjpass")
                and not any(s.speakers[:1] == (m.key,) for s in attribution.speeches)]
    speaker = [k for k in attribution.speaker_for(weapon.i) if k.startswith(bodies)
               or k.startswith("group/") and k.endswith(("army", "military", "forces", "troops", "navy", "police"))]
    if subjects and speaker and subjects[-1].key != speaker[0]:
        return ()  # "Israel said Hamas fired rockets, and its aircraft struck the launch site": either side's; no guess
    return (subjects[-1].key,) if subjects else tuple(speaker[:1])  # (a force that speaks of its own weapons)


_ARMED_BODIES = frozenset({"military", "army", "navy", "junta", "forces", "force", "guard"})
"""Last words of an armed body's name ("Myanmar military", "Sudanese Armed Forces", "Air Force")."""


_BESTOWING = frozenset({"approve", "give", "grant", "extend", "provide", "impose", "reimpose", "issue", "offer",
                        "declare", "enact", "introduce", "slap", "tighten", "enforce", "launch", "stage", "organize",
                        "organise", "mount", "carry", "conduct", "unleash"})
"""Light verbs whose subject does (or gives) what their object noun names."""


def _light_verb_subject(doc: Doc, hit: Hit, mentions: list[Mention], lexicon: Lexicon,
                        named: list[Mention]) -> Mention | None:
    """The subject the parse shares to the light verb an event noun is the object of, when that verb has
    none of its own ("summoned the ambassador to lodge a protest") or has a relative pronoun for one ("the IMF,
    which approved a loan", found among all `named` mentions): None otherwise."""
    noun = _as_object(doc[hit.end - 1])
    verb = noun.head
    relative = verb.dep_ == "relcl" and any(c.dep_ == "nsubj" and c.lower_ in ("who", "which", "that")
                                            for c in verb.children) and verb.lemma_.lower() in _BESTOWING
    # ("The IMF, which approved a loan for Zambia": the IMF lends; not "an official who attended the meeting", a
    # meeting told again, or "X, who faced charges", charged)
    if noun.dep_ != "dobj" or verb.pos_ != "VERB" or verb.dep_ not in ("xcomp", "advcl") and not relative \
            or verb.lower_ not in lexicon.words["light_verbs"] | lexicon.words["aspect_verbs"] \
            and verb.lemma_.lower() not in lexicon.words["aspect_verbs"]:
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) and not relative:
        return None  # its own subject, read as before ("the United States and South Korea began their drills")
    subjects, passive = parse.subject_tokens(verb)
    found = [parse.mention_of(t, named if relative else mentions) for t in subjects]  # (the IMF may speak after)
    return found[0] if found and found[0] is not None and not passive else None


def _sentence_not_served(doc: Doc, hit: Hit, lexicon: Lexicon) -> bool:
    """Whether "serving a sentence" holds no one: a sentence that keeps no one in prison ("a suspended sentence",
    "a community service sentence"), or a serving avoided or negated ("avoided serving", "was spared from
    serving", "is not serving")."""
    serving = doc[hit.start]
    if any(t.lower_ in lexicon.words["noncustodial_words"] for t in doc[hit.start:hit.end]):
        return True
    if any(c.dep_ == "neg" for c in serving.children):
        return True
    node = serving
    for _ in range(3):
        if node.dep_ not in ("xcomp", "pcomp", "pobj", "prep", "advcl") or node.head.i == node.i:
            break
        node = node.head
        if node.lemma_.lower() in lexicon.words["avoiding_lemmas"] or node.lower_ in ("spared", "spares"):
            # (the lemmatizer's "spared" -> "spar")
            return True
    return False


def _owners_of_what_is_frozen(doc: Doc, hit: Hit, mentions: list[Mention], lexicon: Lexicon) -> tuple[str, ...]:
    """Whose assets a sanction freezes or seizes: the owner the verb's object names ("froze the assets of three
    Iranian firms", "froze his assets", "Russia's assets"), not a place in the phrase ("his U.S. assets"); ()
    when the trigger is no such verb."""
    verb = doc[hit.start]
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in lexicon.words["freezing_lemmas"]:
        return ()
    owners = []
    for thing in (c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")):
        if thing.lemma_.lower() not in lexicon.words["asset_nouns"]:
            continue
        named = [gc for c in thing.children if c.dep_ == "prep" and c.lower_ == "of" for gc in c.children
                 if gc.dep_ == "pobj"] + [c for c in thing.children if c.dep_ == "poss"]
        owners += [m.key for t in named if (m := parse.mention_of(t, mentions)) is not None and not m.locative]
    return tuple(dict.fromkeys(owners))


def _afflicted_with(doc: Doc, hit: Hit, left: list[Mention], mentions: list[Mention],
                    lexicon: Lexicon) -> tuple[list[Mention], list[Mention]] | None:
    """([the subject], [its object]) of "hit X with sanctions", "slapped X with an embargo": the subject imposes the
    measure an event noun names on the object; None when the noun is no such verb's "with" object, or the verb's
    subject none of the mentions before it."""
    noun = doc[hit.end - 1]
    while noun.dep_ in ("conj", "nmod") and noun.head.pos_ == "NOUN" and noun.head.i != noun.i:
        noun = noun.head  # "with tear gas and water cannon"
    prep = noun.head
    verb = prep.head
    if noun.dep_ != "pobj" or prep.lower_ != "with" or verb.pos_ != "VERB" \
            or verb.lemma_.lower() not in lexicon.words["afflicting_verbs"] and not (
                # "police dispersed the protesters with tear gas": what force they use on them
                hit.group.type in ("Assault", "ForceDisplay") and verb.lemma_.lower() not in lexicon.words["light_verbs"]
                and any(c.dep_ == "dobj" for c in verb.children)):
        return None
    subject = [m for m in left if any(doc[k].dep_ == "nsubj" and doc[k].head.i == verb.i for k in range(m.start, m.end))]
    if not subject:
        return None
    return subject[:1], [m for c in verb.children if c.dep_ == "dobj" and (m := parse.mention_of(c, mentions)) is not None]


def _behind(doc: Doc, hit: Hit, mentions: list[Mention]) -> Mention | None:
    """Who is said to be behind an act does it: "the military was behind the shutdowns", "behind
    widespread rigging, including internet shutdowns", "the group behind the bombing"."""
    node = doc[hit.end - 1]
    for _ in range(6):
        if node.dep_ == "pobj" and node.head.lower_ == "behind":
            owner = node.head.head
            if owner.lemma_.lower() == "be":
                owner = next((c for c in owner.children if c.dep_ == "nsubj"), None)
            elif owner.pos_ not in ("NOUN", "PROPN", "PRON"):
                return None
            return parse.mention_of(owner, mentions) if owner is not None else None
        if node.dep_ in ("conj", "appos", "pobj") or node.dep_ == "prep" and node.lower_ in ("including", "like"):
            node = node.head
        else:
            return None
    return None


def _a_bodys_vote(doc: Doc, hit: Hit, mentions: list[Mention]) -> bool:
    """Whether "vote" is a vote of a body ("the council is expected to vote", "a vote in parliament",
    "lawmakers voted"), not an election: its subject, or the place it is held in, is a deliberating body."""
    token = doc[hit.end - 1]
    if token.lemma_.lower() != "vote":
        return False
    subjects: list = []
    if token.pos_ == "VERB":
        subjects, passive = parse.subject_tokens(token)  # "the council is expected to vote": the council
        subjects = [] if passive else subjects
    places = [gc for c in token.children if c.dep_ == "prep" and c.lower_ in ("in", "by", "of")
              for gc in c.children if gc.dep_ == "pobj"]
    if any(t.lemma_.lower() in _VOTING_BODIES or t.lower_ in _VOTING_BODIES for t in subjects + places):
        return True
    if token.pos_ == "NOUN" and (token.head.lower_ == "by" or any(
            c.dep_ == "prep" and c.lower_ == "of" and any(g.like_num for g in c.children) for c in token.children)):
        return True  # "by a vote of 15 to 2", "adopted by a vote of 13 in favor": a tally, no election
    clause = doc[max(token.sent.start, hit.start - 12):min(token.sent.end, hit.end + 12)]
    lemmas = {t.lemma_.lower() for t in clause}
    # "vetoed the resolution in a vote on Monday" (not "voters rejected the amendment in a referendum vote")
    return token.pos_ == "NOUN" and bool(lemmas & {"resolution", "motion", "bill", "veto", "amendment"}) \
        and not lemmas & {"referendum", "voter", "poll", "ballot"}


def _joined_subjects(doc: Doc, hit: Hit, mentions: list[Mention]) -> list[Mention]:
    """The parties joined as the subject of the verb an event noun is the object of ("The United States
    and South Korea began joint exercises", "the EU and Britain imposed sanctions")."""
    noun = _as_object(doc[hit.end - 1])
    if noun.dep_ != "dobj" or noun.head.pos_ != "VERB":
        return []
    read = parse.roles(doc, noun.head.i, noun.head.i + 1, [m for m in mentions if not m.locative])
    return list(read.agents) if read is not None and not read.passive and len(read.agents) > 1 else []


def _as_object(noun):
    """The phrase an event noun heads as an object: the noun, or the quantity it is counted in
    ("held a second round of talks", "launched a wave of strikes")."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN" \
            and noun.head.head.lemma_.lower() in parse.SERIES_HEADS:
        return noun.head.head
    return noun


def _names_people_or_place(token, mentions: list[Mention]) -> bool:
    """Whether a token, or a word of its phrase, is a mention (people, a body, a place)."""
    return any(m.start <= t.i < m.end for t in token.subtree for m in mentions)


def _criticism_group(lexicon: Lexicon):
    return next(g for g in lexicon.trigger_groups if g.type == "Criticism" and not g.evaluative)


def _lends(key: str) -> bool:
    """Whether an organisation is a lender by its name: a fund or a bank ("International Monetary Fund",
    "World Bank", "African Development Bank")."""
    words = key.rsplit("/", 1)[-1].split("-")
    if "central" in words or "s" in words:
        return False  # "Egypt's central bank" takes deposits from other states; it lends to none of them
    return "bank" in words or "monetary" in words and "fund" in words


def _doer_of_relative(doc: Doc, hit: Hit, mentions: list[Mention],
                      lexicon: Lexicon) -> tuple[list[Mention], list[Mention]]:
    """Who does what an event noun names, and to whom, told in a relative clause of a light verb right after it:
    "the sanctions Washington has imposed on Moscow", "the loans China gave Zambia", "the attacks that the militants
    launched" (read by the words, as the parse often takes the clause's verb for a modifier of its subject)."""
    k = hit.end
    if k < len(doc) and doc[k].lower_ in ("that", "which"):
        k += 1
    if k < len(doc) and doc[k].lower_ == "the":
        k += 1
    doer = next((m for m in mentions if m.start == k and m.type != "City"), None)
    if doer is None:
        return [], []
    j = doer.end
    while j < len(doc) and doc[j].lower_ in ("has", "have", "had", "already", "recently"):
        j += 1
    verb = doc[j] if j < len(doc) else None
    if verb is None or verb.tag_ not in ("VBD", "VBN") or verb.lower_ not in lexicon.words["light_verbs"]:
        return [], []
    j += 1
    if j < len(doc) and doc[j].lower_ in ("on", "against", "to"):
        j += 1 + (j + 1 < len(doc) and doc[j + 1].lower_ == "the")
    done_to = [m for m in mentions if m.start == j and m.key != doer.key][:1]
    return [doer], done_to


def _who_died_in(doc: Doc, hit: Hit, mentions: list[Mention], lexicon: Lexicon) -> list[Mention]:
    """Who died, was killed or hurt in an attack the noun names: "31 people lost their lives in Tuesday's
    train hijacking", "five soldiers were killed in the ambush", "died in an airstrike"."""
    noun = doc[hit.end - 1]
    if noun.dep_ != "pobj" or noun.head.lower_ != "in":
        return []
    verb = noun.head.head
    lemma = verb.lemma_.lower()
    dying = lemma in lexicon.words["dying_lemmas"] and (lemma != "lose" or any(
        c.dep_ == "dobj" and c.lemma_.lower() == "life" for c in verb.children)) or lemma in \
        lexicon.words["harmed_lemmas"] and any(c.dep_ == "auxpass" for c in verb.children)
    if not dying:
        return []
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and _victim(c, lexicon)]
    found = [parse.mention_of(s, mentions) for s in subjects]
    return [m for m in found if m is not None][:1]


def _victim(subject: Token, lexicon: Lexicon) -> bool:
    """Whether who died or was hurt can be an attack's victim: not its doer ("The bomber died in the attack")
    nor a relative pronoun, whose noun a clause describes ("The man who died in the shooting was ...")."""
    return subject.lemma_.lower() not in lexicon.words["attacker_nouns"] \
        and subject.lower_ not in ("who", "that", "which", "whom")


def _who_died_when(doc: Doc, hit: Hit, mentions: list[Mention], lexicon: Lexicon) -> list[Mention]:
    """Who died or was hurt when the act was done: "Five soldiers died when militants attacked their convoy",
    "Two policemen were wounded as gunmen opened fire"."""
    verb = doc[hit.start]
    if verb.dep_ != "advcl" or not any(c.dep_ in ("advmod", "mark") and c.lower_ in ("when", "as") and c.i < verb.i
                                       for c in verb.children):
        return []
    head = verb.head
    lemma = head.lemma_.lower()
    if not (lemma in lexicon.words["dying_lemmas"] and lemma != "lose"
            or lemma in lexicon.words["harmed_lemmas"] and any(c.dep_ == "auxpass" for c in head.children)):
        return []
    found = [parse.mention_of(c, mentions) for c in head.children if c.dep_ in ("nsubj", "nsubjpass")
             and _victim(c, lexicon)]
    return [m for m in found if m is not None and m.type in PEOPLE_TYPES][:1]


def seat_of_a_body(doc: Doc, mention: Mention) -> bool:
    """Whether a place names where a body sits or someone was born ("The London-based Syrian Observatory said"),
    not where an event happens."""
    return mention.end + 1 < len(doc) and doc[mention.end].text == "-" \
        and doc[mention.end + 1].lower_ in ("based", "headquartered", "born")


def _origin_of_people(doc: Doc, mention: Mention) -> bool:
    """"ministers from Britain, Canada and the United States", "delegates from 20 countries", "the London-based
    Syrian Observatory": where people come from or a body sits, not where the event happens."""
    if seat_of_a_body(doc, mention):
        return True
    token = doc[mention.end - 1]
    while token.dep_ in ("conj", "appos") and token.head.i < token.i:
        token = token.head
    prep = token.head
    return token.dep_ == "pobj" and prep.lower_ == "from" and (
        prep.head.pos_ in ("NOUN", "PROPN") or prep.i > 0 and doc[prep.i - 1].tag_ == "NNS")


def _names_an_unknown_place(doc: Doc, start: int, end: int, mentions: list[Mention]) -> bool:
    """"abducted 15 aid workers in South Darfur": the clause names a place no table knows, so the place
    the story told before does not hold for it."""
    named = {i for m in mentions for i in range(m.start, m.end)}
    return any(doc[k].lower_ in ("in", "near", "outside") and doc[k + 1].text[:1].isupper() and doc[k + 1].is_alpha
               and k + 1 not in named and doc[k + 1].ent_type_ not in ("DATE", "TIME", "ORG", "PERSON")
               for k in range(start, min(end, len(doc) - 1)))


def _hosts_a_visit(doc: Doc, hit: Hit, mentions: list[Mention]) -> bool:
    """"welcomed Chinese President Xi Jinping to Paris", "welcomed X in Ankara": the verb welcomes
    someone to (or in) a place."""
    verb = doc[hit.start]
    if verb.lemma_.lower() != "welcome" or hit.end - hit.start != 1:
        return False
    to_place = [gc for c in verb.children if c.dep_ == "prep" and c.lower_ in ("to", "in") for gc in c.children
                if gc.dep_ == "pobj" and any(m.start <= gc.i < m.end and m.type in _PLACE_TYPES for m in mentions)]
    visitor = [c for c in verb.children if c.dep_ == "dobj"
               and any(m.start <= c.i < m.end and m.type in ("Person", "Country") for m in mentions)]
    return bool(to_place and visitor)


def _evaluation(doc: Doc, sent: Span, index: int, hit: Hit, mentions: list[Mention], lexicon: Lexicon,
                attribution: Attribution, context: SentenceContext) -> Event | None:
    """A word of blame ("baseless", "inhumane") said by someone: a Criticism by the
    speaker of what the words are said of."""
    speaker = attribution.speaker_for(hit.start)
    if not speaker:
        return None
    if doc[hit.start].lower_ == "blow" and any(a.lemma_.lower() in ("deal", "deliver", "strike", "inflict")
                                               for a in list(doc[hit.start].ancestors)[:2]):
        return None  # "The operation dealt a significant blow to al-Shabab": harm done, no blame said
    if (doc[hit.start].dep_ == "amod" and doc[hit.start].head.lemma_.lower() in lexicon.words["offence_nouns"]
            or hit.end < len(doc) and doc[hit.end].lemma_.lower() in lexicon.words["offence_nouns"]
            and doc[hit.end].pos_ == "NOUN"):  # ("fentanyl and illegal migrants", however the parse joins it)
        return None  # "pleading guilty to illegal possession of a firearm": an offence's name, no blame said
    if any(a.lemma_.lower() in ("allege", "accuse", "charge") and a.pos_ == "VERB" for a in doc[hit.start].ancestors):
        return None  # "a court alleged the journalist had posted 'provocative' messages": the charge's words
    quoted = quoted_tokens(doc, sent)
    hit_starts = {h.start for h in context.hits}
    # "Zamora's arbitrary detention": who is held is not blamed; "Israel's heinous attacks": who attacks is
    owners = {m.key for m in mentions if m.end + 1 in hit_starts and doc[m.end].text in ("'s", "’s")
              and _suffered_by_owner(doc, m.end + 1, sent.end, lexicon)}
    own = {a for k in speaker for a in context.affiliations.get(k, ())}  # "what Beijing considers illegal", said
    # by China's spokeswoman: her state judges, it is not judged; nor is the body her title names
    own |= {m.key for m in mentions for p in mentions if p.key in speaker and 0 <= p.start - m.end <= 3
            and all(t.is_alpha for t in doc[m.end:p.start])}  # "Chinese Foreign Ministry spokesperson Mao Ning"
    region = [m for m in mentions if not m.locative and m.key not in speaker and m.key not in owners
              and m.key not in own
              and ((m.start in quoted) == (hit.start in quoted))
              and not _after_word(doc, m, ("against",))  # "trials against journalists": whom it harms
              and not _suffers_the_act(doc, m, lexicon)  # "the killing of peaceful demonstrators": who suffered it
              and not _relative_between(doc, m, hit)
              # "Germany said the vote was unfair, while France urged calm": France speaks, it is not judged
              and not any(s.until is not None and s.verb < hit.start < s.until <= m.start for s in attribution.speeches)
              and not _object_of_trigger(doc, hit, m)  # "a blow to al-Shabab": who suffers it is not blamed
              and not _experiencer(doc, hit, m)  # "the United States is deeply disappointed by": who is, blames
              # (nor "Sudan" in "Ahmed Ali, an envoy to Sudan, said the deal was illegal")
              and not any(s.describes_speaker(m.start) for s in attribution.speeches)]
    target = min(region, key=lambda m: abs(m.start - hit.start), default=None)
    word = doc[hit.start]
    if word.dep_ in ("oprd", "xcomp", "acomp", "ccomp", "attr") and any(
            c.dep_ in ("dobj", "nsubj") and c.lemma_.lower() in CLAIM_NOUNS for c in word.head.children):
        # ("said the charges were baseless": the claim the clause is about, rebutted)
        # "called the abduction allegations 'baseless'": a claim rebutted, a denial by the speaker
        date = _nearest([d for d in context.dates if d[2]], hit.start)
        return Event("Denial", index, doc[hit.start:hit.end].text, agents=speaker[:1],
                     date=date[2] if date else context.paragraph_date)
    if word.lower_ in lexicon.words["rebuttal_words"]:
        return None  # "said the alarm was false": untrue, of no claim anyone made, blames no one
    if word.dep_ in ("oprd", "xcomp") and word.head.lemma_.lower() in ("call", "brand", "label", "describe", "dub"):
        # "called the protesters 'criminals'": who is named so is blamed, quoted or not
        named = [parse.mention_of(word.head.head if c.lower_ in ("whom", "who") and word.head.dep_ == "relcl" else c,
                                  mentions) for c in word.head.children if c.dep_ == "dobj"]
        # ("Maduro, whom Washington calls a “dictator,”": the one the relative clause is of)
        target = next((m for m in named if m is not None and m.key not in speaker), target)
    ancestors = {a.i for a in doc[hit.start].ancestors}
    direct = any(0 < hit.start - s.verb <= 6 and s.reported or s.judging and s.verb in ancestors
                 # "“The violence is unacceptable,” Borrell said": the quotation the speaker closes
                 or not s.reported and 0 < s.verb - hit.start <= 12 and hit.start in quoted
                 # (not "“It would be senseless to continue the talks,” Lavrov said": a judgement of what may be)
                 and not any(doc[k].lower_ in ("would", "could", "might", "may", "will", "'d")
                             for k in range(max(sent.start, hit.start - 6), hit.start))
                 and all(doc[k].text not in (".", "!", "?", ";") or k + 1 < len(doc) and doc[k + 1].text in ("”", '"', "’", "'")
                         for k in range(hit.end, s.verb))
                 for s in attribution.speeches)  # "described the plan as “... an appalling betrayal”": said of it
    verbs = [s.verb for s in attribution.speeches if s.verb < hit.start]
    act = evaluated_act(doc, max([sent.start] + [v + 1 for v in verbs]), hit.start, lexicon)
    targets = (target.key,) if target else ()
    if act is not None:  # "called the ruling 'arbitrary'": the ruling's author is blamed, not who it was about
        targets = blamed(doc, act, index, mentions, context.history, context.act_owners, context.last_mover,
                         context.focus_place, speaker, lexicon)
    if not targets and not direct:
        return None  # blame said of nothing named: not a fact about anyone
    date = _nearest([d for d in context.dates if d[2]], hit.start)
    verb = max(verbs, default=hit.start)
    undated = context.paragraph_date or _speaker_date(doc, verb, speaker[:1], context)
    return Event("Criticism", index, doc[hit.start:hit.end].text, agents=speaker[:1],
                 targets=targets, date=date[2] if date else undated)


def _experiencer(doc: Doc, hit: Hit, mention: Mention) -> bool:
    """Whether `mention` is the subject of "disappointed" (the one who is disappointed blames, is not blamed)."""
    word = doc[hit.end - 1]
    if word.lower_ != "disappointed":
        return False
    head = word.head if word.dep_ in ("acomp", "amod", "advmod") else word
    return any(c.dep_ in ("nsubj", "nsubjpass") and mention.start <= c.i < mention.end for c in head.children)


def _object_of_trigger(doc: Doc, hit: Hit, mention: Mention) -> bool:
    """Whether `mention` lies in the object of the preposition a trigger ends with: "a blow to
    al-Shabab", "a violation of Ukraine's sovereignty", "an affront to Hungary" name who suffers
    the act, not whom the words blame."""
    last = doc[hit.end - 1]
    if last.pos_ != "ADP" or mention.start < hit.end:
        return False
    objects = [c for c in last.children if c.dep_ == "pobj"]
    end = objects[0].right_edge.i + 1 if objects else hit.end + 1
    return mention.start < end


def _suffered_by_owner(doc: Doc, start: int, limit: int, lexicon: Lexicon) -> bool:
    """Whether the noun a possessor owns after `start` ("'s arbitrary detention") is done to the
    possessor (an arrest, a killing) rather than by them (attacks, claims, policies)."""
    noun = next((t for t in doc[start:min(start + 4, limit)] if t.pos_ == "NOUN"), None)
    if noun is None:
        return True
    lemma = noun.lemma_.lower()
    return lexicon.lemma_triggers.nouns.get(lemma) in ("Arrest", "Release") \
        or lemma in lexicon.words["acts_on_patient"] | lexicon.words["suffered_nouns"]


def _adjunct_subject(doc: Doc, hit: Hit, sent: Span, actors: list[Mention]) -> Mention | None:
    """The sentence's subject for "X, while condemning ..., says" and "after criticising ..."."""
    if not doc[hit.start].lower_.endswith("ing") or hit.start == sent.start:
        return None
    if doc[hit.start - 1].lower_ not in ("while", "after", "before", "when", "by", "since", "without"):
        return None
    verb = doc[hit.start]
    head = verb.head if verb.dep_ in ("pcomp", "pobj") and verb.head.dep_ == "prep" else verb
    clause = head.head if head.dep_ in ("prep", "advcl") else None
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None) if clause is not None else None
    named = parse.mention_of(subject, actors) if subject is not None else None
    if named is not None:
        return named  # "CamboJA said Mech Dara was released after apologizing": the clause's subject apologised
    first = [m for m in actors if m.end <= hit.start]
    return first[0] if first else None


def _fleet_state(doc: Doc, hit: Hit, lexicon: Lexicon) -> tuple[str, ...]:
    """The state a demonym names on the ships, planes or weapons that are the subject of the verb an event noun is
    the object of ("Chinese coast guard ships fired water cannon", "Chinese warships fired warning shots"), or ()."""
    noun = doc[hit.end - 1]
    if noun.dep_ != "dobj" or noun.head.pos_ != "VERB":
        return ()
    subject = next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lemma_.lower() not in lexicon.words["weapon_nouns"]:
        return ()
    tables = name_tables(lexicon)
    for token in doc[subject.left_edge.i:subject.i]:
        named = tables.phrases.get(token.lower_)
        if token.i + 2 < len(doc) and doc[token.i + 1].text == "-" \
                and doc[token.i + 2].lower_ in lexicon.words["maker_words"]:
            continue  # "Iranian-made drones": the maker, not who fires them
        if named and named.kind == "demonym" and token.text[:1].isupper() and named.country:
            return (country_key(named.country),)
    return ()


def _demonym_before(doc: Doc, sent: Span, hit: Hit, lexicon: Lexicon) -> list[Mention]:
    """"an Israeli blockade", "Russian sanctions": the demonym's country acts."""
    tables = name_tables(lexicon)
    for pos in (hit.start - 1, hit.start - 2):
        if pos < sent.start:
            break
        named = tables.phrases.get(doc[pos].lower_)
        if named and named.kind == "demonym" and doc[pos].text[:1].isupper() \
                and not for_or_against(doc, sent, pos):  # (not "a pro-Palestinian rally", "anti-American protests")
            found = [Mention(pos, pos + 1, named.key, "Country", doc[pos].text)]
            first = tables.phrases.get(doc[pos - 2].lower_) if pos - 2 >= sent.start \
                and doc[pos - 1].lower_ in ("and", "&") else None
            if first and first.kind == "demonym" and doc[pos - 2].text[:1].isupper() and first.key != named.key \
                    and not for_or_against(doc, sent, pos - 2):
                # "American and British warplanes hit 18 sites", "a joint Russian and Syrian airstrike": both act
                found.insert(0, Mention(pos - 2, pos - 1, first.key, "Country", doc[pos - 2].text))
            return found
    return []


_KEPT_UP = frozenset({"strengthen", "tighten", "extend", "expand", "intensify", "escalate", "resume", "renew",
                      "widen", "broaden", "step"})
"""Verbs by which who does an act does more of it ("strengthening the arms embargo")."""
_PROTESTING = frozenset({"protesters", "protestors", "demonstrators", "activists", "strikers", "marchers", "rioters"})
"""Who shuts a road or a polling station in protest."""
_DRAWN_OUT = frozenset({"foot", "feet", "talk", "negotiation", "process", "case", "trial", "war", "conflict",
                        "crisis", "dispute", "procedure", "proceeding", "investigation"})
"""What is dragged out when time is ("dragging out the debt talks", "dragging its feet")."""


_KEEPERS = frozenset({"guard", "warden", "official", "officer", "staff", "employee", "worker", "doctor", "director",
                      "chief", "administrator", "personnel", "nurse", "jailer", "authority"})
"""Who works in a prison or a detention center."""


_LENDING_BODIES = ("monetary fund", "world bank", "development bank", "investment bank", "reconstruction and development",
                   "finance corporation", "cooperation agency", "european union", "export import", "paris club")
"""Words of the names (as their keys spell them) of the public lenders whose loans go to a state the story need not
name again."""


def _names_the_state(keys: tuple[str, ...], mentions: list[Mention], state: str, lexicon: Lexicon) -> bool:
    """Whether a mention of one of `keys` holds the name or the demonym of `state` ("China Development Bank")."""
    phrases = name_tables(lexicon).phrases
    return any(m.key in keys and any((named := phrases.get(word.lower())) is not None and named.country
                                     and named.kind in ("country", "demonym") and country_key(named.country) == state
                                     for word in m.text.split())
               for m in mentions)


def _violent_verb(word: Token) -> Token:
    """The verb a place phrase tells of: its head, or the verb whose by-phrase names the noun it hangs on
    ("beaten by guards in prison")."""
    if word.pos_ != "VERB" and word.dep_ == "pobj" and word.head.dep_ == "agent" and word.head.head.pos_ == "VERB":
        return word.head.head
    return word


def _initials_before(doc: Doc, hit: Hit, left: list[Mention]) -> list[Mention]:
    """"killed in a US drone strike", "the UN sanctions": a state or body named by its initials in the noun's
    compound acts (not a full name: "the Iran strikes" may be strikes on Iran)."""
    owner = next((m for m in reversed(left) if m.end <= hit.start), None)
    if owner is None or owner.type not in ("Country", "Organization") \
            or not re.fullmatch(r"(?:[A-Z]\.){2,}|[A-Z]{2,4}", owner.text) \
            or doc[owner.end - 1].dep_ != "compound" or not hit.start <= doc[owner.end - 1].head.i < hit.end \
            or not all(doc[k].dep_ == "compound" for k in range(owner.end, hit.start)):
        return []
    return [owner]


def _document_issuer(doc: Doc, hit: Hit, mentions: list[Mention], lexicon: Lexicon,
                     context: SentenceContext) -> tuple[str, ...] | None:
    """Who speaks through a document that is the verb's subject: "a lawsuit filed by the ACLU alleges"
    (its by-phrase), "One suit ... alleging", "The statement threatened sanctions" (who the story
    last told filing or saying it, within two sentences); None when the subject is no document."""
    verb = parse.verb_of(doc, hit.start, hit.end)
    subject = None
    while verb is not None and subject is None:
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        verb = verb.head if subject is None and verb.dep_ in ("advcl", "conj", "xcomp") and verb.head.i != verb.i else None
    if subject is None or subject.lemma_.lower() not in lexicon.words["document_nouns"]:
        return None
    by = [gc for c in subject.children if c.dep_ == "acl" for a in c.children if a.dep_ == "agent"
          for gc in a.children if gc.dep_ == "pobj"]
    named = [parse.mention_of(t, mentions) for t in by]
    if any(named):
        return tuple(dict.fromkeys(m.key for m in named if m is not None))
    index = max((e.sentence for e in context.history), default=-1)
    earlier = [e for e in context.history if e.agents and index - e.sentence <= 2
               and (e.type in SPEECH_TYPES or e.type == "Statement")]
    return earlier[-1].agents if earlier else ()


def _said_of(doc: Doc, hit: Hit, mentions: list[Mention], clause_end: int) -> list[Mention]:
    """Whom a criticism or an accusation is about when it is said in a clause:
    "reacted angrily to reports that Sviatlana Tsikhanouskaya ...", "alleged that the military ..."."""
    that = next((k for k in range(hit.end, min(clause_end, hit.end + 6)) if doc[k].lower_ == "that"), None)
    if that is None:
        return []
    return [m for m in mentions if that < m.start <= that + 4][:1]


def _buried(doc: Doc, start: int, end: int) -> bool:
    """Whether an event noun sits in a prepositional phrase after another verb or a
    modal, so that the subject before it does something else to it."""
    words = [t.lower_ for t in doc[start:end]]
    verb = max((k for k, w in enumerate(words) if w in grammar.MODALS
                or w.endswith(("ed", "ing")) and w not in ("been", "being")), default=None)
    return verb is not None and any(w in grammar.PREPOSITIONS for w in words[verb + 1:])


def _direct_object(doc: Doc, start: int, end: int) -> bool:
    """Whether a mention at `end` is the trigger's object: no preposition stands
    before it ("massed in front of Israel's consulate" has none)."""
    for k in range(start, end):
        word = doc[k].lower_
        if word == "to" and k + 1 < end and doc[k + 1].is_lower and doc[k + 1].lower_ not in grammar.DETERMINERS:
            continue  # "a loan to prop up Lukashenko's government": an infinitive, not a preposition
        if word == "at" and k + 1 < end and doc[k + 1].lower_ in ("least", "most"):
            continue  # "detained at least 25 protesters"
        if word in grammar.PREPOSITIONS or word in ("to", "at", "into", "through", "across", "near", "under", "behind",
                                             "by", "front", "outside"):
            return False
    return True


def _orders_of(doc: Doc, right: list[Mention]) -> list[Mention]:
    """"on the orders of Judge Erick Garcia": who ordered it acts."""
    found = []
    for m in right:
        of = m.start - 1
        while of > m.start - 3 and of > 0 and doc[of].is_title and doc[of].lower_ != "of":
            of -= 1  # "of Judge Erick Garcia": a title may stand before the name
        if of >= 1 and doc[of].lower_ == "of" and doc[of - 1].lower_ in ("orders", "order", "behest", "request"):
            found.append(m)
    return found[:1]


def _possessor(doc: Doc, hit: Hit, left: list[Mention]) -> Mention | None:
    """The mention written as the owner of a noun trigger ("Mhlanga's arrest")."""
    pos = hit.start - 1
    while pos > 0 and doc[pos].is_alpha and doc[pos].is_lower and pos >= hit.start - 2 \
            and doc[pos].pos_ not in ("VERB", "AUX") \
            and doc[pos].lower_ not in ("the", "a", "an") and doc[pos].lower_ not in grammar.PREPOSITIONS \
            and doc[pos].lower_ not in ("to", "at", "by", "into"):
        pos -= 1  # "Boko Haram's 2014 abduction", "his client's arrest"
    while pos > 1 and pos >= hit.start - 4 and (doc[pos].like_num or doc[pos].text.rstrip(".").lower() in MONTH_NUMBERS) \
            and doc[pos - 1].text not in ("the", "a", "an"):
        pos -= 1  # "Hamas's October 7 attack": a date between the owner and the noun
    if doc[pos].text not in ("'s", "’s", "'", "’") and not (doc[pos].like_num and doc[pos - 1].text in ("'s", "’s")):
        return None
    owner_end = pos if doc[pos].text in ("'s", "’s", "'", "’") else pos - 1
    owners = [m for m in left if m.end == owner_end]
    return owners[0] if owners else None


def _withholds(doc: Doc, hit: Hit, mentions: list[Mention], lexicon: Lexicon) -> bool:
    """Whether "deny" refuses something (words.yaml withheld_things) rather than rebuts a claim: the
    thing is its object ("denied entry to"), or follows the people it is refused to ("denying
    migrants sent to Guantanamo Bay access to lawyers", however the parse attaches it)."""
    withheld = lexicon.words["withheld_things"]
    verb = doc[hit.start]
    objects = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
    if any(c.lemma_.lower() in withheld for c in objects):
        return True
    people = [c for c in objects if c.pos_ == "PRON" or parse.mention_of(c, mentions) is not None]
    return any(t.lemma_.lower() in withheld and t.pos_ == "NOUN"
               for c in people for t in doc[c.i + 1:min(c.i + 9, len(doc))])


def _in_other_relative(doc: Doc, mention: Mention, hit: Hit) -> bool:
    """Whether `mention` lies in a relative clause set off by a comma (", who played a role in protests in
    Gaza") that does not hold the trigger: what the clause tells of someone, not where the event is."""
    for ancestor in doc[mention.start].ancestors:
        if ancestor.dep_ == "relcl":  # set off by a comma: background ("protesters who had linked arms in
            # Brest" is restrictive, the scene itself)
            start = ancestor.left_edge.i
            # (but "The strike, which hit a building in Kharkiv, killed four people": a clause of the trigger's
            # own subject tells where it struck)
            subject = [c for c in doc[hit.start].children if c.dep_ in ("nsubj", "nsubjpass")]
            return start > 0 and doc[start - 1].text == "," and not start <= hit.start <= ancestor.right_edge.i \
                and not (ancestor.head in subject and ancestor.head.pos_ == "NOUN")
    return False


def _earlier_clause(doc: Doc, hit: Hit):
    """The clause an act is told in as before the main one ("days after police arrested him", "a week after he was
    arrested"): the trigger's verb under "after" (or "since"), or None."""
    token = doc[hit.start]
    if token.pos_ != "VERB":
        return None
    for clause in [token, *token.ancestors][:3]:
        marks = {c.lower_ for c in clause.children if c.dep_ == "mark"}
        if clause.dep_ == "advcl" and ("since" in marks or "after" in marks and any(
                t.lemma_.lower() in ("day", "week", "month", "year", "hour", "minute") for t in clause.subtree
                if t.i < clause.i and t.dep_ == "npadvmod")):
            return clause  # ("a week after", "days after"; a bare "after" may be the same day's cause: "fired tear gas
            # on Friday after demonstrators threw stones")
    return None


def _verb_of_date(doc: Doc, date: tuple) -> int | None:
    """The verb a date phrase hangs on ("released on Friday": released), or None."""
    for ancestor in doc[date[0]].ancestors:
        if ancestor.pos_ in ("VERB", "AUX"):
            return ancestor.i
        if ancestor.pos_ == "NOUN" and ancestor.dep_ not in ("pobj", "npadvmod"):
            return None  # "the arrests of Monday": the noun's
    return None


def _verb_of_trigger(doc: Doc, hit: Hit) -> int | None:
    """The verb of a verb trigger; None for an event noun."""
    token = doc[hit.start]
    return token.i if token.pos_ in ("VERB", "AUX") else None


def _in_other_timed_clause(doc: Doc, mention: Mention, hit: Hit, in_clause: list[Mention],
                           mentions: list[Mention]) -> bool:
    """Whether `mention` lies in a clause of another time whose subject is another state or body than the one that
    acts in the trigger's clause ("Israel released 39 prisoners, hours after Hamas freed 24 hostages in Gaza"): the
    place of that clause's act. Not for a crowd, police or an unnamed doer, whose acts mostly follow in the same town
    ("Police arrested 20 people after protesters attacked a police station in Lagos"), nor at the same time ("as
    they marched through Nairobi")."""
    clause = next((a for a in doc[mention.start].ancestors if a.pos_ in ("VERB", "AUX")), None)
    if clause is None or clause.dep_ != "advcl" or clause.left_edge.i <= hit.start <= clause.right_edge.i \
            or not any(c.dep_ == "mark" and c.lower_ in ("after", "before", "since") for c in clause.children):
        return False
    theirs = [m for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")
              if (m := parse.mention_of(c, mentions)) is not None]
    ours = [m for m in in_clause if m.type in ("Country", "Organization") and not m.locative
            and doc[m.end - 1].dep_ in ("nsubj", "nsubjpass") and doc[m.end - 1].head.i == clause.head.i]
    return bool(theirs and ours) and theirs[0].type in ("Country", "Organization") and theirs[0].key != ours[0].key


def _asks(doc: Doc, sent: Span) -> bool:
    """Whether `sent` is a question of the writer's own, not inside a quotation: it ends with "?" and opens with no
    quotation mark ("What has the government said?", "Will Medibank pay?"; not "“Who will pay?” she asked")."""
    words = [t for t in sent if not t.is_space]
    return bool(words) and words[-1].text == "?" and words[0].text not in ("“", '"', "‘", "'") \
        and not any(t.text in ("“", "”", '"') for t in words)


def _governing_verb(noun: Token) -> Token | None:
    """The verb whose object `noun` is, directly or through the parse's one-preposition split of a hyphened word
    ("lost a by-election": "by" hangs on "lost", "election" on "by")."""
    if noun.dep_ == "dobj" and noun.head.pos_ == "VERB":
        return noun.head
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.i + 2 == noun.i and noun.i > 0 \
            and noun.doc[noun.i - 1].text == "-" and noun.head.head.pos_ == "VERB":
        return noun.head.head
    return None


def _accidental(noun: Token, lexicon: Lexicon) -> bool:
    """Whether `noun` is a blast or a fire of an accident: "a gas explosion", "a boiler blast", "a coal mine
    explosion", "a fire at a garment factory" (not "a bomb explosion", "a fire set by the mob")."""
    if noun.lemma_.lower() not in ("explosion", "blast", "fire", "blaze"):
        return False
    if any(t.dep_ == "agent" or t.lemma_.lower() in ("arson", "arsonist") for t in noun.subtree):
        return False  # "a fire at a school set by students", "a fire at a nightclub started by gunmen": arson
    kinds = [c for c in noun.children if c.dep_ in ("compound", "amod")]
    kinds += [g for c in kinds for g in c.children if g.dep_ == "compound"]
    if any(c.lemma_.lower() in lexicon.words["accident_kinds"] for c in kinds):
        return True
    return noun.lemma_.lower() in ("fire", "blaze") and any(
        c.dep_ == "prep" and c.lower_ in ("at", "in") and any(
            g.dep_ == "pobj" and g.lemma_.lower() in lexicon.words["accident_workplaces"] for g in c.children)
        for c in noun.children)


def _releases_a_thing(verb: Token, lexicon: Lexicon) -> bool:
    """Whether "release" publishes something (its object, its passive subject or the noun a
    participle describes is a report, a video, figures) rather than frees someone."""
    things = lexicon.words["released_things"]
    released = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if verb.dep_ == "acl":
        released.append(verb.head)  # "a report released this month"
    return any(t.lemma_.lower() in things or t.lower_ in things or t.tag_ == "$"
               or t.like_num and any(g.tag_ == "$" for g in t.children) for t in released)  # "released $500 million"


def _group_it_places(doc: Doc, mention: Mention, mentions: list[Mention]) -> Mention:
    """The group a state's or a body's name only places ("Thousands of resident doctors in Nigeria's public
    hospitals walked off the job", "Nurses at Kenyatta National Hospital went on strike": the doctors, the nurses),
    else the mention itself."""
    if mention.type not in ("Country", "Organization", "City"):
        return mention
    node = doc[mention.end - 1]
    for _ in range(4):
        if node.dep_ == "poss" or node.dep_ == "pobj" and node.head.lower_ in ("in", "at", "from", "across"):
            node = node.head if node.dep_ == "poss" else node.head.head
        else:
            return mention
        group = next((m for m in mentions if m.type == "Group" and m.start <= node.i < m.end and m.end <= mention.start),
                     None)
        if group is not None and doc[group.end - 1].dep_ in ("nsubj", "nsubjpass") or group is not None \
                and doc[group.start].dep_ in ("nsubj", "nsubjpass"):
            return group
    return mention


def _whose_kin(doc: Doc, hit: Hit, mention: Mention, lexicon: Lexicon) -> bool:
    """Whether a mention names only whose relative or aide someone is that the trigger acts on ("arrested Armando
    Guebuza's son", "charged the wife of Najib Razak"): the son, the wife is acted on, not the one named (but "the
    son of imprisoned publisher Jimmy Lai": the publisher is imprisoned)."""
    head = doc[mention.end - 1]
    kin = lexicon.words["relation_nouns"]
    if head.dep_ == "poss" and head.head.lemma_.lower() in kin:
        return hit.start < head.head.i
    return head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.lemma_.lower() in kin \
        and hit.start < head.head.head.i


def _warned_of(noun: Token) -> bool:
    """Whether a noun is what a warning is about, through prepositions and their objects alone ("warned
    protesters of arrest", "warned Israel about the consequences of an attack"; not "warned that the consequences
    of the attack would be severe", where the attack is told)."""
    node = noun
    for _ in range(6):
        if node.dep_ not in ("pobj", "prep", "dobj") or node.head.i == node.i:
            return False
        node = node.head
        if node.lemma_.lower() == "warn":
            return True
    return False


def _warns_of_own_act(doc: Doc, hit: Hit, mentions: list[Mention], agents: tuple[str, ...], lexicon: Lexicon) -> bool:
    """Whether a warning threatens: it is given to someone named ("warned Washington of severe
    consequences", "warned Israel against") or tells what the speaker (or the state or body they speak
    for: `agents`) will do ("warned it would retaliate", "is warning it could turn to Russia", Zakharova
    "warned that Russia would respond"), or what the one named will suffer for it ("warned that Israel would face
    consequences", "would pay a price"). Else it is a claim ("warned that the
    actions would divide the country", "“It could get worse,” he warned"): a Statement."""
    verb = doc[hit.start]
    if verb.lemma_.lower() == "vow":
        # "vowed that Russia would respond", "that Iran will pay for the attack": retribution vowed; "vowed that they
        # would return to the streets", "that Ukraine would not face the winter alone" is a promise, no threat
        for c in verb.children:
            if c.dep_ != "ccomp" or any(n.dep_ == "neg" for n in c.children):
                continue
            own = any(s.dep_ == "nsubj" and (
                (m := parse.mention_of(s, mentions)) is not None and m.key in agents
                or s.lower_ in ("we", "it", "i") or _own_force(s, mentions, agents, lexicon)) for s in c.children)
            if own and c.lemma_.lower() in lexicon.words["vowed_retribution_lemmas"] and not any(
                    o.dep_ == "dobj" and o.lemma_.lower() in ("street", "road") for o in c.children):
                return True  # (not "would hit the streets again": a protest)
            if _pays_for_a_wrong(c, lexicon, told=True) or c.lemma_.lower() in ("face", "suffer") and any(
                    o.dep_ == "dobj" and o.lemma_.lower() in lexicon.words["retribution_nouns"] for o in c.children):
                return True  # "vowed that Iran will pay for the attack", "would face consequences"
        return False
    objects = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
    told = [parse.mention_of(c, mentions) for c in objects]
    about = [g for t in [verb, *objects] for c in t.children if c.dep_ == "prep" and c.lower_ in ("about", "of")
             for g in c.children if g.dep_ == "pobj"]  # (the parse may hang "about" on the object)
    acts = lexicon.words["retribution_nouns"] | lexicon.words["violent_act_nouns"] | lexicon.words["restriction_nouns"]
    if any(m is not None and m.type == "Group" for m in told) and about and all(
            (c.head.lower_ == "about" or c.lemma_.lower() in lexicon.words["danger_nouns"])
            and c.lemma_.lower() not in acts and c.lemma_.lower() not in lexicon.lemma_triggers.nouns for c in about):
        return False  # "warned colleagues about a new virus", "warned residents of the risk of cholera": news, advice
        # (but "warned the rebels about the consequences", "warned demonstrators about arrests": what they will suffer)
    if any(m is not None for m in told):
        return True
    clauses = [c for c in verb.children if c.dep_ == "ccomp"] + [
        # "Moscow warned at the time that it would take counter-measures": the parse may hang the clause on "time"
        t for t in verb.subtree if t.dep_ == "relcl" and t.head.dep_ == "pobj" and t.head.head.head.i == verb.i
        and any(c.lower_ == "that" and c.i < t.i for c in t.children)]
    for clause in clauses:
        if clause.lemma_.lower() == "face" and any(
                c.dep_ == "dobj" and c.lemma_.lower() in lexicon.words["retribution_nouns"] | _PENALTIES
                for c in clause.children):
            return True  # "warned that rioters faced very heavy penalties": what they will suffer
        if clause.lower_ != "going" and not any(
                c.dep_ == "aux" and c.lemma_.lower() in ("will", "would", "could", "may", "might", "shall", "can")
                for c in clause.children) and not any(c.lower_ in lexicon.words["planned_cues"]
                                                      for c in clause.children if c.dep_ in ("acomp", "xcomp")):
            # ("warned it was ready to strike": an act to come too)
            continue  # "officials warn it is simply too big to put out": a state of things, no act to come
        if clause.lemma_.lower() == "tolerate" and any(c.dep_ == "neg" for c in clause.children):
            return True  # "warned that the army would not tolerate attempts to disrupt the vote"
        if clause.lower_ == "spared" and any(c.dep_ == "neg" for c in clause.children) \
                and any(c.dep_ == "auxpass" for c in clause.children) and _culprits_of(clause, lexicon):
            return True  # "warned that terrorists would not be spared": what they will suffer (the tagger's lemma of
            # "spared" may be "spar")
        for subject in (c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")):
            if subject.lower_ in ("we", "i", "it", "they") and subject.i > hit.start:
                return True
            if _own_force(subject, mentions, agents, lexicon):
                return True  # "warned that his fighters would treat the Kenyans as invaders": the speaker's own; a
                # defence minister "warned that the army could be deployed": the state's own force
            if (subject.lower_ in ("anyone", "anybody", "whoever") or any(
                    c.dep_ == "det" and c.lower_ == "any" for c in subject.children)
                    or subject.lower_ == "those" and any(c.dep_ == "relcl" for c in subject.children)) \
                    and (any(c.dep_ == "auxpass" for c in clause.children)
                         or clause.lemma_.lower() in lexicon.words["retribution_lemmas"]):
                return True  # "warned that any attempt to stop it would be considered an act of war", "that those who
                # defy the order will be punished": what anyone who does so will suffer (not "any delay could raise
                # costs")
            named = parse.mention_of(subject, mentions)
            if named is not None and named.key in agents:
                return True
            if named is not None and clause.lemma_.lower() in lexicon.words["retribution_lemmas"] and (
                    clause.lemma_.lower() == "regret" or any(
                        c.dep_ == "dobj" and c.lemma_.lower() in lexicon.words["retribution_nouns"]
                        for c in clause.children)):
                return True  # "warned that Israel would face consequences", "would pay a heavy price": the speaker's
            if named is not None and _pays_for_a_wrong(clause, lexicon, told=True):
                return True  # "warned that Iran would pay for the attack"
    return False


def _named_among(doc: Doc, hit: Hit, mentions: list[Mention]) -> list[str]:
    """The named ones an "including" phrase lists after whom an act befell: its object, its passive subject or the
    object of its "on" or "against"."""
    act = doc[hit.start] if doc[hit.start].pos_ == "VERB" else doc[hit.end - 1]
    holders = [act, act.head] if act.pos_ == "NOUN" and act.dep_ == "dobj" else [act]  # ("imposed sanctions on")
    befallen = [c for c in act.children if c.dep_ in ("dobj", "nsubjpass")] + [
        g for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in ("on", "against")
        for g in c.children if g.dep_ == "pobj"]
    out = []
    for noun in befallen:
        for listed in (g for c in noun.children if c.dep_ == "prep" and c.lower_ == "including"
                       for g in c.children if g.dep_ == "pobj"):
            for word in (listed, *listed.conjuncts):
                m = next((m for m in mentions if m.start <= word.i < m.end), None)
                if m is not None and m.type in ("Person", "Organization", "Country") and m.end - 1 == word.i \
                        and word.pos_ == "PROPN":
                    out.append(m.key)  # (a name, whole: not "officials of Iran's Revolutionary Guards", nor "women")
    return out


def _called_by_phone(doc: Doc, hit: Hit, mentions: list[Mention]) -> tuple[str, ...] | None:
    """Who "spoke to ... by phone" spoke to: the named ones between "to" and what the call was about ("spoke to Polish
    Prime Minister Donald Tusk by phone", "to Netanyahu about the hostages by phone": Netanyahu); () when none is
    named; None for any other meeting's words."""
    if not (doc[hit.start].lemma_.lower() in ("speak", "talk") and hit.start + 1 < hit.end
            and doc[hit.start + 1].lower_ == "to"):
        return None
    if hit.end == hit.start + 2:
        # "Biden spoke to Xi Jinping on Tuesday", "said he had spoken to Macron and Starmer": a leader or a state spoken
        # to (not "spoke to reporters", "spoke to the BBC": an audience, an outlet)
        reach = min(hit.end + 12, len(doc))
        stop = next((k for k in range(hit.end, reach)
                     if doc[k].lower_ in ("about", "over", "regarding", "in", "on", "at", "after", ",", ".", ";")), reach)
        return tuple(dict.fromkeys(m.key for m in mentions if hit.end <= m.start and m.end <= stop
                                   and m.type in ("Person", "Country")))
    stop = next((k for k in range(hit.start + 2, hit.end) if doc[k].lower_ in ("about", "over", "regarding", "by", "on")),
                hit.end)
    return tuple(dict.fromkeys(m.key for m in mentions if hit.start + 2 <= m.start and m.end <= stop
                               and m.type in ("Person", "Country", "Organization")))


def _verb_above(token: Token) -> int | None:
    """The index of the nearest verb above a word in the parse (the word's own clause), or None."""
    node = token
    while node.head.i != node.i:
        node = node.head
        if node.pos_ in ("VERB", "AUX"):
            return node.i
    return None


def _refused_talks(noun: Token, lexicon: Lexicon) -> bool:
    """Whether a meeting's noun is what someone refuses: the object of "rejected", "boycotted", "declined" (or of
    an offer or a call for it they reject), or of "join"/"attend" under such a verb."""
    node = noun
    if node.dep_ == "pobj" and node.head.lower_ in ("of", "for") and node.head.head.lemma_.lower() in (
            "offer", "proposal", "invitation", "call", "request"):
        node = node.head.head  # "rejected an offer of talks"
    if node.dep_ != "dobj" and not (node.dep_ == "pobj" and node.head.lower_ == "in" and node.head.head.lemma_.lower()
                                    == "part"):
        return False
    verb = node.head if node.dep_ == "dobj" else node.head.head.head  # ("refused to take part in the talks")
    refusing = lexicon.words["meeting_refusals"]
    return verb.lemma_.lower() in refusing or verb.dep_ == "xcomp" and verb.head.lemma_.lower() in refusing


def _pays_for_a_wrong(verb: Token, lexicon: Lexicon, told: bool = False) -> bool:
    """Whether "pay" tells of punishment: paying "dearly" or "for" a wrong done ("Iran will pay for the attack",
    "will pay for their crimes"; with `told`, a warning's "France would pay for it"), not for a thing bought ("paid
    for the fuel") nor a sum paid ("paid $3 million for the mistake")."""
    if verb.lemma_.lower() != "pay" or any(t.ent_type_ == "MONEY" for t in verb.subtree) or any(
            c.dep_ == "dobj" and (c.like_num or any(g.dep_ == "nummod" for g in c.children)) for c in verb.children):
        return False  # (a sum paid: "$3 million", "paid 300 dollars"; not "the massacre of 20 civilians")
    wrongs = lexicon.words["violent_act_nouns"] | lexicon.words["wrong_nouns"] | (
        {"it", "this", "that"} if told else set())
    return any(c.dep_ == "advmod" and c.lower_ == "dearly" for c in verb.children) or any(
        c.dep_ == "prep" and c.lower_ == "for" and any(g.dep_ == "pobj" and g.lemma_.lower() in wrongs for g in c.children)
        for c in verb.children)


def _own_force(subject: Token, mentions: list[Mention], agents: tuple[str, ...], lexicon: Lexicon,
               any_state: bool = False) -> bool:
    """Whether the subject of a warned clause is a force of the speaker's own: "his fighters", "its alliance",
    "the army" when a state speaks (or whoever speaks, with `any_state`: no one is threatened with their own
    army's act); not "his country"."""
    forces = lexicon.words["fighter_heads"] | lexicon.words["state_force_heads"] | _FORCES
    if subject.lemma_.lower() not in forces and subject.lower_ not in forces:
        return False
    owner = next((c for c in subject.children if c.dep_ == "poss"), None)
    if owner is None:  # ("the army": the state's, when a state or one of its officials speaks; not Amnesty's)
        return any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children) \
            and (any_state or any(k.startswith("country/") for k in agents))
    return owner.lower_ in ("his", "her", "its", "their", "our", "my") or (
        (held := parse.mention_of(owner, mentions)) is not None and held.key in agents)


_FORCES = frozenset({"army", "military", "alliance", "men", "gang", "gangs", "forces", "troops", "fighters", "police"})

_PENALTIES = frozenset({"penalty", "sanction", "prosecution", "jail", "prison"})
"""What one who is warned will face, besides the retribution nouns ("warned that rioters faced heavy penalties")."""


def _issued(noun: Token, lexicon: Lexicon) -> bool:
    """Whether the noun "threat" is one someone makes: the object of "issued", "made", "renewed" ("issued
    threats against", "escalate threats"), not a danger someone poses or sees."""
    head = noun.head
    if noun.dep_ == "conj":
        head = head.head
    return noun.dep_ in ("dobj", "conj") and head.lemma_.lower() in lexicon.words["threat_making_verbs"]


def _cause_of(doc: Doc, deaths: Token, lexicon: Lexicon) -> Token | None:
    """The noun of the act that "resulted in the deaths of" people (the verb's subject, or the noun a
    relative "which" stands for); None when it is a natural harm or no act at all."""
    verb = deaths.head.head if deaths.dep_ == "pobj" else deaths.head
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is not None and subject.tag_ in ("WDT", "WP") and verb.dep_ == "relcl":
        subject = verb.head  # "an operation ..., which resulted in"
    if subject is None or subject.lemma_.lower() in lexicon.words["natural_harm_nouns"] \
            or subject.lemma_.lower() in lexicon.words["harm_nouns"]:
        return None
    return subject


def _doer_of(doc: Doc, act: Token, mentions: list[Mention]) -> Mention | None:
    """Who did the act a noun names: "an operation conducted by NISA", "Israel's strike"; or the one the
    noun names itself ("the army, which caused the deaths of")."""
    named = parse.mention_of(act, mentions)
    if named is not None and named.type in ("Organization", "Country", "Group", "Person"):
        return named
    for child in act.children:
        if child.dep_ == "poss" and (owner := parse.mention_of(child, mentions)) is not None:
            return owner
        if child.dep_ == "acl":
            for agent in (g for g in child.children if g.dep_ == "agent"):
                doer = next((parse.mention_of(t, mentions) for t in agent.children if t.dep_ == "pobj"), None)
                if doer is not None:
                    return doer
    return None


def _same_time(one: str, other: str) -> bool:
    """Whether two dates as precise as the text gives them (2025, 2025-03, 2025-03-11) can be one time;
    cut to months, whether they can be in one month ("on Sept. 19" beside a scene of Sept. 20 can)."""
    return one.startswith(other) or other.startswith(one)


def _unnamed_subject_after(doc: Doc, hit: Hit, agent: Mention, mentions: list[Mention],
                           bodies: frozenset[str]) -> bool:
    """Whether the parse gives the trigger verb an active subject noun that no mention covers,
    and `agent` is a preposition's object or a pronoun owning the subject: then
    `agent`, named in an adjunct ("In a statement to media, the group claimed") or an object ("fighting
    against the Pakistani state, accusing it"), is not who acts."""
    verb = doc[hit.start]
    root = doc[agent.start:agent.end].root
    # (or a pronoun owning the subject: "her supplier blamed"; but "his government said", "his organization is
    # urging" are bodies that speak for him)
    if verb.pos_ not in ("VERB", "AUX") or root.dep_ != "pobj" and not (
            root.dep_ == "poss" and root.tag_ == "PRP$" and root.head.lemma_.lower() not in bodies):
        return False
    for _ in range(3):  # "claimed to be holding": the subject of the verb it completes; "..., accusing it":
        # of the clause it hangs on; a finite verb with none of its own is misparsed ("before a court granted")
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects or not (verb.dep_ == "xcomp" or verb.dep_ == "advcl" and verb.tag_ == "VBG"):
            break
        verb = verb.head
    return any(t.dep_ == "nsubj" and t.pos_ in ("NOUN", "PROPN", "NUM") and t.i < hit.start
               and parse.mention_of(t, mentions) is None
               and not any(g.tag_ in ("WP", "WDT") for c in t.children if c.dep_ == "prep" for g in c.children)
               for t in subjects)  # but "some of whom threw rocks" are the ones named before


def _unnamed_own_subject(doc: Doc, hit: Hit, mentions: list[Mention]) -> bool:
    """Whether the trigger is a verb whose active subject is a noun no mention covers ("her supplier
    blamed"): then the one who tells the clause is not who acts in it."""
    verb = doc[hit.start]
    return verb.pos_ == "VERB" and any(c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN") and c.i < hit.start
                                       and parse.mention_of(c, mentions) is None for c in verb.children)


def _modifiers_between(doc: Doc, start: int, end: int) -> bool:
    """Whether tokens [start, end) are lowercase modifiers only ("U.N. arms embargo", "al-Shabab terrorist
    attacks"), so the name before them still names the event's owner; true when there are none."""
    return all(t.is_lower and t.pos_ in ("ADJ", "NOUN") for t in doc[start:end])


def _unread_pronoun_subject(doc: Doc, hit: Hit, agent: Mention, mentions: list[Mention]) -> bool:
    """Whether the parse gives the trigger's verb an active subject that is a pronoun no mention reads, before
    the mention taken as its agent: that mention is something else of the clause ("they picked out police
    officers and shot them")."""
    verb = parse.verb_of(doc, hit.start, hit.end)
    if verb is None or hit.end - hit.start > 1:
        return False
    subjects, passive = parse.subject_tokens(verb)
    return bool(subjects) and not passive and all(
        t.pos_ == "PRON" and t.i < agent.start and not any(m.start <= t.i < m.end for m in mentions) for t in subjects)


def _subject(doc: Doc, candidates: list[Mention], clause_start: int) -> list[Mention]:
    """Candidates for the subject, leaving out what an apposition says of the
    first mention ("Blessed Mhlanga, a journalist with NewsDay, has been ...")."""
    if not candidates:
        return candidates
    first = candidates[0]
    if first.end < len(doc) and doc[first.end].text == "," and first.start <= clause_start + 2:
        closing = next((k for k in range(first.end + 1, min(len(doc), first.end + 25)) if doc[k].text == ","), None)
        if closing is not None and all(m.start > closing or m is first for m in candidates):
            return candidates
        if closing is not None:
            return [first] + [m for m in candidates if m.start > closing]
    return candidates


def _reduced_relative(doc: Doc, sent: Span, hit: Hit, left: list[Mention]) -> bool:
    """"schoolgirls kidnapped in Zamfara", "a journalist arrested over ...": a participle
    right after a noun and before a preposition is passive."""
    word = doc[hit.end - 1].lower_
    if not (word.endswith("ed") or word in grammar.IRREGULAR_PARTICIPLES) or hit.end >= sent.end:
        return False
    verb = doc[hit.start]
    if verb.dep_ == "acl" and verb.head.i == hit.start - 1 and verb.head.pos_ == "NUM" and verb.tag_ != "VBG":
        return True  # "550 killed and nearly 5,000 wounded": the counted are acted on
    if verb.dep_ == "conj" and any(c.dep_ == "auxpass" for c in verb.head.children) \
            and not any(c.dep_ in ("aux", "auxpass") for c in verb.children) \
            and any(c.dep_ == "nsubj" and (c.pos_ == "NUM" or c.lemma_.lower() in parse.QUANTITY_HEADS)
                    for c in verb.children):
        return True  # "550 people have been killed and nearly 5,000 wounded": the passive goes on
    if verb.dep_ in ("acl", "amod") and verb.tag_ == "VBN" and verb.head.lower_ in ("those", "these", "some", "many",
                                                                                    "all", "others"):
        return True  # "some of those critically wounded": the ones it befell
    follows_mention = bool(left) and (left[-1].end == hit.start or (
        # "Qasem Soleimani, the general killed in a drone strike": the name the apposition describes
        verb.dep_ == "acl" and verb.head.i == hit.start - 1 and verb.head.dep_ == "appos" and verb.head.pos_ == "NOUN"
        and left[-1].start <= verb.head.head.i < left[-1].end))
    after = doc[hit.end + 1].lower_ if hit.end + 1 < sent.end else ""
    if doc[hit.end].lower_ == "at" and after in ("least", "most"):
        return False  # "Police detained at least 25 protesters" is active
    return follows_mention and doc[hit.end].lower_ in ("in", "on", "at", "over", "from", "during", "last", "for",
                                                       "since", "after", "by", "near", "across")


def _merge_same_type(doc: Doc, sent: Span, events: list[tuple[Hit, Event]]) -> list[Event]:
    """One event per type and clause: "marched ... protests" is one protest,
    but "Metro stations were closed ... and the internet disrupted" are two."""
    merged: list[tuple[Hit, Event]] = []
    for hit, event in events:
        same = next((i for i, (h, e) in enumerate(merged) if e.type == event.type
                     and not _coordinated(doc, h.end, hit.start)
                     and not (e.type in ("Restriction", "Sanction") and _verbs_on_two_things(doc, h, hit))
                     and (_compatible(e, event) or is_nominal(doc, sent, hit) and not event.targets
                          and not (e.agents and event.agents)  # "after the US and South Korea began drills": theirs
                          or _adverbial(doc, hit) or _town_struck(e, event) and _tells_its_toll(doc, h, hit))), None)
        if same is None:
            merged.append((hit, event))
            continue
        first_hit, first = merged[same]
        if _town_struck(first, event) and _tells_its_toll(doc, first_hit, hit):
            # "Russian missiles struck Kharkiv, killing seven civilians": who were killed are struck, the town is where
            first = replace(first, targets=event.targets, places=first.places or first.targets)
        kept = fill_missing(first, event)
        if event.type == "Meeting":  # "will visit Washington to meet X": one meeting of every party named
            parties = tuple(dict.fromkeys(first.agents + event.agents))
            kept = replace(kept, agents=parties, targets=parties)
        merged[same] = (first_hit, kept)
    return [event for _, event in merged]


def _defender_tells(doc: Doc, hit: Hit, speaker: tuple[str, ...], mentions: list[Mention], lexicon: Lexicon) -> bool:
    """Whether a charge told in the passive is told by the accused's side ("The activist was charged with terrorism,
    his lawyer said"): who tells it is its source, not the accuser (police or prosecutors who say so charge)."""
    verb = doc[hit.start]
    if verb.pos_ != "VERB" or not any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return False
    told = [m for m in mentions if m.key in speaker]
    return any(doc[k].lower_ in lexicon.words["defender_nouns"]
               for m in told for k in range(max(0, m.start - 3), m.end))


_CASUALTY_VERBS = frozenset({"killing", "wounding", "injuring", "leaving"})


def _tells_its_toll(doc: Doc, first: Hit, later: Hit) -> bool:
    """Whether the `later` trigger tells who the `first` act killed or hurt: its participle ("struck Kharkiv,
    killing seven civilians") or the deaths it resulted in ("Israel's strike on Rafah resulted in the deaths of 20
    people"); not an act of another clause ("..., while a car bomb killed two policemen in Mariupol")."""
    token = doc[later.start]
    if token.tag_ == "VBG" and token.dep_ in ("advcl", "xcomp", "conj") and first.start <= token.head.i < first.end:
        return True
    return token.lemma_.lower() in ("death", "killing") and token.dep_ == "pobj" and any(
        c.dep_ == "nsubj" and first.start <= c.i < first.end for c in token.head.head.children)


def _reciprocal(doc: Doc, hit: Hit) -> bool:
    """Whether the act is told as done by each party to the other: "accused each other of", "blamed one another",
    "traded accusations"."""
    verb = doc[hit.start]
    if hit.start > 0 and doc[hit.start - 1].lemma_.lower() in ("trade", "exchange"):
        return True  # "traded accusations", "exchanged threats"
    following = " ".join(t.lower_ for t in doc[hit.end:hit.end + 3])
    return verb.pos_ == "VERB" and following.startswith(("each other", "one another", "at each other", "at one another"))


def _town_struck(first: Event, later: Event) -> bool:
    """Whether `first` is an attack on a town and `later` the same attack told by who it killed or hurt ("struck
    Kharkiv, killing seven civilians", "Israel's strike on Rafah resulted in the deaths of 20 people")."""
    return first.type == later.type == "Assault" and bool(first.targets) and bool(later.targets) \
        and all(k.startswith("city/") for k in first.targets) \
        and not any(k.startswith(("city/", "country/")) for k in later.targets) \
        and (not first.agents or not later.agents or set(first.agents) == set(later.agents))


def _relative_between(doc: Doc, mention: Mention, hit: Hit) -> bool:
    """Whether "in which"/"whose" opens a relative clause between a mention and a later word
    of blame ("X's case underscores a trend in which politically motivated trials ...")."""
    return any(doc[k].lower_ in ("which", "whom", "whose") for k in range(mention.end, hit.start))


def _another_states_act(parties: tuple[str, ...], place: str) -> bool:
    """"Russia has blocked Facebook" after a scene in Nairobi: a state that acts, or is acted on, in a
    sentence that names no place acts from its own land, not the last scene's."""
    home = country_of_key(place)
    return home is not None and any(k.startswith("country/") and country_of_key(k) != home for k in parties)


def _object_of_another_verb(doc: Doc, hit: Hit, agent: Mention, lexicon: Lexicon) -> bool:
    """An event noun that is the object of a verb (neither a light verb nor a saying one) whose
    subject is not `agent`'s phrase itself."""
    noun = _as_object(doc[hit.end - 1])
    verb = noun.head
    if noun.dep_ != "dobj" or verb.pos_ != "VERB" or verb.i < agent.end:
        return False
    lemma = verb.lemma_.lower()
    keeps = lexicon.words["light_verbs"] | lexicon.words["aspect_verbs"] | {"have"} | (  # "to have a meeting with"
        lexicon.words["imposing_lemmas"] if hit.group.type == "Sanction" else frozenset())  # "reinstated sanctions"
    return verb.lower_ not in keeps and lemma not in keeps and lemma not in lexicon.words["speech_lemmas"] \
        and verb.lower_ not in lexicon.words["receiving_verbs"] | lexicon.words["facing_verbs"]


def _called_so(doc: Doc, hit: Hit, lexicon: Lexicon) -> bool:
    """An event noun that a verb of naming takes as its object with what it is called ("Biden called the bombing
    cowardly", "described the raid as an act of war"): the act is judged, not done by who names it (but "called a
    strike", "called elections": a call that holds them)."""
    noun = _as_object(doc[hit.end - 1])
    verb = noun.head
    if noun.dep_ != "dobj" or verb.pos_ != "VERB" or verb.lemma_.lower() not in lexicon.words["characterising_lemmas"]:
        return False
    return any(c.i > noun.i and (c.dep_ in ("oprd", "xcomp", "acomp", "attr", "ccomp")
                                 or c.dep_ == "advmod" and c.lower_.endswith("ly")
                                 or c.dep_ == "prep" and c.lower_ == "as") for c in verb.children)


def _held_on(doc: Doc, hit: Hit, agent: Mention, lexicon: Lexicon) -> bool:
    """An event noun that is the object of a verb of its course whose subject is `agent` ("French farmers
    ended weeks of protests", "Israel resumed strikes")."""
    noun = _as_object(doc[hit.end - 1])
    verb = noun.head
    return noun.dep_ == "dobj" and verb.pos_ == "VERB" and verb.i >= agent.end \
        and verb.lemma_.lower() in lexicon.words["aspect_verbs"] \
        and any(c.dep_ == "nsubj" and agent.start <= c.i < agent.end for c in verb.children)


def _by_another_verb(doc: Doc, hit: Hit, mention: Mention) -> bool:
    """"The protests were funded by foreign groups": the by-phrase names who does the other verb
    (its passive agent), not who holds the protests."""
    by = next((t for t in doc[max(0, mention.start - 3):mention.start] if t.lower_ == "by"), None)
    if by is None or by.dep_ != "agent" or hit.start <= by.head.i < hit.end:
        return False
    noun, verb = doc[hit.end - 1], by.head
    # (but "The strike was called by the taxi drivers' union", "an attack carried out by Islamic State militants":
    # a verb of doing or holding it tells who does or holds it)
    return not (verb.lemma_.lower() in _DOING_IT and (
        noun.dep_ == "nsubjpass" and noun.head.i == verb.i or verb.dep_ in ("acl", "relcl") and verb.head.i == noun.i))


_DOING_IT = frozenset({"carry", "conduct", "perpetrate", "commit", "launch", "stage", "organise", "organize", "call",
                       "lead", "hold", "mount", "spearhead", "orchestrate", "plan", "mastermind", "execute"})
"""Verbs of doing or holding an act: the by-phrase of one whose subject or noun is the act names its doer."""


@functools.lru_cache(maxsize=8)
def _group_heads(lexicon: Lexicon) -> frozenset[str]:
    return frozenset(h.lower() for h in lexicon.group_heads)


def _named_members(doc: Doc, sent: Span, event: Event, mentions: list[Mention]) -> Event:
    """"Police detained two opposition leaders, Jawhar Ben Mbarek and Ghazi Chaouachi": the persons a group
    done to is set beside are whom it befell."""
    if event.type not in _PATIENT_TYPES or not event.targets:
        return event
    targets: list[str] = []
    for key in event.targets:
        group = next((m for m in mentions if m.key == key and m.type == "Group" and sent.start <= m.start < sent.end),
                     None)
        head = doc[group.end - 1] if group is not None else None
        named = [p.key for a in (head.children if head is not None and head.tag_ == "NNS" else ())
                 if a.dep_ == "appos" for t in (a, *a.conjuncts) for p in mentions
                 if p.type == "Person" and p.start <= t.i < p.end]
        if not named and head is not None and head.tag_ == "NNS" and group.end + 1 < sent.end \
                and doc[group.end].text == ",":
            # (the parse may hang the names apart: "detained two opposition leaders, Jawhar Ben Mbarek and ...")
            pos = group.end + 1
            while (person := next((p for p in mentions if p.start == pos and p.type == "Person"
                                   and doc[p.end - 1].dep_ not in ("nsubj", "nsubjpass")
                                   and p.key not in event.sources + event.agents), None)) is not None:
                # (not who speaks after the comma: "Police arrested protesters, Maria Lopez said")
                named.append(person.key)
                pos = person.end + (person.end < sent.end and doc[person.end].lower_ in (",", "and"))
                pos += pos < sent.end and doc[pos - 1].text == "," and doc[pos].lower_ == "and"
        targets += named or [key]
    return replace(event, targets=tuple(dict.fromkeys(targets)))


_DRAGGING = frozenset({"drag", "haul", "pull", "bundle"})


def _dragged_to_be_killed(doc: Doc, events: list) -> list:
    """"The troops dragged her two sons out of their house and shot them": who is dragged out to be shot, beaten or
    killed suffers the assault; the dragging is no arrest of its own."""
    assaults = {h.start: (h, e) for h, e in events if e.type == "Assault" and doc[h.start].pos_ == "VERB"}
    out = []
    for hit, event in events:
        verb = doc[hit.start]
        done = [assaults[c.i] for c in verb.children if c.dep_ == "conj" and c.i in assaults] \
            if event.type == "Arrest" and verb.lemma_.lower() in _DRAGGING else []
        if done and set(done[0][1].agents) <= set(event.agents):
            continue
        out.append((hit, event))
    targets = {id(e): next((a.targets for h, a in events if a.type == "Arrest" and a.targets
                            and doc[h.start].lemma_.lower() in _DRAGGING
                            and any(c.dep_ == "conj" and c.i == hit.start for c in doc[h.start].children)), ())
               for hit, e in out if e.type == "Assault" and not e.targets}
    return [(h, replace(e, targets=targets[id(e)]) if targets.get(id(e)) else e) for h, e in out]


def _owner_of(doc: Doc, mention: Mention, others: list[Mention]) -> bool:
    """Whether `mention` owns the noun of another of `others` ("his" of "his supporters", "Khan's" of "Khan's
    supporters")."""
    return _owned(doc, mention, others) is not mention


def _owned(doc: Doc, mention: Mention, others: list[Mention]) -> Mention:
    """The mention of `others` whose noun `mention` owns ("his supporters", "Yemen's Houthi rebels"), else itself."""
    owner = doc[mention.end - 1]
    if owner.dep_ != "poss":
        return mention
    return next((o for o in others if o is not mention and o.start <= owner.head.i < o.end), mention)


def _suffers_the_act(doc: Doc, mention: Mention, lexicon: Lexicon) -> bool:
    """Whether `mention` is the of-object of a noun of something done to people ("the killing of
    peaceful demonstrators", "the arrest of journalists"): the one it was done to."""
    of = next((k for k in range(mention.start - 1, max(mention.start - 4, 0), -1) if doc[k].lower_ == "of"), None)
    if of is None or of == 0 or not all(t.is_lower for t in doc[of + 1:mention.start]):
        return False
    before = of - 1
    if doc[before].lower_ == "including" and before >= 2:  # "arbitrary arrests, including of journalists"
        before -= 2 if doc[before - 1].text == "," else 1
    noun = doc[before].lemma_.lower()
    return noun in lexicon.words["acts_on_patient"] | lexicon.words["suffered_nouns"] \
        or lexicon.lemma_triggers.nouns.get(noun) in ("Arrest", "Assault", "Release")


def _after_word(doc: Doc, mention: Mention, words: tuple[str, ...]) -> bool:
    """Whether one of `words` stands right before `mention`, or before its determiner."""
    pos = mention.start - 1
    while pos > 0 and doc[pos].lower_ in grammar.DETERMINERS:
        pos -= 1
    return pos >= 0 and doc[pos].lower_ in words


def _of_object(doc: Doc, hit: Hit, right: list[Mention]) -> list[Mention]:
    """The one an event noun is done to: "the arrest of an opposition lawmaker", "Russia's
    detention of the journalist Ivan Petrov" (a few lowercase words or demonyms may describe them first)."""
    of = next((k for k in range(hit.end, min(hit.end + 2, len(doc))) if doc[k].lower_ == "of"), None)
    if of is None:
        return []
    found = [m for m in right if of < m.start <= of + 8 and all(
        t.is_lower and t.is_alpha or t.like_num or t.ent_type_ in ("NORP", "GPE") and t.pos_ in ("ADJ", "PROPN")
        or any(n.start <= t.i < n.end and n.type == "Group" and not n.text.endswith("s") for n in right)
        for t in doc[of + 1:m.start])]
    # "of Istanbul Mayor X": X; "of Palestinian activist and U.S. legal permanent resident Mahmoud Khalil": the
    # person a singular descriptor names, not the descriptor
    people = [m for m in found if m.type == "Person"]
    return [_titled(doc, right, m) for m in (people or found)][:1]


def _adverbial(doc: Doc, hit: Hit) -> bool:
    """"massed ... in protest of X", "attacked southern Israel, killing about 1,200 people": a phrase that
    tells more of the clause's own event."""
    token = doc[hit.start]
    return token.lower_ == "in" and hit.end - hit.start > 1 and not hit.group.patient_subject \
        or token.tag_ == "VBG" and hit.start > 0 and doc[hit.start - 1].text == "," and token.dep_ == "advcl" \
        and token.head.pos_ == "VERB" and token.head.i < hit.start


def _compatible(first: Event, second: Event) -> bool:
    return all(not a or not b or set(a) & set(b) for a, b in
               ((first.agents, second.agents), (first.targets, second.targets)))


def _verbs_on_two_things(doc: Doc, first: Hit, later: Hit) -> bool:
    """Whether two triggers are verbs joined by "and" that each act on a thing of their own: two measures
    ("suspended mobile internet and imposed a curfew"; not "closed and sealed the offices", one act told twice;
    an attack told by two verbs, "ambushed a bus and killed 18", stays one)."""
    def verb_of(hit: Hit) -> Token:  # the verb, or the verb an event noun is the object of ("imposed a curfew")
        noun = doc[hit.end - 1]
        return noun.head if doc[hit.start].pos_ != "VERB" and noun.dep_ == "dobj" else doc[hit.start]
    one, two = verb_of(first), verb_of(later)
    if one.pos_ != "VERB" or two.pos_ != "VERB" or two.dep_ != "conj" or two.head.i != one.i:
        return False
    objects = [[c for c in verb.children if c.dep_ in ("dobj", "attr")] for verb in (one, two)]
    return bool(objects[0] and objects[1]) and objects[0][0].lemma_ != objects[1][0].lemma_


def _coordinated(doc: Doc, start: int, end: int) -> bool:
    words = [t.lower_ for t in doc[start:end]]
    return any(a in (",", "and", ";") and b in ("and", "the", "a", "an") for a, b in zip(words, words[1:]))
