package org.opencounter.wealth.education;

import java.time.LocalDate;

/** An investor education event (投教活动) at a branch, with how many clients attended. */
public record EducationEvent(long id, String topic, LocalDate heldOn, long branchId, long attendees, String createdBy) {
}
