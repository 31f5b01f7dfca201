/*
 * The shared sample sources of the IT cases, put into a case's copy by its setup.groovy before the first build:
 *
 *   def Sample = evaluate(new File(itShared, 'Sample.groovy'))
 *   Sample.copy(new File(itSources, 'sample-controller'), basedir, ['src/main/java/**'])
 *
 * (itShared and itSources are invoker scriptVariables, see readiness-it/pom.xml). A file the case holds itself is
 * never overwritten: a case replaces one shared file by keeping its own at the same path. Nothing is copied twice,
 * so a rewritten source can never change a later build's evidence (timestamps, recompilation). The copies are
 * byte-identical, at the same paths, so line numbers and class files are the ones the README table was measured on.
 */
import java.nio.file.FileSystems
import java.nio.file.Files
import java.nio.file.Path
import java.nio.file.PathMatcher

class SampleSources {
    /**
     * Copies the files below {@code from} whose path relative to it matches one of {@code includes} (glob syntax,
     * {@code **} crosses directories) into the same relative path below {@code to}; returns the paths copied.
     * Fails when a pattern matches no file (a renamed sample file must not silently shrink a case).
     */
    static List<String> copy(File from, File to, List<String> includes) {
        assert from.isDirectory(): "no shared sample sources at ${from}"
        Path root = from.toPath()
        List<String> files
        Files.walk(root).withCloseable { stream ->
            files = stream.filter { Files.isRegularFile(it) }
                    .collect { root.relativize(it).toString().replace(File.separatorChar, (char) '/') }
                    .sort()
        }
        List<String> copied = []
        includes.each { String pattern ->
            PathMatcher matcher = FileSystems.default.getPathMatcher("glob:${pattern}")
            List<String> matched = files.findAll { matcher.matches(java.nio.file.Paths.get(it)) }
            assert !matched.isEmpty(): "${pattern} matches no file below ${from}"
            matched.each { String path ->
                File target = new File(to, path)
                if (!target.exists()) {
                    target.parentFile.mkdirs()
                    Files.copy(root.resolve(path), target.toPath())
                    copied << path
                }
            }
        }
        return copied
    }

    /** Replaces the one occurrence of {@code anchor} in {@code file} (a case's variant of a shared source). */
    static void patch(File file, String anchor, String replacement) {
        String text = file.getText('UTF-8')
        if (text.contains(replacement)) {
            return // patched by an earlier call
        }
        assert text.count(anchor) == 1: "expected ${anchor} once in ${file}"
        file.setText(text.replace(anchor, replacement), 'UTF-8')
    }
}

return SampleSources
