"""Events in one sentence: triggers from the lexicon, then their slots.

Slots come from the sentence's mentions by position and voice: in the active
voice the agent stands before the trigger and the target after it; in the
passive ("were detained by ...") the other way round. Prepositions named by
the trigger's lexicon group ("sanctions on", "a loan to") mark targets;
locative mentions are places. Speech verbs give the source ("..., Spring-96
said") or, with no other event in their clause, a Statement.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from functools import lru_cache

from spacy.tokens import Doc, Span

from kg.facts import Amount, Count, Event
from kg.lexicon import Lexicon, TriggerGroup
from kg.mentions import Mention

_BE = {"is", "are", "was", "were", "be", "been", "being", "get", "got", "gets", "'s", "’s", "have", "has", "had"}
_IRREGULAR_PARTICIPLES = {"held", "beaten", "torn", "thrown", "shot", "freed", "hit", "seen", "taken", "kept",
                          "sentenced", "dragged", "hauled", "put"}
_CLAUSE_BREAKS = {";", "but", "while", "whereas", "although", "though", ":"}
_PLACE_TYPES = ("Country", "City", "Place")
SCENE_TYPES = frozenset({"Protest", "Arrest", "ForceDisplay", "Assault", "Restriction"})
PEOPLE_TYPES = ("Person", "Group")
_QUOTES = {"“", "”", '"'}


@dataclass(frozen=True)
class Hit:
    """A trigger found at tokens [start, end)."""

    start: int
    end: int
    group: TriggerGroup


@dataclass
class SentenceContext:
    """What the events of one sentence may draw on besides its mentions."""

    amounts: list = field(default_factory=list)   # (token start, token end, Amount)
    counts: list = field(default_factory=list)    # (token start, token end, Count)
    dates: list = field(default_factory=list)     # (token start, token end, value)
    carried_date: str | None = None
    carried_place: str | None = None


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
    for word in phrase:
        if word == "*":
            continue
        if pos >= limit:
            return None
        if doc[pos].lower_ != word:
            if phrase[phrase.index(word) - 1:phrase.index(word)] == ("*",):
                for skip in range(1, 4):
                    if pos + skip < limit and doc[pos + skip].lower_ == word:
                        pos += skip
                        break
                else:
                    return None
            else:
                return None
        pos += 1
    return pos


def find_triggers(doc: Doc, sent: Span, lexicon: Lexicon, mentions: list[Mention]) -> list[Hit]:
    """Non-overlapping triggers of `sent`, longest first at each position."""
    index = _trigger_index(lexicon)
    in_mention = {i for m in mentions for i in range(m.start, m.end)}
    hits, pos = [], sent.start
    while pos < sent.end:
        found = None
        if pos not in in_mention:
            for phrase, group in index.get(doc[pos].lower_, ()):
                end = _match_phrase(doc, pos, sent.end, phrase)
                if end:
                    found = Hit(pos, end, group)
                    break
        if found:
            hits.append(found)
            pos = found.end
        else:
            pos += 1
    return hits


def _clause_bounds(doc: Doc, sent: Span, pos: int) -> tuple[int, int]:
    start = pos
    while start > sent.start and doc[start - 1].lower_ not in _CLAUSE_BREAKS:
        start -= 1
    end = pos
    while end < sent.end and doc[end].lower_ not in _CLAUSE_BREAKS:
        end += 1
    return start, end


def _is_passive(doc: Doc, hit: Hit, floor: int) -> bool:
    word = doc[hit.start].lower_
    if not (word.endswith("ed") or word in _IRREGULAR_PARTICIPLES):
        return False
    for k in range(hit.start - 1, max(floor, hit.start - 4) - 1, -1):
        if doc[k].lower_ in _BE:
            return True
        if not doc[k].is_alpha:
            return False
    return False


def _status(doc: Doc, hit: Hit, clause_start: int, lexicon: Lexicon) -> str:
    if hit.group.status != "occurred":
        return hit.group.status
    words = lexicon.words
    window = [t.lower_ for t in doc[max(clause_start, hit.start - 8):hit.start]]
    if any(w in words["negation_cues"] for w in window[-5:]) and hit.group.type != "Denial":
        return "denied"
    if any(w in words["planned_cues"] for w in window):
        return "planned"
    if any(w in words["ongoing_cues"] for w in window):
        return "ongoing"
    return "occurred"


def _nearest(items, pos: int):
    return min(items, key=lambda item: abs(item[0] - pos), default=None)


def events_in_sentence(doc: Doc, sent: Span, index: int, mentions: list[Mention], lexicon: Lexicon,
                       context: SentenceContext, speakers: tuple[str, ...],
                       speech: tuple[int, int] | None) -> list[Event]:
    """Events of one sentence; `speakers` are its attributed sources and
    `speech` the token range of the speech clause that names them."""
    out: list[Event] = []
    for hit in find_triggers(doc, sent, lexicon, mentions):
        event = _event(doc, sent, index, hit, mentions, lexicon, context, speakers, speech)
        if event:
            out.append(event)
    return _merge_same_type(out)


def _event(doc, sent, index, hit: Hit, mentions, lexicon, context, speakers, speech) -> Event | None:
    group = hit.group
    c_start, c_end = _clause_bounds(doc, sent, hit.start)
    actors = [m for m in mentions if not m.locative and c_start <= m.start and m.end <= c_end
              and not (speech and speech[0] <= m.start < speech[1])]
    passive = _is_passive(doc, hit, sent.start)
    left = [m for m in actors if m.end <= hit.start]
    right = [m for m in actors if m.start >= hit.end]
    agents, targets = [], []
    by_agents = [m for m in right if m.agentive]
    prep_targets = [m for m in right if m.start > 0 and doc[m.start - 1].lower_ in group.target_preps
                    or (m.start > 1 and doc[m.start - 2].lower_ in group.target_preps
                        and doc[m.start - 1].lower_ in ("the", "a", "an"))]
    if passive:
        targets = left[-1:]
        agents = by_agents[:1]
    else:
        agents = [m for m in left if not m.agentive][-1:] or by_agents[:1]
        targets = prep_targets[:1] or [m for m in right if not m.agentive and m.start - hit.end <= 8][:1]
    if group.speech and speakers and not agents:
        agents = []
    if group.people_only and not any(m.type in PEOPLE_TYPES for m in targets):
        return None
    agent_keys = tuple(dict.fromkeys(m.key for m in agents))
    target_keys = tuple(dict.fromkeys(m.key for m in targets if m.key not in agent_keys))
    if group.symmetric:
        both = tuple(dict.fromkeys(agent_keys + tuple(m.key for m in prep_targets or targets)))
        agent_keys = target_keys = both
    if group.speech and not agent_keys and speakers:
        agent_keys = speakers[:1]
    places = [m for m in mentions if m.locative and m.type in _PLACE_TYPES]
    nearest_place = _nearest([(m.start, m) for m in places], hit.start)
    place = (nearest_place[1].key,) if nearest_place else ()
    status = _status(doc, hit, c_start, lexicon)
    type_ = group.type
    if group.threat_when_future and status == "planned":
        type_, status = "Threat", "threatened"
    if type_ == "Threat" and status == "planned":
        status = "threatened"
    date = _nearest(context.dates, hit.start)
    date_value = date[2] if date else None
    if not date_value and type_ in SCENE_TYPES and status == "occurred":
        date_value = context.carried_date
    if not place and type_ in SCENE_TYPES and status == "occurred" and context.carried_place:
        place = (context.carried_place,)
    amount = _nearest(context.amounts, hit.start) if type_ in ("Loan", "Payment", "Sanction") else None
    count = None
    if type_ in ("Protest", "Arrest", "Release", "Assault", "DataLeak", "Threat"):
        people = agents if type_ == "Protest" else targets
        count = next((c for c in context.counts for m in people if c[0] < m.end and m.start < c[1]), None)
    sources = tuple(s for s in speakers if s not in agent_keys) if not group.speech else ()
    return Event(
        type=type_, sentence=index, trigger=doc[hit.start:hit.end].text, status=status,
        agents=agent_keys, targets=target_keys, places=place, sources=sources, date=date_value,
        amount=amount[2] if amount else None, count=count[2] if count else None,
    )


def _merge_same_type(events: list[Event]) -> list[Event]:
    merged: dict[str, Event] = {}
    for event in events:
        first = merged.get(event.type)
        if first is None:
            merged[event.type] = event
            continue
        merged[event.type] = replace(
            first,
            agents=first.agents or event.agents,
            targets=first.targets or event.targets,
            places=first.places or event.places,
            date=first.date or event.date,
            amount=first.amount or event.amount,
            count=first.count or event.count,
        )
    return list(merged.values())


def attribution(doc: Doc, sent: Span, mentions: list[Mention], lexicon: Lexicon) -> tuple[tuple[str, ...], tuple[int, int] | None, bool]:
    """Who the sentence attributes its content to.

    Returns (speaker keys, token range of the attribution clause, whether the
    speech introduces reported content of its own: "X said (that) ...").
    """
    verbs = lexicon.words["speech_verbs"]
    speakers: list[str] = []
    span: tuple[int, int] | None = None
    reported = False
    for pos in range(sent.start, sent.end):
        low = doc[pos].lower_
        if low == "according" and pos + 1 < sent.end and doc[pos + 1].lower_ == "to":
            after = [m for m in mentions if m.start >= pos + 2][:1]
            if after:
                speakers.append(after[0].key)
                span = (pos, after[0].end)
            continue
        if low == "citing":
            after = [m for m in mentions if pos < m.start <= pos + 3][:1]
            speakers += [m.key for m in after]
            continue
        if low not in verbs:
            continue
        before = [m for m in mentions if m.end <= pos and pos - m.end <= 3]
        after = [m for m in mentions if m.start > pos and m.start - pos <= 2]
        speaker = before[-1] if before else (after[0] if after else None)
        if speaker is None:
            continue
        speakers.append(speaker.key)
        quoted_by = [m for m in mentions if m.agentive and pos < m.start <= pos + 3]
        speakers += [m.key for m in quoted_by]
        start, end = min(speaker.start, pos), max(speaker.end, pos + 1)
        span = (start, end)
        nxt = doc[pos + 1] if pos + 1 < sent.end else None
        reported = reported or (speaker.end <= pos and nxt is not None and nxt.text not in _QUOTES
                                and nxt.text not in (",", ".") and pos + 1 < sent.end)
    return tuple(dict.fromkeys(speakers)), span, reported
