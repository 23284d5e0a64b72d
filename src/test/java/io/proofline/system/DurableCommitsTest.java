package io.proofline.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class DurableCommitsTest {

    @Inject
    DurableCommits durableCommits;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void the_database_the_tests_run_on_keeps_acknowledged_commits() throws SQLException {
        assertThat(durableCommits.lostCommitSettings()).isEmpty();
    }

    @Test
    void a_postgresql_session_with_synchronous_commit_off_is_named() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            boolean postgres = "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
            if (!postgres) {
                assertThat(durableCommits.lostCommitSettings()).as("nothing to check on H2").isEmpty();
                return;
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute("set synchronous_commit = off");
            }
            try {
                assertThat(DurableCommits.lostCommitSettings(connection)).containsExactly("synchronous_commit");
            } finally {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("reset synchronous_commit");
                }
            }
        }
    }
}
