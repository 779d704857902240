"""The NLP stage: a spaCy ``Language`` whose steps are registered components."""
