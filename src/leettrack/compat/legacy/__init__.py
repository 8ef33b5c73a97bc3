"""The LeetTrack 1.x Flask API, as its Next.js frontend calls it, under /legacy."""
