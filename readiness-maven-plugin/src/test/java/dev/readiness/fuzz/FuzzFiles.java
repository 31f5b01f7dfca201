package dev.readiness.fuzz;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;

/** Scratch directories for one fuzz execution: created empty, deleted afterwards, whatever the reader left in them. */
final class FuzzFiles {
    private FuzzFiles() {}

    static Path newDirectory() throws IOException {
        return Files.createTempDirectory("readiness-fuzz");
    }

    static void delete(Path directory) throws IOException {
        Files.walkFileTree(directory, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /** Fails the execution when a refusal does not name the file the user must fix. */
    static void requireNamesFile(Exception refusal, Path file) {
        String message = refusal.getMessage();
        if (message == null || !message.contains(file.getFileName().toString())) {
            throw new AssertionError("The refusal does not name " + file + ": " + message, refusal);
        }
    }
}
