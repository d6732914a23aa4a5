"""news-kg: read news articles and state their facts as validated RDF."""

__version__ = "0.1.0"
