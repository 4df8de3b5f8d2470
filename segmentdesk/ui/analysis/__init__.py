"""The window's analysis area: the segment builder and the analysis pages, one click apart."""
