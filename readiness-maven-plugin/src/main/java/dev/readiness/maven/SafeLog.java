package dev.readiness.maven;

import dev.readiness.text.SafeText;
import org.apache.maven.plugin.logging.Log;

/**
 * The Mojos' log: every message goes through {@link SafeText#line}, because messages carry text from the evidence
 * (test names and failure messages, a committed history file's branch and level, file names), and a terminal acts on
 * the control characters such text may hold — ESC sequences clear the screen or colour a forged line green, CR
 * overwrites a warning, a line break forges a whole log line. Throwables are passed on unchanged.
 */
final class SafeLog implements Log {
    private final Log delegate;

    private SafeLog(Log delegate) {
        this.delegate = delegate;
    }

    /** The sanitising view of {@code log} (itself when it already is one). */
    static Log of(Log log) {
        return log instanceof SafeLog ? log : new SafeLog(log);
    }

    private static String safe(CharSequence content) {
        return content == null ? null : SafeText.line(content.toString());
    }

    @Override
    public boolean isDebugEnabled() {
        return delegate.isDebugEnabled();
    }

    @Override
    public void debug(CharSequence content) {
        delegate.debug(safe(content));
    }

    @Override
    public void debug(CharSequence content, Throwable error) {
        delegate.debug(safe(content), error);
    }

    @Override
    public void debug(Throwable error) {
        delegate.debug(error);
    }

    @Override
    public boolean isInfoEnabled() {
        return delegate.isInfoEnabled();
    }

    @Override
    public void info(CharSequence content) {
        delegate.info(safe(content));
    }

    @Override
    public void info(CharSequence content, Throwable error) {
        delegate.info(safe(content), error);
    }

    @Override
    public void info(Throwable error) {
        delegate.info(error);
    }

    @Override
    public boolean isWarnEnabled() {
        return delegate.isWarnEnabled();
    }

    @Override
    public void warn(CharSequence content) {
        delegate.warn(safe(content));
    }

    @Override
    public void warn(CharSequence content, Throwable error) {
        delegate.warn(safe(content), error);
    }

    @Override
    public void warn(Throwable error) {
        delegate.warn(error);
    }

    @Override
    public boolean isErrorEnabled() {
        return delegate.isErrorEnabled();
    }

    @Override
    public void error(CharSequence content) {
        delegate.error(safe(content));
    }

    @Override
    public void error(CharSequence content, Throwable error) {
        delegate.error(safe(content), error);
    }

    @Override
    public void error(Throwable error) {
        delegate.error(error);
    }
}
