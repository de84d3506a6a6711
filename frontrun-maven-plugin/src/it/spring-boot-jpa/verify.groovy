// The Spring Boot service's lost deposit is found by DPOR and each fix holds with an exhaustive DPOR exploration:
// from the @SpringBootTest race tests (Surefire) and from the @RaceScenario classes (the explore goal, one scenario JVM
// each, the Spring context built once in open() on the scenario's own database).
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text

// JUnit form
def results = (log =~ /FRONTRUN-RESULT (\w+) (\d+) exhaustive=(\w+)/).collect { [it[1], it[2] as int, it[3]] }
assert results.size() == 4 : log
def lost = results.find { it[0] == 'VIOLATED' }
assert lost != null && lost[1] <= 10 : results
assert results.count { it[0] == 'HOLDS' && it[2] == 'true' } == 3 : results
assert log.contains('Lost update')
assert log.contains('Tests run: 4, Failures: 0, Errors: 0')

// @RaceScenario form
def dir = new File(basedir, 'target/frontrun')
def scenario = { name -> new JsonSlurper().parse(new File(dir, "sample.${name}.json")) }
def dpor = { json -> json.strategies.find { it.strategy == 'dpor' } }
def found = scenario('LostDepositScenario')
assert found.grade.status == 'FOUND' : found.grade
def d = dpor(found)
assert d.verdict == 'VIOLATED' && d.firstFailureAt <= 10 : d
assert d.reproduced == d.reproductions && d.reproductions > 0 : d
// the statements, at the service's line, in the explanation
assert d.explanation.contains('DepositService.java:27') : d.explanation
assert d.explanation.contains('select a1_0.id,a1_0.balance from accounts a1_0 where a1_0.id=?') : d.explanation
assert d.explanation.contains('update accounts set balance=? where id=?') : d.explanation
assert d.sqlAnomaly.startsWith('Lost update on accounts(id=1)') : d.sqlAnomaly
['LockedDepositScenario', 'VersionedDepositScenario', 'SqlDepositScenario'].each { name ->
    def fix = scenario(name)
    assert fix.grade.status == 'CLEAN' : "${name}: ${fix.grade}"
    def h = dpor(fix)
    assert h.verdict == 'HOLDS' && h.exhaustive == true && h.executions < 50 : "${name}: ${h}"
}
// each scenario JVM built its Spring context on its own database (the one the plugin created for it)
def forkLogs = new File(dir, 'forks').listFiles().findAll { it.name.endsWith('.log') }.collect { it.text }.join('\n')
def contexts = (forkLogs =~ /FRONTRUN-SPRING context on (\S+) \(scenario database (\S+)\) started in (\d+) ms/).collect { [it[1], it[2]] }
assert contexts.size() == 4 && contexts.every { it[0] == it[1] } && (contexts*.get(0) as Set).size() == 4 : contexts
assert log.contains('Found 4 race scenario(s)')
assert log.contains('BUILD SUCCESS')

// Timings, printed, never asserted (mvn -Pbench-spring streams them to the console)
def junit = new File(basedir, 'target/surefire-reports/TEST-sample.DepositRaceTest.xml').text
println '== spring-boot-jpa timings (printed, not asserted) on JDK ' + System.getProperty('java.version')
def suiteSeconds = (junit =~ /<testsuite [^>]*time="([\d.]+)"/)[0][1]
println "JUnit form: @SpringBootTest class ${suiteSeconds} s (one JVM, one Spring context; the first test also pays" +
        ' the JVM\'s first exploration)'
(junit =~ /<testcase name="(\w+)" classname="[^"]*" time="([\d.]+)"/).each {
    println String.format('  %-42s %8s s', it[1], it[2])
}
def forkSeconds = (log =~ /(fr_\d+_\w+)\s+=> \w+ \(([\d.]+) s\)/).collect { [it[1], it[2]] }.collectEntries()
println '@RaceScenario form: one JVM per scenario (start, Spring context, sequential check, DPOR with replays)'
['LostDepositScenario', 'LockedDepositScenario', 'VersionedDepositScenario', 'SqlDepositScenario'].each { name ->
    def json = scenario(name)
    def st = dpor(json)
    def fork = forkSeconds.find { it.key.endsWith('_' + name.toLowerCase()) }?.value
    def ctx = (forkLogs =~ /FRONTRUN-SPRING context on \S+${name.toLowerCase()} \(.*started in (\d+) ms/)
    println String.format('  %-26s JVM %6s s, Spring context %5.1f s, dpor %5.1f s for %d executions (%s)', name, fork,
            (ctx ? ctx[0][1] as long : 0) / 1000.0, st.wallMillis / 1000.0, st.executions, st.verdict)
}
true
