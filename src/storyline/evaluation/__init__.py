"""Scoring the pipeline against the hand-annotated gold sets in ``eval/gold/``."""
