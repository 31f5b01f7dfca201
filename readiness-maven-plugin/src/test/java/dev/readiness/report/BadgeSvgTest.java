package dev.readiness.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.assess.Assessment;
import dev.readiness.policy.ReadinessLevel;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;
import org.junit.jupiter.api.Test;

class BadgeSvgTest {

    @Test
    void saysScoreAndLevelInTheLevelsColour() {
        Assessment a = Assessments.passing();
        String svg = new BadgeSvg().render(a);

        assertThat(BadgeSvg.message(a))
                .isEqualTo(dev.readiness.view.Texts.score(a) + " " + a.level().name() + " ("
                        + dev.readiness.view.Texts.measuredCount(a) + ")")
                .endsWith("gates)");
        assertThat(svg).contains("aria-label=\"readiness: " + BadgeSvg.message(a) + "\"");
        assertThat(svg).contains("fill=\"" + BadgeSvg.colour(a.level()) + "\"");
    }

    @Test
    void everyLevelHasItsOwnColour() {
        assertThat(List.of(ReadinessLevel.values()).stream()
                        .map(BadgeSvg::colour)
                        .distinct()
                        .count())
                .isEqualTo(ReadinessLevel.values().length);
        assertThat(BadgeSvg.colour(ReadinessLevel.BLOCKED)).isEqualTo("#e05d44");
        assertThat(BadgeSvg.colour(ReadinessLevel.PRODUCTION_READY)).isEqualTo("#4c1");
    }

    @Test
    void isWellFormedXmlWithTheTextsVisible() throws Exception {
        Assessment a = Assessments.hostile();
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        XMLStreamReader r = f.createXMLStreamReader(new StringReader(new BadgeSvg().render(a)));
        List<String> texts = new ArrayList<>();
        while (r.hasNext()) {
            if (r.next() == XMLStreamConstants.CHARACTERS && !r.isWhiteSpace()) {
                texts.add(r.getText());
            }
        }
        assertThat(texts).contains("readiness", BadgeSvg.message(a));
    }

    @Test
    void withoutScoreSaysNotAvailable() throws Exception {
        assertThat(BadgeSvg.message(Assessments.allMissing())).startsWith("n/a ");
    }

    @Test
    void widthGrowsWithTheMessageAndIsLocaleIndependent() {
        assertThat(BadgeSvg.textWidth("87.5 CONDITIONAL_READY")).isGreaterThan(BadgeSvg.textWidth("95.0 BLOCKED"));
        Assessment a = Assessments.passing();
        String first = new BadgeSvg().render(a);
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertThat(new BadgeSvg().render(a)).isEqualTo(first);
        } finally {
            Locale.setDefault(before);
        }
        assertThat(first).containsPattern("<text x=\"\\d+\\.\\d\" y=\"14\">");
    }
}
