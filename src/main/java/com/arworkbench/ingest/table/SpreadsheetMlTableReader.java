package com.arworkbench.ingest.table;

import com.arworkbench.ingest.UnreadableFileException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the first worksheet of an Excel 2003 XML spreadsheet (SpreadsheetML), the format NetSuite
 * saves with an .xls name. Streams with StAX; a DOCTYPE is refused outright because SpreadsheetML
 * never needs one and it is the carrier for external-entity attacks.
 */
public final class SpreadsheetMlTableReader implements TableReader {

    private static final String SPREADSHEET_NS = "urn:schemas-microsoft-com:office:spreadsheet";
    /** Excel's own limit; guards against an ss:Index or ss:MergeAcross that would exhaust memory. */
    private static final int MAX_COLUMNS = 16384;

    private final Path file;

    public SpreadsheetMlTableReader(Path file) {
        this.file = file;
    }

    @Override
    public void read(RowHandler handler) throws IOException, UnreadableFileException {
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader xml = HardenedXml.streamReader(in);
            try {
                new SheetParser(xml, handler).run();
            } finally {
                xml.close();
            }
        } catch (XMLStreamException e) {
            Location where = e.getLocation();
            String line = where == null || where.getLineNumber() < 0 ? "" : " near line " + where.getLineNumber();
            throw new UnreadableFileException(
                    "The file is not a well-formed Excel 2003 XML spreadsheet (SpreadsheetML): the XML is broken" + line + ".", e);
        }
    }

    /** Walks Workbook → first Worksheet → Table → Row → Cell → Data. */
    private static final class SheetParser {
        private final XMLStreamReader xml;
        private final RowHandler handler;

        private boolean sawRoot;
        private boolean sawWorksheet;
        private boolean inWorksheet;
        private boolean inTable;
        private boolean inRow;
        private boolean inCell;
        private boolean inComment;
        private int dataDepth; // >0 while inside a cell's Data, counting rich-text children

        private long nextRowNumber = 1;
        private long rowNumber;
        private long rowSpan;
        private final List<String> cells = new ArrayList<>();
        private int nextColumn;
        private int column;
        private int mergeAcross;
        private String dataType;
        private final StringBuilder text = new StringBuilder();

        SheetParser(XMLStreamReader xml, RowHandler handler) {
            this.xml = xml;
            this.handler = handler;
        }

        void run() throws XMLStreamException, UnreadableFileException {
            while (xml.hasNext()) {
                int event = xml.next();
                switch (event) {
                    case XMLStreamConstants.DTD -> throw new UnreadableFileException(
                            "The file contains a DOCTYPE declaration, which Excel 2003 XML spreadsheets never have."
                                    + " It was rejected because it could make the reader fetch other files.");
                    case XMLStreamConstants.ENTITY_REFERENCE -> throw new UnreadableFileException(
                            "The file refers to an undeclared XML entity and was rejected.");
                    case XMLStreamConstants.START_ELEMENT -> start(xml.getLocalName());
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                        if (dataDepth > 0) { // bounded: one hostile cell must not fill the heap
                            PoiLimits.appendBounded(text, xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
                        }
                    }
                    case XMLStreamConstants.END_ELEMENT -> {
                        if (!end(xml.getLocalName())) {
                            return;
                        }
                    }
                    default -> {
                    }
                }
            }
            if (!sawWorksheet) {
                throw new UnreadableFileException("The Excel 2003 XML spreadsheet contains no worksheet.");
            }
        }

        private void start(String name) throws UnreadableFileException {
            if (!sawRoot) {
                sawRoot = true;
                if (!name.equals("Workbook") || !SPREADSHEET_NS.equals(xml.getNamespaceURI())) {
                    throw new UnreadableFileException("The file is XML but not an Excel 2003 XML spreadsheet"
                            + " (SpreadsheetML): it starts with <" + name + "> instead of <Workbook>.");
                }
                return;
            }
            if (dataDepth > 0) {
                dataDepth++; // html:Font, html:B ... inside rich text
                return;
            }
            switch (name) {
                case "Worksheet" -> {
                    if (!sawWorksheet) {
                        sawWorksheet = true;
                        inWorksheet = true;
                    }
                }
                case "Table" -> inTable = inWorksheet;
                case "Row" -> {
                    if (inTable) {
                        inRow = true;
                        long index = longAttribute("Index", 0);
                        rowNumber = index > 0 ? index : nextRowNumber;
                        rowSpan = Math.max(0, longAttribute("Span", 0));
                        cells.clear();
                        nextColumn = 0;
                    }
                }
                case "Cell" -> {
                    if (inRow) {
                        inCell = true;
                        long index = longAttribute("Index", 0);
                        column = (int) Math.min(index > 0 ? index - 1 : nextColumn, MAX_COLUMNS - 1);
                        mergeAcross = (int) Math.min(Math.max(0, longAttribute("MergeAcross", 0)), MAX_COLUMNS);
                        dataType = null;
                        text.setLength(0);
                    }
                }
                case "Comment" -> inComment = inCell;
                case "Data" -> {
                    if (inCell && !inComment) {
                        dataDepth = 1;
                        dataType = xml.getAttributeValue(null, "Type");
                        text.setLength(0);
                    }
                }
                default -> {
                }
            }
        }

        /** @return false when reading should stop */
        private boolean end(String name) {
            if (dataDepth > 0) {
                dataDepth--;
                return true;
            }
            switch (name) {
                case "Comment" -> inComment = false;
                case "Cell" -> {
                    if (inCell) {
                        inCell = false;
                        putCell();
                    }
                }
                case "Row" -> {
                    if (inRow) {
                        inRow = false;
                        nextRowNumber = rowNumber + 1 + rowSpan;
                        return handler.row(new RawRow(rowNumber, cells.toArray(new String[0])));
                    }
                }
                case "Table" -> inTable = false;
                case "Worksheet" -> {
                    if (inWorksheet) {
                        return false; // only the first worksheet is the table
                    }
                }
                default -> {
                }
            }
            return true;
        }

        private void putCell() {
            while (cells.size() < column) {
                cells.add("");
            }
            String value = cellText();
            if (column < cells.size()) {
                cells.set(column, value);
            } else {
                cells.add(value);
            }
            for (int i = 0; i < mergeAcross && cells.size() < MAX_COLUMNS; i++) {
                if (column + 1 + i >= cells.size()) {
                    cells.add("");
                }
            }
            nextColumn = column + 1 + mergeAcross;
        }

        private String cellText() {
            String raw = text.toString();
            if (dataType == null) {
                return raw;
            }
            return switch (dataType) {
                case "Number" -> raw.isBlank() ? "" : SpreadsheetCellText.plainNumber(raw);
                case "DateTime" -> raw.isBlank() ? "" : SpreadsheetCellText.isoDateTimeText(raw);
                case "Boolean" -> SpreadsheetCellText.excelBoolean(raw);
                default -> raw; // String, Error
            };
        }

        private long longAttribute(String localName, long fallback) {
            String value = xml.getAttributeValue(SPREADSHEET_NS, localName);
            if (value == null) {
                value = xml.getAttributeValue(null, localName);
            }
            if (value == null) {
                return fallback;
            }
            try {
                return Long.parseLong(value.trim());
            } catch (NumberFormatException e) {
                return fallback;
            }
        }
    }
}
