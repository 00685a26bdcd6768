#!/usr/bin/env python3
"""Helpers of make.sh, standard library only (no PIL).

  sheetshot.py keep BOOK.xlsx SHEET OUT.xlsx
      copies the workbook with every other sheet hidden and SHEET the active one, so that LibreOffice's PDF
      export prints SHEET alone (its own page setup: landscape, fit to width); formulas keep their references.
  sheetshot.py crop PAGE.ppm OUT.png DPI [MAX_WIDTH_PX] [MAX_HEIGHT_PX]
      crops a page rendered by pdftoppm to what is printed on it, without the page footer, with a small white
      border; MAX_WIDTH_PX and MAX_HEIGHT_PX (0 = no limit) keep the top-left of a sheet that is wider or longer.
  sheetshot.py fill BOOK.xlsx SHEET OUT.xlsx 'ROW TEXT|Header=value|Header=value' ...
      types values into a workbook as a user would before giving it back with --previous: on the row of SHEET that has
      a cell reading ROW TEXT, in the columns under those header texts (a value that reads as a number is a number).
"""
import re
import sys
import zipfile
import zlib
import struct


def keep(book, sheet, out):
    with zipfile.ZipFile(book) as zin:
        workbook = zin.read('xl/workbook.xml').decode('utf-8')
        names = [n.replace('&amp;', '&').replace('&apos;', "'") for n in re.findall(r'<sheet name="([^"]*)"', workbook)]
        if sheet not in names:
            sys.exit('sheetshot: no sheet "%s" in %s (it has: %s)' % (sheet, book, ', '.join(names)))
        index = names.index(sheet)
        tags = iter(range(len(names)))

        def hide(match):
            tag = re.sub(r'\sstate="[^"]*"', '', match.group(0))
            return tag if next(tags) == index else tag.replace('<sheet ', '<sheet state="hidden" ', 1)

        workbook = re.sub(r'<sheet [^>]*>', hide, workbook)
        view = '<workbookView activeTab="%d" firstSheet="%d"/>' % (index, index)
        if '<bookViews>' in workbook:
            workbook = re.sub(r'<bookViews>.*?</bookViews>', '<bookViews>' + view + '</bookViews>', workbook, flags=re.S)
        else:
            workbook = workbook.replace('<sheets>', '<bookViews>' + view + '</bookViews><sheets>', 1)
        with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as zout:
            for item in zin.infolist():
                data = workbook.encode('utf-8') if item.filename == 'xl/workbook.xml' else zin.read(item.filename)
                zout.writestr(item, data)


def sheet_part(zin, sheet):
    workbook = zin.read('xl/workbook.xml').decode('utf-8')
    rels = zin.read('xl/_rels/workbook.xml.rels').decode('utf-8')
    for tag in re.findall(r'<sheet [^>]*>', workbook):
        if unescape(re.search(r'name="([^"]*)"', tag).group(1)) == sheet:
            rid = re.search(r'r:id="([^"]*)"', tag).group(1)
            for rel in re.findall(r'<Relationship [^>]*>', rels):
                if 'Id="%s"' % rid in rel:
                    target = re.search(r'Target="([^"]*)"', rel).group(1)
                    return target.lstrip('/') if target.startswith('/') else 'xl/' + target
    sys.exit('sheetshot: no sheet "%s"' % sheet)


def unescape(text):
    return (text.replace('&lt;', '<').replace('&gt;', '>').replace('&quot;', '"').replace('&apos;', "'")
            .replace('&amp;', '&'))


def escape(text):
    return text.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')


def column_number(ref):
    n = 0
    for ch in re.match(r'[A-Z]+', ref).group(0):
        n = n * 26 + ord(ch) - 64
    return n


def fill(book, sheet, out, edits):
    with zipfile.ZipFile(book) as zin:
        part = sheet_part(zin, sheet)
        shared = []
        if 'xl/sharedStrings.xml' in zin.namelist():
            for si in re.findall(r'<si>(.*?)</si>', zin.read('xl/sharedStrings.xml').decode('utf-8'), re.S):
                shared.append(unescape(''.join(re.findall(r'<t[^>]*>(.*?)</t>', si, re.S))))
        xml = zin.read(part).decode('utf-8')

        def text(cell):
            value = re.search(r'<v>(.*?)</v>', cell)
            if 't="s"' in cell and value:
                return shared[int(value.group(1))]
            return unescape(''.join(re.findall(r'<t[^>]*>(.*?)</t>', cell, re.S))) or (value and value.group(1)) or ''

        def cells(row):
            return re.findall(r'<c r="[A-Z]+\d+"[^>]*?(?:/>|>.*?</c>)', row, re.S)

        rows = re.findall(r'<row r="\d+"[^>]*>.*?</row>', xml, re.S)
        for edit in edits:
            key, *pairs = edit.split('|')
            values = dict(pair.split('=', 1) for pair in pairs)
            header = next((r for r in rows if set(values) <= {text(c) for c in cells(r)}), None)
            target = next((r for r in rows if key in [text(c) for c in cells(r)]), None)
            if header is None or target is None:
                sys.exit('sheetshot: no header row with %s or no row with "%s" on %s' % (sorted(values), key, sheet))
            columns = {text(c): re.match(r'<c r="([A-Z]+)', c).group(1) for c in cells(header)}
            row_number = re.match(r'<row r="(\d+)"', target).group(1)
            by_column = {column_number(re.match(r'<c r="([A-Z]+)', c).group(1)): c for c in cells(target)}
            for name, value in values.items():
                ref = columns[name] + row_number
                style = re.search(r' s="\d+"', by_column.get(column_number(ref), '')) or None
                style = style.group(0) if style else ''
                if re.fullmatch(r'-?\d+(\.\d+)?', value):
                    cell = '<c r="%s"%s t="n"><v>%s</v></c>' % (ref, style, value)
                else:
                    cell = '<c r="%s"%s t="inlineStr"><is><t>%s</t></is></c>' % (ref, style, escape(value))
                by_column[column_number(ref)] = cell
            start = re.match(r'<row r="\d+"[^>]*>', target).group(0)
            updated = start + ''.join(by_column[k] for k in sorted(by_column)) + '</row>'
            xml = xml.replace(target, updated, 1)
            rows[rows.index(target)] = updated
        with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as zout:
            for item in zin.infolist():
                zout.writestr(item, xml.encode('utf-8') if item.filename == part else zin.read(item.filename))


def read_ppm(path):
    with open(path, 'rb') as f:
        data = f.read()
    fields, pos = [], 0
    while len(fields) < 4:                      # P6 width height maxval, then one whitespace byte
        while data[pos:pos + 1].isspace():
            pos += 1
        end = pos
        while not data[end:end + 1].isspace():
            end += 1
        fields.append(data[pos:end])
        pos = end
    if fields[0] != b'P6' or fields[3] != b'255':
        sys.exit('sheetshot: %s is not an 8-bit P6 PPM' % path)
    return int(fields[1]), int(fields[2]), data[pos + 1:]


def crop(ppm, out, dpi, max_width=0, max_height=0):
    width, height, pixels = read_ppm(ppm)
    stride = width * 3
    white = b'\xff' * stride
    # the footer (sheet name, page number) sits in the bottom 0.6 inch of the page; nothing else is printed there
    last = height - int(0.6 * dpi)
    rows = [y for y in range(last) if pixels[y * stride:(y + 1) * stride] != white]
    if not rows:
        sys.exit('sheetshot: %s is blank' % ppm)
    top, bottom = rows[0], rows[-1]
    left, right = width, 0
    for y in rows:
        line = pixels[y * stride:(y + 1) * stride]
        stripped = line.rstrip(b'\xff')
        right = max(right, (len(stripped) + 2) // 3 - 1)
        lead = len(line) - len(line.lstrip(b'\xff'))
        left = min(left, lead // 3)
    pad = 12
    x0, y0 = max(0, left - pad), max(0, top - pad)
    x1, y1 = min(width, right + 1 + pad), min(height, bottom + 1 + pad)
    if max_width:
        x1 = min(x1, x0 + max_width)
    if max_height:
        y1 = min(y1, y0 + max_height)
    w, h = x1 - x0, y1 - y0
    lines = [pixels[y * stride + x0 * 3:y * stride + x1 * 3] for y in range(y0, y1)]
    write_png(out, w, h, lines)
    print('%s: %d x %d px' % (out, w, h))


def write_png(path, w, h, lines):
    colours = {}
    for line in lines:
        for i in range(0, len(line), 3):
            colours.setdefault(line[i:i + 3], len(colours))
            if len(colours) > 256:
                break
        if len(colours) > 256:
            break
    if len(colours) <= 256:                     # 8-bit colour map, as the other screenshots
        raw = b''.join(b'\x00' + bytes(colours[line[i:i + 3]] for i in range(0, len(line), 3)) for line in lines)
        header = struct.pack('>IIBBBBB', w, h, 8, 3, 0, 0, 0)
        extra = chunk(b'PLTE', b''.join(colours))
    else:
        raw = b''.join(b'\x00' + line for line in lines)
        header = struct.pack('>IIBBBBB', w, h, 8, 2, 0, 0, 0)
        extra = b''
    with open(path, 'wb') as f:
        f.write(b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', header) + extra
                + chunk(b'IDAT', zlib.compress(raw, 9)) + chunk(b'IEND', b''))


def chunk(kind, data):
    return struct.pack('>I', len(data)) + kind + data + struct.pack('>I', zlib.crc32(kind + data) & 0xffffffff)


if __name__ == '__main__':
    args = sys.argv[1:]
    if len(args) == 4 and args[0] == 'keep':
        keep(args[1], args[2], args[3])
    elif len(args) >= 5 and args[0] == 'fill':
        fill(args[1], args[2], args[3], args[4:])
    elif 4 <= len(args) <= 6 and args[0] == 'crop':
        crop(args[1], args[2], int(args[3]), *(int(a) for a in args[4:]))
    else:
        sys.exit(__doc__)
