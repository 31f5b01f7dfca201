package dev.readiness.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The element writer escapes every text and attribute value itself and writes end tags from its stack. */
class HtmlWriterTest {
    private static String write(java.util.function.Consumer<HtmlWriter> body) {
        StringBuilder sb = new StringBuilder();
        body.accept(new HtmlWriter(sb));
        return sb.toString();
    }

    @Test
    void escapesTextAndAttributeValuesByConstruction() {
        String html = write(h -> h.element("p")
                .attr("title", "a \"quoted\" <b> & 'single'")
                .text("<script>alert(1)</script> & 'x'")
                .end());

        assertThat(html)
                .isEqualTo("<p title=\"a &quot;quoted&quot; &lt;b&gt; &amp; 'single'\">"
                        + "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &#39;x&#39;</p>");
    }

    @Test
    void writesEndTagsFromItsStackAndVoidElementsWithoutOne() {
        String html = write(h -> h.element("td")
                .text("NOT_")
                .empty("wbr")
                .text("CONFIGURED")
                .empty("br")
                .element("details")
                .attr("open")
                .textElement("summary", "1 detail")
                .end()
                .end());

        assertThat(html)
                .isEqualTo("<td>NOT_<wbr>CONFIGURED<br><details open><summary>1 detail</summary></details></td>");
    }

    @Test
    void closesEmptySvgElementsTheXmlWay() {
        String html = write(h -> h.element("linearGradient")
                .emptyXml("stop")
                .attr("offset", "0")
                .emptyXml("stop")
                .end());

        assertThat(html).isEqualTo("<linearGradient><stop offset=\"0\"/><stop/></linearGradient>");
    }

    @Test
    void rejectsNamesThatAreNotPlainElementOrAttributeNames() {
        assertThatThrownBy(() -> write(h -> h.element("p onclick=alert(1)")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not an element or attribute name");
        assertThatThrownBy(() -> write(h -> h.element("p").attr("x\" onclick=\"y", "1")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsAnAttributeAfterContentAndAnUnbalancedPage() {
        assertThatThrownBy(() -> write(h -> h.element("p").text("x").attr("class", "late")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("after the content of <p>");
        assertThatThrownBy(() -> write(h -> h.element("html").element("body").endAll("body")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("not <body>");
    }
}
