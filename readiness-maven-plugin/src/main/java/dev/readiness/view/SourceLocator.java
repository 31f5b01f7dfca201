package dev.readiness.view;

/**
 * Where a finding's file is, relative to the repository root: code-review tools place a finding on a file of the
 * repository, so a class's source file ({@code com/acme/Outer.java}, as the class file names it) has to be found in a
 * source root of its module. {@link SourceRoots} looks in the modules' source roots; {@link #NONE} knows no file.
 */
public interface SourceLocator {
    /** Knows no file: findings have no location. */
    SourceLocator NONE = new SourceLocator() {
        @Override
        public String source(String sourceFile, boolean test) {
            return null;
        }

        @Override
        public String pom() {
            return null;
        }
    };

    /**
     * The file relative to the repository root, {@code /}-separated, or {@code null} when it is not found.
     *
     * @param sourceFile the path relative to a source root, e.g. {@code com/acme/Outer.java}
     * @param test whether to look in the test source roots (a test class) or the main ones
     */
    String source(String sourceFile, boolean test);

    /** The POM of the assessed project relative to the repository root, or {@code null}: where a gate's finding goes. */
    String pom();
}
