package com.arworkbench.workbook;

import com.arworkbench.model.DisputeSheets;
import com.arworkbench.workbook.aging.AgingSection;
import com.arworkbench.workbook.cashapp.CashAppSection;
import com.arworkbench.workbook.dashboard.DashboardSection;
import com.arworkbench.workbook.allowance.AllowanceSection;
import com.arworkbench.workbook.confirmations.ConfirmationsSection;
import com.arworkbench.workbook.dunning.DunningSection;
import com.arworkbench.workbook.statements.StatementsSection;
import com.arworkbench.workbook.kpi.BackTestSheet;
import com.arworkbench.workbook.kpi.CustomerKpisSheet;
import com.arworkbench.workbook.kpi.ForecastSheet;
import com.arworkbench.workbook.kpi.KpisByMonthSheet;
import com.arworkbench.workbook.recon.ReconSection;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Builds the default templates in {@code workbook-templates/} (run by the CLI's {@code templates}
 * command). The files are the source of truth once written: users restyle them in Excel.
 */
public final class TemplateGenerator {

    private TemplateGenerator() {
    }

    public static void writeAll(Path dir) throws IOException {
        Files.createDirectories(dir);
        try (XSSFWorkbook wb = aging(); OutputStream out = Files.newOutputStream(dir.resolve(AgingSection.TEMPLATE))) {
            wb.write(out);
        }
        try (XSSFWorkbook wb = dunning(); OutputStream out = Files.newOutputStream(dir.resolve(DunningSection.TEMPLATE))) {
            wb.write(out);
        }
        try (XSSFWorkbook wb = reconciliation();
             OutputStream out = Files.newOutputStream(dir.resolve(ReconSection.TEMPLATE))) {
            wb.write(out);
        }
        try (XSSFWorkbook wb = cashApplication();
             OutputStream out = Files.newOutputStream(dir.resolve(CashAppSection.TEMPLATE))) {
            wb.write(out);
        }
        try (XSSFWorkbook wb = statements();
             OutputStream out = Files.newOutputStream(dir.resolve(StatementsSection.TEMPLATE))) {
            wb.write(out);
        }
        try (XSSFWorkbook wb = confirmations();
             OutputStream out = Files.newOutputStream(dir.resolve(ConfirmationsSection.TEMPLATE))) {
            wb.write(out);
        }
        try (XSSFWorkbook wb = allowance();
             OutputStream out = Files.newOutputStream(dir.resolve(AllowanceSection.TEMPLATE))) {
            wb.write(out);
        }
        try (XSSFWorkbook wb = monthEndPack();
             OutputStream out = Files.newOutputStream(dir.resolve(PackWorkbookWriter.TEMPLATE))) {
            wb.write(out);
        }
    }

    /**
     * The month-end pack: Dashboard and the KPI sheets, then the sheets of every capability (the
     * writer drops those the inputs do not allow), one Exceptions, one Checks, one About.
     * Placeholders: those of every capability's template, plus {@code historyFile} and {@code sources}.
     */
    static XSSFWorkbook monthEndPack() {
        XSSFWorkbook wb = new XSSFWorkbook();
        Styles s = new Styles(wb);
        titled(wb, s, DashboardSection.NAME, "Accounts receivable: month-end dashboard",
                "As of {{asOf}} · {{currencyNote}}", "Sources: {{sources}}", 23);
        titled(wb, s, KpisByMonthSheet.NAME, "KPIs by month",
                "As of {{asOf}} · every KPI is a live formula over the inputs in its row; the definitions are below the table",
                "One measure of AR: every month, the as-of month included, is rebuilt from the invoice history ({{historyFile}}); "
                        + "the ledger is reconciled to it below the table",
                4);
        titled(wb, s, CustomerKpisSheet.NAME, "Payment habits by customer",
                "As of {{asOf}} · paid invoices of the last {{months}} months, amount-weighted · open AR from the open-items export",
                "Forecast: what the collection forecast expects from each customer in the forecast weeks and later, "
                        + "and its next expected payment", 4);
        titled(wb, s, ForecastSheet.NAME, "13-week collection forecast",
                "As of {{asOf}} · {{forecastMethod}}", "Disputed items on disputed invoices' delays; credits taken against "
                        + "the same customer's payments; worklist promises override; weeks + later + not forecast = open AR", 4);
        titled(wb, s, BackTestSheet.NAME, "Forecast back-test",
                "{{backTestMethod}}", "Model vs. (a) due date vs. (b) due date + median days late; "
                        + "WAPE = Σ|forecast − actual| ÷ Σ actual × 100", 4);
        agingSheets(wb, s, PackWorkbookWriter.AGING, PackWorkbookWriter.AGING_DETAIL);
        dunningSheets(wb, s);
        reconSheets(wb, s, PackWorkbookWriter.RECON);
        allowanceSheets(wb, s);
        cashAppSheets(wb, s, PackWorkbookWriter.CASH_APP);
        statementsSheets(wb, s);
        confirmationsSheets(wb, s, PackWorkbookWriter.CONFIRMATION_SHEETS,
                "the confirmations command reads them back from this workbook (--previous).");
        closingSheets(wb, s,
                "Every row of every input that was not used: rows of the open-items export by number, rows of the other "
                        + "files as \"file row n\", with the reason and the raw values.", "Open items: {{sourceFile}}");
        return wb;
    }

    static XSSFWorkbook aging() {
        XSSFWorkbook wb = new XSSFWorkbook();
        Styles s = new Styles(wb);
        agingSheets(wb, s, AgingSection.SUMMARY, AgingSection.DETAIL);
        closingSheets(wb, s,
                "Every source row that did not become an aged item, with its row number, the reason and its raw values.",
                "Source: {{sourceFile}}");
        return wb;
    }

    private static void agingSheets(XSSFWorkbook wb, Styles s, String summary, String detail) {
        titled(wb, s, summary, "Accounts receivable aging",
                "As of {{asOf}} · aged by {{basis}} · buckets {{buckets}}", "Source: {{sourceFile}} · {{profile}}", 4);
        titled(wb, s, detail, "Open items, aged",
                "As of {{asOf}} · aged by {{basis}} · source {{sourceFile}}", null, 3);
        titled(wb, s, AgingSection.FUTURE, "Items dated after the as-of date (counted, not aged)",
                "As of {{asOf}} · source {{sourceFile}}", null, 3);
    }

    /**
     * The dunning worklist. Placeholders: {@code asOf} and {@code policy} (the writer fills them),
     * {@code sourceFile}, {@code profile}, {@code version}, {@code generatedAt} (the job fills them).
     */
    static XSSFWorkbook dunning() {
        XSSFWorkbook wb = new XSSFWorkbook();
        Styles s = new Styles(wb);
        dunningSheets(wb, s);
        closingSheets(wb, s,
                "Every source row that did not become an open item, with its row number, the reason and its raw values.",
                "Source: {{sourceFile}}");
        return wb;
    }

    private static void dunningSheets(XSSFWorkbook wb, Styles s) {
        titled(wb, s, DunningSection.WORKLIST, "Dunning worklist",
                "As of {{asOf}} · policy {{policy}} · ranked by risk score", "Source: {{sourceFile}} · {{profile}} · "
                        + "Status, Promise date, Promise amount and Notes are yours to edit: the next run reads them back.", 4);
        titled(wb, s, DunningSection.ITEMS, "Items on the notices",
                "As of {{asOf}} · by rank, then due date · Dispute, Dispute reason and Item notes are read back by the next run.",
                null, 3);
        titled(wb, s, DunningSection.LETTERS, "Letters",
                "As of {{asOf}} · one notice per customer and currency, ready for mail merge", null, 3);
        titled(wb, s, DunningSection.EXCLUDED, "Overdue items not dunned",
                "As of {{asOf}} · policy {{policy}} · each item with the rule that held it back",
                "Status, promise and notes carry over to the next run while the customer waits.", 4);
        titled(wb, s, DunningSection.CONTACT_LOG, "Contact log",
                "As of {{asOf}} · append-only: every earlier row is carried forward, then this run's",
                "Add calls, e-mails and promises in the rows below the log: the next run keeps them and judges each "
                        + "promise (kept, partly kept, broken) against its export.", 3);
        titled(wb, s, DunningSection.PAYMENT_PLANS, "Payment plans",
                "As of {{asOf}} · one row per instalment · a plan on track keeps its customer out of dunning; a missed "
                        + "instalment escalates",
                "Type a plan's instalments below (Customer ID, Currency, Agreed on, Instalment, Due date, Amount): the next "
                        + "run tracks them against its export.", 3);
        titled(wb, s, DunningSection.TOP_10, "Top 10 delinquent customers",
                "As of {{asOf}} · by total overdue (dunned + excluded) · nominal amounts per currency", null, 3);
        titled(wb, s, DunningSection.CREDIT_REVIEW, "Credit-limit review",
                "As of {{asOf}} · per customer and currency with open items · limits from the customer master, "
                        + "suggested limits by the policy's creditReview rule", null, 3);
        titled(wb, s, DisputeSheets.DISPUTES, "Dispute log: open cases",
                "As of {{asOf}} · one case per disputed document · business days open against the SLA (Dispute summary)",
                "Opened, Owner, Reason code, Root cause, Status, Next action, dates, Outcome and Case notes are yours: the next "
                        + "run reads them back. Set Status to Resolved to close a case.", 4);
        titled(wb, s, DisputeSheets.CLOSED, "Dispute log: closed cases",
                "As of {{asOf}} · resolved cases stay here in every later run · business days counted to the resolved date",
                "Set a case's Status back from Resolved to reopen it.", 4);
        titled(wb, s, DisputeSheets.SUMMARY, "Disputes by reason code and root cause",
                "As of {{asOf}} · live counts over Disputes and Closed disputes · amounts per currency", null, 3);
    }

    /**
     * The customer statements. Placeholders: the letterhead ({@code companyName}, {@code companyAddress},
     * {@code companyContact}: type your own over them in your copy), {@code asOf}, {@code statementKind} and
     * {@code statementPages} (the writer fills them), {@code sourceFile}, {@code version}, {@code generatedAt}.
     */
    static XSSFWorkbook statements() {
        XSSFWorkbook wb = new XSSFWorkbook();
        Styles s = new Styles(wb);
        statementsSheets(wb, s);
        closingSheets(wb, s,
                "Every source row that did not become an open item, with its row number, the reason and its raw values; "
                        + "rows of the customer master and the history as \"file row n\".", "Source: {{sourceFile}}");
        return wb;
    }

    /**
     * The balance confirmations. Placeholders: {@code asOf}, {@code selectionRule}, {@code factorTable},
     * {@code letterKinds}, {@code receiptsNote} (the writer fills them), {@code sourceFile}, {@code version},
     * {@code generatedAt}.
     */
    static XSSFWorkbook confirmations() {
        XSSFWorkbook wb = new XSSFWorkbook();
        Styles s = new Styles(wb);
        confirmationsSheets(wb, s, ConfirmationsSection.JOB, "the next run reads them back (--previous).");
        closingSheets(wb, s,
                "Every source row that did not become an open item, with its row number, the reason and its raw values; "
                        + "rows of the invoice history as \"file row n\".", "Source: {{sourceFile}}");
        return wb;
    }

    /**
     * The allowance for doubtful accounts. Placeholders: {@code asOf}, {@code method}, {@code ledger} (the writer
     * fills them), {@code sourceFile}, {@code version}, {@code generatedAt}.
     */
    static XSSFWorkbook allowance() {
        XSSFWorkbook wb = new XSSFWorkbook();
        Styles s = new Styles(wb);
        allowanceSheets(wb, s);
        closingSheets(wb, s,
                "Every source row that did not become an open item, with its row number, the reason and its raw values; "
                        + "rows of the invoice history, the write-offs and the trial balance as \"file row n\".",
                "Source: {{sourceFile}}");
        return wb;
    }

    private static void allowanceSheets(XSSFWorkbook wb, Styles s) {
        titled(wb, s, AllowanceSection.ALLOWANCE, "Allowance for doubtful accounts as of {{asOf}}",
                "Provision = Σ bucket balance × rate applied (Provision matrix) + specific provisions (Allowance by "
                        + "customer), against the allowance on the trial balance · {{ledger}}", "{{method}}", 4);
        titled(wb, s, AllowanceSection.MATRIX, "Provision matrix: loss rates by aging bucket",
                "{{method}} · every rate is a live formula over Loss history",
                "Type an Outlook adjustment % per bucket (10 % raises the historical rate by a tenth): the next run "
                        + "reads it back (--previous)", 4);
        titled(wb, s, AllowanceSection.HISTORY, "Loss history: balances at each month end and what became of them",
                "Rebuilt from the invoice history: sales invoices dated on or before the month end and not settled by "
                        + "then, aged by days past due",
                "Written off within the window: write-offs traced to those invoices after the month end, up to the "
                        + "window's end · Still open a month later: not settled at the next month end", 4);
        titled(wb, s, AllowanceSection.CUSTOMERS, "Allowance by customer as of {{asOf}}",
                "Type a Specific provision (and its Reason) to override the matrix for a customer's balance; the next "
                        + "run reads it back (--previous)", null, 3);
        titled(wb, s, AllowanceSection.WRITE_OFFS, "Write-offs and the invoices they closed",
                "Traced: the invoice of the same amount closed that day; else the invoices closed that day adding up "
                        + "to it; else the customer's oldest invoices open that day", null, 3);
        titled(wb, s, AllowanceSection.JOURNAL, "Proposed adjusting journal entry",
                "As of {{asOf}} · {{ledger}}", null, 3);
    }

    /** The confirmations' sheets, in their workbook or the pack ({@code readBack}: who reads the replies back). */
    private static void confirmationsSheets(XSSFWorkbook wb, Styles s, ConfirmationsSection.Sheets names,
                                            String readBack) {
        titled(wb, s, names.confirmations(), "Balance confirmations as of {{asOf}}", "{{selectionRule}}",
                "Type Reply (Agreed / Differs / No reply), Amount confirmed and Notes on the selected rows: " + readBack
                        + " {{receiptsNote}}", 4);
        titled(wb, s, names.letters(), "Confirmation letters: mail merge",
                "As of {{asOf}} · {{letterKinds}}", "Balance points at the " + names.confirmations() + " row", 4);
        titled(wb, s, names.sample(), "The sample per currency", "{{selectionRule}}",
                "{{factorTable}}. {{projectionRule}}", 4);
        titled(wb, s, names.strata(), "Strata of the stratified sample", "{{selectionRule}}",
                "Projection factor = book value ÷ book value sampled (ratio estimation): each sampled difference "
                        + "times it is the stratum's projected misstatement", 3);
    }

    /** Statements: the letterhead in the first rows, repeated with the header on every printed page; then Mail merge. */
    private static void statementsSheets(XSSFWorkbook wb, Styles s) {
        XSSFSheet sheet = titled(wb, s, StatementsSection.STATEMENTS, "{{companyName}}", "{{companyAddress}}",
                "{{companyContact}}", 6);
        sheet.createRow(3).createCell(0).setCellValue("Statement of account as of {{asOf}}");
        sheet.getRow(3).getCell(0).setCellStyle(s.key);
        sheet.createRow(4).createCell(0).setCellValue("{{statementKind}} · {{statementPages}}");
        sheet.getRow(4).getCell(0).setCellStyle(s.subtitle);
        titled(wb, s, StatementsSection.MAIL_MERGE, "Statements: mail merge",
                "As of {{asOf}} · one row per customer and currency · {{statementPages}}",
                "Balance due and Overdue point at the statement; Aging balance is the aging's own figure for the customer", 4);
    }

    /**
     * The subledger-to-GL reconciliation. Placeholders: {@code asOf} and {@code glKind} (the writer
     * fills them), {@code sourceFile}, {@code glFile}, {@code profile}, {@code version},
     * {@code generatedAt} (the job fills them). The {@code {{columns}}} marker of Pivot is where the
     * pivot table goes; on Roll-forward without a register it becomes a note.
     */
    static XSSFWorkbook reconciliation() {
        XSSFWorkbook wb = new XSSFWorkbook();
        Styles s = new Styles(wb);
        reconSheets(wb, s, ReconSection.SUMMARY);
        closingSheets(wb, s,
                "Every row that did not become a record: rows of the subledger export by number, rows of the other "
                        + "files as \"file row n\", with the reason and the raw values.",
                "Subledger: {{sourceFile}} · GL: {{glFile}}");
        return wb;
    }

    private static void reconSheets(XSSFWorkbook wb, Styles s, String summary) {
        titled(wb, s, summary, "Accounts receivable reconciliation: subledger to general ledger",
                "As of {{asOf}} · GL {{glKind}} · Difference = GL balance − subledger total; each reconciling category "
                        + "= its GL amounts − its subledger amounts",
                "Subledger: {{sourceFile}} · GL: {{glFile}} · {{profile}} · every amount is a live SUMIFS over the "
                        + "Recon Data table", 4);
        titled(wb, s, ReconSection.PIVOT, "Pivot: amounts by currency, entity and customer, per source",
                "Built on the Recon Data table; it fills when the file is opened (if it shows empty: Data › Refresh All). "
                        + "Filter by Match status to see one reconciling category.", null, 4);
        titled(wb, s, ReconSection.DATA, "Reconciliation data: one row per record of every source",
                "As of {{asOf}} · Excel table ReconData: filter it, pivot it or SUMIFS it · amounts signed, debit positive",
                null, 3);
        titled(wb, s, ReconSection.ROLL_FORWARD, "AR roll-forward",
                "Opening AR (prior period's open items) + invoices + receipts + credits + adjustments + write-offs "
                        + "= computed closing, against the subledger's closing balance",
                "Movements signed as the register gives them (receipts and credits negative) · live SUMIFS over Recon Data",
                4);
        titled(wb, s, ReconSection.UNAPPLIED, "Unapplied cash and open credits",
                "As of {{asOf}} · subledger items with a negative open amount, oldest due date first · "
                        + "age in days from the document date to the as-of date", null, 3);
    }

    /**
     * Cash application. Placeholders: {@code asOf} (the writer fills it), {@code sourceFile} (the
     * open-items export), {@code paymentsFile}, {@code profile}, {@code version}, {@code generatedAt}
     * (the job fills them).
     * ERP Import has no title rows: its header is row 1, ready for an ERP's loader.
     */
    static XSSFWorkbook cashApplication() {
        XSSFWorkbook wb = new XSSFWorkbook();
        Styles s = new Styles(wb);
        cashAppSheets(wb, s, CashAppSection.SUMMARY);
        closingSheets(wb, s,
                "Every row that did not become an open item or a payment: rows of the open-items export by number, "
                        + "rows of the payment file as \"file row n\", with the reason and the raw values.",
                "Open items: {{sourceFile}} · Payments: {{paymentsFile}}");
        return wb;
    }

    private static void cashAppSheets(XSSFWorkbook wb, Styles s, String summary) {
        titled(wb, s, summary, "Cash application",
                "As of {{asOf}} · per currency: payments auto-applied (high confidence), suggested for review, left unapplied",
                "Open items: {{sourceFile}} · {{profile}} · Payments: {{paymentsFile}} · every figure is a live formula "
                        + "over Applied, Review, "
                        + "Unapplied and Deductions", 4);
        titled(wb, s, CashAppSection.APPLIED, "Auto-applied: high-confidence matches",
                "As of {{asOf}} · one row per payment and invoice · Remaining open is what stays open after the cash "
                        + "and any deduction · Payment line and Invoice line number each payment's and each invoice's "
                        + "rows in the order they were applied (line 1 is the first)", null, 3);
        titled(wb, s, CashAppSection.REVIEW, "For review: suggested matches",
                "As of {{asOf}} · medium and low confidence: nothing here is applied until a person decides · "
                        + "choose Accept or Reject in the Decision column", null, 3);
        titled(wb, s, CashAppSection.UNAPPLIED, "Unapplied cash",
                "As of {{asOf}} · payments, or what is left of them, that no rule applied, with the reason and the "
                        + "best candidates", null, 3);
        titled(wb, s, CashAppSection.DEDUCTIONS, "Deductions",
                "As of {{asOf}} · short payments accepted within tolerance: early-payment discounts and short pays",
                null, 3);
        XSSFSheet erp = wb.createSheet(CashAppSection.ERP_IMPORT);
        erp.createRow(0).createCell(0).setCellValue(WorkbookTemplate.COLUMNS_MARKER);
        erp.getRow(0).getCell(0).setCellStyle(s.header);
    }

    /** Every template ends the same way: Exceptions (its subtitles say which files), Checks, About, Styles. */
    private static void closingSheets(XSSFWorkbook wb, Styles s, String exceptionsSubtitle, String exceptionsSource) {
        titled(wb, s, ExceptionsSheet.NAME, "Rows not used", exceptionsSubtitle, exceptionsSource, 4);
        checks(wb, s);
        titled(wb, s, "About", "About this workbook", "AR Workbench {{version}} · generated {{generatedAt}}", null, 3);
        styles(wb, s);
    }

    private static void checks(XSSFWorkbook wb, Styles s) {
        XSSFSheet checks = titled(wb, s, ChecksSheet.NAME, "Checks",
                "Live formulas prove that the workbook ties to the export, to the cent.", null, 4);
        XSSFRow master = checks.createRow(2);
        master.createCell(0).setCellValue("Master check");
        master.getCell(0).setCellStyle(s.key);
        master.createCell(1).setCellValue("{{masterCheck}}");
        master.getCell(1).setCellStyle(s.master);
    }

    private static XSSFSheet titled(XSSFWorkbook wb, Styles s, String name, String title, String subtitle,
                                    String subtitle2, int headerRow) {
        XSSFSheet sheet = wb.createSheet(name);
        sheet.createRow(0).createCell(0).setCellValue(title);
        sheet.getRow(0).getCell(0).setCellStyle(s.title);
        sheet.getRow(0).setHeightInPoints(22);
        sheet.createRow(1).createCell(0).setCellValue(subtitle);
        sheet.getRow(1).getCell(0).setCellStyle(s.subtitle);
        if (subtitle2 != null) {
            sheet.createRow(2).createCell(0).setCellValue(subtitle2);
            sheet.getRow(2).getCell(0).setCellStyle(s.subtitle);
        }
        sheet.createRow(headerRow).createCell(0).setCellValue(WorkbookTemplate.COLUMNS_MARKER);
        sheet.getRow(headerRow).getCell(0).setCellStyle(s.header);
        sheet.setDisplayGridlines(false);
        return sheet;
    }

    private static void styles(XSSFWorkbook wb, Styles s) {
        XSSFSheet sheet = wb.createSheet(WorkbookTemplate.STYLES_SHEET);
        sheet.createRow(0).createCell(0).setCellValue(
                "Cell styles used when filling this template. Restyle column B; keep the names in column A. "
                        + "This sheet is removed from the output.");
        Object[][] rows = {
            {StyleRole.HEADER, s.header, "Header"},
            {StyleRole.HEADER_NUMBER, s.headerNumber, "Amount"},
            {StyleRole.TEXT, s.text, "Text"},
            {StyleRole.DATE, s.date, java.time.LocalDate.of(2026, 6, 30)},
            {StyleRole.AMOUNT, s.amount, -1234.56},
            {StyleRole.INTEGER, s.integer, 42.0},
            {StyleRole.PERCENT, s.percent, 0.125},
            {StyleRole.TOTAL_LABEL, s.totalLabel, "Total"},
            {StyleRole.TOTAL_AMOUNT, s.totalAmount, 98765.43},
            {StyleRole.TOTAL_PERCENT, s.totalPercent, 1.0},
            {StyleRole.KEY, s.key, "Item"},
            {StyleRole.CHECK_MASTER, s.master, "ALL CHECKS OK"},
        };
        int r = 2;
        for (Object[] row : rows) {
            XSSFRow x = sheet.createRow(r++);
            x.createCell(0).setCellValue(((StyleRole) row[0]).roleName());
            var cell = x.createCell(1);
            if (row[2] instanceof String t) {
                cell.setCellValue(t);
            } else if (row[2] instanceof Double d) {
                cell.setCellValue(d);
            } else {
                cell.setCellValue((java.time.LocalDate) row[2]);
            }
            cell.setCellStyle((CellStyle) row[1]);
        }
        sheet.setColumnWidth(0, 20 * 256);
        sheet.setColumnWidth(1, 20 * 256);
    }

    /** The default look: navy header band, real number formats, bold totals with a rule above. */
    private static final class Styles {
        final XSSFCellStyle title;
        final XSSFCellStyle subtitle;
        final XSSFCellStyle header;
        final XSSFCellStyle headerNumber;
        final XSSFCellStyle text;
        final XSSFCellStyle date;
        final XSSFCellStyle amount;
        final XSSFCellStyle integer;
        final XSSFCellStyle percent;
        final XSSFCellStyle totalLabel;
        final XSSFCellStyle totalAmount;
        final XSSFCellStyle totalPercent;
        final XSSFCellStyle key;
        final XSSFCellStyle master;

        Styles(XSSFWorkbook wb) {
            var fmt = wb.createDataFormat();
            XSSFFont titleFont = wb.createFont();
            titleFont.setBold(true);
            titleFont.setFontHeightInPoints((short) 14);
            titleFont.setColor(new XSSFColor(new byte[] {(byte) 0x1F, (byte) 0x3A, (byte) 0x5F}, null));
            title = wb.createCellStyle();
            title.setFont(titleFont);
            XSSFFont subFont = wb.createFont();
            subFont.setItalic(true);
            subFont.setColor(IndexedColors.GREY_50_PERCENT.getIndex());
            subtitle = wb.createCellStyle();
            subtitle.setFont(subFont);
            XSSFFont headFont = wb.createFont();
            headFont.setBold(true);
            headFont.setColor(IndexedColors.WHITE.getIndex());
            header = wb.createCellStyle();
            header.setFont(headFont);
            header.setFillForegroundColor(new XSSFColor(new byte[] {(byte) 0x1F, (byte) 0x3A, (byte) 0x5F}, null));
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setVerticalAlignment(VerticalAlignment.CENTER);
            header.setWrapText(true);
            header.setAlignment(HorizontalAlignment.LEFT);
            header.setIndention((short) 1);
            headerNumber = wb.createCellStyle();
            headerNumber.cloneStyleFrom(header);
            headerNumber.setAlignment(HorizontalAlignment.RIGHT);
            text = wb.createCellStyle();
            // One character of indent keeps text from touching a right-aligned number to its left.
            text.setAlignment(HorizontalAlignment.LEFT); // LibreOffice ignores an indent on GENERAL alignment
            text.setIndention((short) 1);
            date = wb.createCellStyle();
            date.setDataFormat(fmt.getFormat("yyyy-mm-dd"));
            date.setAlignment(HorizontalAlignment.CENTER);
            amount = wb.createCellStyle();
            amount.setDataFormat(fmt.getFormat("#,##0.00;[Red]-#,##0.00"));
            integer = wb.createCellStyle();
            integer.setDataFormat(fmt.getFormat("0"));
            percent = wb.createCellStyle();
            percent.setDataFormat(fmt.getFormat("0.0%"));
            XSSFFont bold = wb.createFont();
            bold.setBold(true);
            totalLabel = wb.createCellStyle();
            totalLabel.setFont(bold);
            totalLabel.setBorderTop(BorderStyle.THIN);
            totalAmount = wb.createCellStyle();
            totalAmount.cloneStyleFrom(amount);
            totalAmount.setFont(bold);
            totalAmount.setBorderTop(BorderStyle.THIN);
            totalAmount.setBorderBottom(BorderStyle.DOUBLE);
            totalPercent = wb.createCellStyle();
            totalPercent.cloneStyleFrom(percent);
            totalPercent.setFont(bold);
            totalPercent.setBorderTop(BorderStyle.THIN);
            key = wb.createCellStyle();
            key.setFont(bold);
            XSSFFont masterFont = wb.createFont();
            masterFont.setBold(true);
            masterFont.setFontHeightInPoints((short) 12);
            master = wb.createCellStyle();
            master.setFont(masterFont);
        }
    }
}
