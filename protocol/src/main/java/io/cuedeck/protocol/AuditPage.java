package io.cuedeck.protocol;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A page of a show's audit trail, newest first. {@code next}, when present, is the cursor of the
 * following (older) page: pass it as {@code ?before=}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AuditPage(List<AuditEntry> entries, String next) {
}
