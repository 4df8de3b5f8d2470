"""Reading customer and order files into :class:`RawTable` s, never changing the source."""
