package org.opencounter.compliance.disclosure;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such submission, or not one the signed-in staff member may see. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class DisclosureNotFound extends RuntimeException {

    public DisclosureNotFound(long id) {
        super("disclosure " + id);
    }
}
