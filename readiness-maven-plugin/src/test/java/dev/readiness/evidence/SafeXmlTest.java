package dev.readiness.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import com.ctc.wstx.stax.WstxInputFactory;
import com.fasterxml.aalto.stax.InputFactoryImpl;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The shared hardening of the evidence readers' StAX factories, with each parser it is used with: Aalto (Surefire and
 * Failsafe reports), the JDK's (Open Test Reporting, PIT) and Woodstox (measured by the harness through
 * {@code TestReportReader}'s parser seam). A DOCTYPE reaches the reader as a DTD event (each reader refuses it), and no
 * DTD, external entity or internal entity is ever resolved or expanded.
 */
class SafeXmlTest {
    private static final String SECRET = "secret-not-to-be-read-4711";

    @TempDir
    Path dir;

    static Stream<Arguments> parsers() {
        return Stream.of(
                Arguments.of("aalto", (Supplier<XMLInputFactory>) InputFactoryImpl::new),
                Arguments.of("jdk", (Supplier<XMLInputFactory>) XMLInputFactory::newDefaultFactory),
                Arguments.of("woodstox", (Supplier<XMLInputFactory>) WstxInputFactory::new));
    }

    /** What the reader sees: the event types and the text, until the end or the parser's error. */
    private record Seen(List<Integer> events, String text, XMLStreamException error) {}

    private static Seen read(Supplier<XMLInputFactory> parser, String xml) throws XMLStreamException {
        XMLStreamReader r = SafeXml.inputFactory(parser.get()).createXMLStreamReader(new StringReader(xml));
        List<Integer> events = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        try {
            while (r.hasNext()) {
                int event = r.next();
                events.add(event);
                if (event == XMLStreamConstants.START_ELEMENT) {
                    for (int i = 0; i < r.getAttributeCount(); i++) {
                        text.append(r.getAttributeValue(i));
                    }
                } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                    text.append(r.getText());
                }
            }
            return new Seen(events, text.toString(), null);
        } catch (XMLStreamException e) {
            return new Seen(events, text.toString(), e);
        } finally {
            r.close();
        }
    }

    private Path secretFile() throws IOException {
        return Files.writeString(dir.resolve("secret.txt"), SECRET, StandardCharsets.UTF_8);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("parsers")
    void reportsADoctypeAsADtdEventBeforeTheRootElement(String name, Supplier<XMLInputFactory> parser)
            throws Exception {
        Seen seen = read(parser, "<?xml version=\"1.0\"?>\n<!DOCTYPE r [<!ENTITY e \"x\">]>\n<r/>");

        assertThat(seen.events()).contains(XMLStreamConstants.DTD);
        int dtd = seen.events().indexOf(XMLStreamConstants.DTD);
        int root = seen.events().indexOf(XMLStreamConstants.START_ELEMENT);
        assertThat(root == -1 || dtd < root)
                .as("DTD event before the root element")
                .isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("parsers")
    void neverReadsAnExternalEntity(String name, Supplier<XMLInputFactory> parser) throws Exception {
        String uri = secretFile().toUri().toString();
        Seen seen = read(
                parser,
                "<?xml version=\"1.0\"?>\n<!DOCTYPE r [<!ENTITY xxe SYSTEM \"" + uri + "\">]>\n"
                        + "<r a=\"x\">&xxe;</r>");

        assertThat(seen.text()).doesNotContain(SECRET);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("parsers")
    void neverReadsAnExternalDtd(String name, Supplier<XMLInputFactory> parser) throws Exception {
        Path dtd =
                Files.writeString(dir.resolve("evil.dtd"), "<!ENTITY leak \"" + SECRET + "\">", StandardCharsets.UTF_8);
        Seen seen = read(parser, "<?xml version=\"1.0\"?>\n<!DOCTYPE r SYSTEM \"" + dtd.toUri() + "\">\n<r>&leak;</r>");

        assertThat(seen.text()).doesNotContain(SECRET);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("parsers")
    void neverExpandsABillionLaughs(String name, Supplier<XMLInputFactory> parser) throws Exception {
        StringBuilder doc = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n<!ENTITY lol0 \"lol\">\n");
        for (int i = 1; i < 10; i++) {
            doc.append("<!ENTITY lol")
                    .append(i)
                    .append(" \"")
                    .append(("&lol" + (i - 1) + ";").repeat(10))
                    .append("\">\n");
        }
        doc.append("]>\n<lolz a=\"&lol9;\">&lol9;</lolz>");

        Seen seen = read(parser, doc.toString());

        assertThat(seen.events()).contains(XMLStreamConstants.DTD);
        assertThat(seen.text().length()).as("characters the reader saw").isLessThan(100);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("parsers")
    void readsAnOrdinaryReportUnchanged(String name, Supplier<XMLInputFactory> parser) throws Exception {
        String output = "line\n".repeat(5000);
        Seen seen = read(
                parser,
                "<?xml version=\"1.0\"?><testsuite name=\"a &amp; b\"><system-out><![CDATA[" + output
                        + "]]></system-out></testsuite>");

        assertThat(seen.error()).isNull();
        assertThat(seen.text()).isEqualTo("a & b" + output);
    }

    @Test
    void setsTheJdkParsersOwnSwitches() {
        XMLInputFactory jdk = SafeXml.inputFactory(XMLInputFactory.newDefaultFactory());

        assertThat(jdk.getProperty(XMLInputFactory.SUPPORT_DTD)).isEqualTo(false);
        assertThat(jdk.getProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES))
                .isEqualTo(false);
        assertThat(jdk.getProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES))
                .isEqualTo(false);
        assertThat(jdk.getProperty(XMLInputFactory.IS_COALESCING)).isEqualTo(false);
        // the JDK does not report ACCESS_EXTERNAL_DTD's value back (null before and after it is set): that it is
        // supported means it is set, not skipped as another parser's
        assertThat(jdk.isPropertySupported(XMLConstants.ACCESS_EXTERNAL_DTD)).isTrue();
        assertThat(String.valueOf(jdk.getProperty(SafeXml.JDK_CDATA_CHUNK_SIZE)))
                .isEqualTo(String.valueOf(SafeXml.CDATA_CHUNK_CHARS));
        assertThat(jdk.getXMLResolver()).isNotNull();
    }

    @Test
    void parsesAaltoTextLazily() {
        XMLInputFactory aalto = SafeXml.inputFactory(new InputFactoryImpl());

        assertThat(aalto.getProperty(SafeXml.LAZY_PARSING)).isEqualTo(true);
        assertThat(aalto.getProperty(XMLInputFactory.SUPPORT_DTD)).isEqualTo(false);
    }

    @Test
    void findsTheInnermostCause() {
        IOException io = new IOException("disk gone");
        XMLStreamException e = new XMLStreamException("wrapped", new RuntimeException(io));

        assertThat(SafeXml.rootCause(e)).isSameAs(io);
        assertThat(SafeXml.rootCause(new XMLStreamException("plain"))).isNull();
    }
}
