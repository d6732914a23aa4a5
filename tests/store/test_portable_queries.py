"""The saved queries are portable SPARQL 1.1 (issue 12, finding 2), checked without a second engine:
no ORDER BY names an aggregate's alias of the SELECT it sorts (Virtuoso 7: SP031), and every final
ORDER BY ends in what identifies a row, so the order is total. tests/store/test_virtuoso.py runs
them on Virtuoso where it is installed."""
from __future__ import annotations

import re

import pytest

from kg.resources import query_names, query_text

AGGREGATE = re.compile(r"\(\s*(?:GROUP_CONCAT|COUNT|SUM|MIN|MAX|AVG|SAMPLE)\s*\(.*?\)\s+AS\s+\?(\w+)\s*\)",
                       re.IGNORECASE | re.DOTALL)
ROW_KEYS = {"event", "entity", "type", "arrest", "protest", "roleNode", "happening", "report"}
"""Variables naming a row's subject: an ORDER BY that ends in one orders every row (``conflicts``: a row is
a report's figure of one aspect, and its ORDER BY names the happening and the aspect before the report)."""


def _code(text: str) -> str:
    return "\n".join(line.split("#", 1)[0] for line in text.splitlines())


@pytest.mark.parametrize("name", query_names())
def test_portable_no_order_by_on_an_aggregate_alias(name):
    code = _code(query_text(name))
    outer_select = code[code.index("SELECT"):code.index("WHERE")]
    final_order = code[code.rindex("ORDER BY"):]

    aliases = set(AGGREGATE.findall(outer_select))
    named = set(re.findall(r"\?(\w+)", final_order))

    assert not aliases & named, f"{name}: ORDER BY names the aggregate(s) {sorted(aliases & named)}"


@pytest.mark.parametrize("name", query_names())
def test_portable_every_order_by_is_total(name):
    final_order = _code(query_text(name)).rsplit("ORDER BY", 1)[1]

    assert re.findall(r"\?(\w+)", final_order)[-1] in ROW_KEYS
