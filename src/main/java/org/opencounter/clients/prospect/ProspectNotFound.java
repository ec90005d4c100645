package org.opencounter.clients.prospect;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such prospect, or one of another branch: both answer 404. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class ProspectNotFound extends RuntimeException {

    public ProspectNotFound(long id) {
        super("prospect " + id);
    }
}
