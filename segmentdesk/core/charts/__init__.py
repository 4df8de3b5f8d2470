"""Charts as drawing functions: ``draw_x(fig, data, *, lang, theme)`` onto a matplotlib Figure.

Qt-free and pyplot-free: a function draws onto the Figure it is given (the window's canvas, or an
Agg figure in a test or a report) and never touches matplotlib's global state.  Colours come
from a :class:`~.style.Theme` the caller passes; numbers and dates are written by
:mod:`segmentdesk.core.formats` in the language passed.
"""
