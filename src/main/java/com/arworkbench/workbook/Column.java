package com.arworkbench.workbook;

/** A column of a written table: its header text and the kind of values below it. */
public record Column(String header, CellKind kind) {

    public static Column text(String header) {
        return new Column(header, CellKind.TEXT);
    }

    public static Column date(String header) {
        return new Column(header, CellKind.DATE);
    }

    public static Column amount(String header) {
        return new Column(header, CellKind.AMOUNT);
    }

    public static Column integer(String header) {
        return new Column(header, CellKind.INTEGER);
    }

    public static Column percent(String header) {
        return new Column(header, CellKind.PERCENT);
    }
}
