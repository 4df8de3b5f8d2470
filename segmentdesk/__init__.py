"""SegmentDesk: customer segmentation for small shops, offline."""
from __future__ import annotations


def __getattr__(name: str) -> str:
    # The version has one source, pyproject.toml (segmentdesk.build_info reads it); looked up only when asked.
    if name == "__version__":
        from .build_info import build_info
        return build_info().version
    raise AttributeError(f"module 'segmentdesk' has no attribute {name!r}")
