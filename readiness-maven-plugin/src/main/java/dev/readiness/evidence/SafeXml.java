package dev.readiness.evidence;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;

/**
 * The one hardened configuration of the StAX parsers that read evidence (Surefire/Failsafe reports, Open Test
 * Reporting files, PIT's {@code mutations.xml}): no DTD, no external entity, no entity replacement, not coalescing, a
 * resolver that refuses every external entity, {@code ACCESS_EXTERNAL_DTD} empty, text parsed lazily and CDATA
 * returned in chunks where the parser supports it. A DOCTYPE is still reported to the reader as a {@code DTD} event,
 * before anything in it is used: each reader refuses it with its own message naming the file.
 *
 * <p>Each reader keeps its parser (Aalto for the Surefire reports, the JDK's for the others): a malformed file's
 * message is the parser's own, and tests pin them.
 */
public final class SafeXml {
    /** Characters of a CDATA section the JDK's parser returns at once (captured output is streamed past in chunks). */
    static final int CDATA_CHUNK_CHARS = 8192;

    /**
     * Stax2's lazy-parsing switch ({@code XMLInputFactory2.P_LAZY_PARSING}), named by its value so that the engine needs no
     * Stax2 type: text is decoded only when asked for.
     */
    static final String LAZY_PARSING = "com.ctc.wstx.lazyParsing";

    /** The JDK's own switch for the size of the CDATA chunks it returns. */
    static final String JDK_CDATA_CHUNK_SIZE = "jdk.xml.cdataChunkSize";

    private SafeXml() {}

    /**
     * Hardens a StAX input factory for untrusted evidence files and returns it.
     *
     * @param base a new factory of the parser to use (e.g. {@code XMLInputFactory.newDefaultFactory()}), configured in
     *     place; not shared with anything that needs other settings
     * @return {@code base}
     */
    public static XMLInputFactory inputFactory(XMLInputFactory base) {
        base.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        base.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        base.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        base.setProperty(XMLInputFactory.IS_COALESCING, false);
        optional(base, LAZY_PARSING, true);
        optional(base, XMLConstants.ACCESS_EXTERNAL_DTD, "");
        // Without this the JDK's parser returns a whole CDATA section (Surefire's system-out) as one string.
        optional(base, JDK_CDATA_CHUNK_SIZE, CDATA_CHUNK_CHARS);
        base.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new XMLStreamException("external entity " + systemId + " refused");
        });
        return base;
    }

    /**
     * The innermost cause of a parser's exception (an {@link java.io.IOException} there means the file could not be
     * read, not that it is malformed), or {@code null} when it has none.
     */
    public static Throwable rootCause(XMLStreamException e) {
        Throwable cause = e.getNestedException() != null ? e.getNestedException() : e.getCause();
        Throwable last = cause;
        while (last != null && last.getCause() != null && last.getCause() != last) {
            last = last.getCause();
        }
        return last;
    }

    /** Sets a property that only some parsers know. */
    private static void optional(XMLInputFactory factory, String name, Object value) {
        if (factory.isPropertySupported(name)) {
            try {
                factory.setProperty(name, value);
            } catch (IllegalArgumentException e) {
                // not this parser's
            }
        }
    }
}
