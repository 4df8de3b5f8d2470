"""Segments: rules as a small boolean tree, their JSON form, evaluation to masks, and words."""
