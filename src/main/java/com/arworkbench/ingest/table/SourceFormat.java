package com.arworkbench.ingest.table;

/** The container format found by looking at the bytes, never at the file name. */
public enum SourceFormat {
    DELIMITED_TEXT("Delimited text"),
    XLSX("Excel workbook (.xlsx)"),
    XLS_BIFF("Excel 97-2003 workbook (.xls, BIFF)"),
    HTML_TABLE("HTML table (saved as .xls)"),
    SPREADSHEET_ML("SpreadsheetML 2003 XML (saved as .xls)");

    private final String label;

    SourceFormat(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
