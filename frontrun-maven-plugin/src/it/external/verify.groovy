// The scenario ran on the external server (the JSON says so), and frontrun left that server as it found it:
// the scenario's database was dropped again. Stops the server in any case.
import groovy.json.JsonSlurper
import java.util.concurrent.TimeUnit

def state = new Properties()
new File(basedir, 'external-postgres.properties').withInputStream { state.load(it) }
def script = new File(itDirectory, 'external-postgres.sh').path

def run = { List<String> command ->
    def process = new ProcessBuilder(command).redirectErrorStream(true).start()
    def text = new StringBuilder()
    def reader = Thread.start { text << process.inputStream.text }
    assert process.waitFor(120, TimeUnit.SECONDS): "${command} did not finish within 120 s"
    reader.join(10_000)
    assert process.exitValue() == 0: "${command} failed: ${text}"
    text.toString()
}

try {
    def results = new File(basedir, 'target/frontrun')
    def log = new File(basedir, 'build.log').text
    def json = new JsonSlurper().parse(new File(results, 'sample.JdbcLostUpdateScenario.json'))
    def runJson = new JsonSlurper().parse(new File(results, 'run.json'))

    assert json.environment.databaseProvider == 'external'
    assert json.environment.databaseVersion =~ /^\d+(\.\d+)+/
    assert runJson.databaseProvider == 'external'
    assert (json.strategies*.strategy as Set) == (strategies.split(',') as Set)
    assert json.grade.status == 'FOUND'
    assert json.strategies.find { it.strategy == 'markers' }.reason.contains('2 increments, but the row holds 1')
    assert log.contains("frontrun: using external PostgreSQL ${json.environment.databaseVersion} at " +
            "jdbc:postgresql://127.0.0.1:${state.port}/postgres (user postgres)")
    assert log.contains('BUILD SUCCESS')

    def databases = run(['bash', script, 'sql', state.dir, state.port,
            'select datname from pg_database order by datname']).readLines()*.trim().findAll { it }
    assert databases == ['postgres', 'template0', 'template1']: "frontrun left databases behind: ${databases}"
} finally {
    println run(['bash', script, 'stop', state.dir])
}
true
