package dev.frontrun.it.scenarios;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import dev.frontrun.it.db.Database;
import dev.frontrun.it.oncall.OnCallRoster;
import dev.frontrun.scenario.Actor;
import dev.frontrun.scenario.Scenario;
import dev.frontrun.scenario.ScenarioContext;

/**
 * Two doctors go off call at once, each on a connection of its own, with no invariant: a subclass that adds none is
 * judged by the serializability oracle on the rows of {@code doctors}.
 */
abstract class OnCallActors implements Scenario<OnCallActors.Doctors> {

    /**
     * The connections: one per doctor, one to reset and check.
     *
     * @param alice doctor 1's connection
     * @param bob doctor 2's connection
     * @param admin for setup and the invariant
     */
    public record Doctors(Connection alice, Connection bob, Connection admin) {
    }

    private Doctors doctors;

    @Override
    public void open(ScenarioContext context) throws SQLException {
        Database db = Database.shared();
        doctors = new Doctors(db.connect(), db.connect(), db.connect());
        OnCallRoster.createTable(doctors.admin());
    }

    @Override
    public Doctors setup() throws SQLException {
        OnCallRoster.reset(doctors.admin());
        return doctors;
    }

    @Override
    public List<Actor<Doctors>> actors() {
        return List.of(Actor.of("a", d -> goOffCall(d.alice(), 1)), Actor.of("b", d -> goOffCall(d.bob(), 2)));
    }

    private static void goOffCall(Connection c, int doctor) {
        try {
            OnCallRoster.goOffCall(c, doctor);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() throws SQLException {
        for (Connection c : List.of(doctors.alice(), doctors.bob(), doctors.admin())) {
            c.close();
        }
    }
}
