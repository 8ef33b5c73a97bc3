"""The Python Learning Portal's API (python-portal-types and its services) under /api."""
