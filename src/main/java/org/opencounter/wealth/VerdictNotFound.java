package org.opencounter.wealth;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such verdict, or one of a client the staff member may not see. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class VerdictNotFound extends RuntimeException {

    public VerdictNotFound(long id) {
        super("verdict " + id);
    }
}
