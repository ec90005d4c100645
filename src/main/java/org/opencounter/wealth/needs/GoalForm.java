package org.opencounter.wealth.needs;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.opencounter.platform.IdempotentForm;
import org.springframework.format.annotation.DateTimeFormat;

/** A new investment goal as the needs page submits it. */
public class GoalForm extends IdempotentForm {

    @NotNull
    private GoalKind kind;
    @NotNull
    @DecimalMin(value = "0.01", message = "{wealth.goal.amountPositive}")
    @Digits(integer = 18, fraction = 2, message = "{wealth.goal.amountPositive}")
    private BigDecimal targetAmount;
    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate targetDate;
    @NotNull
    private GoalPriority priority = GoalPriority.MEDIUM;
    @Size(max = 200)
    private String note;

    public GoalKind getKind() {
        return kind;
    }

    public void setKind(GoalKind kind) {
        this.kind = kind;
    }

    public BigDecimal getTargetAmount() {
        return targetAmount;
    }

    public void setTargetAmount(BigDecimal targetAmount) {
        this.targetAmount = targetAmount;
    }

    public LocalDate getTargetDate() {
        return targetDate;
    }

    public void setTargetDate(LocalDate targetDate) {
        this.targetDate = targetDate;
    }

    public GoalPriority getPriority() {
        return priority;
    }

    public void setPriority(GoalPriority priority) {
        this.priority = priority;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note == null || note.isBlank() ? null : note.trim();
    }
}
