// Two scenarios on the embedded PostgreSQL, each in its own database: the JDBC lost update is found (declared RACE),
// the SQL-side increment is clean (declared SAFE).
import groovy.json.JsonSlurper

def results = new File(basedir, 'target/frontrun')
def log = new File(basedir, 'build.log').text
def slurper = new JsonSlurper()
def racy = slurper.parse(new File(results, 'sample.JdbcLostUpdateScenario.json'))
def safe = slurper.parse(new File(results, 'sample.SqlIncrementScenario.json'))
def run = slurper.parse(new File(results, 'run.json'))

[racy, safe].each { json ->
    assert json.environment.databaseProvider == 'embedded'
    assert json.environment.databaseVersion =~ /^\d+(\.\d+)+/
    assert (json.strategies*.strategy as Set) == (strategies.split(',') as Set)
}
assert run.databaseProvider == 'embedded'
assert run.databaseVersion == racy.environment.databaseVersion

assert racy.grade.status == 'FOUND'
def markers = racy.strategies.find { it.strategy == 'markers' }
assert markers.verdict == 'VIOLATED'
assert markers.reason.contains('2 increments, but the row holds 1')
assert safe.grade.status == 'CLEAN'
safe.strategies.each { assert it.verdict == 'HOLDS': "${it.strategy}: ${it.verdict} ${it.reason}" }

assert log.contains('frontrun: embedded PostgreSQL ')
assert log.contains('Found 2 race scenario(s)')
assert log.contains('BUILD SUCCESS')
// a successful build is quiet: zonky's server start and stop lines stay out of the build log
assert !log.contains('io.zonky') && !log.contains('shut down postmaster'): 'embedded PostgreSQL noise in the build log'
true
