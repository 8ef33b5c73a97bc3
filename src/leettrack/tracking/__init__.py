"""What a learner did, stored once: a status per (user, question) and the activity events.

The lowest of the learner's rooms: `paths` reads it to show the caller's status in a path,
`progress` writes it and builds its views on it. It imports no other domain.
"""
