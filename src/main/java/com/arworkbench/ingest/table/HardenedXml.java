package com.arworkbench.ingest.table;

import java.io.InputStream;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.util.StreamReaderDelegate;

/**
 * The one way this project reads XML with the JDK: no DTDs, no external entities, so XXE and
 * billion-laughs documents are refused instead of resolved.
 */
public final class HardenedXml {

    private HardenedXml() {
    }

    /**
     * A stream reader on {@code in} whose parser failures all come out as {@link XMLStreamException}.
     * The JDK's StAX parser sometimes throws a RuntimeException instead: with DTD support off, a NUL in
     * the internal subset of a DOCTYPE makes it look up an error message key that its resource bundle
     * lacks ("InvalidCharInDTD") and it throws MissingResourceException (found by fuzzing, issue 7).
     * Callers already turn XMLStreamException into a readable UnreadableFileException.
     */
    public static XMLStreamReader streamReader(InputStream in) throws XMLStreamException {
        return new Guarded(inputFactory().createXMLStreamReader(in));
    }

    static XMLInputFactory inputFactory() {
        // The JDK's own, by name: Woodstox on the class path registers itself as the default StAX parser.
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLInputFactory.IS_COALESCING, false);
        return factory;
    }

    /** Converts the parser's own RuntimeExceptions, from the calls that move it forward, to XMLStreamException. */
    private static final class Guarded extends StreamReaderDelegate {

        Guarded(XMLStreamReader reader) {
            super(reader);
        }

        @Override
        public int next() throws XMLStreamException {
            try {
                return super.next();
            } catch (RuntimeException e) {
                throw broken(e);
            }
        }

        @Override
        public int nextTag() throws XMLStreamException {
            try {
                return super.nextTag();
            } catch (RuntimeException e) {
                throw broken(e);
            }
        }

        @Override
        public boolean hasNext() throws XMLStreamException {
            try {
                return super.hasNext();
            } catch (RuntimeException e) {
                throw broken(e);
            }
        }

        @Override
        public String getElementText() throws XMLStreamException {
            try {
                return super.getElementText();
            } catch (RuntimeException e) {
                throw broken(e);
            }
        }

        private XMLStreamException broken(RuntimeException e) {
            Location where;
            try {
                where = getLocation();
            } catch (RuntimeException again) {
                where = null;
            }
            String message = "the XML parser failed: " + e;
            return where == null ? new XMLStreamException(message, e) : new XMLStreamException(message, where, e);
        }
    }
}
