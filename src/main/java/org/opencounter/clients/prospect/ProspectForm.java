package org.opencounter.clients.prospect;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

/** What an account manager types about a prospect. */
public class ProspectForm {

    @NotBlank
    @Size(max = 100)
    private String name;

    @NotBlank
    @Pattern(regexp = "|1[0-9]{10}", message = "{clients.kyc.mobile.format}")
    private String phone;

    @NotNull
    private ProspectSource source;

    @NotNull
    @PositiveOrZero
    @Digits(integer = 18, fraction = 2)
    private BigDecimal estimatedAssets;

    @NotNull
    private Long ownerId;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate nextContact;

    @Size(max = 1000)
    private String notes;

    public static ProspectForm of(Prospect prospect) {
        ProspectForm form = new ProspectForm();
        form.name = prospect.getName();
        form.phone = prospect.getPhone();
        form.source = prospect.getSource();
        form.estimatedAssets = prospect.getEstimatedAssets();
        form.ownerId = prospect.getOwnerId();
        form.nextContact = prospect.getNextContact();
        form.notes = prospect.getNotes();
        return form;
    }

    ProspectDetails details() {
        return new ProspectDetails(name.strip(), phone, source, estimatedAssets, nextContact,
                notes == null || notes.isBlank() ? null : notes.strip());
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone == null ? null : phone.strip();
    }

    public ProspectSource getSource() {
        return source;
    }

    public void setSource(ProspectSource source) {
        this.source = source;
    }

    public BigDecimal getEstimatedAssets() {
        return estimatedAssets;
    }

    public void setEstimatedAssets(BigDecimal estimatedAssets) {
        this.estimatedAssets = estimatedAssets;
    }

    public Long getOwnerId() {
        return ownerId;
    }

    public void setOwnerId(Long ownerId) {
        this.ownerId = ownerId;
    }

    public LocalDate getNextContact() {
        return nextContact;
    }

    public void setNextContact(LocalDate nextContact) {
        this.nextContact = nextContact;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }
}
