package org.opencounter.wealth.complaint;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such complaint, or one of a client the staff member may not see. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class ComplaintNotFound extends RuntimeException {

    public ComplaintNotFound(long id) {
        super("complaint " + id);
    }
}
