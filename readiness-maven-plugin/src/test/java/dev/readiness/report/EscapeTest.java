package dev.readiness.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EscapeTest {

    @Test
    void htmlEscapesMarkupAndBothQuotes() {
        assertThat(Escape.html("<script>a & \"b\" 'c'</script>"))
                .isEqualTo("&lt;script&gt;a &amp; &quot;b&quot; &#39;c&#39;&lt;/script&gt;");
    }

    @Test
    void htmlReplacesControlCharactersButKeepsNewlinesAndNonAscii() {
        assertThat(Escape.html("a\u0000b\u001bc\nÜber ✓")).isEqualTo("a b c\nÜber ✓");
    }

    @Test
    void htmlOfNullIsEmpty() {
        assertThat(Escape.html(null)).isEmpty();
        assertThat(Escape.markdown(null)).isEmpty();
    }

    @Test
    void markdownEscapesPipesEmphasisLinksAndMentions() {
        assertThat(Escape.markdown("a|b *c* _d_ [e](f) @g `h` ~i~ \\"))
                .isEqualTo("a\\|b \\*c\\* \\_d\\_ \\[e\\]\\(f\\) \\@g \\`h\\` \\~i\\~ \\\\");
    }

    @Test
    void markdownTurnsInlineHtmlIntoCharacterReferences() {
        assertThat(Escape.markdown("<img src=x onerror=alert(1)> & more"))
                .isEqualTo("&lt;img src=x onerror=alert\\(1\\)&gt; &amp; more");
    }

    @Test
    void markdownKeepsEverythingOnOneLine() {
        assertThat(Escape.markdown("first\r\nsecond\nthird\rfourth")).isEqualTo("first second third fourth");
    }

    @Test
    void markdownNeutralisesBlockSyntaxAtTheStart() {
        assertThat(Escape.markdown("# title")).isEqualTo("\\# title");
        assertThat(Escape.markdown("- item")).isEqualTo("\\- item");
        assertThat(Escape.markdown("=== rule")).isEqualTo("\\=== rule");
        assertThat(Escape.markdown("12. ordered")).isEqualTo("12\\. ordered");
        assertThat(Escape.markdown("com.acme.Foo-bar 1.5")).isEqualTo("com.acme.Foo-bar 1.5");
    }
}
