package org.opencounter.wealth.education;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A piece of the library as compliance publishes it; the same code again publishes its next version. */
public class ContentForm {

    @NotBlank
    @Pattern(regexp = "[A-Z0-9-]{2,40}", message = "{wealth.education.codePattern}")
    private String code;
    @NotNull
    private ContentKind kind;
    @NotBlank
    @Size(max = 200)
    private String titleZh;
    @NotBlank
    @Size(max = 200)
    private String titleEn;
    @NotBlank
    @Size(max = 8000)
    private String bodyZh;
    @NotBlank
    @Size(max = 8000)
    private String bodyEn;

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code == null ? null : code.trim().toUpperCase(java.util.Locale.ROOT);
    }

    public ContentKind getKind() {
        return kind;
    }

    public void setKind(ContentKind kind) {
        this.kind = kind;
    }

    public String getTitleZh() {
        return titleZh;
    }

    public void setTitleZh(String titleZh) {
        this.titleZh = titleZh;
    }

    public String getTitleEn() {
        return titleEn;
    }

    public void setTitleEn(String titleEn) {
        this.titleEn = titleEn;
    }

    public String getBodyZh() {
        return bodyZh;
    }

    public void setBodyZh(String bodyZh) {
        this.bodyZh = bodyZh;
    }

    public String getBodyEn() {
        return bodyEn;
    }

    public void setBodyEn(String bodyEn) {
        this.bodyEn = bodyEn;
    }
}
