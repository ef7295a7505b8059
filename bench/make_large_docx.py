#!/usr/bin/env python3
"""Writes a large Word document for measuring the .docx reader: the Velmar draft under review
(tracked changes, a table, fields, a comment) repeated N times. Usage: bench/make_large_docx.py OUT.docx [COPIES]"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "fixtures", "docx"))
import make_fixtures  # noqa: E402
from wordml import write_docx  # noqa: E402


def main():
    out = sys.argv[1]
    copies = int(sys.argv[2]) if len(sys.argv) > 2 else 2000
    blocks = []
    for _ in range(copies):
        blocks.extend(make_fixtures.velmar())
    write_docx(out, blocks)


if __name__ == "__main__":
    main()
