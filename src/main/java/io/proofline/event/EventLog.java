package io.proofline.event;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.proofline.system.Times;

/**
 * Writes events. Callers are inside the transaction of the change itself (MANDATORY), so an event exists exactly when
 * its change was committed.
 */
@ApplicationScoped
public class EventLog {

    @Inject
    ObjectMapper json;

    /** Where an event happened: the tenant and, when they apply, the project and asset. */
    public record Subject(UUID accountId, UUID projectId, UUID assetId, UUID actorId) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Event record(String type, Subject subject, Map<String, Object> data) {
        Event event = new Event();
        event.id = UUID.randomUUID();
        event.type = type;
        event.accountId = subject.accountId();
        event.projectId = subject.projectId();
        event.assetId = subject.assetId();
        event.actorId = subject.actorId();
        event.createdAt = Times.now();
        try {
            event.data = json.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Event data is not serialisable: " + type, e);
        }
        event.persist();
        return event;
    }

    /** Builds a data block whose keys keep the order given (the seed prints them in order). */
    public static Map<String, Object> data(Object... keysAndValues) {
        Map<String, Object> data = new LinkedHashMap<>();
        for (int i = 0; i + 1 < keysAndValues.length; i += 2) {
            data.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return data;
    }

    /** The events of one project, oldest first (the audit trail). */
    public List<Event> forProject(UUID projectId) {
        return Event.list("projectId = ?1 order by seq", projectId);
    }
}
