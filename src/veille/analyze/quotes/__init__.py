"""Quotes: pairing quotation marks, reported speech, speakers (the `veille_quotes` component)."""
