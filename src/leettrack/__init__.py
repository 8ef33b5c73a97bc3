"""LeetTrack: a self-hostable backend for deliberate coding practice."""

__version__ = "0.1.0"
