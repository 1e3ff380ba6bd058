"""Reads a workbook as an analyst's Python does: openpyxl with stored values (data_only), and pandas.

Prints JSON: {"openpyxl": {sheet: {ref: value}}, "pandas": {sheet: {"columns": [...], "data": [[...]]}}}.
Dates become ISO strings. Run with Debian's /usr/bin/python3 (python3-openpyxl, python3-pandas).
"""
import datetime
import json
import math
import sys

import openpyxl
import pandas


def plain(v):
    if isinstance(v, (datetime.datetime, datetime.date)):
        return v.isoformat()[:10]
    if isinstance(v, float) and math.isnan(v):
        return None
    if hasattr(v, "item"):
        return plain(v.item())
    return v


path = sys.argv[1]
book = openpyxl.load_workbook(path, data_only=True)
cells = {}
for ws in book.worksheets:
    cells[ws.title] = {c.coordinate: plain(c.value) for row in ws.iter_rows() for c in row if c.value is not None}
frames = {}
for name, df in pandas.read_excel(path, sheet_name=None, engine="openpyxl").items():
    frames[name] = {"columns": [str(c) for c in df.columns], "data": [[plain(v) for v in row] for row in df.itertuples(index=False)]}
json.dump({"openpyxl": cells, "pandas": frames}, sys.stdout, ensure_ascii=False)
