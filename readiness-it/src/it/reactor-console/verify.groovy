/*
 * Issue 17: a multi-module console that fits on a screen. javaparser's 7-module reactor with aggregate printed 408
 * readiness lines; this reactor has its shape (a pom module, a module covered only by another module's tests, a
 * test-only module, a module without tests). Three builds, each failing by the reactor verdict (tools is critical and
 * untested): sequential, without the JaCoCo agent, and -T 2.
 * - each module prints one line (its level and score, "reactor verdict follows"), the reactor verdict comes once;
 * - the lines readiness prints are counted: every line of the readiness goal's output (from its "--- readiness:"
 *   header to the next goal's header or Maven's separator) plus the final error's lines up to "-> [Help 1]";
 * - the JaCoCo <plugin> snippet is printed at most once per build;
 * - the failure says it is the reactor's verdict, not the blamed module's, and that -rf cannot reproduce it;
 * - the module advice is true in the reactor (core is covered by core-testing; core-testing has no main classes).
 */
final int BUDGET = 80
final List<String> MODULES = ['rc', 'rc-bom', 'rc-model', 'rc-core', 'rc-core-testing', 'rc-tools', 'rc-app']

V = evaluate(new File(itShared, 'Verify.groovy')) // shared helpers (src/it/shared), in the binding
List<String> runs = V.runs(basedir, 3)
runs.each { assert it.contains('BUILD FAILURE') }
assert runs[2].contains('Using the MultiThreadedBuilder implementation with a thread count of 2')

/** The lines readiness printed in one run: its goal's output in every module, and the build's final error. */
List<String> readinessLines(String run) {
    List<String> out = []
    boolean inGoal = false
    boolean inError = false
    run.readLines().each { String line ->
        if (line ==~ /^\[INFO\] --- readiness:.*/) {
            inGoal = true
            return
        }
        if (inGoal && (line ==~ /^\[INFO\] --- .*/ || line ==~ /^\[INFO\] -{20,}.*/ || line ==~ /^\[INFO\] Reactor Summary.*/)) {
            inGoal = false
        }
        if (line.startsWith('[ERROR] Failed to execute goal dev.readiness:')) {
            inError = true
        }
        if ((inGoal || inError) && line ==~ /^\[(INFO|WARNING|ERROR)\] .*\S.*/) {
            out << line
        }
        if (inError && line.startsWith('[ERROR] -> [Help 1]')) {
            inError = false
        }
    }
    return out
}

runs.eachWithIndex { String run, int i ->
    List<String> lines = readinessLines(run)
    int warnings = lines.count { it.startsWith('[WARNING]') }
    println "run ${i + 1}: readiness printed ${lines.size()} lines (${warnings} WARNING)"
    new File(basedir, "readiness-lines-run-${i + 1}.txt").setText(lines.join('\n') + '\n', 'UTF-8')
}

// ---------------------------------------------------------------- run 1, sequential
String seq = runs[0]
List<String> seqLines = readinessLines(seq)
assert seqLines.size() < BUDGET: "run 1 printed ${seqLines.size()} readiness lines, the budget is ${BUDGET}"
assert seq.count('Reactor verdict over 7 modules') == 1
// the reactor's verdict block once, in the final error (Maven's -e stack trace repeats the exception text)
assert seqLines.count { it.contains('Readiness of com.acme.rc:rc:1.0.0-SNAPSHOT') } == 1
assert seqLines.find { it.contains('Readiness of com.acme.rc:rc:1.0.0-SNAPSHOT') }.startsWith('[ERROR]')
['rc-model', 'rc-core', 'rc-core-testing', 'rc-tools', 'rc-app'].each { m ->
    // no module gate table: one line per module, during its build
    assert !seq.contains("Readiness of com.acme.rc:${m}:"): "${m} printed its full verdict"
    List<String> own = seqLines.findAll { it.contains("Module ${m}: ") }
    assert own.size() == 1: "${m}: expected one module line, found ${own}"
    assert own[0].contains('reactor verdict follows')
}
assert seq.contains('rc-bom') && seq.contains('pom packaging: no verdict of its own')
// the module blamed sequentially is the last one, app; the error says the verdict is the reactor's
assert seq.contains('on project rc-app: The reactor verdict')
assert seq =~ /mvn -rf :rc-app .*cannot reproduce/
// advice true in the reactor
assert !seq.contains('run mvn verify so classes are compiled')
assert !seq.contains('<artifactId>jacoco-maven-plugin</artifactId>')
Map r1 = V.json(new File(basedir, 'reports/sequential/readiness.json')) as Map
assert r1.level == 'BLOCKED'
assert r1.reactor.modules*.name == MODULES
Map byName = r1.reactor.modules.collectEntries { [it.name, it] }
assert byName['rc-core'].notes.any { it.contains("covered by other modules' tests") }: byName['rc-core'].notes
assert byName['rc-core-testing'].notes.any { it.contains('test-only') }: byName['rc-core-testing'].notes
assert byName['rc-tools'].notes.any { it.contains("no other module's tests cover its classes") }: byName['rc-tools'].notes
// tools is the one blocker: core's lines are covered by core-testing's tests
assert r1.blockingIssues.size() == 1 && r1.blockingIssues[0].contains('com.acme.rc.tools.Report')
// no "in ;": the failsafe gate names where it looked
assert !(seq =~ /reports \(TEST-\*\.xml\) in ;/)
assert !new File(basedir, 'reports/sequential/readiness.md').getText('UTF-8').contains(' in ;')

// ---------------------------------------------------------------- run 2, no JaCoCo agent
String noAgent = runs[1]
List<String> noAgentLines = readinessLines(noAgent)
assert noAgentLines.size() < BUDGET: "run 2 printed ${noAgentLines.size()} readiness lines, the budget is ${BUDGET}"
// the remedy snippet at most once in readiness's output (Maven's -e stack trace repeats the exception text)
assert noAgentLines.count { it.contains('<artifactId>jacoco-maven-plugin</artifactId>') } == 1
assert !noAgent.contains('run mvn verify so classes are compiled')
// the reactor names where it looked for execution data (it said "nothing matches  in <root>")
assert !noAgent.contains('nothing matches  in')
assert noAgent.contains('nothing matches model/target/jacoco*.exec, core/target/jacoco*.exec')

// ---------------------------------------------------------------- run 3, -T 2
String par = runs[2]
assert par.count('Reactor verdict over 7 modules') == 1
assert par =~ /on project (rc-[a-z-]+): The reactor verdict/
String blamed = (par =~ /on project (rc-[a-z-]+): The reactor verdict/)[0][1]
assert par.contains("mvn -rf :${blamed}")

// ---------------------------------------------------------------- the source tree stays clean
// the ITs write the history to target/readiness-history.jsonl (readiness-it/pom.xml); before issue 17 a
// readiness-history.jsonl.lock was left next to it in every module
['target', 'model/target', 'core/target', 'core-testing/target', 'tools/target', 'app/target'].each {
    assert new File(basedir, "${it}/readiness-history.jsonl").isFile()
}
new File(basedir as File, '.').eachFileRecurse { File f ->
    assert !f.name.endsWith('.lock'): "lock file left in the project: ${f}"
}
true
