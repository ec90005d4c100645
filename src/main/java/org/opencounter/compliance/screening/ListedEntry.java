package org.opencounter.compliance.screening;

import java.util.ArrayList;
import java.util.List;

/**
 * A person or organisation on a watch list: the list's own reference, the name and its other spellings, and what
 * identifies them when the list knows it.
 *
 * @param aliases other names and spellings, separated by semicolons
 * @param birth null when the list gives none
 */
public record ListedEntry(long id, long versionId, WatchListKind kind, String reference, String name,
                          String aliases, String idNumber, ListedBirth birth, String nationality, String note) {

    /** The name and each alias, as screening compares them. */
    public List<ScreenedName> names() {
        List<ScreenedName> names = new ArrayList<>();
        names.add(ScreenedName.of(name));
        if (aliases != null) {
            for (String alias : aliases.split(";")) {
                if (!alias.isBlank()) {
                    names.add(ScreenedName.of(alias));
                }
            }
        }
        return names;
    }

    /** What the entry says, so that a hit decided on it is not raised again unless the entry itself changes. */
    public String fingerprint() {
        return kind + "|" + reference + "|" + Integer.toHexString(String.join("|", name,
                String.valueOf(aliases), String.valueOf(idNumber), String.valueOf(birth)).hashCode());
    }
}
