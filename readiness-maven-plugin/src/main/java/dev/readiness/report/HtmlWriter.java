package dev.readiness.report;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Writes HTML (and the badge's SVG) element by element and escapes by construction, as JaCoCo's {@code HTMLElement extends XMLElement}
 * does: element and attribute names are checked, every text and attribute value goes through {@link Escape#html} in
 * this class and nowhere else, and end tags are written from the stack of open elements. Only {@link #markup} takes
 * markup, for the page's constants (doctype, style sheet).
 */
final class HtmlWriter {
    private static final String VOID = "";
    private static final String XML_EMPTY = "/";
    private static final Pattern NAME = Pattern.compile("[a-zA-Z][a-zA-Z0-9-]*");

    private final StringBuilder out;
    private final Deque<String> open = new ArrayDeque<>();
    private boolean startTagOpen;

    HtmlWriter(StringBuilder out) {
        this.out = out;
    }

    /** Opens an element; attributes may follow until its content starts. */
    HtmlWriter element(String name) {
        return start(name, name);
    }

    /** A void element ({@code br}, {@code wbr}, {@code meta}): no content, no end tag. */
    HtmlWriter empty(String name) {
        return start(name, VOID);
    }

    /** An empty element of an SVG (XML) document, closed as {@code <name .../>}. */
    HtmlWriter emptyXml(String name) {
        return start(name, XML_EMPTY);
    }

    /** Writes the start of a start tag and remembers how to end it: the element's name, or a marker of an empty one. */
    private HtmlWriter start(String name, String ending) {
        finishStartTag();
        out.append('<').append(checked(name));
        open.push(ending);
        startTagOpen = true;
        return this;
    }

    /**
     * An attribute of the element just opened, its value escaped: {@code & < > "} become character references. Values
     * are always double-quoted, so an apostrophe stays as it is (the Content-Security-Policy's {@code 'none'}).
     */
    HtmlWriter attr(String name, String value) {
        inStartTag(name);
        String escaped = Arrays.stream(value.split("'", -1)).map(Escape::html).collect(Collectors.joining("'"));
        out.append(' ').append(checked(name)).append("=\"").append(escaped);
        out.append('"');
        return this;
    }

    /** An attribute without a value, e.g. {@code open} of {@code details}. */
    HtmlWriter attr(String name) {
        inStartTag(name);
        out.append(' ').append(checked(name));
        return this;
    }

    /** Text content, escaped. */
    HtmlWriter text(String text) {
        finishStartTag();
        out.append(Escape.html(text));
        return this;
    }

    /** A number as text. */
    HtmlWriter text(long number) {
        return text(Long.toString(number));
    }

    /** A character as a numeric character reference, e.g. {@code &#8805;} for ≥. */
    HtmlWriter characterReference(char c) {
        finishStartTag();
        out.append("&#").append((int) c).append(';');
        return this;
    }

    /** A line break in the source (not in the page). */
    HtmlWriter nl() {
        finishStartTag();
        out.append('\n');
        return this;
    }

    /** A constant of the page (the doctype, the style sheet); never a text from the model. */
    HtmlWriter markup(String constant) {
        finishStartTag();
        out.append(constant);
        return this;
    }

    /** Ends the innermost open element. */
    HtmlWriter end() {
        finishStartTag();
        String name = open.pop();
        out.append("</").append(name).append('>');
        return this;
    }

    /** An element with text content only: {@code <name>text</name>}. */
    HtmlWriter textElement(String name, String text) {
        return element(name).text(text).end();
    }

    /** Ends every open element, checking that {@code expected} is the outermost. */
    void endAll(String expected) {
        while (open.size() > 1) {
            end();
        }
        if (!expected.equals(open.peek())) {
            throw new IllegalStateException("outermost element is <" + open.peek() + ">, not <" + expected + ">");
        }
        end();
    }

    private void inStartTag(String attribute) {
        if (!startTagOpen) {
            throw new IllegalStateException("attribute " + attribute + " after the content of <" + open.peek() + ">");
        }
    }

    private void finishStartTag() {
        if (startTagOpen) {
            String name = open.peek();
            out.append(XML_EMPTY.equals(name) ? "/>" : ">");
            startTagOpen = false;
            if (VOID.equals(name) || XML_EMPTY.equals(name)) {
                open.pop();
            }
        }
    }

    private static String checked(String name) {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not an element or attribute name: " + name);
        }
        return name;
    }
}
