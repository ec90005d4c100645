package org.opencounter.compliance.regulation;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such regulation, policy or task, or a task that is not the signed-in staff member's. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class LibraryNotFound extends RuntimeException {

    public LibraryNotFound(String what, long id) {
        super(what + " " + id);
    }
}
