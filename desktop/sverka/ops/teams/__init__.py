"""Team work: merging annotators' copies, agreement, adjudication (gold), resolving labels,
the PostgreSQL team server and the dashboard's numbers."""
