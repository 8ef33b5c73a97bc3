"""Per-question progress and statistics."""
