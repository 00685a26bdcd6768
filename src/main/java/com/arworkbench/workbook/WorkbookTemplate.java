package com.arworkbench.workbook;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A workbook template from {@code workbook-templates/}: its sheets with titles a user may restyle,
 * a {@code {{columns}}} marker cell where each table's header row goes, {@code {{name}}}
 * placeholders in any text cell, and a {@code Styles} sheet with one sample cell per
 * {@link StyleRole}. Templates are small; they are loaded whole, then data streams after them.
 */
public final class WorkbookTemplate {

    public static final String COLUMNS_MARKER = "{{columns}}";
    static final String STYLES_SHEET = "Styles";

    private final XSSFWorkbook workbook;
    private final Map<StyleRole, CellStyle> styles = new EnumMap<>(StyleRole.class);

    private WorkbookTemplate(XSSFWorkbook workbook) {
        this.workbook = workbook;
        readStyles();
    }

    /**
     * @param name        file name, e.g. "aging.xlsx"
     * @param templateDir a folder with restyled templates, or null for the ones built into the jar
     */
    public static WorkbookTemplate load(String name, Path templateDir) throws IOException {
        if (templateDir != null && Files.isRegularFile(templateDir.resolve(name))) {
            try (InputStream in = Files.newInputStream(templateDir.resolve(name))) {
                return new WorkbookTemplate(new XSSFWorkbook(in));
            }
        }
        try (InputStream in = WorkbookTemplate.class.getResourceAsStream("/templates/" + name)) {
            if (in == null) {
                throw new IOException("template " + name + " is missing from the application");
            }
            return new WorkbookTemplate(new XSSFWorkbook(in));
        }
    }

    public XSSFWorkbook workbook() {
        return workbook;
    }

    public CellStyle style(StyleRole role) {
        return styles.get(role);
    }

    /** Replaces {@code {{key}}} in every text cell of every sheet. */
    public void fill(Map<String, String> values) {
        for (var sheet : workbook) {
            for (Row row : sheet) {
                for (Cell cell : row) {
                    if (cell.getCellType() != CellType.STRING) {
                        continue;
                    }
                    String text = cell.getStringCellValue();
                    if (!text.contains("{{") || text.equals(COLUMNS_MARKER)) {
                        continue;
                    }
                    for (Map.Entry<String, String> e : values.entrySet()) {
                        text = text.replace("{{" + e.getKey() + "}}", e.getValue());
                    }
                    // a value can be a file name sent by a client: keep it within Excel's cell limit
                    cell.setCellValue(SheetTable.fitToCell(text));
                }
            }
        }
    }

    /** The 0-based row holding the {@code {{columns}}} marker; a sheet without one gets its header below its last row. */
    public int headerRow(XSSFSheet sheet) {
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.STRING && COLUMNS_MARKER.equals(cell.getStringCellValue().strip())) {
                    return row.getRowNum();
                }
            }
        }
        return sheet.getPhysicalNumberOfRows() == 0 ? 0 : sheet.getLastRowNum() + 2;
    }

    /** Drops the Styles sheet from the output; the styles themselves stay in the workbook. */
    public void removeStylesSheet() {
        int index = workbook.getSheetIndex(STYLES_SHEET);
        if (index >= 0) {
            workbook.removeSheetAt(index);
        }
    }

    private void readStyles() {
        XSSFSheet sheet = workbook.getSheet(STYLES_SHEET);
        if (sheet != null) {
            for (Row row : sheet) {
                Cell name = row.getCell(0);
                Cell sample = row.getCell(1);
                if (name == null || sample == null || name.getCellType() != CellType.STRING) {
                    continue;
                }
                String role = name.getStringCellValue().strip().toLowerCase(Locale.ROOT);
                for (StyleRole r : StyleRole.values()) {
                    if (r.roleName().equals(role)) {
                        styles.put(r, sample.getCellStyle());
                    }
                }
            }
        }
        // A template from before a role existed, or that lost one, still works.
        if (!styles.containsKey(StyleRole.HEADER_NUMBER) && styles.containsKey(StyleRole.HEADER)) {
            styles.put(StyleRole.HEADER_NUMBER, styles.get(StyleRole.HEADER));
        }
        for (StyleRole r : StyleRole.values()) {
            styles.computeIfAbsent(r, this::fallbackStyle);
        }
    }

    private CellStyle fallbackStyle(StyleRole role) {
        CellStyle s = workbook.createCellStyle();
        var format = workbook.createDataFormat();
        switch (role) {
            case DATE -> s.setDataFormat(format.getFormat("yyyy-mm-dd"));
            case AMOUNT, TOTAL_AMOUNT -> s.setDataFormat(format.getFormat("#,##0.00;-#,##0.00"));
            case INTEGER -> s.setDataFormat(format.getFormat("#,##0"));
            case PERCENT, TOTAL_PERCENT -> s.setDataFormat(format.getFormat("0.0%"));
            default -> {
            }
        }
        return s;
    }
}
