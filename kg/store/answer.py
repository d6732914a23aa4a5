"""A SPARQL server's answer read as rows while it arrives, with bounded memory.

Input: the body of a server's answer (an HTTP response, or the temporary file
it was kept in) and its content type. Output: the answer's columns and an
iterator of its rows, each cell an RDF term as the embedded store gives it
(None where unbound), for `kg.store.output` to write as they come.

pyoxigraph's SPARQL JSON results parser reads the body a piece at a time
(`AnswerBody` is the file object it reads) and gives each row as soon as it
is whole, so kg holds a row, never the answer. Before the parser sees any
byte, `AnswerBody` counts the answer's nesting (`kg.rdf.nesting`: the parser
crashes on triple terms nested thousands deep) and the bytes held at once:
what comes before the head (a server may send the rows before the head, and
the parser then keeps them until the head comes), and each row. Past
`limit` bytes held (``KG_ENDPOINT_MAX_BYTES``) the answer is refused.
"""
from __future__ import annotations

from collections.abc import Iterator, Sequence

import pyoxigraph as ox

from kg.errors import InputError, StoreError, UsageError, printable
from kg.rdf.nesting import NestingCheck
from kg.store.output import Row, Term

READ_BYTES = 1 << 16
"""Bytes read from the server at a time."""
MAX_BYTES_ENV = "KG_ENDPOINT_MAX_BYTES"
_HINT_URL = "check that --query-url is the server's SPARQL query URL"


class AnswerBody:
    """The body of an answer as a binary file object, read from `source` `READ_BYTES` at a time.

    Each chunk's nesting is counted (`nesting`, when given) before anyone reads
    it, and the bytes read since the last `release` (None: no limit) may not
    pass `limit`: StoreError naming `where` otherwise.
    """

    def __init__(self, source, where: str, *, limit: int | None = None, nesting: NestingCheck | None = None):
        self.source, self.where, self.limit, self.nesting = source, where, limit, nesting
        self.read_source = getattr(source, "read1", source.read)
        """The source's read that gives what has come without waiting for more (rows are written as they arrive)."""
        self.held = 0
        """Bytes read since the last `release`."""
        self.chunk, self.position = memoryview(b""), 0
        self.read_error: BaseException | None = None
        """What reading the source raised, if anything (a shut socket at the deadline, a broken connection)."""

    def read(self, size: int | None = -1) -> bytes:
        """At most `size` bytes (any number: those of one chunk); b"" at the end."""
        if self.position >= len(self.chunk):
            self.chunk, self.position = memoryview(self._next_chunk()), 0
        end = len(self.chunk) if size is None or size < 0 else self.position + size
        data = bytes(self.chunk[self.position:end])
        self.position += len(data)
        return data

    def _next_chunk(self) -> bytes:
        try:
            chunk = self.read_source(READ_BYTES)
        except BaseException as error:
            self.read_error = error
            raise
        self.held += len(chunk)
        if self.limit is not None and self.held > self.limit:
            raise StoreError(self.where, f"the answer holds more than {self.limit:,} bytes before its head, or in "
                             "one row, the most kg holds at once",
                             f"check the server; for values that large, raise {MAX_BYTES_ENV} (bytes)")
        if self.nesting is not None and chunk:
            try:
                self.nesting.feed(chunk)
            except InputError as error:
                raise StoreError(self.where, f"the answer {error.problem}", error.hint) from None
        return chunk

    def release(self) -> None:
        """What was read so far is no longer held (the head or a row was parsed): count from here."""
        self.held = 0


def answer_rows(body: AnswerBody, content_type: str, name: str,
                secrets: Sequence[str] = ()) -> tuple[list[str], Iterator[Row]]:
    """The columns of the SPARQL JSON results `body` holds, and an iterator of its rows, parsed as they are read.

    Credentials in `secrets` that the server echoes in a term are replaced by ``***``.

    Raises StoreError (naming `body.where`) for another content type, an answer that is no SPARQL JSON
    results (also when found among the rows), and as `AnswerBody` does; UsageError (naming the query
    `name`) for a boolean answer.
    """
    if "json" not in content_type.lower():
        raise StoreError(body.where, f"the server answered {printable(content_type)[:80] or 'with no content type'}, "
                         "not SPARQL JSON results", _HINT_URL)
    try:
        solutions = ox.parse_query_results(body, format=ox.QueryResultsFormat.JSON)
    except (SyntaxError, ValueError):
        raise _not_results(body.where) from None
    if not isinstance(solutions, ox.QuerySolutions):
        raise UsageError(name, "only SELECT queries can be run", "rewrite it as a SELECT")
    body.release()
    return [variable.value for variable in solutions.variables], _rows(solutions, body, list(secrets))


def _rows(solutions: ox.QuerySolutions, body: AnswerBody, secrets: list[str]) -> Iterator[Row]:
    try:
        for solution in solutions:
            body.release()
            yield tuple(solution) if not secrets else tuple(redacted_term(term, secrets) for term in solution)
    except (SyntaxError, ValueError):
        raise _not_results(body.where) from None


def _not_results(where: str) -> StoreError:
    return StoreError(where, "the answer is not SPARQL JSON results", _HINT_URL)


def replace_secrets(text: str, secrets: Sequence[str]) -> str:
    """`text` with each of `secrets` (the longest first) replaced by ``***``.

    >>> replace_secrets("Bearer t0ken", ["t0ken"])
    'Bearer ***'
    """
    for secret in sorted(secrets, key=len, reverse=True):
        text = text.replace(secret, "***")
    return text


def redacted_term(term: Term | None, secrets: Sequence[str]) -> Term | None:
    """`term` with every secret in its text replaced by ``***`` (a blank node that holds one: a new one)."""
    if term is None or isinstance(term, ox.BlankNode):
        return term if term is None or not any(secret in term.value for secret in secrets) else ox.BlankNode()
    if isinstance(term, ox.Triple):
        return ox.Triple(*(redacted_term(part, secrets) for part in term))
    if not any(secret in term.value for secret in secrets):
        return term
    if isinstance(term, ox.NamedNode):
        return ox.NamedNode(replace_secrets(term.value, secrets))
    if term.language:
        return ox.Literal(replace_secrets(term.value, secrets), language=term.language)
    return ox.Literal(replace_secrets(term.value, secrets), datatype=term.datatype)
