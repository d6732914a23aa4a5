"""`kg serve`: run the Oxigraph SPARQL server, with its query page, over the embedded store.

Input: a store directory and a ``host:port`` to listen on. Output: the
process becomes ``oxigraph serve --location PATH --bind ADDR
--union-default-graph`` (or ``serve-read-only``), so signals and the exit
code are the server's own.

While a server that takes updates runs, a file in the store (``kg-serve.json``: its
address and process id, which ``exec`` keeps) lets a command that cannot open the
store for writing name that server (`running_server`); a read-only server holds
no lock and writes none.

The server is the ``oxigraph`` executable from the ``oxigraph`` PyPI
package, a dependency of news-kg, which installs it as a script beside the
Python interpreter. ``--union-default-graph`` makes queries see all article
graphs, as ``kg query --store`` does. It serves SPARQL 1.1 Query, Update
and the Graph Store Protocol at ``/query``, ``/update`` and ``/store``, the
layout ``kg load --endpoint`` expects.
"""
from __future__ import annotations

import errno
import importlib.metadata
import ipaddress
import json
import os
import shutil
import socket
import subprocess
import sys
import sysconfig
from dataclasses import dataclass
from pathlib import Path

from kg.errors import InputError, StoreError, UsageError
from kg.rdf.write import process_running, write_atomically

DEFAULT_BIND = "127.0.0.1:7878"

SERVER_FILE = "kg-serve.json"
"""The file in a store that names the `kg serve` holding it: ``{"url": ..., "pid": ...}``."""


def oxigraph_executable() -> Path:
    """The ``oxigraph`` server executable the ``oxigraph`` package installed.

    Looked up in the package's installed file list, then in this Python's
    scripts directory, then on ``PATH``.

    Raises StoreError when it is not installed.
    """
    names = {"oxigraph", "oxigraph.exe"}
    try:
        distribution = importlib.metadata.distribution("oxigraph")
        for file in distribution.files or ():
            if file.name in names:
                located = Path(distribution.locate_file(file)).resolve()
                if located.is_file():
                    return located
    except importlib.metadata.PackageNotFoundError:
        pass
    for directory in (sysconfig.get_path("scripts"), str(Path(sys.executable).parent)):
        for name in names:
            candidate = Path(directory) / name
            if candidate.is_file():
                return candidate
    found = shutil.which("oxigraph")
    if found:
        return Path(found)
    raise StoreError(None, "the oxigraph server is not installed",
                     "install news-kg's dependencies (pip install -e .), which include the oxigraph package")


def check_bind(bind: str) -> tuple[str, int]:
    """`bind` (``host:port``, ``[v6]:port``) as host and port.

    >>> check_bind("127.0.0.1:7878"), check_bind("[::1]:8000")
    (('127.0.0.1', 7878), ('::1', 8000))

    Raises UsageError for anything else.
    """
    host, sep, port = bind.rpartition(":")
    host = host[1:-1] if host.startswith("[") and host.endswith("]") else host
    if not sep or not host or not port.isdigit() or not 0 < int(port) < 65536:
        raise UsageError("--bind", f"{bind!r} is not host:port", "e.g. 127.0.0.1:7878")
    return host, int(port)


def check_port(bind: str) -> None:
    """Raise StoreError, naming the address asked for, when nothing could listen on `bind` now: a port
    another program listens on, an address this machine does not have, a port it may not use.

    Tried by listening there for a moment, as the server will (``SO_REUSEADDR``, as Rust's
    ``TcpListener`` sets it on Unix, so a connection closing on the port is no obstacle).
    """
    host, port = check_bind(bind)
    try:
        family, kind, proto, _, address = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)[0]
    except socket.gaierror as error:
        raise StoreError(f"--bind {bind}", f"cannot listen there: {error.strerror}",
                         "give an address of this machine, e.g. --bind 127.0.0.1:7878") from None
    with socket.socket(family, kind, proto) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind(address)
            probe.listen()
        except OSError as error:
            if error.errno == errno.EADDRINUSE:
                other = f"[{host}]" if ":" in host else host
                raise StoreError(f"--bind {bind}", f"port {port} is in use by another program",
                                 f"stop it, or give another port, e.g. --bind {other}:{port % 65535 + 1}") from None
            raise StoreError(f"--bind {bind}", f"cannot listen there: {error.strerror or error}",
                             "give an address of this machine and a port above 1023, "
                             "e.g. --bind 127.0.0.1:7878") from None


def server_url(bind: str) -> str:
    """The base URL by which this machine reaches a server listening on `bind`, for ``--endpoint``.

    >>> server_url("127.0.0.1:9999"), server_url("0.0.0.0:7878"), server_url("[::]:80"), server_url("[::1]:80")
    ('http://127.0.0.1:9999', 'http://127.0.0.1:7878', 'http://[::1]:80', 'http://[::1]:80')

    Raises UsageError for a bad `bind` (see `check_bind`).
    """
    host, port = check_bind(bind)
    loopback = {"0.0.0.0": "127.0.0.1", "::": "::1"}.get(host, host)  # every address: reach it on loopback
    return f"http://[{loopback}]:{port}" if ":" in loopback else f"http://{loopback}:{port}"


@dataclass(frozen=True)
class RunningServer:
    """The `kg serve` that holds a store: where it answers and its process."""

    url: str
    pid: int


def running_server(location: Path) -> RunningServer | None:
    """The `kg serve` that the store at `location` names as holding it, if that process still runs.

    None when no server was recorded, its file cannot be read, or its process is gone.
    """
    try:
        recorded = json.loads((location / SERVER_FILE).read_text(encoding="utf-8"))
        url, pid = str(recorded["url"]), int(recorded["pid"])
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return RunningServer(url, pid) if process_running(pid) else None


def record_server(location: Path, bind: str) -> None:
    """Write `SERVER_FILE` into the store at `location`: this process (about to become the server) on `bind`.

    Best effort: a store directory that cannot be written is the server's to report.
    """
    record = json.dumps({"url": server_url(bind), "pid": os.getpid()}).encode("utf-8")
    try:
        write_atomically(location / SERVER_FILE, lambda out: out.write(record))
    except InputError:
        pass  # the server, starting next, reports a store directory it cannot write


def is_loopback(host: str) -> bool:
    """Whether `host` is reachable from this machine only.

    >>> is_loopback("127.0.0.1"), is_loopback("localhost"), is_loopback("0.0.0.0")
    (True, True, False)
    """
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def server_command(location: Path, bind: str = DEFAULT_BIND, *, read_only: bool = False) -> list[str]:
    """The command line that serves the store at `location` on `bind`.

    Raises UsageError for a bad `bind` and StoreError when oxigraph is not installed.
    """
    check_bind(bind)
    mode = "serve-read-only" if read_only else "serve"
    return [str(oxigraph_executable()), mode, "--location", str(location), "--bind", bind,
            "--union-default-graph"]


def serve(location: Path, bind: str = DEFAULT_BIND, *, read_only: bool = False) -> int:
    """Become the server (POSIX ``exec``); elsewhere run it and return its exit code.

    A server that takes updates is recorded in the store first (`record_server`).

    Raises as `server_command`.
    """
    command = server_command(location, bind, read_only=read_only)
    if not read_only:
        record_server(location, bind)
    sys.stdout.flush()
    sys.stderr.flush()
    if os.name != "posix":
        return subprocess.call(command)
    os.execv(command[0], command)
    return 0  # reached only when exec is stubbed (tests): a real exec never returns


def exposure_warning(bind: str, *, read_only: bool = False) -> str | None:
    """A warning when `bind` lets other machines reach a server that takes updates; None on loopback.

    >>> exposure_warning("127.0.0.1:7878") is None
    True
    """
    host, _ = check_bind(bind)
    if is_loopback(host) or read_only:
        return None
    return (f"{bind} is reachable from other machines, and the server accepts updates without "
            "credentials; use --read-only, or put it behind a proxy that asks for them")
