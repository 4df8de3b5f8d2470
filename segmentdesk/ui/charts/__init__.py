"""The window's chart canvas (:mod:`.chart_view`), which hosts core's drawing functions."""
