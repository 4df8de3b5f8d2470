"""SegmentDesk: customer segmentation for small shops, offline."""

__version__ = "0.1.0"
