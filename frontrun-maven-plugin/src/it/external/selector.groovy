// Runs this build only where a PostgreSQL installation can serve as the external server; says so when it skips.
def installed = new File('/usr/lib/postgresql').listFiles()?.any { new File(it, 'bin/pg_ctl').canExecute() }
if (!installed && !System.getenv('FRONTRUN_PG_BIN')) {
    def why = 'SKIPPING the external PostgreSQL build: no PostgreSQL under /usr/lib/postgresql (apt-get install' +
            ' postgresql-15, or set FRONTRUN_PG_BIN)'
    System.err.println('[frontrun-it] ' + why)
    println why
    return false
}
true
