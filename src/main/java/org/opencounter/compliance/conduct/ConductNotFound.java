package org.opencounter.compliance.conduct;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No staff member, declaration or attestation round with this id. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class ConductNotFound extends RuntimeException {

    public ConductNotFound(String what, long id) {
        super(what + " " + id);
    }
}
