package com.arworkbench.statements.pdf;

import com.arworkbench.aging.AgedItem;
import com.arworkbench.aging.AgingBucket;
import com.arworkbench.model.CustomerProfile;
import com.arworkbench.statements.Activity;
import com.arworkbench.statements.Movement;
import com.arworkbench.statements.Statement;
import com.arworkbench.statements.StatementParameters;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Writes one statement as a PDF (A4, portrait) with Apache PDFBox: the letterhead, the customer, every open item
 * aged, the balance due with its overdue part and buckets, and with a history the activity of the period.
 *
 * <p>The text is set in DejaVu Sans, shipped in the jar (Bitstream Vera licence: free to embed and redistribute,
 * see {@code fonts/DejaVu-LICENSE.txt}) and embedded as a subset: the standard 14 PDF fonts encode WinAnsi only and
 * would fail on Polish, Greek or Cyrillic names. DejaVu Sans has no CJK glyphs: such a character is printed as
 * "?", counted, and the statement says so (the workbook keeps the full text). One writer serves many statements:
 * the font file is parsed once. Not thread-safe.
 */
public final class StatementPdf implements AutoCloseable {

    private static final float MARGIN = 50;
    private static final float SIZE = 9;
    private static final float LEADING = 13;
    private static final char REPLACEMENT = '?';

    private final List<String> letterhead;
    private final StatementParameters parameters;
    private final TrueTypeFont regular;
    private final TrueTypeFont bold;
    private final CmapLookup regularCmap;
    private final CmapLookup boldCmap;

    /** @param letterhead the company's lines, as the statements template has them after filling */
    public StatementPdf(List<String> letterhead, StatementParameters parameters) throws IOException {
        this.letterhead = List.copyOf(letterhead);
        this.parameters = parameters;
        this.regular = font("/fonts/DejaVuSans.ttf");
        this.bold = font("/fonts/DejaVuSans-Bold.ttf");
        this.regularCmap = regular.getUnicodeCmapLookup();
        this.boldCmap = bold.getUnicodeCmapLookup();
    }

    private static TrueTypeFont font(String resource) throws IOException {
        try (InputStream in = StatementPdf.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("font " + resource + " is missing from the application");
            }
            return new TTFParser().parse(new RandomAccessReadBuffer(in.readAllBytes()));
        }
    }

    /** Writes the statement; returns how many characters the font could not print (shown as "?"). */
    public int write(Statement s, OutputStream out) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            Page page = new Page(doc, PDType0Font.load(doc, regular, true), PDType0Font.load(doc, bold, true));
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(page.clean("Statement of account: " + s.customer().displayName(), false));
            info.setCreator("AR Workbench");
            try {
                content(page, s);
            } finally {
                page.close();
            }
            doc.save(out);
            return page.replaced;
        }
    }

    private void content(Page p, Statement s) throws IOException {
        for (int i = 0; i < letterhead.size(); i++) {
            p.line(i == 0 ? 13 : SIZE, i == 0, MARGIN, letterhead.get(i));
        }
        p.skip(1);
        p.line(13, true, MARGIN, "Statement of account");
        p.line(SIZE, false, MARGIN, "As of " + parameters.asOf() + (s.currency().isEmpty() ? "" : " · amounts in " + s.currency()));
        p.skip(0.5f);
        p.line(SIZE, true, MARGIN, s.customer().displayName());
        if (s.customer().id() != null) {
            p.line(SIZE, false, MARGIN, "Customer ID " + s.customer().id());
        }
        CustomerProfile profile = s.profile();
        if (profile != null && profile.contactName() != null) {
            p.line(SIZE, false, MARGIN, "Attn. " + profile.contactName());
        }
        if (profile != null && profile.email() != null) {
            p.line(SIZE, false, MARGIN, profile.email());
        }
        p.skip(1);
        float[] x = {MARGIN, MARGIN + 95, MARGIN + 190, MARGIN + 255, MARGIN + 320, MARGIN + 370};
        float right = 545;
        p.row(true, x, right, "Document", "Type", "Date", "Due date", "Days", "Bucket", "Amount");
        for (AgedItem a : s.items()) {
            p.row(false, x, right, nz(a.item().documentNumber()), a.item().type().label(), date(a.item().documentDate()),
                    date(a.item().dueDate()), Long.toString(a.daysPastDue()), a.bucket().label(), money(a.item().openAmount()));
        }
        p.skip(0.5f);
        p.total(x[0], right, "Balance due", money(s.balance()));
        p.total(x[0], right, "Of which overdue", money(s.overdue()));
        p.skip(0.5f);
        List<AgingBucket> buckets = parameters.buckets().buckets();
        for (int b = 0; b < buckets.size(); b++) {
            p.row(false, x, right, "", "", "", "", "", buckets.get(b).label(), money(s.buckets().get(b)));
        }
        Activity a = s.activity();
        if (a != null) {
            p.skip(1);
            p.line(11, true, MARGIN, "Activity from " + a.from() + " to " + a.to());
            p.total(x[0], right, "Opening balance", money(a.opening()));
            for (Movement m : a.movements()) {
                p.row(false, x, right, nz(m.documentNumber()), m.kind().label(), date(m.date()), "", "", "", money(m.amount()));
            }
            p.total(x[0], right, "Closing balance", money(a.closing()));
        }
        if (p.replaced > 0) {
            p.skip(1);
            p.line(8, false, MARGIN, p.replaced + " character(s) this font cannot print are shown as \"?\"; "
                    + "the workbook has the full text.");
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String date(LocalDate d) {
        return d == null ? "" : d.toString();
    }

    /** 1,234.56 and -1,234.56: the amount as the statement prints it. */
    public static String money(BigDecimal v) {
        return String.format(Locale.US, "%,.2f", v);
    }

    @Override
    public void close() throws IOException {
        regular.close();
        bold.close();
    }

    /** The page being written, and new pages as the statement runs on. */
    private final class Page {
        private final PDDocument doc;
        private final PDType0Font font;
        private final PDType0Font boldFont;
        private PDPageContentStream cs;
        private float y;
        private int pages;
        int replaced;

        Page(PDDocument doc, PDType0Font font, PDType0Font boldFont) throws IOException {
            this.doc = doc;
            this.font = font;
            this.boldFont = boldFont;
            newPage();
        }

        private void newPage() throws IOException {
            if (cs != null) {
                cs.close();
            }
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            cs = new PDPageContentStream(doc, page);
            pages++;
            y = PDRectangle.A4.getHeight() - MARGIN;
            if (pages > 1) {
                text(8, false, MARGIN, "Statement of account (continued), page " + pages);
                y -= LEADING * 1.5f;
            }
        }

        void skip(float lines) {
            y -= LEADING * lines;
        }

        void line(float size, boolean isBold, float x, String text) throws IOException {
            room();
            text(size, isBold, x, text);
            y -= size > SIZE ? LEADING + 3 : LEADING;
        }

        void row(boolean isBold, float[] xs, float right, String... cells) throws IOException {
            room();
            for (int i = 0; i < cells.length - 1; i++) {
                text(SIZE, isBold, xs[i], fit(cells[i], i + 1 < xs.length ? xs[i + 1] - xs[i] - 4 : 60, isBold));
            }
            rightAligned(isBold, right, cells[cells.length - 1]);
            y -= LEADING;
        }

        void total(float x, float right, String label, String amount) throws IOException {
            room();
            text(SIZE, true, x, label);
            rightAligned(true, right, amount);
            y -= LEADING;
        }

        private void rightAligned(boolean isBold, float right, String text) throws IOException {
            String t = clean(text, false);
            float w = (isBold ? boldFont : font).getStringWidth(t) / 1000 * SIZE;
            raw(SIZE, isBold, right - w, t);
        }

        private void room() throws IOException {
            if (y < MARGIN + LEADING) {
                newPage();
            }
        }

        private void text(float size, boolean isBold, float x, String text) throws IOException {
            raw(size, isBold, x, clean(text, true));
        }

        private void raw(float size, boolean isBold, float x, String t) throws IOException {
            if (t.isEmpty()) {
                return;
            }
            cs.beginText();
            cs.setFont(isBold ? boldFont : font, size);
            cs.newLineAtOffset(x, y);
            cs.showText(t);
            cs.endText();
        }

        /** Cut to the column's width, with an ellipsis. */
        private String fit(String text, float width, boolean isBold) throws IOException {
            String t = clean(text, true);
            PDType0Font f = isBold ? boldFont : font;
            if (f.getStringWidth(t) / 1000 * SIZE <= width) {
                return t;
            }
            while (!t.isEmpty() && f.getStringWidth(t + "…") / 1000 * SIZE > width) {
                t = t.substring(0, t.offsetByCodePoints(t.length(), -1));
            }
            return t + "…";
        }

        /**
         * The text with control characters as spaces and every character the font has no glyph for as "?"
         * ({@code count}: counted once, where it is first cleaned).
         */
        String clean(String text, boolean count) {
            StringBuilder sb = new StringBuilder(text.length());
            List<Integer> cps = new ArrayList<>();
            text.codePoints().forEach(cps::add);
            for (int cp : cps) {
                if (Character.isISOControl(cp)) {
                    sb.append(' ');
                } else if (regularCmap.getGlyphId(cp) == 0 || boldCmap.getGlyphId(cp) == 0) {
                    sb.append(REPLACEMENT);
                    if (count) {
                        replaced++;
                    }
                } else {
                    sb.appendCodePoint(cp);
                }
            }
            return sb.toString();
        }

        void close() throws IOException {
            cs.close();
        }
    }
}
