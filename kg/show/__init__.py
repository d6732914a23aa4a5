"""Show: a story as one offline HTML page (``kg show``, issue 14).

Input: RDF files or an embedded store, and what to show. Output: an HTML file (`kg.show.page`) drawing
the articles' events and entities (`kg.show.story`), written atomically.
"""
from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from kg.show.story import MAX_EVENTS, Cap


def show(data: Sequence[str | Path] = (), *, output: str | Path, store: str | Path | None = None,
         article: str | None = None, entity: str | None = None, max_events: int = MAX_EVENTS) -> Cap:
    """Write the page of the story of `data` or `store` (see `kg.show.story.read_story`) to `output`;
    returns how much of it is drawn. `store` ``""`` is the default store (``--store`` without a path).

    Raises as `read_story` does, and InputError when `output` cannot be written (no file is left
    half-written: `kg.rdf.write.write_atomically`).
    """
    from kg.rdf.write import write_atomically
    from kg.show.page import render_page
    from kg.show.story import read_story
    from kg.store.embedded import store_path

    story = read_story(data, store=store_path(store) if store is not None else None, article=article, entity=entity, max_events=max_events)
    page = render_page(story).encode("utf-8")
    write_atomically(Path(output), lambda out: out.write(page))
    return story.cap
