package com.arworkbench.workbook;

/**
 * The month-end pack: one workbook with a Dashboard, the KPI sheets, and the sheets of every
 * capability the inputs allow, sharing one Exceptions, one Checks and one About.
 */
public final class PackWorkbookWriter {

    public static final String TEMPLATE = "month-end-pack.xlsx";
    public static final String DASHBOARD = "Dashboard";
    public static final String KPIS = "KPIs";
    public static final String CUSTOMER_KPIS = "Customer KPIs";
    public static final String FORECAST = "Forecast";
    public static final String BACK_TEST = "Back-test";
    public static final String AGING = "Aging";
    public static final String AGING_DETAIL = "Aging Detail";
    public static final String RECON = "Reconciliation";
    public static final String CASH_APP = "Cash Application";

    private PackWorkbookWriter() {
    }
}
