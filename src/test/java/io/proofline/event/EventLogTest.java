package io.proofline.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.transaction.TransactionalException;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class EventLogTest {

    @Inject
    EventLog events;

    @Test
    void an_event_is_written_only_inside_the_change_transaction() {
        UUID project = UUID.randomUUID();
        assertThatThrownBy(() -> events.record("test.outside", subject(project), EventLog.data("A", 1)))
                .isInstanceOf(TransactionalException.class);
        QuarkusTransaction.begin();
        events.record("test.rolled-back", subject(project), EventLog.data("A", 1));
        QuarkusTransaction.rollback();
        assertThat(forProject(project)).isEmpty();
    }

    @Test
    void events_keep_their_order_and_their_data_keeps_its_key_order() {
        UUID project = UUID.randomUUID();
        UUID account = UUID.randomUUID();
        UUID actor = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> {
            events.record("test.first", new EventLog.Subject(account, project, null, actor),
                    EventLog.data("Zeta", "z", "Alpha", List.of("a", "b"), "Nothing", null, "Quote", "say \"hi\""));
            events.record("test.second", new EventLog.Subject(account, project, null, actor), EventLog.data());
        });
        List<Event> written = forProject(project);
        assertThat(written).extracting(event -> event.type).containsExactly("test.first", "test.second");
        assertThat(written.get(0).seq).isLessThan(written.get(1).seq);
        assertThat(written.get(0).data)
                .isEqualTo("{\"Zeta\":\"z\",\"Alpha\":[\"a\",\"b\"],\"Nothing\":null,\"Quote\":\"say \\\"hi\\\"\"}");
        assertThat(written.get(1).data).isEqualTo("{}");
        assertThat(written.get(0).accountId).isEqualTo(account);
        assertThat(written.get(0).actorId).isEqualTo(actor);
        assertThat(written.get(0).id).isNotEqualTo(written.get(1).id);
        assertThat(written.get(0).createdAt).isNotNull();
    }

    private List<Event> forProject(UUID project) {
        return QuarkusTransaction.requiringNew().call(() -> events.forProject(project));
    }

    private static EventLog.Subject subject(UUID project) {
        return new EventLog.Subject(null, project, null, null);
    }
}
