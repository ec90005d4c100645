package org.opencounter.platform;

import java.util.Locale;

/** A branch (营业部) as other modules see it. */
public record BranchInfo(long id, String code, String name, String nameEn, boolean headOffice) {

    public String displayName(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? nameEn : name;
    }
}
