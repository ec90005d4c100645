package org.opencounter.compliance.screening;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No screening hit with this id. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class HitNotFound extends RuntimeException {

    public HitNotFound(long id) {
        super("screening hit " + id);
    }
}
