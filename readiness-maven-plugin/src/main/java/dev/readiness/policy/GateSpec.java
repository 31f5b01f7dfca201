package dev.readiness.policy;

/**
 * A gate as written in the POM, before validation: every field is the raw text, {@code null} when the element is
 * absent. {@link PolicyFactory} merges it with the default gate of the same id and validates it.
 *
 * <p>Build one by naming only the elements that are present:
 * {@code GateSpec.builder("thread-safety").metric("pass-rate").group("concurrent").threshold("100").build()}.
 */
public record GateSpec(
        String id,
        String metric,
        String tag,
        String counter,
        String source,
        String group,
        String threshold,
        String weight,
        String critical,
        String onMissing,
        String enabled,
        String noRegression,
        String tolerance,
        String measure,
        String lines,
        String minLines,
        String builds,
        String maxFlaky,
        String maxQuarantined,
        String minSeconds,
        String maxSeconds,
        String maxClassSeconds) {

    /** A spec that only names the gate (the default is used as it is). */
    public static GateSpec ofId(String id) {
        return builder(id).build();
    }

    /** A spec that turns the gate off ({@code <enabled>false</enabled>}). */
    public static GateSpec disabled(String id) {
        return builder(id).enabled("false").build();
    }

    /** A builder of the spec of gate {@code id}, every other element absent. */
    public static Builder builder(String id) {
        return new Builder(id);
    }

    /** Builds a {@link GateSpec}; each setter takes the raw text of the POM element of the same name. */
    public static final class Builder {
        private final String id;
        private String metric;
        private String tag;
        private String counter;
        private String source;
        private String group;
        private String threshold;
        private String weight;
        private String critical;
        private String onMissing;
        private String enabled;
        private String noRegression;
        private String tolerance;
        private String measure;
        private String lines;
        private String minLines;
        private String builds;
        private String maxFlaky;
        private String maxQuarantined;
        private String minSeconds;
        private String maxSeconds;
        private String maxClassSeconds;

        private Builder(String id) {
            this.id = id;
        }

        public Builder metric(String text) {
            this.metric = text;
            return this;
        }

        public Builder tag(String text) {
            this.tag = text;
            return this;
        }

        public Builder counter(String text) {
            this.counter = text;
            return this;
        }

        public Builder source(String text) {
            this.source = text;
            return this;
        }

        public Builder group(String text) {
            this.group = text;
            return this;
        }

        public Builder threshold(String text) {
            this.threshold = text;
            return this;
        }

        public Builder weight(String text) {
            this.weight = text;
            return this;
        }

        public Builder critical(String text) {
            this.critical = text;
            return this;
        }

        public Builder onMissing(String text) {
            this.onMissing = text;
            return this;
        }

        public Builder enabled(String text) {
            this.enabled = text;
            return this;
        }

        public Builder noRegression(String text) {
            this.noRegression = text;
            return this;
        }

        public Builder tolerance(String text) {
            this.tolerance = text;
            return this;
        }

        public Builder measure(String text) {
            this.measure = text;
            return this;
        }

        public Builder lines(String text) {
            this.lines = text;
            return this;
        }

        public Builder minLines(String text) {
            this.minLines = text;
            return this;
        }

        public Builder builds(String text) {
            this.builds = text;
            return this;
        }

        public Builder maxFlaky(String text) {
            this.maxFlaky = text;
            return this;
        }

        public Builder maxQuarantined(String text) {
            this.maxQuarantined = text;
            return this;
        }

        public Builder minSeconds(String text) {
            this.minSeconds = text;
            return this;
        }

        public Builder maxSeconds(String text) {
            this.maxSeconds = text;
            return this;
        }

        public Builder maxClassSeconds(String text) {
            this.maxClassSeconds = text;
            return this;
        }

        public GateSpec build() {
            return new GateSpec(
                    id,
                    metric,
                    tag,
                    counter,
                    source,
                    group,
                    threshold,
                    weight,
                    critical,
                    onMissing,
                    enabled,
                    noRegression,
                    tolerance,
                    measure,
                    lines,
                    minLines,
                    builds,
                    maxFlaky,
                    maxQuarantined,
                    minSeconds,
                    maxSeconds,
                    maxClassSeconds);
        }
    }
}
