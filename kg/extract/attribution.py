"""Who a sentence attributes its content to: "..., Spring-96 said", "X said
(that) ...", "according to X", "X was quoted by Y as saying", "citing X",
"Footage shared by X showed ...".

The result tells, for a token of the sentence, which speakers report it; the
events stage makes them the source of reported events, or the agent of speech
events (criticism, accusation, denial, threat).
"""
from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from kg.extract import parse
from kg.extract.lexicon import Lexicon
from kg.extract.mentions import Mention

_DATE_WORDS = {"on", "last", "this", "earlier", "later", "monday", "tuesday", "wednesday", "thursday", "friday",
               "saturday", "sunday", "yesterday", "today", "week", "month"}
_NOT_CONTENT = {",", ".", ";", ":", "in", "during"}
_QUOTES = {"“", "”", '"', "‘", "’", "'"}
_BETWEEN_SPEAKER_AND_VERB = {"also", "has", "had", "have", "later", "then", "further", "again", "once",
                             "previously", "earlier", "reportedly", "was", "were", "on", "monday", "tuesday",
                             "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday", "today"}


@dataclass(frozen=True)
class Speech:
    """One attribution: its speakers, the tokens that say so, and which side
    of the verb holds the content (`reported`: after it, "X said that ...";
    otherwise before it, "..., X said"; `whole`: the whole sentence; `judging`: a judgement,
    "called the arrests arbitrary", whose words of blame its speaker says but which states
    nothing of its own)."""

    verb: int
    speakers: tuple[str, ...]
    tokens: frozenset[int]
    reported: bool = False
    whole: bool = False
    by_person: bool = True
    judging: bool = False
    about: frozenset[int] = frozenset()  # the noun a relative clause's speech tells of ("the election that X says he won")
    joint: int = 1  # how many of the first speakers speak together ("France and Germany said in a joint statement")
    until: int | None = None  # where reported content ends: "X said ..., while Y urged ..." (Y's words are not X's)

    @property
    def voices(self) -> tuple[str, ...]:
        """Who says it: the first speaker, and those who say it with them."""
        return self.speakers[:self.joint]

    def describes_speaker(self, pos: int) -> bool:
        """Whether token `pos` lies between the speaker and the verb ("Ahmed Ali, an envoy to Sudan, said"): the
        speaker's description, which tells of no one the words are about."""
        return bool(self.tokens) and min(self.tokens) <= pos < self.verb


@dataclass(frozen=True)
class Attribution:
    speeches: tuple[Speech, ...] = ()

    @property
    def tokens(self) -> frozenset[int]:
        return frozenset().union(*(s.tokens for s in self.speeches)) if self.speeches else frozenset()

    @property
    def reported(self) -> bool:
        return any(s.reported and s.by_person for s in self.speeches)

    def _covering(self, pos: int) -> list[Speech]:
        return [s for s in self.speeches
                if s.whole or (s.reported and s.verb < pos and (s.until is None or pos < s.until))
                or (not s.reported and s.verb > pos) or pos in s.about]

    def speaker_for(self, pos: int) -> tuple[str, ...]:
        """The speakers of the nearest attribution whose content holds token `pos`."""
        covering = self._covering(pos)
        if not covering:
            return ()
        nearest = min(covering, key=lambda s: abs(s.verb - pos))
        return nearest.voices

    def sources_for(self, pos: int) -> tuple[str, ...]:
        """Every speaker whose attribution holds token `pos`, nearest first."""
        covering = sorted(self._covering(pos), key=lambda s: abs(s.verb - pos))
        return tuple(dict.fromkeys(k for s in covering for k in s.speakers))


def attribute(doc: Doc, sent: Span, mentions: list[Mention], lexicon: Lexicon) -> Attribution:
    """Find the attributions of `sent`."""
    # "..., his party said", "her husband said": whose party or husband it is does not speak (but "his office said",
    # "its spokesman said", "his government said" speak for him or it)
    mentions = [m for m in mentions if not (m.end - m.start == 1 and doc[m.start].lower_ in ("his", "her", "their", "its")
                                            and m.end < sent.end and doc[m.end].pos_ == "NOUN"
                                            and doc[m.end].lower_ not in lexicon.words["spokes_nouns"]
                                            and doc[m.end].lower_ not in lexicon.words["state_nouns"])]  # "his government"
    verbs = lexicon.words["speech_verbs"]
    showing = lexicon.words["showing_verbs"]
    speeches: list[Speech] = []
    for pos in range(sent.start, sent.end):
        low = doc[pos].lower_
        if _unsaid(doc[pos]) or in_first_person(doc[pos]) or opening_participle(doc[pos]) or _tells_a_deed(doc[pos], lexicon):
            continue
        if low == "according" and pos + 1 < sent.end and doc[pos + 1].lower_ == "to":
            after = [m for m in mentions if pos + 2 <= m.start <= pos + 8 and not any(
                t.text == "," for t in doc[pos + 2:m.start])
                and not (m.end < len(doc) and doc[m.end].text == "-")]  # "the Tokyo-based ...": a place's word
            # (but "According to the Global Terrorism Index 2025, BLA is ...": a name not read is the source)
            if not after:  # "according to the interior minister, Ali Yerlikaya": the person a title sets off names
                # (not "According to the report, X met": the word before the comma is a title's)
                titles = {h.lower() for h in lexicon.title_heads} | lexicon.words["representative_heads"]
                after = [m for m in mentions if m.type == "Person" and pos + 4 <= m.start <= pos + 10
                         and doc[m.start - 1].text == "," and doc[m.start - 2].lower_ in titles
                         and all(t.is_lower and t.is_alpha for t in doc[pos + 2:m.start - 1])]
            if after:
                speeches.append(Speech(pos, (after[0].key,), frozenset(range(pos, after[0].end)), whole=True))
        elif low == "citing":
            after = [m for m in mentions if pos < m.start <= pos + 3]
            if after:
                cited = _cited(speeches, pos, after[0].key)
                speeches = [s for s in speeches if s is not cited[0]] + [cited[1]] if cited else speeches
        elif low in showing:
            authors = [m for m in mentions if m.agentive and m.end <= pos and m.start >= sent.start]
            if authors:
                speeches.append(Speech(pos, (authors[-1].key,), frozenset(range(authors[-1].start, pos + 1)),
                                       reported=True, by_person=False))
        elif low in verbs:
            speech = _speech_verb(doc, sent, pos, mentions, lexicon.words["document_nouns"])
            if speech:
                speeches.append(speech)
        elif low in lexicon.words["trailing_speech_verbs"] and pos + 1 < sent.end and doc[pos + 1].text in (".", ",") \
                and any(doc[k].text in _QUOTES for k in range(sent.start, pos)):
            # "“...,” Weinstein continued.": a verb that says only after a quotation, closing the sentence
            speech = _speech_verb(doc, sent, pos, mentions, lexicon.words["document_nouns"])
            if speech and not speech.reported:
                speeches.append(speech)
    told = {s.verb for s in speeches}
    for pos in range(sent.start, sent.end):
        if _unsaid(doc[pos]) or in_first_person(doc[pos]) or opening_participle(doc[pos]) or _tells_a_deed(doc[pos], lexicon):
            continue
        if pos not in told and doc[pos].pos_ == "VERB" and (
                doc[pos].lemma_.lower() in lexicon.words["speech_lemmas"]
                or doc[pos].lemma_.lower() in _PROMISING and any(c.dep_ == "ccomp" for c in doc[pos].children)) \
                and not any(m.start <= pos < m.end for m in mentions):
            # ("Sayed Abdul Wajeed Sadat": a name; "promised to hold elections": a promise of the speaker's own act,
            # no words reported; "vowed that the bureau would ...": words)
            speech = _parsed_speech(doc, sent, pos, mentions)
            earlier = [s for s in speeches if s.verb < pos and s.speakers]
            if speech and earlier and doc[pos].tag_ == "VBG" and doc[pos - 1].text in (",", *_QUOTES):
                # "Gabuev added that “...,” suggesting that China is ...": who adds suggests, whatever clause of
                # the quotation the parse hangs the participle on
                speech = replace(speech, speakers=earlier[-1].speakers)
            if speech:
                speeches.append(speech)
        elif doc[pos].pos_ == "VERB" and doc[pos].lemma_.lower() in lexicon.words["characterising_lemmas"] \
                and any(c.dep_ == "dobj" for c in doc[pos].children):
            # "Amnesty called the arrests arbitrary", "described the vote as a setback": a judgement said
            speech = _parsed_speech(doc, sent, pos, mentions, ("oprd", "xcomp", "ccomp", "prep"))
            if speech:
                speeches.append(replace(speech, judging=True))
    return Attribution(tuple(_bounded(doc, sorted(speeches, key=lambda s: s.verb), lexicon)))


def _tells_a_deed(verb: Token, lexicon: Lexicon) -> bool:
    """Whether a speech verb tells a deed here: "rule" governing, not a court's ruling ("had ruled the country for
    56 years", "ruled over"); "respond" by doing ("Seoul responded by resuming loudspeaker broadcasts")."""
    lemma = verb.lemma_.lower()
    if lemma not in ("rule", "respond"):
        return False
    judging = any(c.dep_ == "nsubj" and c.lemma_.lower() in lexicon.words["judging_bodies"] for c in verb.children) or any(
        c.dep_ in ("oprd", "acomp", "ccomp", "xcomp") or c.dep_ == "dobj" and any(
            g.dep_ in ("oprd", "amod", "acomp") and g.i > c.i for g in c.children) for c in verb.children)
    # (but "A Moscow court ruled the arrest lawful": a ruling)
    return lemma == "rule" and not judging and any(
        c.dep_ == "dobj" or c.dep_ == "prep" and c.lower_ == "over" for c in verb.children) \
        or lemma == "respond" and any(c.dep_ == "prep" and c.lower_ in ("by", "with") for c in verb.children)



_CONTRASTING = frozenset({"while", "whereas", "but", "and", "though", "although"})


def _bounded(doc: Doc, speeches: list[Speech], lexicon: Lexicon) -> list[Speech]:
    """End what a speaker reports where another speaker's own clause begins ("Germany called the detention a
    setback, while the Council of Europe urged Ankara to ...": the appeal is the Council's, told by no one else;
    "Police said 20 were held, and the opposition said 50 were": the opposition's figure is not the police's)."""
    voiced = lexicon.words["speech_lemmas"] | lexicon.words["characterising_lemmas"] | lexicon.words["voicing_lemmas"]
    out = []
    for speech in speeches:
        verb = doc[speech.verb]
        if speech.reported and verb.dep_ == "relcl" and verb.head.i < speech.verb:
            # "Lai Ching-te, whom Beijing calls a “separatist,” condemned the exercises": what a relative clause
            # says ends with it; Beijing does not tell of the condemnation
            out.append(replace(speech, until=verb.right_edge.i + 1))
            continue
        if speech.reported and speech.by_person and not speech.whole:
            end = verb.sent.end
            for k in range(speech.verb + 2, end - 2):
                before = k - 1 if doc[k - 1].text not in _QUOTES else k - 2  # (', while' or ',” while')
                if doc[k].lower_ not in _CONTRASTING or doc[before].text != "," \
                        or doc[k + 1].lower_ == "that" and doc[k + 1].dep_ == "mark":
                    continue  # (", and that prosecutors accused them": the same speaker reports on)
                # ("..., but leaders who want Turkey's help have said little": past the subject's own clause)
                other = next((t for t in doc[k + 1:min(end, k + 15)] if t.pos_ == "VERB" and t.lemma_.lower() in voiced
                              and any(c.dep_ in ("nsubj", "nsubjpass") and k < c.i < t.i for c in t.children)), None)
                if other is not None:  # another speaker's own verb, with its own subject
                    speech = replace(speech, until=k - 1)
                    break
        out.append(speech)
    return out


def opening_participle(verb) -> bool:
    """"Underscoring the insecurity along the border, the militants launched ...", "Speaking at a summit, X
    said": a participle that opens the sentence frames it; it reports nothing of its own."""
    return verb.tag_ == "VBG" and verb.i == verb.sent.start and verb.lower_ != "according"  # "According to X, ..." cites


def in_first_person(verb) -> bool:
    """"I urge the Taliban to reverse it and reiterate my willingness": a verb of saying whose object is the
    speaker's own ("my", "our") is the words of whoever speaks the quotation, not a speech of its own."""
    return any(c.dep_ == "dobj" and any(g.lower_ in ("my", "our") for g in c.children) for c in verb.children)


def _unsaid(verb) -> bool:
    """"He did not say how many remained", "declined to say", "refused to comment", "asked whether Rubio had
    responded", "have said nothing about", "tells a similar story": nothing is said."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return any(c.dep_ == "neg" for c in verb.children) \
        or any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in verb.children) \
        or verb.dep_ == "xcomp" and verb.head.lemma_.lower() in ("decline", "refuse") \
        or any(c.dep_ == "dobj" and c.lower_ in ("nothing", "little") for c in verb.children) \
        or verb.lemma_.lower() == "tell" and any(  # "Mali tells a similar story": a likeness, no words (but "told a
            # similar story of abuse" tells it)
            c.dep_ == "dobj" and c.lemma_.lower() == "story" and any(
                g.lower_ in ("similar", "different", "same", "familiar", "another") for g in c.children)
            and not any(g.dep_ == "prep" for g in c.children) for c in verb.children) \
        or any(s.lower_ in ("neither", "none", "nobody", "no-one") or any(
            c.lower_ in ("neither", "no") and c.dep_ in ("preconj", "det") for c in s.children) for s in subjects)
    # "Neither ICE nor DHS responded to a request for comment"


def in_unsaid(doc: Doc, pos: int, lexicon: Lexicon) -> bool:
    """Whether token `pos` is in what a speaker did not say ("He did not say how many remained in custody"):
    a question left open, no fact."""
    speech = lexicon.words["speech_lemmas"] | lexicon.words["evidence_lemmas"]
    # "the evidence would not show that his client planned to kill her": nothing shown happened; but "did
    # not respond because they have imposed a ban": a clause of reason is no part of what is unsaid
    node = doc[pos]
    while node.head.i != node.i and node.dep_ not in ("advcl", "relcl"):
        node = node.head
        if node.pos_ == "VERB" and node.lemma_.lower() in speech and _unsaid(node):
            return True
    return False


def _parsed_speech(doc: Doc, sent: Span, pos: int, mentions: list[Mention],
                   content_deps: tuple[str, ...] = ("ccomp", "parataxis")) -> Speech | None:
    """A speech verb in any inflection, its speaker read from the parse ("Those leaders have said
    they ...", "Civil society groups argue that ...", "“...,” Rubio said")."""
    read = parse.roles(doc, pos, pos + 1, [m for m in mentions if not m.locative])
    if read is not None and not read.passive and not read.agents and read.bare_subject is not None \
            and read.bare_subject > pos:
        # "..., said the head of the SADC observer mission, Frederick Shava": the person the subject's apposition
        # names
        named = [m for t in doc[read.bare_subject].subtree if t.dep_ == "appos"
                 for m in mentions if m.type == "Person" and m.start <= t.i < m.end]
        read = parse.Roles(tuple(named[:1]), read.targets, False) if named else read
    if read is None or read.passive or not read.agents:
        return None
    speaker = read.agents[0]
    if _of_another_subject(doc, pos, speaker, mentions):
        return None
    shared = doc[pos].dep_ == "advcl" and doc[pos].tag_ == "VBG" and not any(
        c.dep_ in ("nsubj", "nsubjpass") for c in doc[pos].children)
    if speaker.type in ("Organization", "Country", "City") and not shared:
        # "Kevin Hassett, director of the White House National Economic Council, emphasized": the person the
        # apposition describes, however the parse hangs the body on the verb (not "Canada sanctioned X and two
        # former prime ministers, Y and Z, saying ...": a participle's speaker is its clause's subject)
        person = _speaker_before(doc, sent, pos, mentions)
        if speaker.start > pos:  # '“...,” said lecturer Soli Ozel of Istanbul's Kadir Has University': the person
            person = next((m for m in mentions if m.type == "Person" and pos < m.start < speaker.start and all(
                t.is_alpha or t.text in ("-", ".") for t in doc[pos + 1:m.start])), None)
        speaker = person if person is not None and person.type == "Person" else speaker
    content = [c for c in doc[pos].children if c.dep_ in content_deps and (c.dep_ != "prep" or c.lower_ == "as")] + [
        c for c in doc[pos].children if c.dep_ == "dobj" and c.lemma_.lower() in _CLAIMS
        and any(g.dep_ in ("acl", "ccomp") for g in c.children)]  # "reiterated the claim that ..."
    if "prep" in content_deps:  # "described the proposed plan as “a strategic disaster”": the as-phrase of its object
        content += [g for c in doc[pos].children if c.dep_ == "dobj" for g in c.children
                    if g.dep_ == "prep" and g.lower_ == "as"]
        # "called the EU move to tax spirits “deeply disappointing”": what it is called, however the parse hangs it on
        # the infinitive that describes the object
        # "called the bombing cowardly": what it is called, an adjective the parse reads as the verb's adverb
        content += [c for c in doc[pos].children if c.dep_ == "advmod" and c.lower_.endswith("ly") and any(
            o.dep_ == "dobj" and o.i < c.i for o in doc[pos].children)]
        content += [g for c in doc[pos].children if c.dep_ in ("advcl", "xcomp") and c.i > pos
                    and any(t.dep_ == "aux" and t.lower_ == "to" for t in c.children)
                    for g in c.children if g.dep_ == "oprd"]
    reported = any(c.i > pos for c in content)
    objects = {t.i for c in doc[pos].children if c.dep_ == "dobj" for t in c.subtree}
    if not content and not any(doc[k].text in _QUOTES and k not in objects for k in range(sent.start, sent.end)):
        return None  # "said" with nothing said: "as the president said"; 'declared an "internal armed conflict"':
        # a phrase quoted as what was declared, no words of the speaker's around it
    if not content and _thing_made(doc[pos], mentions):
        return None
    # "Britain and France have both said": who speak together, as the parse joins them to the speaker
    together = [a for a in read.agents if a.key != speaker.key and a.type in ("Country", "Organization")
                and speaker.type in ("Country", "Organization") and doc[a.end - 1].dep_ == "conj"] \
        if speaker in read.agents[:1] else []
    voices = tuple(dict.fromkeys([speaker.key] + [a.key for a in together]))
    return Speech(pos, voices, frozenset(range(speaker.start, speaker.end)) | {pos}, reported=reported,
                  joint=len(voices))


def _thing_made(verb, mentions: list[Mention]) -> bool:
    """"adding a chapter", "posted a series of photographs", "wrote a book": a thing added, posted or written,
    no words said (but "affirmed their “unwavering support”" says them; "posted that ..." too); "added 14 companies
    to its sanctions list": whatever is added to something."""
    if verb.lemma_.lower() == "add" and any(c.dep_ == "dobj" for c in verb.children) \
            and any(c.dep_ == "prep" and c.lower_ == "to" for c in verb.children):
        return True
    return verb.lemma_.lower() in _MAKING and not any(c.dep_ in ("ccomp", "parataxis") for c in verb.children) \
        and any(c.dep_ == "dobj" and c.pos_ == "NOUN" and c.lemma_.lower() not in _CLAIMS | _WORDS
                and not any(g.dep_ in ("acl", "relcl") and g.lemma_.lower() in ("say", "claim") for g in c.children)
                and not any(m.start <= c.i < m.end for m in mentions) for c in verb.children)


def addressees(doc: Doc, pos: int, mentions: list[Mention]) -> frozenset[int]:
    """The tokens of whom the verb at `pos` tells its words ("Such matters, he told VOA, should ..."): they
    do nothing the sentence tells."""
    if doc[pos].lemma_.lower() not in ("tell", "inform", "brief", "assure"):
        return frozenset()  # "videos showed security forces hauling protesters": who is shown acts
    return frozenset(i for m in mentions if m.start == pos + 1 and doc[m.end - 1].dep_ in ("dobj", "dative")
                     and doc[m.end - 1].head.i == pos for i in range(m.start, m.end))


def _cited(speeches: list[Speech], pos: int, key: str):
    before = [s for s in speeches if s.verb < pos]
    if not before:
        return None
    last = before[-1]
    return last, Speech(last.verb, last.speakers + (key,), last.tokens, last.reported, last.whole, last.by_person)


def _of_another_subject(doc: Doc, pos: int, speaker: Mention | None, mentions: list[Mention]) -> bool:
    """Whether `speaker` is a place inside the phrase of people who are the subject of the verb at `pos`
    ("Residents of Minsk say": the residents speak, not Minsk nor its state; but "The president of Kenya said"
    speaks for the state)."""
    if speaker is None or speaker.type not in ("City", "Country"):
        return False
    return any(c.dep_ == "nsubj" and c.tag_ == "NNS" and parse.mention_of(c, mentions) is not speaker
               and c.i < speaker.start and speaker.end - 1 <= c.right_edge.i for c in doc[pos].children)


def _only_adjuncts(rest: Span) -> bool:
    """Whether the words after whom a verb of telling names, to the sentence's end, only say when, how or where
    ("on Monday.", "by phone.", "on condition of anonymity."): no verb, no quotation, no "that"."""
    return len(rest) > 1 and rest[-1].text in (".", "!", "?") and rest[0].text not in (",", ":") and not any(
        t.pos_ in ("VERB", "AUX") or t.text in _QUOTES or t.lower_ in ("that", "what", "how", "whether")
        for t in rest[:-1])


def _after_a_comma(doc: Doc, sent: Span, start: int) -> bool:
    """Whether the phrase of the speaker at `start` follows a comma (", an army officer told Reuters", ", Interior
    Ministry spokesman Ruslan Kaz told"): what the comma closes is what they told."""
    k = start - 1
    while k > sent.start and start - k <= 6 and doc[k].text != "," and doc[k].pos_ in ("DET", "ADJ", "NOUN", "PROPN"):
        k -= 1
    return k > sent.start and doc[k].text == ","


def _speech_verb(doc: Doc, sent: Span, pos: int, mentions: list[Mention],
                 documents: frozenset[str] = frozenset()) -> Speech | None:
    prev = doc[pos - 1].text if pos > sent.start else ""
    nxt = doc[pos + 1] if pos + 1 < sent.end else None
    speaker = _speaker_before(doc, sent, pos, mentions, documents)
    if _of_another_subject(doc, pos, speaker, mentions):
        return None
    if speaker is not None and _thing_made(doc[pos], mentions) and not any(
            doc[k].text in _QUOTES for k in range(pos + 1, min(pos + 4, sent.end))):
        return None
    if speaker is not None:
        # "France, Germany and Britain said in a joint statement": the names the parse joins to the speaker
        # ("Russian drones flew over Ukraine and Poland said": Ukraine is no subject)
        roots = {t.i for t in doc[speaker.start:speaker.end]}
        chain = {c.i for t in roots for c in doc[t].conjuncts} if speaker.type in ("Country", "Organization",
                                                                                 "Person") else set()
        subject = {t.i for c in doc[pos].children if c.dep_ == "nsubj" for t in c.subtree}
        states = ("Country", "Organization")  # "The United States, Britain and the EU said": states and a bloc
        joined = [m for m in mentions if m.key != speaker.key and m.start != speaker.start
                  and (m.type == speaker.type or m.type in states and speaker.type in states)
                  and any(k in chain and k in subject and doc[k].dep_ in ("nsubj", "conj") for k in range(m.start, m.end))
                  and not any(doc[k].dep_ == "pobj" for k in range(m.start, m.end))]
        speakers = list(dict.fromkeys([m.key for m in sorted(joined + [speaker], key=lambda m: m.start)]))
        joint = len(speakers)
        quoted_by = [m for m in mentions if m.agentive and pos < m.start <= pos + 3]
        speakers += [m.key for m in quoted_by if m.key not in speakers]
        tokens = set(range(speaker.start, speaker.end)) | {pos} | {i for m in quoted_by + joined
                                                                   for i in range(m.start, m.end)}
        after = pos + 1
        told = next((c for c in doc[pos].children if c.dep_ in ("dobj", "dative") and c.left_edge.i == pos + 1),
                    None) if doc[pos].lemma_.lower() in ("tell", "inform", "brief") else None
        if told is not None and told.right_edge.i + 1 < len(doc) \
                and doc[told.right_edge.i + 1].text in (".", "!", "?", "”", '"'):
            after = told.right_edge.i + 1  # "..., witnesses told Reuters.", "..., he told a news conference.": whom,
            # ending what was said before
        elif told is not None and _only_adjuncts(doc[told.right_edge.i + 1:sent.end]) \
                and _after_a_comma(doc, sent, speaker.start):
            after = sent.end - 1  # "..., he told reporters on Monday.", "told Reuters by phone", "told VOA on condition of
            # anonymity": when, how and where, ending what was said before
        while after < sent.end and doc[after].lower_ in _DATE_WORDS and not (
                doc[after].lower_ == "on" and after + 1 < sent.end and doc[after + 1].ent_type_ not in ("DATE", "TIME")
                and doc[after + 1].lower_ not in _DATE_WORDS):
            after += 1  # "said Sunday that ...", "said on Monday the ..."
        after = _that_after_adverbial(doc, sent, after)
        nxt = doc[after] if after < sent.end else None
        # "said on Telegram.": where, not what; but "said on Telegram the strikes killed 5" goes on to say it
        where = nxt is not None and nxt.lower_ in ("on", "via") \
            and not any(t.pos_ in ("VERB", "AUX") for t in doc[after + 1:sent.end])
        content_after = nxt is not None and nxt.text not in _QUOTES and nxt.lower_ not in _NOT_CONTENT and not where \
            or nxt is not None and nxt.text in (",", ":") and after + 1 < sent.end and doc[after + 1].text in ("“", '"') \
            or nxt is not None and nxt.text == "“"  # 'tweeted, “It's time to stop ...”': the quotation it opens
        # "X was quoted by Y as saying" closes what it reports, whatever follows the verb;
        # so does a quotation before the speaker ("“...,” Zamora said in court")
        opens_quoted = any(doc[k].text in ("”", '"') for k in range(sent.start, speaker.start))
        trailing = doc[pos].lower_ in ("quoted", "cited") or opens_quoted or content_after is False \
            and speaker.start < pos and _follows_quote(doc, sent, speaker.start)
        relative = speaker.start > sent.start and doc[speaker.start - 1].lower_ in ("that", "which")
        # "a bill that critics say would curb media freedom": what follows the verb and the noun the clause
        # tells of are what is said, not the sentence around them ("an election that Lukashenko says he
        # won"); "the attack, which the ministry said" speaks for the whole
        noun = (doc[pos].head if doc[pos].dep_ == "relcl" else doc[speaker.start - 2]) \
            if relative and speaker.start - 2 >= sent.start else None
        about = frozenset(range(noun.left_edge.i, noun.i + 1)) if noun is not None and noun.pos_ == "NOUN" \
            and content_after else frozenset()
        return Speech(pos, tuple(dict.fromkeys(speakers)), frozenset(tokens),
                      reported=content_after and not trailing, whole=relative and not content_after, about=about,
                      joint=joint)
    if (prev in (",",) or prev in _QUOTES) and not any(c.dep_ == "nsubj" and c.i < pos for c in doc[pos].children):
        # (but "Charles Hecker, an expert ... in Russia, says some Western companies will": its subject speaks)
        # ("said his daughter Linda Wu": the daughter speaks, not her father)
        after = [m for m in mentions if pos < m.start <= pos + 2 and doc[m.start].lower_ not in _POSSESSIVES]
        # '“...,” said European Union foreign policy chief Kaja Kallas': the person the title names speaks
        person = next((m for m in mentions if m.type == "Person" and pos < m.start <= pos + 10 and all(
            t.is_alpha or t.text in ("-", ".", "'s", "’s") for t in doc[pos + 1:m.start])), None)
        if after and after[0].type != "Person" and person is not None:
            after = [person]
        if after:
            return Speech(pos, (after[0].key,), frozenset(range(pos, after[0].end)))
    return None


def _that_after_adverbial(doc: Doc, sent: Span, pos: int) -> int:
    """"confirmed during a news conference that ...", "said in a statement that ...": the
    "that" past a short phrase of where or how it was said; else `pos`."""
    if pos >= sent.end or doc[pos].lower_ not in ("in", "during", "at", "on", "after", "before", "to"):
        return pos
    for k in range(pos + 1, min(pos + 9, sent.end)):
        if doc[k].lower_ == "that":
            return k
        if not doc[k].is_alpha and doc[k].text not in ("-", "'s", "’s"):
            return pos
    return pos


_OUTSIDERS = frozenset({"critic", "opponent", "supporter", "relative", "family", "friend", "lawyer", "fan",
                        "neighbour", "neighbor", "admirer", "follower", "parent", "victim"})
"""Who speak for themselves, not for whom they are of ("Critics of the UN", "Relatives of the victims"); a body's
staff, leaders or researchers speak for it (lemmas)."""
_PROMISING = frozenset({"vow", "pledge", "promise"})
"""Verbs of saying that report words only with a that-clause ("vowed that ..."), not with an infinitive."""
_SEEING = frozenset({"see", "obtain", "review", "view", "read", "examine", "verify", "leak"})
"""Verbs of who gets hold of a document ("a memo seen by Reuters"), not of who wrote it (lemmas)."""


def _speaker_before(doc: Doc, sent: Span, pos: int, mentions: list[Mention],
                    documents: frozenset[str] = frozenset()) -> Mention | None:
    """The speaker of the verb at `pos`: the mention just before it, the person an
    apposition before it describes ("X, a lawyer for Y, said"), or the sentence's
    subject when the verb follows "and" ("X addressed the girls and said"). A place is no speaker
    ("Imran Hayat, superintendent in Quetta told VOA")."""
    before = [m for m in mentions if m.end <= pos and not m.locative]
    if pos - 3 >= sent.start and doc[pos - 1].lower_ in ("party", "movement", "group", "alliance", "coalition") \
            and doc[pos - 2].text == ")" and doc[pos - 4].text == "(":
        # "Khan's Pakistan Tehreek-e-Insaf (PTI) party said": the body its initials name
        named = next((m for m in before if m.start == pos - 3 and m.type == "Organization"), None)
        if named is not None:
            return named
    if pos + 1 < len(doc) and doc[pos + 1].text in (".", "!", "?") and doc[pos].tag_ in ("VBD", "VBZ", "VBP"):
        # "..., killing 20 people, including 17 children, residents and an opposition group said.": who speak
        # stand between the last comma and the verb that closes the sentence, whatever the parse joins them to
        comma = next((k for k in range(pos - 1, max(sent.start, pos - 10), -1) if doc[k].text == ","), None)
        if comma is not None and not any(doc[k].text in _QUOTES for k in range(comma, pos)):
            between = [m for m in before if m.start > comma]
            # (a name that only modifies the speaker's noun speaks for none: "the government media office in Gaza
            # said" is no word of the state "the government" would stand for)
            between = [m for m in between if doc[m.end - 1].dep_ not in ("compound", "amod", "nmod")]
            if between and all(t.is_alpha for t in doc[comma + 1:pos]):
                return between[-1]
    k = pos - 1
    while k > sent.start and doc[k].lower_ in _BETWEEN_SPEAKER_AND_VERB:
        k -= 1
    if doc[k].lower_ == "and" and before:
        subjects = parse.subject_tokens(doc[pos])[0]
        read = [m for m in (parse.mention_of(t, mentions) for t in subjects) if m is not None]
        if subjects and not read:
            return None  # "Many of the inhabitants who were expelled ... on Diego Garcia ... say": not the island
        if read and read[0].type == "Person":
            return read[0]  # "Before Japan's election, Ishiba visited Taiwan and told ...": the subject
        return before[0]
    if doc[k].text == "," and any(c.dep_ == "nsubj" and c.i > pos for c in doc[pos].children):
        return None  # "The law is bad for Taiwan, said Andrew Yang": the subject after the verb speaks
    if doc[k].text == "," and before:
        opening = k - 1
        while opening > sent.start and doc[opening].text != "," and k - opening < 25:
            opening -= 1
        # "Pakistan's envoy to the United Nations, Munir Akram, said": the name set off by commas after a title
        named = next((m for m in before if m.type == "Person" and m.start == opening + 1 and m.end == k), None)
        if named is not None and opening > sent.start:
            return named
        if opening > sent.start and (doc[opening + 1].lower_ in ("including", "notably", "among")
                                     or doc[opening + 1:opening + 3].text.lower() == "such as"):
            # "Amnesty International and 12 embassies, including the United States and Britain, said": those the
            # list is of speak, not the last named in it
            subjects = [m for t in parse.subject_tokens(doc[pos])[0]
                        if (m := parse.mention_of(t, before)) is not None and m.end <= opening]
            listed = [m for m in before if m.end == opening]  # the list's own head, not a name of a clause before
            if subjects or listed:  # (with none named as the list's head, those listed speak)
                return subjects[0] if subjects else listed[-1]
        # "Kannavee Suebsang, an opposition lawmaker and deputy chair of the Committee on Legal Affairs,
        # Justice and Human Rights, told VOA": the person an apposition with commas of its own describes
        described = [m for m in before if m.end == opening and m.type in ("Person", "Organization", "Country")]
        # (and "Pakistan, a close ally of China, said": the state the apposition describes)
        # "Sirio Canos-Donnay from the Spanish National Research Council, which led the dig, told VOA": the
        # person of the body, too
        person = next((m for m in before if m.type == "Person" and k - m.end < 30 and m.end < len(doc) and (
            doc[m.end].text == "," and m.end < opening or described and doc[m.end].lower_ in ("from", "of", "at")
            and 0 < described[0].start - m.end <= 3)), None)
        if described and described[0].type == "Organization" and person is not None:
            return person
        if described:
            return described[0]
    last = before[-1] if before and (before[-1].end == k + 1 and doc[k].text not in _QUOTES
                                     or doc[k].text == "," and before[-1].end == k) else None
    if last is not None and doc[last.end - 1].dep_ == "pobj" and doc[last.end - 1].head.lower_ in ("of", "for") \
            and doc[last.end - 1].head.i == last.start - 1 - (doc[last.start - 1].lower_ in ("the", "its", "their")):
        # "Critics of the UN say", "Relatives of the victims said": the group the phrase is of speaks, not whom
        # it names (a body's officials or members were read as the body)
        owner = next((m for m in before if m.end == doc[last.end - 1].head.i and m.type == "Group"
                      and doc[m.end - 1].i == doc[last.end - 1].head.head.i and doc[m.end - 1].dep_ == "nsubj"
                      and doc[m.end - 1].lemma_.lower() in _OUTSIDERS), None)
        last = owner if owner is not None else last
    if last is not None and doc[last.end - 1].head.dep_ == "agent" \
            and doc[last.end - 1].head.head.lemma_.lower() in _SEEING and doc[last.end - 1].head.head.dep_ in ("relcl", "acl"):
        last = None  # "The memo, which was seen by Reuters, said": who saw the words did not write them
    if last is not None and last.start - 1 > sent.start:
        to = last.start - 1 - (doc[last.start - 1].lower_ == "the")
        sent_to = next((m for m in before if m.end == to and doc[to].lower_ == "to" and m.type != "Person"), None)
        if sent_to is not None:
            return sent_to  # "Russia's ambassador to the U.N. said": who is sent speaks, not where to
    if last is not None and last.type in ("Organization", "Country", "City") and doc[last.start].text[:1].isupper():
        # "Lt. Gen. Ahmed Sharif Chaudhry, director general of military's media wing, Inter Services Public
        # Relations, said", "Siyoka Simasiku, director at the coalition, Ngamiland Council says": the person the
        # titles describe speaks
        # "Andrew Lebovich of the Dutch think tank Clingendael said": the person of the body; "Olayinka Badmus,
        # deputy project director for Global Health Security, Breakthrough Action Nigeria, said": a body's name
        # the parse did not read, ending in a country's
        lead = last.start  # where the name holding it starts ("Breakthrough Action Nigeria")
        while lead - 1 > sent.start and doc[lead - 1].text[:1].isupper() and doc[lead - 1].is_alpha:
            lead -= 1
        person = next((m for m in reversed(before) if m.type == "Person" and m.end < lead and (
            lead - m.end < 25 and doc[m.end].text == "," and (
                doc[lead - 1].text == "," or m.end + 1 < lead and doc[m.end + 1].lower_ in ("the", "a", "an")
                and not any(t.text == "," for t in doc[m.end + 1:lead])  # "X, the head of the Red Cross said"
                and (m.start == sent.start or doc[m.start:m.end].root.dep_ in ("nsubj", "nsubjpass", "ROOT")))
            # (the clause's subject: not "After meeting X, the Y", "called the Russian leader, Putin, the Kremlin")
            and not any(t.pos_ in ("VERB", "AUX") for t in doc[m.end:lead])
            or last.start - m.end <= 10 and doc[m.end].lower_ in ("of", "from", "at")  # a phrase of words only
            and all(t.is_alpha and t.lower_ not in ("and", "but", "who", "that", "which") or t.text == "-"
                    for t in doc[m.end:last.start]))), None)
        return person or last
    if last is not None:
        return last  # "Fahrettin Altun, Monday tweeted"
    if doc[k].lemma_.lower() in documents:  # "The G7 joint statement said", "Russia's statement said"
        owner = next((m for m in before for c in doc[k].children if c.dep_ in ("compound", "nmod", "poss")
                      and m.start <= c.i < m.end and m.type != "Person"), None)
        if owner is not None:
            return owner
    return None


def person_speaking(doc: Doc, sent: Span, pos: int, mentions: list[Mention]) -> Mention | None:
    """The person an apposition before the verb at `pos` describes ("Kevin Hassett, director of the White House
    National Economic Council, emphasized"), when the words before the verb name one."""
    speaker = _speaker_before(doc, sent, pos, mentions)
    return speaker if speaker is not None and speaker.type == "Person" else None


def _follows_quote(doc: Doc, sent: Span, start: int) -> bool:
    """Whether the speaker's phrase (with its title: ", Russian Finance Minister X was
    quoted") opens right after a quotation mark, or after a comma that closes what
    is reported (more than a short opener like "Last week,")."""
    pos = start - 1
    while pos >= sent.start and start - pos <= 6 and (
            doc[pos].lower_ in ("the", "a", "an") or doc[pos].text[:1].isupper() or doc[pos].is_lower
            and doc[pos].is_alpha and doc[pos].lower_ not in ("said", "says", "and", "but", "that")):
        pos -= 1
    return pos >= sent.start and (doc[pos].text in _QUOTES or doc[pos].text == "," and pos - sent.start > 5)


_POSSESSIVES = frozenset({"his", "her", "their", "its"})
_MAKING = frozenset({"add", "post", "write", "share", "publish", "upload"})
_WORDS = frozenset({"message", "statement", "letter", "post", "tweet", "note", "comment", "remark", "reply"})
_CLAIMS = frozenset({"claim", "allegation", "accusation", "assertion", "belief", "view", "position", "warning"})
_OPENING = ("“", '"')
_CLOSING = ("”", '"')


def opens_quotation(sent: Span) -> bool:
    """Whether `sent` opens a quotation it does not close (“We are ready. We will win,” she said.)."""
    curly_open = sum(t.text == "“" for t in sent)
    curly_close = sum(t.text == "”" for t in sent)
    straight = sum(t.text == '"' for t in sent)
    return curly_open > curly_close or straight % 2 == 1 and sent[0].text == '"'


def quoted_by_later(attribution: Attribution, doc: Doc, later: list[Span], reader, lexicon: Lexicon) -> Attribution:
    """`attribution` of a sentence inside a quotation, with the speaker the quotation names where it
    closes in a later sentence of the paragraph ("“... . ...,” Rubio told reporters."): the whole
    sentence is theirs. Later sentences are read by a copy of `reader`, so nothing it learns sticks."""
    if attribution.speeches:
        return attribution
    ahead = reader.snapshot()
    for sent in later[:3]:
        mentions = ahead.read(doc, sent)
        closes = next((t.i for t in sent if t.text in _CLOSING and not (t.text == '"' and t.i == sent.start)), None)
        if closes is None:
            if any(t.text in _OPENING for t in sent):
                return attribution  # another quotation opens: this one's speaker is not told
            continue
        speeches = [s for s in attribute(doc, sent, mentions, lexicon).speeches
                    if not s.reported and not s.whole and s.verb > closes and s.by_person]
        if not speeches:
            return attribution
        speakers = speeches[0].speakers[:1]
        return Attribution((Speech(sent.start, speakers, frozenset(), whole=True),))
    return attribution
