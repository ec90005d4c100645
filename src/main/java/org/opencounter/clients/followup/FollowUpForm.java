package org.opencounter.clients.followup;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import org.springframework.format.annotation.DateTimeFormat;

/** Schedules a follow-up with a client. */
public class FollowUpForm {

    @NotNull
    private FollowUpChannel channel = FollowUpChannel.PHONE;

    @NotNull
    private FollowUpPurpose purpose = FollowUpPurpose.ROUTINE;

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate dueDate;

    public FollowUpChannel getChannel() {
        return channel;
    }

    public void setChannel(FollowUpChannel channel) {
        this.channel = channel;
    }

    public FollowUpPurpose getPurpose() {
        return purpose;
    }

    public void setPurpose(FollowUpPurpose purpose) {
        this.purpose = purpose;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public void setDueDate(LocalDate dueDate) {
        this.dueDate = dueDate;
    }
}
