package org.opencounter.platform.web;

import org.opencounter.platform.Flash;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** An upload over the limit (10 MB) goes back to its page with a clear message; nothing is stored. */
@ControllerAdvice
class UploadLimits {

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    String tooLarge(HttpServletRequest request, RedirectAttributes redirect) {
        Flash.error(redirect, "platform.upload.tooLarge");
        return "redirect:" + request.getRequestURI().substring(request.getContextPath().length());
    }
}
