"""Reads Word documents with python-docx, as another program would, and prints what it finds in
each as one JSON object: the title and language of its properties, its default language, each
paragraph's style name and text with whether it runs right to left, each table's header row,
each picture's descr, title and size, and each run's language and right-to-left mark.

Usage: python3 read_docx.py FILE.docx...
"""
import json
import sys

import docx
from docx.oxml.ns import qn


def paragraph(p):
    ppr = p._p.pPr
    return {
        "style": p.style.name if p.style is not None else None,
        "text": p.text,
        "bidi": ppr is not None and ppr.find(qn("w:bidi")) is not None,
        "runs": [run(r) for r in p.runs],
    }


def run(r):
    rpr = r._r.rPr
    lang = None if rpr is None else rpr.find(qn("w:lang"))
    fonts = None if rpr is None else rpr.find(qn("w:rFonts"))
    return {
        "text": r.text,
        "lang": None if lang is None else lang.get(qn("w:val")),
        "rtl": rpr is not None and rpr.find(qn("w:rtl")) is not None,
        "cs": None if fonts is None else fonts.get(qn("w:cs")),
        "eastAsia": None if fonts is None else fonts.get(qn("w:eastAsia")),
    }


def table(t):
    first = t.rows[0]._tr
    trpr = first.trPr
    return {
        "headerRepeats": trpr is not None and trpr.find(qn("w:tblHeader")) is not None,
        "header": [c.text for c in t.rows[0].cells],
        "rows": len(t.rows),
        "style": t.style.name if t.style is not None else None,
    }


def picture(shape):
    doc_pr = shape._inline.docPr
    return {
        "descr": doc_pr.get("descr"),
        "title": doc_pr.get("title"),
        "widthEmu": shape.width,
        "heightEmu": shape.height,
    }


def read(path):
    d = docx.Document(path)
    defaults = d.styles.element.find(qn("w:docDefaults"))
    lang = None
    size = None
    if defaults is not None:
        found = defaults.find(".//" + qn("w:lang"))
        lang = None if found is None else found.get(qn("w:val"))
        sz = defaults.find(".//" + qn("w:sz"))
        size = None if sz is None else int(sz.get(qn("w:val"))) / 2
    return {
        "title": d.core_properties.title,
        "language": d.core_properties.language,
        "defaultLanguage": lang,
        "bodySizePt": size,
        "paragraphs": [paragraph(p) for p in d.paragraphs],
        "tables": [table(t) for t in d.tables],
        "pictures": [picture(s) for s in d.inline_shapes],
        "headers": [p.text for s in d.sections for p in s.header.paragraphs],
        "footers": [p.text for s in d.sections for p in s.footer.paragraphs],
    }


print(json.dumps({path: read(path) for path in sys.argv[1:]}, ensure_ascii=False))
