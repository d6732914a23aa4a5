"""`kg.read.html`: web pages read through trafilatura, offline, without XML entities."""
from __future__ import annotations

import socket
from datetime import date
from pathlib import Path

import pytest

from kg.errors import InputError
from kg.read.html import read_html
from kg.pipeline import build_graph, extract_facts, validate_graph

PAGE = Path(__file__).parent.parent / "data" / "html" / "lagos-protest.html"


@pytest.fixture
def no_network(monkeypatch):
    """Any attempt to open a socket fails the test: reading a page must never fetch."""

    def refuse(*args, **kwargs):
        raise AssertionError("kg.read.html tried to open a network connection")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)


def test_html_main_text_and_metadata_without_scripts_styles_or_navigation(no_network):
    article = read_html(PAGE.read_bytes(), where=str(PAGE), article_id="lagos-protest")

    assert article.headline == "Protesters march in Lagos"
    assert article.published == date(2021, 3, 2)
    assert article.url == "https://news.example.org/2021/03/02/lagos-protest"
    assert article.dateline == "LAGOS, Nigeria"
    assert "Amnesty International" in article.text
    for unwanted in ("MUST-NOT-APPEAR", "trackingScript", "font-family", "Home", "Copyright"):
        assert unwanted not in article.text


def test_html_article_converts_to_a_conforming_graph(no_network):
    article = read_html(PAGE.read_bytes(), where=str(PAGE), article_id="lagos-protest")
    facts = extract_facts(article)

    assert {e.label for e in facts.entities} >= {"Lagos", "Muhammadu Buhari"}
    assert validate_graph(build_graph(facts)).conforms


def test_html_published_option_overrides_the_page_date():
    article = read_html(PAGE.read_bytes(), where="p.html", article_id="p", published=date(2021, 3, 5))

    assert article.published == date(2021, 3, 5)


@pytest.mark.parametrize(("data", "problem"), [
    (b"", "is empty"),
    (b'<?xml version="1.0"?><!DOCTYPE html [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
     b"<html><body><p>&xxe;</p></body></html>", "declares XML entities"),
    (b"<html><head><title>Nothing</title></head><body><script>var a = 1;</script></body></html>",
     "has no main text"),
])
def test_html_rejects_unusable_pages(data, problem, no_network):
    with pytest.raises(InputError, match=problem) as raised:
        read_html(data, where="page.html", article_id="page", published=date(2021, 3, 2))
    assert raised.value.where == "page.html"


def test_html_without_a_date_asks_for_published():
    page = b"\n".join(line for line in PAGE.read_bytes().splitlines()
                       if b"published_time" not in line and b"canonical" not in line)

    with pytest.raises(InputError, match="no publication date.*--published"):
        read_html(page, where="page.html", article_id="page")
