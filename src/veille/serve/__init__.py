"""The REST API and the web UI over the store (`veille serve`)."""
