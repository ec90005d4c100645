package org.opencounter.compliance.conduct;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No staff member with this id. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class StaffNotFound extends RuntimeException {

    public StaffNotFound(long id) {
        super("staff " + id);
    }
}
