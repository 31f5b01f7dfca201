/*
 * Issue 19: the controller sample (main sources and unit tests, src/it/sample-controller) as a git repository.
 *
 *   main     the sample as it is (commit "base"), then one more commit after the branch point (README.md): not part
 *            of the change, which starts at the merge-base
 *   feature  (checked out) one commit that adds
 *              - in critical code, com.acme.control.ControllerGains: scaled(double), tested by a new test class, with
 *                a statement over four lines; withOutputLimit(double), never called
 *              - in non-critical code, com.acme.filter.LowPassFilter: restartAt(double), tested by the new test class
 *              - in the @SafetyCritical Saturation.clamp: a reworded exception message (a covered line)
 *            and one uncommitted edit: LowPassFilter.initialised(), never called
 *   pr.diff  git diff of the working tree against the merge-base (run 2 reads it as readiness.diffFile)
 *
 * git runs with a fixed identity and without the user's configuration, so the repository is the same everywhere.
 */
def Sample = evaluate(new File(itShared, 'Sample.groovy'))
Sample.copy(new File(itSources, 'sample-controller'), basedir, [
    'src/main/java/**',
    'src/test/java/com/acme/control/**',
    'src/test/java/com/acme/filter/**',
    'src/test/java/com/acme/util/**',
])

String git(String... args) {
    List<String> command = ['git', '-c', 'user.name=readiness IT', '-c', 'user.email=it@readiness.invalid',
                            '-c', 'commit.gpgsign=false', '-c', 'core.autocrlf=false', '-c', 'core.hooksPath=/dev/null']
    command.addAll(args)
    ProcessBuilder pb = new ProcessBuilder(command).directory(basedir).redirectErrorStream(true)
    ['GIT_DIR', 'GIT_WORK_TREE', 'GIT_INDEX_FILE', 'GIT_CONFIG_GLOBAL'].each { pb.environment().remove(it) }
    pb.environment().put('GIT_CONFIG_NOSYSTEM', '1')
    pb.environment().put('GIT_CONFIG_GLOBAL', '/dev/null')
    pb.environment().put('GIT_AUTHOR_DATE', '2026-11-30T10:00:00Z')
    pb.environment().put('GIT_COMMITTER_DATE', '2026-11-30T10:00:00Z')
    Process p = pb.start()
    String out = p.inputStream.getText('UTF-8')
    assert p.waitFor() == 0: "git ${args.join(' ')} failed: ${out}"
    return out
}

if (new File(basedir, '.git').exists()) {
    return true // set up by an earlier invocation
}
new File(basedir, '.gitignore').setText('target/\nbuild.log\n', 'UTF-8')
git('init', '-q', '-b', 'main')
git('add', '-A')
git('commit', '-q', '-m', 'base: the controller sample')
git('checkout', '-q', '-b', 'feature')

Sample.patch(new File(basedir, 'src/main/java/com/acme/control/ControllerGains.java'), '''\
        requirePositive("outputLimit", outputLimit);
    }
''', '''\
        requirePositive("outputLimit", outputLimit);
    }

    /**
     * The gains with the switching gain multiplied by {@code factor}.
     *
     * @param factor the factor, finite and positive
     * @return the scaled gains
     */
    public ControllerGains scaled(double factor) {
        return new ControllerGains(
                lambda,
                gain * factor,
                boundaryLayer,
                outputLimit);
    }

    /**
     * The gains with another actuator limit.
     *
     * @param limit the new limit, finite and positive
     * @return the gains
     */
    public ControllerGains withOutputLimit(double limit) {
        return new ControllerGains(lambda, gain, boundaryLayer, limit);
    }
''')
Sample.patch(new File(basedir, 'src/main/java/com/acme/filter/LowPassFilter.java'), '''\
    public double alpha() {
        return alpha;
    }
''', '''\
    public double alpha() {
        return alpha;
    }

    /**
     * Restarts the filter at {@code value}, as if it had filtered a constant {@code value} forever.
     *
     * @param value the new output, finite
     */
    public void restartAt(double value) {
        output = value;
        initialised = true;
    }
''')
Sample.patch(new File(basedir, 'src/main/java/com/acme/util/Saturation.java'),
        'throw new IllegalArgumentException("bounds must not be NaN: min="',
        'throw new IllegalArgumentException("bounds must not be NaN (a sensor fault?): min="')
File test = new File(basedir, 'src/test/java/com/acme/control/ChangedCodeTest.java')
test.setText('''\
package com.acme.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.acme.filter.LowPassFilter;
import org.junit.jupiter.api.Test;

class ChangedCodeTest {

    @Test
    void scalesTheSwitchingGainOnly() {
        ControllerGains gains = new ControllerGains(2.0, 5.0, 0.05, 4.0).scaled(2.0);
        assertEquals(10.0, gains.gain());
        assertEquals(2.0, gains.lambda());
    }

    @Test
    void aRestartedFilterHoldsItsNewOutput() {
        LowPassFilter filter = new LowPassFilter(1.0, 0.01);
        filter.filter(3.0);
        filter.restartAt(7.0);
        assertEquals(7.0, filter.filter(7.0));
    }
}
''', 'UTF-8')
git('add', '-A')
git('commit', '-q', '-m', 'feature: scaled gains, filter restart')

git('checkout', '-q', 'main')
new File(basedir, 'README.md').setText('The controller library.\n', 'UTF-8')
git('add', 'README.md')
git('commit', '-q', '-m', 'main moves on: README')
git('checkout', '-q', 'feature')

// the uncommitted edit: counted by readiness.baseRef (working tree) and by diff-cover (unstaged changes)
Sample.patch(new File(basedir, 'src/main/java/com/acme/filter/LowPassFilter.java'), '''\
        initialised = true;
    }
''', '''\
        initialised = true;
    }

    /**
     * Whether a sample has initialised the output.
     *
     * @return true after the first finite sample
     */
    public boolean initialised() {
        return initialised;
    }
''')
String mergeBase = git('merge-base', 'main', 'HEAD').trim()
new File(basedir, 'pr.diff').setText(git('diff', mergeBase), 'UTF-8')
return true
