package com.arworkbench.ingest.bank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.arworkbench.support.RealSamples;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every bank format is recognised by its content, whatever the file is called. */
class PaymentsFileTest {

    private static final Path SAMPLES = RealSamples.DIR;

    @Test
    void recognisesEachHandWrittenFormatByContent() throws Exception {
        PaymentsFile bai2 = PaymentsFile.read(Path.of("examples/cashapp/payments.bai2.txt"), "statement.dat");
        assertTrue(bai2.format().startsWith("BAI2"), bai2.format());
        assertTrue(bai2.payments().size() > 0);
        PaymentsFile camt = PaymentsFile.read(Path.of("src/test/resources/payments/camt053-v08.xml"), "statement.dat");
        assertTrue(camt.format().startsWith("ISO 20022 camt.053"), camt.format());
        PaymentsFile csv = PaymentsFile.read(Path.of("src/test/resources/payments/sparkasse-csv-camt-small.csv"),
                "statement.dat");
        assertTrue(csv.format().contains("German bank CSV"), csv.format());
        assertEquals(1, csv.payments().size());
    }

    @RealSamples
    @Test
    void recognisesEachFormatByContent() throws Exception {
        PaymentsFile bai2 = PaymentsFile.read(SAMPLES.resolve("bai2-sample1.txt"), "statement.dat");
        assertTrue(bai2.format().startsWith("BAI2"), bai2.format());
        assertEquals(5, bai2.payments().size());
        PaymentsFile camt = PaymentsFile.read(SAMPLES.resolve("camt053-v2-minimal.xml"), "statement.dat");
        assertTrue(camt.format().startsWith("ISO 20022 camt.053"), camt.format());
        assertEquals(1, camt.payments().size());
        PaymentsFile csv = PaymentsFile.read(SAMPLES.resolve("sparkasse-csv-camt.csv"), "statement.dat");
        assertTrue(csv.format().contains("German bank CSV"), csv.format());
        assertEquals(2, csv.payments().size());
        PaymentsFile mt940 = PaymentsFile.read(SAMPLES.resolve("mt940-betterplace-sepa.sta"), "statement.dat");
        assertTrue(mt940.format().startsWith("SWIFT MT940 statement (26 statement(s), 97 lines)"), mt940.format());
        assertEquals(23, mt940.payments().size());
        assertEquals(List.of(), mt940.controlNotes());
        PaymentsFile cmxl = PaymentsFile.read(SAMPLES.resolve("mt940-cmxl.sta"), "statement.dat");
        assertEquals(7, cmxl.payments().size());
        PaymentsFile camt054 = PaymentsFile.read(SAMPLES.resolve("camt054-v8.xml"), "statement.dat");
        assertTrue(camt054.format().startsWith("ISO 20022 camt.054 notification"), camt054.format());
        assertEquals(0, camt054.payments().size());
        assertEquals(1, camt054.notUsed().size());
    }
}
