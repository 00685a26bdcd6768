package com.arworkbench.ingest.table;

import com.arworkbench.ingest.UnreadableFileException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import javax.xml.parsers.ParserConfigurationException;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import com.ctc.wstx.api.WstxInputProperties;
import com.ctc.wstx.exc.WstxLazyException;
import com.ctc.wstx.stax.WstxInputFactory;

import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.InvalidOperationException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Streams the first worksheet of an .xlsx/.xlsm workbook: POI opens the package, the sheet XML is pulled through
 * a StAX parser, so memory holds the shared strings and one row, never the sheet.
 */
public final class XlsxTableReader implements TableReader {

    private static final String WORKSHEET_CONTENT_TYPE = XSSFRelation.WORKSHEET.getContentType();
    private static final String CHARTSHEET_CONTENT_TYPE = XSSFRelation.CHARTSHEET.getContentType();

    static {
        PoiLimits.apply();
    }

    private final Path file;
    private final String sheetName;

    public XlsxTableReader(Path file) {
        this(file, null);
    }

    /** Reads the named worksheet instead of the first one (our own workbooks read back, e.g. a previous worklist). */
    public XlsxTableReader(Path file, String sheetName) {
        this.file = file;
        this.sheetName = sheetName;
    }

    @Override
    public void read(RowHandler handler) throws IOException, UnreadableFileException {
        checkIsPackage();
        OPCPackage pkg;
        try {
            pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (InvalidFormatException | NotOfficeXmlFileException | InvalidOperationException e) {
            if (PoiLimits.isZipBomb(e)) {
                throw new UnreadableFileException(PoiLimits.zipBombMessage("its package structure"), e);
            }
            throw new UnreadableFileException(
                    "The file is not a valid Excel workbook (.xlsx): its package structure is damaged or incomplete.", e);
        }
        try {
            // A package whose main relationship names a part that is not in the zip makes XSSFReader
            // keep a null workbook part and throw NullPointerException later (found by fuzzing, issue 7).
            PackageRelationship main = pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT).getRelationship(0);
            if (main != null && pkg.getPart(main) == null) {
                throw new UnreadableFileException("The Excel workbook (.xlsx) is damaged: its workbook part "
                        + main.getTargetURI() + " is missing. Open it in Excel, save it again and retry.");
            }
            XSSFReader reader = new XSSFReader(pkg);
            boolean date1904 = readDate1904(reader);
            List<String> sharedStrings = readSharedStrings(pkg);
            StylesTable styles = readStyles(pkg);
            SheetHandler sheetHandler = new SheetHandler(sharedStrings, styles, date1904, handler);
            try (InputStream sheet = sheetName == null ? openFirstWorksheet(reader) : openNamedWorksheet(reader, sheetName)) {
                pull(sheet, sheetHandler);
            }
            sheetHandler.rethrowHandlerFailure();
        } catch (SAXException | XMLStreamException | ParserConfigurationException | OpenXML4JException | POIXMLException
                 | OpenXML4JRuntimeException | IllegalArgumentException | IllegalStateException
                 | org.apache.poi.util.RecordFormatException e) {
            if (PoiLimits.isZipBomb(e)) {
                throw new UnreadableFileException(PoiLimits.zipBombMessage("a part of it"), e);
            }
            if (String.valueOf(e.getMessage()).contains("DOCTYPE")) {
                // POI's XMLHelper refuses DTDs: external entities (XXE) and entity expansion ("billion laughs")
                throw new UnreadableFileException("The workbook's XML contains a DOCTYPE declaration, which Excel never "
                        + "writes. It was rejected because it could make the reader fetch other files or expand entities "
                        + "without end.", e);
            }
            throw new UnreadableFileException(
                    "The Excel workbook (.xlsx) is damaged: its contents could not be read. Open it in Excel, save it again and retry.", e);
        } catch (SharedStringsTooLarge e) {
            throw new UnreadableFileException(PoiLimits.zipBombMessage("its shared-string table"), e);
        } catch (IOException e) {
            // POI reports zip bombs and truncated entries alike as IOException
            if (PoiLimits.isZipBomb(e)) {
                throw new UnreadableFileException(PoiLimits.zipBombMessage("a part of it"), e);
            }
            throw new UnreadableFileException(
                    "The Excel workbook (.xlsx) could not be read: it is damaged or incomplete.", e);
        } finally {
            pkg.revert(); // READ packages are released with revert(); close() would try to save
        }
    }

    /** OPCPackage's own errors for non-zip input are cryptic; say what the file actually is. */
    private void checkIsPackage() throws IOException, UnreadableFileException {
        if (Files.size(file) == 0) {
            throw new UnreadableFileException("The file is empty; expected an Excel workbook (.xlsx).");
        }
        FileMagic magic;
        try (InputStream in = FileMagic.prepareToCheckMagic(Files.newInputStream(file))) {
            magic = FileMagic.valueOf(in);
        }
        if (magic == FileMagic.OOXML) {
            return;
        }
        if (magic == FileMagic.OLE2) {
            throw new UnreadableFileException(describeOle2());
        }
        String found = switch (magic) {
            case HTML -> "an HTML page";
            case XML -> "an XML document";
            case PDF -> "a PDF document";
            case RTF -> "an RTF document";
            case BIFF2, BIFF3, BIFF4 -> "a very old Excel (2.x-4.x) workbook";
            default -> "a file of unknown type";
        };
        throw new UnreadableFileException("The file is not an Excel workbook (.xlsx): it looks like " + found + ".");
    }

    private String describeOle2() throws IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            if (fs.getRoot().hasEntry(EncryptionInfo.ENCRYPTION_INFO_ENTRY)) {
                return FormatSniffer.PASSWORD_PROTECTED;
            }
            if (fs.getRoot().hasEntry("Workbook") || fs.getRoot().hasEntry("Book")) {
                return "The file is an Excel 97-2003 workbook (.xls), not an .xlsx workbook.";
            }
        } catch (IOException | RuntimeException e) {
            return "The file is a damaged Microsoft Office file, not a readable .xlsx workbook.";
        }
        return "The file is a Microsoft Office document of another kind, not an Excel workbook (.xlsx).";
    }

    private static InputStream openNamedWorksheet(XSSFReader reader, String name)
            throws IOException, InvalidFormatException, UnreadableFileException {
        XSSFReader.SheetIterator sheets = reader.getSheetIterator();
        List<String> names = new java.util.ArrayList<>();
        while (sheets.hasNext()) {
            InputStream sheet = sheets.next();
            if (name.equals(sheets.getSheetName())) {
                return sheet;
            }
            names.add(sheets.getSheetName());
            sheet.close();
        }
        throw new UnreadableFileException("The workbook has no sheet named '" + name + "' (it has: "
                + String.join(", ", names) + ").");
    }

    /** Workbook order; chart sheets have no cells, so the first real worksheet is the table. */
    private static InputStream openFirstWorksheet(XSSFReader reader)
            throws IOException, InvalidFormatException, UnreadableFileException {
        XSSFReader.SheetIterator sheets = reader.getSheetIterator();
        int chartSheets = 0;
        while (sheets.hasNext()) {
            InputStream sheet = sheets.next();
            String contentType = sheets.getSheetPart().getContentType();
            if (WORKSHEET_CONTENT_TYPE.equals(contentType)) {
                return sheet;
            }
            sheet.close();
            if (CHARTSHEET_CONTENT_TYPE.equals(contentType)) {
                chartSheets++;
            }
        }
        if (chartSheets > 0) {
            throw new UnreadableFileException("The workbook has no worksheet with cells, only a chart sheet.");
        }
        throw new UnreadableFileException("The workbook contains no worksheet.");
    }

    /**
     * POI's ReadOnlySharedStringsTable wraps every lookup in an XmlBeans-backed rich text object,
     * which alone cost about half a second on a 2-million-cell sheet; plain strings are enough here.
     */
    private static List<String> readSharedStrings(OPCPackage pkg) throws IOException, XMLStreamException {
        List<PackagePart> parts = pkg.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType());
        if (parts.isEmpty()) {
            return List.of();
        }
        SharedStringsHandler handler = new SharedStringsHandler();
        try (InputStream in = parts.get(0).getInputStream()) {
            pull(in, handler);
        }
        return handler.strings;
    }

    /**
     * POI's XSSFReader.getStylesTable() parses styles.xml whole with XmlBeans, however large it
     * expands; read it through a bounded stream first so a bomb in styles.xml cannot exhaust memory.
     * The theme is not needed: styles are only asked whether a number format is a date.
     */
    private static StylesTable readStyles(OPCPackage pkg) throws IOException, UnreadableFileException {
        List<PackagePart> parts = pkg.getPartsByContentType(XSSFRelation.STYLES.getContentType());
        if (parts.isEmpty()) {
            return null;
        }
        byte[] bytes;
        try (InputStream in = parts.get(0).getInputStream()) {
            bytes = in.readNBytes((int) PoiLimits.MAX_STYLES_BYTES + 1);
        }
        if (bytes.length > PoiLimits.MAX_STYLES_BYTES) {
            throw new UnreadableFileException(PoiLimits.zipBombMessage("its styles part (over "
                    + PoiLimits.MAX_STYLES_BYTES / (1024 * 1024) + " MB)"));
        }
        return new StylesTable(new java.io.ByteArrayInputStream(bytes));
    }

    /** Excel escapes control characters in strings as _xHHHH_ (e.g. "_x000D_" for CR). */
    static String decodeExcelEscapes(String text) {
        if (text.indexOf("_x") < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            if (i + 7 <= text.length() && text.charAt(i) == '_' && text.charAt(i + 1) == 'x'
                    && text.charAt(i + 6) == '_' && isHex(text, i + 2, i + 6)) {
                out.append((char) Integer.parseInt(text.substring(i + 2, i + 6), 16));
                i += 7;
            } else {
                out.append(text.charAt(i++));
            }
        }
        return out.toString();
    }

    private static boolean isHex(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.digit(text.charAt(i), 16) < 0) {
                return false;
            }
        }
        return true;
    }

    /** Collects each {@code <si>}'s text runs, leaving out phonetic (rPh) hints, as Excel shows it. */
    private static final class SharedStringsHandler implements PullHandler {
        final List<String> strings = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();
        private boolean inText;
        private boolean inPhonetic;
        private long totalChars;

        @Override
        public void startElement(String localName, XMLStreamReader attributes) {
            switch (localName) {
                case "si" -> text.setLength(0);
                case "t" -> inText = !inPhonetic;
                case "rPh" -> inPhonetic = true;
                default -> {
                }
            }
        }

        @Override
        public boolean endElement(String localName) {
            switch (localName) {
                case "si" -> {
                    // bounded: a shared-string table that expands without end is a bomb, not an export
                    totalChars += text.length();
                    if (strings.size() >= PoiLimits.MAX_SHARED_STRINGS || totalChars > PoiLimits.MAX_SHARED_STRING_CHARS) {
                        throw new SharedStringsTooLarge();
                    }
                    strings.add(decodeExcelEscapes(text.toString()));
                }
                case "t" -> inText = false;
                case "rPh" -> inPhonetic = false;
                default -> {
                }
            }
            return true;
        }

        @Override
        public StringBuilder collecting() {
            return inText ? text : null;
        }
    }

    /** Thrown out of the SAX parse when the shared strings pass {@link PoiLimits}. */
    private static final class SharedStringsTooLarge extends RuntimeException {
        SharedStringsTooLarge() {
            super("Zip bomb: the shared strings exceed " + PoiLimits.MAX_SHARED_STRINGS + " entries or "
                    + PoiLimits.MAX_SHARED_STRING_CHARS + " characters", null, false, false);
        }
    }


    private static boolean readDate1904(XSSFReader reader)
            throws IOException, InvalidFormatException, SAXException, ParserConfigurationException {
        boolean[] date1904 = {false};
        XMLReader xml = XMLHelper.newXMLReader();
        xml.setContentHandler(new DefaultHandler() {
            @Override
            public void startElement(String uri, String localName, String qName, Attributes attributes)
                    throws SAXException {
                if (localName.equals("workbookPr")) {
                    String value = attributes.getValue("date1904");
                    date1904[0] = "1".equals(value) || "true".equalsIgnoreCase(value);
                    throw new StopReading();
                }
                if (localName.equals("sheets")) { // workbookPr comes before sheets, if at all
                    throw new StopReading();
                }
            }
        });
        try (InputStream workbook = reader.getWorkbookData()) {
            xml.parse(new InputSource(workbook));
        } catch (StopReading stop) {
            // found what we need
        }
        return date1904[0];
    }

    /** Unwinds the SAX parse when the row handler has had enough; no stack trace needed. */
    private static final class StopReading extends SAXException {
        StopReading() {
            super("stop", null);
        }

        @Override
        public synchronized Throwable fillInStackTrace() {
            return this;
        }
    }

    /**
     * The sheet XML's parser: Woodstox, hardened like the JDK's (no DTD, no external entities). It reads a sheet in
     * half the time of the JDK's SAX parser, cold or warm (a 78 MB Items sheet: 0.62 s against 1.22 s in a fresh
     * JVM), and the sheet XML is most of the time of reading a workbook.
     */
    private static final XMLInputFactory SHEET_XML = sheetXmlFactory();

    private static XMLInputFactory sheetXmlFactory() {
        XMLInputFactory f = new WstxInputFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        f.setProperty(XMLInputFactory.IS_COALESCING, false); // long texts come in pieces, appended bounded
        f.setProperty(WstxInputProperties.P_MAX_TEXT_LENGTH, 16 * 1024 * 1024);
        return f;
    }

    /** What an element-by-element reading of a part does; text goes to the builder {@link #collecting()} returns. */
    private interface PullHandler {
        void startElement(String localName, XMLStreamReader attributes);

        /** False to stop reading. */
        boolean endElement(String localName);

        /** Where the current text goes, or null while it is not wanted. */
        StringBuilder collecting();
    }

    private static void pull(InputStream part, PullHandler handler) throws XMLStreamException {
        XMLStreamReader xml = SHEET_XML.createXMLStreamReader(part);
        try {
            boolean more = true;
            while (more && xml.hasNext()) {
                switch (next(xml)) {
                    case XMLStreamConstants.START_ELEMENT -> handler.startElement(xml.getLocalName(), xml);
                    case XMLStreamConstants.END_ELEMENT -> more = handler.endElement(xml.getLocalName());
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                        StringBuilder text = handler.collecting();
                        if (text != null) {
                            PoiLimits.appendBounded(text, xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
                        }
                    }
                    // the message the caller turns into the DOCTYPE refusal: Excel never writes one
                    case XMLStreamConstants.DTD -> throw new XMLStreamException("DOCTYPE is disallowed in a workbook part");
                    default -> {
                    }
                }
            }
        } catch (WstxLazyException e) {
            // Woodstox reports some errors when a text is asked for, unchecked: the same damaged file
            throw e.getCause() instanceof XMLStreamException x ? x : new XMLStreamException(e.getMessage(), e);
        } finally {
            xml.close();
        }
    }

    /**
     * The parser's next event. A parser failing with an unchecked exception on a damaged part is a damaged file,
     * not a crash; only the parser's own calls are guarded, so the handlers' exceptions (a bomb in the shared
     * strings, a failing row handler) keep their meaning.
     */
    private static int next(XMLStreamReader xml) throws XMLStreamException {
        try {
            return xml.next();
        } catch (RuntimeException e) {
            throw new XMLStreamException("the part's XML could not be parsed: " + e, e);
        }
    }

    /** Pulls sheetN.xml through Woodstox: collects one row's cells, then hands the row over. */
    private static final class SheetHandler implements PullHandler {
        private static final byte STYLE_UNKNOWN = 0;
        private static final byte STYLE_DATE = 1;
        private static final byte STYLE_NOT_DATE = 2;

        private final List<String> sharedStrings;
        private final StylesTable styles;
        private final boolean date1904;
        private final RowHandler rowHandler;

        private byte[] dateStyles = new byte[64];
        private final List<String> cells = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();

        private long rowNumber;
        private int column;
        private String cellType;
        private int cellStyle;
        private boolean inSheetData;
        private boolean collecting;
        private boolean inInlineString;
        private boolean inPhonetic;
        private boolean hasValue;
        private RuntimeException handlerFailure;

        SheetHandler(List<String> sharedStrings, StylesTable styles, boolean date1904, RowHandler rowHandler) {
            this.sharedStrings = sharedStrings;
            this.styles = styles;
            this.date1904 = date1904;
            this.rowHandler = rowHandler;
        }

        @Override
        public void startElement(String localName, XMLStreamReader attributes) {
            switch (localName) {
                case "sheetData" -> inSheetData = true;
                case "row" -> {
                    if (!inSheetData) {
                        return;
                    }
                    String r = attributes.getAttributeValue(null, "r");
                    rowNumber = r == null ? rowNumber + 1 : parseLong(r, rowNumber + 1);
                    cells.clear();
                    column = -1;
                }
                case "c" -> {
                    // one pass over the attributes: lookups by name were a tenth of the parse time
                    String ref = null;
                    cellType = null;
                    cellStyle = 0;
                    for (int i = 0, n = attributes.getAttributeCount(); i < n; i++) {
                        switch (attributes.getAttributeLocalName(i)) {
                            case "r" -> ref = attributes.getAttributeValue(i);
                            case "t" -> cellType = attributes.getAttributeValue(i);
                            case "s" -> cellStyle = (int) parseLong(attributes.getAttributeValue(i), 0);
                            default -> {
                            }
                        }
                    }
                    int referenced = ref == null ? -1 : columnIndex(ref);
                    column = referenced >= 0 ? referenced : column + 1;
                    text.setLength(0);
                    hasValue = false;
                }
                case "v" -> {
                    collecting = true;
                    hasValue = true;
                    text.setLength(0);
                }
                case "is" -> {
                    inInlineString = true;
                    hasValue = true;
                    text.setLength(0);
                }
                case "t" -> collecting = inInlineString && !inPhonetic;
                case "rPh" -> inPhonetic = true;
                default -> {
                    // formulas, extLst, etc. carry nothing a row needs
                }
            }
        }

        /** False once the row handler has had enough. */
        @Override
        public boolean endElement(String localName) {
            switch (localName) {
                case "v", "t" -> collecting = false;
                case "is" -> inInlineString = false;
                case "rPh" -> inPhonetic = false;
                case "c" -> {
                    if (column >= PoiLimits.MAX_COLUMNS) {
                        return true; // past Excel's last column: ignored, so a row cannot grow without bound
                    }
                    while (cells.size() < column) {
                        cells.add("");
                    }
                    String value = hasValue ? cellText() : "";
                    if (column < cells.size()) {
                        cells.set(column, value); // a repeated reference: last one wins
                    } else {
                        cells.add(value);
                    }
                }
                case "row" -> {
                    if (inSheetData) {
                        return deliverRow();
                    }
                }
                case "sheetData" -> inSheetData = false;
                default -> {
                }
            }
            return true;
        }

        private boolean deliverRow() {
            try {
                return rowHandler.row(new RawRow(rowNumber, cells.toArray(new String[0])));
            } catch (RuntimeException e) {
                handlerFailure = e; // rethrown after the parse, so it is not mistaken for a bad file
                return false;
            }
        }

        void rethrowHandlerFailure() {
            if (handlerFailure != null) {
                throw handlerFailure;
            }
        }

        @Override
        public StringBuilder collecting() {
            return collecting ? text : null;
        }

        private String cellText() {
            String raw = text.toString();
            if (cellType == null || cellType.equals("n")) {
                return number(raw);
            }
            return switch (cellType) {
                case "s" -> sharedString(raw);
                case "inlineStr" -> decodeExcelEscapes(raw);
                case "str", "e" -> raw;
                case "b" -> SpreadsheetCellText.excelBoolean(raw);
                case "d" -> SpreadsheetCellText.isoDateTimeText(raw);
                default -> raw;
            };
        }

        private String number(String raw) {
            if (raw.isEmpty()) {
                return "";
            }
            if (isDateStyle(cellStyle)) {
                try {
                    String date = SpreadsheetCellText.excelSerialDate(Double.parseDouble(raw), date1904);
                    if (date != null) {
                        return date;
                    }
                } catch (NumberFormatException e) {
                    return raw;
                }
            }
            return SpreadsheetCellText.plainNumber(raw);
        }

        private String sharedString(String raw) {
            try {
                return sharedStrings.get(Integer.parseInt(raw.trim()));
            } catch (NumberFormatException | IndexOutOfBoundsException e) {
                return ""; // dangling index: one bad cell, not a bad file
            }
        }

        /** Date-ness depends only on the style, so it is decided once per style index. */
        private boolean isDateStyle(int style) {
            if (styles == null || style < 0) {
                return false;
            }
            if (style >= dateStyles.length) {
                dateStyles = Arrays.copyOf(dateStyles, Math.max(style + 1, dateStyles.length * 2));
            }
            if (dateStyles[style] == STYLE_UNKNOWN) {
                dateStyles[style] = lookUpDateStyle(style) ? STYLE_DATE : STYLE_NOT_DATE;
            }
            return dateStyles[style] == STYLE_DATE;
        }

        private boolean lookUpDateStyle(int style) {
            try {
                XSSFCellStyle cellStyle = styles.getStyleAt(style);
                return cellStyle != null
                        && DateUtil.isADateFormat(cellStyle.getDataFormat(), cellStyle.getDataFormatString());
            } catch (RuntimeException e) {
                return false;
            }
        }

        /** "BC12" → 54; -1 when the reference has no column letters. */
        private static int columnIndex(String ref) {
            int index = 0;
            int i = 0;
            for (; i < ref.length(); i++) {
                char c = ref.charAt(i);
                if (c >= 'A' && c <= 'Z') {
                    index = index * 26 + (c - 'A' + 1);
                } else if (c >= 'a' && c <= 'z') {
                    index = index * 26 + (c - 'a' + 1);
                } else {
                    break;
                }
            }
            return i == 0 || index > 16384 ? -1 : index - 1;
        }

        private static long parseLong(String text, long fallback) {
            try {
                return Long.parseLong(text.trim());
            } catch (NumberFormatException e) {
                return fallback;
            }
        }
    }
}
