package dev.deepdive.web;

import java.util.List;

/** Body of {@code POST /api/grade/batch}: many grading requests at once, for tools and benchmarks. */
public record GradeBatchRequest(List<GradeRequest> items) {
}
