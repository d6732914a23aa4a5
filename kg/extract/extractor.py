"""Extract stage: `Article` -> `Facts` (entities, roles, events, sentences).

Offline and deterministic: the pinned statistical English pipeline (`kg.extract.model`:
tags, lemmas, dependency parse, named entities), the packaged gazetteer and lexicons (some
derived from the public PETRARCH-2 CAMEO and Phoenix dictionaries), and rules over the parse.
Headings yield nothing. The model's name, version and hash go into the facts' provenance.
"""
from __future__ import annotations

import re

from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from kg import __version__
from kg.extract.dates import find_dates
from kg.extract.attribution import attribute, opens_quotation, quoted_by_later
from kg.extract.blame import mover, owned_acts
from kg.extract.coref import (attacks_told_before, captors_as_abductors, claimed_attacks, lenders_told_before,
                              merge_coreferent, pair_told_before)
from kg.extract.events import (SCENE_TYPES, SPEECH_TYPES, SentenceContext, events_in_sentence, route_end,
                               seat_of_a_body, speech_days, topic_place)
from kg.facts import Article, Entity, Event, Facts, Sentence
from kg.extract.lexicon import Lexicon, load_lexicon
from kg.extract.mentions import Mention, MentionReader, is_singular_person
from kg.extract.model import model_identity
from kg.extract.names import country_key, country_of_key, group_key, name_tables
from kg.extract.nlp import paragraph_docs
from kg.extract.tokens import feature_named_for, named_as
from kg.extract.quantities import CASUALTIES, DEFAULT_PEOPLE_NOUNS, find_amounts, find_counts

EXTRACTOR = "news-kg"


def extract_facts(article: Article, lexicon: Lexicon | None = None) -> Facts:
    """Read `article` into Facts shaped like the annotation contract."""
    lexicon = lexicon or load_lexicon()
    published = article.published.isoformat()
    docs = paragraph_docs(article, lexicon)
    reader = MentionReader(lexicon, focus_country(article, docs, lexicon))
    tables = name_tables(lexicon)
    people_nouns = DEFAULT_PEOPLE_NOUNS | lexicon.words["counted_people"]  # what a count of people counts
    sentences: list[Sentence] = []
    events: list[Event] = []
    carried_date = carried_place = None
    previous_people: tuple[str, ...] = ()
    act_owners: dict[str, str] = {}  # "budget" -> the government whose budget the story told
    last_mover: tuple[int, str] | None = None  # (sentence, who) acted last in a main clause ("the move" is theirs)
    spoke_on: dict[str, str] = {}  # speaker -> the day (or month) the story last dated their words
    focus = reader.focus_key()
    for p_index, (paragraph, doc) in enumerate(zip(article.paragraphs, docs)):
        if paragraph.is_heading:
            continue
        paragraph_date = paragraph_place = None
        last_date = None  # the last date the paragraph's previous sentence told
        sents = list(doc.sents)
        for n_sent, sent in enumerate(sents):
            index = len(sentences)
            start = paragraph.start + sent.start_char
            sentences.append(Sentence(index, start, paragraph.start + sent.end_char, sent.text, p_index))
            mentions = reader.read(doc, sent)
            context = _context(doc, sent, article, people_nouns)
            # "have been barred since 2021", "until March": a period's bound is no day a scene is set on
            bounds = {d[2] for d in context.dates if d[0] > sent.start
                      and doc[d[0] - 1].lower_ in ("since", "until", "till", "before", "by")}
            # (a day ahead of the story, "what happens tomorrow will be key", is no scene of what follows)
            told_dates = [d[2] for d in context.dates if d[2] and len(d[2]) == 10 and d[2] not in bounds
                          and d[2] <= published]
            # a scene is set in a city or a country; sites ("the Temple Mount") set none
            # (nor is a place talked about: "as Trump seeks to end the war in Ukraine")
            places = [m for m in mentions if m.locative and m.type in ("City", "Country")
                      and not seat_of_a_body(doc, m)
                      and not topic_place(doc, m, None, lexicon) and not route_end(doc, m)]
            # "in the town of L'Estere, near Gonaives": the town, not the one that locates it
            places = [m for m in places if not (m.start > 0 and doc[m.start - 1].lower_ in ("near", "outside")
                                                and any(n.start < m.start for n in places))]
            places = [m.key for m in ([m for m in places if m.type == "City"] or places)[-1:]]
            context.paragraph_date = paragraph_date
            if sent.text.lower().startswith(("at the time", "at that time", "by then", "back then")) and last_date:
                context.paragraph_date = last_date  # "... in late January. At the time, Noem told reporters": then
            context.carried_date = paragraph_date or carried_date
            context.carried_place = paragraph_place or carried_place
            context.focus_place = focus
            context.published = published
            context.previous_people = previous_people
            context.history = tuple(events)
            act_owners.update(owned_acts(doc, sent, mentions, lexicon))
            context.act_owners = dict(act_owners)
            # who moved last, a few sentences back at most: "Canada ordered the expulsion of a Chinese diplomat. ...
            # (words, states, appeals) ... China's embassy condemned the move"
            context.last_mover = last_mover if last_mover and index - last_mover[0] <= _MOVER_REACH else None
            moved = mover(sent, mentions, lexicon)
            last_mover = (index, moved) if moved else last_mover
            context.affiliations = {}
            for role in reader.roles:
                if role.of:
                    context.affiliations.setdefault(role.person, set()).add(role.of)
                    state = tables.org_country.get(role.of)
                    if state:  # "Kremlin spokesman Dmitry Peskov": Russia is his side too
                        context.affiliations[role.person].add(country_key(state))
            for m in mentions:  # "A State Department spokesman said Washington had ...": the body's state is its own
                if m.type == "Organization" and tables.org_country.get(m.key):
                    context.affiliations.setdefault(m.key, set()).add(country_key(tables.org_country[m.key]))
                nation = _nation_of(reader.table.labels.get(m.key, ""), tables) if m.type == "Group" else None
                if nation is not None:  # "Indian officials said": India is theirs
                    context.affiliations.setdefault(m.key, set()).add(nation)
                known = reader.known_country(m.key) if m.type == "Person" else None
                if known and not any(a.startswith("country/") for a in context.affiliations.get(m.key, ())):
                    # "Vladimir Putin warned that Russia would respond": the state the actor dictionaries give him
                    context.affiliations.setdefault(m.key, set()).add(country_key(known))
            context.private_speakers = frozenset(reader.private_persons - {r.person for r in reader.roles})
            context.spoke_on = {**spoke_on, **{r.person: spoke_on[r.of] for r in reader.roles
                                               if r.of in spoke_on and r.person not in spoke_on}}
            attribution = attribute(doc, sent, mentions, lexicon)
            if opens_quotation(sent):
                attribution = quoted_by_later(attribution, doc, sents[n_sent + 1:], reader, lexicon)
            found = events_in_sentence(doc, sent, index, mentions, lexicon, context, attribution)
            last_date = next((d[2] for d in reversed(context.dates) if d[2]), None)
            found = [_sanction_abroad(_people_who_protest(e, mentions, reader), sent, reader, tables, mentions)
                     for e in found]
            found += _protests_met(found, events, reader)
            events += found
            # a source spoke on its event's day only when the event is told as done: "Rubio said Monday the
            # talks Tuesday" does not date Rubio's words to Tuesday
            spoke_on.update({k: day for k, day in speech_days(doc, attribution, context).items()
                             if day <= published})
            spoke_on.update({k: e.date for e in found if e.date and e.date <= published
                             for k in (e.agents if e.type in SPEECH_TYPES else ())
                             + (e.sources if e.status == "occurred" else ())})
            people = [k for e in found for k in e.targets + e.agents if reader.table.types.get(k) in ("Group", "Person")]
            previous_people = tuple(people[:1]) or previous_people
            # the story's date moves to the day the sentence tells, unless only a plan has it
            # ("is likely to miss its own Sept. 21 deadline" dates no scene)
            # a month or a year moves it only with a scene ("stormed the ship in 2010"), not a background
            # fact ("following an election in August")
            told_dates += [e.date for e in found if e.type in SCENE_TYPES and e.date and len(e.date) < 10
                           and e.date not in bounds and any(d[2] == e.date for d in context.dates)]
            told = [e.date for e in found if e.status != "planned" and e.date in told_dates]
            if told or (told_dates and not any(e.status == "planned" for e in found)):
                paragraph_date = (told or told_dates)[-1]
                later_days = [d for d in told_dates if len(d) == 10 and d > paragraph_date[:len(d)]]
                if told and all(len(d) < 10 for d in told) and later_days:
                    # a background act's year or month gives way to a later day the sentence tells ("Thailand,
                    # which had held them since arresting them in 2014, turned them over on Feb. 27")
                    paragraph_date = later_days[-1]
            if places and found and not all(e.type in SPEECH_TYPES for e in found):
                # "told reporters in Kabul": where one speaks sets no scene; nor does a sentence that tells
                # no event ("the pact the United States negotiated in Qatar's capital, Doha")
                paragraph_place = places[-1]
        # (a background year a paragraph told, "arrested in 2021", does not date the next paragraph's scenes; a
        # paragraph that opens in that year, "In 2020, security forces killed ...", sets it as a scene)
        opens_in_year = bool(sents) and re.match(r"(?:In|During|By)\s+(?:early\s+|late\s+|mid-)?\d{4}\b",
                                                 sents[0].text) is not None
        carried_date = paragraph_date if paragraph_date and (len(paragraph_date) > 4 or not carried_date
                                                             or opens_in_year) else carried_date
        carried_place = paragraph_place or carried_place
    shifted = frozenset(i for i, s in enumerate(sentences) if _shifts_time(s.text, lexicon))
    events = list(captors_as_abductors(merge_coreferent(lenders_told_before(events), reader.table.labels, shifted),
                                       reader.table.labels, lexicon.words["captor_nouns"]))
    events = attacks_told_before(claimed_attacks(events, [s.text for s in sentences]), [s.text for s in sentences])
    events = pair_told_before(events, reader.table.types, reader.table.aliases)
    events = [_not_after(e, published) for e in events]
    for key in dict.fromkeys(k for e in events for k in e.agents + e.targets + e.places + e.sources):
        if key not in reader.table.labels and key.startswith("country/"):
            # "Russian drones struck ...": a state named only by its demonym before the act is an entity too
            reader.add_country(key)
    return Facts(
        article=article,
        sentences=tuple(sentences),
        entities=_collectives_that_act(reader.table.entities(), events, reader.group_heads),
        roles=tuple(reader.roles),
        events=tuple(events),
        extractor=EXTRACTOR,
        extractor_version=__version__,
        parser=tuple(model_identity()),
    )


def _context(doc: Doc, sent: Span, article: Article, people: frozenset[str]) -> SentenceContext:
    """Dates, sums of money and counts of people of one sentence, by token."""
    text = sent.text
    starts = [t.idx - sent.start_char for t in sent]

    def tokens(a: int, b: int) -> tuple[int, int]:
        first = bisect_right(starts, a) - 1
        last = bisect_left(starts, b)
        return sent.start + max(first, 0), sent.start + max(last, first + 1)

    context = SentenceContext()
    context.dates = [(*tokens(d.start, d.end), d.value) for d in find_dates(text, article.published)]
    context.amounts = [(*tokens(a.start, a.end), a.amount) for a in find_amounts(text)]
    counts = find_counts(text, people)
    context.counts = [(*tokens(c.start, c.end), c.count) for c in counts if c.noun != CASUALTIES]
    context.casualties = [(*tokens(c.start, c.end), c.count) for c in counts if c.noun == CASUALTIES]
    return context


def _collectives_that_act(entities: tuple[Entity, ...], events: list[Event], heads: frozenset[str]) -> tuple[Entity, ...]:
    """The entities without the groups named by a bare noun, or by a noun for one person, that take part
    in no event.

    A group of the annotation contract is an unnamed collective that acts; "reporters", "people",
    "leaders" said in passing ("told reporters", "250 million people live there") are none, nor is "a
    French tourist" that describes a person named. A group described more closely ("Guatemalan
    authorities", "riot police") stays, acting or not: the description makes it a collective the story
    singles out."""
    acting = {k for e in events for k in e.agents + e.targets + e.sources}
    return tuple(e for e in entities if e.type != "Group" or e.key in acting
                 or " " in e.label and not is_singular_person(e.label, heads))


_MOVER_REACH = 6
"""Sentences back that "the move" may be by who last acted in a main clause."""
_PEOPLE = group_key("people")
_PROTESTERS = group_key("protesters")


_TRADE = frozenset({"export", "exports", "import", "imports", "trade", "arms"})
"""Words of a measure on trade, which a state takes against another state (CAMEO 163: an embargo)."""
_TRAVEL = frozenset({"visa", "visas", "travel", "asset", "assets"})
"""Words of a measure on people, a sanction when it is against another state's (not "travel bans on opposition
politicians")."""
_CURBS = frozenset({"restriction", "curb", "ban", "control", "restrict"})
_BLOCS = frozenset({"European Union", "United Nations", "UN Security Council", "African Union"})


def _sanction_abroad(event: Event, sent: Span, reader: MentionReader, tables, mentions: list[Mention]) -> Event:
    """"Washington imposed visa restrictions on Ugandan officials", "China banned exports to the United States",
    "new restrictions on China's chip industry": what a state or a bloc of states restricts for another state, its
    firms or its people is a sanction or an embargo (CAMEO 163), not a restriction of its own people's freedoms
    (172); "Israel imposed a blockade on Gaza" stays a restriction."""
    types, labels = reader.table.types, reader.table.labels
    if event.type != "Restriction" or not event.agents \
            or not all(types.get(k) == "Country" or labels.get(k) in _BLOCS for k in event.agents):
        return event
    words = event.trigger.split()
    while len(words) > 1 and words[-1].lower() in ("on", "against", "of", "to", "for", "from"):
        words.pop()  # ("restrictions on": the noun)
    trigger = next((t for t in sent if t.text == words[-1]), None)
    if trigger is None:
        return event
    said = {w.lower() for w in event.trigger.split()} | {c.lower_ for c in trigger.children
                                                         if c.dep_ in ("compound", "amod", "nmod", "dobj")}
    measure = next((c for c in trigger.children if c.dep_ == "dobj"), None)
    if measure is not None and measure.lemma_.lower() in _CURBS:
        # "imposed visa restrictions on Ethiopian officials": the verb's object names the measure (a curb on visas,
        # travel or trade: not "imposed restrictions on Afghan refugees", who live in the state)
        named = {c.lower_ for c in measure.children if c.dep_ in ("compound", "amod", "nmod")}
        if named & (_TRAVEL | _TRADE):
            said |= named
    ours = {k for k in event.agents if types.get(k) == "Country"}
    abroad = not ours or any(  # (a bloc of states has no people of its own)
        (k if types.get(k) == "Country" else _nation_of(labels.get(k, ""), tables)) not in (None, *ours)
        for k in event.targets)
    if said & _TRADE or abroad and (said & _TRAVEL or trigger.lemma_.lower() in _CURBS):
        return replace(event, type="Sanction", targets=event.targets or _trading_partner(trigger, mentions, ours, tables))
    return event


def _trading_partner(trigger: Token, mentions: list[Mention], ours: set[str], tables) -> tuple[str, ...]:
    """The state a ban on trade names after its exports or imports ("banned exports to the United States of
    gallium", "banned imports from Georgia", "banned imports of Thai fruit"): the embargo's target."""
    goods = [t for t in (trigger, *trigger.children) if t.lower_ in ("export", "exports", "import", "imports")]
    for noun in goods:
        for prep in noun.children:
            if prep.dep_ == "prep" and prep.lower_ in ("to", "from"):
                for obj in prep.children:
                    found = next((m.key for m in mentions if m.start <= obj.i < m.end and m.type == "Country"
                                  and m.key not in ours), None)
                    if obj.dep_ == "pobj" and found:
                        return (found,)
    for noun in goods:
        if noun.lower_.startswith("import"):  # (exports "of Thai rice" are the banning state's own)
            for obj in (g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children):
                named = [tables.phrases.get(t.lower_) for t in obj.children if t.dep_ in ("amod", "compound")
                         and t.i < obj.i and t.text[:1].isupper()]
                states = [country_key(n.key.split("/", 1)[1]) for n in named if n is not None and n.kind == "demonym"]
                if states and states[0] not in ours:
                    return (states[0],)
    return ()


def _nation_of(label: str, tables) -> str | None:
    """The state whose nation's word a group's name holds ("Indian officials", "unnamed Ugandan officials")."""
    for word in label.split(" ")[:-1] or label.split(" ")[:1]:
        named = tables.phrases.get(word.lower())
        if named is not None and named.kind == "demonym":
            return country_key(named.key.split("/", 1)[1])
    return None


def _people_who_protest(event: Event, mentions: list[Mention], reader: MentionReader) -> Event:
    """"Hundreds of people massed ...": people who protest are protesters, the group
    other sentences of a story call them by."""
    if event.type != "Protest" or _PEOPLE not in event.agents:
        return event
    surface = next((m.text for m in mentions if m.key == _PEOPLE), None)
    reader.table.add(_PROTESTERS, "protesters", "Group", surface)
    return replace(event, agents=tuple(dict.fromkeys(_PROTESTERS if k == _PEOPLE else k for k in event.agents)))


_PROTESTER_WORDS = ("protesters", "protestors", "demonstrators", "marchers")


_PROTEST_REACH = 6
"""Sentences back that a protest told is the one force meets."""


def _protests_met(found: list[Event], told: list[Event], reader: MentionReader) -> list[Event]:
    """"Police used water cannons to disperse thousands of demonstrators in Tbilisi": the protest that force
    meets is held there, when the story has not told it yet (an arrest may come before any protest:
    "detained 20 protesters to prevent a march")."""
    if any(e.type == "Protest" for e in found) or any(
            e.type == "Protest" and found and found[0].sentence - e.sentence <= _PROTEST_REACH for e in told):
        return []  # (a protest told a few sentences before is the one met; one told long before is another day's)
    met = next((e for e in found if e.type in ("ForceDisplay", "Assault") and e.status == "occurred"
                and any(reader.table.labels.get(k, "").lower().endswith(_PROTESTER_WORDS) for k in e.targets)), None)
    if met is None:
        return []
    protesters = tuple(k for k in met.targets if reader.table.labels.get(k, "").lower().endswith(_PROTESTER_WORDS))
    return [Event("Protest", met.sentence, met.trigger, agents=protesters[:1], places=met.places, date=met.date,
                  sources=met.sources)]


DATELINE_VOTES = 4
"""The weight of the dateline's country among the names that vote for the story's country."""


_SPANS = ("minute", "hour", "day", "week", "month", "year", "moment")


def _not_after(event: Event, published: str) -> Event:
    """An event told as done happened before the story: "In April, the military jailed him" in a March story is
    last April; a day after the story's, or a date that a year back does not put before it, is dropped."""
    if event.status != "occurred" or not event.date or event.date <= published[:len(event.date)]:
        return event
    if event.type == "Election":  # ("after the presidential election in November": one to come, told bare)
        if len(event.date) == 4:  # "a roadmap to elections in 2026" in a story of 2024: one to come, won by no one
            return replace(event, status="planned", agents=())
        return replace(event, status="planned") if len(event.date) == 10 else event  # "is set for Sunday": ahead
    year_before = f"{int(event.date[:4]) - 1:04d}{event.date[4:]}"
    # a month is last year's; a day ahead (a weekday, "tomorrow" read as ahead) is no day of a done act: none
    ok = len(event.date) == 7 and year_before <= published[:len(year_before)] \
        and event.type not in SPEECH_TYPES  # words dated ahead took the day of what they tell ("by next month")
    return replace(event, date=year_before if ok else None)


def _shifts_time(text: str, lexicon: Lexicon) -> bool:
    """Whether a sentence opens at another time or scene than the last ("Meanwhile, ...", "Just days later,
    a bomb killed 11 miners"), not "One suit, filed earlier this month, ...": among its first four words."""
    words = re.findall(r"[a-z]+|,", text.lower())[:5]
    for k, word in enumerate(words[:4]):
        if word in lexicon.words["time_shift_words"]:
            return True
        if word in lexicon.words["time_shift_adverbs"] and (
                k + 1 < len(words) and words[k + 1] == "," or k > 0 and words[k - 1].rstrip("s") in _SPANS):
            return True
    return False


def focus_country(article: Article, docs: list[Doc], lexicon: Lexicon) -> str | None:
    """The country the article is about: the most named, the dateline's counting `DATELINE_VOTES` times and
    the headline's twice."""
    tables = name_tables(lexicon)
    phrases = tables.phrases
    votes: Counter[str] = Counter()
    if article.dateline:
        for part in (place for chunk in reversed(article.dateline.split(",")) for place in chunk.split("/")):
            named = phrases.get(part.strip().lower())
            if named and named.kind in ("country", "capital", "city", "demonym"):
                dateline = named.country or named.key.split("/", 1)[1]
            elif named and named.kind == "metonym" and named.city_key:
                dateline = country_of_key(named.city_key)  # "BRUSSELS (Reuters)": the city's country
            else:
                continue
            # where the story is filed weighs most, but a story filed from talks abroad ("GENEVA (AP) —
            # talks on Sudan") is about the country it names most
            votes[dateline] += DATELINE_VOTES
            break
    for doc in docs:
        end = 0
        for token in doc:
            if token.i < end:
                continue  # inside a name counted already ("Sri Lanka")
            if token.text[:1].isupper() and not (token.i and doc[token.i - 1].text == "-"
                                                 and not doc[token.i - 1].whitespace_):  # not "Inter-American"
                # "Sri Lanka", "South Korean", "Russia": a name of one to three words
                for n in (4, 3, 2, 1):  # ("the Democratic Republic of Congo")
                    named = phrases.get(doc[token.i:token.i + n].text.lower()) if token.i + n <= len(doc) else None
                    if named and named.kind == "demonym" and n == 1 and token.i > 0 and not token.is_sent_start \
                            and doc[token.i - 1].is_title and not doc[token.i - 1].is_sent_start \
                            and doc[token.i - 1].lower_ not in phrases \
                            and not (token.i + 1 < len(doc) and doc[token.i + 1].pos_ in ("NOUN", "PROPN")):
                        break  # "Volker Turk said": a surname, no people
                    if named and named.kind in ("country", "demonym", "capital") and named.country \
                            and not feature_named_for(doc, 0, len(doc), token.i, token.i + n) \
                            and not named_as(doc, 0, token.i):  # "the Gulf of Guinea", "an area known as Colombia"
                        votes[named.country] += 1
                        end = token.i + n
                        break
                # a body of one state ("White House", "Kremlin", "Pentagon") votes for it too
                for n in (3, 2, 1):
                    body = tables.exact.get(doc[token.i:token.i + n].text) if token.i + n <= len(doc) else None
                    if body is not None and body.kind == "org" and tables.org_country.get(body.key):
                        votes[tables.org_country[body.key]] += 1
                        break
    for token in _headline_tokens(article, phrases):
        votes[token] += 2
    return votes.most_common(1)[0][0] if votes else None


def _headline_tokens(article: Article, phrases) -> list[str]:
    out = []
    words = [w.strip(",.:;'\"").removesuffix("'s").lower() for w in article.headline.replace("’", "'").split()]
    i = 0
    while i < len(words):
        for n in (3, 2, 1):  # "Sri Lanka", "South Korean"
            named = phrases.get(" ".join(words[i:i + n])) if i + n <= len(words) else None
            if named and named.kind in ("country", "demonym", "capital") and named.country:
                out.append(named.country)
                i += n - 1
                break
        i += 1
    return out


__all__ = ["extract_facts", "focus_country", "Mention"]
