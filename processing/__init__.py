"""Trygghet's Processing provider and algorithms."""
