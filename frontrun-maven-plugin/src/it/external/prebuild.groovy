// Starts a real PostgreSQL server (the machine's own installation, see ../external-postgres.sh) on a free loopback
// port and hands its endpoint to the build as frontrun.jdbc.* user properties. verify.groovy stops it; a watchdog
// stops it too if this Maven process dies first.
import java.util.concurrent.TimeUnit

int port = new ServerSocket(0, 1, InetAddress.getLoopbackAddress()).withCloseable { it.localPort }
String dir = '/tmp/frontrun-it-external-' + port // under /tmp: the server's user must be able to enter it
new File(basedir, 'external-postgres.properties').text = "dir=${dir}\nport=${port}\n"

def command = ['bash', new File(itDirectory, 'external-postgres.sh').path, 'start', dir, port as String,
        ProcessHandle.current().pid() as String]
def out = new File(basedir, 'external-postgres-start.log')
def process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out).start()
if (!process.waitFor(180, TimeUnit.SECONDS)) {
    process.destroyForcibly()
    throw new IllegalStateException("${command} did not finish within 180 s: ${out.text}")
}
println out.text
if (process.exitValue() != 0) {
    throw new IllegalStateException("${command} failed (exit ${process.exitValue()}): ${out.text}")
}
String url = out.text.readLines().findAll { it.startsWith('jdbc:') }.last()
context.userProperties.put('frontrun.jdbc.url', url)
context.userProperties.put('frontrun.jdbc.user', 'postgres')
context.userProperties.put('frontrun.jdbc.password', 'frontrun-it')
println "external PostgreSQL for the build: ${url}"
true
