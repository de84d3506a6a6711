// prepare-agent: Surefire's JVM gets -javaagent, the exploration finds the lost update, no dynamic attach.
def log = new File(basedir, 'build.log').text
assert log.contains('frontrun: argLine set to -javaagent:')
assert log.contains('FRONTRUN-RESULT VIOLATED after 2 executions')
assert log.contains('Tests run: 1, Failures: 0, Errors: 0')
assert !log.contains('A Java agent has been loaded dynamically')
assert log.contains('BUILD SUCCESS')
true
