package com.arworkbench.ingest.layout;

import com.arworkbench.model.DocumentType;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A header profile: which header texts (already folded by {@link Field#normalizeHeader}) fill
 * which field, the headers distinctive enough to recognise the ERP, and the ERP's own document
 * type codes where they differ from the common ones.
 */
public record ErpProfile(String id, String name, Set<String> signature, Map<Field, List<String>> columns,
                         Map<String, DocumentType> documentTypes) {

    public boolean isGeneric() {
        return "generic".equals(id);
    }
}
