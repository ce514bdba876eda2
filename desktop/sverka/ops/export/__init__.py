"""Datasets out: records built from field sets and written by one writer per format."""
