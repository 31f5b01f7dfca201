package dev.readiness.report;

import dev.readiness.text.SafeText;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The report files {@code readiness.formats} chooses from, with the file each one writes. {@code readiness.json} is
 * always written: the site page, the reactor and the history read the verdict from it.
 */
public enum ReportFormat {
    JSON("json", ReportFiles.JSON),
    MARKDOWN("md", ReportFiles.MARKDOWN),
    HTML("html", ReportFiles.HTML),
    BADGE("badge", ReportFiles.BADGE),
    SARIF("sarif", ReportFiles.SARIF),
    GITLAB("gitlab", ReportFiles.GITLAB),
    COMMENT("comment", ReportFiles.COMMENT);

    /** The formats written when none are named: json, md, html, badge and sarif. */
    public static Set<ReportFormat> defaults() {
        return EnumSet.of(JSON, MARKDOWN, HTML, BADGE, SARIF);
    }

    private final String configName;
    private final String fileName;

    ReportFormat(String configName, String fileName) {
        this.configName = configName;
        this.fileName = fileName;
    }

    /** The name {@code readiness.formats} uses. */
    public String configName() {
        return configName;
    }

    /** The file it writes in the output directory. */
    public String fileName() {
        return fileName;
    }

    /**
     * The formats a comma-separated list names ({@code all} for every one; blank entries ignored; names are
     * case-insensitive), always with {@link #JSON}; {@link #defaults()} when the list names none.
     *
     * @throws IllegalArgumentException naming the unknown format and the valid ones
     */
    public static Set<ReportFormat> parse(List<String> names) {
        EnumSet<ReportFormat> formats = EnumSet.of(JSON);
        List<String> unknown = new ArrayList<>();
        boolean any = false;
        for (String entry : names == null ? List.<String>of() : names) {
            for (String raw : (entry == null ? "" : entry).split(",")) {
                String name = raw.strip().toLowerCase(Locale.ROOT);
                if (name.isEmpty()) {
                    continue;
                }
                any = true;
                if (name.equals("all")) {
                    formats.addAll(EnumSet.allOf(ReportFormat.class));
                    continue;
                }
                Arrays.stream(values())
                        .filter(f -> f.configName.equals(name))
                        .findFirst()
                        .ifPresentOrElse(formats::add, () -> unknown.add(SafeText.excerpt(raw.strip(), 60)));
            }
        }
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("Unknown report format" + (unknown.size() == 1 ? " " : "s ")
                    + String.join(", ", unknown.stream().map(n -> "'" + n + "'").toList())
                    + " in readiness.formats: valid are " + validNames() + " and all (json is always written)");
        }
        return any ? formats : defaults();
    }

    /** The valid names, comma-separated. */
    public static String validNames() {
        return String.join(
                ", ", Arrays.stream(values()).map(ReportFormat::configName).toList());
    }
}
