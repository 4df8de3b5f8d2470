"""Qt-free heart of SegmentDesk: reading files, datasets, segments, exports and projects."""
