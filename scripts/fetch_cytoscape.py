"""Fetch the pinned Cytoscape.js that ``kg show`` inlines into its pages, once, from the npm registry.

A developer-time script (standard library only); its output is committed, so ``kg show`` needs no
network::

    python scripts/fetch_cytoscape.py            # writes kg/show/assets/cytoscape.min.js, LICENSE-cytoscape.txt

The tarball's sha256 is pinned here: another file (a changed release, a proxy's answer) is refused
before anything is written. To move to another release, change `VERSION` and `SHA256` together
(``curl -s https://registry.npmjs.org/cytoscape/-/cytoscape-X.tgz | sha256sum``), run the script, and
review what it wrote; ``tests/show/test_assets.py`` checks the committed files against the version.
"""
from __future__ import annotations

import argparse
import hashlib
import io
import sys
import tarfile
import urllib.request
from pathlib import Path

VERSION = "3.35.0"
SHA256 = "058a81a7534777ea68dc737e9b77bd5b701e00acd9bee246245a576eeeac32e6"
URL = f"https://registry.npmjs.org/cytoscape/-/cytoscape-{VERSION}.tgz"
ASSETS = Path(__file__).resolve().parent.parent / "kg" / "show" / "assets"
FILES = {"package/dist/cytoscape.min.js": "cytoscape.min.js", "package/LICENSE": "LICENSE-cytoscape.txt"}


def fetch(url: str = URL) -> bytes:
    """The tarball's bytes, refused unless their sha256 is the pinned one."""
    with urllib.request.urlopen(url, timeout=60) as answer:
        data = answer.read()
    digest = hashlib.sha256(data).hexdigest()
    if digest != SHA256:
        raise SystemExit(f"error: {url}: sha256 {digest}, expected {SHA256}; nothing written")
    return data


def main(argv=None) -> int:
    """Fetch, check and unpack the two files into `ASSETS` (or ``--out``)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, default=ASSETS, help="where to write the files")
    args = parser.parse_args(argv)
    data = fetch()
    args.out.mkdir(parents=True, exist_ok=True)
    with tarfile.open(fileobj=io.BytesIO(data), mode="r:gz") as archive:
        for member, name in FILES.items():
            content = archive.extractfile(member).read()
            if name.endswith(".js"):
                header = f"/* Cytoscape.js {VERSION} (MIT licence: LICENSE-cytoscape.txt), {URL} */\n"
                content = header.encode() + content
            (args.out / name).write_bytes(content)
    print(f"cytoscape {VERSION}: {', '.join(FILES.values())} written to {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
