package dev.deepdive.web;

import com.fasterxml.jackson.annotation.JsonInclude;

/** An RFC 9457 problem body; {@code field} names the request field at fault when there is one. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String field) {
    public static final String MEDIA_TYPE = "application/problem+json";
}
