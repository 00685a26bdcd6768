package com.arworkbench.ingest.values;

import com.arworkbench.model.Customer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits one customer column written as "Name (ID)", "ID Name" or "ID - Name". */
public final class CustomerText {

    private static final Pattern NAME_THEN_ID = Pattern.compile("^(.*\\S)\\s*\\(([^()]*\\d[^()]*)\\)$");
    /** An id looks like a code: optional letters/prefix, then at least three digits ("C1001", "CUST-00012", "10042"). */
    private static final Pattern ID_THEN_NAME = Pattern.compile("^([A-Za-z]{0,6}[-_/]?\\d{3,}[A-Za-z0-9-]*)\\s+(?:[-–:]\\s+)?(\\S.*)$");

    private CustomerText() {
    }

    /**
     * @return the customer, or null when the text is blank: a Customer needs an id or a name, and
     *         callers already treat null as "no customer" (fuzzing, issue 7: a blank cell threw
     *         IllegalArgumentException from the Customer constructor)
     */
    public static Customer parse(String text) {
        String s = text == null ? "" : text.strip();
        if (s.isEmpty()) {
            return null;
        }
        Matcher m = NAME_THEN_ID.matcher(s);
        if (m.matches()) {
            return new Customer(m.group(2).strip(), m.group(1).strip());
        }
        m = ID_THEN_NAME.matcher(s);
        if (m.matches()) {
            return new Customer(m.group(1), m.group(2).strip());
        }
        return new Customer(null, s);
    }
}
