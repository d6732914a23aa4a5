"""Reports of an `Evaluation` (`kg eval`): readable tables with the missed and spurious items, JSON, and
kg-score's SUMMARY line, figure for figure."""
from __future__ import annotations

import json
from collections.abc import Iterable, Sequence

from kg.evaluate.score import Evaluation, Score, Section
from kg.store.results import QueryResult, to_table


def summary_line(evaluation: Evaluation, core: bool = False) -> str:
    """kg-score's last line, figure for figure (with `core`, as ``kg-score --core`` prints it).

    >>> summary_line(Evaluation(articles=()))
    'SUMMARY articles=0 entity_recall=1.00 entity_precision=1.00 role_recall=1.00 event_recall=1.00 event_precision=1.00 errors=0'
    >>> summary_line(Evaluation(articles=()), core=True).split(" errors=0 ")[1]
    'core_recall=1.00 core_precision=1.00'
    """
    e, r, v, c = evaluation.entities.total, evaluation.roles.total, evaluation.events.total, evaluation.core
    line = (f"SUMMARY articles={len(evaluation.articles)} entity_recall={e.recall:.2f} "
            f"entity_precision={e.precision:.2f} role_recall={r.recall:.2f} event_recall={v.recall:.2f} "
            f"event_precision={v.precision:.2f} errors={len(evaluation.errors)}")
    return line + (f" core_recall={c.recall:.2f} core_precision={c.precision:.2f}" if core else "")


def _figure(numerator: int, denominator: int) -> str:
    return f"{numerator / denominator:.2f} ({numerator}/{denominator})" if denominator else "-"


def _table(columns: Sequence[str], rows: Iterable[Sequence[str]]) -> str:
    return to_table(QueryResult(tuple(columns), tuple(tuple(row) for row in rows)))


def render_text(evaluation: Evaluation, core: bool = False) -> str:
    """A readable report: per-article and per-type tables, the missed and spurious items, the SUMMARY line
    (with `core`, the events matched on type, agent and target alone too)."""
    def cells(section: Section) -> list[str]:
        s = section.total
        return [_figure(s.found, s.gold), _figure(s.matched, s.extracted)]

    out = []
    rows = [[a.id, *cells(a.entities), *cells(a.roles), *cells(a.events), a.error or ""]
            for a in evaluation.articles]
    rows.append(["total (micro)", *cells(evaluation.entities), *cells(evaluation.roles),
                 *cells(evaluation.events), f"{len(evaluation.errors)} error(s)"])
    out.append(_table(["article", "entity recall", "entity precision", "role recall", "role precision",
                       "event recall", "event precision", "error"], rows))
    for title, section in (("entity type", evaluation.entities), ("event type", evaluation.events)):
        out.append(_table([title, "gold", "recall", "extracted", "precision"],
                          [[name or "(none)", str(s.gold), _figure(s.found, s.gold), str(s.extracted),
                            _figure(s.matched, s.extracted)] for name, s in section.by_type]))
    for article in evaluation.articles:
        lines = [f"== {article.id} ({article.gold_path}, {article.article_path})"]
        if article.error:
            lines.append(f"   error: {article.error}")
        for kind, section in (("entity", article.entities), ("role", article.roles), ("event", article.events)):
            for item in section.missed:
                lines.append(f"   missed {kind}: {item.type}: {item.text}  [{item.where}]")
                if item.hint:
                    lines.append(f"      {item.hint}")
            for item in section.spurious:
                where = f"  [{item.where}]" if item.where else ""
                lines.append(f"   spurious {kind}: {item.type}: {item.text}{where}")
        out.append("\n".join(lines) + "\n")
    out += [f"warning: {warning}\n" for warning in evaluation.warnings]
    if core:
        c = evaluation.core
        out.append(f"core events (type, agent and target only): recall {_figure(c.found, c.gold)}, "
                   f"precision {_figure(c.matched, c.extracted)}\n")
    out.append(summary_line(evaluation, core) + "\n")
    return "\n".join(out)


def _score_json(score: Score) -> dict:
    return {"gold": score.gold, "found": score.found, "extracted": score.extracted, "matched": score.matched,
            "recall": round(score.recall, 4), "precision": round(score.precision, 4)}


def _section_json(section: Section, items: bool) -> dict:
    data = _score_json(section.total)
    data["by_type"] = {name: _score_json(score) for name, score in section.by_type}
    if items:
        data["missed"] = [{"type": i.type, "text": i.text, "where": i.where, "hint": i.hint}
                          for i in section.missed]
        data["spurious"] = [{"type": i.type, "text": i.text, "where": i.where} for i in section.spurious]
    return data


def render_json(evaluation: Evaluation) -> str:
    """The evaluation as JSON with sorted keys (the same input gives the same text), and a newline.

    Top level: ``articles`` (each with its sections and item lists), ``totals``
    (micro-averaged, per type) and ``summary`` (kg-score's SUMMARY figures).
    """
    sections = ("entities", "roles", "events")
    e, r, v = (getattr(evaluation, name).total for name in sections)
    data = {
        "articles": [{"id": a.id, "gold": a.gold_path, "article": a.article_path, "error": a.error,
                      **{name: _section_json(getattr(a, name), True) for name in sections}}
                     for a in evaluation.articles],
        "totals": {name: _section_json(getattr(evaluation, name), False) for name in sections},
        "summary": {"articles": len(evaluation.articles), "errors": len(evaluation.errors),
                    "entity_recall": round(e.recall, 4), "entity_precision": round(e.precision, 4),
                    "role_recall": round(r.recall, 4), "role_precision": round(r.precision, 4),
                    "event_recall": round(v.recall, 4), "event_precision": round(v.precision, 4),
                    "core_recall": round(evaluation.core.recall, 4),
                    "core_precision": round(evaluation.core.precision, 4)},
        "warnings": list(evaluation.warnings),
    }
    return json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False) + "\n"
