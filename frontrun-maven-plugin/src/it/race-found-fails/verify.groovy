// A SAFE scenario with a lost update fails the build: the JSON grades it UNEXPECTED_RACE, the log explains the
// race and gives the schedule that replays it.
import groovy.json.JsonSlurper

def results = new File(basedir, 'target/frontrun')
def log = new File(basedir, 'build.log').text
def json = new JsonSlurper().parse(new File(results, 'sample.LostUpdateScenario.json'))

assert json.format == 'frontrun-scenario-result'
assert json.scenario.expect == 'SAFE'
assert json.grade.status == 'UNEXPECTED_RACE'
assert json.grade.passes == false
assert (json.strategies*.strategy as Set) == (strategies.split(',') as Set)
def markers = json.strategies.find { it.strategy == 'markers' }
assert markers.verdict == 'VIOLATED'
assert markers.counterexample == 'a:read, b:read, a:write, b:write'
assert markers.reason.contains('2 increments, but the counter is 1')
assert json.environment.databaseProvider == null: 'frontrun.database=none starts no database'

assert log.contains('BUILD FAILURE')
assert log.contains('1 race scenario(s) not as declared')
assert log.contains('sample.LostUpdateScenario: UNEXPECTED_RACE - declared SAFE, but markers')
assert log.contains('Counterexample from markers')
assert log.contains('Forced schedule a:read, b:read, a:write, b:write broke the invariant')
assert log.contains('2 increments, but the counter is 1')
assert log.contains('Replay it with the schedule: a:read, b:read, a:write, b:write')
assert !log.contains('BUILD ERROR') && !log.contains('could not run every scenario')

// results are saved, then rendered
assert new File(results, 'run.json').isFile()
assert new File(results, 'index.html').text.contains('LostUpdateScenario')
assert new File(results, 'scenarios').listFiles().any { it.name.endsWith('.html') }
assert new File(results, 'junit/TEST-frontrun.sample.LostUpdateScenario.xml').text.contains('<failure')
true
