"""The page ``kg show`` writes: one self-contained HTML file that opens offline.

Input: a `kg.show.story.Story`. Output: the HTML text, made from the packaged template
(``assets/page.html``) with the style, the drawing library (Cytoscape.js, ``assets/cytoscape.min.js``,
MIT), the page's script (``assets/show.js``) and the story as JSON inlined: no network, no CDN.

The template marks where each part goes with ``<!--kg:NAME-->``; the parts are put in one pass, so
nothing inlined is read again for markers. Inlined text cannot end its element early: ``</`` is written
``<\\/`` in the JSON (the same string to JSON.parse), and a script or style holding ``</script`` or
``</style`` is refused (`ResourceError`), which the packaged files never hold.
"""
from __future__ import annotations

import html
import json
import re

from kg.errors import ResourceError
from kg.resources import show_asset
from kg.show.story import Story

_MARKER = re.compile(r"<!--kg:([a-z]+)-->")


def story_json(story: Story) -> str:
    """The story as the page's script reads it (compact JSON, keys in a fixed order)."""
    data = {
        "title": story.title,
        "focus": story.focus,
        "cap": {"limit": story.cap.limit, "eventsShown": story.cap.events_shown,
                "eventsTotal": story.cap.events_total, "articlesShown": story.cap.articles_shown,
                "articlesTotal": story.cap.articles_total},
        "articles": [{"id": a.iri, "headline": a.headline, "published": a.published, "events": a.events}
                     for a in story.articles],
        "entities": [{"id": e.iri, "type": e.type, "label": e.label, "aliases": list(e.aliases),
                      "roles": list(e.roles), "code": e.code, "geonames": e.geonames} for e in story.entities],
        "events": [{"id": e.iri, "article": e.article, "type": e.type, "status": e.status, "date": e.date,
                    "trigger": e.trigger, "text": e.text, "amount": e.amount, "count": e.count,
                    "slots": {slot: list(iris) for slot, iris in e.slots}} for e in story.events],
    }
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).replace("</", "<\\/")


def render_page(story: Story) -> str:
    """The page's HTML text.

    Raises ResourceError when a packaged asset is missing or would end its element early.
    """
    parts = {
        "title": html.escape(f"{story.title} - kg show"),
        "style": _inline(show_asset("show.css"), "style"),
        "library": _inline(show_asset("cytoscape.min.js"), "script"),
        "script": _inline(show_asset("show.js"), "script"),
        "data": story_json(story),
    }
    return _MARKER.sub(lambda match: parts[match.group(1)], show_asset("page.html"))


def _inline(text: str, element: str) -> str:
    if f"</{element}" in text.lower():
        raise ResourceError(None, f"a packaged page asset holds '</{element}', which would end its element",
                            "reinstall news-kg")
    return text
