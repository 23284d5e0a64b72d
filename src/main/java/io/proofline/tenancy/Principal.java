package io.proofline.tenancy;

import java.util.UUID;

/** The authenticated caller, as every service sees it. */
public record Principal(UUID userId, boolean serverAdmin) {
}
