"""The analysis pipeline: spaCy, then actors, quotes and events, each a registered step."""
