"""Labels on sentences: tagging, schemas and their editing, annotation sessions."""
