// prepare-agent: Surefire's JVM gets -javaagent, the exploration finds the lost update, no dynamic attach.
def log = new File(basedir, 'build.log').text
assert log.contains('frontrun: argLine set to -javaagent:')
assert log.contains('FRONTRUN-RESULT VIOLATED after 2 executions')
assert log.contains('Tests run: 1, Failures: 0, Errors: 0')
assert !log.contains('A Java agent has been loaded dynamically')
// the test ran on the JDK running this build (.ci/run runs it on JDK 17 and on JDK 25)
assert log.contains('FRONTRUN-JDK ' + Runtime.version().feature())
assert log.contains('BUILD SUCCESS')
true
