"""`newswire eval`: measure the core against hand-annotated articles."""
