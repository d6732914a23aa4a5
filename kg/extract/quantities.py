"""Find sums of money and counts of people in news text.

Input: text. Output: `AmountMention`s carrying a `kg.facts.Amount` (value in
units as a `Decimal`, ISO 4217 code, qualifier) and `CountMention`s carrying a
`kg.facts.Count` and the noun counted. Offsets point into the text, end exclusive.

Decisions (``shared/spec/annotation.md``, slots *amount* and *count*):

* Qualifiers map onto `kg.facts.COUNT_QUALIFIERS`: about / around / roughly /
  nearly / almost / approximately / some / an estimated / close to -> "about";
  more than / over / upwards of / in excess of -> "more than"; at least / no
  fewer than / no less than -> "at least"; up to / as much as / as many as ->
  "up to"; less than / fewer than / under / below -> "fewer than" (a strict
  upper bound, for money too); at most / no more than -> "at most". A count
  with no qualifier is "exactly"; an amount with none has qualifier ``None``.
* A range ("$6 - $8 billion", "$6-8 billion", "$6 billion to $8 billion",
  "between $6 billion and $8 billion") gives ONE mention whose amount is the
  upper bound with qualifier "up to"; the lower bound takes the upper bound's
  multiplier when it has none of its own (so "$6 - $8 billion" is 6e9..8e9) and
  is kept in `AmountMention.low`.
* "$" is USD ("US$", "C$", "A$", "HK$", "NZ$", "S$", "R$" name other dollars);
  "¥" is JPY unless "yuan" follows; bare "dollars" are USD and bare "rupees"
  INR unless a demonym says otherwise ("Pakistani rupees" is PKR). "pounds" is
  GBP only with a multiplier ("5 million pounds"), since "500 pounds" is
  usually a weight. "Rs" (INR or PKR) and bare "pesos", "francs", "won",
  "shillings" are ambiguous and skipped. Words without a number
  ("multibillion-dollar") give no amount.
* Counts need a people noun after the number, with at most two modifiers in
  between ("1,000 police officers", "Nine pro-Palestinian activists"). A number
  after a currency sign, inside a score ("368-7"), a decimal without a
  multiplier, and a year after a preposition ("in 2018 Israeli soldiers") are
  not counts. Words for round numbers without a figure ("hundreds of people",
  "dozens") give no count.

Patterns are precompiled with bounded repetition, so both finders run in time
linear in the length of the text.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from kg.facts import Amount, Count

__all__ = [
    "CURRENCY_CODES",
    "AmountMention",
    "CountMention",
    "DEFAULT_PEOPLE_NOUNS",
    "find_amounts",
    "find_counts",
]


@dataclass(frozen=True)
class AmountMention:
    """A sum of money: offsets, surface text, the `Amount`, and a range's lower bound."""

    start: int
    end: int
    text: str
    amount: Amount
    low: Decimal | None = None


@dataclass(frozen=True)
class CountMention:
    """A count of people: offsets, surface text, the `Count` and the noun counted."""

    start: int
    end: int
    text: str
    count: Count
    noun: str


DEFAULT_PEOPLE_NOUNS = frozenset({
    "people", "persons", "person", "individuals", "protesters", "protestors", "demonstrators",
    "marchers", "women", "men", "children", "kids", "girls", "boys", "schoolgirls",
    "schoolboys", "schoolchildren", "pupils", "students", "teachers", "officers",
    "police officers", "policemen", "police", "soldiers", "troops", "servicemen", "fighters",
    "militants", "rebels", "insurgents", "civilians", "journalists", "reporters", "activists",
    "detainees", "prisoners", "inmates", "hostages", "captives", "workers", "employees",
    "migrants", "refugees", "asylum seekers", "residents", "citizens", "villagers", "voters",
    "passengers", "patients", "victims", "survivors", "casualties", "lawmakers", "legislators",
    "members", "opposition members", "supporters", "pilgrims", "worshippers", "worshipers",
    "doctors", "nurses", "farmers", "miners", "fishermen", "sailors", "crew", "staff",
    "adults", "infants", "babies", "teenagers", "minors", "youths", "settlers",
    "suspects", "gunmen", "attackers", "assailants", "tourists", "officials", "guards", "personnel",
    "security personnel", "terrorists", "dissidents", "critics", "bystanders", "pedestrians",
    "nationals", "foreigners", "expatriates", "aid workers", "bombers", "shooters", "jihadists", "extremists",
    "peacekeepers", "paramilitaries", "mercenaries", "smugglers", "traffickers", "strikers", "looters",
    "elders", "clerics", "tribesmen", "militiamen", "traders", "merchants", "publishers", "authors", "writers",
    "academics", "scholars", "researchers", "scientists", "parliamentarians", "senators", "governors", "mayors",
    "commanders", "rescuers", "firefighters", "health workers", "nationals", "foreigners",
})

_QUALIFIERS = {
    "about": "about", "around": "about", "roughly": "about", "nearly": "about",
    "almost": "about", "approximately": "about", "some": "about", "an estimated": "about",
    "close to": "about", "more than": "more than", "over": "more than",
    "upwards of": "more than", "in excess of": "more than", "at least": "at least",
    "no fewer than": "at least", "no less than": "at least", "up to": "up to",
    "as much as": "up to", "as many as": "up to", "less than": "fewer than",
    "fewer than": "fewer than", "under": "fewer than", "below": "fewer than",
    "at most": "at most", "no more than": "at most",
}
# Longest first, so "no more than" is not read as "more than".
# "handed over three hostages", "turned over two suspects": a verb's particle, no "more than" (but "took over 20
# towns" may be either)
_PARTICLE_OVER = "".join(f"(?<!{verb} )" for verb in (
    "handed", "hand", "hands", "handing", "turned", "turn", "turns", "turning")) + "over"
_QUAL = "|".join(_PARTICLE_OVER if q == "over" else re.escape(q).replace(r"\ ", r"\s+")
                 for q in sorted(_QUALIFIERS, key=len, reverse=True))
# Only before a range: "between $6 billion and $8 billion", "from $6 to $8 billion".
_RANGE_OPENERS = ("between", "from")

_MULTIPLIERS = {
    "thousand": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12,
    "k": 10**3, "m": 10**6, "mn": 10**6, "mln": 10**6, "b": 10**9, "bn": 10**9,
    "bln": 10**9, "tn": 10**12, "trn": 10**12,
}
_MULT = (
    r"(?:(?:\s*|-)(?:thousand|million|billion|trillion)(?![A-Za-z])"  # "$2.9-billion" as Canadian and Indian papers write it
    r"|\s?(?i:mln|bln|trn|mn|bn|tn|[kmb])(?![A-Za-z]))"
)
# Bounded (up to 15 integer digits, 6 decimals): longer digit runs are no sums or counts.
_NUMBER = (
    r"(?:[0-9]{1,3}(?:,[0-9]{3}){1,4}(?:\.[0-9]{1,6})?|[0-9]{1,15}(?:\.[0-9]{1,6})?)"
    r"(?![0-9]|[.,][0-9])"
)

_SYMBOLS = {
    "$": "USD", "US$": "USD", "C$": "CAD", "A$": "AUD", "NZ$": "NZD", "HK$": "HKD",
    "S$": "SGD", "R$": "BRL", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR", "₦": "NGN",
    "₽": "RUB", "₺": "TRY", "₪": "ILS", "₩": "KRW", "₴": "UAH",
}
_CODES = frozenset({
    "USD", "EUR", "GBP", "JPY", "CNY", "RMB", "INR", "NGN", "RUB", "CHF", "CAD", "AUD",
    "PKR", "ZAR", "TRY", "UAH", "ILS", "KES", "BRL", "MXN", "SAR", "AED", "HKD", "SGD",
    "NZD", "KRW", "EGP", "GHS", "IDR", "THB", "BDT", "IRR", "QAR", "ETB", "ZWL", "ZWG",
})
_CODE_ALIASES = {"RMB": "CNY"}
CURRENCY_CODES = _CODES  # the codes an amount may be written with ("USD 500 million")
_SYM = r"(?:(?<![A-Za-z])(?:US|NZ|HK|[CARS])?\$|[€£¥₹₦₽₺₪₩₴])"
_CODE = r"(?:\b(?:" + "|".join(sorted(_CODES)) + r")\b)"

# Currency words; a demonym before the word makes it specific.
_CURRENCY_WORDS = {
    "dollars": "USD", "dollar": "USD", "euros": "EUR", "euro": "EUR",
    "pounds sterling": "GBP", "sterling": "GBP", "pounds": "GBP", "yuan": "CNY",
    "renminbi": "CNY", "yen": "JPY", "rubles": "RUB", "roubles": "RUB", "ruble": "RUB",
    "rouble": "RUB", "naira": "NGN", "rupees": "INR", "rupee": "INR", "rand": "ZAR",
    "shekels": "ILS", "lira": "TRY", "liras": "TRY", "hryvnias": "UAH", "hryvnia": "UAH",
    "dirhams": "AED", "riyals": "SAR", "taka": "BDT", "baht": "THB", "ringgit": "MYR",
    "rupiah": "IDR", "cedis": "GHS", "birr": "ETB",
    "us dollars": "USD", "u.s. dollars": "USD", "american dollars": "USD",
    "canadian dollars": "CAD", "australian dollars": "AUD", "hong kong dollars": "HKD",
    "new zealand dollars": "NZD", "singapore dollars": "SGD", "taiwan dollars": "TWD",
    "zimbabwe dollars": "ZWL", "zimbabwean dollars": "ZWL",
    "pakistani rupees": "PKR", "indian rupees": "INR", "sri lankan rupees": "LKR",
    "nepalese rupees": "NPR", "nepali rupees": "NPR", "egyptian pounds": "EGP",
    "british pounds": "GBP", "lebanese pounds": "LBP", "sudanese pounds": "SDG",
    "syrian pounds": "SYP", "swiss francs": "CHF", "mexican pesos": "MXN",
    "philippine pesos": "PHP", "argentine pesos": "ARS", "colombian pesos": "COP",
    "chilean pesos": "CLP", "kenyan shillings": "KES", "ugandan shillings": "UGX",
    "tanzanian shillings": "TZS", "south korean won": "KRW", "chinese yuan": "CNY",
    "japanese yen": "JPY", "russian rubles": "RUB", "russian roubles": "RUB",
    "turkish lira": "TRY", "brazilian reais": "BRL", "south african rand": "ZAR",
    "nigerian naira": "NGN", "israeli shekels": "ILS", "ukrainian hryvnias": "UAH",
    "saudi riyals": "SAR", "iranian rials": "IRR", "qatari riyals": "QAR",
    "ghanaian cedis": "GHS", "ethiopian birr": "ETB", "indonesian rupiah": "IDR",
    "thai baht": "THB", "malaysian ringgit": "MYR", "bangladeshi taka": "BDT",
}


def _word_pattern(phrase: str) -> str:
    """A currency phrase as a regex: demonyms capitalised ("U.S.", "US" upper case)."""
    words = phrase.split(" ")
    out = []
    for i, word in enumerate(words):
        if i < len(words) - 1:  # a demonym or "U.S."
            word = word.upper() if word in ("us", "u.s.") else word.capitalize()
        out.append(re.escape(word))
    return r"\s+".join(out)


_CURWORD = (
    r"(?:" + "|".join(_word_pattern(w) for w in sorted(_CURRENCY_WORDS, key=len, reverse=True))
    + r")(?![A-Za-z])"
)
_RANGE = (
    rf"(?:\s*(?P<sep>[-–—]|to|(?(btw)and|(?!)))\s*(?:{_SYM}|{_CODE}\s?)?"
    rf"(?P<n2>{_NUMBER})(?P<m2>{_MULT})?)?"
)
# "and" joins a range only after "between"; "$5 million and $6 million" are two sums.
_QUAL_OR_OPENER = rf"(?:(?<![A-Za-z])(?:(?P<btw>(?i:between))|(?P<q>(?i:{_QUAL}|from)))\s+)?"

# "$1.5 billion", "about $330 million", "EUR 2.3bn", "$6 - $8 billion"
_SYMBOL_AMOUNT_RE = re.compile(
    rf"{_QUAL_OR_OPENER}(?P<cur>{_SYM}|{_CODE})\s?(?P<n1>{_NUMBER})(?P<m1>{_MULT})?{_RANGE}"
    rf"(?:\s+(?P<cw>{_CURWORD}))?"
)
# "2.3 billion euros", "2.3bn EUR", "500 million naira"
_WORD_AMOUNT_RE = re.compile(
    rf"{_QUAL_OR_OPENER}(?<![A-Za-z0-9.,$€£¥₹₦₽₺₪₩₴])"
    rf"(?P<n1>{_NUMBER})(?P<m1>{_MULT})?{_RANGE}"
    rf"\s+(?P<cw>{_CURWORD}|{_CODE})"
)


def _decimal(number: str, multiplier: str | None) -> Decimal | None:
    try:
        value = Decimal(number.replace(",", ""))
    except InvalidOperation:
        return None
    if multiplier:  # exact: at most 21 digits times 10**12 fits the 28-digit context
        value *= _MULTIPLIERS[multiplier.strip().lstrip("-").lower()]
    return value.to_integral_value() if value == value.to_integral_value() else value.normalize()


def _currency(m: re.Match[str]) -> str | None:
    word = m["cw"]
    if word:
        key = " ".join(word.split()).lower()
        if key in _CURRENCY_WORDS:
            if key in ("pounds", "pound") and not (m["m1"] or m["m2"]) and "cur" not in m.re.groupindex:
                return None  # "500 pounds" is a weight
            return _CURRENCY_WORDS[key]
        return _CODE_ALIASES.get(word, word)
    cur = m["cur"]
    return _SYMBOLS[cur] if cur in _SYMBOLS else _CODE_ALIASES.get(cur, cur)


def _amount_mention(text: str, m: re.Match[str]) -> AmountMention | None:
    currency = _currency(m)
    if currency is None:
        return None
    start, end = m.start(), m.end()
    q = " ".join(m["q"].split()).lower() if m["q"] else None
    if m["n2"] is None:
        if m["btw"] or q == "from":  # an opener without a range is no qualifier
            q = None
            start = m.start("cur") if "cur" in m.re.groupindex else m.start("n1")
        value, low = _decimal(m["n1"], m["m1"]), None
        qualifier = _QUALIFIERS[q] if q else None
    else:
        upper_mult = m["m2"] or m["m1"]
        value = _decimal(m["n2"], upper_mult)
        low = _decimal(m["n1"], m["m1"] or upper_mult)
        qualifier = "up to"
    if value is None:
        return None
    return AmountMention(start, end, text[start:end], Amount(value, currency, qualifier), low)


def find_amounts(text: str) -> list[AmountMention]:
    """Find sums of money in `text`.

    Returns non-overlapping mentions sorted by start (where patterns overlap the
    earlier, then the longer, wins). Never raises on any string.

    >>> for a in find_amounts("a $1.5 billion loan; about $330 million; EUR 2.3bn"):
    ...     print(a.text, a.amount.value, a.amount.currency, a.amount.qualifier)
    $1.5 billion 1500000000 USD None
    about $330 million 330000000 USD about
    EUR 2.3bn 2300000000 EUR None
    >>> [(a.amount.value, a.amount.qualifier, a.low) for a in find_amounts("valued at $6 - $8 billion")]
    [(Decimal('8000000000'), 'up to', Decimal('6000000000'))]
    >>> find_amounts("a multibillion-dollar loan; voted 368-7")
    []
    """
    found: list[AmountMention] = []
    for pattern in (_SYMBOL_AMOUNT_RE, _WORD_AMOUNT_RE):
        for m in pattern.finditer(text):
            mention = _amount_mention(text, m)
            if mention is not None:
                found.append(mention)
    return _without_overlaps(found)


def _without_overlaps(found):
    found.sort(key=lambda x: (x.start, -x.end))
    kept, covered = [], 0
    for mention in found:
        if mention.start >= covered:
            kept.append(mention)
            covered = mention.end
    return kept


_UNITS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
_SCALES = {"hundred": 100, "thousand": 10**3, "million": 10**6, "billion": 10**9}
_UNIT_WORDS = "|".join(sorted(_UNITS, key=len, reverse=True))
_NUMBER_WORDS = rf"(?:(?:{'|'.join(_TENS)})(?:[- ](?:{_UNIT_WORDS}))?|{_UNIT_WORDS})(?![A-Za-z])"

_COUNT_RE = re.compile(
    rf"(?<![\w$€£¥₹₦₽₺₪₩₴.,\-–])(?:(?P<q>(?i:{_QUAL}))\s+)?"
    rf"(?:(?P<digits>{_NUMBER})|(?P<words>(?i:{_NUMBER_WORDS})))"
    r"(?P<scales>(?:\s+(?i:hundred|thousand|million|billion)(?![A-Za-z])){0,2})"
    r"(?![-–][0-9]|%|[A-Za-z0-9])"
)
_WORD_RE = re.compile(r"[^\S\n]+((?:[A-Z]\.){2,}|\d+-(?:year|month)-old|[A-Za-z][A-Za-z'’-]*)")
# (an initialism: "two U.S. soldiers"; an age: "two 19-year-old students")
# A capitalised plural demonym is a people noun: "Belarusians", "Israelis", "Chinese".
_DEMONYM_RE = re.compile(r"[A-Z][a-z]+(?:ans|is|ese)\Z")
_NOT_DEMONYMS = frozenset({
    "Paris", "Davis", "Lewis", "Francis", "Tunis", "Memphis", "Dennis", "Travis", "Chris",
    "Louis", "Harris", "Morris", "Willis", "Curtis", "Otis", "Ellis", "Iris", "Genesis",
    "Crisis", "Analysis", "Basis", "Thesis", "Tennis", "Republicans", "Titans", "Cardinals",
})
# Words that end the noun phrase: a count never reaches across them.
_STOPWORDS = frozenset("""
a an the of and or but nor to in on at by for from with without into onto over under
about than as per via is are was were be been being has have had do does did will would
shall should can could may might must who whom whose which that this these those there
here it its their they them he she his her we our you your i me my not no so if then
when while where after before since until during against among between also just only
more most less least many much few several some all each every other such own same
""".split())
# "on Sept. 20 students marched": the number is a day of the month.
_MONTH_TAIL_RE = re.compile(
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?\s+\Z"
)
_YEAR_PREPOSITIONS_RE = re.compile(
    r"(?:\b(?:[Ii]n|[Ss]ince|[Bb]y|[Uu]ntil|[Bb]efore|[Aa]fter|[Dd]uring|[Ff]rom|[Oo]f|[Ff]or)"
    r"|['’]s)\s+\Z"
)


def _count_value(m: re.Match[str]) -> int | None:
    if m["digits"]:
        if "." in m["digits"] and not m["scales"]:
            return None  # "3.5 people" is no count
        value = Decimal(m["digits"].replace(",", ""))
    else:
        value = Decimal(0)
        for part in re.split(r"[- ]", m["words"].lower()):
            value += _UNITS.get(part, 0) + _TENS.get(part, 0)
    for scale in m["scales"].split():
        value *= _SCALES[scale.lower()]
    return int(value) if value == value.to_integral_value() else None


def number_value(word: str) -> int | None:
    """The whole number one word writes, in digits or spelled ("12", "1,200", "three", "twenty-one"), else None.

    >>> number_value("three"), number_value("1,200"), number_value("twenty-one"), number_value("them")
    (3, 1200, 21, None)
    """
    m = _COUNT_RE.fullmatch(word)
    return _count_value(m) if m and not m["q"] else None


def _is_date_number(text: str, m: re.Match[str]) -> bool:
    """A day after a month ("Sept. 20") or a year after a preposition ("in 2018")."""
    if m["q"] or not m["digits"]:
        return False
    before = max(0, m.start() - 12)
    if _MONTH_TAIL_RE.search(text, before, m.start()):
        return True
    digits = m["digits"]
    return (
        len(digits) == 4 and digits[:2] in ("19", "20")
        and _YEAR_PREPOSITIONS_RE.search(text, before, m.start()) is not None
    )


def _is_noun(word: str, nouns: frozenset[str]) -> bool:
    return word.lower() in nouns or word in nouns or (
        _DEMONYM_RE.match(word) is not None and word not in _NOT_DEMONYMS
    )


@functools.lru_cache(maxsize=8)
def _singulars(nouns: frozenset[str]) -> frozenset[str]:
    """The singulars of plural people nouns ("soldiers" -> "soldier", "security workers" -> "security
    worker", "policemen" -> "policeman"): what "one" counts ("killing at least one soldier")."""
    out = set()
    for noun in nouns:
        if noun.endswith("men"):
            out.add(noun[:-3] + "man")
        elif noun.endswith("s") and not noun.endswith("ss"):
            out.add(noun[:-1])
    return frozenset(out)


_PARTITIVE_RE = re.compile(r"\s+of\s+(?:the|its|their|his|her|those|these)(?=\s)", re.IGNORECASE)


def _noun_after(text: str, pos: int, nouns: frozenset[str]) -> tuple[int, str] | None:
    """(end, noun) of a people noun after at most two modifiers from `pos`, or None."""
    words: list[re.Match[str]] = []
    for _ in range(4):
        w = _WORD_RE.match(text, pos)
        if w is None:
            break
        words.append(w)
        pos = w.end()
    for i, w in enumerate(words[:3]):
        word = w[1]
        if i + 1 < len(words) and f"{word} {words[i + 1][1]}".lower() in nouns:
            return words[i + 1].end(), f"{word} {words[i + 1][1]}"
        if _is_noun(word, nouns):
            nxt = words[i + 1][1] if i + 1 < len(words) and i < 2 else None
            if nxt and nxt.lower() in nouns:  # "Chinese soldiers", "police officers"
                return words[i + 1].end(), nxt
            return w.end(), word
        if word.lower() in _STOPWORDS and word.lower() not in ("other", "more"):
            break  # (but "six other reporters", "15 more activists")
    return None


_CASUALTY_AFTER = re.compile(r"\s+(dead|killed|wounded|injured|others)\b", re.IGNORECASE)
_CASUALTY_BEFORE = re.compile(r"\b(killing|wounding|injuring|leaving)\s+\Z", re.IGNORECASE)
CASUALTIES = "casualties"
"""The noun of a count of people named by what befell them: "killing 12", "left 10 dead"."""


_CASUALTY_DONE = re.compile(r"\b(killed|wounded|injured)\s+\Z", re.IGNORECASE)
_BARE_END = re.compile(r"\s*(?:[,.;:)]|$|(?:and|in|at|on|near|including|during|while|when|across|after|before)\b)",
                       re.IGNORECASE)


def _casualties(text: str, start: int, end: int) -> tuple[int, str] | None:
    after = _CASUALTY_AFTER.match(text, end)
    if after:
        return after.end(), CASUALTIES
    if _CASUALTY_BEFORE.search(text[max(0, start - 12):start]):
        return end, CASUALTIES
    if _CASUALTY_DONE.search(text[max(0, start - 12):start]) and _BARE_END.match(text, end):
        return end, CASUALTIES  # "a suicide bomber killed 12 and wounded dozens" (not "killed 2 soldiers")
    return None


def find_counts(text: str, nouns: frozenset[str] = DEFAULT_PEOPLE_NOUNS) -> list[CountMention]:
    """Find counts of people in `text`.

    Args:
        text: any text; offsets in the result point into it.
        nouns: people nouns, lower case (multi-word ones allowed, "police
            officers"); capitalised plural demonyms are accepted as well.

    Returns:
        Mentions sorted by start, from the qualifier (if any) to the noun;
        `noun` is the noun as written. Never raises on any string.

    >>> [(c.count.value, c.count.qualifier, c.noun) for c in find_counts(
    ...     "More than 100,000 Belarusians marched; 1,000 police officers; hundreds of people")]
    [(100000, 'more than', 'Belarusians'), (1000, 'exactly', 'police officers')]
    >>> [(c.text, c.count.value) for c in find_counts("Nine pro-Palestinian activists aboard; voted 368-7")]
    [('Nine pro-Palestinian activists', 9)]
    """
    found: list[CountMention] = []
    for m in _COUNT_RE.finditer(text):
        if _is_date_number(text, m):
            continue
        value = _count_value(m)
        partitive = _PARTITIVE_RE.match(text, m.end())  # "20 of the protesters", "eight of its workers" (not "one of")
        noun = _noun_after(text, m.end(), nouns if value != 1 else nouns | _singulars(nouns)) \
            or partitive and value != 1 and _noun_after(text, partitive.end(), nouns) \
            or _casualties(text, m.start(), m.end())
        if noun is None or value is None:
            continue
        q = " ".join(m["q"].split()).lower() if m["q"] else None
        qualifier = _QUALIFIERS[q] if q else "exactly"
        end = noun[0]
        found.append(CountMention(m.start(), end, text[m.start():end], Count(value, qualifier), noun[1]))
    return found
