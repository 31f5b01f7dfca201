/**
 * Coverage evidence: JaCoCo execution data plus compiled classes, analysed with JaCoCo 0.8.15's own analyser, and the
 * coverage of the policy's tags.
 *
 * <p>Entry point: {@link dev.readiness.evidence.coverage.CoverageAnalyzer#analyze} with a
 * {@link dev.readiness.evidence.coverage.CoverageRequest}; the result is an immutable
 * {@link dev.readiness.evidence.coverage.CoverageEvidence}.
 *
 * <h2>Decisions</h2>
 *
 * <ul>
 *   <li><b>Same numbers as {@code jacoco:report}.</b> The overall counters are JaCoCo's bundle counters; a class's
 *       counters are its row in the report. {@code analyzedClasses} and a tag's classes are the classes with code,
 *       the class rows of {@code jacoco:report}'s HTML and CSV (and the total of its CLASS counter): classes without
 *       code (interfaces with constants only, annotation types, empty classes), which jacoco.xml lists as
 *       {@code <class>} elements without counters, contribute nothing and are not counted. JaCoCo's filters (synthetic
 *       methods, private empty constructors, ...) apply unchanged.
 *   <li><b>Tags.</b> A class selected whole (package glob, class glob, class-level or {@code package-info}
 *       annotation) contributes its class counters, so a tag of whole classes is the sum of their report rows. A
 *       method selected on its own (method-level annotation, or a selected class whose other methods carry an exclude
 *       annotation) contributes its method counters; the CLASS counter of such a class counts 1 covered when at least
 *       one of its selected methods is covered, else 1 missed. A lambda body ({@code lambda$clamp$0}) belongs to the
 *       methods it is declared in ({@code clamp}, every overload). A class glob also selects the nested classes of the
 *       classes it matches, unless written with a leading {@code =}. The LINE counter of a tag is recounted from the lines merged per source file, as JaCoCo
 *       does for package and bundle totals, so a line shared by two classes (an anonymous class on its outer method's
 *       line) or two methods (a field initialiser copied into each constructor) counts once: a tag of whole packages
 *       equals JaCoCo's package totals, and a tag of whole classes equals the sum of their report rows except for such
 *       shared lines.
 *   <li><b>Stale data.</b> A class whose bytecode differs from the class the execution data was recorded for is
 *       listed in {@code noMatchClasses} and counted as not covered, exactly as JaCoCo does.
 *   <li><b>Missing versus broken.</b> No exec file, or no class file, is a
 *       {@link dev.readiness.evidence.coverage.CoverageEvidence#missing missing} outcome with a remedy. An exec file
 *       that exists but cannot be read is an {@link dev.readiness.evidence.EvidenceException}. A 0-byte exec file is
 *       treated as broken, not as "no coverage": JaCoCo reads it as empty data (0 %), but the agent creates the file
 *       when the test JVM starts, so 0 bytes means that JVM died before writing.
 *   <li><b>Parallel.</b> One {@code Analyzer} per thread over disjoint class files, one synchronised visitor in
 *       front of the single {@code CoverageBuilder}; each class file is read once for the annotation scan and the
 *       analysis. The result does not depend on the thread count. When several inputs are broken, the parallel run
 *       reports one of them (the first one a thread met).
 *   <li>Class directories are searched for {@code *.class} files; jar files inside them are not opened.
 * </ul>
 */
package dev.readiness.evidence.coverage;
