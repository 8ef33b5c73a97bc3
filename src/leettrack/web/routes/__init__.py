"""Page routes, one module per area of the app; `web/pages.py` includes each."""
