package dev.deepdive.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** A refusal rendered as a page a candidate can read, with a way back, instead of a bare status code. */
final class ErrorPage {
    private ErrorPage() {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance problem(int status, String title, String detail, String href, String linkText);
    }

    static Response of(int status, String title, String detail, String href, String linkText) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(Templates.problem(status, title, detail, href, linkText)).build();
    }

    static Response interviewNotFound(String id) {
        return of(404, "Interview not found",
                "There is no interview with the id \u201c" + id + "\u201d. It may have been deleted, or the link is incomplete.",
                "/history", "See your past interviews");
    }
}
