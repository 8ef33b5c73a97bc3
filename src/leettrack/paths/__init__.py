"""Learning paths and enrolment."""
