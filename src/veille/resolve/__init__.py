"""Canonical identities across articles: name variants, languages, places, knowledge base."""
