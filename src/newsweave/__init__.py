"""newsweave: from news articles to the actors, events, quotes and claims they describe."""

__version__ = "0.1.0"
