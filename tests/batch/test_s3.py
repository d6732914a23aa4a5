"""`kg convert` reading from and writing to S3 (issue 16: inputs and outputs as fsspec URLs), against a real
S3 API: moto's server, reached by s3fs through ``AWS_ENDPOINT_URL`` as any S3-compatible store is. The
articles read from a bucket give the bytes the same files give locally; an output directory in a bucket
gets one object per article and a marker per article (no rename on an object store), from which a re-run
resumes; one output file in a bucket is the bytes of the local one."""
from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

s3fs = pytest.importorskip("s3fs", reason="the cluster extra: pip install 'news-kg[cluster]'")
moto_server = pytest.importorskip("moto.server", reason="the test extra: pip install 'news-kg[test]'")

ARTICLES = Path(__file__).parent.parent / "data" / "articles"
NAMES = ("belarus-2020-09-21.txt", "voa-6202743.txt", "voa-8008998.txt")


@pytest.fixture(scope="module")
def s3():
    """A bucket `news` on a moto S3 server, its three articles under `in/`; the environment that reaches it."""
    server = moto_server.ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    env = dict(os.environ, AWS_ACCESS_KEY_ID="testing", AWS_SECRET_ACCESS_KEY="testing",
               AWS_DEFAULT_REGION="us-east-1", AWS_ENDPOINT_URL=f"http://{host}:{port}")
    fs = s3fs.S3FileSystem(key="testing", secret="testing", client_kwargs={"endpoint_url": env["AWS_ENDPOINT_URL"]})
    fs.mkdir("news")
    for name in NAMES:
        fs.put(str(ARTICLES / name), f"news/in/{name}")
    try:
        yield fs, env
    finally:
        server.stop()


def kg(env, *args) -> subprocess.CompletedProcess:
    return subprocess.run([str(Path(sys.executable).parent / "kg"), *map(str, args)], env=env, capture_output=True,
                          text=True, timeout=600)


@pytest.fixture(scope="module")
def local(tmp_path_factory):
    """The same three articles converted from local files: one file per article, and one N-Quads file."""
    folder = tmp_path_factory.mktemp("local")
    source = folder / "in"
    source.mkdir()
    for name in NAMES:
        (source / name).write_bytes((ARTICLES / name).read_bytes())
    assert kg(dict(os.environ), "convert", source, "-o", f"{folder / 'out'}/").returncode == 0
    assert kg(dict(os.environ), "convert", source, "-o", folder / "all.nq").returncode == 0
    return folder


def test_s3_articles_convert_to_the_bytes_of_local_files(s3, local):
    fs, env = s3
    done = kg(env, "convert", "s3://news/in/", "-o", "s3://news/out/")
    assert done.returncode == 0, done.stderr
    written = sorted(path for path in fs.find("news/out") if "/.kg-done/" not in path)
    assert [Path(path).name for path in written] == sorted(path.name for path in (local / "out").glob("*.ttl"))
    for path in written:
        assert fs.cat_file(path) == (local / "out" / Path(path).name).read_bytes(), path
    # one marker an article, the resume record of a store with no rename
    assert len([path for path in fs.find("news/out") if "/.kg-done/" in path]) == len(NAMES)


def test_s3_rerun_resumes_from_the_markers(s3, local):
    """A re-run writes again only the article whose object no longer is what was written; the others keep
    their objects (S3's LastModified, to the second: the runs are kept a second apart)."""
    fs, env = s3
    assert kg(env, "convert", "s3://news/in/", "-o", "s3://news/again/").returncode == 0
    objects = sorted(path for path in fs.find("news/again") if "/.kg-done/" not in path)
    spoiled, kept = objects[0], objects[1:]
    fs.pipe_file(spoiled, b"not what was written")
    fs.invalidate_cache()
    before = {path: fs.info(path)["LastModified"] for path in kept}
    time.sleep(1.5)
    again = kg(env, "convert", "s3://news/in/", "-o", "s3://news/again/")
    assert again.returncode == 0, again.stderr
    fs.invalidate_cache()
    assert fs.cat_file(spoiled) == (local / "out" / Path(spoiled).name).read_bytes()  # converted again
    assert {path: fs.info(path)["LastModified"] for path in kept} == before  # the others not written again


def test_s3_one_output_file_is_the_local_files_bytes(s3, local):
    fs, env = s3
    done = kg(env, "convert", "s3://news/in/", "-o", "s3://news/all.nq")
    assert done.returncode == 0, done.stderr
    assert fs.cat_file("news/all.nq") == (local / "all.nq").read_bytes()
