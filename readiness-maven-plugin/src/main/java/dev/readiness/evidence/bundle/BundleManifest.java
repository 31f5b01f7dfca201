package dev.readiness.evidence.bundle;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.readiness.evidence.tests.TestCounts;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The {@code manifest.json} of one bundle, format 1 (schema {@code META-INF/readiness/bundle-manifest.schema.json}).
 *
 * @param commit the commit the shard built (40 or 64 hex digits), {@code null} when it was not in a git checkout
 * @param dirty whether tracked files differed from that commit, {@code null} when unknown
 * @param module the coordinates of the module the bundle belongs to
 * @param shard which shard of how many
 * @param tools versions of the tools that produced the evidence ({@code readiness}, {@code jacoco}, {@code surefire},
 *     {@code failsafe}), by name, sorted; a tool whose version is unknown is absent
 * @param selectors the test selection of the shard ({@code test}, {@code groups}, {@code excludedGroups},
 *     {@code it.test}), by name, sorted; empty when every test ran
 * @param tests the counts of the test cases in the bundle's reports, by source ({@code surefire}, {@code failsafe})
 * @param files every evidence file of the bundle, sorted by path
 * @param classes every class the bundle's execution data touches, sorted by name then id
 */
public record BundleManifest(
        String commit,
        Boolean dirty,
        Module module,
        Shard shard,
        Map<String, String> tools,
        Map<String, String> selectors,
        Map<String, TestCounts> tests,
        List<FileEntry> files,
        List<ClassEntry> classes) {

    /** The format this version writes and reads. */
    public static final int FORMAT = 1;

    /** The bundle's manifest file name. */
    public static final String FILE_NAME = "manifest.json";

    private static final Pattern COMMIT = Pattern.compile("[0-9a-f]{40}|[0-9a-f]{64}");
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern CLASS_ID = Pattern.compile("[0-9a-f]{16}");
    private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9_$@+=,-][A-Za-z0-9._$@+=,-]{0,199}");
    private static final Set<String> KINDS = Set.of("surefire", "failsafe", "jacoco", "pit", "jmh");

    public BundleManifest {
        Objects.requireNonNull(module, "module");
        Objects.requireNonNull(shard, "shard");
        tools = Map.copyOf(new TreeMap<>(tools));
        selectors = Map.copyOf(new TreeMap<>(selectors));
        tests = Map.copyOf(new TreeMap<>(tests));
        List<FileEntry> f = new ArrayList<>(files);
        f.sort(Comparator.comparing(FileEntry::path));
        files = List.copyOf(f);
        List<ClassEntry> c = new ArrayList<>(classes);
        c.sort(Comparator.comparing(ClassEntry::name).thenComparing(ClassEntry::id));
        classes = List.copyOf(c);
    }

    /** A module's coordinates. */
    public record Module(String groupId, String artifactId, String version) {
        public Module {
            Objects.requireNonNull(groupId, "groupId");
            Objects.requireNonNull(artifactId, "artifactId");
            Objects.requireNonNull(version, "version");
        }

        /** {@code groupId:artifactId}. */
        public String key() {
            return groupId + ":" + artifactId;
        }
    }

    /**
     * One evidence file.
     *
     * @param path relative to the bundle directory, {@code /}-separated, e.g. {@code surefire/TEST-a.B.xml}
     * @param kind {@code surefire}, {@code failsafe}, {@code jacoco}, {@code pit} or {@code jmh}; the first segment
     *     of the path
     * @param size in bytes
     * @param sha256 lower-case hex
     */
    public record FileEntry(String path, String kind, long size, String sha256) {
        public FileEntry {
            checkPath(path);
            if (!KINDS.contains(kind) || !path.startsWith(kind + "/")) {
                throw new IllegalArgumentException("file '" + path + "' has kind '" + kind + "'; the kind is one of "
                        + KINDS.stream().sorted().toList()
                        + " and the path's first directory");
            }
            if (size < 0 || !SHA256.matcher(sha256).matches()) {
                throw new IllegalArgumentException(
                        "file '" + path + "' needs a size >= 0 and a lower-case hex SHA-256");
            }
        }
    }

    /**
     * One class the execution data touches.
     *
     * @param id JaCoCo's class id (CRC64 of the class bytes), 16 lower-case hex digits
     * @param name the VM name, e.g. {@code com/acme/Foo$Bar}
     */
    public record ClassEntry(String id, String name) {
        public ClassEntry {
            if (!CLASS_ID.matcher(id).matches() || name == null || name.isEmpty() || name.length() > 2000) {
                throw new IllegalArgumentException(
                        "class entry needs a 16-hex-digit id and a name: " + id + " " + name);
            }
        }

        /** The class id as JaCoCo's long. */
        public long idValue() {
            return Long.parseUnsignedLong(id, 16);
        }

        /** The id of a JaCoCo class id, as written. */
        public static String hex(long id) {
            return String.format(java.util.Locale.ROOT, "%016x", id);
        }
    }

    /**
     * A relative bundle path: {@code /}-separated segments of safe characters, no {@code .} or {@code ..}, not
     * absolute, no drive letter or backslash.
     */
    static void checkPath(String path) {
        if (path == null || path.isEmpty() || path.length() > 1000) {
            throw new IllegalArgumentException("empty or too long path");
        }
        for (String segment : path.split("/", -1)) {
            if (!SEGMENT.matcher(segment).matches() || segment.equals(".") || segment.equals("..")) {
                throw new IllegalArgumentException("path '" + path + "' is not a relative path inside the bundle"
                        + " (segments of letters, digits and ._$@+=,- not starting with '.'; no absolute paths or"
                        + " backslashes)");
            }
        }
    }

    /** The manifest as written: UTF-8 JSON, keys in a fixed order, two-space indentation, a final newline. */
    public byte[] toJson() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator g = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeNumberField("bundleFormat", FORMAT);
            g.writeStringField("commit", commit);
            if (dirty == null) {
                g.writeNullField("dirty");
            } else {
                g.writeBooleanField("dirty", dirty);
            }
            g.writeObjectFieldStart("module");
            g.writeStringField("groupId", module.groupId());
            g.writeStringField("artifactId", module.artifactId());
            g.writeStringField("version", module.version());
            g.writeEndObject();
            g.writeObjectFieldStart("shard");
            g.writeNumberField("index", shard.index());
            g.writeNumberField("total", shard.total());
            if (shard.label() != null) {
                g.writeStringField("label", shard.label());
            }
            g.writeEndObject();
            stringMap(g, "tools", tools);
            stringMap(g, "selectors", selectors);
            g.writeObjectFieldStart("tests");
            for (Map.Entry<String, TestCounts> e : new TreeMap<>(tests).entrySet()) {
                TestCounts t = e.getValue();
                g.writeObjectFieldStart(e.getKey());
                g.writeNumberField("total", t.total());
                g.writeNumberField("passed", t.passed());
                g.writeNumberField("failed", t.failed());
                g.writeNumberField("errors", t.errors());
                g.writeNumberField("skipped", t.skipped());
                g.writeNumberField("flaky", t.flaky());
                g.writeEndObject();
            }
            g.writeEndObject();
            g.writeArrayFieldStart("files");
            for (FileEntry f : files) {
                g.writeStartObject();
                g.writeStringField("path", f.path());
                g.writeStringField("kind", f.kind());
                g.writeNumberField("size", f.size());
                g.writeStringField("sha256", f.sha256());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("classes");
            for (ClassEntry c : classes) {
                g.writeStartObject();
                g.writeStringField("id", c.id());
                g.writeStringField("name", c.name());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // writing to memory
        }
        out.write('\n');
        return out.toByteArray();
    }

    private static void stringMap(JsonGenerator g, String name, Map<String, String> map) throws IOException {
        g.writeObjectFieldStart(name);
        for (Map.Entry<String, String> e : new TreeMap<>(map).entrySet()) {
            g.writeStringField(e.getKey(), e.getValue());
        }
        g.writeEndObject();
    }

    /**
     * Parses a manifest.
     *
     * @throws IllegalArgumentException with what is wrong (the caller names the file)
     */
    public static BundleManifest parse(byte[] json) {
        Object tree;
        try {
            tree = JsonTreeReader.read(json);
        } catch (IOException e) {
            throw new IllegalArgumentException(
                    "not valid JSON (" + e.getMessage().lines().findFirst().orElse("") + ")");
        }
        Map<String, Object> root = object(tree, "the document");
        Object format = root.get("bundleFormat");
        if (!(format instanceof Long l) || l != FORMAT) {
            throw new IllegalArgumentException("bundleFormat is " + format + "; this readiness reads bundleFormat "
                    + FORMAT + " (collect and aggregate with the same readiness version)");
        }
        known(
                root,
                "the document",
                "bundleFormat",
                "commit",
                "dirty",
                "module",
                "shard",
                "tools",
                "selectors",
                "tests",
                "files",
                "classes");
        Object commitValue = root.get("commit");
        String commit = null;
        if (commitValue != null) {
            commit = string(commitValue, "commit");
            if (!COMMIT.matcher(commit).matches()) {
                throw new IllegalArgumentException("commit '" + commit + "' is not 40 or 64 lower-case hex digits");
            }
        }
        Object dirtyValue = root.get("dirty");
        if (dirtyValue != null && !(dirtyValue instanceof Boolean)) {
            throw new IllegalArgumentException("dirty is not true, false or null");
        }
        Map<String, Object> m = object(root.get("module"), "module");
        Module module = new Module(
                string(m.get("groupId"), "module.groupId"),
                string(m.get("artifactId"), "module.artifactId"),
                string(m.get("version"), "module.version"));
        Map<String, Object> s = object(root.get("shard"), "shard");
        Shard shard = new Shard(
                (int) number(s.get("index"), "shard.index", Shard.MAX_TOTAL),
                (int) number(s.get("total"), "shard.total", Shard.MAX_TOTAL),
                s.get("label") == null ? null : string(s.get("label"), "shard.label"));
        Map<String, TestCounts> tests = new TreeMap<>();
        for (Map.Entry<String, Object> e : object(root.get("tests"), "tests").entrySet()) {
            String w = "tests." + e.getKey();
            Map<String, Object> t = object(e.getValue(), w);
            tests.put(
                    e.getKey(),
                    new TestCounts(
                            number(t.get("total"), w + ".total", Long.MAX_VALUE),
                            number(t.get("passed"), w + ".passed", Long.MAX_VALUE),
                            number(t.get("failed"), w + ".failed", Long.MAX_VALUE),
                            number(t.get("errors"), w + ".errors", Long.MAX_VALUE),
                            number(t.get("skipped"), w + ".skipped", Long.MAX_VALUE),
                            number(t.get("flaky"), w + ".flaky", Long.MAX_VALUE)));
        }
        List<FileEntry> files = new ArrayList<>();
        for (Object o : array(root.get("files"), "files")) {
            Map<String, Object> f = object(o, "files[]");
            files.add(new FileEntry(
                    string(f.get("path"), "files[].path"),
                    string(f.get("kind"), "files[].kind"),
                    number(f.get("size"), "files[].size", Long.MAX_VALUE),
                    string(f.get("sha256"), "files[].sha256")));
        }
        if (files.stream().map(FileEntry::path).distinct().count() != files.size()) {
            throw new IllegalArgumentException("a file is listed twice");
        }
        List<ClassEntry> classes = new ArrayList<>();
        for (Object o : array(root.get("classes"), "classes")) {
            Map<String, Object> c = object(o, "classes[]");
            classes.add(new ClassEntry(string(c.get("id"), "classes[].id"), string(c.get("name"), "classes[].name")));
        }
        return new BundleManifest(
                commit,
                (Boolean) dirtyValue,
                module,
                shard,
                stringMap(root.get("tools"), "tools"),
                stringMap(root.get("selectors"), "selectors"),
                tests,
                files,
                classes);
    }

    private static void known(Map<String, Object> map, String where, String... names) {
        Set<String> allowed = Set.of(names);
        for (String k : map.keySet()) {
            if (!allowed.contains(k)) {
                throw new IllegalArgumentException(where + " has the unknown field '" + k + "'");
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(Object value, String where) {
        if (!(value instanceof Map<?, ?> map)) {
            throw new IllegalArgumentException(where + " is missing or not an object");
        }
        return (Map<String, Object>) map;
    }

    private static List<?> array(Object value, String where) {
        if (!(value instanceof List<?> list)) {
            throw new IllegalArgumentException(where + " is missing or not an array");
        }
        return list;
    }

    private static String string(Object value, String where) {
        if (!(value instanceof String s)) {
            throw new IllegalArgumentException(where + " is missing or not a string");
        }
        return s;
    }

    private static long number(Object value, String where, long max) {
        if (!(value instanceof Long l) || l < 0 || l > max) {
            throw new IllegalArgumentException(where + " is missing or not a whole number from 0 to " + max);
        }
        return l;
    }

    private static Map<String, String> stringMap(Object value, String where) {
        Map<String, String> out = new TreeMap<>();
        for (Map.Entry<String, Object> e : object(value, where).entrySet()) {
            out.put(e.getKey(), string(e.getValue(), where + "." + e.getKey()));
        }
        return out;
    }
}
