"""Event coreference: one event told in two nearby sentences becomes one event.

"More than 270 schoolgirls ... were freed by their captors Tuesday. The 279 girls
were released around 3 a.m." tells one release; the first sentence gives who
and when, the second the exact count. The merged event keeps the first
sentence as its evidence and takes the slots the second adds. Claims of
different sources are never merged: a graph keeps both claims (annotation
contract, "Events").
"""
from __future__ import annotations

import re
from dataclasses import replace

from kg.facts import Count, Event

MAX_DISTANCE = 2  # sentences
_KEEP_APART = frozenset({"Statement", "Criticism", "Accusation", "Denial"})
_HELD = frozenset({"Arrest"})  # one sentence tells one person's detention once, however many words it takes


def merge_coreferent(events: tuple[Event, ...] | list[Event], labels: dict[str, str],
                     shifted: frozenset[int] = frozenset()) -> list[Event]:
    """Events in order, each later mention of an earlier event folded into it.

    `labels` maps entity keys to labels, to tell that "girls" and
    "schoolgirls" can be the same group. `shifted` holds the sentences that open at another
    time ("Just days later, a roadside bomb killed 11 miners"): their events are new ones.
    """
    out: list[Event] = []
    for event in events:
        earlier = next((i for i in range(len(out) - 1, -1, -1) if _same(out[i], event, labels)
                        and not (event.sentence in shifted and out[i].sentence != event.sentence)), None)
        if earlier is None:
            out.append(event)
        else:
            out[earlier] = _fold(out[earlier], event)
    return out


def _same(first: Event, later: Event, labels: dict[str, str]) -> bool:
    if first.type != later.type:
        return False
    if first.type in _KEEP_APART and (first.type == "Statement" or not (
            first.agents and first.targets and first.agents == later.agents and first.targets == later.targets)):
        return False  # what people say is told apart, unless the same blame is restated
    if later.sentence == first.sentence and first.type in _HELD and first.targets and set(later.targets) == set(
            first.targets) and (not later.agents or set(later.agents) == set(first.agents)) \
            and first.status == later.status and (not first.date or not later.date or _dates_agree(first.date, later.date)) \
            and _counts_agree(first.count, later.count):
        return True  # "Police arrested the blogger X, and he died in police custody": one detention told twice
    if not 0 < later.sentence - first.sentence <= MAX_DISTANCE:
        return False
    if first.type == "Restriction" and not (first.targets or later.targets) \
            and first.trigger.split()[-1].lower()[:4] != later.trigger.split()[-1].lower()[:4]:
        return False  # "the army banned gatherings ... It also imposed a curfew": two measures, not one retold
    if first.status != later.status or set(first.sources) != set(later.sources):
        return False
    if first.date and later.date and not _dates_agree(first.date, later.date):
        return False
    if first.agents and later.agents and set(first.agents) != set(later.agents):
        return False
    if first.type == "Election" and first.date and later.date and first.places == later.places:
        return True  # an election is known by where and when: "the February elections" ... "the February 8 vote"
    if not (first.targets or first.agents) or not (later.targets or later.agents):
        return False
    if first.targets and later.targets and not _alike(first.targets, later.targets, labels):
        return False
    if not (first.agents and later.agents or first.targets and later.targets) and (
            later.sentence - first.sentence > 1 or first.type not in ("Assault", "Arrest")):
        # "Israeli commandos stormed the ship. Nine activists were killed.": the next sentence goes on with a
        # violent scene;
        # "Russia has blocked Facebook. (...) Journalists were barred": nothing shared, two acts
        return False
    return _counts_agree(first.count, later.count)


def captors_as_abductors(events: list[Event], labels: dict[str, str], captor_nouns: frozenset[str]) -> list[Event]:
    """An assault on people told without its agent ("schoolgirls kidnapped last Friday")
    is by the captors who freed those people, when the story says who freed them."""
    captors = {k for e in events if e.type == "Release" for k in e.agents
               if any(labels.get(k, "").lower().endswith(noun) for noun in captor_nouns)}  # "hostage takers"
    out = []
    for event in events:
        if event.type == "Assault" and not event.agents and event.targets:
            freed_by = [k for e in events if e.type == "Release" and e.targets
                        and _alike(e.targets, event.targets, labels) and _counts_agree(e.count, event.count)
                        for k in e.agents if k in captors]  # "freed ten students": not the twenty taken
            if freed_by:
                event = replace(event, agents=tuple(freed_by[:1]))
        out.append(event)
    return out


def claimed_attacks(events: list[Event], sentence_texts: list[str]) -> list[Event]:
    """An attack told without its agent ("A car bomb exploded near a police station") is by who claims
    responsibility for it a few sentences later ("Al-Shabab claimed responsibility for the bombing").
    "The military claimed the killing of 33 terrorists": the attack claimed in the same sentence. A claim that
    names who did an attack told is no statement of its own; one that names none stays the group's words."""
    out = list(events)
    spent: list[Event] = []
    for claim in events:
        text = sentence_texts[claim.sentence].lower() if claim.sentence < len(sentence_texts) else ""
        said = _OWN_ATTACK.search(text) if claim.trigger.lower() in ("said", "says") else None
        said_so = said is not None and sum(e.type == "Statement" and e.sentence == claim.sentence for e in events) == 1
        # ("The Baloch Liberation Army said it carried out the attack": a claim of responsibility in other words, when
        # the sentence has no other speaker)
        if claim.type != "Statement" or not claim.agents or not (claim.trigger.lower().startswith("claim") or said_so):
            continue
        claimed = [i for i, e in enumerate(out) if e.type == "Assault" and not e.agents and e.sentence == claim.sentence
                   and re.search(rf"\bclaim\w*\s+(?:\w+\s+){{0,2}}{re.escape(e.trigger.lower())}\b", text)]
        owned = said_so or any(w in claim.trigger.lower() for w in ("responsibility", "credit"))  # "claimed responsibility"
        if not owned and not claimed:
            continue
        # "claimed responsibility for the brazen attack": the attack the story told, however many sentences before
        named = said if said_so else _FOR_THE_ATTACK.search(text) if owned else None
        reach = 3 if said_so or not named else 10
        # (beyond three sentences, only an attack told by the noun the claim names, of the claim's year: not "In 2019, a
        # lawmaker was killed in a bombing outside the hotel" for "claimed responsibility for the hotel attack")
        attacks = claimed or [i for i, e in enumerate(out) if e.type == "Assault" and not e.agents
                              and 0 <= claim.sentence - e.sentence <= reach
                              and (claim.sentence - e.sentence <= 3 or named is not None and _claimed_noun(named, e, claim))
                              and (not said_so or _claimed_noun(named, e, claim))]  # ("said it carried out the raid on
        # the camp" after a bombing: another act)
        if attacks:
            out[attacks[-1]] = replace(out[attacks[-1]], agents=claim.agents)
            spent.append(claim)  # (a claim that names no attack told stays what it is: words of the group)
        elif owned and any(e.type == "Assault" and set(e.agents) == set(claim.agents)
                           and 0 <= claim.sentence - e.sentence <= 3 for e in out):
            # "Al-Shabab fighters attacked a base ... The group claimed responsibility": the attack told, by whom it
            # names (but "Gunmen stormed a hotel ... Al-Shabab claimed responsibility for the attack" stays the
            # group's claim: who the gunmen were is its word)
            spent.append(claim)
    return [e for e in out if not any(e is c for c in spent)]


_FOR_THE_ATTACK = re.compile(r"\bfor\s+(?:the|that|this|its|their|these|those)\s+(?:[\w-]+\s+){0,3}?"
                             r"(?:attacks?|bombings?|raids?|assaults?|ambush(?:es)?|strikes?|hijackings?|shootings?|"
                             r"killings?|blasts?|explosions?|abductions?|kidnappings?|massacres?|siege)\b", re.IGNORECASE)
# "said it carried out the attack", "said they had staged the deadly bombing": the act named with at most two words
# before it that are no preposition, and no phrase of its own after it ("the raid on the camp": another act)
_OWN_ATTACK = re.compile(r"\b(?:said|says)\s+(?:that\s+)?(?:it|they)\s+(?:had\s+)?(?:carried\s+out|conducted|staged)\s+"
                         r"(?:the|that|this|these|those)\s+"
                         r"(?:(?!(?:of|in|into|on|against|after|before|by|for|at|to|from|with|the|a|an)\b)[\w-]+\s+){0,2}?"
                         r"(?:attacks?|bombings?|raids?|assaults?|ambush(?:es)?|hijackings?|shootings?|killings?|blasts?|"
                         r"abductions?|kidnappings?|massacres?)\b(?!\s+(?:on|against|into|in|at|of)\b)", re.IGNORECASE)


def _claimed_noun(named: re.Match, attack: Event, claim: Event) -> bool:
    """Whether the attack a claim names ("for the brazen attack", "for the bombing") is told by that noun (any
    attack, for "attack") and not dated to another year than the claim."""
    noun = named.group(0).split()[-1].lower().rstrip("s")
    told = attack.trigger.split()[-1].lower().rstrip("s")
    return noun in (told, "attack") and not (attack.date and len(attack.date) == 4) \
        and not (attack.date and claim.date and attack.date[:4] != claim.date[:4])  # ("In 2019, ...": background)


_THE_ATTACK = re.compile(r"\b(?:in|during|by|after|from)\s+(?:the|that|this)\s+(?:\w+\s+)?"
                         r"(?:attack|bombing|raid|assault|ambush|strike|airstrike|hijacking|shooting|shelling)s?\b",
                         re.IGNORECASE)  # (and "killed in the strikes", "in the Israeli airstrikes")


def attacks_told_before(events: list[Event], sentence_texts: list[str]) -> list[Event]:
    """Who was killed or hurt "in the attack" without an attacker named is the victim of the attack the
    story told before, by its attacker ("Five Frontier Corps personnel were also killed in the attack")."""
    out: list[Event] = []
    for event in events:
        text = sentence_texts[event.sentence] if event.sentence < len(sentence_texts) else ""
        if event.type == "Assault" and not event.agents and event.targets and _THE_ATTACK.search(text):
            before = [e for e in out if e.type == "Assault" and e.agents and 0 < event.sentence - e.sentence <= 6
                      and not set(e.agents) & set(event.targets)]
            if before:
                event = replace(event, agents=before[-1].agents)
        out.append(event)
    return out


_THE_TWO = re.compile(r"(?:the\s+)?(?:two|both)\s+(?:leaders|presidents|prime\s+ministers|(?:foreign\s+)?ministers|"
                      r"heads\s+of\s+state|men|women)", re.IGNORECASE)


def pair_told_before(events: list[Event], types: dict[str, str], aliases: dict[str, dict]) -> list[Event]:
    """"X met Y on Monday. The two leaders called on Russia ...": a group named only as the two of a kind is the two
    people of the meeting the story told just before."""
    out: list[Event] = []
    for event in events:
        pairs = [k for k in event.agents + event.targets if types.get(k) == "Group"
                 and any(_THE_TWO.fullmatch(a.strip()) for a in aliases.get(k, ()))]
        met = next((e for e in reversed(out) if e.type == "Meeting" and 0 <= event.sentence - e.sentence <= 2), None)
        two = tuple(dict.fromkeys(met.agents + met.targets)) if met is not None else ()
        if pairs and len(two) == 2 and all(types.get(k) == "Person" for k in two):
            swap = lambda keys: tuple(dict.fromkeys(n for k in keys for n in (two if k in pairs else (k,))))  # noqa: E731
            event = replace(event, agents=swap(event.agents), targets=swap(event.targets))
        out.append(event)
    return out


def lenders_told_before(events: list[Event]) -> list[Event]:
    """A loan told without its lender ("Islamabad is negotiating a loan program") is from the
    lender of the loan the story told before, when that one's borrower is the same or not told."""
    out: list[Event] = []
    for event in events:
        if event.type == "Loan" and not event.agents and event.targets:
            before = [e for e in out if e.type == "Loan" and e.agents
                      and (not e.targets or set(e.targets) & set(event.targets))
                      and not set(e.agents) & set(event.targets)]
            if before:
                event = replace(event, agents=before[-1].agents)
        out.append(event)
    return out


def _dates_agree(a: str, b: str) -> bool:
    """"2024-02" and "2024-02-08" can name the same day; "2024-02-08" and "2024-02-09" cannot."""
    return a.startswith(b) or b.startswith(a)


def _alike(a: tuple[str, ...], b: tuple[str, ...], labels: dict[str, str]) -> bool:
    if set(a) & set(b):
        return True
    return any(_head_alike(labels.get(x, ""), labels.get(y, "")) for x in a for y in b)


def _head_alike(a: str, b: str) -> bool:
    a, b = a.lower(), b.lower()
    return bool(a and b) and (a.endswith(b.split()[-1]) or b.endswith(a.split()[-1]))


def _counts_agree(a: Count | None, b: Count | None) -> bool:
    if a is None or b is None:
        return True
    low, high = (a, b) if a.value <= b.value else (b, a)
    if a.value == b.value:
        return True
    return low.qualifier in ("more than", "at least", "about") or high.qualifier in ("up to", "at most", "about")


def _fold(first: Event, later: Event) -> Event:
    count = first.count
    if later.count and (count is None or later.count.qualifier == "exactly" != count.qualifier):
        count = later.count  # an exact figure told later is the more precise one
    return fill_missing(first, later, count=count)


def fill_missing(first: Event, later: Event, count: Count | None = None) -> Event:
    """`first` with the slots it lacks taken from `later` (another telling of it)."""
    return replace(
        first,
        agents=first.agents or later.agents,
        targets=first.targets or later.targets,
        places=first.places or later.places,
        date=max((first.date or "", later.date or ""), key=len) or None,
        amount=first.amount or later.amount,
        count=count or first.count or later.count,
    )
