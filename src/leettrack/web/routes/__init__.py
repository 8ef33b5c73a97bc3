"""Page routes, one module per area of the app; `web/router.py` includes each."""
