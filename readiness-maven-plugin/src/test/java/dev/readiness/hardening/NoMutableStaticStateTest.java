package dev.readiness.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Goals are {@code threadSafe} and Maven daemons keep the plugin loaded between builds, so no class of the plugin
 * may hold mutable static state: every static field is final, and no static final field is a mutable collection or
 * array (constants of immutable types only).
 */
class NoMutableStaticStateTest {
    private static final Path CLASSES = Path.of("target/classes");

    @Test
    void everyStaticFieldOfThePluginIsAnImmutableConstant() throws Exception {
        List<String> offenders = new ArrayList<>();
        List<String> classNames = classNames();
        assertThat(classNames).hasSizeGreaterThan(50);
        for (String name : classNames) {
            Class<?> type = Class.forName(name, false, getClass().getClassLoader());
            for (Field field : type.getDeclaredFields()) {
                int mod = field.getModifiers();
                if (!Modifier.isStatic(mod)
                        || field.isSynthetic()
                        || field.getName().equals("$VALUES")) {
                    continue;
                }
                if (!Modifier.isFinal(mod)) {
                    offenders.add(name + "." + field.getName() + " is static and not final");
                } else if (isMutableContainer(field.getType()) && !isEmptyJdkImmutable(field)) {
                    offenders.add(name + "." + field.getName() + " is a static "
                            + field.getType().getSimpleName());
                }
            }
        }
        assertThat(offenders).as("mutable static state").isEmpty();
    }

    @Test
    void theAuditFindsAStaticCounter() throws Exception {
        Field counter = Fixture.class.getDeclaredField("counter");
        assertThat(Modifier.isStatic(counter.getModifiers()) && !Modifier.isFinal(counter.getModifiers()))
                .isTrue();
        assertThat(isMutableContainer(Fixture.CACHE.getClass())).isTrue();
    }

    static final class Fixture {
        static int counter;
        static final Map<String, String> CACHE = new java.util.HashMap<>();
    }

    private static boolean isMutableContainer(Class<?> type) {
        return type.isArray() || Collection.class.isAssignableFrom(type) || Map.class.isAssignableFrom(type);
    }

    /** A static final List/Map/Set is fine only when it holds one of the JDK's immutable collections. */
    private static boolean isEmptyJdkImmutable(Field field) throws IllegalAccessException {
        field.setAccessible(true);
        Object value = field.get(null);
        return value != null && value.getClass().getName().startsWith("java.util.ImmutableCollections");
    }

    private static List<String> classNames() throws IOException {
        try (Stream<Path> files = Files.walk(CLASSES)) {
            return files.filter(p -> p.toString().endsWith(".class"))
                    .map(p -> CLASSES.relativize(p).toString())
                    .filter(n -> n.startsWith("dev/readiness/"))
                    .map(n -> n.substring(0, n.length() - ".class".length()).replace('/', '.'))
                    .sorted()
                    .toList();
        }
    }
}
