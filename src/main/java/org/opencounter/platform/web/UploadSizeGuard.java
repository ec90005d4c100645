package org.opencounter.platform.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.opencounter.platform.Flash;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * Refuses an oversized upload before anything reads its body (the CSRF check would, and fail on the size), and
 * sends the user back to the page with a translated message. Runs after the session filter, before security.
 */
@Component
@Order(-110)
class UploadSizeGuard extends OncePerRequestFilter {

    private final long limit;
    private final SessionFlashMapManager flashMaps = new SessionFlashMapManager();

    UploadSizeGuard(@Value("${spring.servlet.multipart.max-file-size:10MB}") DataSize limit) {
        this.limit = limit.toBytes();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String type = request.getContentType();
        return !"POST".equals(request.getMethod()) || type == null || !type.startsWith("multipart/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() <= limit) {
            chain.doFilter(request, response);
            return;
        }
        FlashMap flash = new FlashMap();
        flash.put(Flash.ATTRIBUTE, Flash.Message.error("platform.upload.tooLarge"));
        String target = request.getRequestURI();
        flash.setTargetRequestPath(target);
        flashMaps.saveOutputFlashMap(flash, request, response);
        response.sendRedirect(target);
    }
}
