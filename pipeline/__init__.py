"""Deal Tracker: AI-infrastructure deals from the news, into DuckDB."""

__version__ = "0.1.0"
