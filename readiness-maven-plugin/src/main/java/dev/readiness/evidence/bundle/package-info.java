/**
 * Evidence bundles: what one CI shard of a build ran ({@code readiness:collect} writes a directory with a versioned
 * {@code manifest.json} and the shard's raw evidence), and the fan-in that checks a set of bundles — integrity,
 * commit, completeness, class identity — before their evidence is counted once.
 *
 * <p>Bundle layout (paths in the manifest are relative to the bundle directory):
 *
 * <pre>
 * manifest.json          bundleFormat 1 (schema: META-INF/readiness/bundle-manifest.schema.json)
 * surefire/TEST-*.xml    this build's Surefire reports
 * failsafe/TEST-*.xml    this build's Failsafe reports
 * jacoco/jacoco.exec     this build's JaCoCo sessions of every exec file, merged
 * pit/&lt;n&gt;/mutations.xml  PIT reports written by this build
 * jmh/&lt;n&gt;-&lt;name&gt;.json   JMH results written by this build (carried, not judged by the fan-in)
 * </pre>
 */
package dev.readiness.evidence.bundle;
