package app.jobmate.projections.resources;

import app.jobmate.events.resources.ResourceKind;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A piece of equipment or a vehicle as its page and the resource list show it (collection
 * {@code resource}, one per resource): its details as last changed and whether it is retired.
 *
 * @param registration a vehicle's, upper case without spaces; absent when none
 * @param updatedAt    the time of the resource's last event
 */
public record Resource(ResourceKind kind, String name, String registration, LocalDate motDue, LocalDate serviceDue,
                       String notes, boolean busy, boolean retired, Instant addedAt, Instant updatedAt) {
}
