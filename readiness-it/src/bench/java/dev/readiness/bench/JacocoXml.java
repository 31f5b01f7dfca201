package dev.readiness.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** Reads the report-level counters of a jacoco.xml, streaming; its DOCTYPE is skipped, never resolved. */
final class JacocoXml {
    private JacocoXml() {}

    /** {covered, missed} of the {@code <counter type="LINE">} directly under {@code <report>}. */
    static long[] reportLineCounter(Path xml) throws IOException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        long[] line = null;
        try (InputStream in = Files.newInputStream(xml)) {
            XMLStreamReader reader = factory.createXMLStreamReader(in);
            int depth = 0;
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    depth++;
                    if (depth == 2
                            && reader.getLocalName().equals("counter")
                            && "LINE".equals(reader.getAttributeValue(null, "type"))) {
                        line = new long[] {
                            Long.parseLong(reader.getAttributeValue(null, "covered")),
                            Long.parseLong(reader.getAttributeValue(null, "missed"))
                        };
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                }
            }
        } catch (XMLStreamException e) {
            throw new IOException("cannot read " + xml + ": " + e.getMessage(), e);
        }
        if (line == null) {
            throw new IOException("no report-level LINE counter in " + xml);
        }
        return line;
    }
}
