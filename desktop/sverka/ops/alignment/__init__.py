"""Sentence alignment of translations with their originals, and its manual edits."""
