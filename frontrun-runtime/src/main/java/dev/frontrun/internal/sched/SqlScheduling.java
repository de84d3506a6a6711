package dev.frontrun.internal.sched;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.frontrun.internal.instrument.Site;
import dev.frontrun.internal.instrument.Sites;
import dev.frontrun.internal.jdbc.JdbcEvent;
import dev.frontrun.internal.jdbc.JdbcEventKind;
import dev.frontrun.internal.jdbc.JdbcEventListener;
import dev.frontrun.internal.jdbc.JdbcEvents;
import dev.frontrun.internal.jdbc.JdbcOutcome;
import dev.frontrun.internal.jdbc.TransactionRecorder;
import dev.frontrun.internal.sql.AccessKind;
import dev.frontrun.internal.sql.SqlAccess;
import dev.frontrun.internal.sql.SqlResource;
import dev.frontrun.internal.sql.TransactionLog;

/**
 * Makes JDBC statements and commits scheduling points on the rows and tables they touch, instead of the raw socket
 * traffic of the driver (which is then part of the statement).
 *
 * <p>Each access becomes an operation on a resource named like {@code users(id=1)}. Row and table accesses must
 * conflict when they overlap, which plain resource identity cannot say, so every access also touches hidden
 * per-table resources (names starting with {@code ~}): a row read reads {@code ~users}; a row write also writes
 * {@code ~users#rows}; a table read reads both; a table write writes both. Two writes to different rows of one table
 * therefore count as dependent: an over-approximation, which is allowed; a missed dependency is not. Every statement
 * also reads {@code ~db}, which a statement that could not be parsed (coverage fell back to the endpoint) writes.
 * A commit writes what its transaction wrote, since other transactions see it from then on.
 */
public final class SqlScheduling implements JdbcEventListener {

    private static final SqlScheduling INSTANCE = new SqlScheduling();
    private static final Object SQL = new Object();

    private volatile TransactionRecorder recorder;

    private SqlScheduling() {
    }

    /** Installs the JDBC interception (once) and routes its events to the scheduler. */
    public static void install() {
        if (JdbcEvents.listener() != INSTANCE) {
            JdbcEvents.setListener(INSTANCE);
        }
    }

    /**
     * Starts recording the transactions of a new execution.
     *
     * @param exec the execution, which maps its threads to their ids
     */
    public static void beginExecution(Execution exec) {
        INSTANCE.recorder = new TransactionRecorder(new TransactionLog(), t -> {
            ManagedThread m = exec.managedFor(t);
            return m == null ? -1 : m.id;
        });
    }

    /**
     * @return the SQL anomaly of the transactions of the execution that just ended (lost update, write skew,
     *     non-repeatable read...), or {@code null} when there is none or no SQL ran
     */
    public static String anomaly() {
        TransactionLog log = transactions();
        if (log == null) {
            return null;
        }
        return dev.frontrun.internal.sql.SqlAnomalyClassifier.first(log.committed())
                .map(dev.frontrun.internal.sql.SqlAnomaly::summary).orElse(null);
    }

    /** @return the transactions recorded in the current execution, or {@code null} */
    public static TransactionLog transactions() {
        TransactionRecorder r = INSTANCE.recorder;
        return r == null ? null : r.log();
    }

    @Override
    public void before(JdbcEvent event) {
        TransactionRecorder rec = recorder;
        List<SqlAccess> published = rec != null && event.kind() == JdbcEventKind.COMMIT
                ? rec.wouldPublish(event) : List.of();
        if (rec != null) {
            rec.before(event);
        }
        DatabaseWaits.before(event);
        Execution e = RuntimeHooks.current();
        ManagedThread me;
        if (e == null || (me = RuntimeHooks.enter(e)) == null) {
            return;
        }
        try {
            me.jdbcDepth++;
            for (Operation op : operations(e, event, published)) {
                e.point(me, op);
            }
        } finally {
            me.inHook = false;
        }
    }

    @Override
    public void after(JdbcEvent event, JdbcOutcome outcome) {
        TransactionRecorder rec = recorder;
        if (rec != null) {
            rec.after(event, outcome);
        }
        DatabaseWaits.after(event, outcome);
        Execution e = RuntimeHooks.current();
        if (e == null) {
            return;
        }
        ManagedThread me = e.managedFor(Thread.currentThread());
        if (me != null && me.jdbcDepth > 0) {
            me.jdbcDepth--;
            me.inBlockingCall = false;
        }
    }

    private static List<Operation> operations(Execution e, JdbcEvent event, List<SqlAccess> published) {
        Map<String, OpKind> kinds = new LinkedHashMap<>();
        List<SqlAccess> accesses = switch (event.kind()) {
            case EXECUTE, EXECUTE_BATCH -> event.accesses();
            case COMMIT -> published;
            default -> List.of();
        };
        if (accesses.isEmpty()) {
            return List.of();
        }
        for (SqlAccess a : accesses) {
            SqlResource r = a.resource();
            boolean writes = event.kind() == JdbcEventKind.COMMIT || a.kind() == AccessKind.WRITE
                    || a.kind() == AccessKind.LOCK_EXCLUSIVE;
            switch (r.level()) {
                case ROW -> {
                    add(kinds, r.name(), writes ? OpKind.WRITE : OpKind.READ);
                    add(kinds, "~" + r.table(), OpKind.READ);
                    if (writes) {
                        add(kinds, "~" + r.table() + "#rows", OpKind.WRITE);
                    }
                }
                case TABLE -> {
                    add(kinds, "~" + r.table(), writes ? OpKind.WRITE : OpKind.READ);
                    add(kinds, "~" + r.table() + "#rows", writes ? OpKind.WRITE : OpKind.READ);
                }
                default -> add(kinds, "~db", OpKind.WRITE);
            }
        }
        add(kinds, "~db", OpKind.READ);
        int site = site(event);
        String sql = event.kind() == JdbcEventKind.COMMIT ? "COMMIT" : event.sql();
        // the hidden resources first, the named rows and tables last: the statement runs right after its last
        // scheduling point, so that is where the trace shows it
        List<Map.Entry<String, OpKind>> ordered = new ArrayList<>();
        kinds.entrySet().stream().filter(k -> k.getKey().startsWith("~")).forEach(ordered::add);
        kinds.entrySet().stream().filter(k -> !k.getKey().startsWith("~")).forEach(ordered::add);
        List<Operation> ops = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) {
            Map.Entry<String, OpKind> k = ordered.get(i);
            int rid;
            synchronized (e) {
                rid = e.resources.id(SQL, k.getKey());
            }
            boolean last = i == ordered.size() - 1;
            ops.add(new Operation(k.getValue(), rid, k.getKey(), site, -1, false, last ? sql : null, false));
        }
        return ops;
    }

    private static void add(Map<String, OpKind> kinds, String resource, OpKind kind) {
        OpKind before = kinds.get(resource);
        if (before == null) {
            kinds.put(resource, kind);
        } else if (before != kind) {
            kinds.put(resource, OpKind.RMW);
        }
    }

    private static int site(JdbcEvent event) {
        StackTraceElement s = event.site();
        if (s == null) {
            return -1;
        }
        return Sites.register(new Site(s.getClassName(), s.getMethodName(), s.getFileName(), s.getLineNumber(),
                OpKind.RMW, null));
    }
}
