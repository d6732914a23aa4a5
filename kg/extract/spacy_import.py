"""Importing spaCy without its command line, and a faster look-up of its registries' entry points.

``spacy/__init__.py`` imports ``spacy.cli.info`` for one function, ``spacy.info``, and with it the
package ``spacy.cli``: every spaCy command and what they use (weasel, httpx, requests, rich,
jinja2, ...), ~0.16 s, a third of spaCy's import. Extraction runs none of them.

`defer_spacy_cli`, called by ``kg/extract/__init__.py`` before any module of the extract stage
imports spaCy, lets two stand-ins take the names ``spacy.cli`` and ``spacy.cli.info`` while spaCy
is imported: ``spacy.info`` calls the real function, and the first use of anything else of
``spacy.cli`` (``spacy.cli.download``, ``from spacy.cli import ...``) imports the real package in
place of the stand-ins. Nothing spaCy loads or computes changes; a process that imported spaCy
before is left as it is.

`index_entry_points`: see there.
"""
from __future__ import annotations

import importlib
import importlib.util
import sys
import types
from pathlib import Path

CLI = "spacy.cli"
INFO = "spacy.cli.info"


class DeferredCli(types.ModuleType):
    """A stand-in for ``spacy.cli`` (or ``spacy.cli.info``): any attribute it lacks is looked up
    in the real package, imported on that first use."""

    def __getattr__(self, name: str):
        if name.startswith("__") and name.endswith("__"):  # tools probing modules: no import for them
            raise AttributeError(name)
        real = real_cli()
        if self.__name__ == INFO:
            return getattr(sys.modules[INFO], name)
        return getattr(real, name)


def real_cli() -> types.ModuleType:
    """The real ``spacy.cli``, imported in place of the stand-ins the first time it is needed."""
    for name in (INFO, CLI):
        if isinstance(sys.modules.get(name), DeferredCli):
            del sys.modules[name]
    module = importlib.import_module(CLI)
    spacy = sys.modules.get("spacy")
    if spacy is not None and isinstance(getattr(spacy, "cli", None), DeferredCli):
        spacy.cli = module
    return module


def _info(*args, **kwargs):
    """``spacy.info``: the real one, from the real ``spacy.cli``."""
    real_cli()
    return sys.modules[INFO].info(*args, **kwargs)


def defer_spacy_cli() -> None:
    """Import spaCy with the stand-ins in place of ``spacy.cli`` (see the module's doc), unless
    spaCy is imported already or is not where the stand-ins expect it."""
    if "spacy" in sys.modules or CLI in sys.modules or INFO in sys.modules:
        return
    spec = importlib.util.find_spec("spacy")
    if spec is None or not spec.submodule_search_locations:
        return
    cli_dir = Path(next(iter(spec.submodule_search_locations))) / "cli"
    if not (cli_dir / "__init__.py").is_file() or not (cli_dir / "info.py").is_file():
        return
    package = DeferredCli(CLI, "spaCy's command line, imported when first used (kg.extract.spacy_import).")
    package.__path__ = [str(cli_dir)]  # a submodule imported by name still loads from the real folder
    package.__package__ = CLI
    info = DeferredCli(INFO)
    info.__package__ = CLI
    info.info = _info
    package.info = _info
    sys.modules[CLI] = package
    sys.modules[INFO] = info
    try:
        import spacy
    except BaseException:
        for name in (INFO, CLI):
            if isinstance(sys.modules.get(name), DeferredCli):
                del sys.modules[name]
        raise
    if not hasattr(spacy, "cli"):  # `import spacy.cli` then `spacy.cli.x` finds the stand-in, and through it the real one
        spacy.cli = package


def index_entry_points() -> None:
    """Group catalogue's table of the installed packages' entry points by group, once.

    Trade: spaCy's registries (catalogue) look each function name up among the entry points of its
    group, and catalogue keeps all of them in one table whose ``select(group=...)`` reads every
    entry of every group each time: ~190 look-ups while the model loads, ~0.03 s. catalogue itself
    reads a dict of group -> entry points where it finds one (``Registry._get_entry_points``, kept
    for older Pythons), so it is given that dict: the same entry points, in the same order, for
    every group.
    """
    try:
        import catalogue
    except ImportError:
        return
    available = getattr(catalogue, "AVAILABLE_ENTRY_POINTS", None)
    if available is None or not hasattr(available, "select"):  # already a dict of groups, or unknown
        return
    if isinstance(available, dict):  # Python 3.11: SelectableGroups, a dict by group (its own methods warn)
        entries = [entry for group in dict.values(available) for entry in group]
    else:  # Python 3.12+: EntryPoints, a tuple
        entries = list(available)
    grouped: dict[str, list] = {}
    for entry in entries:
        grouped.setdefault(entry.group, []).append(entry)
    catalogue.AVAILABLE_ENTRY_POINTS = grouped
