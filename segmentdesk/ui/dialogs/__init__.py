"""SegmentDesk user interface (PySide6): a thin layer over segmentdesk.core."""
