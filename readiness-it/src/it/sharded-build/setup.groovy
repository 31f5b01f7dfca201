/*
 * Issue 25: the controller sample (main sources and unit tests, src/it/sample-controller) as a git repository with
 * one commit, so every shard's bundle names the commit it built. bundles/ and target/ are ignored (untracked), so the
 * checkout stays clean while the shards write their bundles. git runs with a fixed identity and without the user's
 * configuration.
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
    Process p = pb.start()
    String out = p.inputStream.getText('UTF-8')
    assert p.waitFor() == 0: "git ${args.join(' ')} failed: ${out}"
    return out
}

if (new File(basedir, '.git').exists()) {
    return true // set up by an earlier invocation
}
new File(basedir, '.gitignore').setText('target/\nbundles/\nbuild.log\n', 'UTF-8')
git('init', '-q', '-b', 'main')
git('add', '-A')
git('commit', '-q', '-m', 'the controller sample')
return true
