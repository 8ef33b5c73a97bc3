"""Benchmarks: each compares LeetTrack with a floor measured in the same run."""
