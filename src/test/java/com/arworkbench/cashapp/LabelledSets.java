package com.arworkbench.cashapp;

import com.arworkbench.cashapp.LabelledSetTest.Key;
import com.arworkbench.cashapp.LabelledSetTest.Truth;
import com.arworkbench.ingest.CustomerMasterFile;
import com.arworkbench.ingest.IngestOptions;
import com.arworkbench.ingest.OpenItemsFile;
import com.arworkbench.ingest.RowSink;
import com.arworkbench.model.Customer;
import com.arworkbench.model.CustomerProfile;
import com.arworkbench.model.OpenItem;
import com.arworkbench.model.Payment;
import com.arworkbench.model.RejectedRow;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What the labelled-set tests share: reading the open items and the master, running the engine, scoring it. */
final class LabelledSets {

    private LabelledSets() {
    }

    static List<OpenItem> openItems(Path file) throws Exception {
        List<OpenItem> items = new ArrayList<>();
        OpenItemsFile.open(file, file.getFileName().toString(), IngestOptions.detect()).read(new RowSink() {
            @Override
            public void item(OpenItem item) {
                items.add(item);
            }

            @Override
            public void notUsed(RejectedRow row) {
                throw new AssertionError("open item row not used: " + row);
            }
        });
        return items;
    }

    /** The master's bank accounts, as the engine takes them. */
    static Map<String, Customer> accounts(Path customersCsv) throws Exception {
        CustomerMasterFile master = CustomerMasterFile.read(customersCsv, customersCsv.getFileName().toString());
        Map<String, Customer> byAccount = new HashMap<>();
        for (CustomerProfile p : master.profiles()) {
            if (p.bankAccount() != null) {
                byAccount.put(p.bankAccount(), p.customer());
            }
        }
        return byAccount;
    }

    static CashApplicationReport run(Map<String, Customer> accounts, List<OpenItem> items, List<Payment> payments) {
        CashApplicationEngine engine = new CashApplicationEngine(Tolerances.standard(), accounts);
        items.forEach(engine::openItem);
        payments.forEach(engine::payment);
        return engine.report();
    }

    static Key key(Application a) {
        return Key.of(a.payment().id(), a.item().documentNumber(), a.amount());
    }

    static Set<Key> trueApplications(List<Truth> truth) {
        Set<Key> out = new LinkedHashSet<>();
        for (Truth t : truth) {
            if (!t.invoice().isEmpty()) {
                out.add(Key.of(t.paymentId(), t.invoice(), t.amount()));
            }
        }
        return out;
    }

    /** The payment's applications are all HIGH and are exactly its true applications. */
    static boolean fullyAutoApplied(String id, CashApplicationReport r, Set<Key> truth) {
        List<Application> mine = r.applications().stream().filter(a -> a.payment().id().equals(id)).toList();
        Set<Key> expected = new LinkedHashSet<>();
        truth.stream().filter(k -> k.paymentId().equals(id)).forEach(expected::add);
        return !expected.isEmpty() && mine.stream().allMatch(a -> a.confidence() == Confidence.HIGH)
                && new LinkedHashSet<>(mine.stream().map(LabelledSets::key).toList()).equals(expected)
                && mine.size() == expected.size();
    }
}
