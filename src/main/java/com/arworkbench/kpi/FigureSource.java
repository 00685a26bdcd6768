package com.arworkbench.kpi;

/** Where a balance came from, so the workbook can say which figures are reconstructed. */
public enum FigureSource {
    HISTORY("reconstructed from the invoice history"),
    OPEN_ITEMS_EXPORT("open-items export at the as-of date"),
    PRIOR_PERIOD_EXPORT("prior-period open-items export");

    private final String label;

    FigureSource(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
