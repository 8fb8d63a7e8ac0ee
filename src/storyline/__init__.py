"""storyline: who said what, who did what to whom, and when — traced to the sentence."""

__version__ = "0.1.0"
