package com.arworkbench.ingest;

import javax.xml.stream.XMLInputFactory;

/**
 * The one way this project reads XML with the JDK: no DTDs, no external entities, so XXE and
 * billion-laughs documents are refused instead of resolved.
 */
final class HardenedXml {

    private HardenedXml() {
    }

    static XMLInputFactory inputFactory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLInputFactory.IS_COALESCING, false);
        return factory;
    }
}
