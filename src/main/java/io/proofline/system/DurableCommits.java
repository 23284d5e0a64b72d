package io.proofline.system;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.StartupEvent;

/**
 * A 2xx means the data is on disk. On PostgreSQL that needs {@code fsync} and {@code synchronous_commit} on, which are
 * the server's settings, not ours: say at start-up when a server is set to lose acknowledged commits. (On H2 the
 * datasource URL carries {@code WRITE_DELAY=0}.)
 */
@ApplicationScoped
public class DurableCommits {

    private static final Logger LOG = Logger.getLogger(DurableCommits.class);

    @Inject
    AgroalDataSource dataSource;

    void onStart(@Observes StartupEvent event) {
        try {
            for (String setting : lostCommitSettings()) {
                LOG.warnf("PostgreSQL has %s = off: a crash can lose writes this server has already acknowledged. "
                        + "Set %s = on in postgresql.conf.", setting, setting);
            }
        } catch (SQLException e) {
            LOG.debugf(e, "Could not read the database's commit settings");
        }
    }

    /** The PostgreSQL settings that are off and should be on; empty on other databases. */
    public List<String> lostCommitSettings() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return lostCommitSettings(connection);
        }
    }

    static List<String> lostCommitSettings(Connection connection) throws SQLException {
        if (!"PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
            return List.of();
        }
        List<String> off = new ArrayList<>();
        for (String setting : List.of("fsync", "synchronous_commit")) {
            if (value(connection, setting).filter("off"::equalsIgnoreCase).isPresent()) {
                off.add(setting);
            }
        }
        return off;
    }

    private static Optional<String> value(Connection connection, String setting) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("show " + setting)) {
            return result.next() ? Optional.ofNullable(result.getString(1)) : Optional.empty();
        }
    }
}
