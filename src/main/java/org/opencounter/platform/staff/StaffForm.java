package org.opencounter.platform.staff;

import java.util.EnumSet;
import java.util.Set;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.opencounter.platform.Role;

/** What an admin types to create or edit a staff account; validated before it reaches {@link StaffService}. */
public class StaffForm {

    @NotBlank
    @Pattern(regexp = "|[a-z][a-z0-9._-]{2,49}", message = "{platform.staff.username.pattern}")
    private String username;

    @NotBlank
    @Size(max = 100)
    private String displayName;

    @NotBlank
    @Pattern(regexp = "|[A-Za-z0-9-]{1,20}", message = "{platform.staff.employeeNumber.pattern}")
    private String employeeNumber;

    @NotNull
    private Long branchId;

    @Pattern(regexp = "|[A-Z0-9]{6,30}", message = "{platform.staff.sacNumber.pattern}")
    private String sacNumber = "";

    @Email
    @Size(max = 120)
    private String email = "";

    @Pattern(regexp = "|1[0-9]{10}", message = "{platform.staff.phone.pattern}")
    private String phone = "";

    @NotEmpty
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Size(max = 500)
    private String approvalReason = "";

    public static StaffForm of(StaffUser user) {
        StaffForm form = new StaffForm();
        form.username = user.getUsername();
        form.displayName = user.getDisplayName();
        form.employeeNumber = user.getEmployeeNumber();
        form.branchId = user.getBranch().getId();
        form.sacNumber = nullToEmpty(user.getSacNumber());
        form.email = nullToEmpty(user.getEmail());
        form.phone = nullToEmpty(user.getPhone());
        form.roles = user.getRoles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(user.getRoles());
        return form;
    }

    StaffProfile profile() {
        return new StaffProfile(displayName.strip(), employeeNumber.strip(), emptyToNull(sacNumber),
                emptyToNull(email), emptyToNull(phone));
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    private static String emptyToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username == null ? null : username.strip().toLowerCase(java.util.Locale.ROOT);
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getEmployeeNumber() {
        return employeeNumber;
    }

    public void setEmployeeNumber(String employeeNumber) {
        this.employeeNumber = employeeNumber;
    }

    public Long getBranchId() {
        return branchId;
    }

    public void setBranchId(Long branchId) {
        this.branchId = branchId;
    }

    public String getSacNumber() {
        return sacNumber;
    }

    public void setSacNumber(String sacNumber) {
        this.sacNumber = sacNumber == null ? "" : sacNumber.strip().toUpperCase(java.util.Locale.ROOT);
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public Set<Role> getRoles() {
        return roles;
    }

    public void setRoles(Set<Role> roles) {
        this.roles = roles == null || roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public String getApprovalReason() {
        return approvalReason;
    }

    public void setApprovalReason(String approvalReason) {
        this.approvalReason = approvalReason;
    }
}
