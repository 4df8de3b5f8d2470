"""Exports of segment members: Excel workbooks and CSVs for email tools."""
