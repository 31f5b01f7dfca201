package com.acme;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks code whose failure can damage the plant or hurt people. Release policy requires every line of such code to
 * be covered by tests.
 *
 * <p>Kept in the class files (retention {@code CLASS}) so that build tools can find it without loading the classes.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface SafetyCritical {}
