"""Translation review: post-edits of translated sentences and MQM error annotations."""
