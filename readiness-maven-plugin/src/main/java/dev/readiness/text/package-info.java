/**
 * Text from untrusted sources made safe to show: control characters that a terminal would act on, lone surrogates
 * that no UTF-8 writer accepts, and truncation that never cuts a character in half. Used by every view, the console
 * included; no dependency on the rest of the plugin.
 */
package dev.readiness.text;
