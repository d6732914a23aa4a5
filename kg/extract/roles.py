"""Roles: "person — role — organisation or country" as an article states them.

`RoleReader` is mixed into `kg.extract.mentions.MentionReader`: it reads titles before
names ("Russian Finance Minister Anton Siluanov"), appositions ("Olga
Chemodanova, the spokeswoman for the Ministry of Internal Affairs"), and
definite descriptions by title ("the judge") that name the one person holding
the title.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span

from kg.facts import Role
from kg.extract.names import country_key
from kg.extract.tokens import POSSESSIVE, Mention, is_namey, span_text


_LEADING_VERBS = {"heads": "head", "headed": "head", "leads": "leader", "led": "leader", "chairs": "chair",
                  "chaired": "chair", "runs": "head", "ran": "head", "directs": "director", "founded": "founder",
                  "co-founded": "co-founder"}

_CHIEFS = frozenset({"chief", "head", "boss", "leader", "chairman", "chairwoman", "chair"})
"""Words for who heads a body ("the UN chief", "the IAEA's head")."""
_TOPS = ("secretary general", "director general", "president", "chief", "head", "chair", "chairman", "chairwoman",
         "chairperson", "leader", "managing director", "executive director", "director", "commissioner",
         "chief executive", "administrator", "prosecutor")
"""Ends of the titles of who heads a body."""


def _titled_so(title: str, head: str) -> bool:
    """Whether a role's title is one a description by `head` names: "the minister" any minister, "the interior
    minister" only the interior minister (not the foreign one)."""
    title = title.lower()
    return title.split()[-1] == head.split()[-1] if " " not in head else title == head or title.endswith(" " + head)


class RoleReader:
    """Role reading for `MentionReader` (uses its tables, entity table and focus)."""

    def _foreign_short_name(self, named, text: str) -> bool:
        """Whether `text`, one word, is a short name of a body of another state than the story's, one the story
        has not named ("Congress" for the U.S. Congress in a story on Peru or India)."""
        state = self.tables.org_country.get(named.key, "")
        return named.kind == "org" and text.lower() != named.label.lower() \
            and state.lower() not in ("", (self.focus or "").lower()) and country_key(state) not in self.table.labels

    def _title_at(self, doc: Doc, start: int, limit: int) -> int | None:
        """End of a title (modifiers then a head) starting at `start`, if any."""
        pos, end = start, None
        while pos < limit:
            head_end = self._phrase_in(doc, pos, limit, self._title_heads)
            if head_end:
                end = head_end
                # a head may itself modify a longer title ("Prime Minister", "State Governor")
                pos = head_end
                continue
            mod_end = self._phrase_in(doc, pos, limit, self._title_mods, 2)
            if mod_end is None or end is not None:
                break
            pos = mod_end
        return end

    def _title_before(self, doc: Doc, end: int, floor: int) -> int | None:
        """Start of the longest title that ends right before token `end` (or before an honorific there:
        "Energy Minister Prince Abdulaziz")."""
        if end - 1 > floor and doc[end - 1].text in self._honorifics:
            end -= 1
        best = None
        for start in range(end - 1, max(floor, end - 6) - 1, -1):
            if self._title_at(doc, start, end) == end:
                best = start
        return best

    # ---- "the judge", "the country's president", "the Israeli leader" -------------
    def _descriptions(self, doc: Doc, sent: Span, taken: set[int]) -> list[Mention]:
        """A definite description by title names the one person of the article who holds it."""
        out = []
        for i in range(sent.start, sent.end - 1):
            if doc[i].lower_ != "the" or i in taken:
                continue
            pos, country = i + 1, None
            if doc[pos].lower_ in ("country", "nation") and pos + 1 < sent.end and doc[pos + 1].text in POSSESSIVE:
                pos, country = pos + 2, self.focus
            else:
                named = self.tables.phrases.get(doc[pos].lower_)
                if named and named.kind == "demonym" and doc[pos].text[:1].isupper():
                    pos, country = pos + 1, named.country
            if country is None and (chief := self._body_chief(doc, sent, pos)) is not None:
                end, person = chief
                if not any(t in taken for t in range(i, end)):
                    surface = span_text(doc, i, end)
                    self.table.add(person, self.table.labels[person], "Person", surface)
                    self.last_person = person
                    out.append(Mention(i, end, person, "Person", surface, agentive=self._by(doc, i, sent.start)))
                    taken.update(range(i, end))
                continue
            by_demonym = country is not None and pos == i + 2 and doc[i + 1].text[:1].isupper()
            end = self._phrase_in(doc, pos, sent.end, self._title_heads, 2) if pos < sent.end else None
            office = self._title_at(doc, pos, sent.end) if pos < sent.end and not by_demonym else None
            if office is not None and not self._state_office(doc, pos, office):
                office = None
            end = end if office is None or end is not None and end >= office else office
            if end is None or any(t in taken for t in range(i, end)) or doc[pos].text[:1].isupper() \
                    or (end < sent.end and (is_namey(doc[end]) or doc[end].lower_ == "of"
                                            or doc[end].text == "," and end + 1 < sent.end and is_namey(doc[end + 1]))):
                continue
            title = span_text(doc, pos, end).lower()
            person = self._holder(title, country)
            surface = span_text(doc, i, end)
            if person:
                self.table.add(person, self.table.labels[person], "Person", surface)
                self.last_person = person
                out.append(Mention(i, end, person, "Person", surface, agentive=self._by(doc, i, sent.start)))
                taken.update(range(i, end))
            elif office == end and not self._holds_title(title) and not (end < sent.end and doc[end].text in POSSESSIVE) \
                    and (state := self._office_holder_state(title, country or self._opening_country(doc, sent, i))):
                # "the interior minister condemned the attack" with no minister named: an official of the state
                # the story is about (or of the state an unnamed official of that title was told of: "Iran's
                # foreign minister ... the foreign minister said") acts for it, as "the government" does
                key = self.table.add(country_key(state), self._country_label(state), "Country", surface)
                out.append(Mention(i, end, key, "Country", surface, agentive=self._by(doc, i, sent.start)))
                taken.update(range(i, end))
        return out

    def _body_chief(self, doc: Doc, sent: Span, pos: int) -> tuple[int, str] | None:
        """(end, person) for "the UN chief", "the IAEA's chief", "the UN rights chief" at `pos` (after "the"): a
        known body, at most two lower-case words, a word for who heads it, and one person the story gave a
        role of that body."""
        hit = self._lookup(doc, pos, sent.end)
        if hit and hit[1].kind == "org":
            stop, body = hit[0], hit[1].key
        elif is_namey(doc[pos]) and (body := next((k for k, aliases in self.table.aliases.items()
                                                   if self.table.types.get(k) == "Organization"
                                                   and doc[pos].text in (self.table.labels[k], *aliases)), None)):
            stop = pos + 1  # a body the story named that the gazetteer lacks ("IAEA")
        else:
            return None
        k = stop + (stop < sent.end and doc[stop].text in POSSESSIVE)
        first = k
        while k < sent.end and k - first < 2 and doc[k].is_lower and doc[k].is_alpha \
                and doc[k].lower_ not in _CHIEFS and doc[k].pos_ in ("NOUN", "ADJ", "PROPN"):
            k += 1
        if k >= sent.end or doc[k].lower_ not in _CHIEFS or k + 1 < sent.end and (
                is_namey(doc[k + 1]) or doc[k + 1].text in POSSESSIVE or doc[k + 1].lower_ in ("of", "in")):
            return None  # (not "the UN chief Antonio Guterres": the name says who; nor "the UN chief's spokesman",
            # "the UN chief of staff", "the Hamas chief in Gaza": another one)
        holders = {r.person for r in self.roles if r.of == body and r.title.lower().replace("-", " ").endswith(_TOPS)
                   and r.title.split()[0].lower() not in ("deputy", "vice", "assistant", "under", "acting")
                   and all(t.lower_ in r.title.lower() for t in doc[first:k])}
        # (its spokesman or envoy is none; "the UN rights chief", "the UN's former chief" is the Secretary-General
        # only if the words before "chief" are his title's)
        return (k + 1, holders.pop()) if len(holders) == 1 else None

    def _state_office(self, doc: Doc, start: int, end: int) -> bool:
        """Whether the lower-case title `doc[start:end]` is an office of a state's government ("interior
        minister", "president", "deputy foreign minister"), not a rank, a party's or a body's post."""
        words = [t.lower_ for t in doc[start:end]]
        heads = self.words["state_office_heads"]
        head = next((n for n in (2, 1) if " ".join(words[len(words) - n:]) in heads), None)
        if head is None or not all(w in self.words["state_office_portfolios"] for w in words[:len(words) - head]):
            return False
        return head == 2 or words[-1] != "secretary" or len(words) > 1  # "the defense secretary", not "the secretary"

    def _office_holder_state(self, title: str, country: str | None) -> str | None:
        """The ISO code of the state an unnamed holder of `title` acts for: the one given, else the one an
        earlier unnamed holder of the title was told of ("Iran's foreign minister"), else the story's."""
        if country:
            return country
        told = {k.split("/", 1)[1] for k, aliases in self.table.aliases.items() if self.table.types.get(k) == "Country"
                and any(a.lower().endswith(" " + title) for a in aliases)}
        # "China's foreign ministry said ... The foreign minister said": the state whose ministry of that portfolio
        # the story named
        portfolio = " ".join(title.split()[:-1])
        for key, label in self.table.labels.items():
            words = label.replace("’", "'").split()
            if portfolio and self.table.types.get(key) == "Organization" and len(words) > 2 \
                    and " ".join(words[1:]).lower() == f"{portfolio} ministry":
                named = self.tables.phrases.get(words[0].lower().removesuffix("'s"))
                if named is not None and named.kind in ("country", "demonym") and named.country:
                    told.add(named.country)
        if len(told) == 1:
            return told.pop()
        return None if told else self.focus

    def _holder(self, head: str, country: str | None) -> str | None:
        """The one person whose role has this title (of `country`, when given)."""
        owner = country_key(country) if country else None
        if head == "leader" and owner:
            found = {r.person for r in self.roles if r.of == owner and r.title.lower() in self._state_titles}
        else:
            found = {r.person for r in self.roles if _titled_so(r.title, head) and (owner is None or r.of == owner)}
        return found.pop() if len(found) == 1 else None

    def _holds_title(self, head: str) -> bool:
        """Whether the story named anyone by a title of this head ("the minister" after "Minister X")."""
        return any(_titled_so(r.title, head) for r in self.roles)

    def _owner_before(self, doc: Doc, title_start: int, floor: int) -> str | None:
        """The country or organisation written before a title ("Russian", "Turkey's", "Zanu PF"), also
        past words that qualify the title ("Hamas political leader", "EU foreign policy chief")."""
        pos = title_start - 1
        k = pos
        while k >= floor and pos - k < 3 and doc[k].is_lower and doc[k].is_alpha and doc[k].pos_ in ("ADJ", "NOUN"):
            k -= 1
        if floor <= k < pos and (is_namey(doc[k]) or doc[k].text in POSSESSIVE and k - 1 >= floor and is_namey(doc[k - 1])):
            pos = k  # ("Iran's chief nuclear negotiator")
        branch = pos
        while branch >= floor and branch >= title_start - 3 and doc[branch].text[:1].isupper() \
                and doc[branch].is_alpha and self.tables.phrases.get(doc[branch].lower_) is None:
            branch -= 1  # "U.S. District Judge", "U.S. Supreme Court Justice": a branch between the state and the title
        if branch < pos and branch >= floor:
            named = self.tables.phrases.get(doc[branch].lower_) or self.tables.exact.get(doc[branch].text)
            if named is not None and named.kind in ("demonym", "country"):
                return self.table.add(named.key, named.label, "Country")
        for k in (pos, pos - 1):  # "Amnesty International's Americas director", "Britain's Deputy U.N. Ambassador":
            # a branch's name, a rank or a body between the owner and the title
            if k - 1 >= floor and all(is_namey(t) for t in doc[k:pos + 1]) and doc[k - 1].text in POSSESSIVE:
                pos = k - 1
                break
        if pos >= floor and doc[pos].text in POSSESSIVE:
            pos -= 1
        if pos < floor:
            return None
        for n in range(min(4, pos - floor + 1), 0, -1):
            text = span_text(doc, pos - n + 1, pos + 1)
            named = self.tables.exact.get(text) or self.tables.phrases.get(text.lower())
            if named and n == 1 and self._foreign_short_name(named, text):
                named = None  # "Congress leader Eduardo Salhuana" in a story on Peru: no post of the U.S. Congress
            if named and named.kind in ("demonym", "country", "capital", "org", "metonym"):
                type_ = "Organization" if named.key.startswith("organization/") else "Country"
                return self.table.add(named.key, named.label, type_)
            body = next((k for k, label in self.table.labels.items() if label == text
                         and k.startswith("organization/")), None)
            if body is not None:
                return body  # "Wall Street Journal reporter Evan Gershkovich": a body the story just named
            if n == 1 and text in self.acronyms and self.table.types.get(self.acronyms[text]) == "Organization":
                return self.acronyms[text]  # "RSF spokesman Al-Fatih Qurashi": the body whose initials the story gave
            person = self.surnames.get(text.lower()) or next(
                (k for k, label in self.table.labels.items() if label == text and k.startswith("person/")), None)
            if person and person in self.person_country:
                return self.person_country[person]
        return None

    def known_country(self, person: str) -> str | None:
        """The country the actor dictionaries give a person by full name, if they know them."""
        label = self.table.labels.get(person, "")
        return self.lex.actor_people.get(label.lower()) if " " in label else None

    def _counterparts(self, doc: Doc, sent: Span, person: int) -> frozenset[str]:
        """The countries of the "counterparts" the person at token `person` meets in their own clause ("Jake
        Sullivan spoke with Israeli counterpart X"): the other side's, never the person's (but not "X hosted
        envoy Y, who also met his Israeli counterparts": Y's)."""
        out = set()
        for t in doc[person:sent.end]:
            if t.text in (",", ";", "(") or t.lower_ in ("who", "which", "while", "and"):
                break
            if t.lower_ in ("counterpart", "counterparts") and t.i > sent.start:
                named = self.tables.phrases.get(doc[t.i - 1].lower_) or self.tables.exact.get(doc[t.i - 1].text)
                if named is not None and named.kind in ("demonym", "country"):
                    out.add(named.key)
        return frozenset(out)

    def _add_role(self, person: str, title: str, owner: str | None, unlike: frozenset[str] = frozenset()) -> None:
        words = title.split()
        if words and words[0].lower() in ("former", "then", "acting", "jailed", "longtime", "late"):
            title = " ".join(words[1:]) or title
        state_title = title.lower() in self._state_titles or title.split()[-1].lower() in self._state_titles \
            or title.lower() == "leader"  # "longtime leader Robert Mugabe": the country's
        if owner is None and state_title and (known := self.known_country(person)):
            # "President Vladimir Putin" in a story from Kyiv: Russia's, as the actor dictionaries know him
            owner = self.table.add(country_key(known), self._country_label(known), "Country")
        if owner is None and self.focus and state_title and country_key(self.focus) not in unlike:
            # (but "National Security Advisor Jake Sullivan spoke with Israeli counterpart X" in a story from
            # Israel: not Israel's)
            owner = self.table.add(country_key(self.focus), self._country_label(self.focus), "Country")
        if owner and owner.startswith("country/") and state_title:
            self.person_country.setdefault(person, owner)
        self.roles[Role(person, title, owner)] = None

    # ---- apposition: "Olga Chemodanova, the spokeswoman for the Ministry ..." --
    def _appositions(self, doc: Doc, sent: Span, mentions: list[Mention]) -> None:
        by_start = {m.start: m for m in mentions}
        for m in mentions:
            if m.type != "Person" or m.text.lower() in self.words["person_pronouns"]:
                continue
            if m.end + 3 < sent.end and doc[m.end].text == "," and doc[m.end + 1].lower_ == "who" \
                    and doc[m.end + 2].lower_ in _LEADING_VERBS:
                # "Ana Ortiz, who heads the Peruvian Red Cross": she is its head
                body = next((by_start[j] for j in range(m.end + 3, min(m.end + 9, sent.end)) if j in by_start
                             and by_start[j].type in ("Organization", "Country")), None)
                if body is not None:
                    self._add_role(m.key, _LEADING_VERBS[doc[m.end + 2].lower_], body.key)
            if m.end + 4 < sent.end and doc[m.end].text == "," and doc[m.end + 1].lower_ == "who" \
                    and doc[m.end + 2].lemma_.lower() in ("work", "write", "report") \
                    and doc[m.end + 3].lower_ in ("for", "at", "with"):
                # "Dawit, who works for the Addis Standard newspaper": the body of the titles told without one
                body = next((by_start[j] for j in range(m.end + 4, min(m.end + 8, sent.end)) if j in by_start
                             and by_start[j].type == "Organization"), None)
                untold = [r for r in self.roles if r.person == m.key and r.of is None]
                for role in untold if body is not None else ():
                    del self.roles[role]
                    self.roles[Role(role.person, role.title, body.key)] = None
            if m.end + 2 < sent.end and doc[m.end].lower_ in ("is", "was") \
                    and doc[m.end + 1].lower_ in ("the", "a", "an", "now", "also"):
                # "Mahad Wasuge is the executive director of Somali Public Agenda"
                self._titles_in(doc, sent, m, m.end + 1, self._chunk_end(doc, sent, m.end + 1), by_start)
            for start in self._posts_held(doc, m):
                # "Rasmussen served as NATO secretary general ... and was a two-term Danish prime minister"
                self._titles_in(doc, sent, m, start, self._chunk_end(doc, sent, start), by_start)
            after = m.end + 1
            if after + 2 < sent.end and doc[m.end].text == "," and doc[after].like_num and doc[after + 1].text == ",":
                after += 2  # "Ana Ortiz, 54, a former judge": past the age
            if after < sent.end and doc[after - 1].text == "," and not doc[after].lower_.endswith(("ing", "ed")) \
                    and doc[after].pos_ not in ("VERB", "AUX"):
                # an apposition describes ("X, the spokeswoman for ..."); "X, keeping pressure on ..." does not,
                # nor does the subject of what follows ("... over X's arrest, the interior minister said")
                stop = self._chunk_end(doc, sent, after)
                if not (stop < sent.end and doc[stop].lower_ in ("said", "says", "told")):
                    self._titles_in(doc, sent, m, after, stop, by_start)
            if m.start - 1 > sent.start and doc[m.start - 1].text == ",":
                start = m.start - 1
                while start > sent.start and doc[start - 1].text not in (",", ";", "“", '"', ":") \
                        and m.start - start < 14:
                    start -= 1
                self._titles_in(doc, sent, m, start, m.start - 1, by_start)

    @staticmethod
    def _posts_held(doc: Doc, person: Mention) -> list[int]:
        """Where the posts a person's own verbs give start: "X served as Y", and "and was a Y" joined to
        it (the parse's subject of "serve" or of a joined "be"); not the "is" right after the name,
        read above."""
        subject = doc[person.end - 1]
        if subject.dep_ != "nsubj" or subject.head.pos_ not in ("VERB", "AUX"):
            return []
        verb = subject.head
        out = []
        for v in (verb, *(c for c in verb.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX"))):
            if v.lemma_.lower() == "serve":
                out += [c.i + 1 for c in v.children if c.dep_ == "prep" and c.lower_ == "as"]
            elif v.lemma_.lower() == "be" and v is not verb:
                out += [a.left_edge.i for a in v.children if a.dep_ == "attr"]
        return out

    def _chunk_end(self, doc: Doc, sent: Span, pos: int) -> int:
        stop = pos
        while stop < sent.end and doc[stop].text not in (",", ";", ".", "“", '"', ":") and stop - pos < 16 \
                and doc[stop].lower_ not in ("who", "which", "said", "says", "told"):
            stop += 1
        return stop

    def _titles_in(self, doc: Doc, sent: Span, person: Mention, start: int, stop: int, by_start) -> None:
        """Roles in an apposition chunk [start, stop): "a Nigerian women's rights activist
        and president of Women Arise for Change Initiative", "the leader of the X movement"."""
        titles = []
        k = start
        while k < stop:
            end = self._title_at(doc, k, stop)
            if end is None:
                k += 1
                continue
            if not (end in by_start and by_start[end].type == "Person"):
                titles.append((k, end))  # "a rival of President Recep Tayyip Erdogan": the title is Erdogan's
            k = end
        if titles and stop <= person.start:
            titles = titles[-1:]  # before the name only the title next to it is the person's
        for n in range(1, len(titles)):
            if any(t.lower_ in ("for", "of", "to") for t in doc[titles[n - 1][1]:titles[n][0]]):
                titles = titles[:n]  # "spokesperson for the U.N. secretary-general": the second is another's
                break
        for n, (t_start, t_end) in enumerate(titles):
            limit = titles[n + 1][0] if n + 1 < len(titles) else stop
            owner = None
            sent_to = doc[t_end - 1].lower_ in ("ambassador", "envoy", "emissary") and t_end < limit \
                and doc[t_end].lower_ == "to"  # "Ukraine's ambassador to the United Nations": Ukraine's
            if t_end < limit and doc[t_end].lower_ in ("of", "for", "at", "with", "to") and not sent_to:
                owners = [by_start[j] for j in range(t_end, limit) if j in by_start
                          and by_start[j].type in ("Organization", "Country")
                          and not (by_start[j].end < limit and doc[by_start[j].end].pos_ == "NOUN"
                                   and doc[by_start[j].end].is_lower
                                   and (doc[by_start[j].start - 1].lower_ in ("a", "an")
                                        or doc[by_start[j].end].lower_ not in self.words["org_anaphor_heads"]
                                        and self._title_at(doc, by_start[j].end, limit) is None))]
                # "at a Kyiv bank": no post of Kyiv; but "of the Popular Force party", "for the U.N. secretary-general"
                owners.sort(key=lambda m: m.type != "Organization")
                owner = owners[0].key if owners else None
            if owner is None:
                floor = titles[n - 1][1] if n else start
                owner = self._owner_before(doc, t_start, floor) or next(
                    (by_start[j].key for j in range(floor, t_start) if j in by_start
                     and by_start[j].type in ("Organization", "Country")), None)
            self._add_role(person.key, span_text(doc, t_start, t_end), owner)
            first = next((by_start[j] for j in range(t_end, limit) if j in by_start and by_start[j].key == owner), None)
            while first is not None and first.end + 1 < limit and doc[first.end].lower_ in ("and", ",") \
                    and first.end + 1 in by_start and by_start[first.end + 1].type == "Organization":
                # "a journalist with NewsDay and Heart and Soul Television": a post at each
                first = by_start[first.end + 1]
                self._add_role(person.key, span_text(doc, t_start, t_end), first.key)
