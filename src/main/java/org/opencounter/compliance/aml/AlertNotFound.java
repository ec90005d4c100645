package org.opencounter.compliance.aml;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such alert. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class AlertNotFound extends RuntimeException {

    public AlertNotFound(long id) {
        super("alert " + id);
    }
}
