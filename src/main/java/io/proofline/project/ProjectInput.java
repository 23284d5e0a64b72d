package io.proofline.project;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** What a caller sets on a project, already parsed by the face it came through. */
public record ProjectInput(String name, String customer, String product, String design, String revision,
        String description, List<String> tags, Instant dueDate, List<UUID> ownerIds, boolean privateProject) {
}
