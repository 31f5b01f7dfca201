package dev.readiness.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.readiness.assess.Assessment;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Loads readiness.html in real headless Chromium: the page must load under its Content-Security-Policy, show the
 * level, and keep the hostile test names and messages as text (no injected element in the DOM); at a 1280 px window
 * the page of a blocked reactor verdict with long class names and module paths must not scroll sideways, no table cell
 * may overflow, the module paths must keep a readable width, and the first section after the header must be the
 * blocking list. The page allows no script, so the layout is measured in a test copy with a measuring script and a
 * policy relaxed for it alone. The screenshots are kept in {@code target/readiness-html/} as test artifacts. Skipped only when no Chromium binary is installed (CI
 * installs it, see {@code .ci/run}).
 */
class HtmlReportChromiumTest {
    private static final Path ARTIFACTS = Path.of("target/readiness-html");
    private static final Pattern TAG = Pattern.compile("<([A-Za-z][A-Za-z0-9-]*)([^>]*)>");
    private static final Set<String> OWN_ELEMENTS = Set.of(
            "html", "head", "meta", "title", "style", "body", "header", "h1", "h2", "h3", "p", "span", "strong", "code",
            "section", "table", "thead", "tbody", "tr", "th", "td", "br", "details", "summary", "ul", "ol", "li", "svg",
            "line", "rect", "circle", "wbr");

    private static final Pattern LAYOUT = Pattern.compile("data-layout=\"([^\"]*)\"");

    /**
     * Measures the rendered page and writes {@code key=value;…} into an attribute of {@code <html>}, read back from
     * {@code --dump-dom}. Cells are measured by {@code scrollWidth}, which exceeds {@code clientWidth} when content
     * overflows the cell.
     */
    private static final String MEASURE = """
            <script>
            (function () {
              var d = document.documentElement;
              function overflowing(selector) {
                var n = 0;
                document.querySelectorAll(selector).forEach(function (c) { if (c.scrollWidth > c.clientWidth + 1) n++; });
                return n;
              }
              function right(selector) {
                var e = document.querySelector(selector);
                return e ? Math.ceil(e.getBoundingClientRect().right) : -1;
              }
              var first = document.querySelector('header').nextElementSibling;
              var pathLines = 0, pathWidth = 100000;
              document.querySelectorAll('#modules tbody tr td:nth-child(2)').forEach(function (td) {
                pathWidth = Math.min(pathWidth, td.clientWidth);
                pathLines = Math.max(pathLines, td.querySelector('code').getClientRects().length);
              });
              d.setAttribute('data-layout', [
                'documentScroll=' + d.scrollWidth, 'documentClient=' + d.clientWidth,
                'body=' + right('body'), 'gatesSection=' + right('#gates'), 'gatesTable=' + right('#gates table'),
                'modulesTable=' + right('#modules table'),
                'gateCellsOverflowing=' + overflowing('#gates th, #gates td'),
                'moduleCellsOverflowing=' + overflowing('#modules th, #modules td'),
                'first=' + (first ? first.id : ''), 'pathWidth=' + pathWidth, 'pathLines=' + pathLines
              ].join(';'));
            })();
            </script>
            """;

    private static Path chromium;

    @BeforeAll
    static void findChromium() {
        chromium = Stream.of("chromium", "chromium-browser", "google-chrome")
                .map(HtmlReportChromiumTest::onPath)
                .flatMap(Optional::stream)
                .findFirst()
                .orElse(null);
        if (chromium == null) {
            // Surefire prints a skip count, not the reason: say it once on the console (issue 24)
            System.err.println(
                    "[WARNING] HtmlReportChromiumTest is skipped: no chromium binary on PATH (chromium,"
                            + " chromium-browser, google-chrome); apt-get install -y chromium runs it; CI installs it in .ci/run");
        }
    }

    private static Optional<Path> onPath(String name) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(File.pathSeparator)) {
            Path candidate = Path.of(dir, name);
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    private static Result run(Path profile, Path logs, String... args) throws Exception {
        if (chromium == null && System.getenv("CI") != null) {
            throw new IllegalStateException(
                    "CI is set but no chromium binary is on PATH: .ci/run must install it (apt-get install -y chromium)");
        }
        assumeTrue(
                chromium != null,
                "no chromium binary on PATH (chromium, chromium-browser, google-chrome): install it with"
                        + " apt-get install -y chromium to run the headless browser test; CI installs it in .ci/run");
        List<String> command = new ArrayList<>(List.of(
                chromium.toString(),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--user-data-dir=" + profile));
        command.addAll(List.of(args));
        Path out = Files.createTempFile(logs, "chromium", ".out");
        Path err = Files.createTempFile(logs, "chromium", ".err");
        Process p = new ProcessBuilder(command)
                .redirectOutput(out.toFile())
                .redirectError(err.toFile())
                .start();
        if (!p.waitFor(3, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new IOException("chromium did not finish within 3 minutes: " + Files.readString(err));
        }
        return new Result(p.exitValue(), Files.readString(out), Files.readString(err));
    }

    private record Result(int exit, String out, String err) {}

    private static Path page(Path dir) throws IOException {
        Assessment a = Assessments.hostile();
        Files.createDirectories(ARTIFACTS);
        Path html = ARTIFACTS.resolve("readiness.html").toAbsolutePath();
        Files.writeString(html, new HtmlReport().render(a), StandardCharsets.UTF_8);
        return html;
    }

    @Test
    void pageLoadsShowsTheLevelAndKeepsHostileEvidenceAsText(@TempDir Path tmp) throws Exception {
        Path html = page(tmp);

        Result r = run(tmp.resolve("profile"), tmp, "--dump-dom", html.toUri().toString());

        assertThat(r.exit()).as(r.err()).isZero();
        String dom = r.out();
        assertThat(dom).contains("<span id=\"level\" class=\"level BLOCKED\">BLOCKED</span>");
        assertThat(dom).contains("<section id=\"gates\">").contains("<svg class=\"trend\"");

        Set<String> elements = new TreeSet<>();
        Matcher m = TAG.matcher(dom);
        while (m.find()) {
            elements.add(m.group(1).toLowerCase(Locale.ROOT));
            assertThat(m.group(2)).as(m.group()).doesNotContainPattern("(?i)\\son[a-z]+\\s*=");
        }
        assertThat(OWN_ELEMENTS).as("elements in the DOM").containsAll(elements);
        assertThat(dom)
                .contains("com.acme.EvilTest.&lt;script&gt;alert(1)&lt;/script&gt; failed")
                .contains("&lt;img src=x onerror=alert(2)&gt;")
                .contains("&lt;svg onload=alert(4)&gt;");
    }

    /** The long-names page, and a test copy of it that measures its own layout. */
    private static Path longNamesPage(boolean measuring) throws IOException {
        String page = new HtmlReport(Assessments.CHECKOUT).render(Assessments.blockedWithLongNames());
        Files.createDirectories(ARTIFACTS);
        if (!measuring) {
            Path html = ARTIFACTS.resolve("readiness-long-names.html").toAbsolutePath();
            Files.writeString(html, page, StandardCharsets.UTF_8);
            return html;
        }
        String csp = HtmlReport.CONTENT_SECURITY_POLICY;
        assertThat(page).contains(csp).contains("</body>");
        String copy = page.replace(csp, csp + "; script-src 'unsafe-inline'").replace("</body>", MEASURE + "</body>");
        Path html = ARTIFACTS.resolve("readiness-long-names-measured.html").toAbsolutePath();
        Files.writeString(html, copy, StandardCharsets.UTF_8);
        return html;
    }

    private static Map<String, String> layout(Path tmp) throws Exception {
        Path html = longNamesPage(true);
        Result r = run(
                tmp.resolve("profile"),
                tmp,
                "--window-size=1280,900",
                "--virtual-time-budget=5000",
                "--dump-dom",
                html.toUri().toString());
        assertThat(r.exit()).as(r.err()).isZero();
        Matcher m = LAYOUT.matcher(r.out());
        assertThat(m.find()).as("the measuring script ran: %s", r.err()).isTrue();
        Map<String, String> values = new TreeMap<>();
        for (String pair : m.group(1).split(";")) {
            int eq = pair.indexOf('=');
            values.put(pair.substring(0, eq), pair.substring(eq + 1));
        }
        return values;
    }

    @Test
    void atA1280PixelWindowNothingScrollsSidewaysWithLongClassNamesAndModulePaths(@TempDir Path tmp) throws Exception {
        Map<String, String> l = layout(tmp);

        assertThat(Integer.parseInt(l.get("documentClient"))).as("%s", l).isBetween(1200, 1280);
        assertThat(Integer.parseInt(l.get("documentScroll")))
                .as("page scroll width %s", l)
                .isLessThanOrEqualTo(Integer.parseInt(l.get("documentClient")));
        assertThat(Integer.parseInt(l.get("gatesTable")))
                .as("gate table inside its section %s", l)
                .isLessThanOrEqualTo(Integer.parseInt(l.get("gatesSection")));
        assertThat(Integer.parseInt(l.get("modulesTable")))
                .as("module table inside the body %s", l)
                .isLessThanOrEqualTo(Integer.parseInt(l.get("body")));
        assertThat(l).containsEntry("gateCellsOverflowing", "0").containsEntry("moduleCellsOverflowing", "0");
    }

    @Test
    void theModulePathsKeepAReadableWidth(@TempDir Path tmp) throws Exception {
        Map<String, String> l = layout(tmp);

        // the longest path is 79 characters; one character per line would be 79 lines in a column ~10 px wide
        assertThat(Integer.parseInt(l.get("pathWidth"))).as("%s", l).isGreaterThanOrEqualTo(150);
        assertThat(Integer.parseInt(l.get("pathLines"))).as("%s", l).isBetween(1, 8);
    }

    @Test
    void theFirstSectionAfterTheHeaderOfABlockedPageIsTheBlockingList(@TempDir Path tmp) throws Exception {
        assertThat(layout(tmp)).containsEntry("first", "blocking");
    }

    @Test
    void screenshotIsWrittenAsATestArtifact(@TempDir Path tmp) throws Exception {
        Path html = page(tmp);
        Path png = ARTIFACTS.resolve("readiness.png").toAbsolutePath();
        Files.deleteIfExists(png);

        Result r = run(
                tmp.resolve("profile"),
                tmp,
                "--hide-scrollbars",
                "--window-size=1280,2400",
                "--screenshot=" + png,
                html.toUri().toString());

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(png).exists();
        byte[] head = Arrays.copyOf(Files.readAllBytes(png), 8);
        assertThat(head).startsWith(0x89, 'P', 'N', 'G');
        assertThat(Files.size(png)).isGreaterThan(10_000);

        Path longNames = ARTIFACTS.resolve("readiness-long-names.png").toAbsolutePath();
        Files.deleteIfExists(longNames);
        Result l = run(
                tmp.resolve("profile"),
                tmp,
                "--hide-scrollbars",
                "--window-size=1280,3200",
                "--screenshot=" + longNames,
                longNamesPage(false).toUri().toString());
        assertThat(l.exit()).as(l.err()).isZero();
        assertThat(Files.size(longNames)).isGreaterThan(10_000);
    }
}
