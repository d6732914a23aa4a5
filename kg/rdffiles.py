"""Read RDF files into rdflib graphs, with the parser's line in any error."""
from __future__ import annotations

import re
from pathlib import Path

from rdflib import Graph

from kg.errors import UnreadableGraph
from kg.write import EXTENSIONS

_RDFLIB_FORMATS = {"turtle": "turtle", "nt": "nt", "json-ld": "json-ld", "trig": "trig", "nquads": "nquads"}
_LINE = re.compile(r"line (\d+)")


def parse_graph_file(path: str | Path) -> Graph:
    """Parse one RDF file, its format from its extension (Turtle otherwise).

    Named graphs (TriG, N-Quads) are merged into one graph. Raises
    UnreadableGraph naming the file, and the line where the parser knows it.
    """
    path = Path(path)
    fmt = _RDFLIB_FORMATS[EXTENSIONS.get(path.suffix.lower(), "turtle")]
    if not path.is_file():
        raise UnreadableGraph(str(path), "no such file")
    graph = Graph()
    try:
        if fmt in ("trig", "nquads"):
            from rdflib import Dataset

            dataset = Dataset()
            dataset.parse(path, format=fmt)
            for triple in dataset.triples((None, None, None)):
                graph.add(triple)
        else:
            graph.parse(path, format=fmt)
    except UnicodeDecodeError:
        raise UnreadableGraph(str(path), "is not UTF-8 text", f"expected an RDF file ({fmt})") from None
    except Exception as err:  # rdflib's parsers raise many types; all mean "not this format"
        message = str(err).strip().splitlines()[0] if str(err).strip() else type(err).__name__
        line = _LINE.search(str(err))
        where = f"{path}:{line.group(1)}" if line else str(path)
        raise UnreadableGraph(where, f"is not valid {fmt} ({message[:200]})") from None
    return graph
