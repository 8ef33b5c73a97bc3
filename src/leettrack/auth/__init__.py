"""Accounts: registration, login, rotating refresh tokens, logout."""
