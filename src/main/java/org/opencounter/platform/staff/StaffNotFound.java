package org.opencounter.platform.staff;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Answers 404 for a staff id that does not exist. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class StaffNotFound extends RuntimeException {
}
