"""The spaCy pipeline and its veille components: entities, quotes, dates, events, stances."""
