"""Development-only introspection routes under /api/v1/debug (administrators only)."""
