/**
 * History of assessments (DESIGN.md §6): an append-only JSON Lines store that never loses a record under concurrent
 * builds, the git commit and branch read from {@code .git} files, the score and gate trends, and the
 * {@code noRegression} ratchet.
 *
 * <p>Nothing here knows about Maven; callers pass paths and records and get immutable results back.
 */
package dev.readiness.history;
