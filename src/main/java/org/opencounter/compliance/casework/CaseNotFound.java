package org.opencounter.compliance.casework;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such case. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class CaseNotFound extends RuntimeException {

    public CaseNotFound(Object id) {
        super("case " + id);
    }
}
