package dev.deepdive.model;

import io.quarkus.qute.TemplateData;

/** A key point or misconception as the judge prompt lists it: its id and text. */
@TemplateData
public record RubricLine(String id, String text) {
}
