package dev.readiness.evidence.mutation;

import dev.readiness.evidence.EvidenceException;
import dev.readiness.evidence.SafeXml;
import dev.readiness.text.SafeText;
import java.io.BufferedInputStream;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads one PIT {@code mutations.xml} with the JDK's streaming StAX parser, hardened as the Surefire reader: no DTD,
 * no external entity, element text kept only for the fields of a mutant and cut at {@value #MAX_TEXT_CHARS}
 * characters (the test lists of {@code fullMutationMatrix} are streamed past). A malformed, truncated or hostile file
 * is an {@link EvidenceException} naming the file, line and column. Stateless and thread-safe.
 */
public final class MutationReportReader {
    /** Most characters kept of one element's text (a class, method or test name). */
    static final int MAX_TEXT_CHARS = 4096;

    private static final String REGENERATE = "Re-run PIT (mvn test-compile org.pitest:pitest-maven:mutationCoverage,"
            + " or the build's pitest-maven execution) to regenerate it.";

    /** Creates a reader. */
    public MutationReportReader() {
        // stateless
    }

    /**
     * Reads the mutants of one report, in file order.
     *
     * @throws EvidenceException when the file cannot be read, is not well-formed, is not a PIT report, or contains a
     *     DOCTYPE
     */
    public List<Mutant> read(Path file) throws EvidenceException {
        XMLInputFactory factory = newFactory();
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            XMLStreamReader r = factory.createXMLStreamReader(in);
            try {
                return mutants(r, file);
            } finally {
                r.close();
            }
        } catch (XMLStreamException e) {
            Throwable cause = e.getNestedException() != null ? e.getNestedException() : e.getCause();
            if (cause instanceof IOException io && !(cause instanceof CharConversionException)) {
                throw unreadable(file, io);
            }
            throw malformed(file, e.getLocation(), detail(e));
        } catch (IOException e) {
            throw unreadable(file, e);
        } catch (RuntimeException e) {
            // the JDK parser's own defects on odd input must not escape as unchecked exceptions
            throw new EvidenceException(file, "PIT report " + file + " could not be parsed (" + e + "). " + REGENERATE);
        }
    }

    private static List<Mutant> mutants(XMLStreamReader r, Path file) throws XMLStreamException, EvidenceException {
        List<Mutant> mutants = new ArrayList<>();
        boolean root = true;
        Builder current = null;
        String field = null;
        StringBuilder text = new StringBuilder();
        int depth = 0;
        while (r.hasNext()) {
            int event = r.next();
            switch (event) {
                case XMLStreamConstants.DTD -> throw hostile(file);
                case XMLStreamConstants.ENTITY_REFERENCE -> {
                    // only the predefined entities are ever reported; anything else is refused, never resolved
                    String replacement = predefined(r.getLocalName());
                    if (replacement == null) {
                        throw hostile(file);
                    }
                    if (field != null) {
                        append(text, replacement);
                    }
                }
                case XMLStreamConstants.START_ELEMENT -> {
                    depth++;
                    String element = r.getLocalName();
                    if (root) {
                        root = false;
                        if (!element.equals("mutations")) {
                            throw malformed(
                                    file,
                                    r.getLocation(),
                                    "its root element is <" + element + ">, expected <mutations>: it is not a PIT"
                                            + " XML report; only PIT's mutations.xml belongs in readiness.mutationReports");
                        }
                    } else if (depth == 2 && element.equals("mutation")) {
                        current = new Builder(
                                r.getAttributeValue(null, "status"),
                                r.getLocation().getLineNumber(),
                                r.getLocation().getColumnNumber());
                    } else if (current != null && depth == 3) {
                        field = element;
                        text.setLength(0);
                    } else if (current != null && depth == 4 && (element.equals("index") || element.equals("block"))) {
                        field = element;
                        text.setLength(0);
                    }
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    if (field != null) {
                        append(text, r.getText());
                    }
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    if (current != null && field != null && (depth == 3 || depth == 4)) {
                        current.set(field, text.toString(), file);
                        field = null;
                    }
                    if (current != null && depth == 2) {
                        mutants.add(current.build(file));
                        current = null;
                    }
                    depth--;
                }
                default -> {
                    // comments, processing instructions: nothing to read
                }
            }
        }
        if (root) {
            throw malformed(file, null, "the file is empty");
        }
        return List.copyOf(mutants);
    }

    private static void append(StringBuilder text, String more) {
        int room = MAX_TEXT_CHARS - text.length();
        if (room > 0) {
            text.append(more, 0, Math.min(room, more.length()));
        }
    }

    private static String predefined(String name) {
        return switch (name) {
            case "lt" -> "<";
            case "gt" -> ">";
            case "amp" -> "&";
            case "quot" -> "\"";
            case "apos" -> "'";
            default -> null;
        };
    }

    private static XMLInputFactory newFactory() {
        // the JDK's own implementation, hardened as TestReportReader's
        return SafeXml.inputFactory(XMLInputFactory.newDefaultFactory());
    }

    private static String detail(XMLStreamException e) {
        String detail = e.getMessage() == null ? e.toString() : e.getMessage();
        int messageStart = detail.indexOf("Message: ");
        if (messageStart >= 0) {
            detail = detail.substring(messageStart + "Message: ".length());
        }
        int newline = detail.indexOf('\n');
        detail = (newline >= 0 ? detail.substring(0, newline) : detail).strip();
        return detail.endsWith(".") ? detail.substring(0, detail.length() - 1) : detail;
    }

    static EvidenceException malformed(Path file, Location location, String detail) {
        String where = location == null || location.getLineNumber() <= 0
                ? ""
                : " at line " + location.getLineNumber() + ", column " + location.getColumnNumber();
        return new EvidenceException(
                file,
                "Malformed PIT report " + file + where + ": " + detail
                        + ". The file is truncated or not well-formed (PIT killed while writing it?). " + REGENERATE);
    }

    private static EvidenceException unreadable(Path file, IOException e) {
        return new EvidenceException(
                file,
                "Cannot read the PIT report " + file + ": " + e.getMessage()
                        + ". Check the file's permissions, or point readiness.mutationReports at a readable report.",
                e);
    }

    private static EvidenceException hostile(Path file) {
        return new EvidenceException(
                file,
                "Refused PIT report " + file + ": it contains a DOCTYPE declaration or an entity reference. PIT never"
                        + " writes one, and DTDs and external entities are not resolved (XXE and entity-expansion"
                        + " protection). Delete the file, or regenerate it with PIT.");
    }

    /** Collects one {@code <mutation>}. */
    private static final class Builder {
        private final String statusText;
        private final int line;
        private final int column;
        private String sourceFile;
        private String mutatedClass;
        private String mutatedMethod;
        private String methodDescription;
        private Integer lineNumber;
        private String mutator;
        private final List<Integer> indexes = new ArrayList<>();
        private final List<Integer> blocks = new ArrayList<>();
        private String killingTest;
        private String description;

        Builder(String statusText, int line, int column) {
            this.statusText = statusText;
            this.line = line;
            this.column = column;
        }

        void set(String field, String value, Path file) throws EvidenceException {
            switch (field) {
                case "sourceFile" -> sourceFile = value.strip();
                case "mutatedClass" -> mutatedClass = value.strip();
                case "mutatedMethod" -> mutatedMethod = value.strip();
                case "methodDescription" -> methodDescription = value.strip();
                case "lineNumber" -> lineNumber = number(value, "lineNumber", file);
                case "mutator" -> mutator = value.strip();
                case "index" -> indexes.add(number(value, "index", file));
                case "block" -> blocks.add(number(value, "block", file));
                case "killingTest", "killingTests" -> killingTest = firstTest(value);
                case "description" -> description = value.strip();
                default -> {
                    // numberOfTestsRun is an attribute; succeedingTests, coveringTests and later fields are not used
                }
            }
        }

        private int number(String value, String element, Path file) throws EvidenceException {
            try {
                return Integer.parseInt(value.strip());
            } catch (NumberFormatException e) {
                throw malformed(
                        file,
                        location(),
                        "<" + element + "> '" + excerpt(value) + "' of the <mutation> at line " + line
                                + " is not a whole number");
            }
        }

        Mutant build(Path file) throws EvidenceException {
            MutationStatus status = MutationStatus.parse(statusText);
            if (status == null) {
                throw malformed(
                        file,
                        location(),
                        statusText == null
                                ? "a <mutation> without a status attribute"
                                : "unknown mutation status '" + excerpt(statusText) + "'; PIT writes "
                                        + String.join(", ", names()));
            }
            if (mutatedClass == null || mutatedClass.isEmpty()) {
                throw malformed(file, location(), "a <mutation> without <mutatedClass>");
            }
            if (lineNumber == null) {
                throw malformed(file, location(), "a <mutation> without <lineNumber>");
            }
            return new Mutant(
                    sourceFile,
                    mutatedClass,
                    mutatedMethod,
                    methodDescription,
                    lineNumber,
                    mutator,
                    indexes,
                    blocks,
                    status,
                    killingTest,
                    description);
        }

        private Location location() {
            return new Location() {
                @Override
                public int getLineNumber() {
                    return line;
                }

                @Override
                public int getColumnNumber() {
                    return column;
                }

                @Override
                public int getCharacterOffset() {
                    return -1;
                }

                @Override
                public String getPublicId() {
                    return null;
                }

                @Override
                public String getSystemId() {
                    return null;
                }
            };
        }

        private static List<String> names() {
            List<String> out = new ArrayList<>();
            for (MutationStatus s : MutationStatus.values()) {
                out.add(s.name());
            }
            return out;
        }

        private static String firstTest(String value) {
            String v = value.strip();
            if (v.isEmpty()) {
                return null;
            }
            int bar = v.indexOf('|'); // fullMutationMatrix separates the tests with '|'
            return bar >= 0 ? v.substring(0, bar) : v;
        }

        private static String excerpt(String value) {
            return SafeText.excerpt(value.strip(), 60);
        }
    }
}
