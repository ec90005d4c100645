package org.opencounter.margin.credit;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No credit application or contract with this id that the staff member may see. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class CreditNotFound extends RuntimeException {

    public CreditNotFound(long id) {
        super("no credit record " + id);
    }
}
