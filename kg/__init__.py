"""kg: a knowledge-graph builder for Chinese news.

Stages, one module each: ``ingest -> nlp -> resolve -> graph -> export``.
"""

__version__ = "0.1.0"
