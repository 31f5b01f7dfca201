/**
 * Which lines a change touched: the added or modified lines of the new side of a unified diff
 * ({@link dev.readiness.evidence.change.UnifiedDiff}, for {@code readiness.diffFile}) or of the working tree against
 * the merge-base of {@code HEAD} and {@code readiness.baseRef} ({@link dev.readiness.evidence.change.GitChanges},
 * the only class that uses JGit, loaded only when a base ref is configured). Both produce one
 * {@link dev.readiness.evidence.change.ChangedLines} model. No Maven types.
 */
package dev.readiness.evidence.change;
