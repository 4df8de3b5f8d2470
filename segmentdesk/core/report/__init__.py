"""The client report: a PDF (A4, fonts embedded) of the shop's segments for a client to keep.

:func:`.report_pdf.write_report` is the whole action (the window's worker and ``segmentdesk-cli
report`` call it): :mod:`.report_content` works out the figures, :mod:`.report_pages` lays them out
on pages with the chart functions of :mod:`segmentdesk.core.charts`, :mod:`.report_words` holds the
words in Finnish and English.  Aggregates only: no customer's name, email, phone or address.
"""
