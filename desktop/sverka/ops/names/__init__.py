"""Name mentions and entities: detection, curation commands, queries."""
