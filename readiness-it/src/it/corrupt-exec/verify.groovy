// The build fails because the execution data cannot be read, not because of a verdict.
V = evaluate(new File(itShared, 'Verify.groovy')) // shared helpers (src/it/shared), in the binding
String log = V.log(basedir)
assert log.contains('BUILD FAILURE')
String failed = log.readLines().find { it.startsWith('[ERROR] Failed to execute goal dev.readiness:') }
assert failed != null: 'the readiness goal must be the one that fails'
assert failed.contains('jacoco-killed.exec')                      // names the file
assert failed =~ /(?i)truncat|killed|incomplete|end of (the )?file/  // and the likely cause
assert !log.contains('Readiness level')                             // no verdict was computed
// a MojoExecutionException (cannot read input), not a MojoFailureException (gate not met), and no crash
assert log.contains('org.apache.maven.plugin.MojoExecutionException')
assert !log.contains('org.apache.maven.plugin.MojoFailureException')
assert !(log =~ /(?m)^Caused by: java\.lang\.(NullPointer|IllegalState|ArrayIndexOutOfBounds)/)
assert !new File(basedir, 'target/readiness/readiness.json').exists()
// the good exec file was written by the real agent
assert new File(basedir, 'target/jacoco.exec').length() > 0
return true
