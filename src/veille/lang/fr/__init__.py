"""French: the language veille knows best."""
