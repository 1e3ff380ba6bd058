#!/usr/bin/env python3
"""The Python-equivalent floor of `npm run bench:merge`: for every .xlsx in a folder, open the zip
(zipfile) and parse with ElementTree the parts a merge reads -- the workbook, its relationships,
each worksheet with its relationships and tables, the shared strings and the core properties -- and
nothing more: no merge, no summary written. Prints wall and CPU time (ms) and peak resident memory
(MB) as JSON, the way scripts/bench-merge.js reports its own."""
import json
import os
import re
import resource
import sys
import time
import xml.etree.ElementTree as ET
import zipfile

NEEDED = re.compile(r"^(xl/(workbook|sharedStrings)\.xml|xl/_rels/workbook\.xml\.rels|xl/worksheets/[^/]+\.xml|xl/worksheets/_rels/[^/]+\.rels|xl/tables/[^/]+\.xml|_rels/\.rels|docProps/core\.xml)$")


def main(folder):
    t0 = time.perf_counter()
    elements = 0
    for name in sorted(os.listdir(folder)):
        with zipfile.ZipFile(os.path.join(folder, name)) as archive:
            for part in archive.namelist():
                if NEEDED.match(part):
                    elements += sum(1 for _ in ET.fromstring(archive.read(part)).iter())
    print(json.dumps({
        "ms": (time.perf_counter() - t0) * 1000,
        # Since the interpreter started, as the Node side counts its own.
        "cpuMs": time.process_time() * 1000,
        "peakRssMB": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
        "elements": elements,
    }))


if __name__ == "__main__":
    main(sys.argv[1])
