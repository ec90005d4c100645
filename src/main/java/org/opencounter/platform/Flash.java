package org.opencounter.platform;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Flash messages shown once at the top of the next page; they carry message keys, translated in the layout. */
public final class Flash {

    private Flash() {
    }

    /** The model attribute the layout shows. */
    public static final String ATTRIBUTE = "flash";

    public static void success(RedirectAttributes redirect, String messageKey, Object... arguments) {
        redirect.addFlashAttribute(ATTRIBUTE, new Message("success", messageKey, arguments));
    }

    public static void error(RedirectAttributes redirect, String messageKey, Object... arguments) {
        redirect.addFlashAttribute(ATTRIBUTE, Message.error(messageKey, arguments));
    }

    public static void warning(RedirectAttributes redirect, String messageKey, Object... arguments) {
        redirect.addFlashAttribute(ATTRIBUTE, new Message("warning", messageKey, arguments));
    }

    /** A translated notice with the arguments its message expects; kept in the database-backed session. */
    public record Message(String tone, String key, Object[] arguments) implements java.io.Serializable {

        public static Message error(String key, Object... arguments) {
            return new Message("danger", key, arguments);
        }
    }
}
