package org.opencounter.compliance.restriction;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No restricted-list entry or insider project with this id. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class RestrictionNotFound extends RuntimeException {

    public RestrictionNotFound(long id) {
        super("restriction " + id);
    }
}
