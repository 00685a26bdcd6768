package com.arworkbench.dunning;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Fills a level's letter for one notice. Placeholders: {{customer}}, {{customerId}}, {{contact}},
 * {{items}} (one line per item), {{total}}, {{interest}}, {{fee}}, {{amountDue}}, {{currency}},
 * {{oldestDueDate}}, {{asOf}}, {{level}}, {{levelName}}, {{collector}}. Numbers and dates follow the
 * letter's language (1,234.56 and 12 Mar 2026 in English; 1.234,56 and 12.03.2026 in German).
 */
final class Letters {

    private static final java.util.regex.Pattern DOUBLE_SPACE = java.util.regex.Pattern.compile("(?<=\\S) {2,}");
    private static final java.util.regex.Pattern SPACE_BEFORE_PUNCTUATION = java.util.regex.Pattern.compile("[ \t]+([.,;:)])");

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
        DecimalFormat money = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(locale));
        DateTimeFormatter date = "en".equals(locale.getLanguage())
                ? DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH)
                : DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.MEDIUM).withLocale(locale);
        StringBuilder items = new StringBuilder();
        for (DunnedItem d : n.items()) {
            items.append(items.length() == 0 ? "" : "\n").append("- ")
                    .append(d.item().documentNumber().isEmpty() ? "(no number)" : d.item().documentNumber())
                    .append(", ").append(date.format(d.item().dueDate())).append(": ")
                    .append(money.format(d.item().openAmount())).append(' ').append(n.currency()).append(" (")
                    .append(d.daysPastDue()).append(')');
        }
        Map<String, String> values = new LinkedHashMap<>();
        values.put("customer", n.customer().displayName());
        values.put("customerId", n.customer().id() == null ? "" : n.customer().id());
        String contact = n.profile() != null && n.profile().contactName() != null ? n.profile().contactName() : "";
        // "Dear ," reads badly: an English letter without a contact greets the usual way.
        values.put("contact", contact.isEmpty() && "en".equals(locale.getLanguage()) ? "Sir or Madam" : contact);
        values.put("items", items.toString());
        values.put("total", money.format(n.overdue()));
        values.put("interest", money.format(n.interest()));
        values.put("fee", money.format(n.fee()));
        values.put("amountDue", money.format(n.amountDue()));
        values.put("currency", n.currency());
        values.put("oldestDueDate", n.oldestDue() == null ? "" : date.format(n.oldestDue()));
        values.put("asOf", date.format(asOf));
        values.put("level", String.valueOf(n.level()));
        values.put("levelName", n.levelName());
        values.put("collector", n.profile() != null && n.profile().collector() != null ? n.profile().collector() : "");
        String to = n.profile() == null || n.profile().email() == null ? "" : n.profile().email();
        String cc = n.profile() == null || n.profile().ccEmail() == null ? "" : n.profile().ccEmail();
        return new Letter(to, cc, fill(text.subject(), values), fill(text.body(), values),
                locale.getLanguage());
    }

    static String fill(String template, Map<String, String> values) {
        String out = template;
        for (Map.Entry<String, String> e : values.entrySet()) {
            out = out.replace("{{" + e.getKey() + "}}", e.getValue());
        }
        // An empty placeholder leaves a space before punctuation ("67,562.66 ." without a currency).
        out = SPACE_BEFORE_PUNCTUATION.matcher(out).replaceAll("$1");
        return DOUBLE_SPACE.matcher(out).replaceAll(" ");
    }

    static String plain(BigDecimal v) {
        return v.toPlainString();
    }
}
