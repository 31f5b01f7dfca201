package dev.readiness.policy;

/** Which test reports a pass-rate gate reads. */
public enum TestSource {
    /** Unit tests: the Surefire reports. */
    SUREFIRE,
    /** Integration tests: the Failsafe reports. */
    FAILSAFE,
    /** Both. */
    ALL
}
