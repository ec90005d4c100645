package org.opencounter.wealth.assessment;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such assessment of that client. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class AssessmentNotFound extends RuntimeException {

    public AssessmentNotFound(long id) {
        super("assessment " + id);
    }
}
