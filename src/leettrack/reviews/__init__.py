"""FSRS spaced-repetition reviews."""
