"""Getting articles in: reading files, segmenting, detecting languages, storing."""
