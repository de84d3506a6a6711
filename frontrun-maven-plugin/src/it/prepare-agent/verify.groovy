// prepare-agent: Surefire's JVM gets the agent's bridge on -Xbootclasspath/a and -javaagent, the exploration finds
// the lost update, no dynamic attach, and class data sharing stays on (no "bootstrap classpath has been appended").
def log = new File(basedir, 'build.log').text
assert log =~ /frontrun: argLine set to -Xbootclasspath\/a:\S+frontrun-boot-\p{XDigit}+\.jar -javaagent:/
assert !log.contains('bootstrap classpath has been appended')
assert log.contains('FRONTRUN-RESULT VIOLATED after 2 executions')
assert log.contains('Tests run: 1, Failures: 0, Errors: 0')
assert !log.contains('A Java agent has been loaded dynamically')
// the test ran on the JDK running this build (.ci/run runs it on JDK 17 and on JDK 25)
assert log.contains('FRONTRUN-JDK ' + Runtime.version().feature())
assert log.contains('BUILD SUCCESS')
true
