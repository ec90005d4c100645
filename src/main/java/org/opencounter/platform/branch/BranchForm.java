package org.opencounter.platform.branch;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What an admin types to open or describe a branch. */
public class BranchForm {

    @NotBlank
    @Pattern(regexp = "|[A-Z0-9]{2,16}", message = "{platform.branch.code.pattern}")
    private String code;

    @NotBlank
    @Size(max = 100)
    private String name;

    @NotBlank
    @Size(max = 100)
    private String nameEn;

    @NotBlank
    @Size(max = 50)
    private String city;

    private boolean headOffice;

    static BranchForm of(Branch branch) {
        BranchForm form = new BranchForm();
        form.code = branch.getCode();
        form.name = branch.getName();
        form.nameEn = branch.getNameEn();
        form.city = branch.getCity();
        form.headOffice = branch.isHeadOffice();
        return form;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code == null ? null : code.strip().toUpperCase(java.util.Locale.ROOT);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public boolean isHeadOffice() {
        return headOffice;
    }

    public void setHeadOffice(boolean headOffice) {
        this.headOffice = headOffice;
    }
}
