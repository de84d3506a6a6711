// start-postgres hands the database to Surefire's JVM; the test explores a JDBC lost update on it; stop-postgres stops it.
def log = new File(basedir, 'build.log').text
assert log =~ /frontrun: argLine set to -Xbootclasspath\/a:\S+frontrun-boot-\p{XDigit}+\.jar -javaagent:/
assert log.contains('frontrun: PostgreSQL for the tests (embedded) at jdbc:postgresql://')
assert log =~ /FRONTRUN-RESULT VIOLATED after \d+ executions on jdbc:postgresql:\/\/(localhost|127\.0\.0\.1)/
assert log.contains('Tests run: 1, Failures: 0, Errors: 0')
assert log.contains('frontrun: PostgreSQL for the tests stopped.')
assert !log.contains('A Java agent has been loaded dynamically')
// the test ran on the JDK running this build (.ci/run runs it on JDK 17 and on JDK 25)
assert log.contains('FRONTRUN-JDK ' + Runtime.version().feature())
assert log.contains('BUILD SUCCESS')
true
