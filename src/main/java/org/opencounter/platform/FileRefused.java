package org.opencounter.platform;

/** An upload the file store does not keep: empty, too large, or of a format it does not accept. */
public class FileRefused extends Refusal {

    public FileRefused(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
