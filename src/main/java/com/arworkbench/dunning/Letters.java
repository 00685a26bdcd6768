package com.arworkbench.dunning;

import com.arworkbench.model.DocumentType;
import com.arworkbench.model.OpenItem;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Fills a level's letter for one notice. Placeholders: {{customer}}, {{customerId}}, {{contact}},
 * {{items}} (one line per overdue item, then the open credits and unapplied payments and what they do to the
 * amount due), {{total}} (overdue), {{credits}} (open credits), {{creditsDeducted}}, {{netOverdue}}, {{interest}},
 * {{fee}}, {{amountDue}} (net overdue + interest + fee: what the letter demands), {{currency}},
 * {{oldestDueDate}}, {{asOf}}, {{level}}, {{levelName}}, {{collector}}. Numbers and dates follow the
 * letter's language (1,234.56 and 12 Mar 2026 in English; 1.234,56 and 12.03.2026 in German).
 */
final class Letters {

    /** Excel's limit on the characters in one cell: a longer body is cut off, losing its total and closing. */
    static final int MAX_CELL = 32_767;
    /** Overdue items (and credits) a letter lists one by one; the rest are summed up in one line. */
    static final int MAX_LISTED = 25;

    private static final DateTimeFormatter ENGLISH_DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    /** A number format per letter language, made once per thread (a DecimalFormat is not thread-safe): 20,000 letters. */
    private static final ThreadLocal<Map<Locale, DecimalFormat>> MONEY = ThreadLocal.withInitial(java.util.HashMap::new);

    private Letters() {
    }

    static Letter compose(Notice n, DunningPolicy policy, LocalDate asOf) {
        String language = n.profile() != null && n.profile().language() != null && !n.profile().language().isBlank()
                ? n.profile().language().strip() : policy.defaultLanguage();
        LetterText text = policy.letter(n.level(), language);
        // Numbers and dates follow the letter actually chosen: a German customer gets the English text when the
        // policy has no German one, and that text must not read "3.604,10 EUR" (see DunningPolicy.letter).
        String used = language.toLowerCase(Locale.ROOT);
        used = used.length() > 2 ? used.substring(0, 2) : used;
        Map<String, LetterText> available = policy.level(n.level()).letters();
        if (!available.containsKey(used)) {
            used = available.containsKey(policy.defaultLanguage()) ? policy.defaultLanguage() : available.keySet().iterator().next();
        }
        Locale locale = Locale.forLanguageTag(used.length() >= 2 ? used.substring(0, 2) : "en");
        DecimalFormat money = MONEY.get().computeIfAbsent(locale,
                l -> new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(l)));
        DateTimeFormatter date = "en".equals(locale.getLanguage()) ? ENGLISH_DATE
                : DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.MEDIUM).withLocale(locale);
        // The sentences around the lists exist in the shipped policy's languages; a letter in any other falls back to
        // English ones rather than leaving the credits unexplained.
        Wording words = "de".equals(locale.getLanguage()) ? Wording.GERMAN : Wording.ENGLISH;
        Map<String, String> values = new LinkedHashMap<>();
        values.put("items", items(n, policy, words, money, date, MAX_LISTED));
        values.put("customer", n.customer().displayName());
        values.put("customerId", n.customer().id() == null ? "" : n.customer().id());
        String contact = n.profile() != null && n.profile().contactName() != null ? n.profile().contactName() : "";
        // "Dear ," reads badly: an English letter without a contact greets the usual way.
        values.put("contact", contact.isEmpty() && "en".equals(locale.getLanguage()) ? "Sir or Madam" : contact);
        values.put("total", money.format(n.overdue()));
        values.put("credits", money.format(n.openCredits().negate()));
        values.put("creditsDeducted", money.format(n.creditsDeducted()));
        values.put("netOverdue", money.format(n.netOverdue()));
        values.put("interest", money.format(n.interest()));
        values.put("fee", money.format(n.fee()));
        values.put("amountDue", money.format(n.netAmountDue()));
        values.put("currency", n.currency());
        values.put("oldestDueDate", n.oldestDue() == null ? "" : date.format(n.oldestDue()));
        values.put("asOf", date.format(asOf));
        values.put("level", String.valueOf(n.level()));
        values.put("levelName", n.levelName());
        values.put("collector", n.profile() != null && n.profile().collector() != null ? n.profile().collector() : "");
        String to = n.profile() == null || n.profile().email() == null ? "" : n.profile().email();
        String cc = n.profile() == null || n.profile().ccEmail() == null ? "" : n.profile().ccEmail();
        String body = fill(text.body(), values);
        if (body.length() > MAX_CELL) {
            // Even 25 lines each are too many (very long document numbers, or a long template): list none, so the
            // total and the closing after the list still fit in the cell.
            values.put("items", items(n, policy, words, money, date, 0));
            body = fill(text.body(), values);
        }
        return new Letter(to, cc, fill(text.subject(), values), body, locale.getLanguage());
    }

    /**
     * The overdue items, then the open credits and unapplied payments with what they do to the amount due. Each list
     * shows at most {@code maxListed} lines, the largest amounts first, and sums up the rest in one line: a customer
     * with hundreds of items would otherwise get a body longer than an Excel cell holds, cut off before its total.
     */
    private static String items(Notice n, DunningPolicy policy, Wording words, DecimalFormat money,
                                DateTimeFormatter date, int maxListed) {
        StringBuilder sb = new StringBuilder();
        List<OpenItem> overdue = n.items().stream().map(DunnedItem::item).toList();
        Map<OpenItem, Long> days = new java.util.IdentityHashMap<>();
        n.items().forEach(d -> days.put(d.item(), d.daysPastDue()));
        List<OpenItem> listed = largest(overdue, maxListed);
        for (OpenItem i : listed) {
            line(sb, i, n.currency(), money, date).append(" (").append(days.get(i)).append(')');
        }
        rest(sb, overdue, listed, words.moreItems, n.currency(), money);
        if (n.credits().isEmpty()) {
            return sb.toString();
        }
        sb.append("\n\n").append(words.creditsHeading);
        List<OpenItem> credits = largest(n.credits(), maxListed);
        for (OpenItem i : credits) {
            line(sb, i, n.currency(), money, date).append(" (").append(words.type(i.type())).append(')');
        }
        rest(sb, n.credits(), credits, words.moreCredits, n.currency(), money);
        BigDecimal open = n.openCredits().negate();
        sb.append('\n');
        if (!policy.creditsReduceDemand()) {
            sb.append(String.format(words.notDeducted, money.format(open), n.currency()));
        } else if (open.compareTo(n.overdue()) >= 0) {
            // Said in words: a negative "amount due" reads as a demand, not as the credit it is.
            sb.append(String.format(words.creditsExceed, money.format(open), money.format(n.overdue()), n.currency(),
                    money.format(open.subtract(n.overdue())), n.currency()));
        } else {
            sb.append(String.format(words.deducted, money.format(n.overdue()), money.format(n.creditsDeducted()),
                    money.format(n.netOverdue()), n.currency()));
        }
        return sb.toString();
    }

    /** The items a letter lists: all when they fit, else the largest by amount (credits: by size), largest first. */
    private static List<OpenItem> largest(List<OpenItem> all, int maxListed) {
        if (all.size() <= maxListed) {
            return all;
        }
        List<OpenItem> sorted = new ArrayList<>(all);
        sorted.sort(Comparator.comparing((OpenItem i) -> i.openAmount().abs()).reversed()
                .thenComparing(OpenItem::dueDate, Comparator.nullsLast(Comparator.naturalOrder())));
        return sorted.subList(0, maxListed);
    }

    private static StringBuilder line(StringBuilder sb, OpenItem i, String currency, DecimalFormat money,
                                      DateTimeFormatter date) {
        return sb.append(sb.length() == 0 || sb.charAt(sb.length() - 1) == '\n' ? "" : "\n").append("- ")
                .append(i.documentNumber().isEmpty() ? "(no number)" : i.documentNumber())
                .append(", ").append(i.dueDate() == null ? "" : date.format(i.dueDate())).append(": ")
                .append(money.format(i.openAmount())).append(' ').append(currency);
    }

    /** One line for what the list leaves out, so the total still adds up for the reader. */
    private static void rest(StringBuilder sb, List<OpenItem> all, List<OpenItem> listed, String wording, String currency,
                             DecimalFormat money) {
        int more = all.size() - listed.size();
        if (more == 0) {
            return;
        }
        BigDecimal listedTotal = listed.stream().map(OpenItem::openAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal total = all.stream().map(OpenItem::openAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
        sb.append(sb.length() == 0 || sb.charAt(sb.length() - 1) == '\n' ? "" : "\n")
                .append(String.format(wording, more, money.format(total.subtract(listedTotal)), currency));
    }

    /** The sentences the letter adds around the lists, in the languages the default policy has. */
    private record Wording(String moreItems, String moreCredits, String creditsHeading, String deducted,
                           String creditsExceed, String notDeducted, String creditMemo, String payment) {

        static final Wording ENGLISH = new Wording(
                "…and %d more items totalling %s %s; see the enclosed statement.",
                "…and %d more credits totalling %s %s; see the enclosed statement.",
                "Open credits and unapplied payments on your account:\n",
                "Overdue %s less credits of %s: %s %s.",
                "Your credits of %s exceed the overdue %s %s: no payment of these items is requested, and %s %s remains "
                        + "to your credit.",
                "These credits of %s %s are not deducted from the amount due; we will apply them separately.",
                "credit memo", "unapplied payment");
        static final Wording GERMAN = new Wording(
                "…und %d weitere Posten über insgesamt %s %s; siehe beiliegenden Kontoauszug.",
                "…und %d weitere Gutschriften über insgesamt %s %s; siehe beiliegenden Kontoauszug.",
                "Offene Gutschriften und nicht zugeordnete Zahlungen auf Ihrem Konto:\n",
                "Überfällig %s abzüglich Gutschriften von %s: %s %s.",
                "Ihre Gutschriften von %s übersteigen den überfälligen Betrag von %s %s: Für diese Posten ist keine "
                        + "Zahlung fällig, %s %s verbleiben als Guthaben.",
                "Diese Gutschriften von %s %s werden nicht mit dem fälligen Betrag verrechnet; wir verrechnen sie gesondert.",
                "Gutschrift", "nicht zugeordnete Zahlung");

        String type(DocumentType t) {
            return t == DocumentType.PAYMENT ? payment
                    : t == DocumentType.CREDIT_MEMO ? creditMemo : t.label().toLowerCase(Locale.ROOT);
        }
    }

    static String fill(String template, Map<String, String> values) {
        // One pass over the template; a value is never searched for placeholders itself (a document number or a
        // customer's name holding "{{total}}" stays as it is). An unknown placeholder stays as written.
        StringBuilder sb = new StringBuilder(template.length() + 256);
        int at = 0;
        while (true) {
            int open = template.indexOf("{{", at);
            int close = open < 0 ? -1 : template.indexOf("}}", open + 2);
            if (close < 0) {
                sb.append(template, at, template.length());
                break;
            }
            String value = values.get(template.substring(open + 2, close));
            if (value == null) {
                sb.append(template, at, open + 2); // not a placeholder we know: keep "{{" and look on after it
                at = open + 2;
                continue;
            }
            sb.append(template, at, open).append(value);
            at = close + 2;
        }
        return tidy(sb.toString());
    }

    /**
     * An empty placeholder leaves a space before punctuation ("67,562.66 ." without a currency) or two spaces in a
     * row: spaces and tabs before . , ; : ) are dropped, then a run of spaces after a visible character becomes one
     * (indentation after a line break stays). By hand, in one pass each: as regexes this was a fifth of composing
     * the letters, and an export without a currency column leaves a double space in every letter.
     */
    static String tidy(String s) {
        StringBuilder noSpaceBefore = null;
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\t') {
                int end = i;
                while (end < n && (s.charAt(end) == ' ' || s.charAt(end) == '\t')) {
                    end++;
                }
                boolean drop = end < n && ".,;:)".indexOf(s.charAt(end)) >= 0;
                if (drop && noSpaceBefore == null) {
                    noSpaceBefore = new StringBuilder(n).append(s, 0, i);
                }
                if (!drop && noSpaceBefore != null) {
                    noSpaceBefore.append(s, i, end);
                }
                i = end - 1;
            } else if (noSpaceBefore != null) {
                noSpaceBefore.append(c);
            }
        }
        String t = noSpaceBefore == null ? s : noSpaceBefore.toString();
        StringBuilder single = null;
        int m = t.length();
        for (int i = 0; i < m; i++) {
            char c = t.charAt(i);
            if (c == ' ' && i + 1 < m && t.charAt(i + 1) == ' ' && i > 0 && !isWhitespace(t.charAt(i - 1))) {
                int end = i;
                while (end < m && t.charAt(end) == ' ') {
                    end++;
                }
                if (single == null) {
                    single = new StringBuilder(m).append(t, 0, i);
                }
                single.append(' ');
                i = end - 1;
            } else if (single != null) {
                single.append(c);
            }
        }
        return single == null ? t : single.toString();
    }

    /** What a regex's \\s matches: the ASCII whitespace. */
    private static boolean isWhitespace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    static String plain(BigDecimal v) {
        return v.toPlainString();
    }
}
