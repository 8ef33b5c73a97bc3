"""Python exercises, runs, submissions and progress."""
