// A correct scenario declared SAFE passes, graded CLEAN by every strategy.
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def json = new JsonSlurper().parse(new File(basedir, 'target/frontrun/sample.AtomicCounterScenario.json'))

assert json.grade.status == 'CLEAN'
assert json.grade.passes == true
assert (json.strategies*.strategy as Set) == (strategies.split(',') as Set)
json.strategies.each { assert it.verdict == 'HOLDS': "${it.strategy}: ${it.verdict} ${it.reason}" }
assert json.strategies.find { it.strategy == 'naive' }.executions == 20
assert json.strategies.find { it.strategy == 'markers' }.executions == 3

assert log.contains('Found 1 race scenario(s)')
assert log.contains('=> CLEAN (')
assert log.contains('BUILD SUCCESS')
true
