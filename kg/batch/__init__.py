"""Batch: convert many articles with workers, progress, sinks (directory, stream, store) and the resume manifest."""
