"""Cross-cutting pieces: envelope and errors, security, middleware, logging."""
