package org.opencounter.wealth.assessment;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such questionnaire version. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class QuestionnaireNotFound extends RuntimeException {

    public QuestionnaireNotFound(long id) {
        super("questionnaire " + id);
    }
}
