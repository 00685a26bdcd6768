package com.arworkbench.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Checks on an output workbook that hostile text stayed text: no formulas from input, no links, no macros. */
public final class WorkbookSafety {

    private WorkbookSafety() {
    }

    /** Where each payload was found as a string cell: "Sheet!A1" per payload. */
    public record Found(Map<String, List<String>> where) {
        public List<String> sheetsWith(String payload) {
            return where.getOrDefault(payload, List.of()).stream().map(s -> s.substring(0, s.indexOf('!'))).distinct()
                    .toList();
        }
    }

    /**
     * In every sheet: no formula contains any payload, no hyperlinks (cells or relationships), no
     * macro parts; returns where each payload appears as (part of) a string cell.
     */
    public static Found assertPayloadsAreText(Path xlsx, List<String> payloads) throws IOException {
        Map<String, List<String>> where = new java.util.LinkedHashMap<>();
        try (XSSFWorkbook wb = Workbooks.open(xlsx)) {
            for (int i = 0; i < wb.getNumberOfSheets(); i++) {
                XSSFSheet s = wb.getSheetAt(i);
                assertEquals(List.of(), s.getHyperlinkList(), "hyperlinks on " + s.getSheetName());
                for (Row r : s) {
                    for (Cell c : r) {
                        String ref = s.getSheetName() + "!" + c.getAddress();
                        if (c.getCellType() == CellType.FORMULA) {
                            String f = c.getCellFormula();
                            for (String p : payloads) {
                                assertFalse(f.contains(p) || f.toUpperCase().contains("HYPERLINK")
                                        || f.contains("cmd|") || f.contains("evil"),
                                        ref + " holds a formula built from input: " + f);
                            }
                        } else if (c.getCellType() == CellType.STRING) {
                            String v = c.getStringCellValue();
                            for (String p : payloads) {
                                if (v.contains(p)) {
                                    where.computeIfAbsent(p, k -> new ArrayList<>()).add(ref);
                                }
                            }
                        }
                    }
                }
            }
        }
        assertNoLinksOrMacros(xlsx);
        return new Found(where);
    }

    /** No hyperlink relationship, no vbaProject part, no macro-enabled content type in the zip. */
    public static void assertNoLinksOrMacros(Path xlsx) throws IOException {
        for (Map.Entry<String, byte[]> e : HostileFiles.entries(xlsx).entrySet()) {
            String name = e.getKey();
            assertFalse(name.toLowerCase().contains("vbaproject"), "macro part " + name);
            if (name.endsWith(".rels") || name.equals("[Content_Types].xml")) {
                String xml = new String(e.getValue(), StandardCharsets.UTF_8);
                assertFalse(xml.contains("relationships/hyperlink"), "hyperlink relationship in " + name);
                assertFalse(xml.contains("vbaProject") || xml.contains("macroEnabled"), "macro content in " + name);
            }
        }
        assertTrue(HostileFiles.entries(xlsx).containsKey("xl/workbook.xml"), "an xlsx");
    }

    /** Every string cell of every sheet, for searching output text. */
    public static String allText(Path xlsx) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, byte[]> e : HostileFiles.entries(xlsx).entrySet()) {
            if (e.getKey().endsWith(".xml")) {
                sb.append(new String(e.getValue(), StandardCharsets.UTF_8)).append('\n');
            }
        }
        return sb.toString();
    }
}
